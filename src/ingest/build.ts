// An article as read, and the adapter run that turns it into a SourceDoc. Reading stays on the thread that finds
// the files; building (HTML extraction, cleaning, language and date detection: most of ingest's time) runs where
// the document is analysed, in the extraction workers for large inputs.
import { RecoupeError } from '../errors.ts';
import type { SourceDoc } from '../types.ts';
import { htmlDoc } from './html.ts';
import type { DocMeta } from './meta.ts';
import { textDoc } from './text.ts';

export interface RawDoc {
  id: string;
  /** The file, relative to cwd when inside it. */
  path: string;
  /** The file's text, or a feed record's text field: the document's `original`. */
  content: string;
  /** `text`: .txt/.md with optional front matter; `html`; `record`: a feed record's body, its fields in `meta`. */
  format: 'text' | 'html' | 'record';
  meta?: DocMeta;
}

/** Builds the SourceDoc of an article as read; throws a RecoupeError for bad front matter or a blank page. */
export function buildDoc(raw: RawDoc): SourceDoc {
  if (raw.format === 'html') {
    const doc = htmlDoc(raw.id, raw.path, raw.content, {});
    if (doc.text.trim() === '') throw new RecoupeError('E_SOURCE_EMPTY', raw.path, 'the page has no visible text');
    return doc;
  }
  return textDoc(raw.id, raw.path, raw.content, raw.meta ?? {}, raw.format === 'text');
}

/** buildDoc, with a user error returned rather than thrown (a bug still throws). */
export function tryBuildDoc(raw: RawDoc): SourceDoc | RecoupeError {
  try {
    return buildDoc(raw);
  } catch (err) {
    if (err instanceof RecoupeError) return err;
    throw err;
  }
}

/** Whether building can fail: a feed record was checked when its feed was read, a file's content was not. */
export function mayFail(raw: RawDoc): boolean {
  return raw.format !== 'record';
}
