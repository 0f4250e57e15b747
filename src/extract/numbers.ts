// Finds numbers as journalists write them: digits with their separators, words ("quatre-vingt-dix-neuf",
// "two thousand"), fractions ("7 1/2", "et demie"), scales ("1,12 million"), ordinals, percentages, approximate
// nouns ("une dizaine", "thousands") and ranges ("entre 3 et 5"). One linear pass over tokens; every word
// comes from the lexicon (rules/lexicon/numbers.*.json).
import type { Interval, Lang } from '../types.ts';
import type { ExtractContext } from './context.ts';
import { DIGITS, langLexicon, PUNCT, tokenize, WORD, type NumbersLexicon, type Token } from './lexicon.ts';
import { RecentCache } from './recent-cache.ts';

export type NumberKind = 'cardinal' | 'ordinal' | 'percent' | 'ratio' | 'time' | 'approx' | 'range';

export interface NumberMatch {
  /** Offsets into the scanned text. */
  start: number;
  end: number;
  text: string;
  /** The value; for a range, the middle of it. */
  value: number;
  /** The rounding step the number is written at: 5 → 1, 5,5 → 0.5, 2 000 → 1 000, 3,5 millions → 100 000. */
  roundness: number;
  kind: NumberKind;
  /** Token range [ti, tj) in the scanned tokens. */
  ti: number;
  tj: number;
  /** Written (at least partly) in words. */
  words: boolean;
  /** Only an article read as 1 ("une heure", "an hour"): a number only before a unit. */
  article: boolean;
  /** The scale multiplier written after the digits or words (1e6 for "million"), 1 when none. */
  scale: number;
  /** The scale abbreviation used ("m", "bn"), if any. */
  abbrev: string | null;
  /** Bare digits: no separator, decimal, fraction or scale (years, codes, page numbers look like this). */
  plainInt: boolean;
  leadingZero: boolean;
  /** For approximate nouns: their own intervals ("des centaines" → [200, 999]). */
  approx?: { kind: string; phrase: string; strict: Interval; pragmatic: Interval };
  /** For ranges: both ends. */
  low?: NumberMatch;
  high?: NumberMatch;
}

const FRACTION_CHARS: Record<string, number> = { '½': 0.5, '¼': 0.25, '¾': 0.75, '⅓': 1 / 3, '⅔': 2 / 3, '⅛': 0.125 };
const SPACE_SEPARATORS = new Set([' ', '\u00a0', '\u202f', '\u2009']);

/** The rounding step of an integer: trailing zeros make it coarser, a trailing 5 before them halves it (250 → 50). */
export function integerStep(n: number): number {
  if (!Number.isFinite(n) || n < 10 || !Number.isInteger(n)) return 1;
  let step = 1;
  let m = n;
  while (m % 10 === 0 && m >= 10) {
    m /= 10;
    step *= 10;
  }
  if (step >= 10 && m % 10 === 5 && m > 5) step *= 5;
  return step;
}

function fractionStep(f: number): number {
  const frac = f - Math.floor(f);
  if (frac === 0) return 1;
  for (const d of [2, 4, 3, 8]) if (Math.abs(frac * d - Math.round(frac * d)) < 1e-9) return 1 / d;
  return 0.1;
}

type Fields = Omit<NumberMatch, 'start' | 'end' | 'text' | 'ti' | 'tj'>;

// One object shape for every match (V8 keeps property access monomorphic).
function make(tokens: Token[], ti: number, tj: number, text: string, f: Fields): NumberMatch {
  const start = tokens[ti]!.s;
  const end = tokens[tj - 1]!.e;
  return {
    start, end, text: text.slice(start, end), value: f.value, roundness: f.roundness, kind: f.kind, ti, tj,
    words: f.words, article: f.article, scale: f.scale, abbrev: f.abbrev, plainInt: f.plainInt, leadingZero: f.leadingZero,
    approx: f.approx, low: f.low, high: f.high,
  };
}

const adjacent = (a: Token | undefined, b: Token | undefined) => !!a && !!b && a.e === b.s;
/** The gap between two tokens is exactly one space-like character (not a newline). */
const oneSpace = (text: string, a: Token | undefined, b: Token | undefined) =>
  !!a && !!b && b.s === a.e + 1 && SPACE_SEPARATORS.has(text[a.e]!);
const closeBy = (text: string, a: Token | undefined, b: Token | undefined) => adjacent(a, b) || oneSpace(text, a, b);

interface Parsed {
  m: NumberMatch | null;
  next: number;
}

/** Digits starting at token i (a DIGITS token). */
function parseDigits(text: string, tokens: Token[], i: number, nl: NumbersLexicon): Parsed {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  // Part of an identifier, a date or a code: "A320", "COVID-19", "2023-06-19", "v1.2".
  if (adjacent(prev, t)) {
    if (prev!.k === WORD && prev!.f !== 'x') return { m: null, next: skipCode(tokens, i) };
    if ('-/._:'.includes(prev!.f)) {
      // "3-5" is a range (joined later); "F-16", "12/03", "v1.2" are codes.
      const pp = tokens[i - 2];
      if (adjacent(pp, prev) && (pp!.k === WORD || (pp!.k === DIGITS && prev!.f !== '-'))) return { m: null, next: skipCode(tokens, i) };
    }
  }
  // Longer runs are identifiers (phone numbers, ids), and would not fit a double anyway.
  if (t.f.length > 15) return { m: null, next: skipCode(tokens, i) };
  let intDigits = t.f;
  let j = i + 1;
  let grouped = false;
  let sep: string | null = null;
  if (intDigits.length <= 3) {
    // At most five groups (10^18): "1 111 111 … 111" with no end is not a number.
    for (let g = 0; g < 5; g++) {
      const a = tokens[j - 1]!;
      const b = tokens[j];
      if (!b) break;
      if (b.k === DIGITS && b.f.length === 3 && oneSpace(text, a, b) && (sep === null || sep === ' ')) {
        sep = ' ';
        intDigits += b.f;
        j++;
        grouped = true;
        continue;
      }
      const c = tokens[j + 1];
      if (b.k === PUNCT && adjacent(a, b) && c && c.k === DIGITS && c.f.length === 3 && adjacent(b, c)
        && (b.f === "'" || (b.f === '.' && nl.decimal === ',') || (b.f === ',' && nl.decimal === '.'))
        && (sep === null || sep === b.f)) {
        // "2.946,5": a group only if not followed by the same separator and a non-3-digit run ("1.2.34" is a code).
        sep = b.f;
        intDigits += c.f;
        j += 2;
        grouped = true;
        continue;
      }
      break;
    }
  }
  let value = Number(intDigits);
  let decimals = 0;
  let kind: NumberKind = 'cardinal';
  let step = 1;
  let fraction = false;
  const d = tokens[j];
  const dd = tokens[j + 1];
  if (d && d.k === PUNCT && adjacent(tokens[j - 1], d) && dd && dd.k === DIGITS && adjacent(d, dd)) {
    if (d.f === nl.decimal || ((d.f === ',' || d.f === '.') && !grouped && (dd.f.length !== 3 || intDigits.length > 3))) {
      decimals = dd.f.length;
      value = Number(`${intDigits}.${dd.f}`);
      j += 2;
    } else if (d.f === ':' && dd.f.length === 2 && !grouped) {
      return { m: make(tokens, i, j + 2, text, { value, roundness: 1, kind: 'time', words: false, article: false, scale: 1, abbrev: null, plainInt: false, leadingZero: false }), next: j + 2 };
    } else if (d.f === '/' && !grouped) {
      const e = tokens[j + 2];
      if (e && e.k === PUNCT && adjacent(dd, e) && (e.f === '/' || e.f === '.' || e.f === '-')) return { m: null, next: skipCode(tokens, i) };
      const den = Number(dd.f);
      return {
        m: make(tokens, i, j + 2, text, { value: den ? value / den : value, roundness: 1, kind: 'ratio', words: false, article: false, scale: 1, abbrev: null, plainInt: false, leadingZero: false }),
        next: j + 2,
      };
    }
  }
  // Codes and dates after the number: "14.12.2024", "1.2.3", "2023-06-19".
  const x = tokens[j];
  const xx = tokens[j + 1];
  if (x && x.k === PUNCT && adjacent(tokens[j - 1], x) && xx && xx.k === DIGITS && adjacent(x, xx)) {
    if (x.f === '.' || x.f === ',' || x.f === ':') return { m: null, next: skipCode(tokens, i) };
    if (x.f === '-' && tokens[j + 2]?.f === '-' && adjacent(xx, tokens[j + 2])) return { m: null, next: skipCode(tokens, i) };
  }
  if (decimals > 0) step = 10 ** -decimals;
  else step = integerStep(value);
  // Mixed fractions: "7-1/2", "7 1/2", "7½".
  if (!grouped && decimals === 0) {
    const a = tokens[j];
    const n = tokens[j + 1];
    const sl = tokens[j + 2];
    const den = tokens[j + 3];
    if (a && n && sl && den && a.f === '-' && adjacent(tokens[j - 1], a) && n.k === DIGITS && adjacent(a, n) && sl.f === '/' && adjacent(n, sl) && den.k === DIGITS && adjacent(sl, den)) {
      const nu = Number(n.f);
      const de = Number(den.f);
      if (nu < de && de <= 16) { value += nu / de; step = 1 / de; j += 4; fraction = true; }
    }
    if (!fraction && a && a.k === DIGITS && a.f.length === 1 && oneSpace(text, tokens[j - 1], a)) {
      const s2 = tokens[j + 1];
      const d2 = tokens[j + 2];
      if (s2 && d2 && s2.f === '/' && adjacent(a, s2) && d2.k === DIGITS && adjacent(s2, d2)) {
        const nu = Number(a.f);
        const de = Number(d2.f);
        if (nu < de && de <= 16) { value += nu / de; step = 1 / de; j += 3; fraction = true; }
      }
    }
    const fc = tokens[j];
    if (!fraction && fc && fc.k === PUNCT && FRACTION_CHARS[fc.f] !== undefined && closeBy(text, tokens[j - 1], fc)) {
      value += FRACTION_CHARS[fc.f]!;
      step = fractionStep(value);
      j++;
      fraction = true;
    }
  }
  let scale = 1;
  let abbrev: string | null = null;
  const nx = tokens[j];
  if (nx && nx.k === WORD && !fraction) {
    if (adjacent(tokens[j - 1], nx) && decimals === 0 && !grouped && nl.ordinalSuffixes.has(nx.f)) {
      return {
        m: make(tokens, i, j + 1, text, { value, roundness: 1, kind: 'ordinal', words: false, article: false, scale: 1, abbrev: null, plainInt: false, leadingZero: false }),
        next: j + 1,
      };
    }
    const ab = nl.scaleAbbrev.get(nx.f);
    if (ab && (adjacent(tokens[j - 1], nx) || (ab.spaced && oneSpace(text, tokens[j - 1], nx)))) {
      scale = ab.value;
      abbrev = nx.f;
      j++;
    } else {
      const sc = nl.scales.matchAt(tokens, j);
      if (sc) { scale = sc.data; j = sc.to; }
    }
  }
  if (scale !== 1) {
    value *= scale;
    step *= scale;
  }
  const p = tokens[j];
  if (p && p.f === '%' && closeBy(text, tokens[j - 1], p)) {
    kind = 'percent';
    j++;
  } else if (p && p.k === WORD) {
    const pw = nl.percentWords.matchAt(tokens, j);
    if (pw) { kind = 'percent'; j = pw.to; }
  }
  if (kind === 'cardinal' && !fraction && scale === 1) {
    const fs = nl.fractionSuffixes.matchAt(tokens, j);
    if (fs) { value += fs.data; step = fractionStep(value); j = fs.to; fraction = true; }
  }
  const plainInt = !grouped && decimals === 0 && !fraction && scale === 1;
  return {
    m: make(tokens, i, j, text, {
      value, roundness: step, kind, words: false, article: false, scale, abbrev,
      plainInt, leadingZero: t.f.length > 1 && t.f[0] === '0' && !grouped && decimals === 0,
    }),
    next: j,
  };
}

/** Skips an identifier/date/code made of digits, letters and - / . : _ glued together. */
function skipCode(tokens: Token[], i: number): number {
  let j = i + 1;
  while (j < tokens.length && adjacent(tokens[j - 1], tokens[j]) && (tokens[j]!.k !== PUNCT || '-/._:'.includes(tokens[j]!.f))) j++;
  return j;
}

/** A number read from one word phrase, tokens [i, to). A function, not a closure made per number word. */
function singleWord(text: string, tokens: Token[], i: number, to: number, kind: NumberKind, value: number, roundness: number, extra: Partial<NumberMatch> = {}): Parsed {
  return {
    m: make(tokens, i, to, text, { value, roundness, kind, words: true, article: false, scale: 1, abbrev: null, plainInt: false, leadingZero: false, ...extra }),
    next: to,
  };
}

/** Number words starting at token i. */
function parseWords(text: string, tokens: Token[], i: number, nl: NumbersLexicon): Parsed {
  const first = nl.words.matchAt(tokens, i);
  if (!first) return { m: null, next: i + 1 };
  const w0 = first.data;
  if (w0.t === 'approx') {
    const phrase = text.slice(tokens[i]!.s, tokens[first.to - 1]!.e);
    return singleWord(text, tokens, i, first.to, 'approx', w0.v, integerStep(w0.v), { approx: { kind: w0.approx!.kind, phrase, strict: w0.approx!.strict, pragmatic: w0.approx!.pragmatic } });
  }
  if (w0.t === 'ordinal') return singleWord(text, tokens, i, first.to, 'ordinal', w0.v, 1);
  if (w0.t === 'fixed') return singleWord(text, tokens, i, first.to, 'cardinal', w0.v, integerStep(w0.v));
  // "et demie" / "and a half" after a unit belongs to the number before it (read by the extractor).
  if (w0.t === 'fraction' && i > 0 && nl.connectors.has(tokens[i - 1]!.f)) return { m: null, next: first.to };
  if (w0.t === 'fraction') return singleWord(text, tokens, i, first.to, 'cardinal', w0.v, fractionStep(w0.v));
  if ((w0.t === 'scale' || w0.t === 'hundred') && !w0.standalone) return { m: null, next: first.to };

  let total = 0;
  let cur = 0;
  let last = 0;
  let lastScale = Infinity;
  let count = 0;
  let j = i;
  let end = i;
  let m: typeof first | null = first;
  while (m) {
    const w = m.data;
    if (w.t === 'unit') {
      const ok = count === 0 || last >= 100 ? w.v < 100 && (count === 0 || cur % 100 === 0)
        : last >= 10 && last % 10 === 0 && w.v < last && (w.v < 10 || (w.v < 20 && (last === 60 || last === 80)));
      if (!ok) break;
      cur += w.v;
      last = w.v;
    } else if (w.t === 'hundred') {
      if (cur >= 100) break;
      cur = (cur || 1) * w.v;
      last = w.v;
    } else if (w.t === 'scale') {
      if (w.v >= lastScale) break;
      total += (cur || 1) * w.v;
      cur = 0;
      lastScale = w.v;
      last = w.v;
    } else break;
    count++;
    j = end = m.to;
    // "vingt-deux": a hyphen glued between two number words.
    const h = tokens[j];
    if (h && h.f === '-' && adjacent(tokens[j - 1], h) && adjacent(h, tokens[j + 1]) && nl.words.has(tokens[j + 1]!.f)) j++;
    m = nl.words.matchAt(tokens, j);
    if (!m && tokens[j] && nl.connectors.has(tokens[j]!.f) && !nl.fractionSuffixes.matchAt(tokens, j)) {
      // "vingt et un", "one hundred and five": the connector only joins a smaller unit.
      const after = nl.words.matchAt(tokens, j + 1);
      if (after && after.data.t === 'unit' && (last >= 20 || last >= 100)) m = after;
    }
  }
  if (count === 0) return { m: null, next: first.to };
  j = end;
  let value = total + cur;
  let step = integerStep(value);
  let fraction = false;
  const fs = nl.fractionSuffixes.matchAt(tokens, j);
  if (fs) { value += fs.data; step = fractionStep(value); j = fs.to; fraction = true; }
  let kind: NumberKind = 'cardinal';
  const p = tokens[j];
  if (p && p.f === '%' && closeBy(text, tokens[j - 1], p)) { kind = 'percent'; j++; }
  else if (p && p.k === WORD) { const pw = nl.percentWords.matchAt(tokens, j); if (pw) { kind = 'percent'; j = pw.to; } }
  return {
    m: make(tokens, i, j, text, {
      value, roundness: step, kind, words: true,
      article: count === 1 && !!w0.article && !fraction, scale: lastScale === Infinity ? 1 : lastScale, abbrev: null,
      plainInt: false, leadingZero: false,
    }),
    next: j,
  };
}

/** Joins "entre 3 et 5", "3 à 5", "3-5", "between 3 and 5", "entre 6.000 (préfecture) et 30.000" into ranges. */
function joinRanges(text: string, tokens: Token[], nums: NumberMatch[], nl: NumbersLexicon): NumberMatch[] {
  const out: NumberMatch[] = [];
  for (let k = 0; k < nums.length; k++) {
    const a = nums[k]!;
    const b = nums[k + 1];
    if (b && a.kind === 'cardinal' && b.kind === 'cardinal' && !a.article && !b.article) {
      let j = a.tj;
      // A short parenthesis after the first end: "(préfecture)".
      if (tokens[j]?.f === '(') {
        let q = j + 1;
        while (q < b.ti && q - j <= 6 && tokens[q]!.f !== ')') q++;
        if (tokens[q]?.f === ')') j = q + 1;
      }
      const join = nl.rangeJoins.matchAt(tokens, j, b.ti);
      const start = nl.rangeStarts.matchEndingAt(tokens, a.ti, Math.max(0, a.ti - 1));
      const dash = !!join && tokens[j]!.f === '-' && adjacent(tokens[j - 1], tokens[j]) && adjacent(tokens[j], tokens[b.ti]);
      const word = join ? tokens[j]!.f : '';
      // Without "entre"/"between", only "3-5", "3 à 5", "3 to 5" are ranges ("3 et 5" is two numbers).
      if (join && join.to === b.ti && (start || dash || word === 'a' || word === 'to')) {
        // "entre 1.2 et 1.4 million": the scale written once applies to both ends.
        let lo = a;
        if (b.scale > 1 && a.scale === 1 && a.value * b.scale <= b.value) {
          lo = { ...a, value: a.value * b.scale, roundness: a.roundness * b.scale, scale: b.scale };
        }
        if (lo.value < b.value) {
          const ti = start ? start.from : a.ti;
          out.push(make(tokens, ti, b.tj, text, {
      value: (lo.value + b.value) / 2, roundness: Math.min(lo.roundness, b.roundness),
            kind: 'range', words: a.words || b.words, article: false, scale: b.scale, abbrev: b.abbrev, plainInt: false,
            leadingZero: a.leadingZero || b.leadingZero, low: lo, high: b,
    }));
          k++;
          continue;
        }
      }
    }
    out.push(a);
  }
  return out;
}

/** Parses every number among `tokens` (tokens of `text`). */
export function parseNumbers(text: string, tokens: Token[], nl: NumbersLexicon): NumberMatch[] {
  const out: NumberMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    let r: Parsed;
    if (t.k === DIGITS) r = parseDigits(text, tokens, i, nl);
    else if (t.k === WORD && nl.words.has(t.f)) r = parseWords(text, tokens, i, nl);
    else if (t.k === PUNCT && FRACTION_CHARS[t.f] !== undefined) {
      r = { m: make(tokens, i, i + 1, text, { value: FRACTION_CHARS[t.f]!, roundness: fractionStep(FRACTION_CHARS[t.f]!), kind: 'cardinal', words: false, article: false, scale: 1, abbrev: null, plainInt: false, leadingZero: false }), next: i + 1 };
    } else { i++; continue; }
    if (r.m) out.push(r.m);
    i = Math.max(r.next, i + 1);
  }
  return joinRanges(text, tokens, out, nl);
}

/** Every number in `text`, read with the conventions of `lang` (decimal comma in French, point in English). */
export function findNumbers(text: string, lang: Lang = 'fr'): NumberMatch[] {
  const nl = langLexicon(lang).numbers;
  return parseNumbers(text, tokenize(text, 0, text.length, lang === 'fr' ? nl.elisions : undefined), nl);
}

/** The tokens and numbers of one sentence. Offsets are into the document text. */
export interface SentenceScan {
  start: number;
  end: number;
  paragraph: number;
  tokens: Token[];
  numbers: NumberMatch[];
}

// Per analyse() context; recent-cache.ts says why this is no WeakMap.
const scans = new RecentCache<ExtractContext, SentenceScan[]>();

/** Tokens and numbers of every sentence of the document, computed once and shared by the extractors. */
export function scanContext(ctx: ExtractContext): SentenceScan[] {
  const hit = scans.get(ctx);
  if (hit) return hit;
  const lang: Lang = ctx.doc.lang === 'en' ? 'en' : 'fr';
  const nl = langLexicon(lang).numbers;
  const el = lang === 'fr' ? nl.elisions : undefined;
  const out: SentenceScan[] = [];
  for (const s of ctx.sentences) {
    const tokens = tokenize(ctx.text, s.start, s.end, el);
    out.push({ start: s.start, end: s.end, paragraph: s.paragraph, tokens, numbers: parseNumbers(ctx.text, tokens, nl) });
  }
  scans.set(ctx, out);
  return out;
}
