// Entity mentions (persons, organisations, places) in French and English, with within-document resolution:
// "Antony Blinken" … "M. Blinken" … "le secrétaire d'État" all get the key "antony-blinken".
import type { ExtractContext } from './context.ts';
import type { Mention } from '../types.ts';
import { analyse } from './entities/analyse.ts';

export { fold, foldKey } from './entities/tokens.ts';

/** Finds the entity mentions of a document, sorted by start. Keys are folded and stable across documents. */
export function findMentions(ctx: Omit<ExtractContext, 'mentions'>): Mention[] {
  // A loop, not map(): the extractors binary-search this array, and map() makes arrays of a V8 element kind
  // that depends on whether its caller was optimised (each new kind recompiled those readers).
  const out: Mention[] = [];
  for (const { start, end, text, type, key } of analyse(ctx).mentions) out.push({ start, end, text, type, key });
  return out;
}

/** The people a document mentions most, most frequent first (ties: first mentioned first). */
export function topPeople(mentions: Mention[], n = 5): { key: string; count: number }[] {
  const counts = new Map<string, { count: number; first: number }>();
  for (const m of mentions) {
    if (m.type !== 'person') continue;
    const c = counts.get(m.key);
    if (c) c.count++;
    else counts.set(m.key, { count: 1, first: m.start });
  }
  return [...counts.entries()]
    .sort((a, b) => b[1].count - a[1].count || a[1].first - b[1].first)
    .slice(0, n)
    .map(([key, c]) => ({ key, count: c.count }));
}
