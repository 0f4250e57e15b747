// Kind `first-since`: "the first … since October 2018", "in five years", "since 2019", compared as intervals of
// reference dates. Claims about the same kind of first (same form, same thing) in one story are grouped; a
// disagreement is a contradiction only inside one event, a divergence across events.
import { rangesOverlap, addMonths } from '../../extract/calendar.ts';
import type { FirstSinceValue, Verdict } from '../../types.ts';
import { fold } from '../../text/fold.ts';
import { displayClaim, firstPerReading } from '../display.ts';
import { defineKind, worse } from '../kind.ts';

export interface FirstSinceOptions {
  /** Months of slack on each side of a reference interval. */
  slackMonths: number;
  /** Words that name the same thing in French and English ("visite" = "visit"), folded, as groups. */
  synonyms: string[][];
  /** Forms that state the same kind of record, folded: a family name → words found in the form. */
  formFamilies: Record<string, string[]>;
}

/** "le plus violent", "most intense", "worst" are one superlative of intensity; "first" and "highest" stay apart. */
function formFamily(form: string, o: FirstSinceOptions): string {
  const f = fold(form);
  for (const [family, words] of Object.entries(o.formFamilies)) if (words.some((w) => f === w || f.endsWith(` ${w}`) || f.startsWith(`${w} `))) return family;
  return f;
}

function whatKey(v: FirstSinceValue, synonyms: string[][]): string {
  const w = fold(v.what).split(/[^a-z0-9]+/).filter(Boolean);
  for (const group of synonyms) if (w.some((x) => group.includes(x))) return group[0]!;
  return w[w.length - 1] ?? '';
}

/** First and last month index (year × 12 + month − 1) that a partial ISO date covers. */
function monthSpan(iso: string | null): [number, number] | null {
  if (!iso) return null;
  const m = /^(-?\d{4})(?:-(\d{2}))?/.exec(iso);
  if (!m) return null;
  const y = Number(m[1]) * 12;
  return m[2] ? [y + Number(m[2]) - 1, y + Number(m[2]) - 1] : [y, y + 11];
}

/** How many months back the reference lies, [least, most], from the claim's own gap or its dates. */
function gapRange(v: FirstSinceValue): [number, number] | null {
  if (v.gapMonths) return [v.gapMonths[1] ?? 0, v.gapMonths[0] ?? Number.POSITIVE_INFINITY];
  const anchor = monthSpan(v.anchor ?? null);
  const from = monthSpan(v.reference[0]);
  const to = monthSpan(v.reference[1] ?? v.reference[0]);
  if (!anchor || !from || !to) return null;
  return [anchor[0] - to[1], anchor[1] - from[0]];
}

/** Verdict of two claims: by reference dates when both have them, else by the gaps they imply. */
function pairVerdict(a: FirstSinceValue, b: FirstSinceValue, slack: number): Verdict | null {
  const ra = widen(a.reference, slack);
  const rb = widen(b.reference, slack);
  if (ra && rb) return rangesOverlap(ra, rb) ? 'corroboration' : 'contradiction';
  const ga = gapRange(a);
  const gb = gapRange(b);
  if (!ga || !gb) return null;
  return ga[0] - slack <= gb[1] + slack && gb[0] - slack <= ga[1] + slack ? 'corroboration' : 'contradiction';
}

function widen(ref: [string | null, string | null], months: number): [string, string] | null {
  const [a, b] = ref;
  if (!a && !b) return null;
  const from = a ?? b!;
  const to = b ?? a!;
  return [addMonths(from.length === 4 ? `${from}-01` : from.slice(0, 7), -months), addMonths(to.length === 4 ? `${to}-12` : to.slice(0, 7), months)];
}

export default defineKind<FirstSinceOptions>({
  meta: {
    name: 'first-since',
    description: '"First since" and superlative claims, compared as intervals of the reference dates they imply.',
    claimKinds: ['first-since'],
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        slackMonths: { type: 'integer', minimum: 0 },
        synonyms: { type: 'array', items: { type: 'array', items: { type: 'string' } } },
        formFamilies: { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } },
      },
    },
    defaultOptions: {
      slackMonths: 3,
      synonyms: [
        ['visit', 'visite', 'voyage', 'trip', 'deplacement', 'displacement', 'deplacements'],
        ['meeting', 'rencontre', 'reunion', 'talks', 'entretien'],
        ['cyclone', 'hurricane', 'ouragan', 'typhoon', 'tempete', 'storm'],
        ['earthquake', 'seisme', 'quake', 'tremblement'],
      ],
      formFamilies: {
        first: ['first', 'premier', 'premiere', 'last-time'],
        intensity: ['violent', 'intense', 'destructive', 'destructeur', 'powerful', 'puissant', 'strong', 'fort', 'worst', 'pire', 'deadliest', 'meurtrier', 'severe', 'grave', 'unprecedented', 'inedit'],
        highest: ['highest', 'haut', 'senior', 'highest-ranking'],
        lowest: ['lowest', 'bas'],
      },
    },
    messages: {
      contradiction: '{{label}}: the sources imply different reference dates ({{values}}).',
      divergence: '{{label}}: the sources imply different reference dates ({{values}}), about possibly different events.',
      corroboration: '{{label}}: {{count}} sources agree ({{values}}).',
    },
  },
  groupKey(c, o) {
    const v = c.value as FirstSinceValue;
    if (!v.reference[0] && !v.reference[1] && !v.gapMonths) return null;
    // Without a noun of its own ("Chido est le plus intense depuis…"), the claim is about its event's kind of thing.
    const what = whatKey(v, o.synonyms) || whatKey({ ...v, what: c.subject.event?.split(':')[0] ?? '' }, o.synonyms);
    return `first-since|${formFamily(v.form, o)}|${what}`;
  },
  compare(group, o, ctx) {
    const claims = firstPerReading(group);
    if (new Set(claims.map((c) => c.doc)).size < 2) return [];
    const pairs: { a: string; b: string; verdict: Verdict }[] = [];
    let verdict: Verdict = 'corroboration';
    for (let i = 0; i < claims.length && i < 15; i++)
      for (let j = i + 1; j < claims.length && j < 15; j++) {
        const a = claims[i]!;
        const b = claims[j]!;
        if (a.doc === b.doc) continue;
        const pv = pairVerdict(a.value as FirstSinceValue, b.value as FirstSinceValue, o.slackMonths);
        if (!pv) continue;
        let v: Verdict = pv;
        if (v === 'contradiction' && (a.subject.event === null || a.subject.event !== b.subject.event)) v = 'divergence';
        pairs.push({ a: a.id, b: b.id, verdict: v });
        verdict = worse(verdict, v);
      }
    if (!pairs.length) return [];
    const involved = claims.filter((c) => pairs.some((p) => p.a === c.id || p.b === c.id));
    const first = involved[0]!;
    const v0 = first.value as FirstSinceValue;
    const event = first.subject.event ? ctx.events.get(first.subject.event)?.label : null;
    const label = `${v0.form} ${v0.what} since${event ? ` — ${event}` : ''}`;
    const values = involved.map((claim) => ({ claim, display: displayClaim(claim) }));
    return [
      {
        messageId: verdict,
        verdict,
        label,
        data: { label, count: new Set(involved.map((c) => c.doc)).size, values: values.map((x) => `${x.display} [${x.claim.doc}]`).join('; ') },
        values,
        pairs,
      },
    ];
  },
});
