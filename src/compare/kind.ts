// The contract every rule kind follows: metadata (with an options schema and messages) plus one compare function.
import type { Claim, ClaimKind, EventRecord, Severity, SourceDoc, Verdict } from '../types.ts';

export interface KindMeta {
  /** Kind name, equal to the file name under kinds/ ("interval"). */
  name: string;
  description: string;
  /** Claim kinds this rule kind can compare. */
  claimKinds: ClaimKind[];
  /** JSON Schema (2020-12 fragment) of the rule's `options`. */
  optionsSchema: Record<string, unknown>;
  defaultOptions: Record<string, unknown>;
  /** messageId → template with {{placeholders}} filled from the finding's data. */
  messages: Record<string, string>;
}

/** A rule file after loading: data that picks a kind and sets its options. */
export interface Rule {
  id: string;
  kind: string;
  description: string;
  appliesTo: ClaimKind[];
  level: Severity;
  /** Verdicts this rule reports (default: all). */
  report?: Verdict[];
  /** Only claims whose value matches these properties (e.g. {"category": "dead"}). */
  where?: Record<string, string | number | boolean>;
  options: Record<string, unknown>;
  /** Path of the rule file, for error messages. */
  file: string;
}

/** What the engine gives a kind, besides the claims. */
export interface CompareContext {
  rule: Rule;
  docs: Map<string, SourceDoc>;
  events: Map<string, EventRecord>;
  /** Index of the copy group (non-independent sources) a document belongs to. */
  copyGroupOf(docId: string): number;
}

/** One value as a kind reports it: the claim that states it and a human reading. */
export interface KindValue {
  claim: Claim;
  display: string;
}

/** What a kind returns; the engine checks it, gives it an id and renders its message. */
export interface KindFinding {
  messageId: string;
  verdict: Verdict;
  data: Record<string, string | number>;
  values: KindValue[];
  /** Short label of the fact ("duration of talks (antony-blinken, qin-gang, 2023-06-18)"). */
  label: string;
  pairs?: { a: string; b: string; verdict: Verdict }[];
  /** The two claims that show the verdict most clearly (ids); default: the first pair with the verdict. */
  keyPair?: [string, string];
}

export interface Kind<O = Record<string, unknown>> {
  meta: KindMeta;
  /** Splits the rule's claims into the groups that must be compared together; null drops a claim. */
  groupKey(claim: Claim, options: O): string | null;
  /** Compares one group (claims of at least two documents, or more when the kind wants singles). */
  compare(group: Claim[], options: O, ctx: CompareContext): KindFinding[];
  /** True when a group with claims from a single document should still be compared (intra-source checks). */
  compareSingleSource?: boolean;
}

/** Typed helper: fills defaults and keeps the options type. */
export function defineKind<O>(kind: Kind<O>): Kind<O> {
  return kind;
}

const ORDER: Verdict[] = ['corroboration', 'single-source', 'update', 'attributed', 'divergence', 'contradiction'];

/** The more serious of two verdicts. */
export function worse(a: Verdict, b: Verdict): Verdict {
  return ORDER.indexOf(a) >= ORDER.indexOf(b) ? a : b;
}
