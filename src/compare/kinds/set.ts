// Kind `set`: who took part in one event, as each source lists it. An omission is not a contradiction (a short
// article names fewer people); a member that one source adds while another lists the others without it is a
// divergence, and a swapped member (same count, different person) a contradiction.
import type { MeetingValue, Verdict } from '../../types.ts';
import { defineKind } from '../kind.ts';

export interface SetOptions {
  /** Only compare sources that name at least this many members. */
  minMembers: number;
}

export default defineKind<SetOptions>({
  meta: {
    name: 'set',
    description: 'Compares the participants of one event across sources: omissions are fine, added or swapped members are not.',
    claimKinds: ['meeting'],
    optionsSchema: { type: 'object', additionalProperties: false, properties: { minMembers: { type: 'integer', minimum: 1 } } },
    defaultOptions: { minMembers: 2 },
    messages: {
      swapped: '{{label}}: sources name different participants ({{a}} against {{b}}).',
      added: '{{label}}: {{source}} adds {{extra}} to the participants the others name.',
      corroboration: '{{label}}: {{count}} sources name the same participants.',
    },
  },
  groupKey(c) {
    return c.subject.event ? `set|${c.subject.event}` : null;
  },
  compare(group, o, ctx) {
    // One set per source: the union of what it says about the event.
    const bySource = new Map<string, Set<string>>();
    for (const c of group) {
      const s = bySource.get(c.doc) ?? new Set<string>();
      for (const p of (c.value as MeetingValue).participants) s.add(p);
      bySource.set(c.doc, s);
    }
    const sources = [...bySource].filter(([, s]) => s.size >= o.minMembers).sort(([a], [b]) => a.localeCompare(b));
    if (sources.length < 2) return [];
    const label = `participants of ${ctx.events.get(group[0]!.subject.event!)?.label ?? group[0]!.subject.event}`;
    let verdict: Verdict = 'corroboration';
    let messageId = 'corroboration';
    const data: Record<string, string | number> = { label, count: sources.length };
    for (let i = 0; i < sources.length; i++)
      for (let j = i + 1; j < sources.length; j++) {
        const [da, a] = sources[i]!;
        const [db, b] = sources[j]!;
        const onlyA = [...a].filter((x) => !b.has(x));
        const onlyB = [...b].filter((x) => !a.has(x));
        if (onlyA.length && onlyB.length && a.size === b.size) {
          verdict = 'contradiction';
          messageId = 'swapped';
          Object.assign(data, { a: onlyA.join(', '), b: onlyB.join(', ') });
        } else if ((onlyA.length || onlyB.length) && verdict === 'corroboration' && Math.min(a.size, b.size) >= 3) {
          verdict = 'divergence';
          messageId = 'added';
          Object.assign(data, { source: onlyA.length ? da : db, extra: (onlyA.length ? onlyA : onlyB).join(', ') });
        }
      }
    const keep = new Set(sources.map(([d]) => d));
    const values = group.filter((c) => keep.has(c.doc)).map((claim) => ({ claim, display: (claim.value as MeetingValue).participants.join(', ') }));
    return [{ messageId, verdict, label, data, values }];
  },
});
