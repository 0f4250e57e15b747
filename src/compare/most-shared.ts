// Top-k search in an inverted index of words: the few entries sharing the most words with a query. Counting every
// posting list is quadratic over a corpus (common words list nearly every entry); reading the lists from the
// shortest and stopping as soon as the rest cannot change the answer costs about the rare words' lists.

const EMPTY: readonly number[] = [];

/** The count of the k-th best id found, from the ids found by count; 0 while fewer than k are found. */
function kthCount(byCount: number[], k: number): number {
  let seen = 0;
  for (let n = byCount.length - 1; n > 0; n--) {
    seen += byCount[n]!;
    if (seen >= k) return n;
  }
  return 0;
}

/**
 * The at most `k` ids sharing the most of `words` (at least `need` of them), the most first and, at equal counts,
 * the lowest id first. The answer is exactly the one of counting every posting list of `words` and sorting; posting
 * lists hold ids in increasing order.
 *
 * Lists are read from the shortest. An id found in none of the first r of m lists shares at most the other m − r
 * words (`bound`): reading stops once that is below `need` or below the k-th best count found. When it equals the
 * k-th best count, a new id can only tie it, and it ranks before only with a lower id: that list is read up to
 * the k-th best id, keeping the ids that are in every list left. Found ids are counted exactly on their own words
 * (`wordsOf`: the words the id was indexed under), so unread lists are never needed for them.
 */
export function mostShared(
  words: Set<string>,
  index: Map<string, readonly number[]>,
  wordsOf: (id: number) => Set<string>,
  need: number,
  k: number,
): [number, number][] {
  const lists = [...words].map((w) => ({ w, ids: index.get(w) ?? EMPTY })).sort((a, b) => a.ids.length - b.ids.length);
  const m = lists.length;
  const found = new Map<number, number>();
  const byCount = new Array<number>(m + 1).fill(0);
  const count = (id: number): number => {
    const own = wordsOf(id);
    let n = 0;
    if (own.size < words.size) {
      for (const w of own) if (words.has(w)) n++;
    } else for (const w of words) if (own.has(w)) n++;
    return n;
  };
  for (let r = 0; r < m; r++) {
    const bound = m - r;
    const kth = kthCount(byCount, k);
    if (bound < need || bound < kth) break;
    if (bound === kth) {
      // The k-th best id: a newcomer with the same count must have a lower id to rank before it.
      const tied = [...found].filter(([, n]) => n === kth).map(([id]) => id).sort((x, y) => x - y);
      const better = k - [...found.values()].filter((n) => n > kth).length;
      const limit = tied[better - 1]!;
      const rest = lists.slice(r + 1);
      for (const id of lists[r]!.ids) {
        if (id >= limit) break;
        if (found.has(id)) continue;
        const own = wordsOf(id);
        if (rest.every((l) => own.has(l.w))) found.set(id, bound);
      }
      break;
    }
    for (const id of lists[r]!.ids) {
      if (found.has(id)) continue;
      const n = count(id);
      found.set(id, n);
      byCount[n]!++;
    }
  }
  const out: [number, number][] = [];
  for (const [id, n] of found) if (n >= need) out.push([id, n]);
  return out.sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, k);
}
