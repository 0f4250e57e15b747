// Full collections at the moments a large run drops big structures: the analyses once align has made claims from
// them, a rule's groups and indexes once the rule is done. V8 lets the heap grow well past what was live at its
// last full collection before it collects again: a 100,000-article run peaked at 5.7 GB of memory while about
// 2 GB were live. Two collections forced at those moments (about a second each, on this thread, where V8 marks
// its own mostly on another) bring that peak to 4.1–4.3 GB.
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let gc: (() => void) | null | undefined;

/** V8's full collection, exposed to this process on first use; nothing where it cannot be (then V8 decides). */
function collect(): void {
  if (gc === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      gc = runInNewContext('gc') as () => void;
    } catch {
      gc = null;
    }
  }
  gc?.();
}

const usedHeap = () => getHeapStatistics().used_heap_size;

export interface HeapWatchOptions {
  /** Below this many bytes of heap nothing is collected: a run of a few thousand articles fits, and pays nothing. */
  floor?: number;
  /** Collect when the heap is this many times what was live after the last collection. */
  growth?: number;
  /** Bytes of heap in use (default: V8's count); given by tests. */
  used?: () => number;
  /** A full collection (default: V8's); given by tests. */
  collect?: () => void;
}

/**
 * Collects at checkpoints, once the heap has grown enough since the last collection to be worth one, and only to
 * keep it below the highest it has been: memory the heap once reached stays taken from the system (V8 keeps its
 * pages), so a collection below that mark costs time and lowers no peak.
 */
export class HeapWatch {
  private live = 0;
  private high = 0;
  private readonly floor: number;
  private readonly growth: number;
  private readonly used: () => number;
  private readonly collect: () => void;

  constructor(o: HeapWatchOptions = {}) {
    this.floor = o.floor ?? 1024 * 1024 * 1024;
    this.growth = o.growth ?? 1.5;
    this.used = o.used ?? usedHeap;
    this.collect = o.collect ?? collect;
  }

  /** A moment after which much of the heap may be garbage. */
  checkpoint(): void {
    const used = this.used();
    if (used < this.floor || used < this.live * this.growth || used < this.high) return;
    this.collect();
    this.high = used;
    this.live = this.used();
  }
}
