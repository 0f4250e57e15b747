// The fact diff: pairs the claims of two versions and keeps only what changed. Pairing goes from the most to
// the least certain: claims in aligned sentences, then the same value anywhere (a moved or repeated fact is not a
// change), then the same subject (same person for a role, same speaker for a quote, the one quantity of its kind
// told about one event). What is left was added or removed.
import { displayClaim } from '../compare/display.ts';
import type { Claim } from '../types.ts';
import type { FactChange, FactSide, FactStatus } from './types.ts';
import { UNKEYED, labelOf, samePlace, sameValue, valueKey } from './values.ts';

export interface FactInput {
  claims: Claim[];
  /** Index of the sentence holding each claim (by claim id), -1 when none. */
  sentenceOf: Map<string, number>;
  /** Original offset where each sentence starts, for the position of a claim inside its sentence. */
  sentenceStart: number[];
}

const STATUS_ORDER: Record<FactStatus, number> = { changed: 0, added: 1, removed: 2 };

function side(c: Claim): FactSide {
  return { claim: c.id, display: displayClaim(c), start: c.evidence.start, end: c.evidence.end, text: c.evidence.text, sentence: c.evidence.sentence };
}

/** Compares the claims of A and B; `pairs` maps an A sentence index to its aligned B sentence. */
export function diffFacts(a: FactInput, b: FactInput, pairs: Map<number, number>): FactChange[] {
  const doneA = new Set<string>();
  const doneB = new Set<string>();
  const out: FactChange[] = [];
  const changed = (ca: Claim, cb: Claim, detail?: string) => {
    doneA.add(ca.id);
    doneB.add(cb.id);
    if (!sameValue(ca, cb)) out.push({ status: 'changed', kind: ca.kind, label: labelOf(ca), before: side(ca), after: side(cb), ...(detail ? { detail } : {}) });
  };
  const bySentence = (input: FactInput) => {
    const m = new Map<number, Claim[]>();
    for (const c of input.claims) {
      const s = input.sentenceOf.get(c.id) ?? -1;
      const list = m.get(s);
      if (list) list.push(c);
      else m.set(s, [c]);
    }
    return m;
  };
  const inA = bySentence(a);
  const inB = bySentence(b);

  // 1. Aligned sentences: equal values first, then pairs of one slot, nearest in the sentence first.
  for (const [i, j] of [...pairs].sort((x, y) => x[0] - y[0])) {
    const as = inA.get(i) ?? [];
    const bs = inB.get(j) ?? [];
    if (!as.length || !bs.length) continue;
    for (const ca of as) {
      const cb = bs.find((c) => !doneB.has(c.id) && sameValue(ca, c));
      if (cb) changed(ca, cb);
    }
    const offsetIn = (c: Claim, input: FactInput, s: number) => c.evidence.start - (input.sentenceStart[s] ?? 0);
    const candidates: { ca: Claim; cb: Claim; distance: number; detail?: string }[] = [];
    for (const ca of as) {
      if (doneA.has(ca.id)) continue;
      for (const cb of bs) {
        if (doneB.has(cb.id)) continue;
        const p = samePlace(ca, cb, false);
        if (p.ok) candidates.push({ ca, cb, distance: Math.abs(offsetIn(ca, a, i) - offsetIn(cb, b, j)), ...(p.detail ? { detail: p.detail } : {}) });
      }
    }
    candidates.sort((x, y) => x.distance - y.distance || x.ca.evidence.start - y.ca.evidence.start);
    for (const c of candidates) if (!doneA.has(c.ca.id) && !doneB.has(c.cb.id)) changed(c.ca, c.cb, c.detail);
  }

  // 2. The same value anywhere in the other version: the fact is still stated (moved, repeated, or re-split).
  // Keys make this linear for every kind but quotes and roles, whose sameness is not key equality.
  const stated = (claims: Claim[]) => new Set(claims.filter((c) => !UNKEYED.has(c.kind)).map((c) => `${c.kind}|${valueKey(c)}`));
  const keysA = stated(a.claims);
  const keysB = stated(b.claims);
  const unkeyedA = a.claims.filter((c) => UNKEYED.has(c.kind));
  const unkeyedB = b.claims.filter((c) => UNKEYED.has(c.kind));
  const still = (c: Claim, keys: Set<string>, scan: Claim[]) => (UNKEYED.has(c.kind) ? scan.some((q) => sameValue(c, q)) : keys.has(`${c.kind}|${valueKey(c)}`));
  for (const ca of a.claims) if (!doneA.has(ca.id) && still(ca, keysB, unkeyedB)) doneA.add(ca.id);
  for (const cb of b.claims) if (!doneB.has(cb.id) && still(cb, keysA, unkeyedA)) doneB.add(cb.id);

  // 3. Same subject: a role of one person, a quote of one speaker (one statement), or the single quantity of a
  // kind told about one event on each side.
  const leftA = () => a.claims.filter((c) => !doneA.has(c.id));
  const leftB = () => b.claims.filter((c) => !doneB.has(c.id));
  for (const ca of leftA()) {
    const cb = leftB().find((c) => samePlace(ca, c, true).ok);
    if (cb) changed(ca, cb, samePlace(ca, cb, true).detail);
  }
  const eventSlot = (c: Claim) => (c.subject.event && c.kind !== 'quote' && c.kind !== 'role' ? `${c.subject.event}|${c.kind}` : null);
  const groups = new Map<string, { a: Claim[]; b: Claim[] }>();
  for (const [list, key] of [
    [leftA(), 'a'],
    [leftB(), 'b'],
  ] as const) {
    for (const c of list) {
      const k = eventSlot(c);
      if (!k) continue;
      const g = groups.get(k) ?? { a: [], b: [] };
      g[key].push(c);
      groups.set(k, g);
    }
  }
  for (const g of groups.values()) {
    if (g.a.length !== 1 || g.b.length !== 1) continue;
    if (samePlace(g.a[0]!, g.b[0]!, false).ok) changed(g.a[0]!, g.b[0]!);
  }

  // 4. The rest.
  for (const ca of leftA()) out.push({ status: 'removed', kind: ca.kind, label: labelOf(ca), before: side(ca), after: null });
  for (const cb of leftB()) out.push({ status: 'added', kind: cb.kind, label: labelOf(cb), before: null, after: side(cb) });
  const pos = (f: FactChange) => (f.after ?? f.before)!.start;
  return out.sort((x, y) => STATUS_ORDER[x.status] - STATUS_ORDER[y.status] || pos(x) - pos(y) || (x.kind < y.kind ? -1 : x.kind > y.kind ? 1 : 0));
}
