// Cross-document entity resolution: maps every mention key to one canonical key per real-world entity.
// Same key, then typos in full names ("Qing Gang" → qin-gang), initials ("W. Yi" → wang-yi), surnames
// ("Blinken" → antony-blinken). Aliases (Pékin/Beijing) are already resolved to one key by findMentions.
import type { EntityType, Mention } from '../types.ts';
import { editDistance, similarity } from './similarity.ts';

/** Minimum normalised similarity for two full names to be the same person (tuned on the dev set). */
export const NAME_SIMILARITY = 0.75;

interface KeyStat {
  key: string;
  type: EntityType;
  count: number;
  docs: Set<string>;
  parts: string[];
  /** count + 10 × documents: how established a spelling is. */
  weight: number;
}

/** Maps each mention key to the canonical key of its cluster (itself when nothing merges). */
export function unifyEntities(mentionsByDoc: Map<string, Mention[]>): Map<string, string> {
  const stats = new Map<string, KeyStat & { types: Map<EntityType, number> }>();
  for (const [doc, mentions] of mentionsByDoc) {
    for (const m of mentions) {
      let st = stats.get(m.key);
      if (!st) {
        st = { key: m.key, type: m.type, count: 0, docs: new Set(), parts: m.key.split('-'), weight: 0, types: new Map() };
        stats.set(m.key, st);
      }
      st.count++;
      st.docs.add(doc);
      st.types.set(m.type, (st.types.get(m.type) ?? 0) + 1);
    }
  }
  for (const st of stats.values()) {
    st.type = [...st.types.entries()].sort((a, b) => b[1] - a[1])[0]![0];
    st.weight = st.count + 10 * st.docs.size;
  }

  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let r = k;
    while (parent.has(r)) r = parent.get(r)!;
    return r;
  };
  const weight = (k: string) => stats.get(k)!.weight;
  const union = (from: string, to: string) => {
    const a = find(from);
    const b = find(to);
    if (a !== b) parent.set(a, b);
  };

  const people = [...stats.values()].filter((s) => s.type === 'person');
  const full = people.filter((s) => s.parts.length >= 2 && s.parts[0]!.length > 1);

  // 1. Typos between full names: the rarer spelling joins the frequent one when it is the only candidate.
  // Two close spellings that never appear in one article ("Anthony Blinken" in one, "Antony Blinken" in the other)
  // are one person too: a writer who names two people keeps them apart in one text. Ties go to the more used
  // spelling, then to the first key in order, so that the choice is deterministic.
  // Reads the smaller set: a name that thousands of articles use would otherwise be copied into an array at
  // each check.
  const apart = (x: KeyStat, y: KeyStat) => {
    const [small, large] = x.docs.size <= y.docs.size ? [x.docs, y.docs] : [y.docs, x.docs];
    for (const d of small) if (large.has(d)) return false;
    return true;
  };
  // Two spellings of one name share a part at the same place (namesClose requires it): index full names by
  // (length, position, part) so that each name meets only those candidates, never every other name.
  const byPart = new Map<string, KeyStat[]>();
  for (const x of full)
    x.parts.forEach((part, i) => {
      const k = `${x.parts.length}:${i}:${part}`;
      const list = byPart.get(k);
      if (list) list.push(x);
      else byPart.set(k, [x]);
    });
  // Either way only a spelling used at least as much takes a name in: heaviest first, each name reads its lists
  // only down to its own weight.
  for (const list of byPart.values()) list.sort((x, y) => y.weight - x.weight);
  for (const a of full) {
    const wa = a.weight;
    // Only a single candidate counts: stop at the second.
    const cands = new Set<KeyStat>();
    for (let i = 0; i < a.parts.length && cands.size < 2; i++) {
      for (const b of byPart.get(`${a.parts.length}:${i}:${a.parts[i]}`) ?? []) {
        const wb = b.weight;
        if (wb < wa) break;
        if (b === a || cands.has(b) || !namesClose(a.parts, b.parts)) continue;
        if (wb >= 2 * wa || (apart(a, b) && (wb > wa || b.key < a.key))) cands.add(b);
        if (cands.size === 2) break;
      }
    }
    if (cands.size === 1) union(a.key, [...cands][0]!.key);
  }
  // Full names by everything after the given name, by their last part, and (two-part names) by their first part.
  const group = (f: (x: KeyStat) => string | null) => {
    const m = new Map<string, KeyStat[]>();
    for (const x of full) {
      const k = f(x);
      if (k !== null) (m.get(k) ?? m.set(k, []).get(k)!).push(x);
    }
    return m;
  };
  const byRest = group((x) => x.parts.slice(1).join('-'));
  const byLast = group((x) => x.parts.at(-1)!);
  const byFirstOfTwo = group((x) => (x.parts.length === 2 ? x.parts[0]! : null));
  // 2. Initials: "w-yi" → the only full name "w…-yi".
  for (const a of people) {
    if (a.parts.length < 2 || a.parts[0]!.length !== 1) continue;
    const rest = a.parts.slice(1).join('-');
    const roots = new Set((byRest.get(rest) ?? []).filter((b) => b.parts[0]!.startsWith(a.parts[0]!)).map((b) => find(b.key)));
    if (roots.size === 1) union(a.key, [...roots][0]!);
  }
  // 3. Surnames: "blinken" → the only full name ending (or, for two-part names, starting) with it.
  for (const a of people) {
    if (a.parts.length !== 1) continue;
    const w = a.parts[0]!;
    let roots = new Set((byLast.get(w) ?? []).map((b) => find(b.key)));
    if (roots.size === 0) roots = new Set((byFirstOfTwo.get(w) ?? []).map((b) => find(b.key)));
    if (roots.size === 1) union(a.key, [...roots][0]!);
  }

  // Canonical key of a cluster: its most used full name.
  const clusters = new Map<string, string[]>();
  for (const k of stats.keys()) {
    const r = find(k);
    (clusters.get(r) ?? clusters.set(r, []).get(r)!).push(k);
  }
  const out = new Map<string, string>();
  for (const members of clusters.values()) {
    const best = [...members].sort(
      (x, y) =>
        Number(stats.get(y)!.parts.length >= 2) - Number(stats.get(x)!.parts.length >= 2) ||
        Number(stats.get(y)!.parts[0]!.length > 1) - Number(stats.get(x)!.parts[0]!.length > 1) ||
        weight(y) - weight(x) ||
        (x < y ? -1 : 1),
    )[0]!;
    for (const k of members) out.set(k, best);
  }
  return out;
}

/**
 * Two full names are spellings of one name: same number of parts, at least one part identical, each other part
 * a small edit away, and similar overall. "Wang Yi" / "Wang Wenbin" and "Joe Biden" / "Hunter Biden" are not.
 */
export function namesClose(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  let same = 0;
  let sameLen = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) {
      same++;
      sameLen += a[i]!.length;
    }
  }
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    // A short form of the given name: "Matt" / "Matthew".
    if (i === 0 && a.length >= 2 && x.length >= 3 && y.length >= 3 && (x.startsWith(y) || y.startsWith(x))) continue;
    const d = editDistance(x, y, 2);
    // Two edits only when the shared part carries the identity ("Chi Jinping" / "Xi Jinping").
    const allowed = Math.min(x.length, y.length) <= 3 && sameLen < 5 ? 1 : 2;
    if (d > allowed) return false;
  }
  if (same === 0 || same === a.length) return same === a.length;
  return similarity(a.join(' '), b.join(' ')) >= NAME_SIMILARITY || a.some((x, i) => x !== b[i] && (x.startsWith(b[i]!) || b[i]!.startsWith(x)));
}
