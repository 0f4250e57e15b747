// Line helpers: squash() must collapse whitespace exactly as `\s+` → " " and trim() do, fast path or not.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { squash } from '../../src/ingest/lines.ts';

// Every character `\s` matches, a few that it does not (zero-width space, word joiner), and letters.
const SPACES = [' ', '\t', '\n', '\v', '\f', '\r', '\u00a0', '\u1680', '\u2000', '\u2005', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];
const OTHERS = ['a', 'é', 'Z', '’', '\u200b', '\u2060', '.', '«'];

test('squash() equals the regex collapse and trim on any mix of spaces and letters', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...SPACES, ...OTHERS), { maxLength: 40 }), (chars) => {
      const s = chars.join('');
      assert.is(squash(s), s.replace(/\s+/g, ' ').trim());
    }),
    { seed: 11, numRuns: 5000 },
  );
});

test('squash() keeps a squashed paragraph as it is, and collapses the others', () => {
  assert.is(squash('Le ministre a parlé.'), 'Le ministre a parlé.');
  assert.is(squash(''), '');
  assert.is(squash('  deux  espaces\u00a0ici '), 'deux espaces ici');
  assert.is(squash('a\u202fb'), 'a b');
});

test.run();
