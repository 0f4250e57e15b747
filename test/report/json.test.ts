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

test.run();
