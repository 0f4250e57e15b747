// Counts of people and things ("au moins 2 946 morts", "des milliers de personnes", "at least 2,012 dead",
// "1,12 million selon le ministère") and physical quantities with a unit ("vents de plus de 200 km/h"),
// with a normalised category from rules/lexicon/count-nouns.json and the head noun as written.
// Skipped: years, dates, clock times, ages and durations, page/photo counters, phone numbers, ordinals,
// identifiers, money (money.ts) and percentages not attached to a noun.
import type { ClaimDraft, CountValue, Lang } from '../types.ts';
import type { ExtractContext } from './context.ts';
import { hedgeInterval, matchHedgeAfter, matchHedgeBefore, rangeInterval, type HedgeIntervals } from './hedge.ts';
import { DIGITS, langLexicon, loadLexicon, PUNCT, WORD, type Lexicon, type Token } from './lexicon.ts';
import { currencyAround } from './money.ts';
import { scanContext, type NumberMatch, type SentenceScan } from './numbers.ts';

const NOUN_WINDOW = 5;
// How far (in tokens) the sentence context is searched for a category: keeps one huge "sentence" linear.
const CONTEXT_WINDOW = 40;
const NO_PREFIXES: { prefix: string; category: string }[] = [];
// Words that end the search for a head noun: the next clause or a new count starts.
const STOP = new Set(['et', 'and', 'ou', 'or', 'dont', 'selon', 'according', 'mais', 'but', 'contre', 'versus', 'soit', 'while', 'alors', 'whereas', 'que', 'qui', 'which', 'who', 'than']);
const YEAR_BEFORE = new Set(['en', 'in', 'depuis', 'since', 'annee', 'year', 'an', 'fin', 'debut', 'mi', 'ete', 'hiver', 'printemps', 'automne', 'de', 'of', 'from', 'until', 'to', 'jusque', 'avant', 'apres', 'before', 'after', 'by', 'le', 'the', 'l', 'vers', 'around', 'summer', 'winter', 'spring', 'autumn', 'fall', 'early', 'late', 'mid']);

interface NounHit {
  category: string;
  noun: string;
  /** Token index after the noun phrase (qualifier included). */
  to: number;
  generic: boolean;
}

const adjacent = (a: Token | undefined, b: Token | undefined) => !!a && !!b && a.e === b.s;

/** Looks for the head noun (or a participle like "blessées") in the few tokens after the number. */
function findNoun(lex: Lexicon, text: string, tokens: Token[], from: number, limit: number): NounHit | null {
  let seen = 0;
  let k = from;
  while (k < limit && seen < NOUN_WINDOW) {
    const t = tokens[k]!;
    if (t.k === DIGITS || (t.k === PUNCT && t.f !== '-' && t.f !== "'") || STOP.has(t.f)) return null;
    const noun = lex.countNouns.matchAt(tokens, k, limit);
    if (noun) {
      const hit: NounHit = { category: noun.data.key, noun: text.slice(t.s, tokens[noun.to - 1]!.e), to: noun.to, generic: noun.data.generic };
      if (noun.data.generic) {
        // "personnes tuées", "people were killed", "personnes ont été interpellées".
        for (let q = noun.to; q < Math.min(limit, noun.to + NOUN_WINDOW); q++) {
          const tq = tokens[q]!;
          if (tq.k === DIGITS || (tq.k === PUNCT && tq.f !== '-' && tq.f !== "'") || STOP.has(tq.f)) break;
          const qual = lex.qualifiers.matchAt(tokens, q, limit);
          if (qual) { hit.category = qual.data; hit.generic = false; hit.to = qual.to; break; }
        }
      }
      return hit;
    }
    const qual = lex.qualifiers.matchAt(tokens, k, limit);
    if (qual) return { category: qual.data, noun: text.slice(t.s, tokens[qual.to - 1]!.e), to: qual.to, generic: false };
    const filler = lex.fillers.matchAt(tokens, k, limit);
    if (filler) { k = filler.to; seen++; continue; }
    // Any other word is the head noun, one we do not know ("deux pays"): not a count we can name.
    return null;
  }
  return null;
}

/** The category the sentence talks about, from the count noun or cue nearest to token `at`. */
function categoryFromContext(lex: Lexicon, tokens: Token[], at: number, skipFrom: number, skipTo: number): string | null {
  let best: string | null = null;
  let bestDist = Infinity;
  const lo = Math.max(0, at - CONTEXT_WINDOW);
  const hi = Math.min(tokens.length, at + CONTEXT_WINDOW);
  for (let k = lo; k < hi; k++) {
    if (k >= skipFrom && k < skipTo) continue;
    const t = tokens[k]!;
    if (t.k !== WORD) continue;
    const dist = Math.abs(k - at) + (k > at ? 0.5 : 0);
    if (dist >= bestDist) continue;
    const noun = lex.countNouns.matchAt(tokens, k);
    let cat: string | null = noun && !noun.data.generic ? noun.data.key : null;
    if (!cat) cat = lex.cuePhrases.matchAt(tokens, k)?.data ?? null;
    if (!cat) for (const c of lex.cuePrefixesByFirst.get(t.f.charCodeAt(0)) ?? NO_PREFIXES) if (t.f.startsWith(c.prefix)) { cat = c.category; break; }
    if (cat) { best = cat; bestDist = dist; }
  }
  return best;
}

function isMonth(lang: Lang, text: string, t: Token | undefined): boolean {
  if (!t || t.k !== WORD) return false;
  if (!langLexicon(lang).numbers.months.has(t.f)) return false;
  // English month names are capitalised ("May" vs "may"); French ones are not.
  return lang === 'fr' || text[t.s] !== text[t.s]!.toLowerCase();
}

function skippable(lex: Lexicon, lang: Lang, text: string, tokens: Token[], n: NumberMatch): boolean {
  if (n.leadingZero || n.article) return true;
  // For "entre 3 et 5", look around the digits, not around "entre".
  const fi = (n.low ?? n).ti;
  const prev = tokens[fi - 1];
  const next = tokens[n.tj];
  if (prev && (lex.counterWords.has(prev.f) || (prev.f === '.' && lex.counterWords.has(tokens[fi - 2]?.f ?? '')))) return true;
  if (isMonth(lang, text, prev) || isMonth(lang, text, next)) return true;
  // Runs of numbers separated by spaces: phone numbers, scores, tables.
  if ((prev && prev.k === DIGITS && n.start - prev.e <= 2) || (next && next.k === DIGITS && next.s - n.end <= 2)) return true;
  // "7 h 30": the minutes of a clock time or duration.
  if (prev && prev.f === 'h' && tokens[fi - 2]?.k === DIGITS) return true;
  if (currencyAround(lex, tokens, n)) return true;
  let k = n.tj;
  if (tokens[k]?.f === '-' && adjacent(tokens[k - 1], tokens[k])) k++;
  if (lex.durationUnits.matchAt(tokens, k)) return true;
  if (lex.duration.clockAfter.matchAt(tokens, n.tj)) return true;
  if (n.kind === 'cardinal' && n.plainInt && n.text.length === 4 && n.value >= 1000 && n.value <= 2100) {
    // A year, unless a count noun follows right away ("2000 manifestants") with no year word before.
    if (prev && YEAR_BEFORE.has(prev.f)) return true;
    if (!lex.countNouns.matchAt(tokens, n.tj)) return true;
  }
  return false;
}

function intervalOf(n: NumberMatch, kind: string | null, value = n.value, step = n.roundness): HedgeIntervals {
  if (n.kind === 'range' && n.low && n.high) return rangeInterval(n.low.value, n.high.value, n.low.roundness, n.high.roundness);
  if (n.kind === 'approx' && n.approx) return { strict: n.approx.strict, pragmatic: n.approx.pragmatic };
  return hedgeInterval(value, kind, step);
}

// How far (tokens) after the noun phrase a grade may stand: "246 autres étaient grièvement blessées".
const GRADE_WINDOW = 6;

/** The grade of a count ("9 blessés graves", "neuf personnes dans un état critique"), if its category has grades. */
function gradeOf(lex: Lexicon, tokens: Token[], from: number, nounEnd: number, category: string): string | null {
  const limit = Math.min(tokens.length, nounEnd + GRADE_WINDOW);
  for (let q = from; q < limit; q++) {
    const t = tokens[q]!;
    // The next clause or figure belongs to another count ("9 blessés graves et 246 légers").
    if (q >= nounEnd && (t.k === DIGITS || (t.k === PUNCT && t.f !== '-' && t.f !== "'") || STOP.has(t.f))) return null;
    const g = lex.grades.matchAt(tokens, q, limit);
    if (g) return g.data.categories.has(category) ? g.data.key : null;
  }
  return null;
}

function countsIn(ctx: ExtractContext, lex: Lexicon, lang: Lang, scan: SentenceScan, prevScan: SentenceScan | null, out: ClaimDraft[]): void {
  const tokens = scan.tokens;
  const text = ctx.text;
  for (const n of scan.numbers) {
    if (n.kind !== 'cardinal' && n.kind !== 'range' && n.kind !== 'approx' && n.kind !== 'percent') continue;
    if (skippable(lex, lang, text, tokens, n)) continue;
    const hedge = n.kind === 'cardinal' || n.kind === 'percent' ? matchHedgeBefore(text, tokens, n.ti, lang) : null;
    const startTok = hedge ? hedge.from : n.ti;
    let category: string | null = null;
    let noun = '';
    let endTok = n.tj;
    let confidence = 0.85;
    let value = n.value;
    let step = n.roundness;

    if (n.kind === 'percent') {
      // Only a percentage of something: "32,71 % d'enseignants grévistes", "90 % de Mayotte".
      const de = tokens[n.tj];
      const w = tokens[n.tj + 1];
      if (!de || !(de.f === 'de' || de.f === 'of' || de.f === 'des') || !w || w.k !== WORD) continue;
      category = 'percent';
      noun = text.slice(w.s, w.e);
      endTok = n.tj + 2;
      confidence = 0.5;
    } else {
      let k = n.tj;
      if (tokens[k]?.f === '-' && adjacent(tokens[k - 1], tokens[k])) k++;
      const phys = lex.physicalUnits.matchAt(tokens, k);
      if (n.abbrev === 'm' || phys) {
        // "vents de 200 km/h", "226 kilomètres par heure"; "10m" is metres here, not millions (no currency).
        if (n.abbrev === 'm') {
          value = n.value / n.scale;
          step = n.roundness / n.scale;
          category = 'm';
          noun = 'm';
        } else {
          endTok = phys!.to;
          category = phys!.data.key;
          noun = text.slice(tokens[phys!.from]!.s, tokens[phys!.to - 1]!.e);
        }
        confidence = 0.7;
      } else {
        let from = n.tj;
        if ((tokens[from]?.f === 'de' || tokens[from]?.f === 'of') && (n.scale > 1 || n.kind === 'approx' || n.words)) from++;
        const hit = findNoun(lex, text, tokens, from, tokens.length);
        if (hit) {
          category = hit.category;
          noun = hit.noun;
          endTok = hit.to;
          if (hit.generic) {
            category = categoryFromContext(lex, tokens, n.ti, n.ti, hit.to) ?? category;
            // "deux hommes": small counts of generic people are often not what the story counts.
            if (n.value < 10) confidence = 0.6;
          }
        } else {
          // No noun: a large or scaled number, or one the sentence frames as a count ("dont 9", "700.000 selon la CGT").
          const big = n.scale > 1 || n.kind === 'approx' || (n.value >= 1000 && !n.plainInt) || n.value >= 10000;
          const framed = !!lex.bareBefore.matchEndingAt(tokens, startTok) || !!lex.bareAfter.matchAt(tokens, n.tj);
          if (!big && !framed) continue;
          if (!Number.isInteger(n.value)) continue;
          category = categoryFromContext(lex, tokens, n.ti, n.ti, n.tj);
          confidence = 0.55;
          if (!category && prevScan) {
            category = categoryFromContext(lex, prevScan.tokens, prevScan.tokens.length, -1, -1);
            confidence = 0.45;
          }
          if (!category) {
            if (!big) continue;
            category = 'people';
            confidence = 0.35;
          }
        }
      }
    }
    if (category !== 'percent' && n.kind === 'cardinal' && n.words && n.value < 2 && !hedge) continue;
    const hedgeAfter = hedge ? null : matchHedgeAfter(text, tokens, endTok, lang);
    const h = hedge ?? hedgeAfter;
    let hedgeOut = h ? { text: h.text, kind: h.kind } : null;
    if (n.kind === 'range' && n.low) hedgeOut = { text: text.slice(n.start, n.low.start).trim() || 'range', kind: 'range' };
    if (n.kind === 'approx' && n.approx) hedgeOut = { text: n.approx.phrase, kind: 'approx-noun' };
    const last = hedgeAfter ? hedgeAfter.to : endTok;
    const cv: CountValue = { amount: value, category: category!, noun };
    const grade = category === 'percent' ? null : gradeOf(lex, tokens, n.tj, endTok, category!);
    if (grade) cv.grade = grade;
    out.push({
      kind: 'count', start: tokens[startTok]!.s, end: tokens[last - 1]!.e, value: cv, hedge: hedgeOut,
      interval: intervalOf(n, h ? h.kind : null, value, step), confidence,
    });
  }
}

/** Count claims of the document. */
export function extractCounts(ctx: ExtractContext): ClaimDraft[] {
  const lex = loadLexicon();
  const lang: Lang = ctx.doc.lang === 'en' ? 'en' : 'fr';
  const out: ClaimDraft[] = [];
  const scans = scanContext(ctx);
  for (let s = 0; s < scans.length; s++) {
    const scan = scans[s]!;
    if (scan.numbers.length === 0) continue;
    const prev = s > 0 && scans[s - 1]!.paragraph === scan.paragraph ? scans[s - 1]! : null;
    countsIn(ctx, lex, lang, scan, prev, out);
  }
  return out;
}
