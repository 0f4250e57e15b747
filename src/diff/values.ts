// When two claims of one kind hold the same value, and when they fill the same slot (so that a different value
// is a change rather than one fact removed and another added). Values are compared as read, never as written:
// "5 h" and "cinq heures" are one duration, two date phrases resolving to one day are one date.
import { classifyQuotes } from '../compare/kinds/quote.ts';
import { titleRelation } from '../extract/role.ts';
import { fold } from '../text/fold.ts';
import { wordDiff } from '../text/word-diff.ts';
import type {
  Claim,
  CountValue,
  DateValue,
  DurationValue,
  FirstSinceValue,
  Interval,
  InvitationValue,
  MeetingValue,
  MoneyValue,
  PlaceValue,
  QuoteValue,
  RoleValue,
} from '../types.ts';

const interval = (i: Interval | undefined) => (i ? `${i[0] ?? '-inf'}..${i[1] ?? 'inf'}` : '');

/** A hedged quantity: its strict interval when known, else the amount and the hedge's lexicon key. */
function quantityKey(c: Claim, amount: number): string {
  return c.interval ? interval(c.interval.strict) : `${amount}|${c.hedge?.kind ?? ''}`;
}

/** A string that is equal for two claims of one kind exactly when their values are the same. Quotes excepted. */
export function valueKey(c: Claim): string {
  switch (c.kind) {
    case 'duration':
      return quantityKey(c, (c.value as DurationValue).amount);
    case 'count': {
      const v = c.value as CountValue;
      return `${v.category}|${quantityKey(c, v.amount)}`;
    }
    case 'money': {
      const v = c.value as MoneyValue;
      return `${v.currency}|${quantityKey(c, v.amount)}`;
    }
    case 'date': {
      const v = c.value as DateValue;
      // Resolved dates compare by what they resolve to; an unresolved one only by its words.
      return v.iso ? `${v.iso}..${v.isoEnd ?? v.iso}` : v.monthDay ? `--${v.monthDay}` : `?${fold(c.evidence.text)}`;
    }
    case 'quote':
      return fold((c.value as QuoteValue).text);
    case 'role': {
      const v = c.value as RoleValue;
      return `${v.person}|${v.titleKey}|${roleQualifier(v)}`;
    }
    case 'place':
      return (c.value as PlaceValue).placeKey;
    case 'meeting': {
      const v = c.value as MeetingValue;
      return `${v.type}|${[...v.participants].sort().join(',')}|${v.date ?? ''}|${v.place ?? ''}`;
    }
    case 'first-since': {
      const v = c.value as FirstSinceValue;
      return `${v.what}|${v.form}|${v.reference.join('..')}`;
    }
    case 'invitation': {
      const v = c.value as InvitationValue;
      return `${v.inviter ?? v.inviterTitle ?? ''}|${[...v.invitees].sort().join(',')}|${v.destination}`;
    }
  }
}

/** "former" and "acting" change what a title says; "new" (récemment nommé) does not. */
function roleQualifier(v: RoleValue): string {
  const q = v.qualifier?.toLowerCase() ?? '';
  return q === 'new' ? '' : q;
}

/** Kinds whose sameness is not key equality (see sameValue), so that callers cannot index them by valueKey. */
export const UNKEYED = new Set<Claim['kind']>(['quote', 'role']);

/**
 * Same value: equal keys; for roles, one person under one office whatever it is called (equivalent or broader
 * titles: "chef de la diplomatie" and "ministre des Affaires étrangères"); for quotes, the same words up to minor
 * variants (classifyQuotes).
 */
export function sameValue(a: Claim, b: Claim): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'role') {
    const ra = a.value as RoleValue;
    const rb = b.value as RoleValue;
    return ra.person === rb.person && roleQualifier(ra) === roleQualifier(rb) && titleRelation(ra.titleKey, rb.titleKey) !== 'different';
  }
  if (a.kind === 'quote') {
    const qa = a.value as QuoteValue;
    const qb = b.value as QuoteValue;
    if (qa.speaker && qb.speaker && qa.speaker !== qb.speaker) return false;
    const cls = classifyQuotes(qa.text, qb.text).cls;
    // A paraphrase is the article's own words, not the speaker's: rewording it is a text edit (the facts inside
    // it are claims of their own and are compared as such), so only a different statement counts.
    if (qa.paraphrase && qb.paraphrase) return cls !== 'different';
    return cls === 'identical' || cls === 'minor';
  }
  return valueKey(a) === valueKey(b);
}

/**
 * The slot a claim fills, for pairing across versions. Within a pair of aligned sentences any two claims of one kind
 * with compatible slots pair up; elsewhere only claims with the same non-null `strictSlot` do.
 */
export function slot(c: Claim): { loose: string; strict: string | null } {
  switch (c.kind) {
    case 'count':
      return { loose: `count|${(c.value as CountValue).category}`, strict: null };
    case 'money':
      return { loose: `money|${(c.value as MoneyValue).currency}`, strict: null };
    case 'role': {
      const p = (c.value as RoleValue).person;
      return { loose: `role|${p}`, strict: `role|${p}` };
    }
    case 'quote': {
      const s = (c.value as QuoteValue).speaker;
      return { loose: 'quote', strict: s ? `quote|${s}` : null };
    }
    case 'meeting':
      return { loose: `meeting|${(c.value as MeetingValue).type}`, strict: null };
    case 'first-since':
      return { loose: `first-since|${(c.value as FirstSinceValue).what}`, strict: null };
    case 'invitation':
      return { loose: `invitation|${(c.value as InvitationValue).destination}`, strict: null };
    default:
      return { loose: c.kind, strict: null };
  }
}

/** Two claims can be the before/after of one fact: same kind, compatible slots; quotes must be one statement. */
export function samePlace(a: Claim, b: Claim, strict: boolean): { ok: boolean; detail?: string } {
  if (a.kind !== b.kind) return { ok: false };
  const sa = slot(a);
  const sb = slot(b);
  if (a.kind === 'quote') {
    const qa = a.value as QuoteValue;
    const qb = b.value as QuoteValue;
    // An unnamed speaker in an aligned sentence may be the named one of the other version, not so elsewhere.
    if (strict ? !sa.strict || sa.strict !== sb.strict : qa.speaker && qb.speaker && qa.speaker !== qb.speaker) return { ok: false };
    const { cls } = classifyQuotes(qa.text, qb.text);
    if (cls === 'different') return { ok: false };
    return { ok: true, ...(cls === 'wording' ? { detail: wordChange(qa.text, qb.text) } : {}) };
  }
  if (strict) return { ok: sa.strict !== null && sa.strict === sb.strict };
  return { ok: sa.loose === sb.loose };
}

/** "vu … catastrophe → connu … tragédie": the words as written (classifyQuotes reports them folded). */
export function wordChange(a: string, b: string): string {
  const parts = wordDiff(a, b);
  const side = (op: number) =>
    parts
      .filter((p) => p.op === op)
      .map((p) => p.text.trim())
      .filter(Boolean)
      .join(' … ') || '∅';
  return `${side(-1)} → ${side(1)}`;
}

/** What the fact is about, for people reading the diff. */
export function labelOf(c: Claim): string {
  const who = (k: string | null) => (k ? k.replace(/-/g, ' ') : 'unnamed speaker');
  switch (c.kind) {
    case 'count':
      return `count (${(c.value as CountValue).category})`;
    case 'money':
      return `money (${(c.value as MoneyValue).currency})`;
    case 'role':
      return `role of ${(c.value as RoleValue).personText}`;
    case 'quote':
      return `quote of ${(c.value as QuoteValue).speakerText ?? who((c.value as QuoteValue).speaker)}`;
    case 'meeting':
      return `meeting (${(c.value as MeetingValue).type})`;
    case 'first-since':
      return `first since (${(c.value as FirstSinceValue).what})`;
    case 'invitation':
      return `invitation to ${(c.value as InvitationValue).destinationText}`;
    default:
      return c.kind;
  }
}
