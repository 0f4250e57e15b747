// No lost or half data: a `recoupe check` killed while it writes leaves the previous report or the new one,
// never a partial file; inputs are never modified; --out is the only folder written, whatever sources are named.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, watch, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { cli } from '../helpers/cli.ts';
import { cleanup, ROOT, spawnBin, tempDir, TSX } from './helpers/corpus.ts';

const RULES = path.join(ROOT, 'rules');
const ARTICLE = readFileSync(path.join(ROOT, 'sources/001_06fc588ebcd089d3.txt'), 'utf8');
const PREVIOUS = '{"previous": "report"}\n';

/** Every file under `dir` with its size, mtime and content hash. */
function snapshot(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else {
        const st = statSync(full);
        out.set(path.relative(dir, full), `${st.size} ${st.mtimeMs} ${createHash('sha256').update(readFileSync(full)).digest('hex')}`);
      }
    }
  };
  walk(dir);
  return out;
}

/** Runs check in a child and SIGKILLs it when `when` fires; resolves when the child is gone. */
function killedRun(dir: string, when: (kill: () => void, outDir: string) => void): Promise<void> {
  const t0 = performance.now();
  return new Promise((resolve) => {
    const child = spawnBin(['check', 'in', '--rules', RULES, '--out', 'reports', '--format', 'json,html'], dir);
    const kill = () => child.kill('SIGKILL');
    const hard = setTimeout(kill, 120_000);
    child.on('exit', (code, signal) => {
      clearTimeout(hard);
      if (process.env.ROBUSTNESS_TIMES) console.log(`  child exit ${code ?? signal} after ${Math.round(performance.now() - t0)} ms`);
      resolve();
    });
    when(kill, path.join(dir, 'reports'));
  });
}

function assertWholeOrPrevious(dir: string, label: string): void {
  const file = path.join(dir, 'reports/report.json');
  const text = readFileSync(file, 'utf8');
  if (text === PREVIOUS) return;
  let parsed: { schemaVersion?: unknown } | null = null;
  try {
    parsed = JSON.parse(text) as { schemaVersion?: unknown };
  } catch {
    assert.unreachable(`${label}: report.json is partial (${text.length} chars, ends ${JSON.stringify(text.slice(-40))})`);
  }
  assert.ok(parsed && 'schemaVersion' in parsed, `${label}: report.json is neither the previous one nor a report`);
}

test('a run killed while writing leaves the previous report or the whole new one', async () => {
  const dir = tempDir('kill');
  mkdirSync(path.join(dir, 'in'));
  mkdirSync(path.join(dir, 'reports'));
  // ~20 MB of text in the report: the write takes long enough to be caught mid-way.
  writeFileSync(path.join(dir, 'in/big.txt'), ARTICLE.repeat(Math.ceil(20e6 / ARTICLE.length)));
  writeFileSync(path.join(dir, 'in/other.txt'), readFileSync(path.join(ROOT, 'sources/002_62b62e25b8587f41.txt')));
  const outcomes: string[] = [];
  // 1. Killed the moment a temporary report file appears.
  writeFileSync(path.join(dir, 'reports/report.json'), PREVIOUS);
  await killedRun(dir, (kill, out) => {
    const w = watch(out, (_e, name) => {
      if (name && /^\.report\.(json|html)\..*\.tmp$/.test(String(name))) {
        kill();
        w.close();
      }
    });
  });
  assertWholeOrPrevious(dir, 'killed at the temp file');
  outcomes.push(readFileSync(path.join(dir, 'reports/report.json'), 'utf8') === PREVIOUS ? 'previous' : 'new');
  // 2. Killed after fixed delays, from early in the pipeline to around the writes (a full run takes ~0.5 s here).
  for (const ms of [100, 200, 300, 350, 400, 420, 440, 460, 480, 520, 600, 1000]) {
    writeFileSync(path.join(dir, 'reports/report.json'), PREVIOUS);
    await killedRun(dir, (kill) => void setTimeout(kill, ms));
    assertWholeOrPrevious(dir, `killed after ${ms} ms`);
    outcomes.push(readFileSync(path.join(dir, 'reports/report.json'), 'utf8') === PREVIOUS ? 'previous' : 'new');
  }
  // Only the fixed names and their temporaries ever appear in the out folder.
  for (const name of readdirSync(path.join(dir, 'reports'))) assert.match(name, /^(report\.(json|html)|\.report\.(json|html)\.\d+\.tmp)$/);
  assert.ok(outcomes.includes('previous'), outcomes.join());
  // The same run left alone completes and replaces the report (so the kills above hit a working run).
  const done = await cli(['check', 'in', '--rules', RULES, '--out', 'reports', '--format', 'json,html'], dir);
  assert.is(done.code, 0, done.stderr);
  assert.is.not(readFileSync(path.join(dir, 'reports/report.json'), 'utf8'), PREVIOUS);
  if (process.env.ROBUSTNESS_TIMES) console.log(`  kill outcomes: ${outcomes.join(', ')}`);
});

test('inputs are left untouched and only --out is written, whatever sources and records are named', async () => {
  const root = tempDir('paths');
  const work = path.join(root, 'a/b/work');
  mkdirSync(work, { recursive: true });
  // A source outside the working folder, named through ../../ and a feed record whose id climbs out.
  writeFileSync(path.join(root, 'a/evil.txt'), ARTICLE);
  writeFileSync(
    path.join(work, 'feed.json'),
    JSON.stringify([
      { id: '../../../x', title: '../../../x', text: ARTICLE.replace(/sept heures/g, 'huit heures') },
      { id: '/etc/passwd', text: ARTICLE },
      { id: 'C:\\\\Windows\\\\x', text: ARTICLE },
    ]),
  );
  const before = snapshot(root);
  const r = await cli(['check', '../evil.txt', 'feed.json', '--rules', RULES, '--out', 'out', '--format', 'json,html,md,sarif'], work);
  assert.is(r.code, 0, r.stderr);
  const after = snapshot(root);
  for (const [file, sig] of before) assert.is(after.get(file), sig, `input ${file} changed`);
  const created = [...after.keys()].filter((f) => !before.has(f)).sort();
  assert.equal(created, ['a/b/work/out/report.html', 'a/b/work/out/report.json', 'a/b/work/out/report.md', 'a/b/work/out/report.sarif']);
  assert.not.ok(existsSync(path.join(root, 'x')));
  const report = JSON.parse(readFileSync(path.join(work, 'out/report.json'), 'utf8')) as { documents: { id: string }[] };
  assert.ok(report.documents.some((d) => d.id === 'feed.json#../../../x'));
});

test('a reader that closes the pipe early (recoupe extract | head) ends no run with a stack trace', () => {
  // The claims of the bundled articles (about 200 KB) through `head -c 100`, in a shell, as a user types it.
  const dir = tempDir('pipe');
  const cmd = `${JSON.stringify(process.execPath)} --import ${TSX} ${JSON.stringify(path.join(ROOT, 'src/bin.ts'))} extract ${JSON.stringify(path.join(ROOT, 'sources'))} 2>err.txt | head -c 100 >/dev/null; exit \${PIPESTATUS[0]}`;
  const r = spawnSync('bash', ['-c', cmd], { cwd: dir, encoding: 'utf8' });
  const stderr = readFileSync(path.join(dir, 'err.txt'), 'utf8');
  assert.is(r.status, 0, stderr);
  assert.is(stderr, '');
});

test.after(cleanup);
test.run();
