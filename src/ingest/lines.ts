// Line helpers shared by the cleaners: a line knows where its trimmed content starts and ends in the text.
import { isSpaceCode } from '../text/chars.ts';

export interface Line {
  /** 0-based index of the first char of the line in the text. */
  start: number;
  /** Exclusive end, before the newline. */
  end: number;
  /** Trimmed content bounds (no leading/trailing blanks or \r); cs === ce for a blank line. */
  cs: number;
  ce: number;
}

/** Splits text into lines with trimmed-content bounds. Linear. */
export function splitLines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  const n = text.length;
  while (start <= n) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = n;
    let cs = start;
    let ce = end;
    while (cs < ce && isBlank(text.charCodeAt(cs))) cs++;
    while (ce > cs && isBlank(text.charCodeAt(ce - 1))) ce--;
    out.push({ start, end, cs, ce });
    if (end === n) break;
    start = end + 1;
  }
  return out;
}

/** Space, tab, CR, no-break spaces and the BOM count as blank. */
export function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0xfeff || c === 12;
}

/** Collapses runs of whitespace to one space; used to compare paragraphs. */
export function squash(s: string): string {
  // Most paragraphs are squashed already: returning them skips a regex pass and a copy of every kept line.
  return isSquashed(s) ? s : s.replace(/\s+/g, ' ').trim();
}

/** True when `s` has only single spaces between non-blank characters, none at the ends: squash() keeps it. */
function isSquashed(s: string): boolean {
  // At the start a space would be leading, as at the end one would be trailing.
  let afterSpace = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (afterSpace) return false;
      afterSpace = true;
    } else if (isSpaceCode(c)) return false;
    else afterSpace = false;
  }
  return !afterSpace || s.length === 0;
}

/** Number of whitespace-separated words, counting no further than `cap`. */
export function wordCount(s: string, cap = Infinity): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const blank = c === 32 || c === 9 || c === 10 || isBlank(c);
    if (!blank && !inWord) {
      n++;
      if (n > cap) return n;
    }
    inWord = !blank;
  }
  return n;
}
