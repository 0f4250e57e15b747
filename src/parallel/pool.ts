// Extraction across the cores. Documents go out in batches, in order; results are put back by position, so the
// output does not depend on which worker finished first. Small inputs stay in-process: starting a worker (and
// loading the extractors' lexicons in it) costs more than analysing a few articles.
import { availableParallelism } from 'node:os';
import type { DocAnalysis } from '../align/analysis.ts';
import { analyse } from '../extract/index.ts';
import { shingleHashes } from '../text/shingles.ts';
import type { SourceDoc } from '../types.ts';
import { StringPool } from './intern.ts';
import { startWorker } from './start-worker.ts';
import type { Analysed, Job, Reply } from './protocol.ts';

export interface PoolOptions {
  /** Worker count; default: the cores available, at most 8. 1 (or fewer) means in-process. */
  threads?: number;
  /** Below this many documents, stay in-process. */
  minDocs?: number;
  /** Documents per message. */
  batch?: number;
  /** Also compute each document's copy shingles (DocAnalysis.shingles), in the workers. */
  shingles?: boolean;
  /** How many documents there are in all, as far as known, when `docs` is read as it goes (progress only). */
  expected?: () => number;
  /** Called as documents are analysed (for a progress bar). */
  onProgress?: (done: number, total: number) => void;
}

const DEFAULT_MIN_DOCS = 200;
const DEFAULT_BATCH = 64;
// In-process runs report progress every this many documents.
const PROGRESS_EVERY = 25;

/** How many workers to use for `n` documents. */
export function threadsFor(n: number, o: PoolOptions = {}): number {
  const cores = o.threads ?? Math.min(8, availableParallelism());
  return n < (o.minDocs ?? DEFAULT_MIN_DOCS) ? 1 : Math.max(1, cores);
}

/** A worker's analysis joined to its document; sentence texts are slices of the document's text, as analyse() makes. */
function withDoc(doc: SourceDoc, a: Analysed, strings: StringPool): DocAnalysis {
  strings.intern(a.mentions);
  strings.intern(a.drafts);
  const sentences = a.sentences.map((s) => ({ start: s.start, end: s.end, text: doc.text.slice(s.start, s.end), paragraph: s.paragraph }));
  return { doc, sentences, mentions: a.mentions, drafts: a.drafts, ...(a.shingles ? { shingles: a.shingles } : {}) };
}

/**
 * analyse() for every document, in order; byte-identical to `docs.map((d) => analyse(d))` (plus `shingles` when
 * asked). `docs` may be read as it goes (ingestEach): workers then analyse the first documents while the next are
 * read, and only the first `minDocs` are read before deciding whether workers are worth starting.
 */
export async function analyseAll(docs: Iterable<SourceDoc>, o: PoolOptions = {}): Promise<DocAnalysis[]> {
  const source = docs[Symbol.iterator]();
  const all: SourceDoc[] = [];
  let ended = false;
  const pull = (n: number): void => {
    for (let i = 0; i < n && !ended; i++) {
      const r = source.next();
      if (r.done) ended = true;
      else all.push(r.value);
    }
  };
  const min = o.minDocs ?? DEFAULT_MIN_DOCS;
  pull(min);
  const threads = threadsFor(ended ? all.length : Math.max(all.length, min), o);
  const total = () => Math.max(all.length, o.expected?.() ?? 0);
  if (threads <= 1) {
    const out: DocAnalysis[] = [];
    for (let i = 0; ; i++) {
      if (i === all.length) pull(1);
      const d = all[i];
      if (!d) return out;
      const a: DocAnalysis = analyse(d);
      if (o.shingles) a.shingles = shingleHashes(d.text);
      out.push(a);
      if (o.onProgress && (i + 1) % PROGRESS_EVERY === 0) o.onProgress(i + 1, total());
    }
  }
  const batch = o.batch ?? DEFAULT_BATCH;
  const out: DocAnalysis[] = [];
  let next = 0;
  let done = 0;
  let failed: unknown = null;
  const strings = new StringPool();
  const workers = Array.from({ length: threads }, () => startWorker('worker'));
  try {
    await Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((resolve, reject) => {
            let inFlight = 0;
            // Sends the next batch, reading it first when needed; resolves once nothing is left to send or await.
            const send = () => {
              if (failed) return;
              try {
                if (next + batch > all.length) pull(next + batch - all.length);
              } catch (err) {
                // A bad input with `strict`: the run stops with it.
                failed = err;
                return reject(err);
              }
              if (next >= all.length) {
                if (inFlight === 0) resolve();
                return;
              }
              const from = next;
              next = Math.min(all.length, next + batch);
              inFlight++;
              w.postMessage({ id: from, docs: all.slice(from, next), shingles: !!o.shingles } satisfies Job);
            };
            w.on('message', (r: Reply) => {
              inFlight--;
              if (!r.ok) {
                failed = new Error(`extraction worker failed: ${r.error}`);
                return reject(failed);
              }
              r.results.forEach((a: Analysed, k) => (out[r.id + k] = withDoc(all[r.id + k]!, a, strings)));
              done += r.results.length;
              o.onProgress?.(done, total());
              send();
            });
            w.on('error', reject);
            w.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`extraction worker exited with code ${code}`))));
            // Two batches queued: the worker starts the second while this thread reads the third.
            send();
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return out;
}
