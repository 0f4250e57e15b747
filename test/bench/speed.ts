// Extraction alone (single thread, in-process) and the adversarial inputs each extractor must survive in < 1 s.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyse } from '../../src/extract/index.ts';
import { ingestText } from '../../src/ingest/index.ts';
import type { SourceDoc } from '../../src/types.ts';

/** The .txt files under `dir`, sorted (none when it does not exist). */
export function txtFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.txt'))
    .map((e) => path.join(e.parentPath ?? e.path, e.name))
    .sort();
}

/**
 * Extraction alone on one core, over the articles of `dir`, twice: cold (the first pass of a fresh process: V8
 * has compiled little of the extractors yet, as in a short run) and warm (a second pass over fresh document
 * objects, so that no per-document cache helps: the rate of a long run).
 */
export async function extractionSpeed(dir: string): Promise<{ articles: number; mb: number; seconds: number; mbPerS: number; warmSeconds: number; warmMbPerS: number }> {
  const files = txtFiles(dir).map((f) => [f, readFileSync(f, 'utf8')] as const);
  const docsOf = () => files.map(([f, text]) => ingestText(f, text));
  const bytes = files.reduce((n, [, text]) => n + Buffer.byteLength(text), 0);
  const pass = (docs: SourceDoc[]) => {
    const t0 = performance.now();
    for (const d of docs) analyse(d);
    return (performance.now() - t0) / 1000;
  };
  const cold = pass(docsOf());
  const warm = pass(docsOf());
  return { articles: files.length, mb: bytes / 1e6, seconds: cold, mbPerS: bytes / 1e6 / cold, warmSeconds: warm, warmMbPerS: bytes / 1e6 / warm };
}

const MB = 1 << 20;
/** 1 MB strings built to trip backtracking or quadratic scans. */
export const ADVERSARIAL: Record<string, () => string> = {
  digits: () => '1234567890'.repeat(MB / 10),
  'digit groups': () => '1 234 '.repeat(MB / 6),
  spaces: () => `a${' '.repeat(MB)}b`,
  quotes: () => '"« '.repeat(MB / 3),
  'hedge words': () => 'environ plus de près de about more than '.repeat(MB / 40),
  'capitalised words': () => 'Jean Martin '.repeat(MB / 12),
};

/** Seconds per extractor per adversarial input, each input in its own process (a hang cannot stop the bench). */
export async function adversarial(): Promise<Record<string, Record<string, number | string>>> {
  const out: Record<string, Record<string, number | string>> = {};
  for (const name of Object.keys(ADVERSARIAL)) {
    const r = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), name], { encoding: 'utf8', timeout: 120_000 });
    out[name] = r.status === 0 ? (JSON.parse(r.stdout) as Record<string, number>) : { error: r.signal ? 'killed after 120 s' : r.stderr.slice(-200) };
  }
  return out;
}

async function runOne(name: string): Promise<void> {
  const { EXTRACTORS } = await import('../../src/extract/index.ts');
  const { splitSentences } = await import('../../src/extract/sentences.ts');
  const { findMentions } = await import('../../src/extract/entities.ts');
  const text = ADVERSARIAL[name]!();
  const times: Record<string, number> = {};
  const lap = <T>(label: string, f: () => T): T => {
    const t0 = performance.now();
    const v = f();
    times[label] = Math.round(performance.now() - t0) / 1000;
    return v;
  };
  const doc = lap('ingest', () => ingestText('adversarial.txt', text, { lang: 'fr' }));
  const sentences = lap('sentences', () => splitSentences(doc.text));
  const base = { doc, text: doc.text, sentences };
  const mentions = lap('entities', () => findMentions(base));
  for (const [kind, run] of Object.entries(EXTRACTORS)) lap(kind, () => run({ ...base, mentions }));
  process.stdout.write(JSON.stringify(times));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await runOne(process.argv[2]!);
