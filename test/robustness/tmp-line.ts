import { ingestText } from '../../src/ingest/index.ts';
import { checkDocs } from '../../src/pipeline.ts';
import { bundledRules } from './helpers/corpus.ts';
import { SENTENCES } from './helpers/fuzz.ts';
const line = SENTENCES.join(' ').replace(/\s+/g, ' ');
for (const mb of [1, 2, 4]) {
const doc = ingestText('line.txt', line.repeat(Math.ceil(mb * 1e6 / line.length)));
const r = checkDocs([doc, ingestText('b.txt', SENTENCES.slice(0, 20).join(' '))], [], bundledRules());
console.log(mb, r.timings, r.claims.length);
}
