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

/** The first position at or after `from` of a sorted list whose value is at least `target` (galloping). */
function seek(list: number[], from: number, target: number): number {
  if (from >= list.length || list[from]! >= target) return from;
  // list[lo] < target; double the step until past it, then halve back.
  let lo = from;
  let step = 1;
  while (lo + step < list.length && list[lo + step]! < target) {
    lo += step;
    step *= 2;
  }
  let hi = Math.min(lo + step, list.length);
  while (lo + 1 < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! < target) lo = mid;
    else hi = mid;
  }
  return hi;
}

export class WordSetIndex {
  private readonly wordIds = new Map<string, number>();
  /** Entry ids by word id, in increasing order. */
  private readonly postings: number[][] = [];
  /** Word ids of each entry. */
  private readonly entries: Int32Array[] = [];
  // Per-query marks: a word is in the query when queryMark[word] === stamp; an entry is found when foundMark[id] === stamp.
  private stamp = 0;
  private queryMark = new Int32Array(16);
  private foundMark = new Int32Array(16);
  private counts = new Int32Array(16);
  /** Removed entries: never found again. */
  private removed = new Int32Array(16);
  // Per-query buffers: the entries found, and how many have each count.
  private found = new Int32Array(16);
  private byCount = new Int32Array(16);
  private topIds = new Int32Array(8);
  private cursor = new Int32Array(8);
  private topCounts = new Int32Array(8);

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
   * on their own words, so unread lists are never needed for them. Reading stops inside a list too, as soon as k
   * found entries rank before anything it or the later lists could still add.
   */
  mostShared(words: Set<string>, need: number, k: number): [number, number][] {
    const stamp = ++this.stamp;
    const lists: number[] = [];
    for (const w of words) {
      const wid = this.wordIds.get(w);
      // A word no entry has adds nothing to any count, and its empty list would be read first anyway.
      if (wid === undefined || this.queryMark[wid] === stamp) continue;
      this.queryMark[wid] = stamp;
      lists.push(wid);
    }
    // By list length, equal lengths in query order (an insertion sort: the lists are few, and sort() allocates).
    for (let i = 1; i < lists.length; i++) {
      const wid = lists[i]!;
      const len = this.postings[wid]!.length;
      let j = i;
      for (; j > 0 && this.postings[lists[j - 1]!]!.length > len; j--) lists[j] = lists[j - 1]!;
      lists[j] = wid;
    }
    // The best entry alone, when one has every known word: it is the first of the lists' intersection, found by
    // leaping through them (the usual case of a quote repeated from another story), far before reading a list.
    if (k === 1 && lists.length >= need && lists.length > 0) {
      const id = this.firstInAll(lists);
      if (id >= 0) return [[id, lists.length]];
    }
    // m counts the unknown words too, as their lists were read at no cost: bounds stay those of all the words.
    const unknown = words.size - lists.length;
    const m = lists.length + unknown;
    // Found entries, in `found[0 .. nFound)`, and how many were found with each count: buffers kept across
    // queries, as a large run makes hundreds of thousands of queries.
    this.found = grown(this.found, this.entries.length);
    const found = this.found;
    let nFound = 0;
    this.byCount = grown(this.byCount, m + 1);
    const byCount = this.byCount.fill(0, 0, m + 1);
    for (let r = 0; r < lists.length; r++) {
      const bound = m - unknown - r;
      const kth = kthCount(byCount, m, k);
      if (bound < need || bound < kth) break;
      const ids = this.postings[lists[r]!]!;
      if (bound === kth) {
        // The k-th best entry: a newcomer with the same count must have a lower id to rank before it.
        let better = 0;
        for (let f = 0; f < nFound; f++) if (this.counts[found[f]!]! > kth) better++;
        const limit = this.best(nFound, kth, k - better, kth)[k - better - 1]![0];
        for (let p = 0; p < ids.length; p++) {
          const id = ids[p]!;
          if (id >= limit) break;
          if (this.foundMark[id] === stamp || this.removed[id]) continue;
          if (this.hasAll(id, lists, r + 1)) {
            this.foundMark[id] = stamp;
            this.counts[id] = bound;
            found[nFound++] = id;
          }
        }
        break;
      }
      // Entries that rank before any entry not found yet: those with more than `bound` words, and those of this
      // list with `bound` words (a newcomer has at most that many and a higher id). Once k of them are found, no
      // further entry can enter the top k (the first entries of a one-word query's list, the first exact repeat).
      let ahead = 0;
      for (let n = bound + 1; n <= m; n++) ahead += byCount[n]!;
      let decided = false;
      for (let p = 0; p < ids.length; p++) {
        const id = ids[p]!;
        if (this.foundMark[id] === stamp || this.removed[id]) continue;
        this.foundMark[id] = stamp;
        const own = this.entries[id]!;
        let n = 0;
        for (let q = 0; q < own.length; q++) if (this.queryMark[own[q]!] === stamp) n++;
        this.counts[id] = n;
        byCount[n]!++;
        found[nFound++] = id;
        if (n === bound && ++ahead >= k) {
          decided = true;
          break;
        }
      }
      if (decided) break;
    }
    return this.best(nFound, need, k, m);
  }

  /** The lowest entry (not removed) in the posting lists of every word of `wids`, or -1. */
  private firstInAll(wids: number[]): number {
    this.cursor = grown(this.cursor, wids.length);
    const cursor = this.cursor.fill(0, 0, wids.length);
    let target = 0;
    let agree = 0;
    for (let i = 0; ; i = (i + 1) % wids.length) {
      const ids = this.postings[wids[i]!]!;
      const p = seek(ids, cursor[i]!, target);
      cursor[i] = p;
      if (p === ids.length) return -1;
      if (ids[p] !== target) {
        target = ids[p]!;
        agree = 0;
      }
      if (++agree < wids.length) continue;
      if (!this.removed[target]) return target;
      target++;
      agree = 0;
    }
  }

  /** True when entry `id` has every word of `wids[from..]`. */
  private hasAll(id: number, wids: number[], from: number): boolean {
    const own = this.entries[id]!;
    for (let i = from; i < wids.length; i++) if (!own.includes(wids[i]!)) return false;
    return true;
  }

  /**
   * The k best of the found entries with `need` to `most` words, the most first, then the lowest id. They are
   * picked in buffers and only then made into pairs: a large run makes hundreds of thousands of queries.
   */
  private best(nFound: number, need: number, k: number, most: number): [number, number][] {
    this.topIds = grown(this.topIds, k);
    this.topCounts = grown(this.topCounts, k);
    const ids = this.topIds;
    const counts = this.topCounts;
    let size = 0;
    for (let f = 0; f < nFound; f++) {
      const id = this.found[f]!;
      const n = this.counts[id]!;
      if (n < need || n > most) continue;
      // Insertion into the (short) sorted list of the best so far.
      let at = size;
      while (at > 0 && (counts[at - 1]! < n || (counts[at - 1] === n && ids[at - 1]! > id))) at--;
      if (at >= k) continue;
      if (size < k) size++;
      for (let j = size - 1; j > at; j--) {
        ids[j] = ids[j - 1]!;
        counts[j] = counts[j - 1]!;
      }
      ids[at] = id;
      counts[at] = n;
    }
    const out: [number, number][] = [];
    for (let i = 0; i < size; i++) out.push([ids[i]!, counts[i]!]);
    return out;
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
