// What extraction hands to alignment for one document.
import type { Sentence } from '../extract/context.ts';
import type { ClaimDraft, Mention, SourceDoc } from '../types.ts';

export interface DocAnalysis {
  doc: SourceDoc;
  sentences: Sentence[];
  mentions: Mention[];
  drafts: ClaimDraft[];
  /** shingleHashes(doc.text) for copy detection (text/shingles.ts), when extraction was asked to compute them. */
  shingles?: Uint32Array;
}

/** Index of the sentence containing offset `pos` (binary search; sentences are sorted). */
export function sentenceIndexAt(sentences: Sentence[], pos: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start <= pos) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/** First index of a sorted-by-start list whose start is ≥ pos. */
export function lowerBound(list: { start: number }[], pos: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Window queries over one document's drafts and mentions (both sorted by start), so that looking around a claim
 * costs the size of the window, not of the document: a 1 MB article with thousands of claims stays linear.
 */
export class DocIndex {
  constructor(readonly a: DocAnalysis) {}

  /** Drafts that start in [from, to). */
  draftsStartingIn(from: number, to: number): ClaimDraft[] {
    const out: ClaimDraft[] = [];
    for (let i = lowerBound(this.a.drafts, from); i < this.a.drafts.length && this.a.drafts[i]!.start < to; i++) out.push(this.a.drafts[i]!);
    return out;
  }

  /** Mentions that lie inside [from, to). */
  mentionsIn(from: number, to: number): Mention[] {
    const out: Mention[] = [];
    for (let i = lowerBound(this.a.mentions, from); i < this.a.mentions.length && this.a.mentions[i]!.start < to; i++)
      if (this.a.mentions[i]!.end <= to) out.push(this.a.mentions[i]!);
    return out;
  }
}
