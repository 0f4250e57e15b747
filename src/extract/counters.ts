// Who counts crowds and tolls (rules/lexicon/counters.json), read once: extraction uses the single words to
// credit a figure ("les syndicats 2,5 millions"); the interval kind uses the families to tell counters apart.
import { readPackageJson } from '../paths.ts';
import { fold } from '../text/fold.ts';
import type { Attribution } from '../types.ts';

const FAMILIES = readPackageJson<{ families: Record<string, string[]> }>('rules', 'lexicon', 'counters.json').families;

/** Counter families and the regex that finds each in a folded credited phrase (exported for the regex audit). */
export const COUNTER_FAMILIES: [string, RegExp][] = Object.entries(FAMILIES).map(([family, words]) => [
  family,
  new RegExp(`(?:^|[^a-z])(?:${words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?:$|[^a-z])`),
]);

// Single words that name a counter (police, unions, organisers…), folded.
const COUNTER_WORDS = new Set(Object.values(FAMILIES).flat().filter((w) => !w.includes(' ')));

// A determiner and one word right before a figure: "les syndicats 2,5 millions", "the police 900,000".
const COUNTER_BEFORE = /(?:^|[\s,;(])(les|la|le|l['’]|the)\s?([\p{L}-]{2,30})\s*$/u;

/** The counter a figure is credited to when its name stands right before it, or null. */
export function counterBefore(text: string, start: number): Attribution | null {
  const before = text.slice(Math.max(0, start - 40), start);
  const m = COUNTER_BEFORE.exec(before);
  if (!m || !COUNTER_WORDS.has(fold(m[2]!))) return null;
  const phrase = before.slice(before.length - m[0].length).trim();
  return { text: phrase, who: phrase, entity: fold(m[2]!) };
}

/** The family of a credited phrase ("la préfecture de police" → authorities), or null. */
export function counterFamily(who: string): string | null {
  const f = fold(who).replace(/-/g, ' ');
  for (const [family, re] of COUNTER_FAMILIES) if (re.test(f)) return family;
  return null;
}
