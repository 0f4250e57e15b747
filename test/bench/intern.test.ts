// StringPool: interned analyses are equal to the originals, and equal strings end up shared.
import { isDeepStrictEqual } from 'node:util';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { StringPool } from '../../src/parallel/intern.ts';

test('interning keeps every value and shares equal short strings', () => {
  const make = () => ({
    kind: 'count',
    value: { amount: 3, category: 'dead', noun: 'morts', offsets: new Int32Array([1, 2]) },
    entities: ['antony-blinken', 'wang-yi'],
    interval: { strict: [1, null], pragmatic: [1, 2] },
    long: 'x'.repeat(100),
  });
  const a = make();
  const b = make();
  const pool = new StringPool();
  pool.intern([a, b]);
  assert.ok(isDeepStrictEqual(a, make()));
  assert.ok(isDeepStrictEqual(b, make()));
  assert.ok(a.value.offsets instanceof Int32Array);
});

test.run();
