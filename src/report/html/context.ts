// The sentence around a piece of evidence, split so the value itself can be highlighted.
// Shared by the HTML and Markdown reports.
import type { Claim, Evidence } from '../../types.ts';

export interface EvidenceContext {
  before: string;
  hit: string;
  after: string;
}

const MAX_SIDE = 240;

/**
 * Prefers the claim's sentence (read from the cleaned working text, so free of markup); else a window of the
 * original text cut at sentence ends (. ! ? or a line break) and at most 240 characters each side; else the
 * evidence text alone.
 */
export function evidenceContext(evidence: Evidence, claim?: Claim | null, original?: string | null): EvidenceContext {
  const sentence = claim?.evidence.sentence;
  if (sentence && evidence.text) {
    const at = sentence.indexOf(evidence.text);
    if (at >= 0) {
      return { before: sentence.slice(0, at), hit: evidence.text, after: sentence.slice(at + evidence.text.length) };
    }
  }
  if (original && evidence.end <= original.length && evidence.start >= 0 && evidence.start <= evidence.end) {
    return {
      before: clipStart(original.slice(sentenceStart(original, evidence.start), evidence.start)),
      hit: original.slice(evidence.start, evidence.end),
      after: clipEnd(original.slice(evidence.end, sentenceEnd(original, evidence.end))),
    };
  }
  return { before: '', hit: evidence.text, after: '' };
}

function sentenceStart(text: string, from: number): number {
  const limit = Math.max(0, from - MAX_SIDE * 2);
  for (let i = from - 1; i >= limit; i--) {
    const c = text[i]!;
    if (c === '\n' || c === '\r') return i + 1;
    if ((c === '.' || c === '!' || c === '?') && /\s/.test(text[i + 1] ?? ' ') && i + 1 < from) return i + 1;
  }
  return limit;
}

function sentenceEnd(text: string, from: number): number {
  const limit = Math.min(text.length, from + MAX_SIDE * 2);
  for (let i = from; i < limit; i++) {
    const c = text[i]!;
    if (c === '\n' || c === '\r') return i;
    if ((c === '.' || c === '!' || c === '?') && /\s/.test(text[i + 1] ?? ' ')) return i + 1;
  }
  return limit;
}

/** Keeps the last MAX_SIDE characters, cut at a space, with an ellipsis. */
function clipStart(text: string): string {
  const t = text.replace(/^\s+/, '');
  if (t.length <= MAX_SIDE) return t;
  const cut = t.slice(-MAX_SIDE);
  const space = cut.indexOf(' ');
  return '…' + (space >= 0 && space < 40 ? cut.slice(space) : cut);
}

function clipEnd(text: string): string {
  if (text.length <= MAX_SIDE) return text.trimEnd(); // not /\s+$/: quadratic on inner runs of blanks
  const cut = text.slice(0, MAX_SIDE);
  const space = cut.lastIndexOf(' ');
  return (space > MAX_SIDE - 40 ? cut.slice(0, space) : cut) + '…';
}
