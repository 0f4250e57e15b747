// Table tests for the `invitation` kind: who invited whom to one destination.
import { test } from 'uvu';
import { claim } from '../helpers/claims.ts';
import { runCase, type KindCase } from '../helpers/kind-tester.ts';

const inv = (doc: string, inviter: string | null, invitees: string[], destination = 'washington', event = 'meeting:a+b:2023-06-18:beijing') =>
  claim({
    doc,
    kind: 'invitation',
    text: `${inviter ?? 'someone'} invited ${invitees.join(' and ') || 'them'} to ${destination}`,
    value: { inviter, inviterText: inviter ?? 'The minister', inviterTitle: null, invitees, inviteesText: invitees.join(' and ') || 'them', destination, destinationText: destination },
    event,
  });

const cases: KindCase[] = [
  {
    name: 'the inviter of one source is the invited of another: roles swapped',
    claims: [inv('a.txt', 'blinken', ['qin']), inv('b.txt', 'qin', [])],
    verdicts: ['contradiction'],
  },
  {
    name: 'the same inviter corroborates',
    claims: [inv('a.txt', 'blinken', ['qin']), inv('b.txt', 'blinken', ['qin'])],
    verdicts: ['corroboration'],
  },
  {
    name: 'two different inviters of the same people diverge',
    claims: [inv('a.txt', 'blinken', ['qin']), inv('b.txt', 'biden', ['qin'])],
    verdicts: ['divergence'],
  },
  {
    name: 'an unknown inviter is not compared',
    claims: [inv('a.txt', 'blinken', ['qin']), inv('b.txt', null, ['qin'])],
    verdicts: [],
  },
  {
    name: 'invitations of other people to the same city are other facts',
    claims: [inv('a.txt', 'blinken', ['qin']), inv('b.txt', 'macron', ['scholz'])],
    verdicts: [],
  },
  {
    name: 'invitations to two destinations are two facts',
    claims: [inv('a.txt', 'blinken', ['qin'], 'washington'), inv('b.txt', 'qin', ['blinken'], 'beijing')],
    verdicts: [],
  },
  {
    name: 'invitations tied to two different events are two invitations',
    claims: [inv('a.txt', 'blinken', ['qin'], 'washington', 'e1'), inv('b.txt', 'qin', [], 'washington', 'e2')],
    verdicts: [],
  },
];

for (const c of cases) test(c.name, () => void runCase('invitation', ['invitation'], c));

test.run();
