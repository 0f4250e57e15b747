// Kind `date`: the same event's date or time, compared at the granularity both sources give.
// "dimanche 18 juin" against "lundi 18 juin" is a contradiction; "en juin" against "le 18 juin" is compatible.
// Times are compared only when both sources give a clock time with a time zone (or both say local time).
import { minuteRange, rangesOverlap, weekdayOf } from '../../extract/calendar.ts';
import type { Claim, DateValue, Verdict } from '../../types.ts';
import { weekdayKey } from '../../align/events.ts';
import { displayClaim } from '../display.ts';
import { defineKind, worse } from '../kind.ts';

export interface DateOptions {
  /** Minutes of slack for "vers 20 h" / "around 8 pm". */
  approxMinutes: number;
  /** Compare clock times (hour/minute granularity). */
  compareTimes: boolean;
}

const TZ_OFFSETS: Record<string, number> = { gmt: 0, utc: 0, z: 0, cet: 60, cest: 120, edt: -240, est: -300, pdt: -420, pst: -480, bst: 60 };

/** Offset from UTC in minutes for a stated zone, or null when unknown ("local", "heure locale"). */
export function tzOffset(tz: string | null | undefined): number | null {
  if (!tz) return null;
  const t = tz.toLowerCase().replace(/\s+/g, '');
  if (t in TZ_OFFSETS) return TZ_OFFSETS[t]!;
  const m = /^(?:utc|gmt)([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(t);
  if (m) return (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3] ?? 0));
  return null;
}

/** A clock time rather than a day. */
export function isTime(v: DateValue): boolean {
  return v.granularity === 'hour' || v.granularity === 'minute';
}

/** Minute range of a claim, widened by its hedge, in UTC when the zone is known. */
function timeRange(c: Claim, o: DateOptions, localOffset: number | null): [number, number] | null {
  const v = c.value as DateValue;
  if (!v.iso) return null;
  const r = minuteRange(v.iso, v.isoEnd);
  if (!r) return null;
  const off = tzOffset(v.tz) ?? localOffset;
  if (off === null) return null;
  let [a, b] = [r[0] - off, r[1] - off];
  const h = c.hedge?.kind;
  if (h === 'approx' || h === 'nearly') [a, b] = [a - o.approxMinutes, b + o.approxMinutes];
  else if (h === 'more' || h === 'at-least') b = Number.POSITIVE_INFINITY;
  else if (h === 'less' || h === 'at-most') a = Number.NEGATIVE_INFINITY;
  return [a, b];
}

/** "MM-DD" of a single day, resolved or not. */
function monthDayOf(v: DateValue): string | null {
  if (v.monthDay) return v.monthDay;
  return v.iso && v.iso.length >= 10 && (!v.isoEnd || v.isoEnd.slice(0, 10) === v.iso.slice(0, 10)) ? v.iso.slice(5, 10) : null;
}

function dayVerdict(a: Claim, b: Claim): Verdict | null {
  const va = a.value as DateValue;
  const vb = b.value as DateValue;
  // A weekday that does not fit the other source's date (or its own) is a contradiction.
  const wa = weekdayKey(va.weekday);
  const wb = weekdayKey(vb.weekday);
  if (va.iso && vb.iso && va.iso.length >= 10 && vb.iso.length >= 10 && va.iso.slice(0, 10) === vb.iso.slice(0, 10) && wa !== null && wb !== null && wa !== wb) return 'contradiction';
  if (va.iso && vb.iso) return rangesOverlap([va.iso, va.isoEnd ?? null], [vb.iso, vb.isoEnd ?? null]) ? 'corroboration' : 'contradiction';
  // A day written without a year ("du 7 mars" in an undated article) still has a month and a day to compare.
  const da = monthDayOf(va);
  const db = monthDayOf(vb);
  if (da && db) return da === db ? 'corroboration' : 'contradiction';
  if (wa !== null && wb !== null) return wa === wb ? 'corroboration' : 'contradiction';
  if (wa !== null && vb.iso && vb.iso.length >= 10) return String(weekdayOf(vb.iso)) === wa ? 'corroboration' : 'contradiction';
  if (wb !== null && va.iso && va.iso.length >= 10) return String(weekdayOf(va.iso)) === wb ? 'corroboration' : 'contradiction';
  return null;
}

export default defineKind<DateOptions>({
  meta: {
    name: 'date',
    description: "Compares the date or time one event took place, at the granularity both sources give, converting stated time zones.",
    claimKinds: ['date'],
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: { approxMinutes: { type: 'integer', minimum: 0 }, compareTimes: { type: 'boolean' } },
    },
    defaultOptions: { approxMinutes: 30, compareTimes: true },
    messages: {
      contradiction: '{{label}}: sources date it differently ({{values}}).',
      corroboration: '{{label}}: {{count}} sources agree on the date ({{values}}).',
      timeContradiction: '{{label}}: the stated times cannot be the same moment ({{values}}).',
    },
  },
  groupKey(c) {
    return c.subject.event ? `${c.subject.event}|${isTime(c.value as DateValue) ? 'time' : 'day'}` : null;
  },
  compare(group, o, ctx) {
    const seen = new Set<string>();
    const claims = group.filter((c) => {
      const k = `${c.doc}|${displayClaim(c)}`;
      const v = c.value as DateValue;
      if (seen.has(k) || (!v.iso && !v.weekday && !v.monthDay)) return false;
      seen.add(k);
      return true;
    });
    if (claims.length < 2 || new Set(claims.map((c) => c.doc)).size < 2) return [];
    const times = isTime(claims[0]!.value as DateValue);
    if (times && !o.compareTimes) return [];
    const pairs: { a: string; b: string; verdict: Verdict }[] = [];
    let verdict: Verdict = 'corroboration';
    for (let i = 0; i < claims.length && i < 12; i++)
      for (let j = i + 1; j < claims.length && j < 12; j++) {
        const a = claims[i]!;
        const b = claims[j]!;
        if (a.doc === b.doc) continue;
        let v: Verdict | null;
        if (times) {
          // "local time" means the same zone in both sources; otherwise both zones must be stated.
          const ra = timeRange(a, o, null) ?? timeRange(a, o, 0);
          const rb = timeRange(b, o, null) ?? timeRange(b, o, 0);
          const zoned = (c: Claim) => tzOffset((c.value as DateValue).tz) !== null;
          const bothZoned = zoned(a) && zoned(b);
          const bothLocal = !zoned(a) && !zoned(b);
          v = ra && rb && (bothZoned || bothLocal) ? (ra[0] <= rb[1] && rb[0] <= ra[1] ? 'corroboration' : 'divergence') : null;
        } else v = dayVerdict(a, b);
        if (!v) continue;
        pairs.push({ a: a.id, b: b.id, verdict: v });
        verdict = worse(verdict, v);
      }
    if (pairs.length === 0) return [];
    const values = claims.map((claim) => ({ claim, display: displayClaim(claim) }));
    const label = `date of ${ctx.events.get(claims[0]!.subject.event!)?.label ?? claims[0]!.subject.event}`;
    const messageId = verdict === 'corroboration' ? 'corroboration' : times ? 'timeContradiction' : 'contradiction';
    return [
      {
        messageId,
        verdict,
        label,
        data: { label, count: new Set(claims.map((c) => c.doc)).size, values: values.map((v) => `${v.display} [${v.claim.doc}]`).join('; ') },
        values,
        pairs,
      },
    ];
  },
});
