// Table tests for the `interval` kind: hedged values as intervals, counters, provisional tolls.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { claim, H } from '../helpers/claims.ts';
import { runCase, type KindCase } from '../helpers/kind-tester.ts';
import type { Interval } from '../../src/types.ts';

const dur = (doc: string, hours: number, strict: Interval, pragmatic: Interval, hedge?: string) =>
  claim({
    doc,
    text: `${hedge ?? ''} ${hours} heures`.trim(),
    value: { amount: hours * H, unit: 'second', written: 'hour' },
    strict: strict.map((x) => (x === null ? null : x * H)) as Interval,
    pragmatic: pragmatic.map((x) => (x === null ? null : x * H)) as Interval,
    ...(hedge ? { hedge } : {}),
  });

const count = (doc: string, n: number, strict: Interval, who?: string, category = 'protesters') =>
  claim({
    doc,
    kind: 'count',
    text: `${n} manifestants`,
    value: { amount: n, category, noun: 'manifestants' },
    strict,
    pragmatic: strict,
    ...(who ? { who } : {}),
  });

// A stated range: "entre 1,2 et 1,4 million" (hedge kind 'range').
const range = (doc: string, lo: number, hi: number) =>
  claim({ doc, kind: 'count', text: `entre ${lo} et ${hi} manifestants`, value: { amount: (lo + hi) / 2, category: 'protesters', noun: 'manifestants' }, strict: [lo, hi], pragmatic: [lo, hi], hedge: 'range' });

const cases: KindCase[] = [
  {
    name: 'exact 7.5 h against "près de six heures" and "plus de cinq heures"',
    claims: [dur('a.txt', 7.5, [7.5, 7.5], [7.25, 7.75]), dur('b.txt', 5, [5, null], [5, 6], 'plus de'), dur('c.txt', 6, [5, 6], [5.5, 6], 'près de')],
    verdicts: ['contradiction'],
  },
  {
    name: 'strict overlap, pragmatic disjoint: divergence',
    claims: [dur('a.txt', 7.5, [7.5, 7.5], [7.25, 7.75]), dur('b.txt', 5, [5, null], [5, 6], 'plus de')],
    verdicts: ['divergence'],
  },
  {
    name: '"près de 5 h 30" and "plus de 5 h 30" are compatible',
    claims: [dur('a.txt', 5.5, [5, 5.5], [5.25, 5.5], 'près de'), dur('b.txt', 5.5, [5.5, null], [5.5, 6], 'plus de')],
    verdicts: ['corroboration'],
  },
  {
    name: 'one source only: no finding',
    claims: [dur('a.txt', 3, [3, 3], [2.75, 3.25]), dur('a.txt', 5, [5, 5], [5, 5])],
    verdicts: [],
  },
  {
    name: 'different events are never compared',
    claims: [
      { ...dur('a.txt', 3, [3, 3], [3, 3]), subject: { entities: [], event: 'e1' } },
      { ...dur('b.txt', 7, [7, 7], [7, 7]), subject: { entities: [], event: 'e2' } },
    ],
    verdicts: [],
  },
  {
    name: 'police and union counts are attributed, not contradictory',
    claims: [count('a.txt', 1_280_000, [1_280_000, 1_280_000], 'ministere-de-l-interieur'), count('b.txt', 3_500_000, [3_500_000, 3_500_000], 'cgt')],
    verdicts: ['attributed'],
  },
  {
    name: 'two outlets citing the same counter with different figures contradict',
    claims: [count('a.txt', 1_280_000, [1_280_000, 1_280_000], 'cgt'), count('b.txt', 3_500_000, [3_500_000, 3_500_000], 'cgt')],
    verdicts: ['contradiction'],
  },
  {
    name: 'provisional death tolls are updates',
    claims: [count('a.txt', 11, [11, null], undefined, 'dead'), count('b.txt', 14, [14, 14], undefined, 'dead')],
    verdicts: ['corroboration'],
  },
  {
    name: 'disjoint provisional tolls read as an update',
    claims: [count('a.txt', 11, [11, 11], undefined, 'dead'), count('b.txt', 14, [14, 14], undefined, 'dead')],
    verdicts: ['update'],
  },
  {
    name: 'two stated ranges with different bounds diverge',
    claims: [range('a.txt', 1_200_000, 1_400_000), range('b.txt', 1_100_000, 1_400_000)],
    verdicts: ['divergence'],
  },
  {
    name: 'two stated ranges with the same bounds agree',
    claims: [range('a.txt', 1_200_000, 1_400_000), range('b.txt', 1_200_000, 1_400_000)],
    verdicts: ['corroboration'],
  },
  {
    name: 'a figure inside a stated range agrees with it',
    claims: [range('a.txt', 1_200_000, 1_400_000), count('b.txt', 1_300_000, [1_300_000, 1_300_000])],
    verdicts: ['corroboration'],
  },
];

for (const c of cases) test(c.name, () => void runCase('interval', ['duration', 'count'], c));

test('three sources list their pairwise verdicts', () => {
  const [f] = runCase('interval', ['duration'], cases[0]!);
  assert.equal(f!.pairs!.length, 3);
  assert.equal(f!.pairs!.map((p) => p.verdict).sort(), ['contradiction', 'corroboration', 'divergence']);
  assert.equal(f!.values.length, 3);
});

test('a tolerance option set in a rule widens what counts as agreement', () => {
  const claims = [dur('a.txt', 30 / 60, [0.5, 0.5], [0.5, 0.5]), dur('b.txt', 35 / 60, [35 / 60, 35 / 60], [35 / 60, 35 / 60])];
  runCase('interval', ['duration'], { name: 'strict', claims, verdicts: ['contradiction'] });
  runCase('interval', ['duration'], { name: 'tolerant', claims, verdicts: ['corroboration'], options: { tolerance: 0.2 } });
});

test('counts an order of magnitude apart are different scopes, not one figure misreported', () => {
  runCase('interval', ['count'], { name: 'scale', claims: [count('a.txt', 8_800, [8_800, 8_800]), count('b.txt', 1_280_000, [1_280_000, 1_280_000])], verdicts: [] });
  runCase('interval', ['count'], { name: 'no ratio', claims: [count('a.txt', 8_800, [8_800, 8_800]), count('b.txt', 1_280_000, [1_280_000, 1_280_000])], verdicts: ['contradiction'], options: { maxRatio: 0 } });
});

test('a source giving incompatible figures for one slot proves no contradiction', () => {
  const claims = [count('a.txt', 700_000, [700_000, 700_000]), count('a.txt', 810_000, [810_000, 810_000]), count('b.txt', 1_000_000, [1_000_000, 1_000_000])];
  runCase('interval', ['count'], { name: 'ambiguous', claims, verdicts: ['divergence'] });
});

test('a duration credited to someone is still compared for real', () => {
  const a = { ...dur('a.txt', 7.5, [7.5, 7.5], [7.5, 7.5]), attribution: { text: 'selon un responsable', who: 'un responsable', entity: null } };
  runCase('interval', ['duration'], { name: 'credited', claims: [a, dur('b.txt', 3, [3, 3], [3, 3])], verdicts: ['contradiction'] });
});

test('big groups are decided by sorting bounds, without pairs', () => {
  const claims = Array.from({ length: 40 }, (_, i) => dur(`d${String(i).padStart(2, '0')}.txt`, 6, [5, 6], [5.5, 6], 'près de'));
  claims.push(dur('z.txt', 7.5, [7.5, 7.5], [7.5, 7.5]));
  const [f] = runCase('interval', ['duration'], { name: 'big', claims, verdicts: ['contradiction'], options: { maxPairs: 12 } });
  assert.is(f!.pairs, undefined);
});

test.run();
