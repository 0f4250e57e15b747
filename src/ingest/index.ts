// The ingest stage: paths (files, directories, globs) → SourceDoc[] + problems. Picks an adapter by
// extension (text.ts, html.ts, feed.ts); all of them clean with clean.ts. Inputs are only ever read.
// Reading (readEach, this file) and building (build.ts) are apart so that check() can build in its workers.
import { openSync, readSync, closeSync, statSync, readdirSync, fstatSync } from 'node:fs';
import path from 'node:path';
import { relPath } from '../paths.ts';
import { RecoupeError } from '../errors.ts';
import type { InputProblem, SourceDoc } from '../types.ts';
import { mayFail, tryBuildDoc, type RawDoc } from './build.ts';
import { jsonFeed, ndjsonFeed, type FeedResult } from './feed.ts';
import { expandGlob, isGlob } from './glob.ts';
import { htmlDoc } from './html.ts';
import type { DocMeta } from './meta.ts';
import { settle } from './settle.ts';
import { textDoc } from './text.ts';

export interface IngestOptions {
  /** Directory ids are relative to; default process.cwd(). */
  cwd?: string;
  /** Throw the first problem instead of collecting it. */
  strict?: boolean;
  /** Bytes; default 20 MB. */
  maxFileSize?: number;
  /**
   * Files and folders (absolute) that walking a folder or matching a glob leaves out: the run's own reports, so
   * that `recoupe check .` never reads the reports of its previous run. A path given by name is still read.
   */
  exclude?: string[];
}

export interface IngestResult {
  docs: SourceDoc[];
  problems: InputProblem[];
}

const DEFAULT_MAX = 20 * 1024 * 1024;
const TEXT_EXT = new Set(['.txt', '.md', '.markdown']);
const HTML_EXT = new Set(['.html', '.htm']);
const JSON_EXT = new Set(['.json']);
const NDJSON_EXT = new Set(['.ndjson', '.jsonl']);

/** True for the extensions ingest reads. */
export function isSupported(file: string): boolean {
  const ext = path.extname(file).toLowerCase();
  return TEXT_EXT.has(ext) || HTML_EXT.has(ext) || JSON_EXT.has(ext) || NDJSON_EXT.has(ext);
}

/** What readEach reports besides the articles it yields. */
export interface ReadProgress {
  /** Inputs that could not be read, in the order met; `before`: how many articles had been yielded then. */
  problems: { before: number; error: RecoupeError }[];
  /** Files found so far: every file of an input is found before the first one is read. */
  files: number;
}

/** The order of ingest's result: by id, in code-unit order. */
export function byId(a: SourceDoc, b: SourceDoc): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Reads the articles under `paths` one file at a time, in input order, so that they can be built and analysed
 * while the rest are read (settle() then puts documents and problems in order). Bad inputs become problems; with
 * `strict` reading stops at the first one. An id met again is skipped when its first article cannot fail to
 * build (a feed record); otherwise settle() keeps the first that builds.
 */
export function* readEach(paths: string[], opts: IngestOptions = {}, progress: ReadProgress = { problems: [], files: 0 }): Generator<RawDoc> {
  const cwd = path.resolve(opts.cwd ?? process.cwd());
  const max = opts.maxFileSize ?? DEFAULT_MAX;
  const sure = new Set<string>();
  const seenFiles = new Set<string>();
  let yielded = 0;
  // Returns false when reading must stop (strict).
  const fail = (err: unknown): boolean => {
    if (!(err instanceof RecoupeError)) throw err;
    progress.problems.push({ before: yielded, error: err });
    return !opts.strict;
  };

  for (const given of paths) {
    let files: string[];
    try {
      files = resolveInput(given, cwd, opts.exclude ?? []);
    } catch (err) {
      if (fail(err)) continue;
      return;
    }
    progress.files += files.length;
    for (const abs of files) {
      if (seenFiles.has(abs)) continue;
      seenFiles.add(abs);
      let found: FeedResult;
      try {
        found = readFile(abs, relPath(abs, cwd), max);
      } catch (err) {
        if (fail(err)) continue;
        return;
      }
      for (const d of found.docs) {
        if (sure.has(d.id)) continue;
        if (!mayFail(d)) sure.add(d.id);
        yielded++;
        yield d;
      }
      for (const p of found.problems) if (!fail(p)) return;
    }
  }
}

/** Reads every article under `paths`, sorted by id. Bad inputs become problems (or throw with `strict`). */
export async function ingest(paths: string[], opts: IngestOptions = {}): Promise<IngestResult> {
  const read: ReadProgress = { problems: [], files: 0 };
  const built: (SourceDoc | RecoupeError)[] = [];
  for (const raw of readEach(paths, opts, read)) {
    const doc = tryBuildDoc(raw);
    built.push(doc);
    if (opts.strict && doc instanceof RecoupeError) break;
  }
  const { docs, problems } = settle(paths, read, built, (d) => d.id, opts.strict ?? false);
  return { docs: docs.sort(byId), problems };
}

/**
 * Ingests one in-memory text as if read from `path` (tests, diff, feeds). `.html`/`.htm` paths go
 * through the HTML extractor; anything else is read as text with optional front matter.
 */
export function ingestText(
  filePath: string,
  content: string,
  meta: Partial<{ title: string; outlet: string; url: string; published: string; lang: string; id: string }> = {},
): SourceDoc {
  const id = meta.id ?? filePath;
  const given: DocMeta = { title: meta.title, outlet: meta.outlet, url: meta.url, published: meta.published, lang: meta.lang };
  if (HTML_EXT.has(path.extname(filePath).toLowerCase())) return htmlDoc(id, filePath, content, given);
  return textDoc(id, filePath, content, given);
}

/** Files named by one input: a file, a directory (recursive, sorted) or a glob. */
function resolveInput(given: string, cwd: string, exclude: string[]): string[] {
  if (isGlob(given)) {
    const files = expandGlob(given, cwd).filter((f) => isSupported(f) && !excluded(f, exclude));
    if (files.length === 0) throw new RecoupeError('E_SOURCE_MISSING', given, 'no supported file matches this pattern');
    return files;
  }
  const abs = path.resolve(cwd, given);
  // The CLI passes absolute paths: name the file as the user sees it, relative to cwd when inside it.
  const shown = relPath(abs, cwd);
  let st;
  try {
    st = statSync(abs);
  } catch {
    throw new RecoupeError('E_SOURCE_MISSING', shown, 'no such file or directory');
  }
  if (st.isDirectory()) return walkDir(abs, exclude);
  if (!isSupported(abs)) {
    throw new RecoupeError('E_SOURCE_READ', shown, `unsupported file type "${path.extname(abs) || '(none)'}" (expected .txt, .md, .html, .json, .ndjson)`);
  }
  return [abs];
}

/** True when `abs` is one of `exclude` or lies inside one of them. */
function excluded(abs: string, exclude: string[]): boolean {
  return exclude.some((x) => abs === x || abs.startsWith(x.endsWith(path.sep) ? x : x + path.sep));
}

/**
 * Supported files under `dir`, depth-first in sorted name order; other files, `exclude`, hidden entries and
 * node_modules (a package's own documentation is no article) are ignored. One array filled throughout: spreading
 * each subfolder's list into its parent's overflowed the stack past about 100,000 files.
 */
function walkDir(dir: string, exclude: string[], out: string[] = []): string[] {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const full = path.join(dir, e.name);
    if (excluded(full, exclude)) continue;
    if (e.isDirectory()) walkDir(full, exclude, out);
    else if (e.isFile() && isSupported(full)) out.push(full);
  }
  return out;
}

function readFile(abs: string, rel: string, max: number): FeedResult {
  const content = readChecked(abs, rel, max);
  const ext = path.extname(abs).toLowerCase();
  if (JSON_EXT.has(ext)) return jsonFeed(rel, content);
  if (NDJSON_EXT.has(ext)) return ndjsonFeed(rel, content);
  return { docs: [{ id: rel, path: rel, content, format: HTML_EXT.has(ext) ? 'html' : 'text' }], problems: [] };
}

/** Reads a file read-only, checking size (before reading), binary content, UTF-8 and emptiness. */
export function readChecked(abs: string, rel: string, max: number): string {
  let fd: number;
  try {
    fd = openSync(abs, 'r');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new RecoupeError('E_SOURCE_MISSING', rel, 'no such file');
    throw new RecoupeError('E_SOURCE_READ', rel, `cannot read: ${code ?? String(err)}`);
  }
  let bytes: Buffer;
  try {
    const size = fstatSync(fd).size;
    if (size > max) throw new RecoupeError('E_SOURCE_TOO_BIG', rel, `file is ${size} bytes, more than the ${max} byte limit`);
    bytes = Buffer.alloc(size);
    let got = 0;
    while (got < size) {
      const r = readSync(fd, bytes, got, size - got, got);
      if (r === 0) break;
      got += r;
    }
    bytes = bytes.subarray(0, got);
  } finally {
    closeSync(fd);
  }
  checkBinary(bytes, rel);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    throw new RecoupeError('E_SOURCE_ENCODING', rel, 'not valid UTF-8', `byte ${firstBadUtf8(bytes)}`);
  }
  // trim() would copy the text; \s matches what trim() removes, the BOM included.
  if (!/\S/.test(text)) throw new RecoupeError('E_SOURCE_EMPTY', rel, 'the file is empty');
  return text;
}

/** NUL bytes in the first 8 KB, or more than 10% control characters there, mean binary. */
function checkBinary(bytes: Buffer, rel: string): void {
  const head = bytes.subarray(0, 8192);
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const b = head[i]!;
    if (b === 0) throw new RecoupeError('E_SOURCE_BINARY', rel, 'looks like a binary file (NUL bytes)');
    if ((b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) || b === 127) control++;
  }
  if (head.length > 0 && control / head.length > 0.1) throw new RecoupeError('E_SOURCE_BINARY', rel, 'looks like a binary file (control characters)');
}

/** Offset of the first byte that breaks UTF-8, for the error message. */
function firstBadUtf8(bytes: Buffer): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if (i + k >= bytes.length || (bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return i;
}
