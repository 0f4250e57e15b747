// The per-analysis caches of extraction (tokens, date mentions, the entity analysis, attribution candidates),
// keyed by an object of one analyse() call: its sentences array or its context.
//
// Not WeakMaps: V8's young-generation collector (the scavenger) copies the values of a WeakMap as live even
// when their key dies in that same collection (measured: a loop caching per key in a WeakMap ran 6x slower),
// so every document's tokens were copied, promoted to the old generation, and waited for a full collection.
// Garbage collection was ~15 % of extraction. analyse() reads one document at a time, so remembering the last few keys strongly gives the same
// hits, and a document's tokens die as soon as two later documents have been read.

/** A map that remembers only its `size` most recently set keys (compared by identity). */
export class RecentCache<K extends object, V> {
  private readonly keys: (K | undefined)[];
  private readonly values: (V | undefined)[];
  private next = 0;

  constructor(size = 2) {
    this.keys = new Array<K | undefined>(size).fill(undefined);
    this.values = new Array<V | undefined>(size).fill(undefined);
  }

  get(key: K): V | undefined {
    for (let i = 0; i < this.keys.length; i++) if (this.keys[i] === key) return this.values[i];
    return undefined;
  }

  set(key: K, value: V): void {
    for (let i = 0; i < this.keys.length; i++) {
      if (this.keys[i] === key) {
        this.values[i] = value;
        return;
      }
    }
    this.keys[this.next] = key;
    this.values[this.next] = value;
    this.next = (this.next + 1) % this.keys.length;
  }
}
