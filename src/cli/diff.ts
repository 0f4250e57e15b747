// `recoupe diff A B`: two versions of a dispatch (or two agencies' takes on one story) → text diff + fact diff,
// printed to stdout or written atomically to --out. Returns 1 under --fail-on-changed-facts when a fact changed.
import path from 'node:path';
import type { CliIo } from '../cli.ts';
import { diffDocuments, hasFactChanges, type DocDiff } from '../diff/index.ts';
import { RecoupeError } from '../errors.ts';
import { ingest } from '../ingest/index.ts';
import { relPath } from '../paths.ts';
import type { SourceDoc } from '../types.ts';
import { useColor } from './terminal.ts';
import { writeAtomic } from './write.ts';

export interface DiffArgs {
  a: string;
  b: string;
  format: 'text' | 'json' | 'md' | 'html';
  out?: string;
  failOnChangedFacts: boolean;
}

/** Reads one file that must hold exactly one article (a feed with several records is ambiguous here). */
async function readOne(file: string, io: CliIo): Promise<SourceDoc> {
  // strict: a bad file is an error naming it (as typed), not a skipped input.
  const { docs } = await ingest([file], { cwd: io.cwd, strict: true });
  if (docs.length !== 1) throw new RecoupeError('E_USAGE', file, `holds ${docs.length} articles; diff compares exactly one article with one article`);
  return docs[0]!;
}

async function render(d: DocDiff, a: DiffArgs, io: CliIo): Promise<string> {
  switch (a.format) {
    case 'json':
      return (await import('../diff/format-json.ts')).formatDiffJson(d);
    case 'md':
      return (await import('../diff/format-md.ts')).formatDiffMarkdown(d);
    case 'html':
      return (await import('../diff/format-html.ts')).formatDiffHtml(d);
    case 'text':
      // Colour only on a terminal and only when printing: a file never gets escape codes.
      return (await import('../diff/format-text.ts')).formatDiffText(d, { color: !a.out && useColor(io) });
  }
}

export async function runDiff(a: DiffArgs, io: CliIo): Promise<number> {
  const docA = await readOne(a.a, io);
  const docB = await readOne(a.b, io);
  const d = diffDocuments(docA, docB);
  const text = await render(d, a, io);
  if (a.out) {
    const file = path.resolve(io.cwd, a.out);
    writeAtomic(file, text, io.cwd);
    const { changed, added, removed } = d.counts.facts;
    io.stderr(`recoupe: diff ${docA.path} → ${docB.path}: ${changed} fact(s) changed, ${added} added, ${removed} removed → ${relPath(file, io.cwd)}\n`);
  } else io.stdout(text);
  return a.failOnChangedFacts && hasFactChanges(d) ? 1 : 0;
}
