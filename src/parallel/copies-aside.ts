// Copy groups on a thread of their own. They need only the documents' texts and shingles, and align needs
// nothing from them: on two cores the copy search (a tenth of a 10,000-article run) then runs while this thread
// aligns, instead of after it.
import { findCopyGroups } from '../align/copies.ts';
import { packTexts, type PackedTexts } from './packed-texts.ts';
import { startWorker } from './start-worker.ts';

export type CopyInput = { id: string; text: string; shingles?: Uint32Array }[];
/** CopyInput as sent: the texts packed (packed-texts.ts), so that the worker holds them as UTF-8. */
export interface CopyJob {
  ids: string[];
  texts: PackedTexts;
  shingles: (Uint32Array | undefined)[];
}
export type CopyReply = { ok: true; groups: string[][] } | { ok: false; error: string };

// Below this many documents the search takes less than starting a thread.
const MIN_DOCS = 200;

/**
 * findCopyGroups(docs), started now on another thread (in-process for small inputs). The shingle buffers are
 * moved to that thread, not copied: `docs` must not be read again. The texts go as UTF-8 (packed-texts.ts): a
 * lone surrogate reads there as U+FFFD, which no word contains either.
 */
export function copyGroupsAside(docs: CopyInput, minDocs = MIN_DOCS): Promise<string[][]> {
  if (docs.length < minDocs) return Promise.resolve(findCopyGroups(docs));
  const worker = startWorker('copies-worker');
  // Transfer each buffer once, and only one a shingle array owns whole (a view into a shared buffer is copied).
  const transfer = new Set<ArrayBuffer>();
  for (const d of docs) {
    const s = d.shingles;
    if (s && s.byteOffset === 0 && s.byteLength === s.buffer.byteLength) transfer.add(s.buffer as ArrayBuffer);
  }
  const job: CopyJob = { ids: docs.map((d) => d.id), texts: packTexts(docs.map((d) => d.text)), shingles: docs.map((d) => d.shingles) };
  transfer.add(job.texts.bytes.buffer as ArrayBuffer);
  return new Promise<string[][]>((resolve, reject) => {
    worker.once('message', (reply: CopyReply) => {
      void worker.terminate();
      if (reply.ok) resolve(reply.groups);
      else reject(new Error(`copy-group worker: ${reply.error}`));
    });
    worker.once('error', (err) => {
      void worker.terminate();
      reject(err);
    });
    // Once the reply came, this is a no-op.
    worker.once('exit', (code) => reject(new Error(`copy-group worker exited with code ${code} before it replied`)));
    worker.postMessage(job, [...transfer]);
  });
}
