// Messages between the pipeline and its extraction workers. A worker gets documents and sends back each one's
// analysis without the document itself (the main thread already holds it; sending it back would double memory).
import type { DocAnalysis } from '../align/analysis.ts';
import type { SourceDoc } from '../types.ts';

export interface Job {
  id: number;
  docs: SourceDoc[];
}

export type Analysed = Omit<DocAnalysis, 'doc'>;

export type Reply = { id: number; ok: true; results: Analysed[] } | { id: number; ok: false; error: string };
