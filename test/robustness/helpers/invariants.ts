// The promises every output keeps, whatever the input: spans inside the document, evidence text equal to the
// original substring, claims and reports valid against their schemas, no Infinity/NaN anywhere.
import * as assert from 'uvu/assert';
import { describeErrors, validator } from '../../../src/schema/validate.ts';
import type { Claim, Finding, Report, SourceDoc } from '../../../src/types.ts';

export function checkClaims(claims: Claim[], docs: SourceDoc[]): void {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const valid = validator('claim');
  for (const c of claims) {
    const d = byId.get(c.evidence.source);
    if (!d) {
      assert.unreachable(`claim ${c.id} points at unknown document ${c.evidence.source}`);
      return;
    }
    const { start, end, text } = c.evidence;
    assert.ok(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start <= end && end <= d.original.length, `claim ${c.id} span ${start}-${end} outside 0-${d.original.length}`);
    assert.is(text, d.original.slice(start, end), `claim ${c.id} evidence text differs from the original`);
    // `valid` is a type guard: call it as a plain predicate so that `c` keeps its type in the message.
    if (!(valid as (v: unknown) => boolean)(c)) assert.unreachable(`claim ${c.id} fails the schema: ${describeErrors(valid.errors).join('; ')} ${JSON.stringify(c).slice(0, 300)}`);
  }
}

export function checkFindings(findings: Finding[], docs: SourceDoc[]): void {
  const byId = new Map(docs.map((d) => [d.id, d]));
  for (const f of findings)
    for (const e of f.evidence) {
      const d = byId.get(e.source);
      assert.ok(d && 0 <= e.start && e.start <= e.end && e.end <= d.original.length, `finding ${f.id} span outside its document`);
      assert.is(e.text, d!.original.slice(e.start, e.end));
    }
}

export function checkReport(report: Report): void {
  const valid = validator('report');
  if (!valid(report)) assert.unreachable(`report fails the schema: ${describeErrors(valid.errors).slice(0, 5).join('; ')}`);
  assertFinite(report);
}

/** No Infinity, NaN or "Infinity"/"NaN" strings in numbers: JSON would turn them into null or lies. */
export function assertFinite(value: unknown, at = ''): void {
  if (typeof value === 'number') assert.ok(Number.isFinite(value), `non-finite number at ${at || '/'}`);
  else if (Array.isArray(value)) value.forEach((v, i) => assertFinite(v, `${at}/${i}`));
  else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) assertFinite(v, `${at}/${k}`);
}

/** The JSON text of a report holds no Infinity/NaN spelled out either (the formatter's output). */
export function assertFiniteJson(json: string): void {
  assert.not.match(json, /(?<![A-Za-z])(?:-?Infinity|NaN)(?![A-Za-z])/, 'Infinity or NaN in JSON output');
}
