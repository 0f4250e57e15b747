// Per-code-unit character classes for the hand-written tokenisers. A regex `.test` on a one-character string
// per character (and the string it needs) dominated tokenising; these answer from a table filled lazily from the
// very same regexes, so every class is exactly what the regex said, only computed once per code unit.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const UPPER = /\p{Lu}/u;
const SPACE = /\s/;
const LETTER_MARK_DIGIT = /[\p{L}\p{M}\p{N}]/u;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;

// 0 = not computed yet, 1 = no, 2 = yes. One table per class over the 65,536 UTF-16 code units.
const letterTable = new Uint8Array(65536);
const upperTable = new Uint8Array(65536);
const spaceTable = new Uint8Array(65536);
const letterMarkTable = new Uint8Array(65536);
const letterOrMarkTable = new Uint8Array(65536);
const letterOnlyTable = new Uint8Array(65536);
const lowerTable = new Uint8Array(65536);

function fill(table: Uint8Array, re: RegExp, c: number): boolean {
  const v = re.test(String.fromCharCode(c)) ? 2 : 1;
  table[c] = v;
  return v === 2;
}

/**
 * `text.charCodeAt(i)`, or -1 past the end, where charCodeAt gives NaN. -1 is in no class, as NaN is; but a NaN
 * makes V8 compile the scanners that meet one for doubles, and index the tables with a non-integer: reading
 * past the end of every sentence made the entity tokenizer a quarter slower.
 */
export function codeAt(text: string, i: number): number {
  return i < text.length ? text.charCodeAt(i) : -1;
}

/** `/[\p{L}\p{N}]/u.test(String.fromCharCode(c))`: a lone surrogate is neither. */
export function isLetterOrDigitCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  const v = letterTable[c]!;
  return v === 0 ? fill(letterTable, LETTER_OR_DIGIT, c) : v === 2;
}

/** `/[\p{L}\p{M}\p{N}]/u.test(String.fromCharCode(c))`. */
export function isLetterMarkDigitCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  const v = letterMarkTable[c]!;
  return v === 0 ? fill(letterMarkTable, LETTER_MARK_DIGIT, c) : v === 2;
}

/** `/[\p{L}\p{M}]/u.test(String.fromCharCode(c))`: a lone surrogate is neither. */
export function isLetterOrMarkCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  const v = letterOrMarkTable[c]!;
  return v === 0 ? fill(letterOrMarkTable, LETTER_OR_MARK, c) : v === 2;
}

/** `/\p{L}/u.test(String.fromCharCode(c))`: a lone surrogate is not one. */
export function isLetterOnlyCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  const v = letterOnlyTable[c]!;
  return v === 0 ? fill(letterOnlyTable, LETTER, c) : v === 2;
}

/** `/\p{Ll}/u.test(String.fromCharCode(c))`. */
export function isLowerCode(c: number): boolean {
  if (c < 128) return c >= 97 && c <= 122;
  const v = lowerTable[c]!;
  return v === 0 ? fill(lowerTable, LOWER, c) : v === 2;
}

/** `/\p{Lu}/u.test(String.fromCharCode(c))`. */
export function isUpperCode(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90;
  const v = upperTable[c]!;
  return v === 0 ? fill(upperTable, UPPER, c) : v === 2;
}

/** `/\s/.test(String.fromCharCode(c))`. */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  const v = spaceTable[c]!;
  return v === 0 ? fill(spaceTable, SPACE, c) : v === 2;
}
