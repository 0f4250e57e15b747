// The worker pool must give exactly what the single-thread path gives: same documents and analyses, same problems
// in the same order, same report bytes.
import { isDeepStrictEqual } from 'node:util';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { DocAnalysis } from '../../src/align/analysis.ts';
import { RecoupeError } from '../../src/errors.ts';
import { analyse } from '../../src/extract/index.ts';
import { buildDoc, type RawDoc } from '../../src/ingest/build.ts';
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

const raws: RawDoc[] = [...generate({ articles: 40, perEvent: 8, seed: 7 }, sourceTopics(ROOT))].map((a) => ({
  id: `bench/${a.id}.txt`,
  path: `bench/${a.id}.txt`,
  content: a.file,
  format: 'text',
}));
const docs = raws.map(buildDoc);
const analysesOf = (all: (DocAnalysis | RecoupeError)[]) => all as DocAnalysis[];

test('workers build the same documents and analyses as buildDoc() and analyse() in-process', async () => {
  const one = docs.map((d) => analyse(d));
  const many = analysesOf(await analyseAll(raws, { threads: 2, minDocs: 0, batch: 7 }));
  assert.is(many.length, one.length);
  for (let i = 0; i < one.length; i++) {
    assert.ok(many[i]!.doc.original === raws[i]!.content, 'the original is the string this thread read');
    assert.ok(isDeepStrictEqual(many[i], one[i]), `analysis ${i} differs`);
  }
});

test('an article that fails to build in a worker gives the error buildDoc() throws, in its place', async () => {
  const bad: RawDoc[] = [
    raws[0]!,
    { id: 'fm.md', path: 'fm.md', content: '---\nlang: xx\n---\nTexte.', format: 'text' },
    { id: 'blank.html', path: 'blank.html', content: '<html><script>x</script></html>', format: 'html' },
    { id: 'page.html', path: 'page.html', content: '<p>Un paragraphe&nbsp;de texte, <b>assez</b> long.</p>', format: 'html' },
  ];
  const many = await analyseAll(bad, { threads: 2, minDocs: 0, batch: 1 });
  const here = await analyseAll(bad, { minDocs: 10 });
  assert.equal(
    many.map((a) => (a instanceof RecoupeError ? a.message : null)),
    [null, 'fm.md:line 2: unknown lang "xx" (expected fr or en) (E_FRONT_MATTER)', 'blank.html: the page has no visible text (E_SOURCE_EMPTY)', null],
  );
  assert.ok(isDeepStrictEqual(many, here));
  assert.ok((many[3] as DocAnalysis).doc.offsets instanceof Int32Array);
});

test('workers give a byte-identical report', async () => {
  const rules = loadRules(path.join(ROOT, 'rules'));
  const one = checkDocs(docs, [], rules);
  const many = checkAnalysed(analysesOf(await analyseAll(raws, { threads: 2, minDocs: 0, batch: 5 })), [], rules);
  assert.is(JSON.stringify(many.report), JSON.stringify(one.report));
});

test('workers compute the copy shingles that copy detection would compute itself', async () => {
  const many = analysesOf(await analyseAll(raws, { threads: 2, minDocs: 0, batch: 6, shingles: true }));
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
    // Problems met while reading (an empty file) and while building in a worker (bad front matter, a blank page).
    writeFileSync(path.join(dir, 'empty.txt'), '');
    writeFileSync(path.join(dir, 'a-front.md'), '---\nlang: xx\n---\nTexte.');
    writeFileSync(path.join(dir, 'z-blank.html'), '<html><script>x</script></html>');
    // A file whose id is a feed record's, read after it: the record's document is the first, the file is dropped.
    writeFileSync(path.join(dir, 'f.json'), JSON.stringify([{ id: 'x.txt', text: 'Le texte du premier enregistrement, assez long.' }]));
    writeFileSync(path.join(dir, 'f.json#x.txt'), 'Le texte du fichier au même nom, lu après.');
    const rules = loadRules(path.join(ROOT, 'rules'));
    const streamed = await check({ paths: [dir], rules, cwd: dir, parallel: { threads: 2, minDocs: 10, batch: 5 } });
    const { docs: read, problems } = await ingest([dir], { cwd: dir });
    const reference = checkDocs(read, problems, rules);
    assert.is(JSON.stringify(streamed.report), JSON.stringify(reference.report));
    assert.equal(streamed.report.problems.map((p) => `${p.code} ${p.file}`), ['E_FRONT_MATTER a-front.md', 'E_SOURCE_EMPTY empty.txt', 'E_SOURCE_EMPTY z-blank.html']);
    assert.equal(streamed.docs.filter((d) => d.id === 'f.json#x.txt').map((d) => d.original), ['Le texte du premier enregistrement, assez long.']);
    // With --strict the first problem in reading order stops the run, workers or not: here one met in a worker.
    const failure = await check({ paths: [dir], rules, cwd: dir, strict: true, parallel: { threads: 2, minDocs: 10, batch: 5 } }).then(
      () => null,
      (e: unknown) => e,
    );
    assert.is((failure as { code?: string } | null)?.code, 'E_FRONT_MATTER');
    rmSync(path.join(dir, 'a-front.md'));
    const empty = await check({ paths: [dir], rules, cwd: dir, strict: true, parallel: { threads: 2, minDocs: 10, batch: 5 } }).then(
      () => null,
      (e: unknown) => e,
    );
    assert.is((empty as { code?: string; file?: string } | null)?.file, 'empty.txt');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('small inputs stay in-process', async () => {
  const few = await analyseAll(raws.slice(0, 3));
  assert.is(few.length, 3);
  assert.ok(few.every((a, i) => isDeepStrictEqual(a, analyse(docs[i]!))));
  const streamed = await analyseAll(raws.slice(0, 3)[Symbol.iterator](), { minDocs: 4 });
  assert.is(streamed.length, 3);
});

test.run();
