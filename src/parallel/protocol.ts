// Messages between the pipeline and its extraction workers. A worker gets articles as read, builds each document
// (adapters, cleaning) and sends back the document without what the main thread already holds (`original`, and
// the removed spans' text, which are slices of it), with its analysis, without the sentences' text: the main
// thread slices it from the document's text (slices share that string, cloned texts would be a copy each).
// Sentences and mentions travel as columns: a structured clone writes every object with its property names, and
// there are hundreds of thousands of them.
import type { DocAnalysis } from '../align/analysis.ts';
import type { Sentence } from '../extract/context.ts';
import type { RawDoc } from '../ingest/build.ts';
import type { Mention, Removed, SourceDoc } from '../types.ts';

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

export type Analysed = Omit<DocAnalysis, 'doc' | 'sentences' | 'mentions'> & {
  doc: BuiltDoc;
  /** start, end, paragraph of each sentence. */
  sentences: Int32Array;
  mentions: PackedMentions;
};

export interface PackedMentions {
  /** start, end of each mention. */
  spans: Int32Array;
  /** text, type, key of each mention. */
  strings: string[];
}

/** Sentences as columns (their text is left out). */
export function packSentences(sentences: Sentence[]): Int32Array {
  const out = new Int32Array(sentences.length * 3);
  sentences.forEach((s, i) => {
    out[i * 3] = s.start;
    out[i * 3 + 1] = s.end;
    out[i * 3 + 2] = s.paragraph;
  });
  return out;
}

/** The sentences packSentences packed, their text sliced from the document's `text`. */
export function unpackSentences(packed: Int32Array, text: string): Sentence[] {
  const out: Sentence[] = [];
  for (let i = 0; i < packed.length; i += 3) out.push({ start: packed[i]!, end: packed[i + 1]!, text: text.slice(packed[i]!, packed[i + 1]!), paragraph: packed[i + 2]! });
  return out;
}

/** Mentions as columns. */
export function packMentions(mentions: Mention[]): PackedMentions {
  const spans = new Int32Array(mentions.length * 2);
  const strings: string[] = [];
  mentions.forEach((m, i) => {
    spans[i * 2] = m.start;
    spans[i * 2 + 1] = m.end;
    strings.push(m.text, m.type, m.key);
  });
  return { spans, strings };
}

/** The mentions packMentions packed, each string through `one` (the interning of the caller). */
export function unpackMentions({ spans, strings }: PackedMentions, one: (s: string) => string): Mention[] {
  const out: Mention[] = [];
  for (let i = 0, k = 0; i < spans.length; i += 2, k += 3) {
    out.push({ start: spans[i]!, end: spans[i + 1]!, text: one(strings[k]!), type: one(strings[k + 1]!) as Mention['type'], key: one(strings[k + 2]!) });
  }
  return out;
}

export type Reply = { id: number; ok: true; results: (Analysed | Failed)[] } | { id: number; ok: false; error: string };
