// Extraction speed on real articles, one core: `node --import tsx test/bench/extract-speed.ts [--runs N] [--split]`.
// Loads ../shared/eval/dev and sources/, makes 20 distinct copies of each (a suffix, so no per-text cache helps),
// warms up, then reports the median MB/s of N whole-corpus passes and, with --split, a per-stage / per-extractor
// split. The split builds fresh doc objects for every pass: several modules cache per doc object (WeakMaps), so
// reusing the objects of a previous pass would time cache hits, not work.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { findMentions } from '../../src/extract/entities.ts';
import { analyse, EXTRACTORS } from '../../src/extract/index.ts';
import { splitSentences } from '../../src/extract/sentences.ts';
import { ingestText } from '../../src/ingest/index.ts';
import { txtFiles } from './speed.ts';
import type { SourceDoc } from '../../src/types.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const arg = (name: string, dflt: number): number => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const RUNS = arg('--runs', 5);
const COPIES = arg('--copies', 20);

const texts = [...txtFiles(path.join(root, '../shared/eval/dev')), ...txtFiles(path.join(root, 'sources'))].map((f) => readFileSync(f, 'utf8'));
/** Fresh doc objects (and distinct texts) for one pass. */
const makeDocs = (pass: number): SourceDoc[] =>
  Array.from({ length: COPIES }, (_, r) => texts.map((t, i) => ingestText(`p${pass}-d${r}-${i}.txt`, `${t} ${r}`))).flat();
const bytesOf = (docs: SourceDoc[]): number => docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

// Warm-up: two full passes so the JIT has compiled the hot paths before anything is timed.
for (let w = 0; w < 2; w++) for (const d of makeDocs(-1 - w)) analyse(d);

// Wall-clock MB/s, and MB/s of process CPU time (user + system): on a shared machine another process steals wall
// time but not CPU time, so the CPU figure is the steadier per-core measure (it includes GC helper threads).
const rates: number[] = [];
const cpuRates: number[] = [];
let docCount = 0;
let bytes = 0;
for (let r = 0; r < RUNS; r++) {
  const docs = makeDocs(r);
  docCount = docs.length;
  bytes = bytesOf(docs);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (const d of docs) analyse(d);
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  rates.push(bytes / 1e6 / (ms / 1000));
  cpuRates.push(bytes / 1e6 / ((c.user + c.system) / 1e6));
}
console.log(
  `analyse: ${docCount} docs, ${(bytes / 1e6).toFixed(2)} MB, median ${median(rates).toFixed(2)} MB/s wall, ` +
    `${median(cpuRates).toFixed(2)} MB/s of CPU time (wall runs: ${rates.map((x) => x.toFixed(2)).join(' ')})`,
);

if (process.argv.includes('--split')) {
  // Per stage, ms per whole corpus pass (median over RUNS passes, each on fresh doc objects).
  const per: Record<string, number[]> = {};
  for (let r = 0; r < RUNS; r++) {
    const docs = makeDocs(100 + r);
    const acc: Record<string, number> = { sentences: 0, mentions: 0 };
    for (const d of docs) {
      let t = performance.now();
      const sentences = splitSentences(d.text);
      acc.sentences! += performance.now() - t;
      t = performance.now();
      const mentions = findMentions({ doc: d, text: d.text, sentences });
      acc.mentions! += performance.now() - t;
      const ctx = { doc: d, text: d.text, sentences, mentions };
      for (const [k, f] of Object.entries(EXTRACTORS)) {
        t = performance.now();
        f(ctx);
        acc[k] = (acc[k] ?? 0) + performance.now() - t;
      }
    }
    for (const [k, v] of Object.entries(acc)) (per[k] ??= []).push(v);
  }
  console.log('split (ms per pass, median; order-dependent: shared per-doc caches are charged to the first user):');
  for (const [k, v] of Object.entries(per)) console.log(`  ${k.padEnd(12)} ${median(v).toFixed(0).padStart(6)}`);
}
