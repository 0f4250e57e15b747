// Splits the working text into paragraphs and sentences, keeping offsets. Linear time, no regex backtracking.
import type { Sentence } from './context.ts';
import { isLetterOnlyCode, isLowerCode, isSpaceCode } from '../text/chars.ts';

// Abbreviations after which a period does not end a sentence (lower-cased, without the period).
const ABBREVIATIONS = new Set([
  'm', 'mm', 'mme', 'mmes', 'mlle', 'dr', 'pr', 'st', 'ste', 'mr', 'mrs', 'ms', 'prof', 'gen', 'gén', 'col', 'lt',
  'sen', 'rep', 'gov', 'jr', 'sr', 'inc', 'ltd', 'co', 'corp', 'vs', 'etc', 'cf', 'p', 'no', 'n°', 'vol', 'av',
  'bd', 'fig', 'jan', 'feb', 'fév', 'févr', 'mar', 'apr', 'avr', 'jun', 'jul', 'juil', 'aug', 'sep', 'sept', 'oct',
  'nov', 'dec', 'déc', 'u.s', 'u.n', 'e.g', 'i.e', 'approx', 'env', 'mgr', 'me', 'maj', 'sgt', 'capt', 'adm',
]);

// By character code: reading text[i] builds a one-character string for every character past Latin-1.
/** '"', '»', '”', '’', "'", ')', ']'. */
function isCloser(c: number): boolean {
  return c === 0x22 || c === 0xbb || c === 0x201d || c === 0x2019 || c === 0x27 || c === 0x29 || c === 0x5d;
}

/** ' ', '\t', no-break space, narrow no-break space, thin space. */
function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

/** '.', '!', '?', '…'. */
function isTerminator(c: number): boolean {
  return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2026;
}

/** Adds the sentence [start, end) without its trailing spaces, if any is open (start >= 0) and not blank. */
function pushSentence(out: Sentence[], text: string, start: number, end: number, paragraph: number): void {
  if (start < 0) return;
  let e = end;
  while (e > start && isSpaceCode(text.charCodeAt(e - 1))) e--;
  if (e > start) out.push({ start, end: e, text: text.slice(start, e), paragraph });
}

/** Past the run of terminators and closing quotes that starts at i. */
function terminatorRunEnd(text: string, i: number): number {
  let j = i;
  // do…while: the increment runs at every call. In a while loop it ran only at a run of terminators ("?!",
  // "..."), and V8 threw splitSentences' optimised code away the first time it did (no type feedback for it).
  do j++;
  while (j < text.length && isTerminator(text.charCodeAt(j)));
  while (j < text.length && isCloser(text.charCodeAt(j))) j++;
  return j;
}

/**
 * Whether the terminator at i (its run of terminators and closers ends before j) ends the sentence begun at
 * `start`. Out of splitSentences, like the rare cases below: V8 recompiles the whole optimised function when a
 * branch it never saw is first taken.
 */
function endsSentence(text: string, start: number, i: number, j: number): boolean {
  if (j < text.length && !isSpace(text.charCodeAt(j)) && text.charCodeAt(j) !== 0x0a && text.charCodeAt(j) !== 0x0d) return false;
  return text.charCodeAt(i) !== 0x2e || j !== i + 1 || !periodInside(text, start, i, j);
}

/** Whether a lone period at i is an abbreviation's, an initial's or a decimal's (the sentence goes on). */
function periodInside(text: string, start: number, i: number, j: number): boolean {
  // Abbreviation, initial or decimal? Look at the word before the period.
  let k = i - 1;
  // [\p{L}.°] by character code and class table (chars.ts).
  while (k >= start && (isLetterOnlyCode(text.charCodeAt(k)) || text.charCodeAt(k) === 0x2e || text.charCodeAt(k) === 0xb0)) k--;
  const word = text.slice(k + 1, i).toLowerCase();
  if (ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(text.slice(k + 1, i))) return true;
  // Next non-space char lower-case → not a sentence end.
  let n = j;
  while (n < text.length && isSpace(text.charCodeAt(n))) n++;
  return n < text.length && isLowerCode(text.charCodeAt(n));
}

/** Splits `text` into sentences; blank or whitespace-only stretches (masked noise) are skipped. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let start = -1;
  let lastWasNewline = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) {
      // A line break ends a sentence and a paragraph: news copy puts one paragraph per line.
      pushSentence(out, text, start, i, paragraph);
      start = -1;
      if (!lastWasNewline) paragraph++;
      lastWasNewline = true;
      continue;
    }
    if (start < 0) {
      if (isSpace(c)) continue;
      start = i;
      lastWasNewline = false;
    }
    if (isTerminator(c)) {
      const j = terminatorRunEnd(text, i);
      if (endsSentence(text, start, i, j)) {
        pushSentence(out, text, start, j, paragraph);
        start = -1;
      }
      i = j - 1;
    }
  }
  pushSentence(out, text, start, text.length, paragraph);
  return out;
}
