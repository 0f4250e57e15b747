// The spine: ingest → extract → align → compare → report, one call per stage, with per-stage wall times.
import { performance } from 'node:perf_hooks';
import { align } from './align/index.ts';
import { findCopyGroups } from './align/copies.ts';
import { compare } from './compare/index.ts';
import type { Rule } from './compare/kind.ts';
import { loadRules } from './compare/load-rules.ts';
import { analyse } from './extract/index.ts';
import { ingest } from './ingest/index.ts';
import { buildReport } from './report/build.ts';
import type { Claim, EventRecord, Finding, InputProblem, Report, SourceDoc } from './types.ts';

export interface CheckOptions {
  /** Files, directories or globs. */
  paths: string[];
  /** A rules directory or file, or rules already loaded. */
  rules: string | Rule[];
  cwd?: string;
  /** Make a bad source fatal instead of skipping it. */
  strict?: boolean;
  maxFileSize?: number;
  /** Put every claim in the report (default true). */
  includeClaims?: boolean;
  /** Put each document's cleaned text in the report (default true). */
  includeText?: boolean;
}

export interface CheckResult {
  report: Report;
  docs: SourceDoc[];
  claims: Claim[];
  events: EventRecord[];
  findings: Finding[];
  /** Wall time per stage in milliseconds; kept out of the report so that it stays deterministic. */
  timings: Record<'ingest' | 'extract' | 'align' | 'compare' | 'report', number>;
}

export async function check(opts: CheckOptions): Promise<CheckResult> {
  const rules = typeof opts.rules === 'string' ? loadRules(opts.rules, opts.cwd) : opts.rules;
  const t0 = performance.now();
  const { docs, problems } = await ingest(opts.paths, { cwd: opts.cwd, strict: opts.strict, maxFileSize: opts.maxFileSize });
  const result = checkDocs(docs, problems, rules, opts);
  result.timings.ingest = Math.round((performance.now() - t0) * 10) / 10;
  return result;
}

/** The stages after ingest, for callers that build documents themselves (eval, diff, tests). */
export function checkDocs(
  docs: SourceDoc[],
  problems: InputProblem[],
  rules: Rule[],
  opts: Pick<CheckOptions, 'includeClaims' | 'includeText'> = {},
): CheckResult {
  let t = performance.now();
  const lap = () => {
    const now = performance.now();
    const d = now - t;
    t = now;
    return Math.round(d * 10) / 10;
  };
  const analyses = docs.map((d) => analyse(d));
  const tExtract = lap();
  const { claims, events } = align(analyses);
  const copyGroups = findCopyGroups(docs.map((d) => ({ id: d.id, text: d.text })));
  const tAlign = lap();
  const findings = compare({ claims, rules, docs, events, copyGroups });
  const tCompare = lap();
  const report = buildReport({
    docs,
    problems,
    claims,
    events,
    copyGroups,
    findings,
    includeClaims: opts.includeClaims ?? true,
    includeText: opts.includeText ?? true,
  });
  const tReport = lap();
  return { report, docs, claims, events, findings, timings: { ingest: 0, extract: tExtract, align: tAlign, compare: tCompare, report: tReport } };
}
