// Loads the general lexicons (aliases, titles, places, event types) once and indexes them as folded word
// sequences, so every lookup is a Map hit on the first word followed by a short comparison.
import { readPackageJson } from '../../paths.ts';
import { fold, phraseWords, tokenWordId, type Token } from './tokens.ts';
import { registerWord, SIGNATURES, wordSignature } from '../word-ids.ts';

export interface AliasEntry {
  key: string;
  type: 'person' | 'org' | 'place';
  level?: 'city' | 'region' | 'country' | 'venue';
  names: string[];
  demonyms?: string[];
  country?: string;
}
export interface TitleEntry {
  key: string;
  names: string[];
  broader?: string[];
  equivalents?: string[];
  generic?: boolean;
  relational?: boolean;
}
interface TitlesFile {
  titles: TitleEntry[];
  qualifiers: Record<string, string[]>;
  honorifics: string[];
}
interface PlacesFile {
  prepositions: Record<string, string[]>;
  countryPrepositions: Record<string, string[]>;
  venueHeads: Record<string, string[]>;
  eventNouns: string[];
  destinationWords: string[];
  sidelines: string[];
  undisclosed: string[];
}
export interface EventTypeEntry {
  type: string;
  participants: boolean;
  verbs: string[];
  nouns: string[];
}

/** How a phrase must be written to match: as-is capitalisation rules checked on its first token. */
type CaseRule = 'any' | 'cap' | 'upper';

interface Phrase<T> {
  words: string[];
  value: T;
  caseRule: CaseRule;
}

const NONE_SKIPPED: readonly number[] = [];

/** Longest-match lookup of folded word sequences, indexed by first word. */
export class PhraseIndex<T> {
  private byFirst = new Map<string, Phrase<T>[]>();
  // The same lists by word id (word-ids.ts): match() runs at every token for many indexes, and an array index
  // on the token's cached id is much cheaper than a string-keyed Map look-up per index.
  private byId: (Phrase<T>[] | undefined)[] = [];
  // Signatures of the first words (wordSignature): most tokens are ruled out before their word-id look-up.
  private readonly signatures = new Uint8Array(SIGNATURES);

  add(phrase: string, value: T, caseSensitive = false): void {
    const words = phraseWords(phrase);
    if (words.length === 0) return;
    const letters = phrase.replace(/[^\p{L}]/gu, '');
    let caseRule: CaseRule = 'any';
    if (caseSensitive) {
      if (letters.length >= 2 && letters === letters.toUpperCase()) caseRule = 'upper';
      else if (/^\p{Lu}/u.test(phrase)) caseRule = 'cap';
    }
    const list = this.byFirst.get(words[0]!) ?? [];
    list.push({ words, value, caseRule });
    list.sort((a, b) => b.words.length - a.words.length);
    this.byFirst.set(words[0]!, list);
    this.signatures[wordSignature(words[0]!)] = 1;
    const id = registerWord(words[0]!);
    while (this.byId.length <= id) this.byId.push(undefined);
    this.byId[id] = list;
  }

  has(word: string): boolean {
    return this.byFirst.has(word);
  }

  /**
   * Longest phrase starting at toks[i]. `skip(t)` may let tokens after the first word be skipped (a demonym
   * inside "ministre chinois des Affaires étrangères"); skipped indices are returned. Words must be separated
   * by spaces, apostrophes or hyphens only.
   */
  match(
    toks: Token[],
    i: number,
    text: string,
    skip?: (t: Token) => boolean,
  ): { end: number; value: T; skipped: readonly number[] } | null {
    const first = toks[i];
    if (!first || this.signatures[wordSignature(first.fold)] !== 1) return null;
    const list = this.byId[tokenWordId(first)];
    if (!list) return null;
    for (const p of list) {
      if (p.caseRule === 'upper' && !first.upper && first.text.length > 1) continue;
      if (p.caseRule === 'cap' && !first.cap) continue;
      let j = i + 1;
      let w = 1;
      // Made on the first skip only: most tries skip nothing, and many fail.
      let skipped: number[] | null = null;
      while (w < p.words.length && j < toks.length) {
        if (!joinable(text, toks[j - 1]!, toks[j]!)) break;
        if (toks[j]!.fold === p.words[w]) {
          j++;
          w++;
        } else if (skip && skip(toks[j]!) && (skipped === null || skipped.length < 2)) {
          (skipped ??= []).push(j);
          j++;
        } else break;
      }
      if (w === p.words.length) return { end: j - 1, value: p.value, skipped: skipped ?? NONE_SKIPPED };
    }
    return null;
  }
}

/** Two tokens are part of one phrase when only spaces, an apostrophe or a hyphen separate them. */
export function joinable(text: string, a: Token, b: Token): boolean {
  if (b.start - a.end > 3) return false;
  // By character code: text[k] builds a string for a character past Latin-1 (the typographic apostrophe).
  for (let k = a.end; k < b.start; k++) {
    const c = text.charCodeAt(k);
    // ' ', "'", '’', '-', no-break space, narrow no-break space, '.'.
    if (c !== 0x20 && c !== 0x27 && c !== 0x2019 && c !== 0x2d && c !== 0xa0 && c !== 0x202f && c !== 0x2e) return false;
    // A period only joins after an initialism or an abbreviation ("U.S. Secretary", "M. Blinken").
    if (c === 0x2e && a.text.length > 3) return false;
  }
  return true;
}

export interface Lexicon {
  aliases: PhraseIndex<AliasEntry>;
  aliasByKey: Map<string, AliasEntry>;
  /** Folded demonym or country name → country/region key. */
  demonyms: Map<string, string>;
  /** Folded demonyms only ("chinois", "american"), without country names. */
  demonymWords: Set<string>;
  titles: PhraseIndex<TitleEntry>;
  titleByKey: Map<string, TitleEntry>;
  qualifiers: PhraseIndex<string>;
  honorifics: Set<string>;
  prepositions: Record<string, Set<string>>;
  countryPrepositions: Set<string>;
  venueHeads: PhraseIndex<string>;
  eventNouns: Set<string>;
  destinationWords: Set<string>;
  sidelines: PhraseIndex<string>;
  undisclosed: PhraseIndex<string>;
  events: PhraseIndex<{ type: string; participants: boolean; pos: 'verb' | 'noun' }>;
  /** Folded nouns of events that are not meetings (storms, earthquakes, attacks…) → their type. */
  eventNounTypes: Map<string, string>;
}

let cached: Lexicon | null = null;

// The entries as read from JSON have several shapes (the optional fields present or not); the extractors read
// them in hot loops, where V8 recompiles code that sees several shapes. Each entry is copied into one shape.

function aliasEntry(e: AliasEntry): AliasEntry {
  return { key: e.key, type: e.type, level: e.level, names: e.names, demonyms: e.demonyms, country: e.country };
}

/** A title entry with every field set (absent ones undefined): one shape for all. */
export function titleEntry(e: TitleEntry): TitleEntry {
  return {
    key: e.key,
    names: e.names,
    broader: e.broader,
    equivalents: e.equivalents,
    generic: e.generic,
    relational: e.relational,
  };
}

/** The lexicons from rules/lexicon/, loaded on first use. */
export function lexicon(): Lexicon {
  if (cached) return cached;
  const aliasFile = readPackageJson<{ entries: AliasEntry[] }>('rules', 'lexicon', 'aliases.json');
  const titlesFile = readPackageJson<TitlesFile>('rules', 'lexicon', 'titles.json');
  const placesFile = readPackageJson<PlacesFile>('rules', 'lexicon', 'places.json');
  const eventsFile = readPackageJson<{ types: EventTypeEntry[] }>('rules', 'lexicon', 'event-types.json');

  const aliases = new PhraseIndex<AliasEntry>();
  const aliasByKey = new Map<string, AliasEntry>();
  const demonyms = new Map<string, string>();
  const demonymWords = new Set<string>();
  for (const entry of aliasFile.entries) {
    const e = aliasEntry(entry);
    aliasByKey.set(e.key, e);
    for (const n of e.names) aliases.add(n, e, true);
    if (e.type === 'place' && (e.level === 'country' || e.level === 'region')) {
      for (const n of e.names) if (phraseWords(n).length === 1) demonyms.set(fold(n).replace(/\./g, ''), e.key);
    }
    for (const d of e.demonyms ?? []) {
      demonyms.set(fold(d).replace(/\./g, ''), e.key);
      if (!e.names.includes(d)) demonymWords.add(fold(d));
    }
  }
  const titles = new PhraseIndex<TitleEntry>();
  const titleByKey = new Map<string, TitleEntry>();
  for (const entry of titlesFile.titles) {
    const t = titleEntry(entry);
    titleByKey.set(t.key, t);
    for (const n of t.names) titles.add(n, t, n === n.toUpperCase() && n.length <= 3);
  }
  const qualifiers = new PhraseIndex<string>();
  for (const [cls, words] of Object.entries(titlesFile.qualifiers)) for (const w of words) qualifiers.add(w, cls);
  const honorifics = new Set(titlesFile.honorifics.map((h) => fold(h).replace(/\./g, '')));
  const prepositions: Record<string, Set<string>> = {};
  for (const [lang, words] of Object.entries(placesFile.prepositions)) prepositions[lang] = new Set(words.map(fold));
  const countryPrepositions = new Set(Object.values(placesFile.countryPrepositions).flat().map(fold));
  const venueHeads = new PhraseIndex<string>();
  for (const words of Object.values(placesFile.venueHeads)) for (const w of words) venueHeads.add(w, w);
  const sidelines = new PhraseIndex<string>();
  for (const w of placesFile.sidelines) sidelines.add(w, w);
  const undisclosed = new PhraseIndex<string>();
  for (const w of placesFile.undisclosed) undisclosed.add(w, w);
  const events = new PhraseIndex<{ type: string; participants: boolean; pos: 'verb' | 'noun' }>();
  for (const t of eventsFile.types) {
    for (const v of t.verbs) events.add(v, { type: t.type, participants: t.participants, pos: 'verb' });
    for (const n of t.nouns) events.add(n, { type: t.type, participants: t.participants, pos: 'noun' });
  }
  const eventNounTypes = new Map<string, string>();
  for (const t of eventsFile.types) if (!t.participants) for (const n of t.nouns) eventNounTypes.set(fold(n), t.type);
  cached = {
    eventNounTypes,
    aliases,
    aliasByKey,
    demonyms,
    demonymWords,
    titles,
    titleByKey,
    qualifiers,
    honorifics,
    prepositions,
    countryPrepositions,
    venueHeads,
    eventNouns: new Set(placesFile.eventNouns.map(fold)),
    destinationWords: new Set(placesFile.destinationWords.map(fold)),
    sidelines,
    undisclosed,
    events,
  };
  return cached;
}
