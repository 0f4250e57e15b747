// The JSON report comes in pieces that join to JSON.stringify(report, null, 2), and no piece is a whole long array.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { formatJson, jsonChunks } from '../../src/report/json.ts';
import { largeFixture, mainFixture } from './fixtures.ts';

test('the pieces join to the pretty JSON of the report', () => {
  const { report } = mainFixture();
  assert.is(formatJson(report), `${JSON.stringify(report, null, 2)}\n`);
});

test('a long array is never stringified whole (100,000 articles would pass V8\'s string limit)', () => {
  const { report } = largeFixture(200);
  const expected = `${JSON.stringify(report, null, 2)}\n`;
  for (const list of [report.findings, report.documents]) {
    Object.defineProperty(list, 'toJSON', { value: () => { throw new Error('the whole array was stringified'); } });
  }
  assert.is([...jsonChunks(report)].join(''), expected);
});

test('long arrays in several batches keep every element, null and nesting as JSON.stringify writes them', () => {
  const findings = Array.from({ length: 600 }, (_, i) => (i % 97 === 0 ? undefined : { id: `f${i}`, list: [i, [i + 1], {}], note: 'a\nb' }));
  const report = { version: '1', findings, documents: [] } as unknown as Parameters<typeof formatJson>[0];
  assert.is(formatJson(report), `${JSON.stringify(report, null, 2)}\n`);
});

test.run();
