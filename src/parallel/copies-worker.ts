// The copy-group worker: finds copy groups (align/copies.ts) in the documents it is sent, once, then exits.
import { parentPort } from 'node:worker_threads';
import { findCopyGroups } from '../align/copies.ts';
import type { CopyInput, CopyReply } from './copies-aside.ts';

parentPort!.once('message', (docs: CopyInput) => {
  let reply: CopyReply;
  try {
    reply = { ok: true, groups: findCopyGroups(docs) };
  } catch (err) {
    reply = { ok: false, error: err instanceof Error ? (err.stack ?? err.message) : String(err) };
  }
  parentPort!.postMessage(reply);
});
