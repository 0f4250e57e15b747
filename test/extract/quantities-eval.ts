// Not a test: measures recall of duration/count claims against the dev gold and prints every claim for review.
// Usage: node --import tsx test/extract/quantities-eval.ts [--claims] [evalDir]
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ClaimDraft, Lang } from '../../src/types.ts';
import { splitSentences } from '../../src/extract/sentences.ts';
import type { ExtractContext } from '../../src/extract/context.ts';
import { extractDurations } from '../../src/extract/duration.ts';
import { extractCounts } from '../../src/extract/count.ts';
import { extractMoney } from '../../src/extract/money.ts';

const args = process.argv.slice(2);
const showClaims = args.includes('--claims');
const dir = args.find((a) => !a.startsWith('--')) ?? '/work/shared/eval/dev';

function ctxOf(file: string, text: string, lang: Lang): ExtractContext {
  const doc = { id: file, path: file, title: null, outlet: null, url: null, lang, langSource: 'metadata' as const, published: { value: null, source: null }, original: text, text, offsets: null, removed: [] };
  return { doc, text, sentences: splitSentences(text), mentions: [] };
}

let found = 0;
let total = 0;
const misses: string[] = [];
for (const cluster of readdirSync(dir).sort()) {
  const cdir = path.join(dir, cluster);
  let meta: { file: string; language: string }[];
  try { meta = JSON.parse(readFileSync(path.join(cdir, 'meta.json'), 'utf8')); } catch { continue; }
  const gold = JSON.parse(readFileSync(path.join(cdir, 'gold.json'), 'utf8'));
  const claims = new Map<string, ClaimDraft[]>();
  const texts = new Map<string, string>();
  for (const m of meta) {
    const text = readFileSync(path.join(cdir, m.file), 'utf8');
    texts.set(m.file, text);
    const ctx = ctxOf(m.file, text, m.language === 'en' ? 'en' : 'fr');
    const all = [...extractDurations(ctx), ...extractCounts(ctx), ...extractMoney(ctx)];
    claims.set(m.file, all);
    if (showClaims) {
      console.log(`\n== ${cluster}/${m.file}`);
      for (const c of all) {
        const v = c.value as unknown as Record<string, unknown>;
        const iv = c.interval ? `${JSON.stringify(c.interval.strict)} ${JSON.stringify(c.interval.pragmatic)}` : '';
        console.log(`  ${c.kind.padEnd(8)} ${JSON.stringify(text.slice(c.start, c.end)).padEnd(40)} ${JSON.stringify(v)} ${c.hedge ? c.hedge.kind : '-'} ${iv} ${c.confidence.toFixed(2)}`);
      }
    }
  }
  for (const sec of ['discrepancies', 'agreements', 'traps']) {
    for (const item of gold[sec] ?? []) {
      if (item.kind !== 'duration' && item.kind !== 'count') continue;
      for (const v of item.values) {
        const text = texts.get(v.file);
        if (!text) continue;
        total++;
        let pos = text.indexOf(v.text);
        let ok = false;
        while (pos >= 0 && !ok) {
          const end = pos + v.text.length;
          ok = (claims.get(v.file) ?? []).some((c) => c.kind === item.kind && c.start < end && c.end > pos);
          pos = text.indexOf(v.text, pos + 1);
        }
        if (ok) found++;
        else misses.push(`${cluster}/${v.file} [${item.kind}] ${v.text}`);
      }
    }
  }
}
console.log(`\nrecall ${found}/${total} = ${(found / Math.max(1, total)).toFixed(3)}`);
for (const m of misses) console.log('  miss:', m);
