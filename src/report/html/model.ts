// Lookups the HTML sections share: documents by id, claims by id, events by key, source labels.
import type { Claim, DocumentSummary, Report } from '../../types.ts';

export interface SourceInfo {
  id: string;
  /** Outlet when known, else the source id: what a card shows as its heading. */
  label: string;
  doc: DocumentSummary | null;
}

export interface ReportIndex {
  sources: SourceInfo[];
  sourceIndex: Map<string, number>;
  claimById: Map<string, Claim>;
  eventIndex: Map<string, number>;
  /** Source id → 1-based copy group number (report.copyGroups order); absent when independent. */
  copyGroupOf: Map<string, number>;
}

/** Indexes a report. Sources named by findings but missing from `documents` get an entry too. */
export function indexReport(report: Report): ReportIndex {
  const sources: SourceInfo[] = [];
  const sourceIndex = new Map<string, number>();
  const add = (id: string, doc: DocumentSummary | null) => {
    if (sourceIndex.has(id)) return;
    sourceIndex.set(id, sources.length);
    sources.push({ id, label: doc?.outlet?.trim() || id, doc });
  };
  for (const doc of report.documents) add(doc.id, doc);
  for (const finding of report.findings) for (const value of finding.values) add(value.source, null);
  const claimById = new Map<string, Claim>();
  for (const claim of report.claims ?? []) claimById.set(claim.id, claim);
  const eventIndex = new Map<string, number>();
  report.events.forEach((event, i) => eventIndex.set(event.key, i));
  const copyGroupOf = new Map<string, number>();
  report.copyGroups.forEach((group, i) => group.forEach((id) => copyGroupOf.set(id, i + 1)));
  return { sources, sourceIndex, claimById, eventIndex, copyGroupOf };
}

/** "Le Monde", or the id itself for an id that is neither a known source nor a claim. */
export function labelOf(index: ReportIndex, id: string): string {
  const i = index.sourceIndex.get(id);
  if (i !== undefined) return index.sources[i]!.label;
  const claim = index.claimById.get(id);
  if (claim) {
    const j = index.sourceIndex.get(claim.doc);
    if (j !== undefined) return index.sources[j]!.label;
  }
  return id;
}
