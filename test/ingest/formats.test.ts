// Formats: text, Markdown front matter, HTML, JSON, NDJSON; paths, globs and ids.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingest, ingestText } from '../../src/ingest/index.ts';
import { assertInvariants, reasons, visible } from './helpers.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const FIX = 'test/fixtures/ingest';

test('a directory is read recursively, sorted, other extensions ignored, feeds split into records', async () => {
  const { docs, problems } = await ingest([FIX], { cwd: ROOT });
  const ids = docs.map((d) => d.id);
  assert.equal(ids, [...ids].sort());
  assert.ok(ids.includes(`${FIX}/article.md`));
  assert.ok(ids.includes(`${FIX}/page.html`));
  assert.ok(ids.includes(`${FIX}/feed.json#7`));
  assert.ok(ids.includes(`${FIX}/feed.json#b`));
  assert.ok(ids.includes(`${FIX}/feed.ndjson#a1`));
  assert.ok(ids.includes(`${FIX}/feed.ndjson#4`), 'record without id takes its 1-based index');
  assert.not.ok(ids.some((id) => id.endsWith('.rst')));
  // NDJSON: the broken line and the record without text are problems naming their line; the rest go on.
  assert.equal(
    problems.map((p) => [p.code, p.file, p.message.split(':')[0]]),
    [
      ['E_FEED_RECORD', `${FIX}/feed.ndjson`, 'line 2'],
      ['E_FEED_RECORD', `${FIX}/feed.ndjson`, 'line 3'],
    ],
  );
  for (const d of docs) assertInvariants(d);
});

test('walking a folder skips hidden entries, node_modules and what `exclude` names (a run\'s own reports)', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'recoupe-walk-'));
  const article = 'Le ministre a rencontré son homologue dimanche à Paris pendant trois heures.\n';
  for (const f of ['a.txt', 'node_modules/pkg/README.md', '.cache/b.txt', 'reports/report.md', 'sub/c.md', 'baseline.json']) {
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    writeFileSync(path.join(dir, f), article);
  }
  const exclude = [path.join(dir, 'reports'), path.join(dir, 'baseline.json')];
  const { docs } = await ingest([dir], { cwd: dir, exclude });
  assert.equal(docs.map((d) => d.id), ['a.txt', 'sub/c.md']);
  // A glob leaves them out too; a file named on its own is read.
  assert.equal((await ingest(['**/*.md'], { cwd: dir, exclude })).docs.map((d) => d.id), ['sub/c.md']);
  assert.equal((await ingest(['reports/report.md'], { cwd: dir, exclude })).docs.map((d) => d.id), ['reports/report.md']);
});

test('the same file given twice is read once; ids are cwd-relative POSIX paths', async () => {
  const { docs } = await ingest([`${FIX}/notes.txt`, `./${FIX}/notes.txt`, path.join(ROOT, FIX, 'notes.txt')], { cwd: ROOT });
  assert.equal(docs.map((d) => [d.id, d.path]), [[`${FIX}/notes.txt`, `${FIX}/notes.txt`]]);
});

test('globs: *, ? and **', async () => {
  const star = await ingest([`${FIX}/*.txt`], { cwd: ROOT });
  assert.equal(star.docs.map((d) => d.id), [`${FIX}/notes.txt`]);
  const q = await ingest([`${FIX}/feed.?son`], { cwd: ROOT });
  assert.equal(q.docs.map((d) => d.id), [`${FIX}/feed.json#7`, `${FIX}/feed.json#b`]);
  const deep = await ingest(['test/**/article.md'], { cwd: ROOT });
  assert.equal(deep.docs.map((d) => d.id), [`${FIX}/article.md`]);
});

test('markdown front matter feeds metadata and is masked as front-matter', async () => {
  const { docs } = await ingest([`${FIX}/article.md`], { cwd: ROOT });
  const d = docs[0]!;
  assert.is(d.title, 'Sommet à Nairobi');
  assert.is(d.outlet, 'Le Quotidien');
  assert.is(d.url, 'https://example.org/a');
  assert.equal(d.published, { value: '2024-03-02', source: 'metadata' });
  assert.is(d.lang, 'fr');
  assert.is(d.langSource, 'metadata');
  assert.equal(reasons(d), ['front-matter', 'navigation']);
  assert.ok(d.removed[0]!.text.startsWith('---\ntitle:'));
  assert.not.ok(d.text.includes('outlet'));
  assert.ok(visible(d).startsWith("Le sommet de Nairobi s'est ouvert samedi"));
  assertInvariants(d);
});

test('html: visible article text, entities decoded, metadata, dropped elements, offsets map back', async () => {
  const { docs } = await ingest([`${FIX}/page.html`], { cwd: ROOT });
  const d = docs[0]!;
  assert.is(d.title, 'Storm hits the coast');
  assert.is(d.outlet, 'Daily Example');
  assert.is(d.lang, 'en');
  assert.is(d.langSource, 'metadata');
  assert.equal(d.published, { value: '2024-11-03T08:15', source: 'metadata' });
  const t = d.text;
  assert.ok(t.includes('more than 150 km/h on Sunday, officials said — the strongest since 1999.'), t);
  assert.ok(t.includes('the mayor’s office said. Café owners closed early.'));
  for (const gone of ['not text', 'color: red', 'Home', 'Most read', '© Daily Example', 'an ad slot', 'Read also', 'JANE ROE']) {
    assert.not.ok(t.includes(gone), `"${gone}" should not be in the text`);
  }
  // <article> is preferred: the header outside it is gone, and the h1 is the first line.
  assert.ok(t.startsWith('Storm hits the coast\n'));
  // Block elements are line breaks.
  assert.ok(/1999\.\n+About 2,000/.test(t));
  const rs = reasons(d);
  assert.ok(rs.includes('markup') && rs.includes('caption') && rs.includes('related-link'), rs.join());
  assertInvariants(d);
  // An entity maps to its start in the HTML.
  const cafe = t.indexOf('Café') + 3;
  assert.is(d.original.slice(d.offsets![cafe]!, d.offsets![cafe]! + 8), '&eacute;');
  // The last slot is the original end of the last char.
  const last = d.offsets![t.length]!;
  assert.is(d.original.slice(last - 1, last), '.');
});

test('html: a page without <article> keeps body text; <br> and <li> break lines; numeric entities', () => {
  const d = ingestText('x.html', '<html><body><ul><li>Un&#xA0;premier point</li><li>Deux &#233;t&#233;s</li></ul>Ligne<br>suivante &amp; fin &unknown; &#128512;</body></html>');
  // A no-break space collapses like any blank; a list end leaves a blank line.
  assert.is(d.text, 'Un premier point\nDeux étés\n\nLigne\nsuivante & fin &unknown; 😀');
  assertInvariants(d);
  const smile = d.text.indexOf('😀');
  assert.is(d.offsets![smile], d.offsets![smile + 1]);
  assert.is(d.original.slice(d.offsets![smile]!, d.offsets![smile]! + 3), '&#1');
});

test('html: unclosed tags, attributes with ">" in quotes and a fake end tag inside a script', () => {
  const d = ingestText('y.html', '<p title="a > b">Premier paragraphe du texte.<nav><script>if (a</nav>)</script></nav><p>Second paragraphe du texte.');
  assert.is(d.text, 'Premier paragraphe du texte.\n\nSecond paragraphe du texte.');
  assertInvariants(d);
});

test('ingestText: caller metadata (id, lang) wins over detection', () => {
  const d = ingestText('note.txt', 'Ligne simple pour un test de langue avec des mots français.', { lang: 'en', id: 'custom' });
  assert.is(d.id, 'custom');
  assert.is(d.lang, 'en');
  assert.is(d.langSource, 'metadata');
});

test('json and ndjson records carry their fields', async () => {
  const { docs } = await ingest([`${FIX}/feed.json`, `${FIX}/feed.ndjson`], { cwd: ROOT });
  const a1 = docs.find((d) => d.id.endsWith('#a1'))!;
  assert.is(a1.original, 'La grève a réuni 12 000 personnes mardi à Lyon selon la préfecture.');
  assert.is(a1.title, 'Grève');
  assert.equal(a1.published, { value: '2023-03-07', source: 'metadata' });
  assert.is(a1.path, `${FIX}/feed.ndjson`);
  const b = docs.find((d) => d.id.endsWith('feed.json#b'))!;
  assert.is(b.lang, 'en');
  assert.is(b.langSource, 'detected');
  const seven = docs.find((d) => d.id.endsWith('#7'))!;
  assert.is(seven.lang, 'fr');
});

test.run();
