// The word alignment behind copy detection: the share of the shorter text's words that lie in passages both texts
// share verbatim, at least `minRun` words long, as fast-diff aligns them. Short equal runs ("de la", "a déclaré")
// are what any two texts in one language have in common. Only the words are aligned (spaces and punctuation
// dropped); each word becomes one code unit, so fast-diff aligns whole words.
//
// An article meets several candidates: its words are read once (numbered across the corpus), and a pair costs
// only its code strings and the diff. Codes are given in order of first appearance in the pair, the first text
// first, exactly as when each pair was encoded from its two texts.
import diff from 'fast-diff';
import { diffCode, isAlnumAt, MAX_CODES, unitsAt, wordEnd } from '../text/word-diff.ts';
import { StampedValues } from './stamped.ts';

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
      const j = wordEnd(text, i);
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
        this.codes.set(w, diffCode(this.count++));
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
