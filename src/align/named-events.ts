// Past events named in passing: "le cyclone Kamisy d'avril 1984", "la tempête Xynthia de février 2010", "Hurricane
// Katrina in August 2005". A date written right after "<event noun> <Name> de/of/in" dates that named event, not
// the story's; it gets an event of its own, keyed by type and name, so that two sources dating the same past storm
// differently are compared, and so that the date never counts as the story's own.
import { lexicon } from '../extract/entities/lexicon.ts';
import { fold, slug } from '../text/fold.ts';

export interface NamedEvent {
  key: string;
  label: string;
  type: string;
}

// How far before a date the "<noun> <Name>" phrase is looked for.
const WINDOW = 80;
const MAX_NAME_WORDS = 3;
const PREPOSITION_START = /^(?:de|du|d['’]|of|in)(?:\s+|(?<=['’]))/i;
const PREPOSITION_END = /(?:^|\s)(?:de|du|d['’]|of|in)\s*$/i;

const isName = (w: string) => /^\p{Lu}[\p{L}’'-]*$/u.test(w);

/** The named event a date at `start` (its text `dateText`) belongs to, or null. */
export function namedEventBefore(text: string, start: number, dateText: string): NamedEvent | null {
  let before = text.slice(Math.max(0, start - WINDOW), start);
  if (!PREPOSITION_START.test(dateText)) {
    const m = PREPOSITION_END.exec(before);
    if (!m) return null;
    before = before.slice(0, m.index);
  }
  const words = before.trimEnd().split(/\s+/);
  const table = lexicon().eventNounTypes;
  let i = words.length - 1;
  const name: string[] = [];
  // "Hurricane Katrina": a capitalised event noun ends the name.
  while (i >= 0 && name.length < MAX_NAME_WORDS && isName(words[i]!) && !table.has(fold(words[i]!))) name.unshift(words[i--]!);
  if (name.length === 0 || i < 0) return null;
  // One-word nouns ("cyclone") or two-word ones ("tempête tropicale").
  const type = table.get(fold(words[i]!)) ?? (i > 0 ? table.get(fold(`${words[i - 1]} ${words[i]}`)) : undefined);
  if (!type) return null;
  const written = name.map((w) => (w === w.toUpperCase() ? w[0] + w.slice(1).toLowerCase() : w)).join(' ');
  return { key: `${type}:named:${slug(written)}`, label: `${type} ${written}`, type };
}
