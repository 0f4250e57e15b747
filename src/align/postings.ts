// Which articles hold each sketch value, for copy detection: an inverted index as a few typed columns. A Map from
// value to an array of articles holds a boxed 32-bit key, an array object and its store for each distinct value;
// the columns take 12 bytes an entry. With them, and the texts sent as UTF-8 (parallel/packed-texts.ts), the copy
// thread's heap peaks at 66 MB at 30,000 articles instead of 341 MB.

/** An inverted index over each article's list of values (its sketch). */
export class Postings {
  /** The article of each entry, entries grouped by value and in article order within a value. */
  private readonly owners: Int32Array;
  /** For each entry in input order (article by article, value by value): its value's run in `owners`. */
  private readonly runStart: Int32Array;
  private readonly runEnd: Int32Array;
  /** Input-order index of each article's first entry. */
  private readonly first: Int32Array;

  constructor(lists: Uint32Array[]) {
    this.first = new Int32Array(lists.length + 1);
    lists.forEach((l, i) => (this.first[i + 1] = this.first[i]! + l.length));
    const n = this.first[lists.length]!;
    const values = new Uint32Array(n);
    const owner = new Int32Array(n);
    lists.forEach((l, i) => {
      values.set(l, this.first[i]!);
      owner.fill(i, this.first[i]!, this.first[i + 1]!);
    });
    const order = sortedByValue(values);
    this.owners = new Int32Array(n);
    this.runStart = new Int32Array(n);
    this.runEnd = new Int32Array(n);
    for (let a = 0; a < n; ) {
      const v = values[order[a]!]!;
      let b = a + 1;
      while (b < n && values[order[b]!] === v) b++;
      for (let p = a; p < b; p++) {
        const e = order[p]!;
        this.owners[p] = owner[e]!;
        this.runStart[e] = a;
        this.runEnd[e] = b;
      }
      a = b;
    }
  }

  /** Start, in run positions, of the articles holding value `k` of article `i`'s list. */
  start(i: number, k: number): number {
    return this.runStart[this.first[i]! + k]!;
  }

  /** End (exclusive) of that run. */
  end(i: number, k: number): number {
    return this.runEnd[this.first[i]! + k]!;
  }

  /** The article at run position `p`. */
  owner(p: number): number {
    return this.owners[p]!;
  }
}

// Below this many entries a comparison sort is cheaper than the radix sort's two passes over 65,536 counters.
const RADIX_FROM = 4096;

/**
 * Entry indexes sorted by value, ties in index order: a stable radix sort on 16-bit digits, linear where a
 * comparison sort of millions of entries through a callback takes seconds.
 */
function sortedByValue(values: Uint32Array): Int32Array {
  let order = new Int32Array(values.length);
  for (let e = 0; e < order.length; e++) order[e] = e;
  if (values.length < RADIX_FROM) return order.sort((a, b) => values[a]! - values[b]! || a - b);
  let next = new Int32Array(values.length);
  const count = new Int32Array(0x10001);
  for (const shift of [0, 16]) {
    count.fill(0);
    for (let p = 0; p < order.length; p++) count[((values[order[p]!]! >>> shift) & 0xffff) + 1]!++;
    for (let d = 1; d < count.length; d++) count[d]! += count[d - 1]!;
    for (let p = 0; p < order.length; p++) {
      const e = order[p]!;
      next[count[(values[e]! >>> shift) & 0xffff]!++] = e;
    }
    [order, next] = [next, order];
  }
  return order;
}
