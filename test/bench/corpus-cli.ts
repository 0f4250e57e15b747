// `npm run bench:corpus -- --articles N --per-event K --seed S [--out DIR]`: writes the corpus as .txt files
// (1,000 per folder) and as .ndjson parts (1,000 records each, far below ingest's 20 MB file limit).
import { mkdirSync, rmSync, writeFileSync, openSync, writeSync, closeSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate, sourceTopics, type CorpusOptions } from './corpus.ts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Git-ignored: reports/* is ignored by the repository's .gitignore. */
export const DEFAULT_OUT = path.join(ROOT, 'reports', 'bench-corpus');

export interface Written {
  dir: string;
  txt: string;
  ndjson: string;
  articles: number;
  bytes: number;
}

/** Writes one corpus under `dir` (replacing it) and returns where its two forms are. */
export function writeCorpus(o: CorpusOptions, dir: string): Written {
  rmSync(dir, { recursive: true, force: true });
  const txt = path.join(dir, 'txt');
  const nd = path.join(dir, 'ndjson');
  mkdirSync(nd, { recursive: true });
  let bytes = 0;
  let n = 0;
  let fd = -1;
  for (const a of generate(o, sourceTopics(ROOT))) {
    const folder = String(Math.floor(n / 1000)).padStart(3, '0');
    if (n % 1000 === 0) {
      mkdirSync(path.join(txt, folder), { recursive: true });
      if (fd >= 0) closeSync(fd);
      fd = openSync(path.join(nd, `part-${folder}.ndjson`), 'w');
    }
    writeFileSync(path.join(txt, folder, `${a.id}.txt`), a.file);
    const rec = { id: a.id, title: a.title, outlet: a.outlet, published: a.published, lang: a.lang, text: a.text };
    writeSync(fd, `${JSON.stringify(rec)}\n`);
    bytes += Buffer.byteLength(a.file);
    n++;
  }
  if (fd >= 0) closeSync(fd);
  const manifest = { ...o, articles: n, txtBytes: bytes };
  writeFileSync(path.join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return { dir, txt, ndjson: nd, articles: n, bytes };
}

function arg(argv: string[], name: string, dflt: string): string {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 && argv[i + 1] !== undefined ? argv[i + 1]! : dflt;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  const o: CorpusOptions = { articles: Number(arg(argv, 'articles', '1000')), perEvent: Number(arg(argv, 'per-event', '10')), seed: Number(arg(argv, 'seed', '1')) };
  for (const [k, v] of Object.entries(o)) if (!Number.isInteger(v) || v < 1) throw new Error(`--${k} must be a positive integer`);
  const dir = path.resolve(arg(argv, 'out', path.join(DEFAULT_OUT, `a${o.articles}-k${o.perEvent}-s${o.seed}`)));
  const w = writeCorpus(o, dir);
  console.log(`${w.articles} articles, ${(w.bytes / 1e6).toFixed(1)} MB: ${path.relative(process.cwd(), w.txt)} and ${path.relative(process.cwd(), w.ndjson)}`);
}
