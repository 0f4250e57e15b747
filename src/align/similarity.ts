// String similarity for names and quotes: string-similarity's Dice coefficient on character bigrams, after
// normalising case, accents and whitespace (the library itself is case- and accent-sensitive).
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

/** Similarity in [0, 1] of two strings, insensitive to case, accents and spacing. */
export function similarity(a: string, b: string): number {
  const x = normalizeForSimilarity(a);
  const y = normalizeForSimilarity(b);
  if (x === y) return 1;
  if (x.length < 2 || y.length < 2) return 0;
  return stringSimilarity.compareTwoStrings(x, y);
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
