// Folding and word tokenisation shared by the entity, role, place and meeting extractors.
// Everything is linear: one precompiled global regex, no nested quantifiers.
import type { Sentence } from '../context.ts';
import { codeAt, isLetterMarkDigitCode, isLetterOrDigitCode, isUpperCode } from '../../text/chars.ts';
import { wordId, wordIdVersion } from '../word-ids.ts';

const foldCache = new Map<string, string>();

/** Lower-case, accents stripped (NFD), typographic apostrophes and ligatures normalised. Memoised per word. */
export function fold(s: string): string {
  // Most words are already plain lower-case ASCII, which folds to itself: skip the cache look-up.
  if (isPlainLower(s)) return s;
  // Other ASCII words (capitalised ones) only lose their case, unless they hold a backquote: lower-casing is
  // cheaper than the cache look-up (a visible cost in the extraction workers).
  if (isAsciiWithoutBackquote(s)) return s.toLowerCase();
  let f = foldCache.get(s);
  if (f !== undefined) return f;
  f = foldRaw(s);
  if (foldCache.size > 50_000) foldCache.clear();
  foldCache.set(s, f);
  return f;
}

/** Only a-z (and non-empty): NFD, mark stripping, lower-casing and the replacements all leave it unchanged. */
function isPlainLower(s: string): boolean {
  if (s.length === 0) return false;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

function isAsciiWithoutBackquote(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c > 127 || c === 0x60) return false;
  }
  return true;
}

function foldRaw(s: string): string {
  return s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss');
}

/** Canonical key: folded, every run of non-alphanumerics becomes one '-': "Antony Blinken" → "antony-blinken". */
export function foldKey(s: string): string {
  const f = fold(s);
  // Already a key (only a-z and 0-9, as most single words are): both replaces below would leave it unchanged.
  if (isKeyChars(f)) return f;
  return f.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, ''); // at most one dash per end: linear
}

/** Only a-z and 0-9 (and non-empty). */
function isKeyChars(s: string): boolean {
  if (s.length === 0) return false;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) return false;
  }
  return true;
}

export interface Token {
  start: number;
  end: number;
  text: string;
  /** Folded text; initialisms lose their dots ("U.S." → "us"). */
  fold: string;
  /** First letter is upper-case (or the token is an initialism / "al-Xxx" name). */
  cap: boolean;
  /** Every letter upper-case and at least two letters: an acronym or a shouted word. */
  upper: boolean;
  /** Index of the sentence the token belongs to. */
  s: number;
  /** Index of the token inside its sentence (0 = sentence-initial). */
  i: number;
  /** Cached word id of `fold` (word-ids.ts) and the registry version it was read at (-1: not read yet). */
  wid: number;
  wv: number;
}

/** The word id of a token's folded form, looked up once per token (and again only if the registry grew). */
export function tokenWordId(t: Token): number {
  const v = wordIdVersion();
  if (t.wv === v) return t.wid;
  const id = wordId(t.fold);
  t.wid = id;
  t.wv = v;
  return id;
}

// An initialism ("U.S.", "D.C."), or a word with inner hyphens ("François-Xavier", "Météo-France").
const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-‐‑][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;
// Hyphenated prefixes that are qualifiers, not part of the word: "ex-ministre", "then-Speaker".
const SPLIT_PREFIX = new Set(['ex', 'then', 'vice']);
const NAME_PREFIX = /^(?:al|el|ad|as|ash|an|ben|bin|abu|ibn)[-‐‑]\p{Lu}/u;

const HAS_LOWER = 1;
const HAS_UPPER = 2;

/** For an ASCII string, which cases its letters have (HAS_LOWER | HAS_UPPER bits); -1 when not ASCII. */
function asciiCase(s: string): number {
  let bits = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c > 127) return -1;
    if (c >= 97 && c <= 122) bits |= HAS_LOWER;
    else if (c >= 65 && c <= 90) bits |= HAS_UPPER;
  }
  return bits;
}

/** A dash at index 2 or 3, where NAME_PREFIX needs one: most words skip the regex. */
function hasPrefixDash(w: string): boolean {
  const c2 = codeAt(w, 2);
  const c3 = codeAt(w, 3);
  return c2 === 0x2d || c2 === 0x2010 || c2 === 0x2011 || c3 === 0x2d || c3 === 0x2010 || c3 === 0x2011;
}

function makeToken(text: string, start: number, s: number, i: number): Token {
  if (isPlainLower(text)) {
    // A plain lower-case word: its own fold, not capitalised, not upper-case, no "al-" prefix (no hyphen).
    return { start, end: start + text.length, text, fold: text, cap: false, upper: false, s, i, wid: 0, wv: -1 };
  }
  const f = fold(text);
  let isUpperFirst: boolean;
  let upper: boolean;
  const ascii = asciiCase(text);
  if (ascii >= 0) {
    // ASCII: the case tests below by character code, without building three case-converted strings.
    const c0 = text.charCodeAt(0);
    isUpperFirst = c0 >= 65 && c0 <= 90;
    upper = text.length >= 2 && (ascii & HAS_LOWER) === 0 && (ascii & HAS_UPPER) !== 0;
  } else {
    const first = text[0]!;
    isUpperFirst = first !== first.toLowerCase() && first === first.toUpperCase();
    // Acronym test without a regex pass: no lower-case letter and at least two characters that have case.
    upper = text.length >= 2 && text === text.toUpperCase() && text !== text.toLowerCase();
  }
  return {
    start,
    end: start + text.length,
    text,
    fold: f.includes('.') ? f.replace(/\./g, '') : f,
    cap: isUpperFirst || (hasPrefixDash(text) && NAME_PREFIX.test(text)),
    upper,
    s,
    i,
    wid: 0,
    wv: -1,
  };
}

/** `w.search(/[-‐‑]/)` without a regex run per token. */
function firstDash(w: string): number {
  for (let k = 0; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c === 0x2d || c === 0x2010 || c === 0x2011) return k;
  }
  return -1;
}

const SURROGATE = /[\uD800-\uDFFF]/;

/** True when `text` holds a UTF-16 surrogate (a character outside the BMP). */
function hasSurrogate(text: string): boolean {
  // One character class: the regex engine scans faster than a charCodeAt loop.
  return SURROGATE.test(text);
}

/**
 * End of the WORD match starting at p, or -1 when WORD matches nothing there: the regex's two alternatives,
 * tried in its order, by character class tables (chars.ts). Only for text without surrogates, where a code unit
 * is a code point. A regex match object per word dominated tokenising.
 */
function wordEnd(text: string, p: number): number {
  const c = text.charCodeAt(p);
  // (?:\p{Lu}\.){2,}
  if (isUpperCode(c) && codeAt(text, p + 1) === 0x2e) {
    let q = p;
    let pairs = 0;
    while (isUpperCode(codeAt(text, q)) && codeAt(text, q + 1) === 0x2e) {
      q += 2;
      pairs++;
    }
    if (pairs >= 2) return q;
  }
  // [\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:[-‐‑][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*
  if (!isLetterOrDigitCode(c)) return -1;
  let q = p + 1;
  for (;;) {
    while (isLetterMarkDigitCode(codeAt(text, q))) q++; // -1 past the end: no class matches it
    const h = codeAt(text, q);
    if ((h === 0x2d || h === 0x2010 || h === 0x2011) && isLetterOrDigitCode(codeAt(text, q + 1))) {
      q += 2;
      continue;
    }
    return q;
  }
}

/** Tokenises one string; offsets are shifted by `base`. */
export function tokenize(text: string, base = 0, s = 0): Token[] {
  if (hasSurrogate(text)) return tokenizeRegex(text, base, s);
  const out: Token[] = [];
  for (let p = 0; p < text.length; ) {
    const e = wordEnd(text, p);
    if (e < 0) {
      p++;
      continue;
    }
    pushWord(out, text.slice(p, e), base + p, s);
    p = e;
  }
  return out;
}

/** The same tokens through the WORD regex itself: text with characters outside the BMP (rare). */
function tokenizeRegex(text: string, base: number, s: number): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) !== null) pushWord(out, m[0], base + m.index, s);
  return out;
}

function pushWord(out: Token[], w: string, at: number, s: number): void {
  const dash = firstDash(w);
  if (dash > 0 && SPLIT_PREFIX.has(fold(w.slice(0, dash)))) {
    out.push(makeToken(w.slice(0, dash), at, s, out.length));
    out.push(makeToken(w.slice(dash + 1), at + dash + 1, s, out.length));
    return;
  }
  out.push(makeToken(w, at, s, out.length));
}

/** Tokens of every sentence, in text order, with sentence indices. */
export function tokenizeSentences(sentences: Sentence[]): Token[][] {
  // A loop, not map(): the array's V8 element kind then does not depend on whether the caller was optimised,
  // and its readers see one kind.
  const out: Token[][] = [];
  for (let s = 0; s < sentences.length; s++) out.push(tokenize(sentences[s]!.text, sentences[s]!.start, s));
  return out;
}

/** Tokenises a lexicon phrase into folded words ("secrétaire d'État" → ["secretaire","d","etat"]). */
export function phraseWords(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.fold);
}
