// What extraction hands to alignment for one document.
import type { Sentence } from '../extract/context.ts';
import type { ClaimDraft, Mention, SourceDoc } from '../types.ts';

export interface DocAnalysis {
  doc: SourceDoc;
  sentences: Sentence[];
  mentions: Mention[];
  drafts: ClaimDraft[];
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
