// String similarity for names and quotes: string-similarity's Dice coefficient on character bigrams, after
// normalising case, accents and whitespace (the library itself is case- and accent-sensitive). The quote kind
// compares each quote with many others: for it, `bigramsOf` reads a quote once and `similarityOf` computes the
// library's coefficient on sorted numeric bigram codes (the library rebuilds a string-keyed map of both strings on
// every call, which cost more than the rest of the quote comparison). Tests hold the two to the same values.
import stringSimilarity from 'string-similarity';

/** Lower-case, accents stripped, punctuation to spaces, whitespace collapsed. */
export function normalizeForSimilarity(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim();
}

/** A string read once for similarity: its normalised form and the bigrams compareTwoStrings counts. */
export interface Bigrams {
  normalized: string;
  /** Length of the normalised form without its spaces. */
  letters: number;
  /** Codes of the adjacent UTF-16 unit pairs of the normalised form without spaces, sorted. */
  codes: Float64Array;
}

/** Two UTF-16 units as one number. */
const pairCode = (a: number, b: number): number => a * 0x10000 + b;

export function bigramsOf(s: string): Bigrams {
  const normalized = normalizeForSimilarity(s);
  // The only whitespace left after normalising is single spaces (compareTwoStrings drops all whitespace).
  const stripped = normalized.replaceAll(' ', '');
  const codes = new Float64Array(Math.max(0, stripped.length - 1));
  for (let i = 0; i < codes.length; i++) codes[i] = pairCode(stripped.charCodeAt(i), stripped.charCodeAt(i + 1));
  return { normalized, letters: stripped.length, codes: codes.sort() };
}

/** Size of the multiset intersection of two sorted code lists. */
function sharedCodes(a: Float64Array, b: Float64Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      n++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return n;
}

/** similarity() of the strings two Bigrams were read from. */
export function similarityOf(x: Bigrams, y: Bigrams): number {
  if (x.normalized === y.normalized) return 1;
  if (x.normalized.length < 2 || y.normalized.length < 2) return 0;
  // A trimmed normal form of two characters or more has two letters or more: compareTwoStrings's own
  // equality and length checks agree with the formula from here on.
  return (2.0 * sharedCodes(x.codes, y.codes)) / (x.letters + y.letters - 2);
}

/** Similarity in [0, 1] of two strings, insensitive to case, accents and spacing. */
export function similarity(a: string, b: string): number {
  const x = normalizeForSimilarity(a);
  const y = normalizeForSimilarity(b);
  if (x === y) return 1;
  if (x.length < 2 || y.length < 2) return 0;
  return stringSimilarity.compareTwoStrings(x, y);
}

/** True when a word is its own normal form, without spaces (lower-case letters and digits, no accents). */
function isNormalWord(w: string): boolean {
  return w.length > 0 && (/^[a-z0-9]+$/.test(w) || (normalizeForSimilarity(w) === w && !w.includes(' ')));
}

/** The bigram codes inside one word. */
function eachInWord(w: string, f: (code: number) => void): void {
  for (let i = 0; i + 1 < w.length; i++) f(pairCode(w.charCodeAt(i), w.charCodeAt(i + 1)));
}

/** The bigram code across the junction of two words (similarity drops the space between them). */
const junction = (a: string, b: string): number => pairCode(a.charCodeAt(a.length - 1), b.charCodeAt(0));

/**
 * The run of `short.length` consecutive words of `long`, starting among the first `maxStarts` words, most similar
 * to `short` (the first at equal similarity): exactly what computing similarity(short.join(' '), run.join(' ')) for
 * each start gives, with the run's bigram counts updated as it slides rather than recounted. Null when a word is
 * not in normal form or `short` has fewer than two words (the caller then computes each similarity).
 */
export function mostSimilarRun(short: string[], long: string[], maxStarts: number): { start: number; sim: number } | null {
  const n = short.length;
  if (n < 2 || n > long.length || !short.every(isNormalWord) || !long.every(isNormalWord)) return null;
  const wanted = new Map<number, number>();
  const want = (code: number) => wanted.set(code, (wanted.get(code) ?? 0) + 1);
  let shortLetters = 0;
  short.forEach((w, k) => {
    eachInWord(w, want);
    if (k > 0) want(junction(short[k - 1]!, w));
    shortLetters += w.length;
  });
  // `shared` is the multiset intersection of the run's codes with the short side's, kept up to date.
  const held = new Map<number, number>();
  let shared = 0;
  const add = (code: number) => {
    const h = held.get(code) ?? 0;
    if (h < (wanted.get(code) ?? 0)) shared++;
    held.set(code, h + 1);
  };
  const drop = (code: number) => {
    const h = held.get(code)! - 1;
    held.set(code, h);
    if (h < (wanted.get(code) ?? 0)) shared--;
  };
  let letters = 0;
  for (let k = 0; k < n; k++) {
    eachInWord(long[k]!, add);
    if (k > 0) add(junction(long[k - 1]!, long[k]!));
    letters += long[k]!.length;
  }
  let best = { start: 0, sim: -1 };
  for (let i = 0; i + n <= long.length && i < maxStarts; i++) {
    // Two words or more on each side: normal forms of three characters or more, where compareTwoStrings's own
    // equality and length checks agree with the formula.
    const sim = (2.0 * shared) / (shortLetters + letters - 2);
    if (sim > best.sim) best = { start: i, sim };
    if (i + n === long.length) break;
    eachInWord(long[i]!, drop);
    drop(junction(long[i]!, long[i + 1]!));
    add(junction(long[i + n - 1]!, long[i + n]!));
    eachInWord(long[i + n]!, add);
    letters += long[i + n]!.length - long[i]!.length;
  }
  return best;
}

// editDistance's two rows, reused: names are compared by the hundred thousand.
let prevRow = new Int32Array(64);
let curRow = new Int32Array(64);

/** Levenshtein distance, capped: returns `cap + 1` as soon as it is known to exceed `cap`. */
export function editDistance(a: string, b: string, cap = 3): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  if (prevRow.length <= b.length) {
    prevRow = new Int32Array(b.length + 1);
    curRow = new Int32Array(b.length + 1);
  }
  let prev = prevRow;
  let cur = curRow;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1));
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > cap) return cap + 1;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[b.length]!;
}
