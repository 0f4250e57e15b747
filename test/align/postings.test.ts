// The inverted index of copy detection must list, for each value, exactly the articles a plain Map of arrays
// lists, in the same order.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Postings } from '../../src/align/postings.ts';
import { rng } from '../bench/prng.ts';

function reference(lists: Uint32Array[]): Map<number, number[]> {
  const index = new Map<number, number[]>();
  lists.forEach((l, i) => l.forEach((v) => (index.get(v) ?? index.set(v, []).get(v)!).push(i)));
  return index;
}

test('each value lists the articles holding it, in article order', () => {
  for (const seed of [1, 2, 3]) {
    const rnd = rng(seed);
    // Values drawn from a small pool so that runs are long, spread over the whole 32-bit range (both radix digits).
    const pool = Array.from({ length: 300 }, () => Math.floor(rnd() * 2 ** 32) >>> 0);
    // 500 lists hold about 10,000 entries (the radix sort), 50 about 1,000 (the comparison sort).
    const lists = Array.from({ length: seed === 3 ? 50 : 500 }, () => {
      const l = new Set<number>();
      const n = Math.floor(rnd() * 40);
      while (l.size < n) l.add(pool[Math.floor(rnd() * pool.length)]!);
      return Uint32Array.from([...l].sort((a, b) => a - b));
    });
    const index = new Postings(lists);
    const expected = reference(lists);
    lists.forEach((l, i) =>
      l.forEach((v, k) => {
        const got: number[] = [];
        for (let p = index.start(i, k); p < index.end(i, k); p++) got.push(index.owner(p));
        assert.equal(got, expected.get(v), `article ${i}, value ${v}`);
      }),
    );
  }
});

test('values 0 and 2^32 - 1, empty lists and no lists', () => {
  const lists = [Uint32Array.from([0, 0xffffffff]), new Uint32Array(0), Uint32Array.from([0xffffffff])];
  const index = new Postings(lists);
  assert.equal([index.start(0, 0), index.end(0, 0)], [0, 1]);
  assert.equal([index.owner(index.start(0, 1)), index.owner(index.start(0, 1) + 1)], [0, 2]);
  assert.is(index.end(2, 0) - index.start(2, 0), 2);
  new Postings([]);
});

test.run();
