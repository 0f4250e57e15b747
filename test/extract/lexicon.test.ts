// The lexicon: loaded once, validated by the schema, and a broken file is a one-line E_LEXICON error.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { RecoupeError } from '../../src/errors.ts';
import { buildLexicon, LEXICON_FILES, loadLexicon, phraseTokens, tokenize, validateLexiconFile } from '../../src/extract/lexicon.ts';
import { packagePath } from '../../src/paths.ts';

test('loadLexicon is cached', () => {
  assert.is(loadLexicon(), loadLexicon());
});

test('every lexicon file validates and carries a $schema', () => {
  for (const f of LEXICON_FILES) {
    const text = readFileSync(packagePath('rules', 'lexicon', f), 'utf8');
    validateLexiconFile(f, text);
    assert.ok((JSON.parse(text) as { $schema?: string }).$schema?.endsWith('lexicon.schema.json'), f);
  }
});

test('the schema is draft 2020-12 with a version in $id', () => {
  const s = JSON.parse(readFileSync(packagePath('src/schema/lexicon.schema.json'), 'utf8')) as { $schema: string; $id: string };
  assert.match(s.$schema, /2020-12/);
  assert.match(s.$id, /\d+\.\d+\.\d+/);
});

function withBrokenCopy(file: string, edit: (data: Record<string, unknown>) => unknown, check: (e: RecoupeError) => void): void {
  const dir = mkdtempSync(path.join(tmpdir(), 'recoupe-lex-'));
  try {
    cpSync(packagePath('rules', 'lexicon'), dir, { recursive: true });
    const p = path.join(dir, file);
    writeFileSync(p, JSON.stringify(edit(JSON.parse(readFileSync(p, 'utf8')) as Record<string, unknown>)));
    try {
      buildLexicon(dir);
    } catch (e) {
      assert.instance(e, RecoupeError);
      assert.is((e as RecoupeError).code, 'E_LEXICON');
      check(e as RecoupeError);
      return;
    }
    assert.unreachable('no error');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('a hedge entry with a bad position fails with a pointer', () => {
  withBrokenCopy('hedges.json', (d) => {
    (d.entries as { position: string }[])[0]!.position = 'sideways';
    return d;
  }, (e) => {
    assert.match(e.where ?? '', /^\/entries\/0/);
    assert.match(e.file ?? '', /hedges\.json$/);
    assert.not.match(e.message, /\n/);
  });
});

test('a number word with a negative value fails', () => {
  withBrokenCopy('numbers.fr.json', (d) => {
    (d.units as Record<string, number>).sept = -7;
    return d;
  }, (e) => assert.match(e.where ?? '', /units/));
});

test('a hedge of an undefined kind fails', () => {
  withBrokenCopy('hedges.json', (d) => {
    (d.entries as { kind: string }[])[0]!.kind = 'nope';
    return d;
  }, (e) => assert.match(e.message, /nope/));
});

test('invalid JSON fails', () => {
  assert.throws(() => validateLexiconFile('x.json', '{'), (e: unknown) => e instanceof RecoupeError && e.code === 'E_LEXICON');
});

test('adding a phrasing is a data change', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'recoupe-lex-'));
  try {
    cpSync(packagePath('rules', 'lexicon'), dir, { recursive: true });
    const p = path.join(dir, 'hedges.json');
    const d = JSON.parse(readFileSync(p, 'utf8')) as { entries: unknown[] };
    d.entries.push({ phrase: 'dans les parages de', kind: 'approx', position: 'before', lang: 'fr' });
    writeFileSync(p, JSON.stringify(d));
    const lex = buildLexicon(dir);
    const toks = tokenize('dans les parages de 5', 0, 21, lex.fr.numbers.elisions);
    assert.is(lex.fr.hedgesBefore.matchEndingAt(toks, 4)?.data.kind, 'approx');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('tokenizer: elisions, folded accents, hyphens optional in phrases', () => {
  const el = loadLexicon().fr.numbers.elisions;
  const t = tokenize("jusqu’à d'environ Près", 0, 22, el).map((x) => x.f);
  assert.equal(t, ['jusque', 'a', 'de', 'environ', 'pres']);
  assert.equal(phraseTokens('quatre-vingt-dix'), ['quatre', 'vingt', 'dix']);
  assert.equal(phraseTokens('km/h'), ['km', '/', 'h']);
});

test.run();
