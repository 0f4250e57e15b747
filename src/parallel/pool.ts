// Building and extraction across the cores. Articles as read go out in batches, in order; documents and their
// analyses are put back by position, so the output does not depend on which worker finished first. Small inputs
// stay in-process: starting a worker (and loading the extractors' lexicons in it) costs more than analysing a few
// articles.
import { availableParallelism } from 'node:os';
import type { DocAnalysis } from '../align/analysis.ts';
import { RecoupeError, type ErrorCode } from '../errors.ts';
import { analyse } from '../extract/index.ts';
import { tryBuildDoc, type RawDoc } from '../ingest/build.ts';
import { shingleHashes } from '../text/shingles.ts';
import type { ClaimDraft, QuoteValue, SourceDoc } from '../types.ts';
import { StringPool } from './intern.ts';
import { startWorker } from './start-worker.ts';
import { unpackMentions, unpackSentences, type Analysed, type Failed, type Job, type Reply } from './protocol.ts';

export interface PoolOptions {
  /** Worker count; default: the cores available, at most 8. 1 (or fewer) means in-process. */
  threads?: number;
  /** Below this many documents, stay in-process. */
  minDocs?: number;
  /** Documents per message. */
  batch?: number;
  /** Also compute each document's copy shingles (DocAnalysis.shingles), in the workers. */
  shingles?: boolean;
  /** Send nothing more once an article fails to build (strict runs: the first failure ends the run). */
  stopOnFailure?: boolean;
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

/** The document a worker built, made whole again with what this thread read; sentence texts are slices of its text. */
function withDoc(raw: RawDoc, a: Analysed | Failed, strings: StringPool): DocAnalysis | RecoupeError {
  if ('failed' in a) return new RecoupeError(a.failed.code as ErrorCode, a.failed.file, a.failed.problem, a.failed.where);
  const b = a.doc;
  const original = raw.content;
  const doc: SourceDoc = {
    id: b.id,
    path: b.path,
    title: b.title,
    outlet: b.outlet,
    url: b.url,
    lang: b.lang,
    langSource: b.langSource,
    published: strings.intern(b.published),
    original,
    text: b.text,
    offsets: b.offsets,
    removed: b.removed.map(({ reason, start, end }) => ({ reason, start, end, text: original.slice(start, end) })),
  };
  strings.intern(doc.removed);
  strings.intern(a.drafts);
  shareQuoteTexts(a.drafts, doc);
  const sentences = unpackSentences(a.sentences, doc.text);
  const mentions = unpackMentions(a.mentions, (x) => strings.one(x));
  return { doc, sentences, mentions, drafts: a.drafts, ...(a.shingles ? { shingles: a.shingles } : {}) };
}

/**
 * Quotes are the long strings of the drafts (the short ones are interned), and each arrives as a copy of a span of
 * the article: a slice of the original holds the same characters without a copy of them.
 */
function shareQuoteTexts(drafts: ClaimDraft[], doc: SourceDoc): void {
  // In an HTML document, drafts' offsets are not offsets of the original.
  if (doc.offsets) return;
  for (const d of drafts) {
    if (d.kind !== 'quote') continue;
    const v = d.value as QuoteValue;
    const at = doc.original.indexOf(v.text, d.start);
    if (at >= 0 && at + v.text.length <= d.end) v.text = doc.original.slice(at, at + v.text.length);
  }
}

/** What the main thread does with one article when there are no workers: the same as a worker does. */
function analyseHere(raw: RawDoc, shingles: boolean): DocAnalysis | RecoupeError {
  const doc = tryBuildDoc(raw);
  if (doc instanceof RecoupeError) return doc;
  const a: DocAnalysis = analyse(doc);
  if (shingles) a.shingles = shingleHashes(doc.text);
  return a;
}

/**
 * buildDoc() then analyse() for every article, in order; byte-identical to doing so in-process (plus `shingles`
 * when asked). An article that fails to build gives its RecoupeError in its place. `docs` may be read as it goes
 * (readEach): workers then build and analyse the first articles while the next are read, and only the first
 * `minDocs` are read before deciding whether workers are worth starting.
 */
export async function analyseAll(docs: Iterable<RawDoc>, o: PoolOptions = {}): Promise<(DocAnalysis | RecoupeError)[]> {
  const source = docs[Symbol.iterator]();
  // Articles read and not yet analysed; each is let go once its analysis holds its content.
  const all: (RawDoc | null)[] = [];
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
    const out: (DocAnalysis | RecoupeError)[] = [];
    for (let i = 0; ; i++) {
      if (i === all.length) pull(1);
      const d = all[i];
      if (!d) return out;
      all[i] = null;
      const a = analyseHere(d, !!o.shingles);
      out.push(a);
      if (o.stopOnFailure && a instanceof RecoupeError) return out;
      if (o.onProgress && (i + 1) % PROGRESS_EVERY === 0) o.onProgress(i + 1, total());
    }
  }
  const batch = o.batch ?? DEFAULT_BATCH;
  const out: (DocAnalysis | RecoupeError)[] = [];
  let stopped = false;
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
              if (stopped) {
                if (inFlight === 0) resolve();
                return;
              }
              try {
                if (next + batch > all.length) pull(next + batch - all.length);
              } catch (err) {
                // Reading failed with something other than a bad input (those are problems): the run stops with it.
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
              w.postMessage({ id: from, docs: all.slice(from, next) as RawDoc[], shingles: !!o.shingles } satisfies Job);
            };
            w.on('message', (r: Reply) => {
              inFlight--;
              if (!r.ok) {
                failed = new Error(`extraction worker failed: ${r.error}`);
                return reject(failed);
              }
              r.results.forEach((a, k) => {
                const i = r.id + k;
                out[i] = withDoc(all[i]!, a, strings);
                all[i] = null;
                if (o.stopOnFailure && out[i] instanceof RecoupeError) stopped = true;
              });
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
