// The findings as the client script reads them (embedded as JSON): contexts cut, labels resolved and quote
// diffs computed here, so the page only builds DOM nodes from plain strings.
import { verdictRank } from '../i18n.ts';
import type { Finding, Report } from '../../types.ts';
import { wordDiff, type DiffPart } from '../word-diff.ts';
import type { Ui } from '../i18n.ts';
import { evidenceContext } from './context.ts';
import { labelOf, type ReportIndex } from './model.ts';

export interface ClientValue {
  /** Source index into ClientData.sources. */
  s: number;
  /** Displayed value ("7.5 h"). */
  d: string;
  /** Context before, the evidence itself, context after. */
  b: string;
  h: string;
  a: string;
  /** Attribution, or "". */
  at: string;
  /** Element id to jump to in the documents section ("" when the source has no document entry). */
  go: string;
  /** 1-based copy group of the source, 0 when independent. */
  g: number;
  /** Word diff against the first value (quotes only, from the second value on). */
  df?: DiffPart[];
}

export interface ClientFinding {
  id: string;
  v: string;
  l: string;
  /** Claim kind (filter) and finding kind (shown). */
  ck: string;
  k: string;
  r: string;
  m: string;
  t: string;
  /** Event index, -1 for none. */
  e: number;
  /** Distinct source indexes, for the source filter. */
  src: number[];
  vals: ClientValue[];
  /** [label a, label b, verdict]. */
  p: [string, string, string][];
  /** Copy groups among the values, as outlet labels. */
  cg: string[][];
  /** Baseline status: "new" | "present" | "". */
  bs: string;
}

export interface ClientData {
  strings: Record<string, string | Record<string, string>>;
  sources: { id: string; label: string }[];
  findings: ClientFinding[];
}

export function buildClientData(
  report: Report,
  index: ReportIndex,
  ui: Ui,
  sources: Map<string, string> | undefined,
  claimAnchors: Map<string, string>,
): ClientData {
  const status = new Map<string, string>();
  for (const id of report.baseline?.new ?? []) status.set(id, 'new');
  for (const id of report.baseline?.present ?? []) status.set(id, 'present');
  const verdicts: Record<string, string> = {};
  const kinds: Record<string, string> = {};
  const levels: Record<string, string> = {};
  // Most serious first: a reader opens the report for its contradictions.
  const ordered = [...report.findings].sort((a, b) => verdictRank(a.verdict) - verdictRank(b.verdict) || a.id.localeCompare(b.id));
  const findings = ordered.map((f) => {
    verdicts[f.verdict] ??= ui.verdictLabel(f.verdict);
    kinds[f.subject.claimKind] ??= ui.kindLabel(f.subject.claimKind);
    kinds[f.kind] ??= ui.kindLabel(f.kind);
    levels[f.level] ??= ui.levelLabel(f.level);
    for (const p of f.pairs ?? []) verdicts[p.verdict] ??= ui.verdictLabel(p.verdict);
    return clientFinding(f, index, sources, claimAnchors, status.get(f.id) ?? '', ui);
  });
  return {
    strings: {
      showing: ui.showing,
      showMore: ui.showMore,
      noFindings: ui.noFindings,
      nothingCompared: ui.nothingCompared,
      pairs: ui.pairs,
      diff: ui.diff,
      attribution: ui.attribution,
      rule: ui.rule,
      copyGroupNote: ui.copyGroupNote,
      group: ui.group,
      goToDocument: ui.goToDocument,
      verdicts,
      kinds,
      levels,
      statuses: { new: ui.baselineNew, present: ui.baselinePresent },
    },
    sources: index.sources.map((s) => ({ id: s.id, label: s.label })),
    findings,
  };
}

function clientFinding(
  f: Finding,
  index: ReportIndex,
  sources: Map<string, string> | undefined,
  claimAnchors: Map<string, string>,
  bs: string,
  ui: Ui,
): ClientFinding {
  const quoteText = (i: number): string => {
    const value = f.values[i]!;
    const claimValue = index.claimById.get(value.claim)?.value;
    return claimValue && 'text' in claimValue && typeof claimValue.text === 'string' ? claimValue.text : value.evidence.text;
  };
  const isQuote = f.subject.claimKind === 'quote' && f.values.length > 1;
  const first = isQuote ? quoteText(0) : '';
  const vals = f.values.map((value, i): ClientValue => {
    const s = index.sourceIndex.get(value.source)!;
    const claim = index.claimById.get(value.claim);
    const ctx = evidenceContext(value.evidence, claim, sources?.get(value.evidence.source));
    const out: ClientValue = {
      s,
      d: value.display,
      b: ctx.before,
      h: ctx.hit,
      a: ctx.after,
      at: value.attribution ?? claim?.attribution?.text ?? '',
      go: claimAnchors.get(value.claim) ?? (index.sources[s]!.doc ? `doc-${s}` : ''),
      g: index.copyGroupOf.get(value.source) ?? 0,
    };
    if (isQuote && i > 0) out.df = wordDiff(first, quoteText(i));
    return out;
  });
  return {
    id: f.id,
    v: f.verdict,
    l: f.level,
    ck: f.subject.claimKind,
    k: f.kind,
    r: f.rule,
    m: ui.findingMessage(f),
    t: ui.findingLabel(f),
    e: f.subject.event === null ? -1 : (index.eventIndex.get(f.subject.event) ?? -1),
    src: [...new Set(vals.map((v) => v.s))],
    vals,
    p: (f.pairs ?? []).map((p) => [labelOf(index, p.a), labelOf(index, p.b), p.verdict]),
    cg: (f.copyGroups ?? []).map((group) => group.map((id) => labelOf(index, id))),
    bs,
  };
}
