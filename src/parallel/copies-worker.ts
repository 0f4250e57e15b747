// The copy-group worker: finds copy groups (align/copies.ts) in the documents it is sent, once, then exits.
import { parentPort } from 'node:worker_threads';
import { findCopyGroups } from '../align/copies.ts';
import type { CopyJob, CopyReply } from './copies-aside.ts';
import { unpackText } from './packed-texts.ts';

parentPort!.once('message', (job: CopyJob) => {
  let reply: CopyReply;
  try {
    // Each text stays UTF-8 until the search reads it (only candidates' texts are read, a few at a time).
    const docs = job.ids.map((id, i) => ({
      id,
      shingles: job.shingles[i],
      get text() {
        return unpackText(job.texts, i);
      },
    }));
    reply = { ok: true, groups: findCopyGroups(docs) };
  } catch (err) {
    reply = { ok: false, error: err instanceof Error ? (err.stack ?? err.message) : String(err) };
  }
  parentPort!.postMessage(reply);
});
