// Values by small integer id that all go back to unset in constant time: large runs ask hundreds of thousands of
// questions ("which clusters share this mention's people?", "which articles share this sketch?"), each touching a
// few ids of a large range, and clearing an array of that range for each would make them quadratic.

/** Int32 values by id, for one round at a time; a stamp marks the values set in the current round. */
export class StampedValues {
  private stamp = 0;
  private stamps = new Int32Array(64);
  private values = new Int32Array(64);

  /** Starts a round over the ids below `size`: every value is unset. */
  reset(size: number): void {
    if (size > this.stamps.length) {
      this.stamps = new Int32Array(size * 2);
      this.values = new Int32Array(size * 2);
      this.stamp = 0;
    }
    this.stamp++;
  }

  /** True when `id` was set in this round. */
  has(id: number): boolean {
    return this.stamps[id] === this.stamp;
  }

  /** The value of `id`, 0 when unset. */
  get(id: number): number {
    return this.stamps[id] === this.stamp ? this.values[id]! : 0;
  }

  set(id: number, value: number): void {
    this.stamps[id] = this.stamp;
    this.values[id] = value;
  }

  /** Adds one to the value of `id` (unset counts as 0) and returns it. */
  add(id: number): number {
    const n = this.get(id) + 1;
    this.set(id, n);
    return n;
  }
}
