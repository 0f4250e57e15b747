// `npm run eval [dir]`: runs recoupe on every cluster of an annotated set and prints recall and false alarms.
import { existsSync, readdirSync, readFileSync, statSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadRules } from '../compare/load-rules.ts';
import { ingestText } from '../ingest/index.ts';
import { packagePath } from '../paths.ts';
import { checkDocs } from '../pipeline.ts';
import type { Gold, MetaEntry } from './gold.ts';
import { scoreCluster, type ClusterScore } from './score.ts';

const dir = path.resolve(process.argv[2] ?? packagePath('..', 'shared', 'eval', 'dev'));
if (!existsSync(dir) || !statSync(dir).isDirectory()) {
  console.error(`recoupe eval: ${dir}: evaluation folder not found (pass a folder of clusters, e.g. ../shared/eval/dev) (E_EVAL)`);
  process.exit(2);
}
const rules = loadRules(packagePath('rules'));
const clusters = readdirSync(dir)
  .filter((c) => existsSync(path.join(dir, c, 'gold.json')))
  .sort();
if (clusters.length === 0) {
  console.error(`recoupe eval: ${dir}: no cluster with a gold.json (E_EVAL)`);
  process.exit(2);
}

const scores: ClusterScore[] = [];
for (const c of clusters) {
  const cdir = path.join(dir, c);
  const gold = JSON.parse(readFileSync(path.join(cdir, 'gold.json'), 'utf8')) as Gold;
  const meta = existsSync(path.join(cdir, 'meta.json')) ? (JSON.parse(readFileSync(path.join(cdir, 'meta.json'), 'utf8')) as MetaEntry[]) : [];
  const files = readdirSync(cdir).filter((f) => f.endsWith('.txt')).sort();
  const docs = files.map((f) => {
    const m = meta.find((x) => x.file === f);
    const lang = m?.language === 'fr' || m?.language === 'en' ? m.language : undefined;
    return ingestText(`${c}/${f}`, readFileSync(path.join(cdir, f), 'utf8'), {
      ...(m?.outlet ? { outlet: m.outlet } : {}),
      ...(m?.url ? { url: m.url } : {}),
      ...(m?.published ? { published: m.published } : {}),
      ...(lang ? { lang } : {}),
    });
  });
  const result = checkDocs(docs, [], rules);
  const originals = new Map(docs.map((d) => [d.id, d.original]));
  scores.push(scoreCluster(c, gold, result.claims, result.findings, (f) => `${c}/${f}`, (f) => originals.get(`${c}/${f}`)));
}

const KINDS = ['duration', 'count', 'date', 'quote', 'role', 'place', 'first-since', 'participants'];
const ratio = (f: number, t: number) => (t ? (f / t).toFixed(2) : '  - ');
const total = (k: string) => scores.reduce((a, s) => ({ found: a.found + (s.extraction[k]?.found ?? 0), total: a.total + (s.extraction[k]?.total ?? 0) }), { found: 0, total: 0 });
const rows = scores.map((s) => [
  s.cluster,
  ...KINDS.map((k) => ratio(s.extraction[k]?.found ?? 0, s.extraction[k]?.total ?? 0)),
  `${s.discrepancies.found}/${s.discrepancies.total}`,
  `${s.falseAlarms.count}/${s.falseAlarms.total}`,
]);
const disc = scores.reduce((a, s) => ({ found: a.found + s.discrepancies.found, total: a.total + s.discrepancies.total }), { found: 0, total: 0 });
const fa = scores.reduce((a, s) => ({ count: a.count + s.falseAlarms.count, total: a.total + s.falseAlarms.total }), { count: 0, total: 0 });
rows.push(['OVERALL', ...KINDS.map((k) => ratio(total(k).found, total(k).total)), `${disc.found}/${disc.total} (${ratio(disc.found, disc.total)})`, `${fa.count}/${fa.total} (${ratio(fa.count, fa.total)})`]);
const header = ['cluster', ...KINDS, 'discrepancy recall', 'false alarms'];
console.log(`| ${header.join(' | ')} |`);
console.log(`|${header.map(() => '---').join('|')}|`);
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
for (const s of scores) {
  if (s.discrepancies.missed.length) console.log(`missed in ${s.cluster}: ${s.discrepancies.missed.join(', ')}`);
  if (s.falseAlarms.items.length) console.log(`false alarms in ${s.cluster}: ${s.falseAlarms.items.join(', ')}`);
}
const out = packagePath('reports', 'eval.json');
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(
  out,
  `${JSON.stringify({ dir: path.relative(packagePath(), dir), clusters: scores, overall: { extraction: Object.fromEntries(KINDS.map((k) => [k, total(k)])), discrepancies: disc, falseAlarms: fa } }, null, 2)}\n`,
);
console.log(`wrote ${path.relative(process.cwd(), out)}`);
