// Source independence: articles that share long verbatim passages (copies, rewrites of one dispatch) are grouped,
// so that corroboration counts each group once. Candidates come from an inverted index of word shingles; only
// candidate pairs get the (costlier) fast-diff alignment that measures the shared share.
import { fold } from '../text/fold.ts';
import { sharedWordShare } from '../text/word-diff.ts';

export interface CopyOptions {
  /** Words per shingle. */
  shingle: number;
  /** Minimum shared shingles before a pair is aligned. */
  minShared: number;
  /** Share of the shorter text's words that must align for two articles to be copies. */
  threshold: number;
}

const DEFAULTS: CopyOptions = { shingle: 7, minShared: 4, threshold: 0.5 };

function shingles(text: string, n: number): Set<string> {
  const words = fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const out = new Set<string>();
  for (let i = 0; i + n <= words.length; i++) out.add(words.slice(i, i + n).join(' '));
  return out;
}

/** Groups of document ids (size ≥ 2) that are not independent, sorted. */
export function findCopyGroups(docs: { id: string; text: string }[], opts: Partial<CopyOptions> = {}): string[][] {
  const o = { ...DEFAULTS, ...opts };
  const index = new Map<string, number[]>();
  docs.forEach((d, i) => {
    for (const s of shingles(d.text, o.shingle)) {
      const list = index.get(s);
      if (list) list.push(i);
      else index.set(s, [i]);
    }
  });
  // Count shared shingles per candidate pair; a shingle shared by too many docs is boilerplate, skip it.
  const shared = new Map<string, number>();
  const cap = Math.max(50, Math.ceil(docs.length / 10));
  for (const list of index.values()) {
    if (list.length < 2 || list.length > cap) continue;
    for (let a = 0; a < list.length; a++)
      for (let b = a + 1; b < list.length; b++) {
        const k = `${list[a]},${list[b]}`;
        shared.set(k, (shared.get(k) ?? 0) + 1);
      }
  }
  const parent = docs.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (const [k, n] of [...shared].sort(([x], [y]) => (x < y ? -1 : 1))) {
    if (n < o.minShared) continue;
    const [a, b] = k.split(',').map(Number) as [number, number];
    if (find(a) === find(b)) continue;
    if (sharedWordShare(docs[a]!.text, docs[b]!.text) >= o.threshold) parent[find(a)] = find(b);
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
