// Kind `grade`: one precise figure given different degrees. "246 blessés grièvement" in one source and "246 blessés
// légers" in another name the same group of people (a figure like 246 does not repeat by chance), so their grades
// must agree. Round or small figures are left alone: "10 blessés graves" and "10 blessés légers" may be two groups.
import type { Claim, CountValue, Verdict } from '../../types.ts';
import { displayClaim } from '../display.ts';
import { defineKind, worse } from '../kind.ts';

export interface GradeOptions {
  /** Smallest figure compared: small numbers coincide too easily. */
  minAmount: number;
  /** Figures that are multiples of this are round, so they may be two different groups. */
  roundStep: number;
  /** Grades that may describe the same people ("critical" patients are also "serious" ones), as groups. */
  compatible: string[][];
}

function gradeOf(c: Claim): string {
  return (c.value as CountValue).grade ?? '';
}

function pairVerdict(a: string, b: string, o: GradeOptions): Verdict {
  if (a === b || o.compatible.some((g) => g.includes(a) && g.includes(b))) return 'corroboration';
  return 'contradiction';
}

export default defineKind<GradeOptions>({
  meta: {
    name: 'grade',
    description: 'Compares the degree (serious, light…) that sources give to the same precise figure of one event.',
    claimKinds: ['count'],
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        minAmount: { type: 'number', minimum: 0 },
        roundStep: { type: 'integer', minimum: 1 },
        compatible: { type: 'array', items: { type: 'array', items: { type: 'string' } } },
      },
    },
    defaultOptions: { minAmount: 20, roundStep: 10, compatible: [['critical', 'serious']] },
    messages: {
      contradiction: '{{label}}: the same figure is "{{a}}" in one source and "{{b}}" in another.',
      corroboration: '{{label}}: {{count}} sources give the same degree ({{values}}).',
    },
  },
  groupKey(c, o) {
    const v = c.value as CountValue;
    if (!c.subject.event || !v.grade || c.hedge) return null;
    if (v.amount < o.minAmount || !Number.isInteger(v.amount) || v.amount % o.roundStep === 0) return null;
    return `${c.subject.event}|grade|${v.category}|${v.amount}`;
  },
  compare(group, o) {
    if (new Set(group.map((c) => c.doc)).size < 2) return [];
    const pairs: { a: string; b: string; verdict: Verdict }[] = [];
    let verdict: Verdict = 'corroboration';
    let worst: [Claim, Claim] = [group[0]!, group[1]!];
    for (let i = 0; i < group.length; i++)
      for (let j = i + 1; j < group.length; j++) {
        const a = group[i]!;
        const b = group[j]!;
        if (a.doc === b.doc) continue;
        const v = pairVerdict(gradeOf(a), gradeOf(b), o);
        pairs.push({ a: a.id, b: b.id, verdict: v });
        if (worse(verdict, v) !== verdict) worst = [a, b];
        verdict = worse(verdict, v);
      }
    const first = group[0]!.value as CountValue;
    const label = `degree of the ${first.amount} ${first.category}`;
    const values = group.map((claim) => ({ claim, display: `${displayClaim(claim)} (${gradeOf(claim)})` }));
    return [
      {
        messageId: verdict,
        verdict,
        label,
        data: {
          label,
          count: new Set(group.map((c) => c.doc)).size,
          a: gradeOf(worst[0]),
          b: gradeOf(worst[1]),
          values: values.map((v) => `${v.display} [${v.claim.doc}]`).join('; '),
        },
        values,
        pairs,
        keyPair: [worst[0].id, worst[1].id],
      },
    ];
  },
});
