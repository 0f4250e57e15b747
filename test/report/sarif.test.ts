import { readFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
// The vendored schema declares draft 2020-12 (Microsoft's copy of the SARIF 2.1.0 schema), hence Ajv2020.
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsPlugin from 'ajv-formats';
import { formatSarif, pathToUri, textRegion } from '../../src/report/sarif.ts';
import { hostileFixture, largeFixture, mainFixture } from './fixtures.ts';

const addFormats = addFormatsPlugin.default;
const schema = JSON.parse(readFileSync(new URL('../vendor/sarif-schema-2.1.0.json', import.meta.url), 'utf8'));
// strictRequired is off because the official schema lists "required" properties inside anyOf branches.
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
addFormats(ajv);
const validate = ajv.compile(schema);

// The log is read loosely (any): the schema check above is what types it.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function check(sarif: string): any {
  const log: unknown = JSON.parse(sarif);
  const ok = validate(log);
  assert.ok(ok, JSON.stringify(validate.errors?.slice(0, 5), null, 2));
  return log;
}

test('the schema rejects a broken log (the validator is live)', () => {
  assert.not.ok(validate({ version: '2.1.0', runs: [{ tool: { driver: {} } }] }));
  assert.not.ok(validate({ version: '2.0.0', runs: [] }));
});

test('one result per finding, schema-valid, with 1-based regions from the original text', () => {
  const { report, sources } = mainFixture();
  const log = check(formatSarif(report, { sources }));
  const run = log.runs[0];
  assert.is(run.results.length, report.findings.length);
  assert.equal(run.tool.driver.rules.map((r: { id: string }) => r.id), ['duration-mismatch', 'quote-wording', 'date-mismatch']);
  const [dur, quote, date] = run.results;
  assert.is(dur.ruleId, 'duration-mismatch');
  assert.is(dur.level, 'error');
  assert.is(quote.level, 'warning');
  assert.is(date.level, 'note');
  assert.equal(dur.partialFingerprints, { 'recoupeFindingId/v1': 'f-duration-1' });
  const loc = dur.locations[0].physicalLocation;
  assert.is(loc.artifactLocation.uri, 'sources/lemonde.txt');
  // "sept heures et demie" is on line 3 of Le Monde's text.
  const text = sources.get('sources/lemonde.txt')!;
  const start = text.indexOf('sept heures et demie');
  const lineStart = text.lastIndexOf('\n', start) + 1;
  assert.equal(loc.region, {
    startLine: 3,
    startColumn: start - lineStart + 1,
    endLine: 3,
    endColumn: start - lineStart + 1 + 'sept heures et demie'.length,
    charOffset: start,
    charLength: 'sept heures et demie'.length,
  });
  assert.is(dur.relatedLocations.length, 2);
  assert.is(dur.relatedLocations[0].physicalLocation.artifactLocation.uri, 'sources/reuters.txt');
  // Reuters uses CRLF: "more than five hours" is on line 2.
  assert.is(dur.relatedLocations[0].physicalLocation.region.startLine, 2);
  assert.is(dur.relatedLocations[0].physicalLocation.region.startColumn, 'The talks lasted '.length + 1);
});

test('rule metadata from options, offsets only without sources, baseline states', () => {
  const { report } = mainFixture();
  report.baseline = { new: ['f-duration-1'], present: ['f-quote-1'], fixed: [] };
  const log = check(
    formatSarif(report, { rules: [{ id: 'duration-mismatch', description: 'Incompatible durations', level: 'error' }] }),
  );
  const rule = log.runs[0].tool.driver.rules[0];
  assert.is(rule.shortDescription.text, 'Incompatible durations');
  assert.is(log.runs[0].tool.driver.rules[1].shortDescription.text, 'quote (wording)');
  const region = log.runs[0].results[0].locations[0].physicalLocation.region;
  assert.equal(Object.keys(region).sort(), ['charLength', 'charOffset']);
  assert.is(log.runs[0].results[0].baselineState, 'new');
  assert.is(log.runs[0].results[1].baselineState, 'unchanged');
});

test('hostile and large reports stay schema-valid', () => {
  const h = hostileFixture();
  const log = check(formatSarif(h.report, { sources: h.sources }));
  assert.ok(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri.startsWith('sources/%3Cscript%3E'));
  const l = largeFixture(500);
  check(formatSarif(l.report, { sources: l.sources }));
});

test('textRegion and pathToUri', () => {
  assert.equal(textRegion("ab\r\ncd\ref\ngh", 10, 12), { startLine: 4, startColumn: 1, endLine: 4, endColumn: 3, charOffset: 10, charLength: 2 });
  assert.equal(textRegion('abc', 0, 0), { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1, charOffset: 0, charLength: 0 });
  assert.is(pathToUri('sources/a b#1.txt'), 'sources/a%20b%231.txt');
  assert.is(pathToUri('/tmp/x.txt'), 'file:///tmp/x.txt');
});

test.run();
