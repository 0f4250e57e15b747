// Kind `attribute`: single-valued facts about a person or an event (a title, a place), scoped in time.
// Titles are compared only between claims whose dates overlap: a title held in 2024 does not contradict another
// held in 2023. Equivalent titles agree; a person may hold several titles at once, so different titles are at
// most a divergence, and only "former X" against "X" at the same time is a contradiction.
import { rangesOverlap, addDays, parsePartialIso } from '../../extract/calendar.ts';
import type { PlaceValue, RoleValue, Verdict } from '../../types.ts';
import { firstPerReading } from '../display.ts';
import { defineKind } from '../kind.ts';
import { judgePairs, pairFinding } from '../pairwise.ts';
import { titleRelation } from '../../extract/role.ts';

export interface AttributeOptions {
  /** Days of slack around each claim's date when deciding that two claims speak of the same time. */
  scopeDays: number;
  /** Report different, non-equivalent titles held at the same time as a divergence. */
  reportDifferentTitles: boolean;
}

const FORMER = new Set(['former', 'ancien', 'ex', 'ancienne', 'outgoing-former']);

function isFormer(v: RoleValue): boolean {
  return !!v.qualifier && FORMER.has(v.qualifier.toLowerCase());
}

/** True when both claims are dated and their dates (± slack) overlap. */
function sameTime(a: string | null, b: string | null, slack: number): boolean {
  if (!a || !b || !parsePartialIso(a) || !parsePartialIso(b)) return false;
  const widen = (iso: string): [string, string] => {
    if (iso.length < 10) return [iso, iso];
    return [addDays(iso, -slack), addDays(iso, slack)];
  };
  return rangesOverlap(widen(a), widen(b));
}

function roleVerdict(a: RoleValue, b: RoleValue, o: AttributeOptions, timedOf: (a: string | null, b: string | null) => boolean): Verdict | null {
  const relation = a.titleKey === b.titleKey ? 'same' : titleRelation(a.titleKey, b.titleKey);
  const timed = timedOf(a.asOf, b.asOf);
  const formerA = isFormer(a);
  const formerB = isFormer(b);
  if (relation === 'different') {
    // "ancien ambassadeur" says nothing against "ministre": a past office never conflicts with a present one.
    if (formerA || formerB || !timed || !o.reportDifferentTitles) return null;
    return 'divergence';
  }
  if (formerA !== formerB) {
    // "ancien ministre X" against "ministre X" at the same time; a broader title ("top diplomat") does not say
    // which office is held now.
    return timed && (relation === 'same' || relation === 'equivalent') ? 'contradiction' : null;
  }
  return 'corroboration';
}

export default defineKind<AttributeOptions>({
  meta: {
    name: 'attribute',
    description: "Compares single-valued facts (a person's title, an event's place), only between claims about the same time.",
    claimKinds: ['role', 'place'],
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: { scopeDays: { type: 'integer', minimum: 0 }, reportDifferentTitles: { type: 'boolean' } },
    },
    defaultOptions: { scopeDays: 45, reportDifferentTitles: true },
    messages: {
      contradiction: '{{label}}: at the same time, one source says "{{a}}" and another "{{b}}".',
      divergence: '{{label}}: sources give different titles at the same time ("{{a}}", "{{b}}").',
      corroboration: '{{label}}: {{count}} sources agree ({{values}}).',
    },
  },
  groupKey(c) {
    if (c.kind === 'role') return `role|${(c.value as RoleValue).person}`;
    return c.subject.event ? `place|${c.subject.event}` : null;
  },
  compare(group, o) {
    const claims = firstPerReading(group);
    if (new Set(claims.map((c) => c.doc)).size < 2) return [];
    // A person's claims carry few distinct dates (their articles' days): each pair of dates is compared once.
    const timed = new Map<string, boolean>();
    const timedOf = (x: string | null, y: string | null) => {
      const key = `${x}\u0000${y}`;
      let t = timed.get(key);
      if (t === undefined) timed.set(key, (t = sameTime(x, y, o.scopeDays)));
      return t;
    };
    const judged = judgePairs(claims, (a, b) => {
      if (a.kind === 'role') return roleVerdict(a.value as RoleValue, b.value as RoleValue, o, timedOf);
      // Places only corroborate: a venue and a city, or two venue descriptions, are rarely exclusive.
      return (a.value as PlaceValue).placeKey === (b.value as PlaceValue).placeKey ? 'corroboration' : null;
    });
    if (!judged) return [];
    const first = judged.involved[0]!;
    const label = first.kind === 'role' ? `title of ${(first.value as RoleValue).personText}` : `place of the event`;
    return [pairFinding(judged, label)];
  },
});
