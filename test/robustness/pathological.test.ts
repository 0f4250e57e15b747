// Pathological inputs, generated on the fly into temp folders (no big fixtures in git). Each run ends with a
// clear result or a one-line error; no timing asserts (bench/ measures time), but the runner's timeout and
// the child-process timeouts make a hang fail.
import { readFileSync, writeFileSync, mkdirSync, openSync, writeSync, closeSync } from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { cli } from '../helpers/cli.ts';
import { cleanup, ROOT, tempDir } from './helpers/corpus.ts';
import { SENTENCES } from './helpers/fuzz.ts';
import { assertFinite, assertFiniteJson, checkReport } from './helpers/invariants.ts';
import type { ClaimDraft, Report } from '../../src/types.ts';
import { ingestText, readEach } from '../../src/ingest/index.ts';
import { analyse } from '../../src/extract/index.ts';

function checkDrafts(drafts: ClaimDraft[], length: number): void {
  assert.ok(drafts.length > 1000);
  for (const d of drafts) assert.ok(0 <= d.start && d.start < d.end && d.end <= length);
}

const RULES = path.join(ROOT, 'rules');
const ARTICLE = readFileSync(path.join(ROOT, 'sources/001_06fc588ebcd089d3.txt'), 'utf8');
const OTHER = readFileSync(path.join(ROOT, 'sources/002_62b62e25b8587f41.txt'), 'utf8');

/** `check` in-process on `dir`; returns the run and the parsed report.json. */
async function checkDir(dir: string, extra: string[] = []) {
  const run = await cli(['check', 'in', '--rules', RULES, '--out', 'out', ...extra], dir);
  let report: Report | null = null;
  let json = '';
  if (run.code !== 2) {
    json = readFileSync(path.join(dir, 'out/report.json'), 'utf8');
    report = JSON.parse(json) as Report;
  }
  return { ...run, report, json };
}

/** A folder `in/` holding `files`, plus one ordinary article so that the run has something to compare. */
function corpus(tag: string, files: Record<string, string | Buffer> = {}): string {
  const dir = tempDir(tag);
  mkdirSync(path.join(dir, 'in'));
  writeFileSync(path.join(dir, 'in/ordinary.txt'), OTHER);
  for (const [name, body] of Object.entries(files)) writeFileSync(path.join(dir, 'in', name), body);
  return dir;
}

function oneLineErrors(stderr: string): void {
  for (const line of stderr.split('\n').filter(Boolean)) assert.match(line, /^recoupe: /);
  assert.not.match(stderr, /internal error|\n\s+at /);
}

test('a 50 MB file is skipped by the default --max-file-size, with one line naming it', async () => {
  const dir = corpus('big');
  // Written in chunks: the article repeated to 50 MB (the cleaner masks repeats, so processing stays cheap).
  const fd = openSync(path.join(dir, 'in/big.txt'), 'w');
  const chunk = Buffer.from(ARTICLE.repeat(200));
  for (let written = 0; written < 50 * 1024 * 1024; written += chunk.length) writeSync(fd, chunk);
  closeSync(fd);
  const r = await checkDir(dir);
  assert.is(r.code, 0, r.stderr);
  assert.match(r.stderr, /^recoupe: in\/big\.txt: file is \d+ bytes, more than the 20971520 byte limit \(E_SOURCE_TOO_BIG\), skipped$/m);
  assert.is(r.report!.summary.documents, 1);
  assert.equal(r.report!.problems.map((p) => p.code), ['E_SOURCE_TOO_BIG']);

  const big = await checkDir(dir, ['--max-file-size', '60MB']);
  assert.is(big.code, 0, big.stderr);
  assert.is(big.report!.summary.documents, 2);
  checkReport(big.report!);
});

test('1 MB of distinct paragraphs goes through the whole pipeline', async () => {
  // Distinct text is the expensive case: every paragraph yields new claims.
  const paras: string[] = [];
  for (let i = 0, len = 0; len < 1_000_000; i++) {
    const p = `${SENTENCES[i % SENTENCES.length]} Le bilan ${i} fait état de ${i % 97} blessés.`;
    paras.push(p);
    len += p.length + 2;
  }
  const r = await checkDir(corpus('distinct', { 'distinct.txt': paras.join('\n\n') }));
  assert.is(r.code, 0, r.stderr);
  checkReport(r.report!);
});

test('a 5 MB single line goes through the whole check', async () => {
  const line = SENTENCES.join(' ').replace(/\s+/g, ' ');
  const five = line.repeat(Math.ceil(5e6 / line.length));
  const doc = ingestText('line.txt', five);
  assert.is(doc.original.length, five.length);
  checkDrafts(analyse(doc).drafts, doc.text.length);
  const r = await checkDir(corpus('line', { 'line.txt': five }));
  assert.is(r.code, 0, r.stderr);
  checkReport(r.report!);
});

test('20,000 tiny files', async () => {
  const dir = corpus('many');
  for (let i = 0; i < 20_000; i++) writeFileSync(path.join(dir, 'in', `t${String(i).padStart(5, '0')}.txt`), `Brève ${i}: ${i % 50} manifestants à Lyon.\n`);
  const r = await checkDir(dir, ['--no-claims']);
  assert.is(r.code, 0, r.stderr);
  assert.is(r.report!.summary.documents, 20_001);
});

test('a tree of 150,000 files is listed (spreading each folder list into its parent overflowed the stack)', () => {
  const dir = tempDir('tree');
  const deep = path.join(dir, 'a', 'b');
  mkdirSync(deep, { recursive: true });
  for (let i = 0; i < 150_000; i++) writeFileSync(path.join(deep, `${i}.txt`), 'x');
  const progress = { problems: [], files: 0 };
  // Listing happens before the first article is read.
  readEach([dir], { cwd: dir }, progress).next();
  assert.is(progress.files, 150_000);
});

test('a JSON feed nested 10,000 levels deep is one line, not a crash', async () => {
  const deepArray = '['.repeat(10_000) + JSON.stringify({ text: ARTICLE }) + ']'.repeat(10_000);
  const deepObject = '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000);
  const r = await checkDir(corpus('deep', { 'deep-array.json': deepArray, 'deep-object.json': deepObject }));
  assert.is(r.code, 0, r.stderr);
  oneLineErrors(r.stderr);
  assert.match(r.stderr, /^recoupe: in\/deep-array\.json: .*\(E_FEED_(JSON|RECORD)\), skipped$/m);
  assert.match(r.stderr, /^recoupe: in\/deep-object\.json: .*\(E_FEED_(JSON|RECORD)\), skipped$/m);
  // Alone, the deep feed is a one-line error and exit 2.
  const dir = tempDir('deep-alone');
  writeFileSync(path.join(dir, 'deep.json'), deepArray);
  const alone = await cli(['check', 'deep.json', '--rules', RULES, '--out', 'out'], dir);
  assert.is(alone.code, 2);
  assert.match(alone.stderr, /^recoupe: deep\.json.*\(E_[A-Z_]+\)\n$/);
});

test('an NDJSON feed with a broken line in the middle: other lines read, the broken one named by line', async () => {
  const rec = (i: number) => JSON.stringify({ id: `r${i}`, title: `Dépêche ${i}`, text: `${SENTENCES[i]} ${i} morts selon la police.` });
  const lines = [rec(1), rec(2), '', '{"id": "r3", "text": "cut here', rec(4), rec(5)];
  const r = await checkDir(corpus('ndjson', { 'feed.ndjson': lines.join('\n') + '\n' }));
  assert.is(r.code, 0, r.stderr);
  assert.match(r.stderr, /^recoupe: in\/feed\.ndjson: line 4: invalid JSON: .* \(E_FEED_RECORD\), skipped$/m);
  const ids = r.report!.documents.map((d) => d.id);
  for (const i of [1, 2, 4, 5]) assert.ok(ids.includes(`in/feed.ndjson#r${i}`), ids.join());
});

test('numbers like 10^400 and 400 digits never become Infinity or NaN', async () => {
  const huge = '9'.repeat(400);
  const text = [
    `Selon la police, ${huge} manifestants ont défilé à Paris le 19 juin 2023.`,
    `Les syndicats ont compté 10^400 personnes et un coût de ${huge} euros, soit 1e999 dollars.`,
    `La réunion a duré ${huge} heures, et 10^400 minutes selon un témoin.`,
    `Il y a eu ${huge},${huge} % de hausse et 0,${huge} million de blessés.`,
  ].join('\n\n');
  const r = await checkDir(corpus('numbers', { 'a.txt': text, 'b.txt': text.replace(/Paris/g, 'Lyon') }), ['--format', 'json,html,md,sarif']);
  assert.is(r.code, 0, r.stderr);
  checkReport(r.report!);
  assertFinite(r.report);
  assertFiniteJson(r.json);
});

test('100,000 quotes in one article', async () => {
  const q = Array.from({ length: 100_000 }, (_, i) => `« Nous ne céderons pas ${i % 7 ? '' : 'jamais '}», a déclaré le ministre.`).join(' ');
  const r = await checkDir(corpus('quotes', { 'quotes.txt': q }));
  assert.is(r.code, 0, r.stderr);
  checkReport(r.report!);
});

test('an HTML page that is 90% markup', async () => {
  const noise = '<div class="nav" data-x="1"><span><a href="/x">&nbsp;</a></span><!-- tracking --><script>var a="<p>";</script></div>\n';
  const parts: string[] = ['<html><head><title>Page</title><style>p{}</style></head><body><article>'];
  for (const s of SENTENCES.slice(0, 40)) parts.push(noise.repeat(10), `<p>${s}</p>`);
  parts.push('</article></body></html>');
  const html = parts.join('\n');
  const r = await checkDir(corpus('markup', { 'page.html': html.repeat(20) }));
  assert.is(r.code, 0, r.stderr);
  assert.is(r.report!.summary.documents, 2);
  checkReport(r.report!);
});

// ROBUSTNESS_TIMES=1 prints each test's wall time (for tuning sizes; never asserted).
let started = 0;
test.before.each(() => void (started = performance.now()));
test.after.each((ctx) => {
  if (process.env.ROBUSTNESS_TIMES) console.log(`  ${Math.round(performance.now() - started)} ms  ${ctx.__test__}`);
});
test.after(cleanup);
test.run();
