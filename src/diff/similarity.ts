// Sentence similarity for the text diff: folded words, a Dice score over word multisets, and an inverted index
// of word shingles so that only sentences sharing a shingle are ever scored (never all pairs).
import { fold } from '../text/fold.ts';

/** Folded words of a sentence, punctuation dropped: "L'État a dit" → ["l", "etat", "a", "dit"]. */
export function foldedWords(s: string): string[] {
  return fold(s)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Dice coefficient over word multisets: 2·|A∩B| / (|A|+|B|), 0..1. */
export function dice(a: string[], b: string[]): number {
  if (a.length === 0 && b.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of b) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      shared++;
      counts.set(w, n - 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
}

/** Word bigrams; a one-word sentence is its own shingle so that it can still be found. */
export function shingles(words: string[]): Set<string> {
  if (words.length < 2) return new Set(words);
  const out = new Set<string>();
  for (let i = 0; i + 1 < words.length; i++) out.add(`${words[i]} ${words[i + 1]}`);
  return out;
}

/** Candidate pairs (i in `a`, j in `b`) that share at least one shingle, each scored by Dice. */
export function scoredCandidates(a: string[][], b: string[][], minScore: number): { a: number; b: number; score: number }[] {
  const index = new Map<string, number[]>();
  b.forEach((words, j) => {
    for (const s of shingles(words)) {
      const list = index.get(s);
      if (list) list.push(j);
      else index.set(s, [j]);
    }
  });
  // Shingles shared by very many sentences ("de la", "a déclaré") say nothing and would make the scan quadratic.
  const common = Math.max(12, Math.ceil(b.length / 8));
  const out: { a: number; b: number; score: number }[] = [];
  a.forEach((words, i) => {
    const seen = new Set<number>();
    for (const s of shingles(words)) {
      const list = index.get(s);
      if (!list || list.length > common) continue;
      for (const j of list) seen.add(j);
    }
    for (const j of seen) {
      const score = dice(words, b[j]!);
      if (score >= minScore) out.push({ a: i, b: j, score });
    }
  });
  return out;
}
