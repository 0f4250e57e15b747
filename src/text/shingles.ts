// Word shingles of a text, hashed: what copy detection (align/copies.ts) compares. Shared here so that the
// extraction workers can compute them while they hold the text, off the main thread.
//
// The words are those of `fold(text).split(/[^\p{L}\p{N}]+/u)`, read in one pass over character codes instead:
// fold() (normalize, four regex replaces) and the split made several copies of every text and one string per word,
// a sixth of a worker's extraction time. Folding maps each character on its own, except where a character's
// neighbours matter (combining marks are reordered by NFD, a capital sigma lowers to a final sigma at the end of a
// word, a surrogate pair is one letter); a text holding any of those takes the exact, slow way.
import { fold } from './fold.ts';

/** Words per shingle used by copy detection by default. */
export const COPY_SHINGLE_WORDS = 7;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** 32-bit FNV-1a hash of a string. */
function hash(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h >>> 0;
}

// What fold() makes of one code unit, filled lazily: SEPARATOR (only non-letters/digits, which the split drops),
// ONE (one letter or digit, kept in FOLDED_CODE), SEVERAL (any other string, kept in FOLDED_STRING), or CONTEXT
// (depends on the neighbours: the whole text is folded the exact way).
const UNKNOWN = 0;
const SEPARATOR = 1;
const ONE = 2;
const SEVERAL = 3;
const CONTEXT = 4;
const FOLD_CLASS = new Uint8Array(65536);
const FOLDED_CODE = new Uint16Array(65536);
const FOLDED_STRING = new Map<number, string>();
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const MARK = /\p{M}/u;
const CAPITAL_SIGMA = 0x3a3;

/** fold() of one character, untrimmed: its spaces are separators to the split anyway. */
function foldOne(ch: string): string {
  return ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

function classify(c: number): number {
  const ch = String.fromCharCode(c);
  const f = foldOne(ch);
  let k: number;
  if ((c >= 0xd800 && c <= 0xdfff) || c === CAPITAL_SIGMA || MARK.test(ch) || /[\ud800-\udfff]/.test(f)) k = CONTEXT;
  else if (f.length === 1 && LETTER_OR_DIGIT.test(f)) {
    k = ONE;
    FOLDED_CODE[c] = f.charCodeAt(0);
  } else if (f.length > 0 && !LETTER_OR_DIGIT.test(f)) k = SEPARATOR;
  else {
    // Several characters, or none: a character that folds to nothing joins the letters around it.
    k = SEVERAL;
    FOLDED_STRING.set(c, f);
  }
  FOLD_CLASS[c] = k;
  return k;
}

function foldClass(c: number): number {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90) ? ONE : SEPARATOR;
  const k = FOLD_CLASS[c]!;
  return k === UNKNOWN ? classify(c) : k;
}

// Word hashes of the last text, reused. Characters that fold to one character make at most one word per two
// code units, plus one; the others grow it as they go.
let words = new Uint32Array(1024);

function grown(a: Uint32Array, size: number): Uint32Array<ArrayBuffer> {
  const b = new Uint32Array(Math.max(size, a.length * 2));
  b.set(a);
  return b;
}

/** Hashes of the words of fold(text) into `words`; their count, or -1 when the text must be folded the exact way. */
function wordHashesByCode(text: string): number {
  if (words.length < (text.length >> 1) + 1) words = grown(words, (text.length >> 1) + 1);
  let count = 0;
  let h = FNV_OFFSET;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    const k = foldClass(c);
    if (k === SEPARATOR) {
      if (inWord) {
        words[count++] = h >>> 0;
        h = FNV_OFFSET;
        inWord = false;
      }
      continue;
    }
    if (k === ONE) {
      if (c >= 128) c = FOLDED_CODE[c]!;
      else if (c <= 90 && c >= 65) c += 32;
      h = Math.imul(h ^ c, FNV_PRIME);
      inWord = true;
      continue;
    }
    if (k === CONTEXT) return -1;
    const f = FOLDED_STRING.get(c)!;
    if (words.length < count + f.length + 1) words = grown(words, count + f.length + 1);
    for (let j = 0; j < f.length; j++) {
      const d = f.charCodeAt(j);
      if (LETTER_OR_DIGIT.test(f[j]!)) {
        h = Math.imul(h ^ d, FNV_PRIME);
        inWord = true;
      } else if (inWord) {
        words[count++] = h >>> 0;
        h = FNV_OFFSET;
        inWord = false;
      }
    }
  }
  if (inWord) words[count++] = h >>> 0;
  return count;
}

/** The distinct hashes of a text's n-word shingles, sorted. Each word is hashed once; a shingle mixes its words' hashes. */
export function shingleHashes(text: string, n: number = COPY_SHINGLE_WORDS): Uint32Array {
  let count = wordHashesByCode(text);
  if (count < 0) {
    const exact = fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean).map(hash);
    if (words.length < exact.length) words = new Uint32Array(exact.length);
    words.set(exact);
    count = exact.length;
  }
  const all = new Uint32Array(Math.max(0, count - n + 1));
  for (let i = 0; i + n <= count; i++) {
    let h = 0x9e3779b9;
    for (let j = i; j < i + n; j++) h = Math.imul(h ^ words[j]!, 0x85ebca6b) ^ (h >>> 13);
    all[i] = h >>> 0;
  }
  all.sort();
  let distinct = 0;
  for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[distinct++] = all[i]!;
  // A copy, not a view: workers transfer the buffer, which must hold nothing else.
  return distinct === all.length ? all : all.slice(0, distinct);
}
