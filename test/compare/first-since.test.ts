// Table tests for the `first-since` kind: reference dates and gaps compared as intervals.
import { test } from 'uvu';
import { claim } from '../helpers/claims.ts';
import { runCase, type KindCase } from '../helpers/kind-tester.ts';
import type { FirstSinceValue } from '../../src/types.ts';

const fs = (doc: string, text: string, v: Partial<FirstSinceValue>, event = 'visit:x') =>
  claim({ doc, kind: 'first-since', text, value: { what: 'visite', form: 'first', reference: [null, null], gapMonths: null, anchor: null, ...v }, event });

const cases: KindCase[] = [
  {
    name: '"depuis octobre 2018" and "since 2018" agree',
    claims: [fs('a.txt', 'depuis octobre 2018', { reference: ['2018-10', '2018-10'] }), fs('b.txt', 'since 2018', { reference: ['2018', '2018'], what: 'visit' })],
    verdicts: ['corroboration'],
  },
  {
    name: '"en cinq ans" in an undated article agrees with "depuis octobre 2018" written in June 2023',
    claims: [fs('a.txt', 'depuis octobre 2018', { reference: ['2018-10', '2018-10'], anchor: '2023-06' }), fs('b.txt', 'en cinq ans', { gapMonths: [66, 54] })],
    verdicts: ['corroboration'],
  },
  {
    name: '"depuis 1934" and "depuis 1984" about one event contradict',
    claims: [fs('a.txt', 'depuis 1934', { reference: ['1934', '1934'], what: 'cyclone', form: 'most' }, 'cyclone:x'), fs('b.txt', 'depuis 1984', { reference: ['1984', '1984'], what: 'cyclone', form: 'most' }, 'cyclone:x')],
    verdicts: ['contradiction'],
  },
  {
    name: 'across different events the same gap is only a divergence',
    claims: [fs('a.txt', 'depuis 1934', { reference: ['1934', '1934'] }, 'e1'), fs('b.txt', 'depuis 1984', { reference: ['1984', '1984'] }, 'e2')],
    verdicts: ['divergence'],
  },
  {
    name: 'a different form ("highest since 2021" vs "first since 2018") is another fact',
    claims: [fs('a.txt', 'the first visit since 2018', { reference: ['2018', '2018'] }), fs('b.txt', 'the highest-ranking visit since 2021', { reference: ['2021', '2021'], form: 'highest' })],
    verdicts: [],
  },
];

for (const c of cases) test(c.name, () => void runCase('first-since', ['first-since'], c));

test.run();
