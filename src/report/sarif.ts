// SARIF 2.1.0 output: one result per finding, located at the first value's evidence, the other values as
// related locations. Positions come from the original text (options.sources); without it only offsets are given.
import type { DocumentSummary, Evidence, Finding, Report, Severity } from '../types.ts';

export interface SarifRule {
  id: string;
  description: string;
  level: string;
}

export interface SarifOptions {
  /** Document id → original text: needed for line/column positions. */
  sources?: Map<string, string>;
  /** Rule metadata from the rule files; rules missing here are described from their findings. */
  rules?: SarifRule[];
  lang?: 'en' | 'fr';
  maxChars?: number;
}

/** 1-based line/column region (endColumn exclusive, columns in UTF-16 code units) plus 0-based offsets. */
export interface TextRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
  charOffset: number;
  charLength: number;
}

const SARIF_LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/** Line starts of a text. CRLF, CR and LF each end a line, as SARIF §3.30.2 says. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** Builds a line-start table once per text and answers positions by binary search. */
export function positionFinder(text: string): (offset: number) => { line: number; column: number } {
  const starts = lineStarts(text);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
}

/** The SARIF region of [start, end) in `text` (0-based UTF-16 offsets). */
export function textRegion(text: string, start: number, end: number): TextRegion {
  const at = positionFinder(text);
  const a = at(start);
  const b = at(end);
  return { startLine: a.line, startColumn: a.column, endLine: b.line, endColumn: b.column, charOffset: start, charLength: end - start };
}

/** A relative path as a URI reference: forward slashes, each segment percent-encoded; absolute paths as file:. */
export function pathToUri(path: string): string {
  const p = path.replace(/\\/g, '/');
  const encoded = p.split('/').map(encodeURIComponent).join('/');
  if (/^[A-Za-z]:\//.test(p)) return `file:///${encoded.replace('%3A', ':')}`;
  return p.startsWith('/') ? `file://${encoded}` : encoded;
}

export function formatSarif(report: Report, options: SarifOptions = {}): string {
  const docs = new Map<string, DocumentSummary>(report.documents.map((d) => [d.id, d]));
  const finders = new Map<string, ReturnType<typeof positionFinder>>();
  const region = (ev: Evidence) => {
    const text = options.sources?.get(ev.source);
    const charRegion = { charOffset: ev.start, charLength: Math.max(0, ev.end - ev.start) };
    if (text === undefined || ev.end > text.length || ev.start < 0 || ev.start > ev.end) return charRegion;
    let at = finders.get(ev.source);
    if (!at) finders.set(ev.source, (at = positionFinder(text)));
    const a = at(ev.start);
    const b = at(ev.end);
    return { startLine: a.line, startColumn: a.column, endLine: b.line, endColumn: b.column, ...charRegion };
  };
  const location = (ev: Evidence, message?: string, id?: number) => ({
    ...(id === undefined ? {} : { id }),
    physicalLocation: {
      artifactLocation: { uri: pathToUri(docs.get(ev.source)?.path ?? ev.source) },
      region: region(ev),
    },
    ...(message ? { message: { text: message } } : {}),
  });

  const rules = collectRules(report.findings, options.rules ?? []);
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const baseline = new Map<string, 'new' | 'unchanged'>();
  for (const id of report.baseline?.new ?? []) baseline.set(id, 'new');
  for (const id of report.baseline?.present ?? []) baseline.set(id, 'unchanged');

  const results = report.findings.map((f) => {
    const [first, ...others] = f.values;
    const primary = first?.evidence ?? f.evidence[0];
    const outlet = (source: string) => docs.get(source)?.outlet?.trim() || source;
    return {
      ruleId: f.rule,
      ruleIndex: ruleIndex.get(f.rule)!,
      level: SARIF_LEVEL[f.level] ?? 'note',
      message: { text: f.message },
      locations: primary ? [location(primary, first ? `${outlet(first.source)}: ${first.display}` : undefined)] : [],
      relatedLocations: others.map((v, i) => location(v.evidence, `${outlet(v.source)}: ${v.display}`, i + 1)),
      partialFingerprints: { 'recoupeFindingId/v1': f.id },
      ...(baseline.has(f.id) ? { baselineState: baseline.get(f.id) } : {}),
      properties: { verdict: f.verdict, kind: f.kind, claimKind: f.subject.claimKind, messageId: f.messageId, subject: f.subject.label },
    };
  });

  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            rules: rules.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description },
              defaultConfiguration: { level: r.level },
              ...(r.tags.length ? { properties: { tags: r.tags } } : {}),
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

interface RuleEntry {
  id: string;
  description: string;
  level: 'error' | 'warning' | 'note' | 'none';
  tags: string[];
}

/** Distinct rules in first-seen order; descriptions from options.rules, else "<kind> (<messageId>)". */
function collectRules(findings: Finding[], given: SarifRule[]): RuleEntry[] {
  const meta = new Map(given.map((r) => [r.id, r]));
  const out = new Map<string, RuleEntry>();
  for (const f of findings) {
    if (out.has(f.rule)) continue;
    const m = meta.get(f.rule);
    out.set(f.rule, {
      id: f.rule,
      description: m?.description || `${f.kind} (${f.messageId})`,
      level: toSarifLevel(m?.level) ?? SARIF_LEVEL[f.level] ?? 'note',
      tags: [f.kind, f.subject.claimKind].filter((t, i, a) => t && a.indexOf(t) === i),
    });
  }
  return [...out.values()];
}

function toSarifLevel(level: string | undefined): RuleEntry['level'] | undefined {
  if (level === 'error' || level === 'warning' || level === 'note' || level === 'none') return level;
  if (level === 'info') return 'note';
  if (level === 'off') return 'none';
  return undefined;
}
