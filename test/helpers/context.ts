// An extraction context over a hand-written text, for extractor table tests.
import type { ExtractContext } from '../../src/extract/context.ts';
import { splitSentences } from '../../src/extract/sentences.ts';
import type { EntityType, Lang, Mention } from '../../src/types.ts';

/** A name to mark as a mention at every occurrence: [text, type, key]. */
export type NamedMention = [text: string, type: EntityType, key: string];

export interface ContextOptions {
  lang?: Lang;
  /** Publication date (partial ISO) or null; default 2023-06-19. */
  published?: string | null;
  names?: NamedMention[];
}

export function contextOf(text: string, o: ContextOptions = {}): ExtractContext {
  const published = o.published === undefined ? '2023-06-19' : o.published;
  const mentions: Mention[] = [];
  for (const [name, type, key] of o.names ?? []) {
    for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) mentions.push({ start: i, end: i + name.length, text: name, type, key });
  }
  mentions.sort((a, b) => a.start - b.start);
  return {
    doc: {
      id: 't', path: 't', title: null, outlet: null, url: null, lang: o.lang ?? 'fr', langSource: 'metadata',
      published: { value: published, source: published ? 'metadata' : null }, original: text, text, offsets: null, removed: [],
    },
    text,
    sentences: splitSentences(text),
    mentions,
  };
}
