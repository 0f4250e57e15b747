// The word alignment behind copy detection: the share of the shorter text's words that lie in passages both texts
// share verbatim, at least `minRun` words long, as fast-diff aligns them. Short equal runs ("de la", "a déclaré")
// are what any two texts in one language have in common. Only the words are aligned (spaces and punctuation
// dropped); each word becomes one code unit, so fast-diff aligns whole words.
//
// An article meets several candidates: its words are read once (numbered across the corpus), and a pair costs
// only its code strings and the diff. Codes are given in order of first appearance in the pair, the first text
// first, exactly as when each pair was encoded from its two texts.
import diff from 'fast-diff';
import { StampedValues } from './stamped.ts';

// Words: letters or digits, with inner apostrophes or hyphens ("aujourd'hui", "sino-américaines").
const ALNUM = /[\p{L}\p{N}]/u;
const JOINERS = "'’-";

// The encoded strings hold only codes, so any code range works; BMP code units from U+0100, skipping the
// surrogates, give ~63k one-unit codes and never rely on fast-diff keeping surrogate pairs whole.
const FIRST_CODE = 0x100;
const SURROGATES = 0xd800;
const MAX_CODES = 0xffff - FIRST_CODE - 0x800;
const codeAt = (index: number): number => (FIRST_CODE + index < SURROGATES ? FIRST_CODE + index : FIRST_CODE + index + 0x800);

/** True when the code point at `i` is a letter or a digit (ASCII decided without a regular expression). */
function isAlnumAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return ALNUM.test(String.fromCodePoint(s.codePointAt(i)!));
}

/** Length in code units of the code point at `i`. */
const unitsAt = (s: string, i: number): number => (s.codePointAt(i)! > 0xffff ? 2 : 1);

/** End of the run of letters and digits starting at `i`. */
function alnumRun(s: string, i: number): number {
  while (i < s.length && isAlnumAt(s, i)) i += unitsAt(s, i);
  return i;
}

/** Numbers words across documents: a document's words become an array of numbers, read once. */
export class WordNumbers {
  private readonly ids = new Map<string, number>();

  get size(): number {
    return this.ids.size;
  }

  /** The numbers of the words of `text`, in order (text/word-diff's tokenize, keeping the word tokens). */
  of(text: string): Int32Array {
    const out: number[] = [];
    let i = 0;
    while (i < text.length) {
      if (!isAlnumAt(text, i)) {
        i += unitsAt(text, i);
        continue;
      }
      let j = alnumRun(text, i);
      while (j + 1 < text.length && JOINERS.includes(text[j]!) && isAlnumAt(text, j + 1)) j = alnumRun(text, j + 1);
      const word = text.slice(i, j);
      let id = this.ids.get(word);
      if (id === undefined) this.ids.set(word, (id = this.ids.size));
      out.push(id);
      i = j;
    }
    return Int32Array.from(out);
  }
}

/** Per-pair codes by word number: each word of a pair gets the next code the first time it is met. */
class PairCodes {
  private readonly codes = new StampedValues();
  private units = new Uint16Array(1024);
  private count = 0;

  reset(words: number): void {
    this.codes.reset(words);
    this.count = 0;
  }

  /** The code string of `words`, or null past the codes available. */
  encode(words: Int32Array): string | null {
    if (words.length > this.units.length) this.units = new Uint16Array(words.length * 2);
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      if (!this.codes.has(w)) {
        if (this.count >= MAX_CODES) return null;
        this.codes.set(w, codeAt(this.count++));
      }
      this.units[i] = this.codes.get(w);
    }
    let out = '';
    for (let i = 0; i < words.length; i += 8192) out += String.fromCharCode(...this.units.subarray(i, Math.min(words.length, i + 8192)));
    return out;
  }
}

/** Aligns pairs of documents read by one WordNumbers. */
export class SharedRuns {
  private readonly pair = new PairCodes();

  constructor(private readonly numbers: WordNumbers) {}

  /** Share (0..1) of the shorter document's words that lie in equal runs of at least `minRun` words. */
  share(a: Int32Array, b: Int32Array, minRun = 5): number {
    this.pair.reset(this.numbers.size);
    const ea = this.pair.encode(a);
    const eb = ea === null ? null : this.pair.encode(b);
    if (ea === null || eb === null) return 0;
    const shorter = Math.min(ea.length, eb.length);
    if (shorter === 0) return 0;
    let equal = 0;
    for (const [op, run] of diff(ea, eb, undefined, true)) if (op === 0 && run.length >= minRun) equal += run.length;
    return equal / shorter;
  }
}
