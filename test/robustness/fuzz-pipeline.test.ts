// Property tests over the in-memory pipeline: ingestText → analyse → align → checkDocs on hostile text spliced
// into real sentences. No exception escapes; spans, evidence texts and schemas hold (helpers/invariants.ts).
import fc from 'fast-check';
import { test } from 'uvu';
import { align } from '../../src/align/index.ts';
import { analyse } from '../../src/extract/index.ts';
import { ingestText } from '../../src/ingest/index.ts';
import { checkDocs } from '../../src/pipeline.ts';
import { formatJson } from '../../src/report/json.ts';
import { bundledRules } from './helpers/corpus.ts';
import { article, params } from './helpers/fuzz.ts';
import { RecoupeError } from '../../src/errors.ts';
import * as assert from 'uvu/assert';
import type { SourceDoc } from '../../src/types.ts';

/** ingestText, or null for a user error (bad front matter…), which must be a one-line RecoupeError. */
function tryIngest(file: string, text: string, m: Parameters<typeof ingestText>[2] = {}): SourceDoc | null {
  try {
    return ingestText(file, text, m);
  } catch (err) {
    if (!(err instanceof RecoupeError)) throw err;
    assert.not.match(err.message, /[\r\n]/);
    return null;
  }
}
import { assertFiniteJson, checkClaims, checkFindings, checkReport } from './helpers/invariants.ts';

const ext = fc.constantFrom('txt', 'md', 'html');
const meta = fc.record(
  { title: fc.string(), outlet: fc.string(), url: fc.string(), published: fc.string(), lang: fc.constantFrom('fr', 'en', 'xx', '') },
  { requiredKeys: [] },
);

test('fuzz: one document through ingest, extract and align', () => {
  fc.assert(
    fc.property(article, ext, meta, (text, e, m) => {
      const doc = tryIngest(`a.${e}`, text, m);
      if (!doc) return;
      const { claims } = align([analyse(doc)]);
      checkClaims(claims, [doc]);
    }),
    params(150),
  );
});

test('fuzz: several documents through the whole check, report schema-valid', () => {
  const rules = bundledRules();
  fc.assert(
    fc.property(fc.array(fc.tuple(article, ext), { minLength: 2, maxLength: 4 }), (arts) => {
      const docs = arts.map(([t, e], i) => tryIngest(`d${i}.${e}`, t)).filter((d) => d !== null);
      const r = checkDocs(docs, [], rules);
      checkClaims(r.claims, docs);
      checkFindings(r.findings, docs);
      checkReport(r.report);
      assertFiniteJson(formatJson(r.report));
    }),
    params(40),
  );
});

test.run();
