// Word-level diff on top of fast-diff: each distinct token becomes one private-use character, so fast-diff's
// character algorithm aligns whole words (DEPENDENCIES.md §4). Cost grows with differences, not lengths squared.
import diff from 'fast-diff';

export type DiffOp = -1 | 0 | 1;
export interface DiffPart {
  op: DiffOp;
  text: string;
}

// Words (with inner apostrophes/hyphens), whitespace runs, or single other characters.
const TOKEN = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|\s+|[^\p{L}\p{N}\s]/gu;

export function tokenize(s: string): string[] {
  return s.match(TOKEN) ?? [];
}

/** Diffs two texts word by word; concatenating the parts of op 0/-1 gives `a`, of op 0/1 gives `b`. */
export function wordDiff(a: string, b: string, cleanup = true): DiffPart[] {
  const dict = new Map<string, string>();
  const back: string[] = [];
  const encode = (tokens: string[]) =>
    tokens
      .map((t) => {
        let ch = dict.get(t);
        if (ch === undefined) {
          // Private-use planes give room for ~130k distinct tokens; BMP PUA first.
          const n = back.length;
          ch = n < 6400 ? String.fromCharCode(0xe000 + n) : String.fromCodePoint(0xf0000 + n - 6400);
          dict.set(t, ch);
          back.push(t);
        }
        return ch;
      })
      .join('');
  const ea = encode(tokenize(a));
  const eb = encode(tokenize(b));
  const decode = (s: string) => {
    let out = '';
    for (const ch of s) {
      const cp = ch.codePointAt(0)!;
      out += back[cp >= 0xf0000 ? cp - 0xf0000 + 6400 : cp - 0xe000];
    }
    return out;
  };
  return diff(ea, eb, undefined, cleanup).map(([op, text]) => ({ op: op as DiffOp, text: decode(text) }));
}

/** Share of `a`'s and `b`'s words that the diff keeps equal, over the shorter text (0..1). */
export function sharedWordShare(a: string, b: string): number {
  const words = (s: string) => tokenize(s).filter((t) => /[\p{L}\p{N}]/u.test(t)).length;
  const equal = wordDiff(a, b, false)
    .filter((p) => p.op === 0)
    .reduce((n, p) => n + words(p.text), 0);
  const shorter = Math.min(words(a), words(b));
  return shorter === 0 ? 0 : equal / shorter;
}
