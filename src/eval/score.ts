// Scores one cluster: extraction recall per kind, discrepancy recall, and false alarms on agreements and traps.
import type { Claim, Finding } from '../types.ts';
import { CLAIM_KINDS_FOR, locate, overlap, type Gold, type GoldItem, type GoldValue } from './gold.ts';

export interface ClusterScore {
  cluster: string;
  extraction: Record<string, { found: number; total: number }>;
  discrepancies: { found: number; total: number; missed: string[] };
  falseAlarms: { count: number; total: number; items: string[] };
}

type Located = GoldValue & { span: { start: number; end: number } | null; source: string };

function place(values: GoldValue[], docId: (file: string) => string, original: (file: string) => string | undefined): Located[] {
  return values.map((v) => {
    const text = original(v.file);
    return { ...v, source: docId(v.file), span: text === undefined ? null : locate(text, v) };
  });
}

/** Values of a gold item that a finding's evidence covers. */
function covered(f: Finding, values: Located[]): number {
  return values.filter((v) => v.span && f.evidence.some((e) => e.source === v.source && overlap(e, v.span!))).length;
}

export function scoreCluster(
  cluster: string,
  gold: Gold,
  claims: Claim[],
  findings: Finding[],
  docId: (file: string) => string,
  original: (file: string) => string | undefined,
): ClusterScore {
  const extraction: ClusterScore['extraction'] = {};
  const all: GoldItem[] = [...gold.discrepancies, ...gold.agreements, ...gold.traps];
  for (const item of all) {
    const kinds = CLAIM_KINDS_FOR[item.kind];
    if (!kinds) continue;
    const e = (extraction[item.kind] ??= { found: 0, total: 0 });
    for (const v of place(item.values, docId, original)) {
      e.total++;
      if (v.span && claims.some((c) => kinds.includes(c.kind) && c.doc === v.source && overlap(c.evidence, v.span!))) e.found++;
    }
  }
  const missed: string[] = [];
  let found = 0;
  for (const item of gold.discrepancies) {
    const values = place(item.values, docId, original);
    const hit = findings.some((f) => (f.verdict === 'contradiction' || f.verdict === 'divergence') && covered(f, values) >= 2);
    if (hit) found++;
    else missed.push(item.id);
  }
  const alarms: string[] = [];
  const safe = [...gold.agreements, ...gold.traps];
  for (const item of safe) {
    const values = place(item.values, docId, original);
    if (findings.some((f) => f.verdict === 'contradiction' && covered(f, values) >= 2)) alarms.push(item.id);
  }
  return {
    cluster,
    extraction,
    discrepancies: { found, total: gold.discrepancies.length, missed },
    falseAlarms: { count: alarms.length, total: safe.length, items: alarms },
  };
}
