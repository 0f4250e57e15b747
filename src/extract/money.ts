// Amounts of money: "1,5 milliard d'euros", "$2 million", "2 millions de dollars", "€500", "USD 3bn",
// "£10m", "100 millions de francs CFA". The currency is stored as its ISO 4217 code.
import type { ClaimDraft, Lang, MoneyValue } from '../types.ts';
import type { ExtractContext } from './context.ts';
import { hedgeInterval, matchHedgeAfter, matchHedgeBefore, rangeInterval } from './hedge.ts';
import { loadLexicon, type Lexicon, type Token } from './lexicon.ts';
import { scanContext, type NumberMatch } from './numbers.ts';

export interface CurrencyRead {
  code: string;
  /** Token range of the currency mention. */
  from: number;
  to: number;
}

/** The currency written around number `n`: a symbol or code before it ("$2", "USD 3bn") or a word or symbol after it ("500 €", "2 millions de dollars"). */
export function currencyAround(lex: Lexicon, tokens: Token[], n: NumberMatch): CurrencyRead | null {
  const before = lex.currencySymbols.matchEndingAt(tokens, n.ti);
  if (before && n.start - tokens[before.to - 1]!.e <= 1) return { code: before.data, from: before.from, to: before.to };
  let k = n.tj;
  // "2 millions de dollars", "des millions d'euros", "1,5 milliard d'euros".
  if ((tokens[k]?.f === 'de' || tokens[k]?.f === 'of') && (n.scale > 1 || n.kind === 'approx')) k++;
  const after = lex.currencyWords.matchAt(tokens, k) ?? lex.currencySymbols.matchAt(tokens, k);
  if (after && (k > n.tj || tokens[k]!.s - n.end <= 1)) return { code: after.data, from: after.from, to: after.to };
  return null;
}

/** Money claims of the document. */
export function extractMoney(ctx: ExtractContext): ClaimDraft[] {
  const lex = loadLexicon();
  const lang: Lang = ctx.doc.lang === 'en' ? 'en' : 'fr';
  const out: ClaimDraft[] = [];
  for (const scan of scanContext(ctx)) {
    const tokens = scan.tokens;
    for (const n of scan.numbers) {
      if (n.kind !== 'cardinal' && n.kind !== 'range' && n.kind !== 'approx') continue;
      if (n.article) continue;
      const cur = currencyAround(lex, tokens, n);
      if (!cur) continue;
      const curBefore = cur.to <= n.ti;
      const hedgeEnd = curBefore ? cur.from : n.ti;
      const hedge = n.kind === 'cardinal' ? matchHedgeBefore(ctx.text, tokens, hedgeEnd, lang) : null;
      const endTok = curBefore ? n.tj : cur.to;
      const hedgeAfter = hedge ? null : matchHedgeAfter(ctx.text, tokens, endTok, lang);
      const h = hedge ?? hedgeAfter;
      let interval;
      let hedgeOut = h ? { text: h.text, kind: h.kind } : null;
      if (n.kind === 'range' && n.low && n.high) {
        interval = rangeInterval(n.low.value, n.high.value, n.low.roundness, n.high.roundness);
        hedgeOut = { text: ctx.text.slice(n.start, n.low.start).trim() || 'range', kind: 'range' };
      } else if (n.kind === 'approx' && n.approx) {
        interval = { strict: n.approx.strict, pragmatic: n.approx.pragmatic };
        hedgeOut = { text: n.approx.phrase, kind: 'approx-noun' };
      } else {
        interval = hedgeInterval(n.value, h ? h.kind : null, n.roundness);
      }
      const firstTok = Math.min(hedge ? hedge.from : n.ti, cur.from);
      const lastTok = Math.max(hedgeAfter ? hedgeAfter.to : endTok, n.tj);
      const value: MoneyValue = { amount: n.value, currency: cur.code };
      out.push({
        kind: 'money', start: tokens[firstTok]!.s, end: tokens[lastTok - 1]!.e, value, hedge: hedgeOut, interval,
        confidence: n.plainInt && n.value >= 1900 && n.value <= 2100 ? 0.6 : 0.85,
      });
    }
  }
  return out;
}
