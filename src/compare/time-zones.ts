// UTC offsets of places (rules/lexicon/timezones.json), so that "20:00 (local time)" in Beijing can be set against
// "9:00 GMT". Keys are the place keys of aliases.json; a place not listed has no known zone.
import { readPackageJson } from '../paths.ts';

let zones: Map<string, number[]> | null = null;

/** The possible UTC offsets (minutes: standard, and summer time where kept) of a place key, or null. */
export function placeOffsets(placeKey: string | null | undefined): number[] | null {
  if (!placeKey) return null;
  zones ??= new Map(
    Object.entries(readPackageJson<{ zones: Record<string, number[]> }>('rules', 'lexicon', 'timezones.json').zones).map(([k, hours]) => [k, hours.map((h) => Math.round(h * 60))]),
  );
  return zones.get(placeKey) ?? null;
}
