// Messages between the pipeline and its extraction workers. A worker gets articles as read, builds each document
// (adapters, cleaning) and sends back the document without what the main thread already holds (`original`, and
// the removed spans' text, which are slices of it), with its analysis, without the sentences' text: the main
// thread slices it from the document's text (slices share that string, cloned texts would be a copy each).
import type { DocAnalysis } from '../align/analysis.ts';
import type { Sentence } from '../extract/context.ts';
import type { RawDoc } from '../ingest/build.ts';
import type { Removed, SourceDoc } from '../types.ts';

export interface Job {
  id: number;
  docs: RawDoc[];
  /** Also compute each document's copy shingles (DocAnalysis.shingles). */
  shingles: boolean;
}

export type BuiltDoc = Omit<SourceDoc, 'original' | 'removed'> & { removed: Omit<Removed, 'text'>[] };

/** The RecoupeError that stopped a document from building (bad front matter, a blank page). */
export interface Failed {
  failed: { code: string; file: string | null; problem: string; where: string | null };
}

export type Analysed = Omit<DocAnalysis, 'doc' | 'sentences'> & { doc: BuiltDoc; sentences: Omit<Sentence, 'text'>[] };

export type Reply = { id: number; ok: true; results: (Analysed | Failed)[] } | { id: number; ok: false; error: string };
