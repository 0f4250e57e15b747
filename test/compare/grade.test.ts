// Table tests for the `grade` kind: one precise figure given different degrees.
import { test } from 'uvu';
import { claim } from '../helpers/claims.ts';
import { runCase, type KindCase } from '../helpers/kind-tester.ts';

const injured = (doc: string, text: string, amount: number, grade: string | undefined, event = 'cyclone:x') =>
  claim({ doc, kind: 'count', text, value: { amount, category: 'injured', noun: 'blessés', ...(grade ? { grade } : {}) }, event });

const cases: KindCase[] = [
  {
    name: '"246 grièvement blessés" against "246 blessés légers" contradict',
    claims: [injured('a.txt', '246 autres étaient grièvement blessées', 246, 'serious'), injured('b.txt', '246 blessés plus légèrement touchés', 246, 'light')],
    verdicts: ['contradiction'],
  },
  {
    name: 'the same grade corroborates',
    claims: [injured('a.txt', '246 blessés légers', 246, 'light'), injured('b.txt', '246 blessés légers', 246, 'light')],
    verdicts: ['corroboration'],
  },
  {
    name: 'critical and serious may be the same people',
    claims: [injured('a.txt', '37 dans un état critique', 37, 'critical'), injured('b.txt', '37 blessés graves', 37, 'serious')],
    verdicts: ['corroboration'],
  },
  {
    name: 'a round figure may be two groups',
    claims: [injured('a.txt', '40 blessés graves', 40, 'serious'), injured('b.txt', '40 blessés légers', 40, 'light')],
    verdicts: [],
  },
  {
    name: 'a small figure may be two groups',
    claims: [injured('a.txt', '9 blessés graves', 9, 'serious'), injured('b.txt', '9 blessés légers', 9, 'light')],
    verdicts: [],
  },
  {
    name: 'an ungraded figure is not compared',
    claims: [injured('a.txt', '246 blessés', 246, undefined), injured('b.txt', '246 blessés légers', 246, 'light')],
    verdicts: [],
  },
  {
    name: 'the same figure in two events is two facts',
    claims: [injured('a.txt', '246 blessés graves', 246, 'serious', 'e1'), injured('b.txt', '246 blessés légers', 246, 'light', 'e2')],
    verdicts: [],
  },
];

for (const c of cases) test(c.name, () => void runCase('grade', ['count'], c));

test.run();
