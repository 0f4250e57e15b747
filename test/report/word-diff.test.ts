import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { wordDiff, type DiffPart } from '../../src/report/word-diff.ts';

const side = (parts: DiffPart[], keep: -1 | 1) => parts.filter(([op]) => op === 0 || op === keep).map(([, t]) => t).join('');

test('word diff keeps whole words and rebuilds both texts', () => {
  const a = 'Nous avons eu des échanges francs et constructifs sur tous les sujets';
  const b = 'Nous avons eu des échanges francs, approfondis et constructifs sur presque tous les sujets';
  const parts = wordDiff(a, b);
  assert.is(side(parts, -1), a);
  assert.is(side(parts, 1), b);
  assert.equal(parts, [
    [0, 'Nous avons eu des échanges francs'],
    [1, ', approfondis'],
    [0, ' et constructifs sur '],
    [1, 'presque '],
    [0, 'tous les sujets'],
  ]);
});

test('semantic cleanup groups a changed phrase', () => {
  assert.equal(wordDiff('pendant sept heures et demie', 'pendant près de six heures'), [
    [0, 'pendant '],
    [-1, 'sept heures et demie'],
    [1, 'près de six heures'],
  ]);
});

test('identical and empty inputs', () => {
  assert.equal(wordDiff('same text', 'same text'), [[0, 'same text']]);
  assert.equal(wordDiff('', 'new'), [[1, 'new']]);
  assert.equal(wordDiff('old', ''), [[-1, 'old']]);
});

test('round-trips emoji, CJK and many distinct tokens', () => {
  const a = Array.from({ length: 3000 }, (_, i) => `mot${i} 😀 北京`).join(' ');
  const b = a.replace('mot17 ', 'changé ').replace('mot2999', 'fin');
  const parts = wordDiff(a, b);
  assert.is(side(parts, -1), a);
  assert.is(side(parts, 1), b);
});

test.run();
