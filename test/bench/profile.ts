// `npm run bench:profile [-- --articles N] [-- --per-event K] [-- --top T]`: one `recoupe check` of a generated
// corpus (default 10,000 articles, K = 10, JSON findings as the bench runs it) under `node --cpu-prof`, summarised:
// stage times, CPU per OS thread (read from /proc while it runs: the extraction workers, and V8's compiler and GC
// helper threads, which no profile shows), and for each JavaScript thread its busy time, garbage collection, and
// the functions that hold the most time. Prints Markdown, writes reports/profile.md; the raw profiles stay in
// reports/bench-out/profile/ for Chrome DevTools.
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './corpus-cli.ts';
import { summariseProfile, type CpuProfile } from './profile-summary.ts';
import { buildIfStale, ensureCorpus } from './setup.ts';

const argv = process.argv.slice(2);
const num = (name: string, dflt: number): number => {
  const i = argv.indexOf(name);
  return i >= 0 ? Number(argv[i + 1]) : dflt;
};
const articles = num('--articles', 10000);
const perEvent = num('--per-event', 10);
const top = num('--top', 12);

buildIfStale();
const corpus = ensureCorpus(articles, perEvent);
const dir = path.join(ROOT, 'reports', 'bench-out', 'profile');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const bin = path.join(ROOT, 'dist', 'bin.js');
// Run by node directly (its profile flags), so the executable's first line is not read: pass its flags too.
const shebangFlags = readFileSync(bin, 'utf8').split('\n', 1)[0]!.replace(/^#!.*?\bnode\b/, '').trim().split(/\s+/).filter(Boolean);
const timings = path.join(dir, 'timings.json');
const args = [...shebangFlags, '--cpu-prof', `--cpu-prof-dir=${dir}`, bin, 'check', corpus.txt, '--format', 'json', '--out', path.join(dir, 'out')];
args.push('--quiet', '--no-exit-code', '--findings-only', '--no-claims');
const env = { ...process.env, RECOUPE_TIMINGS: timings, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=8192`.trim() };

// CPU ms per thread id, and the peak RSS, as last read from /proc.
const threadCpu = new Map<string, number>();
let peakKb = 0;
const t0 = performance.now();
const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'inherit', 'inherit'] });
const pid = child.pid!;
const poll = () => {
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      // Fields after the command name: utime and stime are the 12th and 13th, in clock ticks (100 a second).
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      threadCpu.set(tid, (Number(f[11]) + Number(f[12])) * 10);
    }
    const hwm = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    if (hwm) peakKb = Math.max(peakKb, Number(hwm[1]));
  } catch {
    // The process (or a thread) ended between two reads.
  }
};
const timer = setInterval(poll, 100);
const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
clearInterval(timer);
const wallS = (performance.now() - t0) / 1000;
if (code !== 0) {
  console.error(`bench:profile: recoupe check exited with ${code}`);
  process.exit(1);
}

const s = (ms: number) => (ms / 1000).toFixed(2);
const stages = JSON.parse(readFileSync(timings, 'utf8')) as Record<string, number>;
const threads = [...threadCpu].sort((a, b) => b[1] - a[1]);
const lines = [
  `## Profile: ${articles.toLocaleString('en')} articles, K=${perEvent} (${(corpus.bytes / 1e6).toFixed(1)} MB), JSON findings`,
  '',
  `Wall ${wallS.toFixed(1)} s under the profiler; peak RSS ${(peakKb / 1024).toFixed(0)} MB. Stages (s): ` +
    ['ingest', 'extract', 'align', 'compare', 'report'].map((k) => `${k} ${s(stages[k] ?? 0)}`).join(', ') + '.',
  '',
  `CPU per thread (s, from /proc, sampled every 0.1 s): ${threads
    .filter(([, ms]) => ms >= 50)
    .map(([tid, ms]) => `${s(ms)}${tid === String(pid) ? ' (main)' : ''}`)
    .join(', ')}; all threads ${s(threads.reduce((n, [, ms]) => n + ms, 0))}. ` +
    'Besides the main thread, the busiest are the extraction workers; the rest are the copy-group thread and V8\'s compiler and garbage-collector helpers.',
];
// Profile files are named CPU.<date>.<time>.<pid>.<thread>.<seq>.cpuprofile; thread 0 is the main thread.
const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).sort((a, b) => Number(a.split('.')[4]) - Number(b.split('.')[4]));
for (const f of files) {
  const p = summariseProfile(JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as CpuProfile, top);
  if (p.busyMs < 0.02 * p.totalMs) continue;
  const thread = f.split('.')[4] === '0' ? 'main thread' : `worker thread ${f.split('.')[4]}`;
  lines.push('', `### ${thread}: busy ${s(p.busyMs)} s of ${s(p.totalMs)} s, garbage collection ${s(p.gcMs)} s`, '');
  lines.push('| inclusive | s | self | s |', '|---|---:|---|---:|');
  for (let i = 0; i < Math.max(p.inclusive.length, p.self.length); i++) {
    const [a, am] = p.inclusive[i] ?? ['', 0];
    const [b, bm] = p.self[i] ?? ['', 0];
    lines.push(`| ${a} | ${a ? s(am) : ''} | ${b} | ${b ? s(bm) : ''} |`);
  }
}
const md = `${lines.join('\n')}\n`;
writeFileSync(path.join(ROOT, 'reports', 'profile.md'), md);
process.stdout.write(md);
