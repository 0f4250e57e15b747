// A RuleTester in the style of ESLint: each case is a group of claims and the verdicts the kind must return.
import * as assert from 'uvu/assert';
import { compare } from '../../src/compare/index.ts';
import type { Rule } from '../../src/compare/kind.ts';
import { parseRule } from '../../src/compare/load-rules.ts';
import type { Claim, ClaimKind, EventRecord, Finding, Verdict } from '../../src/types.ts';
import { placeClaims } from './claims.ts';

export interface KindCase {
  name: string;
  claims: Claim[];
  /** Expected verdicts of the findings, in id order; [] means no finding. */
  verdicts: Verdict[];
  messageIds?: string[];
  options?: Record<string, unknown>;
  events?: EventRecord[];
  copyGroups?: string[][];
}

export function ruleFor(kind: string, appliesTo: ClaimKind[], options: Record<string, unknown> = {}): Rule {
  return parseRule({ id: 'test-rule', kind, description: 'test', appliesTo, level: 'error', options }, 'test-rule.json');
}

export function runCase(kind: string, appliesTo: ClaimKind[], c: KindCase): Finding[] {
  const { claims, docs } = placeClaims(c.claims);
  const findings = compare({
    claims,
    rules: [ruleFor(kind, appliesTo, c.options)],
    docs,
    events: c.events ?? [],
    copyGroups: c.copyGroups ?? [],
  });
  const got = findings.map((f) => f.verdict).sort();
  assert.equal(got, [...c.verdicts].sort(), `${c.name}: verdicts`);
  if (c.messageIds) assert.equal(findings.map((f) => f.messageId).sort(), [...c.messageIds].sort(), `${c.name}: messageIds`);
  return findings;
}
