// Table tests for the `corroboration` kind: facts of a multi-source event that rest on one independent source.
import { test } from 'uvu';
import { claim, H } from '../helpers/claims.ts';
import { runCase, type KindCase } from '../helpers/kind-tester.ts';
import type { EventRecord } from '../../src/types.ts';

const event: EventRecord = { key: 'meeting:a+b:2023-06-18:x', label: 'meeting of a, b', type: 'meeting', participants: ['a', 'b'], date: '2023-06-18', place: 'x', claims: [], sources: ['a.txt', 'b.txt', 'c.txt'] };
const dur = (doc: string) => claim({ doc, text: 'sept heures', value: { amount: 7 * H, unit: 'second', written: 'hour' }, strict: [7 * H, 7 * H] });

const cases: KindCase[] = [
  { name: 'a duration only one source gives', claims: [dur('a.txt')], events: [event], verdicts: ['single-source'] },
  { name: 'a duration two sources give is not single-source', claims: [dur('a.txt'), dur('b.txt')], events: [event], verdicts: [] },
  {
    name: 'two copies of one dispatch count once',
    claims: [dur('a.txt'), dur('b.txt')],
    events: [event],
    copyGroups: [['a.txt', 'b.txt']],
    verdicts: ['single-source'],
  },
  {
    name: 'an event covered by one independent source has no single-source facts',
    claims: [dur('a.txt')],
    events: [{ ...event, sources: ['a.txt', 'b.txt'] }],
    copyGroups: [['a.txt', 'b.txt']],
    verdicts: [],
  },
];

for (const c of cases) test(c.name, () => void runCase('corroboration', ['duration'], c));

test.run();
