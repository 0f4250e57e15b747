// An inverted index of word sets with a top-k query: the few entries sharing the most words with a query.
// Counting every posting list is quadratic over a corpus (common words list nearly every entry); reading the
// lists from the shortest and stopping as soon as the rest cannot change the answer costs about the rare words'
// lists. Words and entries are numbered, and the per-query marks live in typed arrays reused across queries.

/** The count of the k-th best entry found, from the entries found by count; 0 while fewer than k are found. */
function kthCount(byCount: Int32Array, m: number, k: number): number {
  let seen = 0;
  for (let n = m; n > 0; n--) {
    seen += byCount[n]!;
    if (seen >= k) return n;
  }
  return 0;
}

function grown(a: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  if (size <= a.length) return a;
  const b = new Int32Array(Math.max(size, a.length * 2));
  b.set(a);
  return b;
}

export class WordSetIndex {
  private readonly wordIds = new Map<string, number>();
  /** Entry ids by word id, in increasing order. */
  private readonly postings: number[][] = [];
  /** Word ids of each entry. */
  private readonly entries: Int32Array[] = [];
  // Per-query marks: a word is in the query when queryMark[word] === stamp; an entry is found when foundMark[id] === stamp.
  private stamp = 0;
  private queryMark = new Int32Array(64);
  private foundMark = new Int32Array(64);
  private counts = new Int32Array(64);
  /** Removed entries: never found again. */
  private removed = new Int32Array(64);

  get size(): number {
    return this.entries.length;
  }

  /** Adds an entry (a set of distinct words); returns its id, 0, 1, 2… */
  add(words: Iterable<string>): number {
    const id = this.entries.length;
    const own: number[] = [];
    for (const w of words) {
      let wid = this.wordIds.get(w);
      if (wid === undefined) {
        wid = this.postings.length;
        this.wordIds.set(w, wid);
        this.postings.push([]);
      }
      this.postings[wid]!.push(id);
      own.push(wid);
    }
    this.entries.push(Int32Array.from(own));
    this.queryMark = grown(this.queryMark, this.postings.length);
    this.foundMark = grown(this.foundMark, this.entries.length);
    this.counts = grown(this.counts, this.entries.length);
    this.removed = grown(this.removed, this.entries.length);
    return id;
  }

  /** Removes an entry: queries no longer find it (its id is not reused). */
  remove(id: number): void {
    this.removed[id] = 1;
  }

  /**
   * The at most `k` entries sharing the most of `words` (distinct words; at least `need` of them), as [id, count],
   * the most first and, at equal counts, the lowest id first: exactly what counting every posting list of `words`
   * and sorting gives.
   *
   * Lists are read from the shortest. An entry found in none of the first r of m lists shares at most the other
   * m − r words (`bound`): reading stops once that is below `need` or below the k-th best count found. When it
   * equals the k-th best count, a new entry can only tie it, and ranks before it only with a lower id: that list is
   * read up to the k-th best id, keeping the entries that are in every list left. Found entries are counted exactly
   * on their own words, so unread lists are never needed for them.
   */
  mostShared(words: Set<string>, need: number, k: number): [number, number][] {
    const stamp = ++this.stamp;
    const lists: { wid: number; ids: number[] }[] = [];
    for (const w of words) {
      const wid = this.wordIds.get(w);
      // A word no entry has adds nothing to any count, and its empty list would be read first anyway.
      if (wid === undefined || this.queryMark[wid] === stamp) continue;
      this.queryMark[wid] = stamp;
      lists.push({ wid, ids: this.postings[wid]! });
    }
    lists.sort((a, b) => a.ids.length - b.ids.length);
    // m counts the unknown words too, as their lists were read at no cost: bounds stay those of all the words.
    const unknown = words.size - lists.length;
    const m = lists.length + unknown;
    const found: number[] = [];
    const byCount = new Int32Array(m + 1);
    for (let r = 0; r < lists.length; r++) {
      const bound = m - unknown - r;
      const kth = kthCount(byCount, m, k);
      if (bound < need || bound < kth) break;
      if (bound === kth) {
        // The k-th best entry: a newcomer with the same count must have a lower id to rank before it.
        const better = found.filter((id) => this.counts[id]! > kth).length;
        const tied = found.filter((id) => this.counts[id] === kth).sort((x, y) => x - y);
        const limit = tied[k - better - 1]!;
        const rest = lists.slice(r + 1).map((l) => l.wid);
        for (const id of lists[r]!.ids) {
          if (id >= limit) break;
          if (this.foundMark[id] === stamp || this.removed[id]) continue;
          const own = this.entries[id]!;
          if (rest.every((wid) => own.includes(wid))) {
            this.foundMark[id] = stamp;
            this.counts[id] = bound;
            found.push(id);
          }
        }
        break;
      }
      for (const id of lists[r]!.ids) {
        if (this.foundMark[id] === stamp || this.removed[id]) continue;
        this.foundMark[id] = stamp;
        let n = 0;
        for (const wid of this.entries[id]!) if (this.queryMark[wid] === stamp) n++;
        this.counts[id] = n;
        byCount[n]!++;
        found.push(id);
      }
    }
    const out: [number, number][] = [];
    for (const id of found) if (this.counts[id]! >= need) out.push([id, this.counts[id]!]);
    return out.sort((x, y) => y[1] - x[1] || x[0] - y[0]).slice(0, k);
  }

  /**
   * mostShared(words, need, k), lazily: the best entry alone first, then the others. A caller that stops at the
   * first entry it accepts (most do) pays for a top-1 search, which stops reading much sooner than a top-k.
   */
  *ranked(words: Set<string>, need: number, k: number): Generator<[number, number]> {
    const first = this.mostShared(words, need, 1);
    if (!first.length) return;
    yield first[0]!;
    if (k > 1) yield* this.mostShared(words, need, k).slice(1);
  }
}
