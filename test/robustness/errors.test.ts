// Errors: every code used in src/ is declared and listed in the README's error table; user errors are one line
// naming the file and the line, byte or JSON pointer; an internal error is one line asking for --debug, exit 2.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { formatError, RecoupeError } from '../../src/errors.ts';
import { cli } from '../helpers/cli.ts';
import { cleanup, ROOT, runBin, tempDir } from './helpers/corpus.ts';

function srcFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const full = path.join(dir, n);
    return statSync(full).isDirectory() ? srcFiles(full) : n.endsWith('.ts') ? [full] : [];
  });
}

test('every error code used in src/ is declared in errors.ts and listed in the README', () => {
  const declared = new Set([...readFileSync(path.join(ROOT, 'src/errors.ts'), 'utf8').matchAll(/\| '(E_[A-Z_]+)'/g)].map((m) => m[1]!));
  const used = new Set(srcFiles(path.join(ROOT, 'src')).flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/'(E_[A-Z][A-Z_]*)'/g)].map((m) => m[1]!)));
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const listed = new Set([...readme.matchAll(/^\| `(E_[A-Z_]+)` \|/gm)].map((m) => m[1]!));
  assert.ok(used.size >= 15, `only ${used.size} codes found`);
  for (const code of used) assert.ok(declared.has(code), `${code} is used but not in the ErrorCode union`);
  for (const code of declared) assert.ok(listed.has(code), `${code} is missing from the README's error table`);
});

test('user errors are one line with the file and where in it', async () => {
  const dir = tempDir('errors');
  const rules = path.join(dir, 'rules');
  mkdirSync(rules);
  writeFileSync(path.join(dir, 'fm.md'), '---\ntitle: ok\nthis is not a key\n---\nTexte.');
  writeFileSync(path.join(dir, 'bad.json'), '[\n{"text": "a"},\n{"text": }\n]');
  writeFileSync(path.join(dir, 'latin1.txt'), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]));
  writeFileSync(path.join(dir, 'feed.ndjson'), '{"text": "Un texte."}\n{"title": "sans texte"}\n');
  writeFileSync(path.join(rules, 'r.json'), JSON.stringify({ id: 'r', kind: 'interval', description: 'd', appliesTo: ['duration'], level: 'error', options: { relativeTolerance: 'x' } }));
  const R = path.join(ROOT, 'rules');
  const cases: [string[], RegExp][] = [
    [['check', 'fm.md', '--strict', '--rules', R], /^recoupe: fm\.md:line 3: .*\(E_FRONT_MATTER\)\n$/],
    [['check', 'bad.json', '--strict', '--rules', R], /^recoupe: bad\.json:line 3: invalid JSON: .*\(E_FEED_JSON\)\n$/],
    [['check', 'latin1.txt', '--strict', '--rules', R], /^recoupe: latin1\.txt:byte 3: not valid UTF-8 \(E_SOURCE_ENCODING\)\n$/],
    [['check', 'feed.ndjson', '--strict', '--rules', R], /^recoupe: feed\.ndjson:line 2: .*\(E_FEED_RECORD\)\n$/],
    [['check', 'nope', '--rules', R], /^recoupe: nope: no such file or directory \(E_SOURCE_MISSING\)\n$/],
    [['check', 'fm.md', '--rules', 'rules'], /^recoupe: rules\/r\.json:\/options\S*: .*\(E_RULE_SCHEMA\)\n$/],
    [['check', '--max-file-size', 'lots', '--rules', R], /^recoupe: --max-file-size: .*\(E_USAGE\)\n$/],
  ];
  for (const [argv, want] of cases) {
    const r = await cli(argv, dir);
    assert.is(r.code, 2, `${argv.join(' ')} → ${r.code} ${r.stderr}`);
    assert.match(r.stderr, want, `${argv.join(' ')}`);
  }
});

test('formatError: user errors as is, internal errors in one line asking for --debug', () => {
  assert.is(formatError(new RecoupeError('E_SOURCE_READ', 'a.txt', 'cannot\nread', 'line 2')), 'recoupe: a.txt:line 2: cannot read (E_SOURCE_READ)');
  const bug = new TypeError('x is undefined\n  with detail');
  assert.is(formatError(bug), 'recoupe: internal error: x is undefined with detail (rerun with --debug for details)');
  assert.match(formatError(bug, true), /^recoupe: internal error: TypeError: x is undefined[\s\S]*\n\s+at /);
  assert.is(formatError('thrown string'), 'recoupe: internal error: thrown string (rerun with --debug for details)');
});

test('an internal error in a real run prints one line asking for --debug and exits 2', () => {
  const dir = tempDir('internal');
  mkdirSync(path.join(dir, 'boom'));
  writeFileSync(path.join(dir, 'boom/a.txt'), 'Un texte.');
  // A preload that makes listing the "boom" folder throw a TypeError: a stand-in for any bug in the pipeline.
  const preload = path.join(dir, 'inject.mjs');
  writeFileSync(
    preload,
    `import fs from 'node:fs';\nimport { syncBuiltinESMExports } from 'node:module';\nconst real = fs.readdirSync;\n` +
      `fs.readdirSync = (p, ...rest) => { if (String(p).endsWith('boom')) throw new TypeError('injected failure'); return real(p, ...rest); };\nsyncBuiltinESMExports();\n`,
  );
  const env = { NODE_OPTIONS: `--import ${pathToFileURL(preload).href}` };
  const r = runBin(['check', 'boom', '--rules', path.join(ROOT, 'rules')], dir, env);
  assert.is(r.status, 2);
  assert.is(r.stderr, 'recoupe: internal error: injected failure (rerun with --debug for details)\n');
  const d = runBin(['check', 'boom', '--rules', path.join(ROOT, 'rules'), '--debug'], dir, env);
  assert.is(d.status, 2);
  assert.match(d.stderr, /^recoupe: internal error: TypeError: injected failure\n\s+at /);
});

test.after(cleanup);
test.run();
