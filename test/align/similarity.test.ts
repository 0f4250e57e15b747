// similarityOf() computes string-similarity's Dice coefficient itself: it must give the library's value (through
// similarity()) exactly, and mostSimilarRun() the same stretch and value as trying every start with similarity().
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import stringSimilarity from 'string-similarity';
import { bigramsOf, mostSimilarRun, normalizeForSimilarity, similarity, similarityOf } from '../../src/align/similarity.ts';

const library = (a: string, b: string) => {
  const [x, y] = [normalizeForSimilarity(a), normalizeForSimilarity(b)];
  if (x === y) return 1;
  if (x.length < 2 || y.length < 2) return 0;
  return stringSimilarity.compareTwoStrings(x, y);
};

// Few letters, so that bigrams repeat; accents, apostrophes, punctuation and odd whitespace on top.
const text = fc.string({ unit: fc.constantFrom('a', 'b', 'n', 'é', 'È', ' ', '  ', "'", '’', ',', '-', '\u00a0', '1', 'ß', 'Σ'), maxLength: 24 });

test('similarity gives the value of string-similarity on normalised text', () => {
  fc.assert(fc.property(text, text, (a, b) => similarity(a, b) === library(a, b)), { numRuns: 3000 });
  assert.is(similarity('Antony Blinken', 'Anthony Blinken'), library('Antony Blinken', 'Anthony Blinken'));
});

test('similarityOf, on bigrams read once, gives the library\'s value', () => {
  fc.assert(fc.property(text, text, (a, b) => similarityOf(bigramsOf(a), bigramsOf(b)) === library(a, b)), { numRuns: 3000 });
  const [x, y] = ['« Nous avons eu des discussions franches »', 'nous avons eu des discussions franches et directes'];
  assert.is(similarityOf(bigramsOf(x), bigramsOf(y)), library(x, y));
});

const words = fc.array(fc.string({ unit: fc.constantFrom('a', 'b', 'n', 'e', 'é', 'k'), minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 12 });

test('mostSimilarRun finds the stretch and value that every start gives', () => {
  fc.assert(
    fc.property(words, words, fc.integer({ min: 1, max: 12 }), (short, long, maxStarts) => {
      const run = mostSimilarRun(short, long, maxStarts);
      if (short.length < 2 || short.length > long.length) return run === null;
      let best = { start: 0, sim: -1 };
      for (let i = 0; i + short.length <= long.length && i < maxStarts; i++) {
        const sim = similarity(short.join(' '), long.slice(i, i + short.length).join(' '));
        if (sim > best.sim) best = { start: i, sim };
      }
      // Words with an accent are not in normal form: the caller then tries each start itself.
      return run === null ? [...short, ...long].some((w) => w.includes('é')) : run.start === best.start && run.sim === best.sim;
    }),
    { numRuns: 3000 },
  );
});

test.run();
