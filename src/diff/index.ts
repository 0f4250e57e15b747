// `diffDocuments(a, b)`: the library side of `recoupe diff`. Aligns the two cleaned texts sentence by sentence,
// extracts claims from both (analyse + align, so entity keys agree across versions), and keeps the facts whose
// value changed. Pure: no files, no output. Offsets in the result point into each document's ORIGINAL text.
import { align, toOriginal } from '../align/index.ts';
import { analyse } from '../extract/index.ts';
import type { SourceDoc } from '../types.ts';
import { alignTexts } from './align-text.ts';
import { diffFacts, type FactInput } from './facts.ts';
import { DIFF_SCHEMA_VERSION, type DiffCounts, type DiffDocInfo, type DocDiff, type SentenceRef, type SentenceStatus } from './types.ts';

export * from './types.ts';

const STATUSES: SentenceStatus[] = ['same', 'edited', 'moved', 'added', 'removed'];

function info(doc: SourceDoc, counts: { sentences: number; paragraphs: number }): DiffDocInfo {
  return {
    id: doc.id,
    path: doc.path,
    title: doc.title,
    outlet: doc.outlet,
    url: doc.url,
    lang: doc.lang,
    published: doc.published.value,
    sentences: counts.sentences,
    paragraphs: counts.paragraphs,
  };
}

/** Index of the span holding `pos` among sorted spans, or -1. */
function spanAt(starts: number[], ends: number[], pos: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= pos) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best >= 0 && pos < ends[best]! ? best : -1;
}

export function diffDocuments(a: SourceDoc, b: SourceDoc): DocDiff {
  const text = alignTexts(a.text, b.text);
  // A document diffed against itself would give one id to both sides, and align keys claims by document.
  const docB = a.id === b.id ? { ...b, id: `${b.id} (b)` } : b;
  const analyses = [analyse(a), analyse(docB)];
  const { claims } = align(analyses);

  const toOrig = (doc: SourceDoc, r: SentenceRef): SentenceRef => ({ ...r, ...toOriginal(doc, r.start, r.end) });
  const sentences = text.sentences.map((s) => ({ ...s, a: s.a && toOrig(a, s.a), b: s.b && toOrig(b, s.b) }));

  const factInput = (doc: SourceDoc, id: string): FactInput => {
    const spans = analyses[doc === a ? 0 : 1]!.sentences.map((s) => toOriginal(doc, s.start, s.end));
    const starts = spans.map((s) => s.start);
    const ends = spans.map((s) => s.end);
    const own = claims.filter((c) => c.doc === id);
    return { claims: own, sentenceOf: new Map(own.map((c) => [c.id, spanAt(starts, ends, c.evidence.start)])), sentenceStart: starts };
  };
  const facts = diffFacts(factInput(a, a.id), factInput(b, docB.id), text.pairs);

  const tally = <T extends string>(keys: T[], values: T[]) => Object.fromEntries(keys.map((k) => [k, values.filter((v) => v === k).length])) as Record<T, number>;
  const counts: DiffCounts = {
    sentences: tally(
      STATUSES,
      sentences.map((s) => s.status),
    ),
    paragraphs: tally(
      STATUSES,
      text.paragraphs.map((p) => p.status),
    ),
    facts: tally(
      ['changed', 'added', 'removed'],
      facts.map((f) => f.status),
    ),
  };
  return { schemaVersion: DIFF_SCHEMA_VERSION, a: info(a, text.aCount), b: info(b, text.bCount), counts, facts, sentences, paragraphs: text.paragraphs };
}

/** True when at least one fact changed, appeared or disappeared (what --fail-on-changed-facts gates on). */
export function hasFactChanges(d: DocDiff): boolean {
  return d.facts.length > 0;
}
