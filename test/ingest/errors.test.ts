// Error codes for bad inputs, problems vs strict mode, and the one-input rule.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, writeFileSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ingest, ingestText } from '../../src/ingest/index.ts';
import { RecoupeError } from '../../src/errors.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'recoupe-ingest-'));
const good = 'Le ministre a rencontré son homologue pendant trois heures dimanche.\n';
const files: Record<string, string | Buffer> = {
  'good.txt': good,
  'empty.txt': '',
  'blank.md': '  \n\t\n',
  'binary.txt': Buffer.from([0x4c, 0x65, 0x00, 0x01, 0x02, 0x41]),
  'controls.txt': Buffer.from('\x01\x02\x03\x04\x05\x06\x07\x08abc'.repeat(20)),
  'latin1.txt': Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72]),
  'big.txt': 'x'.repeat(2000),
  'fm-open.md': '---\ntitle: Sans fin\nlang: fr\n',
  'fm-line.md': '---\ntitle: Bon\nceci n est pas une clé\n---\nLe texte.\n',
  'fm-lang.md': '---\nlang: de\n---\nDer Text.\n',
  'bad.json': '{"text": "Un texte", }',
  'deep.json': '['.repeat(10000) + ']'.repeat(10000),
  'notext.json': '[{"title": "Sans texte"}]',
  'broken.ndjson': '{"text":"Premier article assez long pour le test."}\n{oops\n{"text":"Troisième article."}\n',
  'page.html': '<html><head><title>Vide</title><script>var a=1</script></head><body><nav>Menu</nav></body></html>',
  'data.csv': 'a,b\n1,2\n',
};
for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);

async function codeOf(p: string, opts = {}): Promise<string> {
  try {
    await ingest([p], { cwd: dir, ...opts });
  } catch (err) {
    assert.instance(err, RecoupeError);
    const e = err as RecoupeError;
    assert.not.ok(e.message.includes('\n'), 'one line');
    return `${e.code} ${e.where ?? ''}`.trim();
  }
  return 'ok';
}

const TABLE: [string, string, object?][] = [
  ['no-such-dir', 'E_SOURCE_MISSING'],
  ['empty.txt', 'E_SOURCE_EMPTY'],
  ['blank.md', 'E_SOURCE_EMPTY'],
  ['binary.txt', 'E_SOURCE_BINARY'],
  ['controls.txt', 'E_SOURCE_BINARY'],
  ['latin1.txt', 'E_SOURCE_ENCODING byte 3'],
  ['big.txt', 'E_SOURCE_TOO_BIG', { maxFileSize: 1000 }],
  ['fm-open.md', 'E_FRONT_MATTER line 1'],
  ['fm-line.md', 'E_FRONT_MATTER line 3'],
  ['fm-lang.md', 'E_FRONT_MATTER line 2'],
  ['bad.json', 'E_FEED_JSON line 1'],
  ['notext.json', 'E_FEED_RECORD record 1'],
  ['page.html', 'E_SOURCE_EMPTY'],
  ['data.csv', 'E_SOURCE_READ'],
  ['*.nothing', 'E_SOURCE_MISSING'],
];
for (const [file, want, opts] of TABLE) {
  test(`error: ${file} → ${want}`, async () => {
    assert.is(await codeOf(file, opts), want);
  });
}

test('error: 10 000 nested levels do not overflow the stack', async () => {
  const code = await codeOf('deep.json');
  // JSON.parse may accept it (then the record is not an object) or throw RangeError (nested too deeply).
  assert.ok(code.startsWith('E_FEED_JSON') || code.startsWith('E_FEED_RECORD'), code);
});

test('error: the message of a missing single input names it', async () => {
  try {
    await ingest(['no-such-dir'], { cwd: dir });
    assert.unreachable();
  } catch (err) {
    assert.ok((err as Error).message.includes('no-such-dir'));
  }
});

test('problems: bad files are collected and the run goes on; strict throws the first', async () => {
  const res = await ingest(['good.txt', 'empty.txt', 'missing.txt', 'broken.ndjson'], { cwd: dir });
  assert.equal(res.docs.map((d) => d.id), ['broken.ndjson#1', 'broken.ndjson#3', 'good.txt']);
  assert.equal(res.problems.map((p) => `${p.code} ${p.file}`), ['E_SOURCE_EMPTY empty.txt', 'E_SOURCE_MISSING missing.txt', 'E_FEED_RECORD broken.ndjson']);
  assert.ok(res.problems[2]!.message.startsWith('line 2'));
  assert.is(await codeOf('good.txt', {}), 'ok');
  try {
    await ingest(['good.txt', 'empty.txt'], { cwd: dir, strict: true });
    assert.unreachable();
  } catch (err) {
    assert.is((err as RecoupeError).code, 'E_SOURCE_EMPTY');
  }
});

test('problems: nothing readable among several inputs → E_NO_SOURCES', async () => {
  try {
    await ingest(['empty.txt', 'blank.md'], { cwd: dir });
    assert.unreachable();
  } catch (err) {
    assert.is((err as RecoupeError).code, 'E_NO_SOURCES');
  }
});

test('inputs are never modified', async () => {
  const sub = path.join(dir, 'ro');
  mkdirSync(sub);
  const src = '\ufeff---\ntitle: T\n---\nRechercher\n\nLe texte original reste tel quel dans le fichier.\n';
  writeFileSync(path.join(sub, 'a.md'), src);
  const { docs } = await ingest(['ro'], { cwd: dir });
  assert.is(readFileSync(path.join(sub, 'a.md'), 'utf8'), src);
  assert.is(docs[0]!.original, src);
});

test('ingestText throws E_FRONT_MATTER for bad front matter', () => {
  assert.throws(() => ingestText('x.md', '---\nlang: xx\n---\nTexte.'), (e: unknown) => (e as RecoupeError).code === 'E_FRONT_MATTER');
});

test.run();
