// Copy groups found on their own thread while align runs must be exactly those found in-process.
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { findCopyGroups } from '../../src/align/copies.ts';
import { loadRules } from '../../src/compare/load-rules.ts';
import { analyse } from '../../src/extract/index.ts';
import { ingestText } from '../../src/ingest/index.ts';
import { copyGroupsAside } from '../../src/parallel/copies-aside.ts';
import { checkAnalysed, checkAnalysedAside } from '../../src/pipeline.ts';
import { shingleHashes } from '../../src/text/shingles.ts';
import { generate, sourceTopics } from './corpus.ts';
import { ROOT } from './corpus-cli.ts';

// The generator writes some near-verbatim copies: the corpus has copy groups to find.
const docs = [...generate({ articles: 60, perEvent: 6, seed: 3 }, sourceTopics(ROOT))].map((a) => ingestText(`bench/${a.id}.txt`, a.file));

test('a copy-group thread finds the groups findCopyGroups finds', async () => {
  const expected = findCopyGroups(docs.map((d) => ({ id: d.id, text: d.text })));
  assert.ok(expected.length > 0, 'the corpus has copies');
  const aside = await copyGroupsAside(docs.map((d) => ({ id: d.id, text: d.text, shingles: shingleHashes(d.text) })), 0);
  assert.equal(aside, expected);
});

test('checking with copy groups on their own thread gives the same report', async () => {
  const rules = loadRules(path.join(ROOT, 'rules'));
  const withShingles = () => docs.map((d) => ({ ...analyse(d), shingles: shingleHashes(d.text) }));
  const inProcess = checkAnalysed(withShingles(), [], rules);
  const aside = await checkAnalysedAside(withShingles(), [], rules, { parallel: { minDocs: 0 } });
  assert.ok(inProcess.report.copyGroups.length > 0);
  assert.is(JSON.stringify(aside.report), JSON.stringify(inProcess.report));
});

test.run();
