// UTC offsets of places (rules/lexicon/timezones.json), so that "20:00 (local time)" in Beijing can be set against
// "9:00 GMT". A city not listed takes its country's offsets (the `country` of its aliases.json entry).
import { readPackageJson } from '../paths.ts';

let zones: Map<string, number[]> | null = null;

function load(): Map<string, number[]> {
  if (zones) return zones;
  const file = readPackageJson<{ zones: Record<string, number[]> }>('rules', 'lexicon', 'timezones.json');
  const aliases = readPackageJson<{ entries: { key: string; type: string; country?: string }[] }>('rules', 'lexicon', 'aliases.json');
  zones = new Map(Object.entries(file.zones).map(([k, hours]) => [k, hours.map((h) => Math.round(h * 60))]));
  for (const e of aliases.entries) {
    if (e.type !== 'place' || zones.has(e.key) || !e.country) continue;
    const country = zones.get(e.country);
    if (country) zones.set(e.key, country);
  }
  return zones;
}

/** The possible UTC offsets (minutes: standard, and summer time where kept) of a place key, or null. */
export function placeOffsets(placeKey: string | null | undefined): number[] | null {
  return placeKey ? (load().get(placeKey) ?? null) : null;
}
