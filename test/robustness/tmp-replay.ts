import fc from 'fast-check';
import { align } from '../../src/align/index.ts';
import { analyse } from '../../src/extract/index.ts';
import { ingestText } from '../../src/ingest/index.ts';
import { checkDocs } from '../../src/pipeline.ts';
import { bundledRules } from './helpers/corpus.ts';
import { article } from './helpers/fuzz.ts';
import { checkClaims, checkFindings, checkReport } from './helpers/invariants.ts';
const ext = fc.constantFrom('txt', 'md', 'html');
const which = process.argv[2];
if (which === '1') {
const r = fc.check(fc.property(article, ext, (text, e) => { let doc; try { doc = ingestText(`a.${e}`, text);} catch (e) { if ((e as any).code) return; throw e; } const { claims } = align([analyse(doc)]); checkClaims(claims, [doc]); }), { seed: 42, numRuns: 3000 });
console.log(r.failed, r.counterexample && JSON.stringify(r.counterexample), String(r.errorInstance).slice(0, 2000));
} else {
const rules = bundledRules();
const r = fc.check(fc.property(fc.array(fc.tuple(article, ext), { minLength: 2, maxLength: 4 }), (arts) => {
      const docs = arts.map(([t, e], i) => { try { return ingestText(`d${i}.${e}`, t); } catch (e) { if ((e as any).code) return null; throw e; } }).filter((d): d is NonNullable<typeof d> => d !== null);
      const r = checkDocs(docs, [], rules);
      checkClaims(r.claims, docs); checkFindings(r.findings, docs); checkReport(r.report);
    }), { seed: 42, numRuns: 3000 });
console.log(r.failed, r.counterexample && JSON.stringify(r.counterexample), String(r.errorInstance).slice(0, 2000), (r.errorInstance as Error)?.stack?.slice(0,1500));
}
