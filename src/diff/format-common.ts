// Pieces every diff formatter shares: where a sentence is, the count lines, and which text changes to list.
import type { DiffPart } from '../text/word-diff.ts';
import type { DiffCounts, DocDiff, FactChange, SentenceChange, SentenceRef, SentenceStatus } from './types.ts';

export const SENTENCE_STATUSES: SentenceStatus[] = ['same', 'edited', 'moved', 'added', 'removed'];

/** "s4 ¶2 @120-188": 1-based sentence and paragraph numbers for people, 0-based offsets for tools. */
export function where(r: SentenceRef): string {
  return `s${r.index + 1} ¶${r.paragraph + 1} @${r.start}-${r.end}`;
}

export function sentenceCounts(c: DiffCounts): string {
  return SENTENCE_STATUSES.map((s) => `${c.sentences[s]} ${s}`).join(', ');
}

export function paragraphCounts(c: DiffCounts): string {
  return SENTENCE_STATUSES.map((s) => `${c.paragraphs[s]} ${s}`).join(', ');
}

export function factCounts(c: DiffCounts): string {
  return `${c.facts.changed} changed, ${c.facts.added} added, ${c.facts.removed} removed`;
}

/** The text changes worth listing: everything but unchanged sentences, in document order. */
export function textChanges(d: DocDiff): SentenceChange[] {
  return d.sentences.filter((s) => s.status !== 'same');
}

/** "before → after" of a fact change, with ∅ for a missing side. */
export function factValues(f: FactChange): { before: string; after: string } {
  return { before: f.before?.display ?? '∅', after: f.after?.display ?? '∅' };
}

/**
 * Splits a changed part into leading space, words, trailing space, so that markers hug the words: Markdown
 * strikethrough and emphasis do not open or close next to a space.
 */
export function hug(text: string): [string, string, string] {
  const lead = text.length - text.trimStart().length;
  const trail = text.length - text.trimEnd().length;
  if (lead === text.length) return [text, '', ''];
  return [text.slice(0, lead), text.slice(lead, text.length - trail), text.slice(text.length - trail)];
}

/**
 * Renders a word diff with one function per op; equal text goes through `same`. `between` separates a deletion
 * from the insertion that directly follows it ("~~old~~ **new**"), so the two never run together.
 */
export function renderParts(
  parts: DiffPart[],
  same: (s: string) => string,
  del: (s: string) => string,
  ins: (s: string) => string,
  between = '',
): string {
  let out = '';
  let lastWasDel = false;
  for (const p of parts) {
    if (p.op === 0) {
      out += same(p.text);
      lastWasDel = false;
      continue;
    }
    const [lead, body, trail] = hug(p.text);
    if (!body) {
      out += same(p.text);
      lastWasDel = false;
      continue;
    }
    if (p.op === 1 && lastWasDel && !lead) out += between;
    out += same(lead) + (p.op === -1 ? del(body) : ins(body)) + same(trail);
    lastWasDel = p.op === -1 && !trail;
  }
  return out;
}
