// Word-level diff on top of fast-diff's character diff (DEPENDENCIES.md §4): each distinct word, space run or
// punctuation mark becomes one code unit, so fast-diff aligns whole words and never cuts one in half. Its cost
// grows with the differences, not with the square of the lengths.
import diff from 'fast-diff';
import { isLetterOrDigitCode, isSpaceCode } from './chars.ts';

export type DiffOp = -1 | 0 | 1;
/** [op, text]: -1 only in `a`, 1 only in `b`, 0 in both. Concatenating ops 0/-1 gives `a`, ops 0/1 gives `b`. */
export type DiffTuple = [DiffOp, string];
export interface DiffPart {
  op: DiffOp;
  text: string;
}

// The encoded strings hold only codes, so any code range works; BMP code units from U+0100, skipping the
// surrogates, give ~63k one-unit codes and never rely on fast-diff keeping surrogate pairs whole.
const FIRST_CODE = 0x100;
const SURROGATES = 0xd800;
/** How many distinct tokens (or words) one diff can encode. */
export const MAX_CODES = 0xffff - FIRST_CODE - 0x800;
/** The code unit that stands for the index-th distinct token of a diff. */
export const diffCode = (index: number): number => (FIRST_CODE + index < SURROGATES ? FIRST_CODE + index : FIRST_CODE + index + 0x800);
const indexOf = (code: number): number => (code < SURROGATES ? code - FIRST_CODE : code - 0x800 - FIRST_CODE);

const ALNUM = /[\p{L}\p{N}]/u;
const JOINERS = "'’-";

/** True when the code point at `i` is a letter or a digit (`/[\p{L}\p{N}]/u`); a code-unit table outside surrogates. */
export function isAlnumAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) return isLetterOrDigitCode(c);
  return ALNUM.test(String.fromCodePoint(s.codePointAt(i)!));
}

/** Length in code units of the code point at `i`. */
export const unitsAt = (s: string, i: number): number => (s.codePointAt(i)! > 0xffff ? 2 : 1);

function alnumRun(s: string, i: number): number {
  while (i < s.length && isAlnumAt(s, i)) i += unitsAt(s, i);
  return i;
}

/** End of the word starting at `i`: letters and digits, with inner apostrophes or hyphens ("aujourd'hui"). */
export function wordEnd(s: string, i: number): number {
  let j = alnumRun(s, i);
  while (j + 1 < s.length && JOINERS.includes(s[j]!) && isAlnumAt(s, j + 1)) j = alnumRun(s, j + 1);
  return j;
}

/**
 * Words (with inner apostrophes/hyphens), whitespace runs, or single other characters. A scanner rather than
 * s.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|\s+|[^\p{L}\p{N}\s]/gu): V8 runs out of regex stack
 * ("Maximum call stack size exceeded") on a run of tens of megabytes, and ingest masks noise with spaces.
 */
export function tokenize(s: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < s.length) {
    let j: number;
    // `\s` matches no character beyond the BMP: a code unit decides.
    if (isSpaceCode(s.charCodeAt(i))) {
      j = i + 1;
      while (j < s.length && isSpaceCode(s.charCodeAt(j))) j++;
    } else if (isAlnumAt(s, i)) j = wordEnd(s, i);
    else j = i + unitsAt(s, i);
    out.push(s.slice(i, j));
    i = j;
  }
  return out;
}

/** Diffs `a` and `b` word by word as tuples. Falls back to a character diff past ~63k distinct tokens. */
export function wordDiffTuples(a: string, b: string, cleanup = true): DiffTuple[] {
  const codeOf = new Map<string, string>();
  const tokenOf: string[] = [];
  const encode = (text: string): string | null => {
    let out = '';
    for (const token of tokenize(text)) {
      let code = codeOf.get(token);
      if (code === undefined) {
        if (tokenOf.length >= MAX_CODES) return null;
        code = String.fromCharCode(diffCode(tokenOf.length));
        codeOf.set(token, code);
        tokenOf.push(token);
      }
      out += code;
    }
    return out;
  };
  const ea = encode(a);
  const eb = ea === null ? null : encode(b);
  if (ea === null || eb === null) return merge(diff(a, b, undefined, cleanup) as DiffTuple[]);
  const parts: DiffTuple[] = [];
  for (const [op, encoded] of diff(ea, eb, undefined, cleanup)) {
    let text = '';
    for (let i = 0; i < encoded.length; i++) text += tokenOf[indexOf(encoded.charCodeAt(i))];
    parts.push([op as DiffOp, text]);
  }
  return merge(parts);
}

/** Joins neighbours with the same op (cleanup can leave them) and drops empty parts. */
function merge(parts: DiffTuple[]): DiffTuple[] {
  const out: DiffTuple[] = [];
  for (const [op, text] of parts) {
    if (!text) continue;
    const last = out[out.length - 1];
    if (last && last[0] === op) last[1] += text;
    else out.push([op, text]);
  }
  return out;
}

/** Diffs two texts word by word; concatenating the parts of op 0/-1 gives `a`, of op 0/1 gives `b`. */
export function wordDiff(a: string, b: string, cleanup = true): DiffPart[] {
  return wordDiffTuples(a, b, cleanup).map(([op, text]) => ({ op, text }));
}
