// Reads a V8 .cpuprofile (what `node --cpu-prof` writes) into the few figures a performance note needs: how long
// the thread was busy, its garbage collection, the functions it spent the most time in (self), and the call paths
// that hold the most time (inclusive, each function counted once per path so recursion is not counted twice).

export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  /** Sampled span of the thread, ms. */
  totalMs: number;
  /** Samples that were not idle, ms (a thread waiting for the CPU still counts as busy). */
  busyMs: number;
  gcMs: number;
  /** [function, ms], most first. */
  self: [string, number][];
  /** [function, ms], most first: time spent in the function and what it called. */
  inclusive: [string, number][];
}

// V8's pseudo-frames: not functions of the program.
const IDLE = '(idle)';
const PSEUDO = new Set(['(root)', '(program)', IDLE, '(garbage collector)']);

/** "name file:line", the file shortened to its last two path parts. */
export function frameName(cf: CpuProfile['nodes'][number]['callFrame']): string {
  const file = cf.url.split('/').slice(-2).join('/');
  return `${cf.functionName || '(anonymous)'}${file ? ` ${file}:${cf.lineNumber + 1}` : ''}`;
}

// Node's own frames (event emitters, promise jobs, the module loader) wrap everything: in an inclusive ranking they
// would stand above the program's functions without saying where its time goes.
function isOwnCode(url: string): boolean {
  return url !== '' && !url.startsWith('node:');
}

export function summariseProfile(p: CpuProfile, top = 15): ProfileSummary {
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfMs = new Map<number, number>();
  let total = 0;
  p.samples.forEach((id, i) => {
    const d = (p.timeDeltas[i] ?? 0) / 1000;
    total += d;
    selfMs.set(id, (selfMs.get(id) ?? 0) + d);
  });
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let idle = 0;
  let gc = 0;
  for (const [id, ms] of selfMs) {
    const node = byId.get(id)!;
    const name = frameName(node.callFrame);
    if (node.callFrame.functionName === IDLE) idle += ms;
    if (node.callFrame.functionName === '(garbage collector)') gc += ms;
    self.set(name, (self.get(name) ?? 0) + ms);
    // Every function on the sample's stack gets its time once.
    const onStack = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const cf = byId.get(at)!.callFrame;
      if (isOwnCode(cf.url)) onStack.add(frameName(cf));
    }
    for (const f of onStack) inclusive.set(f, (inclusive.get(f) ?? 0) + ms);
  }
  const ranked = (m: Map<string, number>) =>
    [...m]
      .filter(([name]) => !PSEUDO.has(name))
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, top);
  return { totalMs: total, busyMs: total - idle, gcMs: gc, self: ranked(self), inclusive: ranked(inclusive) };
}
