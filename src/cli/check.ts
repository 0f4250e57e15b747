// `recoupe check`: run the pipeline, apply the baseline, write the reports, and gate on thresholds.
import path from 'node:path';
import type { CliIo, Format } from '../cli.ts';
import { relPath } from '../paths.ts';
import { check } from '../pipeline.ts';
import { sourceOptions } from './sources.ts';
import type { Finding, Report } from '../types.ts';
import { applyBaseline, readBaseline } from './baseline.ts';
import { FILE_NAMES, render } from './formats.ts';
import { progressBar, summaryLine } from './terminal.ts';
import { writeAtomic } from './write.ts';

export interface CheckArgs {
  paths: string[];
  /** A rules directory or file; undefined: defaultRules(). */
  rules: string | undefined;
  out: string;
  formats: Format[];
  lang?: 'en' | 'fr';
  strict: boolean;
  maxFileSize: number;
  maxContradictions?: number;
  maxDivergences?: number;
  failOn?: 'contradiction' | 'divergence' | 'none';
  exitCode: boolean;
  baseline?: string;
  includeClaims: boolean;
  findingsOnly: boolean;
  quiet: boolean;
  verbose: boolean;
}

/** Which thresholds apply: none unless a gating flag is given. */
export function thresholds(a: Pick<CheckArgs, 'maxContradictions' | 'maxDivergences' | 'failOn'>): { contradictions?: number; divergences?: number } {
  if (a.failOn === 'none') return {};
  const t: { contradictions?: number; divergences?: number } = {};
  if (a.maxContradictions !== undefined) t.contradictions = a.maxContradictions;
  if (a.maxDivergences !== undefined) t.divergences = a.maxDivergences;
  if (a.failOn === 'contradiction' || a.failOn === 'divergence') t.contradictions ??= 0;
  if (a.failOn === 'divergence') t.divergences ??= 0;
  if (t.divergences !== undefined) t.contradictions ??= 0;
  return t;
}

/** One line per passed threshold, or none. */
export function gate(findings: Finding[], t: ReturnType<typeof thresholds>): string[] {
  const count = (v: string) => findings.filter((f) => f.verdict === v).length;
  const out: string[] = [];
  const c = count('contradiction');
  const d = count('divergence');
  if (t.contradictions !== undefined && c > t.contradictions) out.push(`${c} contradiction${c === 1 ? '' : 's'}, over --max-contradictions ${t.contradictions} by ${c - t.contradictions}`);
  if (t.divergences !== undefined && d > t.divergences) out.push(`${d} divergence${d === 1 ? '' : 's'}, over --max-divergences ${t.divergences} by ${d - t.divergences}`);
  return out;
}

export async function runCheck(a: CheckArgs, io: CliIo): Promise<number> {
  const baseline = a.baseline ? readBaseline(path.resolve(io.cwd, a.baseline), io.cwd) : null;
  const progress = progressBar(io, a.quiet);
  const result = await check({
    ...sourceOptions(a, io, a.baseline ? [a.out, a.baseline] : [a.out]),
    includeClaims: a.includeClaims,
    includeText: !a.findingsOnly,
    releaseText: a.findingsOnly,
    parallel: { onProgress: progress.update },
  }).finally(progress.done);
  let report: Report = result.report;
  let counted = report.findings;
  if (baseline) {
    const applied = applyBaseline(report, baseline);
    report = applied.report;
    counted = applied.counted;
  }
  if (a.findingsOnly) report = { ...report, documents: [], events: [] };
  const sources = new Map(result.docs.map((d) => [d.id, d.original]));
  const outDir = path.resolve(io.cwd, a.out);
  const written: string[] = [];
  const tWrite = performance.now();
  // Every format is rendered before any is written: a format that fails leaves no report of this run beside the
  // previous run's others. (The JSON report is rendered lazily, piece by piece, as it is written.)
  const rendered: [Format, string | Iterable<string>][] = [];
  for (const format of a.formats) rendered.push([format, await render(format, report, { lang: a.lang, sources })]);
  for (const [format, text] of rendered) {
    if (format === 'github') io.stdout(typeof text === 'string' ? text : [...text].join(''));
    else {
      const file = path.join(outDir, FILE_NAMES[format]);
      writeAtomic(file, text, io.cwd);
      written.push(relPath(file, io.cwd));
    }
  }
  // The report stage is the report built, rendered and written (a JSON report of 10,000 articles is 80 MB).
  const timings = { ...result.timings, report: Math.round((result.timings.report + performance.now() - tWrite) * 10) / 10 };
  // A hook for the benchmark: stage timings as JSON, outside the (deterministic) report.
  if (io.env.RECOUPE_TIMINGS) writeAtomic(io.env.RECOUPE_TIMINGS, `${JSON.stringify(timings)}\n`, io.cwd);
  for (const p of report.problems) if (!a.quiet) io.stderr(`recoupe: ${p.file}: ${p.message} (${p.code}), skipped\n`);
  if (!a.quiet) io.stderr(`${summaryLine(report, written, counted, io)}\n`);
  if (a.verbose) io.stderr(`recoupe: timings (ms) ${JSON.stringify(timings)}\n`);
  if (report.baseline && !a.quiet)
    for (const id of report.baseline.new) {
      const f = report.findings.find((x) => x.id === id)!;
      io.stderr(`recoupe: new ${f.verdict} ${f.id}: ${f.message}\n`);
    }
  const over = gate(counted, thresholds(a));
  for (const line of over) io.stderr(`recoupe: threshold passed: ${line}\n`);
  return over.length && a.exitCode ? 1 : 0;
}
