// Aligns the sentences of two versions of one text, even across moved paragraphs: exact folded equality first,
// then similarity (shingle index + Dice, greedy by best score); matched pairs out of the common order are moved.
// Works on the working texts (SourceDoc.text); offsets here are into those texts.
import { splitSentences } from '../extract/sentences.ts';
import { fold } from '../text/fold.ts';
import { wordDiff } from '../text/word-diff.ts';
import { longestIncreasing } from './lis.ts';
import { dice, foldedWords, scoredCandidates } from './similarity.ts';
import type { ParagraphChange, SentenceChange, SentenceRef, SentenceStatus } from './types.ts';

/** Below this Dice score two sentences are different sentences, not an edit of one another. */
export const MIN_SIMILARITY = 0.5;

interface Sent extends SentenceRef {
  folded: string;
  words: string[];
}

export interface TextAlignment {
  /** Sentences in B order, removed ones after their A predecessor; refs hold working-text offsets. */
  sentences: SentenceChange[];
  paragraphs: ParagraphChange[];
  /** A sentence index → B sentence index, for matched pairs. */
  pairs: Map<number, number>;
  aCount: { sentences: number; paragraphs: number };
  bCount: { sentences: number; paragraphs: number };
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Sentences of a working text, paragraphs renumbered 0.. over the paragraphs that hold text. */
export function sentencesOf(text: string): Sent[] {
  const raw = splitSentences(text);
  const renumber = new Map<number, number>();
  return raw.map((s, index) => {
    if (!renumber.has(s.paragraph)) renumber.set(s.paragraph, renumber.size);
    const clean = collapse(s.text);
    return { index, paragraph: renumber.get(s.paragraph)!, start: s.start, end: s.end, text: clean, folded: fold(clean), words: foldedWords(clean) };
  });
}

/** One-to-one sentence pairs: equal folded text first (in order), then the most similar remaining pairs. */
export function matchSentences(a: Sent[], b: Sent[]): Map<number, { b: number; score: number }> {
  const pairs = new Map<number, { b: number; score: number }>();
  const takenB = new Set<number>();
  const byText = new Map<string, number[]>();
  for (const s of b) {
    const list = byText.get(s.folded);
    if (list) list.push(s.index);
    else byText.set(s.folded, [s.index]);
  }
  for (const s of a) {
    const j = byText.get(s.folded)?.shift();
    if (j === undefined) continue;
    pairs.set(s.index, { b: j, score: 1 });
    takenB.add(j);
  }
  const restA = a.filter((s) => !pairs.has(s.index));
  const restB = b.filter((s) => !takenB.has(s.index));
  const candidates = scoredCandidates(
    restA.map((s) => s.words),
    restB.map((s) => s.words),
    MIN_SIMILARITY,
  );
  // Best score first; among equals, the pair closest in relative position, so duplicates pair up in order.
  const rel = (s: Sent, n: number) => (n > 1 ? s.index / (n - 1) : 0);
  const distance = (c: { a: number; b: number }) => Math.abs(rel(restA[c.a]!, a.length) - rel(restB[c.b]!, b.length));
  candidates.sort((x, y) => y.score - x.score || distance(x) - distance(y) || x.a - y.a || x.b - y.b);
  for (const c of candidates) {
    const i = restA[c.a]!.index;
    const j = restB[c.b]!.index;
    if (pairs.has(i) || takenB.has(j)) continue;
    pairs.set(i, { b: j, score: c.score });
    takenB.add(j);
  }
  return pairs;
}

function ref(s: Sent): SentenceRef {
  return { index: s.index, paragraph: s.paragraph, start: s.start, end: s.end, text: s.text };
}

/** Aligns two working texts sentence by sentence and paragraph by paragraph. */
export function alignTexts(aText: string, bText: string): TextAlignment {
  const a = sentencesOf(aText);
  const b = sentencesOf(bText);
  const matched = matchSentences(a, b);
  const ordered = [...matched.entries()].sort((x, y) => x[0] - y[0]);
  const inOrder = longestIncreasing(ordered.map(([, m]) => m.b));
  const moved = new Set(ordered.filter((_, k) => !inOrder.has(k)).map(([i]) => i));

  const byB = new Map<number, SentenceChange>();
  for (const [i, m] of matched) {
    const sa = a[i]!;
    const sb = b[m.b]!;
    const isMoved = moved.has(i);
    const edited = sa.text !== sb.text;
    const status: SentenceStatus = edited ? 'edited' : isMoved ? 'moved' : 'same';
    const change: SentenceChange = { status, a: ref(sa), b: ref(sb), moved: isMoved, similarity: m.score === 1 ? 1 : round(dice(sa.words, sb.words)) };
    if (edited) change.parts = wordDiff(sa.text, sb.text);
    byB.set(m.b, change);
  }
  // Removed sentences go right after the nearest preceding A sentence that kept its place.
  const keyed: { key: [number, number]; change: SentenceChange }[] = [];
  for (const sb of b) keyed.push({ key: [sb.index, 0], change: byB.get(sb.index) ?? { status: 'added', a: null, b: ref(sb), moved: false, similarity: 0 } });
  let anchor = -1;
  let since = 0;
  for (const sa of a) {
    const m = matched.get(sa.index);
    if (m && !moved.has(sa.index)) {
      anchor = m.b;
      since = 0;
      continue;
    }
    since++;
    if (!m) keyed.push({ key: [anchor, since], change: { status: 'removed', a: ref(sa), b: null, moved: false, similarity: 0 } });
  }
  keyed.sort((x, y) => x.key[0] - y.key[0] || x.key[1] - y.key[1]);
  const sentences = keyed.map((k) => k.change);
  const pairs = new Map([...matched].map(([i, m]) => [i, m.b]));
  const paraCount = (s: Sent[]) => (s.length ? s[s.length - 1]!.paragraph + 1 : 0);
  return {
    sentences,
    paragraphs: alignParagraphs(sentences, paraCount(a), paraCount(b)),
    pairs,
    aCount: { sentences: a.length, paragraphs: paraCount(a) },
    bCount: { sentences: b.length, paragraphs: paraCount(b) },
  };
}

/**
 * Paragraph pairs from sentence pairs (most shared sentences first, one-to-one); a pair out of the common paragraph
 * order is moved, a pair whose sentences are not all unchanged and paired together is edited.
 */
export function alignParagraphs(sentences: SentenceChange[], aParas: number, bParas: number): ParagraphChange[] {
  const shared = new Map<string, number>();
  for (const s of sentences) {
    if (!s.a || !s.b) continue;
    const k = `${s.a.paragraph}:${s.b.paragraph}`;
    shared.set(k, (shared.get(k) ?? 0) + 1);
  }
  const candidates = [...shared].map(([k, n]) => {
    const [pa, pb] = k.split(':').map(Number) as [number, number];
    return { pa, pb, n };
  });
  candidates.sort((x, y) => y.n - x.n || x.pa - y.pa || x.pb - y.pb);
  const aToB = new Map<number, number>();
  const takenB = new Set<number>();
  for (const c of candidates) {
    if (aToB.has(c.pa) || takenB.has(c.pb)) continue;
    aToB.set(c.pa, c.pb);
    takenB.add(c.pb);
  }
  const ordered = [...aToB].sort((x, y) => x[0] - y[0]);
  const inOrder = longestIncreasing(ordered.map(([, pb]) => pb));
  const movedA = new Set(ordered.filter((_, k) => !inOrder.has(k)).map(([pa]) => pa));
  // A paragraph pair is unchanged only if every sentence of both paragraphs is same/moved and paired inside the pair.
  const dirtyA = new Set<number>();
  const dirtyB = new Set<number>();
  for (const s of sentences) {
    const ok = s.a && s.b && (s.status === 'same' || s.status === 'moved') && aToB.get(s.a.paragraph) === s.b.paragraph;
    if (!ok) {
      if (s.a) dirtyA.add(s.a.paragraph);
      if (s.b) dirtyB.add(s.b.paragraph);
    }
  }
  const out: ParagraphChange[] = [];
  const bToA = new Map([...aToB].map(([pa, pb]) => [pb, pa]));
  for (let pb = 0; pb < bParas; pb++) {
    const pa = bToA.get(pb);
    if (pa === undefined) {
      out.push({ status: 'added', a: null, b: pb, moved: false });
      continue;
    }
    const isMoved = movedA.has(pa);
    const edited = dirtyA.has(pa) || dirtyB.has(pb);
    out.push({ status: edited ? 'edited' : isMoved ? 'moved' : 'same', a: pa, b: pb, moved: isMoved });
  }
  for (let pa = 0; pa < aParas; pa++) if (!aToB.has(pa)) out.push({ status: 'removed', a: pa, b: null, moved: false });
  return out;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}
