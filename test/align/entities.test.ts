// Cross-document resolution: same keys, typos, initials, surnames; and the merges that must not happen.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { unifyEntities, namesClose } from '../../src/align/entities.ts';
import { similarity, editDistance } from '../../src/align/similarity.ts';
import type { Mention } from '../../src/types.ts';

const m = (key: string, type: Mention['type'] = 'person'): Mention => ({ start: 0, end: 1, text: key, type, key });
const docs = (...lists: string[][]) => new Map(lists.map((keys, i) => [`d${i}`, keys.map((k) => m(k))]));

test('similarity normalises case, accents and whitespace', () => {
  assert.is(similarity('Wang Yi', 'wang  yi'), 1);
  assert.is(similarity('François-Noël Buffet', 'francois noel buffet'), 1);
  assert.ok(similarity('Antony Blinken', 'Anthony Blinken') > 0.85);
  assert.is(editDistance('qing', 'qin'), 1);
  assert.is(editDistance('abcdefgh', 'x', 2), 3);
});

test('typos merge into the frequent spelling', () => {
  const u = unifyEntities(
    docs(['xi-jinping', 'qin-gang', 'antony-blinken'], ['xi-jinping', 'qin-gang', 'antony-blinken'], ['chi-jinping', 'qing-gang', 'anthony-blinken']),
  );
  assert.is(u.get('chi-jinping'), 'xi-jinping');
  assert.is(u.get('qing-gang'), 'qin-gang');
  assert.is(u.get('anthony-blinken'), 'antony-blinken');
  assert.is(u.get('xi-jinping'), 'xi-jinping');
});

test('different people sharing a part stay apart', () => {
  const u = unifyEntities(docs(['wang-yi', 'joe-biden'], ['wang-yi', 'joe-biden'], ['wang-wenbin', 'hunter-biden']));
  assert.is(u.get('wang-wenbin'), 'wang-wenbin');
  assert.is(u.get('hunter-biden'), 'hunter-biden');
  assert.not.ok(namesClose(['wang', 'yi'], ['wang', 'wenbin']));
  assert.not.ok(namesClose(['joe', 'biden'], ['hunter', 'biden']));
});

test('initials and surnames join the unique full name', () => {
  const u = unifyEntities(docs(['wang-yi', 'antony-blinken'], ['w-yi', 'a-blinken', 'blinken', 'wang']));
  assert.is(u.get('w-yi'), 'wang-yi');
  assert.is(u.get('a-blinken'), 'antony-blinken');
  assert.is(u.get('blinken'), 'antony-blinken');
  assert.is(u.get('wang'), 'wang-yi');
});

test('an ambiguous surname stays as it is', () => {
  const u = unifyEntities(docs(['joe-biden', 'hunter-biden'], ['biden']));
  assert.is(u.get('biden'), 'biden');
});

test('short given-name forms merge ("Matt" / "Matthew")', () => {
  const u = unifyEntities(docs(['matthew-miller'], ['matthew-miller'], ['matt-miller']));
  assert.is(u.get('matt-miller'), 'matthew-miller');
});

test('places and orgs keep their alias keys; types never cross', () => {
  const u = unifyEntities(new Map([['a', [m('beijing', 'place'), m('un', 'org')]], ['b', [m('beijing', 'place')]]]));
  assert.is(u.get('beijing'), 'beijing');
  assert.is(u.get('un'), 'un');
});

test.run();
