// The compare engine: applies each rule's kind to the claim groups it accepts, and checks what kinds return.
import { createHash } from 'node:crypto';
import type { Claim, EventRecord, Finding, SourceDoc } from '../types.ts';
import type { CompareContext, KindFinding, Rule } from './kind.ts';
import { KINDS } from './kinds/index.ts';

export interface CompareInput {
  claims: Claim[];
  rules: Rule[];
  docs: SourceDoc[];
  events: EventRecord[];
  copyGroups: string[][];
  /** Called after each rule, whose groups and indexes are then garbage (the pipeline's HeapWatch). */
  afterRule?: () => void;
}

/** Fills "{{name}}" placeholders from data. */
export function renderTemplate(template: string, data: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => (k in data ? String(data[k]) : `{{${k}}}`));
}

function matchesWhere(c: Claim, where: Rule['where']): boolean {
  if (!where) return true;
  const v = c.value as unknown as Record<string, unknown>;
  return Object.entries(where).every(([k, want]) => v[k] === want);
}

/** The group a rule puts a claim in, or null when the rule does not compare it. */
function groupKeyOf(rule: Rule, c: Claim): string | null {
  const kind = KINDS[rule.kind]!;
  if (!rule.appliesTo.includes(c.kind) || !kind.meta.claimKinds.includes(c.kind) || !matchesWhere(c, rule.where)) return null;
  return kind.groupKey(c, rule.options);
}

/**
 * True for a claim that some rule compares. The others never reach a kind, so a run that does not list claims
 * can drop them as they are made.
 */
export function comparedBy(rules: Rule[]): (c: Claim) => boolean {
  return (c) => rules.some((rule) => groupKeyOf(rule, c) !== null);
}

/** A finding's identity: rule, event and the set of (source, value) pairs; never an offset. */
export function findingId(rule: string, event: string | null, values: { source: string; display: string }[]): string {
  const pairs = values.map((v) => `${v.source}\u0000${v.display}`).sort();
  const h = createHash('sha256').update([rule, event ?? '', ...pairs].join('\u0001')).digest('hex').slice(0, 16);
  return `${rule}:${h}`;
}

/** Fails loudly, naming the kind, when a kind returns something the engine cannot trust. */
function checkKindFinding(kindName: string, f: KindFinding, docs: Map<string, SourceDoc>, messages: Record<string, string>): void {
  const fail = (why: string) => {
    throw new Error(`rule kind "${kindName}" returned an invalid finding: ${why}`);
  };
  if (!(f.messageId in messages)) fail(`unknown messageId "${f.messageId}"`);
  if (f.values.length === 0) fail('no values');
  for (const { claim } of f.values) {
    const doc = docs.get(claim.doc);
    if (!doc) fail(`claim ${claim.id} names unknown document ${claim.doc}`);
    const { start, end, text } = claim.evidence;
    if (start < 0 || end < start || end > doc!.original.length) fail(`span ${start}-${end} outside ${claim.doc}`);
    if (doc!.original.slice(start, end) !== text) fail(`evidence text of ${claim.id} differs from the source`);
  }
}

export function compare(input: CompareInput): Finding[] {
  const docs = new Map(input.docs.map((d) => [d.id, d]));
  const events = new Map(input.events.map((e) => [e.key, e]));
  const groupOf = new Map<string, number>();
  input.copyGroups.forEach((g, i) => g.forEach((id) => groupOf.set(id, i)));
  // A document outside every copy group is its own group.
  for (const d of input.docs) if (!groupOf.has(d.id)) groupOf.set(d.id, groupOf.size + input.copyGroups.length);
  // Claims by kind, as positions in input.claims: a rule reads only the kinds it compares.
  const byKind = new Map<string, number[]>();
  input.claims.forEach((c, i) => (byKind.get(c.kind) ?? byKind.set(c.kind, []).get(c.kind)!).push(i));
  const findings: Finding[] = [];
  for (const rule of input.rules) {
    const kind = KINDS[rule.kind]!;
    const ctx: CompareContext = {
      rule,
      docs,
      events,
      copyGroupOf: (id) => groupOf.get(id) ?? -1,
    };
    const groups = new Map<string, Claim[]>();
    // In input order, as when every claim was read.
    const positions = [...new Set(rule.appliesTo)].flatMap((k) => byKind.get(k) ?? []);
    if (new Set(rule.appliesTo).size > 1) positions.sort((x, y) => x - y);
    for (const i of positions) {
      const c = input.claims[i]!;
      const key = groupKeyOf(rule, c);
      if (key === null) continue;
      let g = groups.get(key);
      if (!g) groups.set(key, (g = []));
      g.push(c);
    }
    for (const key of [...groups.keys()].sort()) {
      const group = groups.get(key)!;
      if (!kind.compareSingleSource && group.every((c) => c.doc === group[0]!.doc)) continue;
      for (const f of kind.compare(group, rule.options, ctx)) {
        checkKindFinding(kind.meta.name, f, docs, kind.meta.messages);
        if (rule.report && !rule.report.includes(f.verdict)) continue;
        findings.push(toFinding(rule, kind.meta.messages, f));
      }
    }
    input.afterRule?.();
  }
  return findings.sort((a, b) => a.id.localeCompare(b.id));
}

// Findings list their pairwise verdicts only up to this many values, to stay readable.
const MAX_LISTED_PAIRS_VALUES = 12;

/**
 * The claims a finding's own evidence points at: one representative per side of the disagreement. Values that
 * agree with each other (linked by corroborating pairs) form a side; each side that takes part in a pair with the
 * finding's verdict is shown by its surest claim. Every value stays listed under `values` with its evidence, but
 * a contradiction between 7.5 h and "près de 6 h" does not point at the five sources that agree with one side.
 */
function provingClaims(f: KindFinding): Set<string> {
  const pairs = f.pairs ?? [];
  // Agreement is shown by every source that agrees.
  if (f.verdict === 'corroboration') return new Set();
  if (f.keyPair) return new Set(f.keyPair);
  const hits = pairs.filter((p) => p.verdict === f.verdict);
  if (!hits.length) return new Set();
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    const p = parent.get(x) ?? x;
    if (p === x) return x;
    const r = find(p);
    parent.set(x, r);
    return r;
  };
  for (const p of pairs) if (p.verdict === 'corroboration') parent.set(find(p.a), find(p.b));
  const conf = new Map(f.values.map((v) => [v.claim.id, v.claim.confidence]));
  const best = new Map<string, string>();
  for (const id of new Set(hits.flatMap((p) => [p.a, p.b]))) {
    const side = find(id);
    const cur = best.get(side);
    if (!cur || (conf.get(id) ?? 0) > (conf.get(cur) ?? 0) || ((conf.get(id) ?? 0) === (conf.get(cur) ?? 0) && id < cur)) best.set(side, id);
  }
  return new Set(best.values());
}

function toFinding(rule: Rule, messages: Record<string, string>, f: KindFinding): Finding {
  const first = f.values[0]!.claim;
  const values = f.values
    .map((v) => ({
      source: v.claim.doc,
      claim: v.claim.id,
      display: v.display,
      evidence: { source: v.claim.evidence.source, start: v.claim.evidence.start, end: v.claim.evidence.end, text: v.claim.evidence.text },
      attribution: v.claim.attribution?.text ?? null,
    }))
    .sort((a, b) => a.source.localeCompare(b.source) || a.evidence.start - b.evidence.start);
  const event = first.subject.event;
  // The finding's own evidence is the pair that proves its verdict (every value stays listed under `values`
  // with its own evidence). A contradiction between 7.5 h and "près de 6 h" does not point at the compatible
  // "plus de 5 h", nor at the other sources that agree with one side.
  const proving = provingClaims(f);
  const evidence = (proving.size ? values.filter((v) => proving.has(v.claim)) : values).map((v) => v.evidence);
  return {
    id: findingId(rule.id, event, values),
    rule: rule.id,
    kind: rule.kind,
    verdict: f.verdict,
    level: f.verdict === 'contradiction' ? rule.level : f.verdict === 'divergence' ? (rule.level === 'error' ? 'warning' : rule.level) : 'info',
    messageId: f.messageId,
    data: f.data,
    message: renderTemplate(messages[f.messageId]!, f.data),
    subject: { event, label: f.label, claimKind: first.kind },
    values,
    evidence,
    ...(f.pairs && f.values.length > 2 && f.values.length <= MAX_LISTED_PAIRS_VALUES
      ? { pairs: [...f.pairs].sort((a, b) => a.a.localeCompare(b.a) || a.b.localeCompare(b.b)) }
      : {}),
  };
}
