// In-process CLI tests: exit codes, one-line errors for bad input, thresholds and baselines.
import { cpSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { packagePath } from '../src/paths.ts';
import { cli } from './helpers/cli.ts';

/** A scratch copy of the bundled sources and rules. */
function workspace(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'recoupe-cli-'));
  cpSync(packagePath('sources'), path.join(dir, 'sources'), { recursive: true });
  cpSync(packagePath('rules'), path.join(dir, 'rules'), { recursive: true });
  return dir;
}

function oneLine(s: string): void {
  assert.is(s.trim().split('\n').length, 1, `expected one line, got:\n${s}`);
  assert.not.match(s, /\n\s+at /, 'no stack trace');
}

test('--version and --help', async () => {
  const v = await cli(['--version'], packagePath());
  assert.is(v.code, 0);
  assert.match(v.stdout, /^\d+\.\d+\.\d+/);
  const h = await cli(['check', '--help'], packagePath());
  assert.is(h.code, 0);
  assert.match(h.stdout, /--max-contradictions/);
  assert.match(h.stdout, /Exit codes/);
});

test('the timings hook gives every stage, the report written included, after the report is written', async () => {
  const dir = workspace();
  const file = path.join(dir, 'timings.json');
  const r = await cli(['check', '--format', 'json,html', '--quiet'], dir, { RECOUPE_TIMINGS: file });
  assert.is(r.code, 0);
  const t = JSON.parse(readFileSync(file, 'utf8')) as Record<string, number>;
  for (const stage of ['rules', 'ingest', 'extract', 'align', 'compare', 'report', 'copies']) assert.ok(t[stage]! >= 0, `${stage}: ${t[stage]}`);
  // Rendering the HTML report takes measurable time: it is counted in the report stage.
  assert.ok(t.report! > 0);
  assert.ok(existsSync(path.join(dir, 'reports', 'report.html')));
});

test('check on a missing path prints one line naming it and exits 2', async () => {
  const r = await cli(['check', 'no-such-dir'], workspace());
  assert.is(r.code, 2);
  oneLine(r.stderr);
  assert.match(r.stderr, /no-such-dir/);
});

test('check on a folder with no article names the folder as given, one line, exit 2', async () => {
  const dir = workspace();
  mkdirSync(path.join(dir, 'empty'));
  const r = await cli(['check', 'empty'], dir);
  assert.is(r.code, 2);
  oneLine(r.stderr);
  assert.match(r.stderr, /^recoupe: no article could be read from empty \(E_NO_SOURCES\)/);
});

test('an output folder that cannot be made gives one line naming it and why, exit 2, and never hangs', async () => {
  const dir = workspace();
  writeFileSync(path.join(dir, 'taken'), 'a file, not a folder\n');
  const r = await cli(['check', '--out', 'taken/reports'], dir);
  assert.is(r.code, 2);
  oneLine(r.stderr);
  assert.match(r.stderr, /^recoupe: taken\/reports\/report\.json: cannot write: a part of the path is a file, not a folder \(E_OUTPUT\)/);
  // Where mkdir answers "no such file" under a folder that exists, fs's recursive mkdir loops forever (Node 20).
  if (existsSync('/proc/self')) {
    const p = await cli(['check', '--out', '/proc/recoupe-reports'], dir);
    assert.is(p.code, 2);
    assert.match(p.stderr, /^recoupe: \/proc\/recoupe-reports\/report\.json: cannot write: .*\(E_OUTPUT\)\n$/);
  }
});

test('a missing baseline is named as given', async () => {
  const r = await cli(['check', '--baseline', 'no-baseline.json'], workspace());
  assert.is(r.code, 2);
  assert.match(r.stderr, /^recoupe: no-baseline\.json: baseline file not found \(E_BASELINE\)\n$/);
});

test('bad usage exits 2 with one line', async () => {
  const dir = workspace();
  for (const argv of [['check', '--bogus'], ['frobnicate'], ['check', '--format', 'pdf'], ['check', '--max-contradictions', 'many'], []]) {
    const r = await cli(argv, dir);
    assert.is(r.code, 2, argv.join(' '));
    oneLine(r.stderr);
  }
});

test('bad sources: empty, binary, non-UTF-8, bad front matter, malformed feed are skipped with one line each', async () => {
  const dir = workspace();
  const bad = path.join(dir, 'sources');
  writeFileSync(path.join(bad, 'empty.txt'), '');
  writeFileSync(path.join(bad, 'binary.txt'), Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x41]));
  writeFileSync(path.join(bad, 'latin1.txt'), Buffer.from('Le ministre a d\xe9clar\xe9 hier.', 'latin1'));
  writeFileSync(path.join(bad, 'front.md'), '---\ntitle: x\nnot a pair\n---\nTexte.');
  writeFileSync(path.join(bad, 'feed.json'), '{"text": "unterminated');
  const before = readFileSync(path.join(bad, 'latin1.txt'));
  const r = await cli(['check'], dir);
  assert.is(r.code, 0, r.stderr);
  for (const name of ['empty.txt', 'binary.txt', 'latin1.txt', 'front.md', 'feed.json']) assert.match(r.stderr, new RegExp(`${name.replace('.', '\\.')}[^\\n]*\\(E_`));
  assert.equal(readFileSync(path.join(bad, 'latin1.txt')), before, 'inputs are never modified');
  const strict = await cli(['check', '--strict'], dir);
  assert.is(strict.code, 2);
  oneLine(strict.stderr);
});

test('an invalid rule file names the file and the pointer, exit 2', async () => {
  const dir = workspace();
  writeFileSync(path.join(dir, 'rules', 'bad-rule.json'), JSON.stringify({ id: 'bad-rule', kind: 'interval', description: 'x', appliesTo: ['duration'], level: 'error', options: { tolerance: 'wide' } }));
  const r = await cli(['check'], dir);
  assert.is(r.code, 2);
  oneLine(r.stderr);
  assert.match(r.stderr, /bad-rule\.json:\/options\/tolerance/);
  assert.match(r.stderr, /E_RULE_SCHEMA/);
});

test('without --rules and without a rules/ folder, check uses the bundled rules', async () => {
  // A folder holding only articles, as a user's own project would.
  const dir = mkdtempSync(path.join(tmpdir(), 'recoupe-cli-'));
  cpSync(packagePath('sources'), path.join(dir, 'articles'), { recursive: true });
  const r = await cli(['check', 'articles', '--quiet'], dir);
  assert.is(r.code, 0, r.stderr);
  const report = JSON.parse(readFileSync(path.join(dir, 'reports', 'report.json'), 'utf8'));
  assert.is(report.summary.documents, 5);
  assert.ok(report.findings.some((f: { rule: string }) => f.rule === 'duration-mismatch'), 'the bundled duration rule ran');
});

test('check . reads no report of its own: a second run finds the same documents', async () => {
  const dir = workspace();
  for (let run = 0; run < 2; run++) {
    const r = await cli(['check', '.', '--format', 'json,md,html', '--quiet'], dir);
    assert.is(r.code, 0, r.stderr);
    const report = JSON.parse(readFileSync(path.join(dir, 'reports', 'report.json'), 'utf8'));
    assert.is(report.summary.documents, 5, `run ${run + 1}`);
    assert.equal(report.problems, []);
  }
});

test('check writes reports/report.json and exits 0 without gating flags', async () => {
  const dir = workspace();
  const r = await cli(['check'], dir);
  assert.is(r.code, 0, r.stderr);
  const report = JSON.parse(readFileSync(path.join(dir, 'reports', 'report.json'), 'utf8'));
  assert.is(report.summary.documents, 5);
});

test('gating: --max-contradictions 0 exits 1 naming the count; --no-exit-code exits 0; --fail-on none exits 0', async () => {
  const dir = workspace();
  const r = await cli(['check', '--max-contradictions', '0'], dir);
  assert.is(r.code, 1, r.stderr);
  assert.match(r.stderr, /\d+ contradictions?, over --max-contradictions 0 by \d+/);
  assert.is((await cli(['check', '--max-contradictions', '0', '--no-exit-code'], dir)).code, 0);
  assert.is((await cli(['check', '--fail-on', 'none'], dir)).code, 0);
  assert.is((await cli(['check', '--max-contradictions', '1000'], dir)).code, 0);
});

test('baseline: accepted findings do not count; an edited number brings a new finding', async () => {
  const dir = workspace();
  const b = await cli(['baseline', '--out', 'recoupe-baseline.json'], dir);
  assert.is(b.code, 0, b.stderr);
  assert.ok(existsSync(path.join(dir, 'recoupe-baseline.json')));
  const ok = await cli(['check', '--max-contradictions', '0', '--baseline', 'recoupe-baseline.json'], dir);
  assert.is(ok.code, 0, ok.stderr);
  // Edit one figure in one source: "près de six heures" becomes "près de deux heures".
  const f = path.join(dir, 'sources', '002_62b62e25b8587f41.txt');
  writeFileSync(f, readFileSync(f, 'utf8').replace('près de six heures', 'près de deux heures'));
  const again = await cli(['check', '--max-contradictions', '0', '--baseline', 'recoupe-baseline.json', '--format', 'json'], dir);
  assert.is(again.code, 1, again.stderr);
  assert.match(again.stderr, /recoupe: new (contradiction|divergence) duration-mismatch:[0-9a-f]+: .*près de 2 h/);
  const report = JSON.parse(readFileSync(path.join(dir, 'reports', 'report.json'), 'utf8'));
  assert.ok(report.baseline.new.length >= 1);
  assert.ok(report.baseline.fixed.length >= 1);
});

test('a bad baseline file is one line and exit 2', async () => {
  const dir = workspace();
  writeFileSync(path.join(dir, 'b.json'), '{"nope": true}');
  const r = await cli(['check', '--baseline', 'b.json'], dir);
  assert.is(r.code, 2);
  oneLine(r.stderr);
  assert.match(r.stderr, /b\.json.*E_BASELINE/);
});

test('extract prints claims as JSON and NDJSON', async () => {
  const dir = workspace();
  const j = await cli(['extract', 'sources/000_53590f2641ee6677.txt'], dir);
  assert.is(j.code, 0, j.stderr);
  const claims = JSON.parse(j.stdout);
  assert.ok(claims.length > 0);
  const n = await cli(['extract', '--ndjson', 'sources/000_53590f2641ee6677.txt'], dir);
  const lines = n.stdout.trim().split('\n');
  assert.is(lines.length, claims.length);
  for (const l of lines) JSON.parse(l);
});

test('all formats at once', async () => {
  const dir = workspace();
  const r = await cli(['check', '--format', 'html,json,md,sarif'], dir);
  assert.is(r.code, 0, r.stderr);
  for (const f of ['report.html', 'report.json', 'report.md', 'report.sarif']) assert.ok(existsSync(path.join(dir, 'reports', f)), f);
  const g = await cli(['check', '--format', 'github'], dir);
  assert.match(g.stdout, /^::(error|warning|notice) /m);
});

test('--out writes where asked, and only there', async () => {
  const dir = workspace();
  mkdirSync(path.join(dir, 'out'));
  const r = await cli(['check', '--out', 'out/x'], dir);
  assert.is(r.code, 0, r.stderr);
  assert.ok(existsSync(path.join(dir, 'out', 'x', 'report.json')));
  assert.not.ok(existsSync(path.join(dir, 'reports')));
});

test('a temporary report left by a killed run is cleaned up by the next run', async () => {
  const dir = workspace();
  mkdirSync(path.join(dir, 'reports'), { recursive: true });
  const stale = path.join(dir, 'reports', '.report.json.999999.tmp');
  writeFileSync(stale, '{"half": ');
  const r = await cli(['check'], dir);
  assert.is(r.code, 0, r.stderr);
  assert.not.ok(existsSync(stale));
});

test('the progress bar stays silent off a terminal, in CI and with --quiet', async () => {
  const { progressBar } = await import('../src/cli/terminal.ts');
  let out = '';
  const io = (isTTY: boolean, env: Record<string, string> = {}) => ({ stdout: () => {}, stderr: (s: string) => void (out += s), cwd: '.', isTTY, env });
  for (const [tty, env, quiet] of [[false, {}, false], [true, { CI: 'true' }, false], [true, {}, true]] as const) {
    const bar = progressBar(io(tty, env), quiet);
    bar.update(5, 10);
    bar.done();
  }
  assert.is(out, '');
});

test.run();
