// Kind `interval`: durations, counts and money about one event, compared as hedged intervals.
// Strict intervals disjoint → contradiction; strict overlap but pragmatic disjoint → divergence; else corroboration.
// 1-D intervals intersect pairwise iff they share a common point, so the group verdict needs one sort, not all pairs.
import type { Claim, CountValue, DurationValue, Interval, MoneyValue, Verdict } from '../../types.ts';
import { defineKind, worse, type KindFinding, type KindValue } from '../kind.ts';
import { displayClaim } from '../display.ts';
import { hi, lo, overlaps } from '../intervals.ts';
import { counterFamily } from '../../extract/counters.ts';
import { fold } from '../../text/fold.ts';

export interface IntervalOptions {
  /** Relative gap tolerated between intervals before they count as disjoint (0.05 = 5 %). */
  tolerance: number;
  /** Count categories whose successive figures are provisional tolls, compared as updates. */
  updateCategories: string[];
  /**
   * Counts further apart than this factor are not the same figure misreported but figures of different scopes
   * (a city and the country): they are not compared. 0 turns the check off.
   */
  maxRatio: number;
  /** Decide pairwise (rather than by sorting bounds) when a group has at most this many values. */
  maxPairs: number;
}

const messages = {
  contradiction: '{{label}}: {{count}} sources give incompatible values ({{values}}).',
  divergence: '{{label}}: {{count}} sources give values that only agree at a stretch ({{values}}).',
  corroboration: '{{label}}: {{count}} sources agree ({{values}}).',
  attributed: '{{label}}: different counters give different figures ({{values}}); the gap is attributed, not an error.',
  update: '{{label}}: successive figures ({{values}}) read as updates of a provisional toll.',
  updateLower: '{{label}}: a later figure is lower than an earlier one ({{values}}).',
};

type Pair = { a: string; b: string; verdict: Verdict };

/** From a day on, a length describes a trip or a mission rather than a session. */
const LONG_DURATION_SECONDS = 20 * 3600;

/**
 * Who counted: only counts have counters (police vs unions); a credited duration is still one fact. Credits of
 * one family ("la préfecture", "la police") are one counter.
 */
function counter(c: Claim): string | null {
  if (c.kind !== 'count' || !c.attribution) return null;
  return counterFamily(`${c.attribution.who} ${c.attribution.entity ?? ''}`) ?? c.attribution.entity ?? fold(c.attribution.who);
}

function strictOf(c: Claim): Interval {
  return c.interval?.strict ?? [amount(c), amount(c)];
}
function pragmaticOf(c: Claim): Interval {
  return c.interval?.pragmatic ?? strictOf(c);
}
function amount(c: Claim): number {
  return (c.value as { amount: number }).amount;
}

/** Verdict between two claims' intervals. */
export function intervalVerdict(a: Claim, b: Claim, tolerance: number): Verdict {
  if (!overlaps(strictOf(a), strictOf(b), tolerance)) return 'contradiction';
  if (!overlaps(pragmaticOf(a), pragmaticOf(b), tolerance)) return 'divergence';
  // Two stated ranges ("entre 1,2 et 1,4 million" / "entre 1,1 et 1,4 million") give their bounds as facts: they
  // overlap, so neither is wrong for sure, but they are not the same figure.
  if (isRange(a) && isRange(b) && !sameBounds(strictOf(a), strictOf(b), tolerance)) return 'divergence';
  return 'corroboration';
}

function isRange(c: Claim): boolean {
  return c.hedge?.kind === 'range' && c.interval !== null;
}

function sameBounds(x: Interval, y: Interval, tolerance: number): boolean {
  const close = (p: number, q: number) => Math.abs(p - q) <= tolerance * Math.max(Math.abs(p), Math.abs(q));
  return close(lo(x), lo(y)) && close(hi(x), hi(y));
}

/** Whole-group verdict by sorting bounds: all intervals meet iff their common intersection is not empty. */
function groupVerdict(claims: Claim[], tolerance: number): Verdict {
  const meet = (get: (c: Claim) => Interval): boolean => {
    let l = Number.NEGATIVE_INFINITY;
    let h = Number.POSITIVE_INFINITY;
    for (const c of claims) {
      l = Math.max(l, lo(get(c)));
      h = Math.min(h, hi(get(c)));
    }
    return overlaps([l, l], [h, h], tolerance) || l <= h;
  };
  if (!meet(strictOf)) return 'contradiction';
  if (!meet(pragmaticOf)) return 'divergence';
  return 'corroboration';
}

function categoryOf(v: CountValue): string {
  return v.grade ? `${v.category} (${v.grade})` : v.category;
}

function isProvisional(c: Claim, o: IntervalOptions): boolean {
  return c.kind === 'count' && o.updateCategories.includes((c.value as CountValue).category);
}

export default defineKind<IntervalOptions>({
  meta: {
    name: 'interval',
    description: 'Compares durations, counts and money about one event as hedged intervals.',
    claimKinds: ['duration', 'count', 'money'],
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        tolerance: { type: 'number', minimum: 0, maximum: 1 },
        updateCategories: { type: 'array', items: { type: 'string' } },
        maxPairs: { type: 'integer', minimum: 2 },
        maxRatio: { type: 'number', minimum: 0 },
      },
    },
    defaultOptions: { tolerance: 0, updateCategories: ['dead', 'injured', 'missing', 'displaced', 'homeless', 'victims'], maxPairs: 40, maxRatio: 5 },
    messages,
  },
  groupKey(c) {
    if (!c.subject.event) return null;
    // A Paris count and a national count of one protest day are different facts: the scope is part of the key.
    const scope = c.subject.scope ?? '*';
    // "9 blessés graves" and "246 blessés légers" are two facts; an ungraded total is a third.
    if (c.kind === 'count') return `${c.subject.event}|count|${categoryOf(c.value as CountValue)}|${scope}`;
    if (c.kind === 'money') return `${c.subject.event}|money|${(c.value as MoneyValue).currency}|${scope}`;
    // A "two-day visit" and "35 minutes" with the host are not two readings of one length: lengths in days or
    // more describe trips and missions, lengths in hours or less describe sessions.
    const span = (c.value as DurationValue).amount >= LONG_DURATION_SECONDS ? 'long' : 'short';
    return `${c.subject.event}|${c.kind}|${span}`;
  },
  compare(group, o, ctx) {
    // Each claim's counter is read once: the pairs below ask for it again and again.
    const counters = new Map(group.map((c) => [c, counter(c)]));
    const counterOf = (c: Claim) => counters.get(c)!;
    // One value per (source, reading): a source repeating itself is one voice.
    const seen = new Set<string>();
    const claims = group.filter((c) => {
      const k = `${c.doc}|${displayClaim(c)}|${counterOf(c) ?? ''}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
    if (new Set(claims.map((c) => c.doc)).size < 2) return [];
    const values: KindValue[] = claims.map((claim) => ({ claim, display: displayClaim(claim) }));
    const first = claims[0]!;
    const what = first.kind === 'count' ? `count of ${categoryOf(first.value as CountValue)}` : first.kind;
    const scope = first.subject.scope ? ` in ${first.subject.scope}` : '';
    const label = `${what}${scope} — ${ctx.events.get(first.subject.event!)?.label ?? first.subject.event}`;

    // A source that gives several incompatible figures for one slot speaks of several things (a city and the
    // country, two counters): its figures can diverge from others but never prove a contradiction.
    const ambiguous = new Set<string>();
    const byDoc = new Map<string, Claim[]>();
    for (const c of claims) byDoc.set(c.doc, [...(byDoc.get(c.doc) ?? []), c]);
    for (const [doc, list] of byDoc) if (list.length > 1 && groupVerdict(list, o.tolerance) === 'contradiction') ambiguous.add(doc);

    // Pairwise verdicts, with counters, scales and provisional tolls taken into account.
    const pairVerdict = (a: Claim, b: Claim): Verdict | null => {
      if (a.kind === 'count' && o.maxRatio > 0) {
        const [x, y] = [Math.min(amount(a), amount(b)), Math.max(amount(a), amount(b))];
        if (x > 0 && y / x > o.maxRatio) return null;
      }
      let v = intervalVerdict(a, b, o.tolerance);
      if (v === 'corroboration') return v;
      if (v === 'contradiction' && (ambiguous.has(a.doc) || ambiguous.has(b.doc))) v = 'divergence';
      const ca = counterOf(a);
      const cb = counterOf(b);
      if (ca !== cb && (ca !== null || cb !== null)) return 'attributed';
      if (isProvisional(a, o) && isProvisional(b, o)) return 'update';
      return v;
    };
    let verdict: Verdict;
    let pairs: Pair[] | undefined;
    if (claims.length <= o.maxPairs) {
      pairs = [];
      verdict = 'corroboration';
      for (let i = 0; i < claims.length; i++)
        for (let j = i + 1; j < claims.length; j++) {
          if (claims[i]!.doc === claims[j]!.doc && claims.length > 2) continue;
          const v = pairVerdict(claims[i]!, claims[j]!);
          if (!v) continue;
          pairs.push({ a: claims[i]!.id, b: claims[j]!.id, verdict: v });
          verdict = worse(verdict, v);
        }
    } else {
      // Big stories: decide per counter partition by sorting bounds, never all pairs.
      const parts = new Map<string, Claim[]>();
      for (const c of claims) parts.set(counterOf(c) ?? '', [...(parts.get(counterOf(c) ?? '') ?? []), c]);
      verdict = 'corroboration';
      for (const part of parts.values()) {
        let v = groupVerdict(part, o.tolerance);
        if (v === 'contradiction' && part.some((c) => ambiguous.has(c.doc))) v = groupVerdict(part.filter((c) => !ambiguous.has(c.doc)), o.tolerance);
        if (v !== 'corroboration' && part.every((c) => isProvisional(c, o))) v = 'update';
        verdict = worse(verdict, v);
      }
      if (parts.size > 1 && groupVerdict(claims, o.tolerance) !== 'corroboration') verdict = worse(verdict, 'attributed');
    }
    if (pairs && pairs.length === 0) return [];
    const finding: KindFinding = {
      messageId: verdict,
      verdict,
      data: { label, count: new Set(claims.map((c) => c.doc)).size, values: values.map((v) => `${v.display} [${v.claim.doc}]`).join('; ') },
      values,
      label,
      ...(pairs ? { pairs } : {}),
    };
    return [finding];
  },
});
