// Word-level diff on top of fast-diff: each distinct token becomes one private-use character, so fast-diff's
// character algorithm aligns whole words (DEPENDENCIES.md §4). Cost grows with differences, not lengths squared.
import diff from 'fast-diff';

export type DiffOp = -1 | 0 | 1;
export interface DiffPart {
  op: DiffOp;
  text: string;
}

const ALNUM = /[\p{L}\p{N}]/u;
const SPACE = /\s/;
const JOINERS = "'’-";

/**
 * Words (with inner apostrophes/hyphens), whitespace runs, or single other characters. A scanner, not
 * s.match(/…+|\s+|…/g): V8 runs out of regex stack on a run of tens of megabytes (masked noise is spaces).
 */
export function tokenize(s: string): string[] {
  const out: string[] = [];
  const charAt = (i: number) => String.fromCodePoint(s.codePointAt(i)!);
  const alnumRun = (i: number) => {
    while (i < s.length) {
      const ch = charAt(i);
      if (!ALNUM.test(ch)) break;
      i += ch.length;
    }
    return i;
  };
  let i = 0;
  while (i < s.length) {
    const ch = charAt(i);
    let j: number;
    if (SPACE.test(ch)) {
      j = i + 1;
      while (j < s.length && SPACE.test(s[j]!)) j++;
    } else if (ALNUM.test(ch)) {
      j = alnumRun(i);
      while (j + 1 < s.length && JOINERS.includes(s[j]!) && ALNUM.test(charAt(j + 1))) j = alnumRun(j + 1);
    } else j = i + ch.length;
    out.push(s.slice(i, j));
    i = j;
  }
  return out;
}

// Each distinct token is one UTF-16 code unit outside the surrogates (63,488 of them), so a diff part's length is
// its token count and fast-diff never splits a pair. Past that many distinct tokens codes repeat (two rare
// tokens may then compare equal), but the texts stay exact: parts are decoded by position, not by code.
const CODES = 0x10000 - 0x800;
const unitOf = (n: number) => {
  const u = n % CODES;
  return String.fromCharCode(u < 0xd800 ? u : u + 0x800);
};

/** Diffs two texts word by word; concatenating the parts of op 0/-1 gives `a`, of op 0/1 gives `b`. */
export function wordDiff(a: string, b: string, cleanup = true): DiffPart[] {
  const dict = new Map<string, string>();
  const encode = (tokens: string[]) =>
    tokens
      .map((t) => {
        let ch = dict.get(t);
        if (ch === undefined) {
          ch = unitOf(dict.size);
          dict.set(t, ch);
        }
        return ch;
      })
      .join('');
  const ta = tokenize(a);
  const tb = tokenize(b);
  let ia = 0;
  let ib = 0;
  return diff(encode(ta), encode(tb), undefined, cleanup).map(([op, text]) => {
    // Equal and deleted parts read `a`'s tokens, inserted parts `b`'s, in order.
    const from = op === 1 ? tb : ta;
    const at = op === 1 ? ib : ia;
    const part = from.slice(at, at + text.length).join('');
    if (op === 1) ib += text.length;
    else {
      ia += text.length;
      if (op === 0) ib += text.length;
    }
    return { op: op as DiffOp, text: part };
  });
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
