import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli, type CliIo } from '../../src/cli.ts';
import { FIXTURES, REPO } from './helpers.ts';

async function run(argv: string[], env: Record<string, string> = { NO_COLOR: '1' }, isTTY = false) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s), cwd: REPO, isTTY, env };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

const F = (name: string) => `${FIXTURES}/${name}`;

test('changed facts: exit 0 by default, JSON on stdout', async () => {
  const r = await run(['diff', F('crue-v1.txt'), F('crue-v2.txt'), '--format', 'json']);
  assert.is(r.code, 0);
  assert.is(r.stderr, '');
  const j = JSON.parse(r.stdout);
  assert.equal(j.counts.facts, { changed: 3, added: 0, removed: 0 });
  assert.is(j.a.path, F('crue-v1.txt'));
});

test('--fail-on-changed-facts: exit 1 when a fact changed, 0 when none did', async () => {
  const changed = await run(['diff', F('crue-v1.txt'), F('crue-v2.txt'), '--format', 'json', '--fail-on-changed-facts']);
  assert.is(changed.code, 1);
  assert.ok(JSON.parse(changed.stdout).facts.length === 3);
  const same = await run(['diff', F('crue-v1.txt'), F('crue-copy.txt'), '--format', 'json', '--fail-on-changed-facts']);
  assert.is(same.code, 0);
  assert.equal(JSON.parse(same.stdout).facts, []);
});

test('a missing file: exit 2 and one line naming it', async () => {
  const r = await run(['diff', F('crue-v1.txt'), F('no-such-version.txt'), '--format', 'json']);
  assert.is(r.code, 2);
  assert.is(r.stdout, '');
  assert.is(r.stderr, `recoupe: ${F('no-such-version.txt')}: no such file or directory (E_SOURCE_MISSING)\n`);
});

test('a file holding several articles is a usage error naming it', async () => {
  const r = await run(['diff', F('feed-two.json'), F('crue-v1.txt')]);
  assert.is(r.code, 2);
  assert.match(r.stderr, /^recoupe: test\/fixtures\/diff\/feed-two\.json: holds 2 articles; .* \(E_USAGE\)\n$/);
});

test('a missing argument is a usage error', async () => {
  const r = await run(['diff', F('crue-v1.txt')]);
  assert.is(r.code, 2);
  assert.is(r.stderr.split('\n').filter(Boolean).length, 1);
});

test('every format prints to stdout: text, md, html', async () => {
  const text = await run(['diff', F('summit-v1.txt'), F('summit-v2.txt')]);
  assert.is(text.code, 0);
  assert.match(text.stdout, '~ changed duration · duration: more than 5 h → 7 h 30');
  assert.not.match(text.stdout, '\u001b[');
  const md = await run(['diff', F('summit-v1.txt'), F('summit-v2.txt'), '--format', 'md']);
  assert.match(md.stdout, /^# recoupe diff\n/);
  assert.match(md.stdout, '~~more than five~~ **seven and a half**');
  const html = await run(['diff', F('hostile.txt'), F('hostile-v2.txt'), '--format', 'html']);
  assert.match(html.stdout, /^<!doctype html>/);
  assert.not.match(html.stdout, /<script/i);
  assert.match(html.stdout, '&lt;script&gt;alert(');
});

test('text is coloured on a terminal without NO_COLOR, never in a file', async () => {
  const tty = await run(['diff', F('summit-v1.txt'), F('summit-v2.txt')], {}, true);
  assert.match(tty.stdout, '\u001b[');
  const dir = mkdtempSync(path.join(tmpdir(), 'recoupe-diff-'));
  try {
    const out = path.join(dir, 'diff.txt');
    const r = await run(['diff', F('summit-v1.txt'), F('summit-v2.txt'), '--out', out], {}, true);
    assert.is(r.code, 0);
    assert.not.match(readFileSync(out, 'utf8'), '\u001b[');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('--out writes the file atomically and reports on stderr', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'recoupe-diff-'));
  try {
    const out = path.join(dir, 'nested', 'diff.html');
    const r = await run(['diff', F('crue-v1.txt'), F('crue-v2.txt'), '--format', 'html', '--out', out, '--fail-on-changed-facts']);
    assert.is(r.code, 1);
    assert.is(r.stdout, '');
    assert.is(r.stderr, `recoupe: diff ${F('crue-v1.txt')} → ${F('crue-v2.txt')}: 3 fact(s) changed, 0 added, 0 removed → ${out}\n`);
    assert.match(readFileSync(out, 'utf8'), /^<!doctype html>/);
    // No temporary file left behind.
    assert.equal(readdirSync(path.dirname(out)), ['diff.html']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
