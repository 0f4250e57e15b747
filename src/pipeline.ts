// The spine: ingest → extract → align → compare → report, one call per stage, with per-stage wall times.
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { DocAnalysis } from './align/analysis.ts';
import { align } from './align/index.ts';
import { findCopyGroups } from './align/copies.ts';
import { compare, comparedBy } from './compare/index.ts';
import type { Rule } from './compare/kind.ts';
import { loadRules } from './compare/load-rules.ts';
import { HeapWatch } from './memory.ts';
import { analyse } from './extract/index.ts';
import type { RawDoc } from './ingest/build.ts';
import { byId, readEach, type ReadProgress } from './ingest/index.ts';
import { relPath } from './paths.ts';
import { settle } from './ingest/settle.ts';
import { copyGroupsAside } from './parallel/copies-aside.ts';
import { analyseAll, type PoolOptions } from './parallel/pool.ts';
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
  /** Files and folders (absolute) left out when a folder is walked or a glob matched (IngestOptions.exclude). */
  exclude?: string[];
  /** Put every claim in the report (default true). */
  includeClaims?: boolean;
  /** Put each document's cleaned text in the report (default true). */
  includeText?: boolean;
  /**
   * Release each document's working text (`text`, `offsets`) once align has built its claims, when the report shows
   * no text (`includeText: false`): the documents of the result then have an empty text. Large runs need the memory.
   */
  releaseText?: boolean;
  /** Extraction threads (default: the cores; small inputs always run in-process). */
  parallel?: PoolOptions;
}

export interface CheckResult {
  report: Report;
  docs: SourceDoc[];
  /**
   * Every claim; with `includeClaims: false`, only the claims a rule compares, without their sentence (the report
   * lists none, and a large run then never holds the others).
   */
  claims: Claim[];
  events: EventRecord[];
  findings: Finding[];
  /**
   * Wall time per stage in milliseconds; kept out of the report so that it stays deterministic. `rules` (loading
   * and validating the rules) and `copies` (the time align waited for the copy groups, a part of `align`; they
   * are searched while it runs) are given for profiling. Files are read
   * while the workers build and analyse the documents: `ingest` is the time spent reading them, `extract` the rest
   * of that span (in-process runs build the documents there too).
   */
  timings: Record<'ingest' | 'extract' | 'align' | 'compare' | 'report', number> & { rules?: number; copies?: number };
}

const ms = (from: number) => Math.round((performance.now() - from) * 10) / 10;

export async function check(opts: CheckOptions): Promise<CheckResult> {
  const t0 = performance.now();
  const rules = typeof opts.rules === 'string' ? loadRules(opts.rules, opts.cwd) : opts.rules;
  const tRules = ms(t0);
  // Documents are built and analysed as they are read: the workers clean and extract while this thread reads the
  // next files. Reading time is measured inside the reads, and the extraction is the rest of that wall time.
  const t1 = performance.now();
  const read: ReadProgress = { problems: [], files: 0 };
  let tIngest = 0;
  const reading = readEach(opts.paths, { cwd: opts.cwd, strict: opts.strict, maxFileSize: opts.maxFileSize, exclude: opts.exclude }, read);
  const timed: Iterable<RawDoc> = {
    [Symbol.iterator]: () => ({
      next: () => {
        const t = performance.now();
        const r = reading.next();
        tIngest += performance.now() - t;
        return r;
      },
    }),
  };
  const strict = opts.strict ?? false;
  const built = await analyseAll(timed, { ...opts.parallel, shingles: true, stopOnFailure: strict, expected: () => read.files });
  // Paths as the user gave them (relative to the working directory) in the message when nothing could be read.
  const cwd = opts.cwd ?? process.cwd();
  const shown = opts.paths.map((p) => relPath(path.resolve(cwd, p), cwd));
  const { docs: analyses, problems } = settle(shown, read, built, (a) => a.doc.id, strict);
  built.length = 0;
  // In the order ingest() gives, by id, whatever order the files were read in.
  analyses.sort((a, b) => byId(a.doc, b.doc));
  const tExtract = Math.round((performance.now() - t1 - tIngest) * 10) / 10;
  const result = await checkAnalysedAside(analyses, problems, rules, opts);
  Object.assign(result.timings, { rules: tRules, ingest: Math.round(tIngest * 10) / 10, extract: tExtract });
  return result;
}

/** The stages after ingest, for callers that build documents themselves (eval, diff, tests). */
export function checkDocs(
  docs: SourceDoc[],
  problems: InputProblem[],
  rules: Rule[],
  opts: Pick<CheckOptions, 'includeClaims' | 'includeText'> = {},
): CheckResult {
  const t0 = performance.now();
  const analyses = docs.map((d) => analyse(d));
  const tExtract = ms(t0);
  const result = checkAnalysed(analyses, problems, rules, opts);
  result.timings.extract = tExtract;
  return result;
}

/** What align leaves for the stages after it. */
interface Aligned {
  docs: SourceDoc[];
  claims: Claim[];
  events: EventRecord[];
  total: number;
  started: number;
  /** Collects garbage between the stages' large steps (memory.ts). */
  heap: HeapWatch;
}

/** The documents' texts and shingles, for copy groups. */
const copyInput = (analyses: DocAnalysis[]) => analyses.map((a) => ({ id: a.doc.id, text: a.doc.text, shingles: a.shingles }));

/** align, consuming (emptying) `analyses`. */
function alignStage(analyses: DocAnalysis[], rules: Rule[], opts: Pick<CheckOptions, 'includeClaims' | 'includeText' | 'releaseText'>): Aligned {
  const started = performance.now();
  const docs = analyses.map((a) => a.doc);
  const listed = opts.includeClaims ?? true;
  // The claims carry what compare and the report need: align releases each analysis (sentences, mentions,
  // drafts) once its claims are made, a third of the memory of a large run.
  // No stage reads the working texts after align but the report's cleaned texts; copy detection took its own.
  const releaseText = !!opts.releaseText && opts.includeText === false;
  const heap = new HeapWatch();
  const afterBatch = () => heap.checkpoint();
  const { claims, events, total } = align(analyses, { release: true, releaseText, afterBatch, ...(listed ? {} : { keep: comparedBy(rules), sentences: false }) });
  analyses.length = 0;
  return { docs, claims, events, total, started, heap };
}

/** compare → report, once align and the copy groups are done. */
function afterAlign(
  a: Aligned,
  copyGroups: string[][],
  tCopies: number,
  problems: InputProblem[],
  rules: Rule[],
  opts: Pick<CheckOptions, 'includeClaims' | 'includeText' | 'releaseText'>,
): CheckResult {
  const { docs, claims, events, total, heap } = a;
  const tAlign = ms(a.started);
  let t = performance.now();
  heap.checkpoint();
  const findings = compare({ claims, rules, docs, events, copyGroups, afterRule: () => heap.checkpoint() });
  const tCompare = ms(t);
  t = performance.now();
  const listed = opts.includeClaims ?? true;
  const report = buildReport({
    docs,
    problems,
    claims,
    claimCount: total,
    events,
    copyGroups,
    findings,
    includeClaims: listed,
    includeText: opts.includeText ?? true,
  });
  const tReport = ms(t);
  return { report, docs, claims, events, findings, timings: { ingest: 0, extract: 0, align: tAlign, compare: tCompare, report: tReport, copies: tCopies } };
}

/** align → compare → report over documents already analysed (in-process or by the worker pool). It consumes
 * (empties) the `analyses` array to release memory as soon as the claims are built. */
export function checkAnalysed(
  analyses: DocAnalysis[],
  problems: InputProblem[],
  rules: Rule[],
  opts: Pick<CheckOptions, 'includeClaims' | 'includeText' | 'releaseText'> = {},
): CheckResult {
  const input = copyInput(analyses);
  const a = alignStage(analyses, rules, opts);
  const t = performance.now();
  const copyGroups = findCopyGroups(input);
  return afterAlign(a, copyGroups, ms(t), problems, rules, opts);
}

/**
 * checkAnalysed, with the copy groups found on another thread while this one aligns (copies-aside.ts); `copies`
 * in the timings is then the time align waited for them. Same result.
 */
export async function checkAnalysedAside(
  analyses: DocAnalysis[],
  problems: InputProblem[],
  rules: Rule[],
  opts: Pick<CheckOptions, 'includeClaims' | 'includeText' | 'releaseText' | 'parallel'> = {},
): Promise<CheckResult> {
  const copies = copyGroupsAside(copyInput(analyses), opts.parallel?.minDocs);
  const a = alignStage(analyses, rules, opts);
  const t = performance.now();
  const copyGroups = await copies;
  return afterAlign(a, copyGroups, ms(t), problems, rules, opts);
}
