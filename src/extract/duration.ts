// Durations of events: "pendant sept heures et demie", "plus de cinq heures", "a 30-minute meeting",
// "lasted 7 1/2 hours", "une visite de deux jours". Values are in seconds; the written unit is kept.
// Not durations: clock times ("à 7 h 30", "vers 22h"), ages ("âgé de 45 ans"), relative dates ("il y a six
// mois", "in five years", "depuis deux ans") — those belong to other extractors.
import type { ClaimDraft, DurationValue, Lang } from '../types.ts';
import type { ExtractContext } from './context.ts';
import { hedgeInterval, matchHedgeAfter, matchHedgeBefore, rangeInterval, type HedgeMatch } from './hedge.ts';
import { DIGITS, langLexicon, loadLexicon, type Lexicon, type Token, type UnitEntry } from './lexicon.ts';
import { scanContext, type NumberMatch } from './numbers.ts';

// Determiners that may sit between a context word and the number ("dans les 24 heures", "pendant les trois jours").
const DETERMINERS = new Set(['les', 'le', 'la', 'the', 'ces', 'these', 'ses', 'leurs', 'their', 'its', 'his', 'her', 'des', 'ce', 'cette', 'this', 'those']);

export interface UnitRead {
  unit: UnitEntry;
  /** Token index just after the unit (and its minutes or "et demie"). */
  to: number;
  /** Amount in the unit (fractions included). */
  amount: number;
  /** Seconds and rounding step in seconds. */
  seconds: number;
  step: number;
  /** Written as digits + "h" ("22h", "7 h 30"): looks like a clock time unless the context says otherwise. */
  compactHour: boolean;
  /** "30-minute", "two-day": an adjective compound. */
  compound: boolean;
}

const adjacent = (a: Token | undefined, b: Token | undefined) => !!a && !!b && a.e === b.s;

function minuteStep(m: number): number {
  if (m === 30) return 30;
  if (m === 15 || m === 45) return 15;
  return m % 10 === 0 ? 10 : m % 5 === 0 ? 5 : 1;
}

/** Reads a duration unit right after number `n` (token `n.tj`). */
export function readDurationUnit(lex: Lexicon, lang: Lang, tokens: Token[], n: NumberMatch): UnitRead | null {
  let k = n.tj;
  let compound = false;
  if (tokens[k]?.f === '-' && adjacent(tokens[k - 1], tokens[k])) { k++; compound = true; }
  if (n.value < 1 || n.kind === 'approx') {
    // "trois quarts d'heure", "a quarter of an hour", "une dizaine de jours".
    const link = lex.duration.unitLinks.matchAt(tokens, k);
    if (link && lex.durationUnits.matchAt(tokens, link.to)) k = link.to;
  }
  const u = lex.durationUnits.matchAt(tokens, k);
  if (!u) return null;
  const unit = u.data;
  let to = u.to;
  let amount = n.value;
  let step = n.roundness * unit.seconds;
  const compactHour = unit.key === 'hour' && unit.form === 'h' && !n.words;
  if (compactHour) {
    // "7 h 30", "1h30", "2 h 15 min".
    const mt = tokens[to];
    if (mt && mt.k === DIGITS && mt.f.length <= 2 && Number(mt.f) < 60 && mt.s - tokens[to - 1]!.e <= 1) {
      const minutes = Number(mt.f);
      amount += minutes / 60;
      step = minuteStep(minutes) * 60;
      to++;
      const mm = lex.durationUnits.matchAt(tokens, to);
      if (mm && mm.data.key === 'minute') to = mm.to;
    }
  }
  if (Number.isInteger(n.value) && n.kind !== 'range') {
    // "sept heures et demie", "an hour and a half".
    const fs = langLexicon(lang).numbers.fractionSuffixes.matchAt(tokens, to);
    if (fs) {
      amount += fs.data;
      step = (fs.data === 0.5 ? 0.5 : 0.25) * unit.seconds;
      to = fs.to;
    }
  }
  return { unit, to, amount, seconds: amount * unit.seconds, step, compactHour, compound };
}

/** A context phrase ending just before token `i`, possibly with one determiner in between. */
function endsBefore(idx: Lexicon['duration']['cues'], tokens: Token[], i: number, lo: number): boolean {
  if (idx.matchEndingAt(tokens, i, lo)) return true;
  const d = tokens[i - 1];
  return !!d && i - 1 > lo && DETERMINERS.has(d.f) && !!idx.matchEndingAt(tokens, i - 1, lo);
}

/** Start of the claim (hedge or number) and whether the number reads as a clock time, an age or a relative date. */
function rejected(lex: Lexicon, lang: Lang, tokens: Token[], n: NumberMatch, u: UnitRead, start: number, hedge: HedgeMatch | null, after: number, cue: boolean): boolean {
  const d = lex.duration;
  if (endsBefore(d.excludeBefore, tokens, start, 0) || d.excludeAfter.matchAt(tokens, after)) return true;
  if (d.ageBefore.matchEndingAt(tokens, start) || d.ageAfter.matchAt(tokens, u.to)) return true;
  if (u.unit.key === 'year') {
    // "Jean Dupont, 45 ans, …": an age in apposition.
    const b = tokens[start - 1];
    const a = tokens[u.to];
    if (b?.f === ',' && (!a || a.f === ',' || a.f === ')' || a.f === '.')) return true;
    if (b?.f === '(' && a?.f === ')') return true;
  }
  if (u.unit.key === 'hour' && u.amount <= 24) {
    if (d.clockAfter.matchAt(tokens, after)) return true;
    const clock = d.clockBefore.matchEndingAt(tokens, n.ti) ?? d.clockBefore.matchEndingAt(tokens, start);
    // In English "a" is an article ("a 30-minute meeting"), not the French "à".
    const articleA = clock && lang === 'en' && clock.to - clock.from === 1 && tokens[clock.from]!.f === 'a';
    if (clock && !articleA && !cue) return true;
    if (hedge && d.clockBefore.matchEndingAt(tokens, hedge.to) && !cue) return true;
    if (u.compactHour && !cue && !hedge) {
      // "22h", "7h30" with no duration word around: a clock time, unless "5 h de discussions".
      const de = tokens[after];
      if (!(de && (de.f === 'de' || de.f === 'of'))) return true;
    }
  }
  return false;
}

/** Duration claims of the document. */
export function extractDurations(ctx: ExtractContext): ClaimDraft[] {
  const lex = loadLexicon();
  const lang: Lang = ctx.doc.lang === 'en' ? 'en' : 'fr';
  const out: ClaimDraft[] = [];
  for (const scan of scanContext(ctx)) {
    const tokens = scan.tokens;
    for (const n of scan.numbers) {
      if (n.kind !== 'cardinal' && n.kind !== 'range' && n.kind !== 'approx') continue;
      if (n.value <= 0) continue;
      const u = readDurationUnit(lex, lang, tokens, n);
      if (!u) continue;
      const hedge = n.kind === 'cardinal' ? matchHedgeBefore(ctx.text, tokens, n.ti, lang) : null;
      const startTok = hedge ? hedge.from : n.ti;
      const hedgeAfter = hedge ? null : matchHedgeAfter(ctx.text, tokens, u.to, lang);
      const afterTok = hedgeAfter ? hedgeAfter.to : u.to;
      const cue = endsBefore(lex.duration.cues, tokens, startTok, 0) || (startTok > 1 && endsBefore(lex.duration.cues, tokens, startTok - 1, 0));
      if (rejected(lex, lang, tokens, n, u, startTok, hedge, afterTok, cue)) continue;
      const ofNoun = tokens[afterTok]?.f === 'de' || tokens[afterTok]?.f === 'of';
      const prevDe = tokens[startTok - 1]?.f === 'de' || tokens[startTok - 1]?.f === 'of';
      if (u.unit.needsCue && !cue && !u.compound && !ofNoun && !prevDe && !hedge && !hedgeAfter) continue;
      if (u.compound && tokens[afterTok]?.f === '-' ) {
        // "45-year-old": an age.
        if (lex.duration.ageAfter.matchAt(tokens, afterTok + 1)) continue;
      }
      // "une heure", "a day": an article is a number only when something says it is a length of time.
      if (n.article && !cue && !hedge && !hedgeAfter && !u.compound && !ofNoun) continue;
      const h = hedge ?? hedgeAfter;
      let interval;
      let hedgeOut = h ? { text: h.text, kind: h.kind } : null;
      if (n.kind === 'range' && n.low && n.high) {
        const sec = u.unit.seconds;
        interval = rangeInterval(n.low.value * sec, n.high.value * sec, n.low.roundness * sec, n.high.roundness * sec);
        hedgeOut = { text: ctx.text.slice(n.start, n.low.start).trim() || 'range', kind: 'range' };
      } else if (n.kind === 'approx' && n.approx) {
        const sec = u.unit.seconds;
        const m = (x: number | null) => (x === null ? null : x * sec);
        interval = { strict: [m(n.approx.strict[0]), m(n.approx.strict[1])] as [number | null, number | null], pragmatic: [m(n.approx.pragmatic[0]), m(n.approx.pragmatic[1])] as [number | null, number | null] };
        hedgeOut = { text: n.approx.phrase, kind: 'approx-noun' };
      } else {
        interval = hedgeInterval(u.seconds, h ? h.kind : null, u.step);
      }
      const start = Math.min(tokens[startTok]!.s, n.start);
      const end = tokens[afterTok - 1]!.e;
      let confidence = cue || h || u.compound ? 0.9 : 0.75;
      if (u.unit.needsCue) confidence -= 0.15;
      if (n.article) confidence -= 0.1;
      const value: DurationValue = { amount: u.seconds, unit: 'second', written: u.unit.key };
      out.push({ kind: 'duration', start, end, value, hedge: hedgeOut, interval, confidence });
    }
  }
  return out;
}
