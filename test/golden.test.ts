// Golden end-to-end cases: each folder under test/golden/ holds small hand-written articles (sources/), optional
// rules (rules/) and expected.json. A case named trap-* must raise no contradiction; a case named true-* must
// raise the discrepancy it was written for. UPDATE_GOLDEN=1 rewrites the expected findings (review the diff!).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { check } from '../src/pipeline.ts';
import { packagePath } from '../src/paths.ts';
import { assertValid } from '../src/schema/validate.ts';
import type { Report } from '../src/types.ts';

const ROOT = packagePath('test', 'golden');
const GATED = new Set(['contradiction', 'divergence', 'attributed', 'update']);
// Corroborations of these kinds show that the case's sources were aligned (the same event, the same speaker).
const SHOWN_CORROBORATIONS = new Set(['interval', 'date', 'quote', 'first-since']);

interface Expected {
  /** Why the case exists, in one sentence. */
  about: string;
  /** The findings that matter for the case, as rule + verdict + sources + evidence texts. */
  findings: { rule: string; verdict: string; sources: string[]; evidence: string[] }[];
}

function summarize(report: Report): Expected['findings'] {
  return report.findings
    .filter((f) => GATED.has(f.verdict) || (f.verdict === 'corroboration' && SHOWN_CORROBORATIONS.has(f.kind)))
    .map((f) => ({
      rule: f.rule,
      verdict: f.verdict,
      sources: [...new Set(f.values.map((v) => v.source))].sort(),
      evidence: f.evidence.map((e) => e.text).sort(),
    }))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}

for (const name of readdirSync(ROOT).filter((d) => existsSync(path.join(ROOT, d, 'sources'))).sort()) {
  test(`golden: ${name}`, async () => {
    const dir = path.join(ROOT, name);
    const rules = existsSync(path.join(dir, 'rules')) ? path.join(dir, 'rules') : packagePath('rules');
    const { report } = await check({ paths: [path.join(dir, 'sources')], rules, cwd: dir });
    assertValid('report', report);
    const got = summarize(report);
    const file = path.join(dir, 'expected.json');
    if (process.env.UPDATE_GOLDEN === '1' || !existsSync(file)) {
      const about = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Expected).about : 'TODO: say why this case exists';
      writeFileSync(file, `${JSON.stringify({ about, findings: got }, null, 2)}\n`);
    }
    const expected = JSON.parse(readFileSync(file, 'utf8')) as Expected;
    assert.equal(got, expected.findings);
    const contradictions = got.filter((f) => f.verdict === 'contradiction').length;
    if (name.startsWith('trap-')) assert.is(contradictions, 0, `${name} must raise no contradiction`);
    if (name.startsWith('true-')) assert.ok(got.some((f) => f.verdict === 'contradiction' || f.verdict === 'divergence'), `${name} must raise its discrepancy`);
  });
}

test('a new rule needs only JSON: the same tolls are an update under the default rules', async () => {
  const dir = path.join(ROOT, 'custom-rule-death-toll');
  const { report } = await check({ paths: [path.join(dir, 'sources')], rules: packagePath('rules'), cwd: dir });
  const tolls = report.findings.filter((f) => f.subject.label.includes('dead'));
  assert.equal(tolls.map((f) => f.verdict), ['update']);
});

test.run();
