// Trimming a set of characters from one end of a string by scanning, not by /[set]+$/: an unanchored
// /x+$/ rescans a long run of x from each of its positions when the run is not at the end (quadratic).

/** `s` without its leading characters from `chars`. */
export function trimLeading(s: string, chars: string): string {
  let i = 0;
  while (i < s.length && chars.includes(s[i]!)) i++;
  return i === 0 ? s : s.slice(i);
}

/**
 * `s` without its trailing characters from `chars`; with `blanksBefore`, also the whitespace right before
 * them when some were removed (what /\s*[,;:]+$/ did).
 */
export function trimTrailing(s: string, chars: string, blanksBefore = false): string {
  let e = s.length;
  while (e > 0 && chars.includes(s[e - 1]!)) e--;
  if (e === s.length) return s;
  if (blanksBefore) e = s.slice(0, e).trimEnd().length;
  return s.slice(0, e);
}
