// Source independence: articles that share long verbatim passages (copies, rewrites of one dispatch) are grouped,
// so that corroboration counts each group once. The work grows linearly with the corpus:
//   1. each article is summarised by a bottom-k sketch of its hashed word shingles (MinHash);
//   2. an inverted index over sketch values finds, for each article, the few others whose sketches overlap most
//      (values shared by very many articles, boilerplate or a widely quoted sentence, are skipped);
//   3. those candidates pass an exact shingle containment test, and only then get the fast-diff word alignment
//      that measures the share of text they really share (aligned-share.ts).
import { COPY_SHINGLE_WORDS, shingleHashes } from '../text/shingles.ts';
import { SharedRuns, WordNumbers } from './aligned-share.ts';
import { Postings } from './postings.ts';
import { StampedValues } from './stamped.ts';

export interface CopyOptions {
  /** Words per shingle. */
  shingle: number;
  /** Shingle hashes kept per article (the sketch). */
  sketch: number;
  /** Estimated share of shingles in common (over the smaller article) before the word alignment is run. */
  minContainment: number;
  /** Candidates aligned per article, the best first. */
  maxCandidates: number;
  /** Share of the shorter text's words that must align for two articles to be copies. */
  threshold: number;
}

const MAX_ALIGNED = 30_000;
// Longest list of articles sharing one sketch value that is still read.
const MAX_POSTING = 48;
// Articles whose words are kept for the alignments still to come (an article meets a few candidates, mostly close
// to it in the corpus order); beyond that the least recently aligned is read again when needed.
const KEPT_WORDS = 2048;

const DEFAULTS: CopyOptions = { shingle: COPY_SHINGLE_WORDS, sketch: 64, minContainment: 0.4, maxCandidates: 4, threshold: 0.5 };

/** Share of the smaller sorted hash list found in the other (a merge walk). */
function containment(a: Uint32Array, b: Uint32Array): number {
  const small = Math.min(a.length, b.length);
  if (small === 0) return 0;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    if (a[i]! === b[j]!) {
      shared++;
      i++;
      j++;
    } else if (a[i]! < b[j]!) i++;
    else j++;
  }
  return shared / small;
}

/**
 * The k smallest distinct shingle hashes of a text (the sketch) and all of them, sorted: 4 bytes a shingle,
 * kept for the exact containment test.
 */
export function sketchOf(text: string, n: number, k: number): { values: Uint32Array; all: Uint32Array; size: number } {
  return sketchFrom(shingleHashes(text, n), k);
}

function sketchFrom(all: Uint32Array, k: number): { values: Uint32Array; all: Uint32Array; size: number } {
  return { values: all.subarray(0, k), all, size: all.length };
}

/**
 * Groups of document ids (size ≥ 2) that are not independent, sorted. `shingles`, when given, is shingleHashes(text)
 * (text/shingles.ts, computed where the text was analysed), used when the shingle length is the default one.
 */
export function findCopyGroups(docs: { id: string; text: string; shingles?: Uint32Array }[], opts: Partial<CopyOptions> = {}): string[][] {
  const o = { ...DEFAULTS, ...opts };
  const sketches = docs.map((d) => (d.shingles && o.shingle === COPY_SHINGLE_WORDS ? sketchFrom(d.shingles, o.sketch) : sketchOf(d.text, o.shingle, o.sketch)));
  const index = new Postings(sketches.map((s) => s.values));
  // A sketch value shared by very many articles (boilerplate, a widely quoted sentence) says nothing about
  // copying, and scanning its long list for every article would make the pass quadratic.
  const cap = MAX_POSTING;
  const parent = docs.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  // Sketch values shared with each later article.
  const shared = new StampedValues();
  const numbers = new WordNumbers();
  const runs = new SharedRuns(numbers);
  const kept = new Map<number, Int32Array>();
  const wordsOf = (i: number): Int32Array => {
    let w = kept.get(i);
    if (w) kept.delete(i);
    else w = numbers.of(docs[i]!.text.slice(0, MAX_ALIGNED));
    kept.set(i, w);
    if (kept.size > KEPT_WORDS) kept.delete(kept.keys().next().value!);
    return w;
  };
  for (let i = 0; i < docs.length; i++) {
    const touched: number[] = [];
    shared.reset(docs.length);
    for (let k = 0; k < sketches[i]!.values.length; k++) {
      const from = index.start(i, k);
      const to = index.end(i, k);
      if (to - from > cap) continue;
      for (let p = from; p < to; p++) {
        const j = index.owner(p);
        if (j > i && shared.add(j) === 1) touched.push(j);
      }
    }
    const candidates = touched
      .filter((j) => shared.get(j) / Math.max(1, Math.min(sketches[i]!.values.length, sketches[j]!.values.length)) >= o.minContainment)
      .map((j): [number, number] => [j, shared.get(j)])
      .sort((x, y) => y[1] - x[1] || x[0] - y[0])
      .slice(0, o.maxCandidates);
    // Candidates first pass an exact shingle containment test (linear in the two texts), which rules out most
    // same-topic pairs before the costlier word alignment.
    for (const [j] of candidates) {
      if (find(i) === find(j)) continue;
      if (containment(sketches[i]!.all, sketches[j]!.all) < o.minContainment) continue;
      // The alignment reads at most the first MAX_ALIGNED characters of each text: enough to tell a copy, and a
      // bound on fast-diff, which has no timeout.
      if (runs.share(wordsOf(i), wordsOf(j)) >= o.threshold) parent[find(i)] = find(j);
    }
  }
  const groups = new Map<number, string[]>();
  docs.forEach((d, i) => {
    const r = find(i);
    groups.set(r, [...(groups.get(r) ?? []), d.id]);
  });
  return [...groups.values()]
    .filter((g) => g.length > 1)
    .map((g) => g.sort())
    .sort((x, y) => x[0]!.localeCompare(y[0]!));
}
