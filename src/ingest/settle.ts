// Puts the articles read and what was built from them back in reading order: documents (each id once, the first
// that built wins) and problems in the order a one-pass ingest meets them, whichever thread built what, and when.
import { RecoupeError } from '../errors.ts';
import type { InputProblem } from '../types.ts';
import { toProblem } from './feed.ts';
import type { ReadProgress } from './index.ts';

export interface Settled<T> {
  docs: T[];
  problems: InputProblem[];
}

/**
 * `built[i]` is what the i-th article readEach yielded became: a document (or its analysis), or the error that
 * stopped it. With `strict`, throws the first problem in reading order. Once all is read, nothing readable throws
 * E_NO_SOURCES (or, for a single input with a single problem, that problem).
 */
export function settle<T>(paths: string[], read: ReadProgress, built: (T | RecoupeError)[], idOf: (t: T) => string, strict: boolean): Settled<T> {
  const docs: T[] = [];
  const errors: RecoupeError[] = [];
  const ids = new Set<string>();
  const fail = (err: RecoupeError) => {
    if (strict) throw err;
    errors.push(err);
  };
  let p = 0;
  const problemsBefore = (i: number) => {
    for (; p < read.problems.length && read.problems[p]!.before <= i; p++) fail(read.problems[p]!.error);
  };
  for (let i = 0; i < built.length; i++) {
    problemsBefore(i);
    const b = built[i]!;
    if (b instanceof RecoupeError) fail(b);
    else {
      const id = idOf(b);
      if (!ids.has(id)) {
        ids.add(id);
        docs.push(b);
      }
    }
  }
  problemsBefore(Infinity);
  if (docs.length === 0) {
    // `recoupe check no-such-dir` prints one line naming no-such-dir, not a generic "no sources".
    if (paths.length === 1 && errors.length === 1) throw errors[0];
    const detail = errors.length ? `; ${errors.length} input problem(s), first: ${errors[0]!.message}` : '';
    throw new RecoupeError('E_NO_SOURCES', null, `no article could be read from ${paths.length ? paths.join(', ') : 'no path'}${detail}`);
  }
  return { docs, problems: errors.map(toProblem) };
}
