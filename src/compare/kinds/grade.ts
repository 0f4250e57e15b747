// Kind `grade`: one precise figure given different degrees. "246 blessés grièvement" in one source and "246 blessés
// légers" in another name the same group of people (a figure like 246 does not repeat by chance), so their grades
// must agree. Round or small figures are left alone: "10 blessés graves" and "10 blessés légers" may be two groups.
import type { Claim, CountValue, Verdict } from '../../types.ts';
import { displayClaim } from '../display.ts';
import { defineKind } from '../kind.ts';
import { judgePairs, pairFinding } from '../pairwise.ts';

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
    const judged = judgePairs(group, (a, b) => pairVerdict(gradeOf(a), gradeOf(b), o), { max: Number.POSITIVE_INFINITY });
    if (!judged) return [];
    const first = group[0]!.value as CountValue;
    return [pairFinding(judged, `degree of the ${first.amount} ${first.category}`, (c) => `${displayClaim(c)} (${gradeOf(c)})`, true)];
  },
});
