// Messages between the pipeline and its extraction workers. A worker gets documents and sends back each one's
// analysis without the document itself (the main thread already holds it; sending it back would double memory),
// and without the sentences' text: the main thread slices it from its own copy of the document (slices share
// the document's string, while cloned texts would be a second copy of every article).
import type { DocAnalysis } from '../align/analysis.ts';
import type { Sentence } from '../extract/context.ts';
import type { SourceDoc } from '../types.ts';

export interface Job {
  id: number;
  docs: SourceDoc[];
  /** Also compute each document's copy shingles (DocAnalysis.shingles). */
  shingles: boolean;
}

export type Analysed = Omit<DocAnalysis, 'doc' | 'sentences'> & { sentences: Omit<Sentence, 'text'>[] };

export type Reply = { id: number; ok: true; results: Analysed[] } | { id: number; ok: false; error: string };
