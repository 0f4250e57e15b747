// One extraction worker: runs analyse() on the documents it is sent, exactly as the main thread would.
import { parentPort } from 'node:worker_threads';
import { analyse } from '../extract/index.ts';
import { shingleHashes } from '../text/shingles.ts';
import type { Analysed, Job, Reply } from './protocol.ts';

parentPort!.on('message', (job: Job) => {
  let reply: Reply;
  // Shingle hashes travel as transferred buffers, not copies.
  const transfer: ArrayBuffer[] = [];
  try {
    reply = {
      id: job.id,
      ok: true,
      results: job.docs.map((d) => {
        const { sentences, mentions, drafts } = analyse(d);
        const out: Analysed = { sentences: sentences.map(({ start, end, paragraph }) => ({ start, end, paragraph })), mentions, drafts };
        if (job.shingles) {
          out.shingles = shingleHashes(d.text);
          transfer.push(out.shingles.buffer as ArrayBuffer);
        }
        return out;
      }),
    };
  } catch (err) {
    reply = { id: job.id, ok: false, error: err instanceof Error ? (err.stack ?? err.message) : String(err) };
  }
  parentPort!.postMessage(reply, transfer);
});
