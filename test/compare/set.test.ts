// Table tests for the `set` kind: omissions are fine, added or swapped members are not.
import { test } from 'uvu';
import { claim } from '../helpers/claims.ts';
import { runCase, type KindCase } from '../helpers/kind-tester.ts';

const meeting = (doc: string, participants: string[]) =>
  claim({ doc, kind: 'meeting', text: participants.join(' et '), value: { type: 'visit', participants, participantsText: participants, date: null, place: null } });

const cases: KindCase[] = [
  { name: 'the same participants', claims: [meeting('a.txt', ['a', 'b']), meeting('b.txt', ['b', 'a'])], verdicts: ['corroboration'] },
  { name: 'an omission is not a contradiction', claims: [meeting('a.txt', ['a', 'b', 'c']), meeting('b.txt', ['a', 'b'])], verdicts: ['corroboration'] },
  { name: 'a swapped member contradicts', claims: [meeting('a.txt', ['a', 'b']), meeting('b.txt', ['a', 'c'])], verdicts: ['contradiction'], messageIds: ['swapped'] },
  { name: 'an added member diverges', claims: [meeting('a.txt', ['a', 'b', 'c']), meeting('b.txt', ['a', 'b', 'c', 'd'])], verdicts: ['divergence'], messageIds: ['added'] },
  { name: 'sources naming one person are not compared', claims: [meeting('a.txt', ['a']), meeting('b.txt', ['c'])], verdicts: [] },
];

for (const c of cases) test(c.name, () => void runCase('set', ['meeting'], c));

test.run();
