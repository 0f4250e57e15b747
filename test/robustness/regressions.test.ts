// Bugs the fuzzing and pathological runs found, pinned: each test names what used to happen.
import fc from 'fast-check';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { align } from '../../src/align/index.ts';
import { analyse } from '../../src/extract/index.ts';
import { jsonFeed } from '../../src/ingest/feed.ts';
import { ingestText } from '../../src/ingest/index.ts';
import { jsonErrorOffset } from '../../src/ingest/json-where.ts';
import { tokenize } from '../../src/text/word-diff.ts';
import { junk, params } from './helpers/fuzz.ts';
import { checkClaims } from './helpers/invariants.ts';

const OLD_TOKEN = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|\s+|[^\p{L}\p{N}\s]/gu;

test('tokenize: same tokens as the old regex, and no "Maximum call stack" on 30 MB of spaces', () => {
  fc.assert(
    fc.property(fc.array(fc.oneof(junk, fc.constantFrom("l'État", 'a-t-il', '’x', "a''b", 'x-', '-y', '  \n\t')), { maxLength: 20 }), (parts) => {
      const s = parts.join('');
      assert.equal(tokenize(s), s.match(OLD_TOKEN) ?? []);
    }),
    params(500),
  );
  assert.is(tokenize(`a${' '.repeat(30_000_000)}b`).length, 3);
});

test('jsonErrorOffset agrees with JSON.parse on what is valid', () => {
  const nearJson = fc.oneof(fc.json(), fc.json().chain((j) => fc.tuple(fc.nat(), junk).map(([at, x]) => j.slice(0, at % (j.length + 1)) + x + j.slice(at % (j.length + 1)))));
  fc.assert(
    fc.property(nearJson, (s) => {
      let valid = true;
      try {
        JSON.parse(s);
      } catch {
        valid = false;
      }
      const at = jsonErrorOffset(s);
      assert.is(at === -1, valid, `${JSON.stringify(s)} → ${at}`);
      if (!valid) assert.ok(at >= 0 && at <= s.length);
    }),
    params(2000),
  );
  assert.is(jsonErrorOffset('['.repeat(10_000) + ']'.repeat(10_000)), -1);
});

test('a broken .json feed names its line even when JSON.parse gives no position (Node 20)', () => {
  assert.throws(() => jsonFeed('f.json', '[\n{"text": "a"},\n{"text": }\n]'), (e: Error) => /^f\.json:line 3: /.test(e.message));
});

test('"à am" is no clock time, and a bare time is a schema-valid claim', () => {
  for (const [text, n] of [['Il est arrivé à am.', 0], ['Talks ended at 8 pm.', 1]] as const) {
    const doc = ingestText('a.txt', text);
    const { claims } = align([analyse(doc)]);
    assert.is(claims.filter((c) => c.kind === 'date').length, n, text);
    checkClaims(claims, [doc]);
  }
});

test.run();
