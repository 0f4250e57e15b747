// Assembles the report object: documents, events, copy groups, findings and (optionally) claims, all sorted.
import type { Claim, DocumentSummary, EventRecord, Finding, InputProblem, Report, SourceDoc } from '../types.ts';
import { VERSION } from '../version.ts';

export const REPORT_SCHEMA_VERSION = '1.1.0';

export interface BuildInput {
  docs: SourceDoc[];
  problems: InputProblem[];
  claims: Claim[];
  /** How many claims the documents make, when `claims` holds only some of them (default: claims.length). */
  claimCount?: number;
  events: EventRecord[];
  copyGroups: string[][];
  findings: Finding[];
  includeClaims: boolean;
  includeText: boolean;
}

function atLineEnd(s: string, i: number): boolean {
  const c = s[i];
  return c === undefined || c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029';
}

/** The document's text with removed noise taken out, for reading. */
export function cleanText(doc: SourceDoc): string {
  return doc.text
    // Blanks at line ends; one greedy run per match and a look at the next character, because /[ \t]+$/gm
    // rescans long masked runs (ingest masks noise with spaces) from each of their positions.
    .replace(/[ \t\u00a0]+/g, (run: string, at: number, s: string) => (atLineEnd(s, at + run.length) ? '' : run))
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function summarizeDoc(d: SourceDoc, includeText: boolean): DocumentSummary {
  return {
    id: d.id,
    path: d.path,
    title: d.title,
    outlet: d.outlet,
    url: d.url,
    lang: d.lang,
    langSource: d.langSource,
    published: d.published,
    length: d.original.length,
    removed: d.removed,
    ...(includeText ? { cleanText: cleanText(d) } : {}),
  };
}

function countBy<T>(items: T[], key: (t: T) => string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of items.map(key).sort()) out[k] = (out[k] ?? 0) + 1;
  return out;
}

export function buildReport(input: BuildInput): Report {
  const findings = [...input.findings].sort((a, b) => a.id.localeCompare(b.id));
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: 'recoupe', version: VERSION },
    summary: {
      documents: input.docs.length,
      claims: input.claimCount ?? input.claims.length,
      events: input.events.length,
      findings: findings.length,
      byVerdict: countBy(findings, (f) => f.verdict),
      byKind: countBy(findings, (f) => f.subject.claimKind),
    },
    documents: [...input.docs].sort((a, b) => a.id.localeCompare(b.id)).map((d) => summarizeDoc(d, input.includeText)),
    problems: [...input.problems].sort((a, b) => a.file.localeCompare(b.file) || a.message.localeCompare(b.message)),
    events: input.events,
    copyGroups: input.copyGroups,
    findings,
    ...(input.includeClaims ? { claims: input.claims } : {}),
  };
}
