// Hedges ("près de", "plus de", "at least"…) and the intervals a hedged value stands for.
//
// Every value gets two intervals:
//   strict    what the words allow ("plus de 5 h" → (5, ∞));
//   pragmatic what a reader understands ("plus de 5 h" → (5, 6]).
// A bound is computed from the hedge kind's rule in rules/lexicon/hedges.json:
//   bound = value + dir × max(step × S, rel × |value|)      (or `abs`, a fixed bound; null = unbounded)
// where S is the rounding step of the number as written (its `roundness`): 5 h → 1 h, 5 h 30 → 30 min,
// 2 946 → 1, 3,5 millions → 100 000. The `rel` part keeps exact-looking numbers ("au moins 2 946") from
// getting an absurdly narrow reading: a reader of "at least 2,946" does not rule out 3,100.
// An unhedged round value is exact in the words but approximate for a reader: ± half a step.
import type { Hedge, Interval, Lang } from '../types.ts';
import { langLexicon, loadLexicon, tokenize, type IntervalRule, type Token } from './lexicon.ts';

export interface HedgeIntervals {
  strict: Interval;
  pragmatic: Interval;
}

// Twelve significant digits: removes float noise (5.499999999) without touching real precision.
// An integer under 10^12 is its own answer (toPrecision(12) writes it exactly; -0 reads back as 0): no string
// round trip for the common case.
const clean = (x: number | null): number | null =>
  x === null ? null : Number.isInteger(x) && Math.abs(x) < 1e12 ? (x === 0 ? 0 : x) : Number(x.toPrecision(12));

function bound(b: IntervalRule['lo'], value: number, step: number): number | null {
  if (b === null) return null;
  if (b.abs !== undefined) return b.abs;
  const dir = b.dir ?? 0;
  if (dir === 0) return value;
  return value + dir * Math.max((b.step ?? 0) * step, (b.rel ?? 0) * Math.abs(value));
}

function applyRule(rule: IntervalRule, value: number, step: number): Interval {
  return [clean(bound(rule.lo, value, step)), clean(bound(rule.hi, value, step))];
}

/**
 * The strict and pragmatic intervals of `value` written with a hedge of `hedgeKind` (null: no hedge) at
 * rounding step `step` (same unit as the value). Unknown kinds read as "approx".
 */
export function hedgeInterval(value: number, hedgeKind: string | null, step: number): HedgeIntervals {
  const lex = loadLexicon();
  const s = step > 0 && Number.isFinite(step) ? step : 1;
  const rule = hedgeKind === null ? lex.unhedged : lex.hedgeKinds.get(hedgeKind) ?? lex.hedgeKinds.get('approx')!;
  return { strict: applyRule(rule.strict, value, s), pragmatic: applyRule(rule.pragmatic, value, s) };
}

/**
 * Intervals of a range "entre lo et hi": strict is the range (widened by `range.strictSteps`), pragmatic widens
 * each end by `range.pragmaticSteps` of its own rounding step.
 */
export function rangeInterval(lo: number, hi: number, stepLo: number, stepHi: number): HedgeIntervals {
  const r = loadLexicon().range;
  return {
    strict: [clean(lo - r.strictSteps * stepLo), clean(hi + r.strictSteps * stepHi)],
    pragmatic: [clean(lo - r.pragmaticSteps * stepLo), clean(hi + r.pragmaticSteps * stepHi)],
  };
}

/** A hedge found around a number: offsets into the text it was found in. */
export interface HedgeMatch extends Hedge {
  start: number;
  end: number;
  /** Token range [from, to) when matched over tokens. */
  from: number;
  to: number;
}

function toMatch(text: string, tokens: readonly Token[], m: { data: { kind: string }; from: number; to: number }): HedgeMatch {
  const start = tokens[m.from]!.s;
  const end = tokens[m.to - 1]!.e;
  return { text: text.slice(start, end), kind: m.data.kind, start, end, from: m.from, to: m.to };
}

/** The hedge whose last token is just before token `i` (not reaching before token `limit`). */
export function matchHedgeBefore(text: string, tokens: readonly Token[], i: number, lang: Lang, limit = 0): HedgeMatch | null {
  const m = langLexicon(lang).hedgesBefore.matchEndingAt(tokens, i, limit);
  return m ? toMatch(text, tokens, m) : null;
}

/** The hedge starting at token `j` ("ou plus", "or more", "environ" after the unit). */
export function matchHedgeAfter(text: string, tokens: readonly Token[], j: number, lang: Lang, limit = tokens.length): HedgeMatch | null {
  const m = langLexicon(lang).hedgesAfter.matchAt(tokens, j, limit);
  return m ? toMatch(text, tokens, m) : null;
}

const WINDOW = 80;

/** The hedge written right before the number that starts at `numberStart` in `text` ("plus de 5"). */
export function findHedgeBefore(text: string, numberStart: number, lang: Lang = 'fr'): HedgeMatch | null {
  const from = Math.max(0, numberStart - WINDOW);
  const ll = langLexicon(lang);
  const tokens = tokenize(text, from, numberStart, lang === 'fr' ? ll.numbers.elisions : undefined);
  return matchHedgeBefore(text, tokens, tokens.length, lang, tokens[0]?.s === from && from > 0 ? 1 : 0);
}

/** The hedge written right after a number (or its unit) that ends at `numberEnd` ("5 hours or more"). */
export function findHedgeAfter(text: string, numberEnd: number, lang: Lang = 'fr'): HedgeMatch | null {
  const to = Math.min(text.length, numberEnd + WINDOW);
  const ll = langLexicon(lang);
  const tokens = tokenize(text, numberEnd, to, lang === 'fr' ? ll.numbers.elisions : undefined);
  return matchHedgeAfter(text, tokens, 0, lang, tokens.length);
}
