// Table tests for the `time-conversion` kind: one moment given in local time and in another zone, inside one
// source. The kind reads the text between the two times, so the cases run on real sentences through the library.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { checkDocs, ingestText, loadRules, parseRule } from '../../src/index.ts';
import { packagePath } from '../../src/paths.ts';

const rule = loadRules(packagePath('rules')).find((r) => r.id === 'time-conversion')!;

/** Verdicts of the time-conversion rule on one article (title, then the sentence). */
function verdicts(sentence: string, rules = [rule]): string[] {
  const doc = ingestText('a.txt', `Dépêche\n\n${sentence}\n`, { published: '2023-06-18' });
  return checkDocs([doc], [], rules).findings.filter((f) => f.rule === rules[0]!.id).map((f) => f.verdict);
}

const CASES: [string, string[]][] = [
  ['The meeting in Beijing ended around 20:00 (local time, 9:00 GMT), after five and a half hours.', ['contradiction']],
  ['The meeting in Beijing ended around 20:00 (local time, 12:00 GMT), after five and a half hours.', ['corroboration']],
  // Summer or winter time: both fit in Paris.
  ['Le sommet s’est ouvert à Paris à 10 h (heure locale, 8 h GMT).', ['corroboration']],
  ['Le sommet s’est ouvert à Paris à 10 h (heure locale, 15 h GMT).', ['contradiction']],
  // Crossing midnight: 2:00 in Tokyo is 17:00 UTC the day before.
  ['The earthquake struck in Tokyo at 2:00 (local time, 17:00 UTC).', ['corroboration']],
  // No place with a known zone: nothing to check.
  ['The ceremony ended at 20:00 (local time, 9:00 GMT).', []],
  // Two moments of one day, not one moment in two zones.
  ['The talks in Beijing began at 9:00 (local time) and Washington issued its statement much later, at 20:00 GMT.', []],
];

for (const [sentence, want] of CASES) test(`${want.join(',') || 'nothing'}: ${sentence}`, () => assert.equal(verdicts(sentence), want));

test('options come from the rule: with no gap allowed, no pair is read as one moment', () => {
  const tight = parseRule({ id: 'tc-tight', kind: 'time-conversion', description: 't', appliesTo: ['date', 'place'], level: 'error', options: { maxGap: 0 } }, 'tc-tight.json');
  assert.equal(verdicts('The meeting in Beijing ended around 20:00 (local time, 9:00 GMT).', [tight]), []);
});

test.run();
