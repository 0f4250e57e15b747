// Baselines: a file of accepted findings. A finding's identity (rule, event, set of source/value pairs) is its id,
// so a baseline survives edits elsewhere in an article.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CliIo } from '../cli.ts';
import { RecoupeError } from '../errors.ts';
import { relPath } from '../paths.ts';
import { check } from '../pipeline.ts';
import type { Finding, Report } from '../types.ts';
import { sourceOptions } from './sources.ts';
import { writeAtomic } from './write.ts';

export interface BaselineFile {
  recoupeBaseline: 1;
  findings: { id: string; verdict: string; label: string }[];
}

/** The finding ids of a baseline file; errors name the file relative to `cwd`. */
export function readBaseline(file: string, cwd: string): Set<string> {
  const shown = relPath(file, cwd);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    const why = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'baseline file not found' : `not valid JSON: ${(e as Error).message}`;
    throw new RecoupeError('E_BASELINE', shown, why);
  }
  const b = raw as Partial<BaselineFile>;
  if (b?.recoupeBaseline !== 1 || !Array.isArray(b.findings) || b.findings.some((f) => typeof f?.id !== 'string'))
    throw new RecoupeError('E_BASELINE', shown, 'not a recoupe baseline (expected {"recoupeBaseline": 1, "findings": [{"id": …}]})');
  return new Set(b.findings.map((f) => f.id));
}

export function makeBaseline(findings: Finding[]): BaselineFile {
  return {
    recoupeBaseline: 1,
    findings: findings
      .filter((f) => f.verdict === 'contradiction' || f.verdict === 'divergence')
      .map((f) => ({ id: f.id, verdict: f.verdict, label: f.subject.label }))
      .sort((a, b) => a.id.localeCompare(b.id)),
  };
}

/** Marks findings as new, present (accepted) or fixed; only new ones count for gating. */
export function applyBaseline(report: Report, accepted: Set<string>): { report: Report; counted: Finding[] } {
  const ids = new Set(report.findings.map((f) => f.id));
  const gated = report.findings.filter((f) => f.verdict === 'contradiction' || f.verdict === 'divergence');
  const status = {
    new: gated.filter((f) => !accepted.has(f.id)).map((f) => f.id).sort(),
    present: gated.filter((f) => accepted.has(f.id)).map((f) => f.id).sort(),
    fixed: [...accepted].filter((id) => !ids.has(id)).sort(),
  };
  return { report: { ...report, baseline: status }, counted: report.findings.filter((f) => !accepted.has(f.id)) };
}

export interface BaselineArgs {
  paths: string[];
  /** A rules directory or file; undefined: defaultRules(). */
  rules: string | undefined;
  out: string;
  strict: boolean;
  maxFileSize: number;
}

export async function runBaseline(a: BaselineArgs, io: CliIo): Promise<number> {
  const result = await check({
    ...sourceOptions(a, io, [a.out]),
    includeClaims: false,
    includeText: false,
  });
  const base = makeBaseline(result.findings);
  const file = path.resolve(io.cwd, a.out);
  writeAtomic(file, `${JSON.stringify(base, null, 2)}\n`, io.cwd);
  io.stderr(`recoupe: baseline of ${base.findings.length} findings → ${relPath(file, io.cwd)}\n`);
  return 0;
}
