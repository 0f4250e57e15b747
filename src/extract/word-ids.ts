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
