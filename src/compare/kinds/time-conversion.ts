// Kind `time-conversion`: a source that gives one moment in two zones ("ended around 20:00 (local time, 9:00 GMT)")
// must give the same moment. With the UTC offset of the place the local time belongs to (rules/lexicon/
// timezones.json), the local time converted to UTC must meet the other one. A check inside one source.
import type { Claim, DateValue, PlaceValue, Verdict } from '../../types.ts';
import { placeOffsets } from '../time-zones.ts';
import { defineKind } from '../kind.ts';
import { isTime, tzOffset } from './date.ts';

export interface TimeConversionOptions {
  /** Slack (minutes) around a time written with "vers", "around". */
  approxMinutes: number;
  /** Longest text between the two times for them to be one statement ("(local time, " is 14). */
  maxGap: number;
}

const DAY = 24 * 60;
// How far (characters) before a local time the place it belongs to may be named.
const PLACE_WINDOW = 400;
// What may stand between the two readings of one moment: brackets, commas, "local time", "soit", "or".
const BETWEEN = /^[\s(),;:/=–-]*(?:(?:local time|heure locale|heure de paris|soit|or|i\.e\.|c'est-à-dire)[\s(),;:/=–-]*)?$/i;

/** Minutes since midnight of a claim's clock time. */
function clock(v: DateValue): number | null {
  const m = /T(\d{2}):(\d{2})/.exec(v.iso ?? '');
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/** A time whose zone is "local" (or a named place's time): the zone the place gives. */
function isLocal(v: DateValue): boolean {
  return v.tz !== null && tzOffset(v.tz) === null;
}

function hhmm(min: number): string {
  const m = ((min % DAY) + DAY) % DAY;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

function utcLabel(off: number): string {
  const h = off / 60;
  return `UTC${h >= 0 ? '+' : '−'}${Math.abs(h)}`;
}

/** The place a local time belongs to (key and name): of its sentence, else named shortly before, else its event's. */
function placeOf(local: Claim, places: Claim[], ctx: { events: Map<string, { place: string | null }> }): { key: string; name: string } | null {
  const same = places.filter((p) => p.evidence.sentence === local.evidence.sentence);
  const before = places.filter((p) => p.evidence.start < local.evidence.start && local.evidence.start - p.evidence.end <= PLACE_WINDOW);
  // The sentence's own place first, else the last place named shortly before ("met in Tokyo. The talks ended…").
  const pick = same.filter((p) => p.evidence.start < local.evidence.start).pop() ?? same[0] ?? before[before.length - 1];
  if (pick) return { key: (pick.value as PlaceValue).placeKey, name: (pick.value as PlaceValue).place };
  const key = local.subject.event ? (ctx.events.get(local.subject.event)?.place ?? null) : null;
  return key ? { key, name: key } : null;
}

export default defineKind<TimeConversionOptions>({
  meta: {
    name: 'time-conversion',
    description: 'Checks, inside one source, that a time given in local time and in another zone is one moment.',
    claimKinds: ['date', 'place'],
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: { approxMinutes: { type: 'integer', minimum: 0 }, maxGap: { type: 'integer', minimum: 0 } },
    },
    defaultOptions: { approxMinutes: 30, maxGap: 30 },
    messages: {
      contradiction: '{{label}}: {{local}} local time in {{place}} ({{zones}}) is {{expected}} UTC, but the source also says {{stated}}.',
      corroboration: '{{label}}: {{local}} local time in {{place}} and {{stated}} are the same moment.',
    },
  },
  compareSingleSource: true,
  groupKey(c) {
    if (c.kind === 'place') return c.doc;
    const v = c.value as DateValue;
    return isTime(v) && v.tz ? c.doc : null;
  },
  compare(group, o, ctx) {
    const times = group.filter((c) => c.kind === 'date').sort((a, b) => a.evidence.start - b.evidence.start);
    const places = group.filter((c) => c.kind === 'place').sort((a, b) => a.evidence.start - b.evidence.start);
    const text = ctx.docs.get(group[0]!.doc)?.original ?? '';
    const out = [];
    for (let i = 0; i + 1 < times.length; i++) {
      const [a, b] = [times[i]!, times[i + 1]!];
      const [va, vb] = [a.value as DateValue, b.value as DateValue];
      if (isLocal(va) === isLocal(vb)) continue;
      const gap = text.slice(a.evidence.end, b.evidence.start);
      if (gap.length > o.maxGap || !BETWEEN.test(gap)) continue;
      const [local, zoned] = isLocal(va) ? [a, b] : [b, a];
      const [vl, vz] = [local.value as DateValue, zoned.value as DateValue];
      const place = placeOf(local, places, ctx);
      const offsets = placeOffsets(place?.key);
      const [ml, mz, oz] = [clock(vl), clock(vz), tzOffset(vz.tz)];
      if (!offsets || ml === null || mz === null || oz === null) continue;
      const stated = mz - oz;
      const slack = local.hedge || zoned.hedge ? o.approxMinutes : 0;
      const fits = offsets.some((off) => {
        const d = (((ml - off - stated) % DAY) + DAY) % DAY;
        return d <= slack || DAY - d <= slack;
      });
      const verdict: Verdict = fits ? 'corroboration' : 'contradiction';
      const label = `time in two zones`;
      out.push({
        messageId: verdict,
        verdict,
        label,
        data: {
          label,
          local: hhmm(ml),
          place: place!.name,
          zones: offsets.map(utcLabel).join(' or '),
          expected: offsets.map((off) => hhmm(ml - off)).join(' or '),
          stated: `${hhmm(mz)} ${vz.tz}`,
        },
        values: [local, zoned].map((claim) => ({ claim, display: `${hhmm(clock(claim.value as DateValue)!)} ${(claim.value as DateValue).tz}` })),
        pairs: [{ a: local.id, b: zoned.id, verdict }],
      });
    }
    return out;
  },
});
