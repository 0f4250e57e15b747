// What every extractor receives: the document, its sentences and its entity mentions.
import type { Mention, SourceDoc } from '../types.ts';

/** A sentence of the working text. Offsets are into `SourceDoc.text`. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
  /** Index of the paragraph (block separated by a blank line or a line break) it belongs to. */
  paragraph: number;
}

export interface ExtractContext {
  doc: SourceDoc;
  /** `doc.text`, the working text with noise masked. */
  text: string;
  sentences: Sentence[];
  /** Entity mentions found in the document, sorted by start. Filled before the other extractors run. */
  mentions: Mention[];
}
