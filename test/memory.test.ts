// The heap watch collects only once the heap is large and has grown since the last collection.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { HeapWatch } from '../src/memory.ts';

const MB = 1024 * 1024;

test('collects past the floor, once the heap has grown by the factor and past its highest', () => {
  let heap = 0;
  const collections: number[] = [];
  // A collection frees half of the heap.
  const watch = new HeapWatch({ floor: 100 * MB, growth: 1.5, used: () => heap, collect: () => collections.push((heap /= 2)) });
  for (const at of [10, 90, 120, 80, 110, 130, 100, 140, 200]) {
    heap = at * MB;
    watch.checkpoint();
  }
  // 10 and 90: under the floor. 120: collected, 60 live. 80 < 1.5 × 60: kept. 110: under the highest, 120: kept.
  // 130: collected, 65 live. 100 ≥ 1.5 × 65 but under 130: kept. 140: collected, 70 live. 200: collected.
  assert.equal(collections.map((b) => b / MB), [60, 65, 70, 100]);
});

test('a small heap is never collected', () => {
  let collected = 0;
  const watch = new HeapWatch({ used: () => 500 * MB, collect: () => collected++ });
  for (let i = 0; i < 10; i++) watch.checkpoint();
  assert.is(collected, 0);
});

test("V8's own collection frees what is no longer reachable", () => {
  let junk: unknown[] | null = Array.from({ length: 300_000 }, (_, i) => ({ i, s: `x${i}` }));
  const before = process.memoryUsage().heapUsed;
  junk = null;
  new HeapWatch({ floor: 0 }).checkpoint();
  assert.ok(junk === null && process.memoryUsage().heapUsed < before - 10 * MB, 'the dropped objects were collected');
});

test.run();
