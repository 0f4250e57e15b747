// One extraction worker: builds each article it is sent and runs analyse() on it, exactly as the main thread would.
import { parentPort } from 'node:worker_threads';
import { analyse } from '../extract/index.ts';
import { tryBuildDoc } from '../ingest/build.ts';
import { RecoupeError } from '../errors.ts';
import { shingleHashes } from '../text/shingles.ts';
import { packMentions, packSentences, type Analysed, type Failed, type Job, type Reply } from './protocol.ts';

parentPort!.on('message', (job: Job) => {
  let reply: Reply;
  // Typed arrays (shingle hashes, offset maps, sentence and mention columns) travel as transferred buffers.
  const transfer: ArrayBuffer[] = [];
  try {
    reply = {
      id: job.id,
      ok: true,
      results: job.docs.map((raw): Analysed | Failed => {
        const doc = tryBuildDoc(raw);
        if (doc instanceof RecoupeError) return { failed: { code: doc.code, file: doc.file, problem: doc.problem, where: doc.where } };
        const { sentences, mentions, drafts } = analyse(doc);
        const { original: _, removed, ...kept } = doc;
        const out: Analysed = {
          doc: { ...kept, removed: removed.map(({ reason, start, end }) => ({ reason, start, end })) },
          sentences: packSentences(sentences),
          mentions: packMentions(mentions),
          drafts,
        };
        transfer.push(out.sentences.buffer as ArrayBuffer, out.mentions.spans.buffer as ArrayBuffer);
        if (doc.offsets) transfer.push(doc.offsets.buffer as ArrayBuffer);
        if (job.shingles) {
          out.shingles = shingleHashes(doc.text);
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
