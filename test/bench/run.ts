// `npm run bench [-- --quick] [-- --timeout S]` (S: seconds per run, default 1800): whole-process `recoupe check`
// on generated corpora, extraction speed alone, adversarial inputs, determinism; writes reports/bench.json and
// reports/bench.md (and prints it).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import path from 'node:path';
import { ROOT } from './corpus-cli.ts';
import { buildIfStale, ensureCorpus } from './setup.ts';
import { adversarial, extractionSpeed } from './speed.ts';
import { table } from './table.ts';

const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
// 100,000 articles take about ten minutes on two cores: the default leaves room for a slower machine.
const timeoutS = Number(argv[argv.indexOf('--timeout') + 1] ?? 0) || (quick ? 120 : 1800);
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const HEAP_MB = 8192;

export interface Run {
  wallS: number;
  maxRssMB: number;
  stages: Record<string, number> | null;
  ok: boolean;
  note?: string;
}

/** One whole-process run of `recoupe check`: wall time and peak RSS from /usr/bin/time, stages from the hook. */
function runCheck(input: string, out: string, extra: string[] = []): Run {
  mkdirSync(out, { recursive: true });
  const timings = path.join(out, 'timings.json');
  rmSync(timings, { force: true });
  // The executable itself, as `npx recoupe` runs it: its first line gives node the flags it runs with.
  // The main thread still holds every document and analysis at once (issue 6): 100,000 articles peak at about
  // 3.5 GB of heap, close to V8's default limit (4.3 GB here), so every run gets the same larger limit, as the
  // README tells users to.
  const cmd = [path.join(ROOT, 'dist', 'bin.js'), 'check', input, '--format', 'json', '--out', out, '--quiet', '--no-exit-code', ...extra];
  const args = TIME ? ['-f', '%e %M', ...cmd] : cmd;
  const env = { ...process.env, RECOUPE_TIMINGS: timings, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=${HEAP_MB}`.trim() };
  const t0 = performance.now();
  const r = spawnSync(TIME ?? cmd[0]!, TIME ? args : cmd.slice(1), { cwd: ROOT, encoding: 'utf8', env, timeout: timeoutS * 1000, maxBuffer: 64 << 20 });
  const wall = (performance.now() - t0) / 1000;
  if (r.error || r.signal) return { wallS: wall, maxRssMB: 0, stages: null, ok: false, note: r.signal ? `killed after ${timeoutS} s` : String(r.error) };
  const last = (r.stderr.trim().split('\n').pop() ?? '').split(' ');
  const rss = TIME ? Number(last[1]) / 1024 : 0;
  const stages = existsSync(timings) ? (JSON.parse(readFileSync(timings, 'utf8')) as Record<string, number>) : null;
  return { wallS: TIME ? Number(last[0]) : wall, maxRssMB: rss, stages, ok: r.status === 0, note: r.status === 0 ? undefined : r.stderr.slice(-300) };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

/** Median (by wall time) of `n` runs; a failed or timed-out run stops the series. */
function measure(input: string, out: string, n: number, extra: string[] = []): Run & { runs: number[] } {
  const runs: Run[] = [];
  for (let i = 0; i < n; i++) {
    const r = runCheck(input, out, extra);
    runs.push(r);
    if (!r.ok) break;
  }
  const ok = runs.filter((r) => r.ok);
  if (ok.length === 0) return { ...runs[0]!, runs: runs.map((r) => r.wallS) };
  const m = median(ok.map((r) => r.wallS));
  const mid = ok.find((r) => r.wallS === m)!;
  return { ...mid, maxRssMB: Math.max(...ok.map((r) => r.maxRssMB)), runs: ok.map((r) => r.wallS) };
}

buildIfStale();
const sizes = quick ? [{ n: 200, k: 10 }] : [{ n: 1000, k: 10 }, { n: 10000, k: 10 }, { n: 100000, k: 10 }];
const single = quick ? { n: 200, k: 200 } : { n: 2000, k: 2000 };
const rows: Record<string, unknown>[] = [];
const outRoot = path.join(ROOT, 'reports', 'bench-out');

const bundled = measure(path.join(ROOT, 'sources'), path.join(outRoot, 'sources'), 5);
rows.push({ name: 'bundled sources/ (5 articles)', articles: 5, mb: 0.018, ...bundled });
for (const s of [...sizes.map((x) => ({ ...x, label: `${x.n} articles, K=${x.k}` })), { ...single, label: `${single.n} articles, one event` }]) {
  const c = ensureCorpus(s.n, s.k);
  const runs = s.n >= 100000 ? 1 : 3;
  process.stderr.write(`bench: ${s.label} (${(c.bytes / 1e6).toFixed(1)} MB) × ${runs}\n`);
  const r = measure(c.txt, path.join(outRoot, `a${s.n}-k${s.k}`), runs, ['--findings-only', '--no-claims']);
  rows.push({ name: s.label, articles: c.articles, mb: c.bytes / 1e6, ...r });
}

// Determinism at scale: the largest corpus that completed in the ten-thousand range (200 in --quick), twice.
const detN = quick ? 200 : 10000;
const det = ensureCorpus(detN, 10);
const a = runCheck(det.txt, path.join(outRoot, 'det-a'));
const b = runCheck(det.txt, path.join(outRoot, 'det-b'));
const identical = a.ok && b.ok && readFileSync(path.join(outRoot, 'det-a', 'report.json')).equals(readFileSync(path.join(outRoot, 'det-b', 'report.json')));

const speed = await extractionSpeed(ensureCorpus(quick ? 200 : 1000, 10).txt);
const adv = await adversarial();
const result = {
  machine: { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, node: process.version },
  quick,
  timeoutS,
  rows,
  determinism: { articles: detN, identical, note: a.ok && b.ok ? undefined : 'a run did not complete' },
  extraction: speed,
  adversarial: adv,
};
writeFileSync(path.join(ROOT, 'reports', 'bench.json'), `${JSON.stringify(result, null, 2)}\n`);
const md = table(result);
writeFileSync(path.join(ROOT, 'reports', 'bench.md'), md);
process.stdout.write(md);
