// One extraction worker: runs analyse() on the documents it is sent, exactly as the main thread would.
import { parentPort } from 'node:worker_threads';
import { analyse } from '../extract/index.ts';
import type { Job, Reply } from './protocol.ts';

parentPort!.on('message', (job: Job) => {
  let reply: Reply;
  try {
    reply = {
      id: job.id,
      ok: true,
      results: job.docs.map((d) => {
        const { sentences, mentions, drafts } = analyse(d);
        return { sentences: sentences.map(({ start, end, paragraph }) => ({ start, end, paragraph })), mentions, drafts };
      }),
    };
  } catch (err) {
    reply = { id: job.id, ok: false, error: err instanceof Error ? (err.stack ?? err.message) : String(err) };
  }
  parentPort!.postMessage(reply);
});
