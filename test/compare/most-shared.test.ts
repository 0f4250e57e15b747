// WordSetIndex.mostShared (the quote kind's candidate search) must give exactly what counting every posting list gives:
// the top k by shared words, ties to the lowest id, at least `need` words.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { WordSetIndex } from '../../src/compare/most-shared.ts';

/** The reference: count every list, sort, keep k with at least `need`. */
function bruteForce(words: Set<string>, index: Map<string, number[]>, need: number, k: number, removed = new Set<number>()): [number, number][] {
  const shared = new Map<number, number>();
  for (const w of words) for (const id of index.get(w) ?? []) if (!removed.has(id)) shared.set(id, (shared.get(id) ?? 0) + 1);
  return [...shared]
    .sort((x, y) => y[1] - x[1] || x[0] - y[0])
    .slice(0, k)
    .filter(([, n]) => n >= need);
}

test('mostShared equals counting every posting list', () => {
  // A small vocabulary with a skewed draw, so that some words are in nearly every entry (as common words are).
  const vocab = Array.from({ length: 14 }, (_, i) => `w${i}`);
  const wordSet = fc.array(fc.integer({ min: 0, max: 13 }).map((i) => vocab[Math.min(i, i % 5 === 0 ? 0 : i)]!), { minLength: 1, maxLength: 9 }).map((a) => new Set(a));
  fc.assert(
    fc.property(fc.array(wordSet, { maxLength: 60 }), wordSet, fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 7 }), (entries, query, minShared, k) => {
      const index = new Map<string, number[]>();
      const tested = new WordSetIndex();
      entries.forEach((ws, id) => {
        for (const w of ws) (index.get(w) ?? index.set(w, []).get(w)!).push(id);
        assert.is(tested.add(ws), id);
      });
      const need = Math.min(minShared, query.size);
      // Twice: the marks of one query must not leak into the next.
      assert.equal(tested.mostShared(query, need, k), bruteForce(query, index, need, k));
      assert.equal(tested.mostShared(query, need, k), bruteForce(query, index, need, k));
      assert.equal([...tested.ranked(query, need, k)], bruteForce(query, index, need, k));
      // Removed entries are as if never added.
      const removed = new Set(entries.map((_, id) => id).filter((id) => id % 3 === k % 3));
      for (const id of removed) tested.remove(id);
      assert.equal(tested.mostShared(query, need, k), bruteForce(query, index, need, k, removed));
    }),
    { seed: 42, numRuns: 3000 },
  );
});

test('a query asked between additions and removals gives the answer of a fresh count', () => {
  const vocab = Array.from({ length: 10 }, (_, i) => `w${i}`);
  const wordSet = fc.array(fc.integer({ min: 0, max: 9 }).map((i) => vocab[Math.min(i, i % 4 === 0 ? 0 : i)]!), { minLength: 1, maxLength: 7 }).map((a) => new Set(a));
  const step = fc.oneof(wordSet.map((ws) => ({ add: ws })), fc.nat({ max: 80 }).map((n) => ({ remove: n })), fc.constant({ ask: true }));
  fc.assert(
    fc.property(fc.array(step, { maxLength: 80 }), wordSet, fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 4 }), (steps, query, minShared, k) => {
      const index = new Map<string, number[]>();
      const removed = new Set<number>();
      const tested = new WordSetIndex();
      const need = Math.min(minShared, query.size);
      for (const s of steps) {
        if ('add' in s) {
          const id = tested.add(s.add);
          for (const w of s.add) (index.get(w) ?? index.set(w, []).get(w)!).push(id);
        } else if ('remove' in s) {
          if (s.remove < tested.size) {
            tested.remove(s.remove);
            removed.add(s.remove);
          }
        } else {
          assert.equal(tested.mostShared(query, need, k), bruteForce(query, index, need, k, removed));
          assert.equal(tested.mostShared(query, need, 1), bruteForce(query, index, need, 1, removed));
        }
      }
      assert.equal(tested.mostShared(query, need, k), bruteForce(query, index, need, k, removed));
    }),
    { seed: 7, numRuns: 3000 },
  );
});

test.run();
