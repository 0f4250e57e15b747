// Text folding shared by every stage: case, accents, apostrophes and spaces do not make two strings different.

/** Lower-case, strip accents, unify apostrophes/quotes/dashes, collapse whitespace. */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/[‐-―]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A folded slug usable as a key: "Pékin" → "pekin", "Antony Blinken" → "antony-blinken". */
export function slug(s: string): string {
  return fold(s)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, ''); // one dash at most at each end after the line above: /-+$/ would be quadratic
}
