// The result of `recoupe diff A B`: what changed in the text (sentences, paragraphs) and in the facts.
// Every offset here is a 0-based UTF-16 index into the ORIGINAL text of its document, end exclusive.
import type { ClaimKind, Lang } from '../types.ts';
import type { DiffPart } from '../text/word-diff.ts';

export const DIFF_SCHEMA_VERSION = 'recoupe-diff/1';

export interface DiffDocInfo {
  id: string;
  path: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  lang: Lang;
  /** ISO date, possibly partial, or null. */
  published: string | null;
  /** Number of sentences in the cleaned text. */
  sentences: number;
  paragraphs: number;
}

/** One sentence of one version. */
export interface SentenceRef {
  /** 0-based index among the document's sentences. */
  index: number;
  /** 0-based index among the document's paragraphs that hold at least one sentence. */
  paragraph: number;
  start: number;
  end: number;
  /** The cleaned sentence, whitespace collapsed. */
  text: string;
}

export type SentenceStatus = 'same' | 'edited' | 'moved' | 'added' | 'removed';

/**
 * `same`: same words, same relative place. `moved`: same words, but out of the order the other sentences keep.
 * `edited`: matched by similarity or differing in letters (`moved` tells whether it also moved; `parts` is the
 * word diff A → B). `added` / `removed`: no counterpart.
 */
export interface SentenceChange {
  status: SentenceStatus;
  a: SentenceRef | null;
  b: SentenceRef | null;
  moved: boolean;
  /** Dice score over folded words (1 for equal texts); 0 for added/removed. */
  similarity: number;
  parts?: DiffPart[];
}

/** A paragraph-level reading of the sentence changes: where each paragraph went. */
export interface ParagraphChange {
  status: SentenceStatus;
  /** Paragraph indexes (as in SentenceRef.paragraph); null for added/removed. */
  a: number | null;
  b: number | null;
  /** True when the paragraph left the order the other paragraphs keep (an edited paragraph can move too). */
  moved: boolean;
}

export interface FactSide {
  claim: string;
  /** Human reading of the value ("plus de 200 morts" → "plus de 200 morts"). */
  display: string;
  start: number;
  end: number;
  /** original.slice(start, end). */
  text: string;
  /** The sentence holding the claim, whitespace collapsed. */
  sentence: string;
}

export type FactStatus = 'changed' | 'added' | 'removed';

export interface FactChange {
  status: FactStatus;
  kind: ClaimKind;
  /** What the fact is about: "count (dead)", "role of jean-dupont", "quote of …". */
  label: string;
  before: FactSide | null;
  after: FactSide | null;
  /** For quotes: the words that changed ("sous contrôle → maîtrisée"). */
  detail?: string;
}

export interface DiffCounts {
  sentences: Record<SentenceStatus, number>;
  paragraphs: Record<SentenceStatus, number>;
  facts: Record<FactStatus, number>;
}

export interface DocDiff {
  schemaVersion: string;
  a: DiffDocInfo;
  b: DiffDocInfo;
  counts: DiffCounts;
  /** Fact changes: changed, then added, then removed; each in document order (B, or A for removed). */
  facts: FactChange[];
  /** Every sentence of A and B, once: in B order, with removed sentences placed after their A predecessor. */
  sentences: SentenceChange[];
  paragraphs: ParagraphChange[];
}
