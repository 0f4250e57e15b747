// Correctness guard for extraction speed work: runs analyse() on every article of ../shared/eval/dev and sources/
// and writes one canonical JSON of all drafts, mentions and sentences. An optimisation must leave it byte-identical.
// Usage: node --import tsx test/bench/extract-snapshot.ts [out.json]   (default /tmp/extract-after.json)
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyse } from '../../src/extract/index.ts';
import { ingestText } from '../../src/ingest/index.ts';
import { txtFiles } from './speed.ts';
import { generate, sourceTopics } from './corpus.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const out = process.argv[2] ?? '/tmp/extract-after.json';

/** JSON with object keys sorted, so that key insertion order (an implementation detail) does not matter. */
function canon(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(canon);
  if (v && typeof v === 'object') {
    const o: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) o[k] = canon((v as Record<string, unknown>)[k]);
    return o;
  }
  return v;
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const files = [
  ...txtFiles(path.join(root, '../shared/eval/dev')),
  ...txtFiles(path.join(root, 'sources')),
  ...txtFiles(path.join(root, 'test/fixtures')),
  ...txtFiles(path.join(root, 'test/golden')),
];
const result: Record<string, unknown> = {};
for (const f of files) {
  const rel = path.relative(root, f);
  const a = analyse(ingestText(rel, readFileSync(f, 'utf8')));
  // Drafts and mentions sorted by their canonical JSON: order within equal offsets is not part of the contract.
  const drafts = a.drafts.map((d) => JSON.stringify(canon(d))).sort(cmp);
  const mentions = a.mentions.map((m) => JSON.stringify(canon(m))).sort(cmp);
  const sentences = a.sentences.map((s) => JSON.stringify(canon(s)));
  result[rel] = { drafts, mentions, sentences };
}
// Plus a deterministic generated corpus: perturbed numbers, hedges, names, dates and noise lines reach code paths
// the real articles do not.
let generated = 0;
for (const a of generate({ articles: 600, perEvent: 10, seed: 7 }, sourceTopics(root))) {
  const an = analyse(ingestText(`gen/${a.id}.txt`, a.file));
  result[`gen/${a.id}`] = {
    drafts: an.drafts.map((d) => JSON.stringify(canon(d))).sort(cmp),
    mentions: an.mentions.map((m) => JSON.stringify(canon(m))).sort(cmp),
  };
  generated++;
}
writeFileSync(out, JSON.stringify(result, null, 1) + '\n');
console.log(`${files.length} files + ${generated} generated → ${out}`);
