// Worker replies are structured clones: every string arrives as its own copy, so the 1.8 M strings of 10,000
// analyses (entity keys, kinds, categories, mention texts) hold only 57 k distinct values. Sharing one instance
// of each short string as results arrive saves about a third of the analyses' memory, and of the claims later
// made from them.

// Longer strings (quotes, sentences) are rarely repeated; keeping them in the pool would outlive their analyses.
const MAX_INTERNED = 48;

/** One shared instance per short string value. */
export class StringPool {
  private readonly pool = new Map<string, string>();

  /** The shared instance of `s` (itself when longer than interning is worth). */
  one(s: string): string {
    if (s.length > MAX_INTERNED) return s;
    const had = this.pool.get(s);
    if (had !== undefined) return had;
    this.pool.set(s, s);
    return s;
  }

  /** Replaces, in place, the strings inside plain objects and arrays by their shared instance; returns `value`. */
  intern<T>(value: T): T {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const v = value[i];
        if (typeof v === 'string') value[i] = this.one(v);
        else if (v !== null && typeof v === 'object') this.intern(v);
      }
    } else if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
      const o = value as Record<string, unknown>;
      for (const k in o) {
        const v = o[k];
        if (typeof v === 'string') o[k] = this.one(v);
        else if (v !== null && typeof v === 'object') this.intern(v);
      }
    }
    return value;
  }
}
