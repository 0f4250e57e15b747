// Small integer ids for the folded words that open or close a lexicon phrase. A phrase table is probed at nearly
// every token by many tables (date, first-since and entity grammars), and a string-keyed Map look-up per table per
// token dominated the profile: a token now looks its word up once, and each table answers by array index.
const IDS = new Map<string, number>();
let version = 0;

/** The id of a lexicon word, assigned on first registration (ids start at 1; 0 means "in no table"). */
export function registerWord(w: string): number {
  let id = IDS.get(w);
  if (id === undefined) {
    id = IDS.size + 1;
    IDS.set(w, id);
    version++;
  }
  return id;
}

/** Changes whenever a word is registered: a cached id is valid only for the version it was read at. */
export function wordIdVersion(): number {
  return version;
}

/** The id of `w`, 0 when no table holds it. */
export function wordId(w: string): number {
  return IDS.get(w) ?? 0;
}

/** Size of a signature table (wordSignature values are below it). */
export const SIGNATURES = 4096;

/**
 * A hash of a word's length and first and last characters. Equal words have equal signatures, so a word whose
 * signature no entry of a table has is not in that table: tables answer most tokens without the word-id look-up
 * (a string hash) they would otherwise pay.
 */
export function wordSignature(w: string): number {
  return ((w.charCodeAt(0) * 31 + w.length) * 31 + w.charCodeAt(w.length - 1)) & (SIGNATURES - 1);
}
