// The worker pool must give exactly what the single-thread path gives: same analyses, same report bytes.
import { isDeepStrictEqual } from 'node:util';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { analyse } from '../../src/extract/index.ts';
import { ingestText } from '../../src/ingest/index.ts';
import { analyseAll } from '../../src/parallel/pool.ts';
import { findCopyGroups } from '../../src/align/copies.ts';
import { shingleHashes } from '../../src/text/shingles.ts';
import { check, checkAnalysed, checkDocs } from '../../src/pipeline.ts';
import { ingest } from '../../src/ingest/index.ts';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { loadRules } from '../../src/compare/load-rules.ts';
import { generate, sourceTopics } from './corpus.ts';
import { ROOT } from './corpus-cli.ts';

const docs = [...generate({ articles: 40, perEvent: 8, seed: 7 }, sourceTopics(ROOT))].map((a) => ingestText(`bench/${a.id}.txt`, a.file));

test('workers give the same analyses as analyse() in-process', async () => {
  const one = docs.map((d) => analyse(d));
  const many = await analyseAll(docs, { threads: 2, minDocs: 0, batch: 7 });
  assert.is(many.length, one.length);
  for (let i = 0; i < one.length; i++) {
    assert.ok(many[i]!.doc === docs[i], 'the document is the caller\'s own object');
    assert.ok(isDeepStrictEqual(many[i], one[i]), `analysis ${i} differs`);
  }
});

test('workers give a byte-identical report', async () => {
  const rules = loadRules(path.join(ROOT, 'rules'));
  const one = checkDocs(docs, [], rules);
  const many = checkAnalysed(await analyseAll(docs, { threads: 2, minDocs: 0, batch: 5 }), [], rules);
  assert.is(JSON.stringify(many.report), JSON.stringify(one.report));
});

test('workers compute the copy shingles that copy detection would compute itself', async () => {
  const many = await analyseAll(docs, { threads: 2, minDocs: 0, batch: 6, shingles: true });
  for (let i = 0; i < docs.length; i++) assert.equal([...many[i]!.shingles!], [...shingleHashes(docs[i]!.text)], `shingles of ${i}`);
  const given = findCopyGroups(docs.map((d, i) => ({ id: d.id, text: d.text, shingles: many[i]!.shingles })));
  assert.equal(given, findCopyGroups(docs.map((d) => ({ id: d.id, text: d.text }))));
});

test('check() analyses files as they are read, and reports what ingest-then-analyse reports', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'recoupe-stream-'));
  try {
    const files = [...generate({ articles: 48, perEvent: 8, seed: 11 }, sourceTopics(ROOT))];
    // Written in reverse so that reading order (sorted names) and id order are not the creation order.
    for (const a of [...files].reverse()) writeFileSync(path.join(dir, `${a.id}.txt`), a.file);
    writeFileSync(path.join(dir, 'empty.txt'), '');
    const rules = loadRules(path.join(ROOT, 'rules'));
    const streamed = await check({ paths: [dir], rules, cwd: dir, parallel: { threads: 2, minDocs: 10, batch: 5 } });
    const { docs: read, problems } = await ingest([dir], { cwd: dir });
    const reference = checkDocs(read, problems, rules);
    assert.is(JSON.stringify(streamed.report), JSON.stringify(reference.report));
    assert.is(streamed.report.problems.length, 1);
    // With --strict the empty file stops the run, workers or not.
    const failure = await check({ paths: [dir], rules, cwd: dir, strict: true, parallel: { threads: 2, minDocs: 10, batch: 5 } }).then(
      () => null,
      (e: unknown) => e,
    );
    assert.is((failure as { code?: string } | null)?.code, 'E_SOURCE_EMPTY');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('small inputs stay in-process', async () => {
  const few = await analyseAll(docs.slice(0, 3));
  assert.is(few.length, 3);
  // In-process analyses keep the sentences analyse() made; worker ones get fresh objects.
  assert.ok(few.every((a, i) => isDeepStrictEqual(a, analyse(docs[i]!))));
  const streamed = await analyseAll(docs.slice(0, 3)[Symbol.iterator](), { minDocs: 4 });
  assert.is(streamed.length, 3);
});

test.run();
