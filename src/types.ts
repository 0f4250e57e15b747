// The contracts between pipeline stages. Every offset is a 0-based UTF-16 code-unit index,
// `start` inclusive and `end` exclusive, and says which text it points into.

export type Lang = 'fr' | 'en';

/** A span of a document's working text (`SourceDoc.text`). */
export interface Span {
  start: number;
  end: number;
}

/** Why ingest dropped a piece of the original text. */
export type RemovedReason =
  | 'front-matter'
  | 'markup'
  | 'navigation'
  | 'repeated-title'
  | 'repeated-paragraph'
  | 'truncated-repeat'
  | 'caption'
  | 'credit'
  | 'related-link'
  | 'stray-instruction'
  | 'date-line'
  | 'boilerplate';

export interface Removed {
  reason: RemovedReason;
  /** Offsets into the ORIGINAL text (`SourceDoc.original`). */
  start: number;
  end: number;
  text: string;
}

export interface PublishedDate {
  /** ISO 8601, possibly partial: "2023", "2023-06", "2023-06-19", "2023-06-19T05:19". */
  value: string | null;
  /** Where the date came from; null when there is none. */
  source: 'metadata' | 'dateline' | 'date-line' | 'text' | null;
}

/**
 * One article after ingest.
 *
 * `original` is the exact text the offsets of the report point into: the file's text for .txt/.md/.html,
 * or the `text`/`body` string of a JSON/NDJSON record. `text` is the working text that extractors read:
 * for .txt/.md it has the same length as `original`, with removed noise masked by spaces (newlines kept);
 * for .html it is the decoded visible text, and `offsets[i]` gives the original offset of `text[i]`.
 */
export interface SourceDoc {
  /** Stable id: path relative to the working directory, or `<path>#<record id>` for a feed record. */
  id: string;
  /** The path of the file as found (relative to cwd when possible). */
  path: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  lang: Lang;
  langSource: 'metadata' | 'detected';
  published: PublishedDate;
  original: string;
  text: string;
  /** Maps `text` offsets to `original` offsets; null when they are the same (masking only). Length = text.length + 1. */
  offsets: Int32Array | null;
  removed: Removed[];
}

/** A problem with one input that did not stop the run (the file was skipped). */
export interface InputProblem {
  code: string;
  file: string;
  message: string;
}

// ---------------------------------------------------------------- claims

export type ClaimKind =
  | 'duration'
  | 'count'
  | 'money'
  | 'date'
  | 'quote'
  | 'role'
  | 'place'
  | 'meeting'
  | 'invitation'
  | 'first-since';

/** A numeric interval; null means unbounded on that side. */
export type Interval = [number | null, number | null];

export interface Hedge {
  /** The words as written: "près de", "more than". */
  text: string;
  /** Lexicon key: "approx", "more", "at-least", "less", "at-most", "nearly", "up-to", "range", "approx-noun". */
  kind: string;
}

export interface Attribution {
  /** As written: "selon le département d'État". */
  text: string;
  /** Who is credited: "le département d'État". */
  who: string;
  /** Canonical key of who, when it resolves to an entity. */
  entity?: string | null;
}

export interface DurationValue {
  amount: number;
  /** Canonical unit for the interval: seconds. */
  unit: 'second';
  /** The unit as written, normalised: hour, minute, day, week, month, year. */
  written: string;
}
export interface CountValue {
  amount: number;
  /** Normalised category: dead, injured, missing, people, protesters, arrests, votes, displaced, homeless, other… */
  category: string;
  /** The head noun as written ("morts", "manifestants"). */
  noun: string;
  /** A degree that makes it a separate fact ("blessés graves" → serious), from rules/lexicon/count-nouns.json. */
  grade?: string;
}
export interface MoneyValue {
  amount: number;
  currency: string;
}
export interface DateValue {
  /** ISO start, at the given granularity ("2023-06-18", "2023-06", "2023-06-18T20:00"). Null when unresolved. */
  iso: string | null;
  /** Inclusive ISO end for ranges or coarse dates; equal to iso for a point. */
  isoEnd?: string | null;
  granularity: 'year' | 'month' | 'week' | 'day' | 'part-of-day' | 'hour' | 'minute';
  /** Weekday as written, lowercased (dimanche, sunday), if any. */
  weekday?: string | null;
  relative: boolean;
  /** Time zone as stated ("GMT", "UTC+8", "local"), if any. */
  tz?: string | null;
  /** "MM-DD" of a day written without a year that nothing resolves (iso is then null): still comparable. */
  monthDay?: string;
}
export interface QuoteValue {
  text: string;
  /** Canonical entity key of the speaker, or null. */
  speaker: string | null;
  /** The speaker as written. */
  speakerText: string | null;
  paraphrase: boolean;
  lang: Lang;
}
export interface RoleValue {
  person: string;
  personText: string;
  title: string;
  /** Normalised title key used for comparison ("foreign-minister", "secretary-of-state", …) or a folded title. */
  titleKey: string;
  /** The date the article speaks of (ISO, partial allowed), for time scoping. */
  asOf: string | null;
  /** "former" / "ancien", "acting" / "démissionnaire", or null. */
  qualifier?: string | null;
}
export interface PlaceValue {
  place: string;
  placeKey: string;
  /** Preposition-led venue or city/country. */
  level: 'venue' | 'city' | 'region' | 'country' | 'unknown';
}
export interface MeetingValue {
  type: string;
  participants: string[];
  participantsText: string[];
  date: string | null;
  place: string | null;
}
/** Who invited whom to go where: "Blinken invited Qin to Washington". */
export interface InvitationValue {
  /** Entity key of the inviter, or null when only a title names them (see inviterTitle) until align resolves it. */
  inviter: string | null;
  inviterText: string;
  /** Title key when the inviter is written as a title only ("the Foreign Minister"). */
  inviterTitle: string | null;
  /** Entity keys of the invited (empty for a pronoun such as "them"). */
  invitees: string[];
  inviteesText: string;
  /** Place key of the destination. */
  destination: string;
  destinationText: string;
}
export interface FirstSinceValue {
  /** What is first ("visit", "cyclone", "highest-ranking official"). */
  what: string;
  /** The reference date interval implied: ISO partial dates [from, to]. */
  reference: [string | null, string | null];
  /** Superlative/first form: "first", "worst", "highest", "lowest"… */
  form: string;
  /** For a gap ("en cinq ans"): how many months back from the anchor the reference lies, [most, least]. */
  gapMonths?: [number | null, number | null] | null;
  /** The date the article speaks from (its publication date), when known. */
  anchor?: string | null;
}

export type ClaimValue =
  | DurationValue
  | CountValue
  | MoneyValue
  | DateValue
  | QuoteValue
  | RoleValue
  | PlaceValue
  | MeetingValue
  | InvitationValue
  | FirstSinceValue;

/** What an extractor returns: offsets are into `SourceDoc.text`. */
export interface ClaimDraft {
  kind: ClaimKind;
  start: number;
  end: number;
  value: ClaimValue;
  hedge?: Hedge | null;
  /** Strict interval (what the words allow) and pragmatic interval (what a reader understands). */
  interval?: { strict: Interval; pragmatic: Interval } | null;
  attribution?: Attribution | null;
  confidence: number;
  /** Entities named by the claim itself (speaker, person of a role, participants). */
  entities?: string[];
}

export interface Evidence {
  /** Document id. */
  source: string;
  /** Offsets into the original text of that document. */
  start: number;
  end: number;
  /** original.slice(start, end). */
  text: string;
}

export interface Claim {
  id: string;
  kind: ClaimKind;
  doc: string;
  evidence: Evidence & { sentence: string };
  subject: {
    entities: string[];
    /** Event key assigned by align; null when the claim belongs to no event. */
    event: string | null;
    /** Where a figure applies ("paris" for a Paris crowd count within a national protest day); null = unscoped. */
    scope?: string | null;
  };
  value: ClaimValue;
  hedge: Hedge | null;
  interval: { strict: Interval; pragmatic: Interval } | null;
  attribution: Attribution | null;
  confidence: number;
}

// ---------------------------------------------------------------- entities

export type EntityType = 'person' | 'org' | 'place';

export interface Mention {
  start: number;
  end: number;
  text: string;
  type: EntityType;
  /** Canonical key, stable across documents once aliases are resolved ("antony-blinken", "beijing"). */
  key: string;
}

// ---------------------------------------------------------------- findings

export type Verdict = 'contradiction' | 'divergence' | 'corroboration' | 'single-source' | 'update' | 'attributed';
export type Severity = 'error' | 'warning' | 'info';

export interface FindingValue {
  source: string;
  claim: string;
  /** Human reading of the value ("7.5 h", "> 5 h"). */
  display: string;
  evidence: Evidence;
  attribution?: string | null;
}

export interface Finding {
  id: string;
  rule: string;
  kind: string;
  verdict: Verdict;
  level: Severity;
  messageId: string;
  data: Record<string, string | number>;
  message: string;
  subject: { event: string | null; label: string; claimKind: ClaimKind };
  values: FindingValue[];
  evidence: Evidence[];
  pairs?: { a: string; b: string; verdict: Verdict }[];
  /** Copy groups (non-independent sources) among the values, when relevant. */
  copyGroups?: string[][];
}

export interface EventRecord {
  key: string;
  label: string;
  type: string;
  participants: string[];
  date: string | null;
  place: string | null;
  claims: string[];
  sources: string[];
}

// ---------------------------------------------------------------- report

export interface DocumentSummary {
  id: string;
  path: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  lang: Lang;
  langSource: 'metadata' | 'detected';
  published: PublishedDate;
  length: number;
  removed: Removed[];
  /** The cleaned text (noise removed), for reading. Omitted with --findings-only. */
  cleanText?: string;
}

export interface BaselineStatus {
  new: string[];
  fixed: string[];
  present: string[];
}

export interface Report {
  schemaVersion: string;
  tool: { name: 'recoupe'; version: string };
  summary: {
    documents: number;
    claims: number;
    events: number;
    findings: number;
    byVerdict: Record<string, number>;
    byKind: Record<string, number>;
  };
  documents: DocumentSummary[];
  problems: InputProblem[];
  events: EventRecord[];
  copyGroups: string[][];
  findings: Finding[];
  claims?: Claim[];
  baseline?: BaselineStatus;
}
