// Meeting and event claims: who met whom ("Blinken a rencontré Wang Yi", "talks with", "a été reçu par son
// homologue chinois Qin Gang", "la rencontre avec", "leur rencontre") and typed non-meeting events (séisme,
// cyclone, manifestation…) from rules/lexicon/event-types.json. Dates are left to alignment.
import type { ExtractContext } from './context.ts';
import type { ClaimDraft, MeetingValue } from '../types.ts';
import { analyseDates } from './date.ts';
import { analyse, newMention, type RichMention } from './entities/analyse.ts';
import { joinable, lexicon } from './entities/lexicon.ts';
import { foldKey, type Token } from './entities/tokens.ts';

const WITH = new Set(['avec', 'with', 'par', 'by', 'entre', 'between', 'et', 'and']);
const AND = new Set(['et', 'and']);
const NOUN_DET = new Set(['la', 'le', 'les', 'l', 'une', 'un', 'leur', 'leurs', 'sa', 'son', 'ses', 'cette', 'ce', 'the', 'their', 'his', 'her', 'this', 'an']);
const COLLECTIVE = new Set(['leur', 'leurs', 'their', 'cette', 'this', 'the', 'la', 'le']);
// A clause boundary: a participant is not looked for across these.
const BOUNDARY = /[;:]|\s[—–]\s/;

type EventMatch = ReturnType<ReturnType<typeof lexicon>['events']['match']>;

/** The event trigger at token k, looked up once per token (`memo` is per sentence). A function, not a closure
 * made per sentence. A trigger inside a date is a month ("BRUSSELS, March 12" holds no protest march). */
function eventAt(memo: (EventMatch | undefined)[], toks: Token[], k: number, text: string, dates: DateSpans): EventMatch {
  const hit = memo[k];
  if (hit !== undefined) return hit;
  const ev = lexicon().events.match(toks, k, text);
  return (memo[k] = ev && dates.covers(toks[k]!.start) ? null : ev);
}

/** The spans of a document's date mentions, sorted: which offsets lie inside a date. */
class DateSpans {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  constructor(spans: { start: number; end: number }[]) {
    for (const d of [...spans].sort((x, y) => x.start - y.start)) {
      this.starts.push(d.start);
      this.ends.push(d.end);
    }
  }

  covers(at: number): boolean {
    // The last span starting at or before `at` (spans do not nest).
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && at < this.ends[lo - 1]!;
  }
}

/** Extracts meeting/event claims (kind 'meeting'); offsets are into the working text. */
export function extractMeetings(ctx: ExtractContext): ClaimDraft[] {
  const a = analyse(ctx);
  const scan = new MeetingScan(ctx.text, a.mentions, new DateSpans(analyseDates(ctx).mentions));
  for (let s = 0; s < a.tokens.length; s++) scan.sentence(a.tokens[s]!, s);
  return scan.out.sort((x, y) => x.start - y.start);
}

/** One trigger's reading: its type, part of speech and span, and the people it takes. */
interface Trigger {
  type: string;
  takes: boolean;
  pos: 'verb' | 'noun';
  k: number;
  end: number;
  tStart: number;
  tEnd: number;
  collective: boolean;
}

/**
 * The document's meeting scan, one sentence at a time. Small methods rather than one big function: V8 throws
 * away and recompiles a whole optimised function when one of its rare branches is taken, so a rare case costs
 * the recompilation of a small function only.
 */
class MeetingScan {
  readonly out: ClaimDraft[] = [];
  // The participants of the last meeting with two or more, for "leur rencontre" in a later sentence.
  private lastParticipants: string[] | null = null;
  private readonly persons: RichMention[] = [];
  private readonly personsBy = new Map<number, RichMention[]>();
  private readonly placesBy = new Map<number, RichMention[]>();
  // Person keys by name part, for hyphenated pairs ("Blinken–Qin"): built on the first such pair only.
  private surname: Map<string, string> | null = null;

  constructor(
    private readonly text: string,
    mentions: RichMention[],
    private readonly dates: DateSpans,
  ) {
    for (const m of mentions) {
      if (m.type === 'person') {
        this.persons.push(m);
        addTo(this.personsBy, m);
      } else if (m.type === 'place' && m.prep) addTo(this.placesBy, m);
    }
  }

  sentence(toks: Token[], s: number): void {
    // Both loops look events up at the same tokens: each token's look-up is made once.
    const evMemo: (EventMatch | undefined)[] = new Array(toks.length);
    const triggerStarts = this.triggerStarts(toks, evMemo);
    // No trigger read from the left means none anywhere: the loop below would only find the ones read here.
    if (triggerStarts.size === 0) return;
    const byType = new Map<string, ClaimDraft>();
    for (let k = 0; k < toks.length; k++) {
      const ev = eventAt(evMemo, toks, k, this.text, this.dates);
      if (ev) k = this.trigger(toks, s, k, ev, triggerStarts, byType);
    }
    for (const d of byType.values()) {
      const v = d.value as MeetingValue;
      if (v.participants.length >= 2) this.lastParticipants = v.participants;
    }
  }

  /** Where each event trigger of the sentence starts: people after another trigger belong to that one ("the
   * 30-minute meeting could pave the way for a summit between Xi and Biden"). */
  private triggerStarts(toks: Token[], evMemo: (EventMatch | undefined)[]): Set<number> {
    const starts = new Set<number>();
    for (let k = 0; k < toks.length; k++) {
      const ev = eventAt(evMemo, toks, k, this.text, this.dates);
      if (ev) {
        starts.add(toks[k]!.start);
        k = ev.end;
      }
    }
    return starts;
  }

  /** Reads the trigger at token k into a new draft or the previous one of its type; returns the token to go on
   * after. */
  private trigger(toks: Token[], s: number, k: number, ev: NonNullable<EventMatch>, triggerStarts: Set<number>, byType: Map<string, ClaimDraft>): number {
    const { type, participants: takes } = ev.value;
    // "la rencontre", "leur rencontre": after a determiner a verb-looking trigger is the noun.
    const pos = ev.value.pos === 'verb' && k > 0 && NOUN_DET.has(toks[k - 1]!.fold) ? 'noun' : ev.value.pos;
    const det = toks[k - 1];
    const t: Trigger = {
      type,
      takes,
      pos,
      k,
      end: ev.end,
      tStart: toks[k]!.start,
      tEnd: toks[ev.end]!.end,
      collective: takes && !!det && COLLECTIVE.has(det.fold) && pos === 'noun',
    };
    const who = this.who(toks, s, t, triggerStarts);
    if (takes && who.length === 0 && pos === 'verb') return k;
    const keys: string[] = [];
    const texts: string[] = [];
    for (const m of who) {
      if (keys.includes(m.key)) continue;
      keys.push(m.key);
      texts.push(m.text);
    }
    // A second trigger of one type in a sentence repeats the first ("la rencontre … leur rencontre") unless it
    // brings new people: "X a rencontré Y …, mais X rencontrera peut-être Z" names two meetings.
    const prev = byType.get(type);
    if (prev && !bringsNew(keys, (prev.value as MeetingValue).participants)) {
      mergeInto(prev, who, t);
      return ev.end;
    }
    const draft = this.draft(s, t, who, keys, texts);
    byType.set(type, draft);
    this.out.push(draft);
    return ev.end;
  }

  /** The people of a trigger (none when it takes no participants). */
  private who(toks: Token[], s: number, t: Trigger, triggerStarts: Set<number>): RichMention[] {
    // One array filled by all the cases below: arrays from several places (or from map()) reach the readers in
    // several V8 element kinds, and each new one recompiled them.
    const who: RichMention[] = [];
    if (!t.takes) return who;
    const persons = this.personsBy.get(s);
    if (persons) participantsAround(toks, t.k, t.end, persons, this.text, t.pos, triggerStarts, who);
    // "Blinken–Qin meeting", "le sommet Biden-Xi": a hyphenated pair of known names next to the noun.
    this.hyphenatedPair(toks, s, t.k - 1, t.k, who);
    this.hyphenatedPair(toks, s, t.end + 1, t.end, who);
    if (who.length > 0 || !t.collective || this.lastParticipants === null) return who;
    const det = toks[t.k - 1]!;
    if (det.fold !== 'leur' && det.fold !== 'their') return who;
    for (const key of this.lastParticipants) who.push(personAt(toks[t.k]!, key, s));
    return who;
  }

  /** Adds to `who` both people of a hyphenated pair at token x ("Blinken–Qin") joined to the trigger's token
   * `next`, when both name parts are people of the document. */
  private hyphenatedPair(toks: Token[], s: number, x: number, next: number, who: RichMention[]): void {
    const t = toks[x];
    if (!t || !PAIR_DASH.test(t.text) || !joinable(this.text, t, toks[next]!)) return;
    this.surname ??= surnames(this.persons);
    const parts = t.text.split(PAIR_DASH);
    const keys: string[] = [];
    for (const p of parts) {
      const key = this.surname.get(foldKey(p));
      if (!key) return;
      keys.push(key);
    }
    for (const key of keys) who.push(personAt(t, key, s));
  }

  /** A new draft for the trigger. */
  private draft(s: number, t: Trigger, who: RichMention[], keys: string[], texts: string[]): ClaimDraft {
    // Only trivially local places: a locative right after the trigger's clause, in the same sentence.
    const place = placeAfter(this.placesBy.get(s), t.tStart, t.tEnd);
    const value: MeetingValue = { type: t.type, participants: keys, participantsText: texts, date: null, place };
    let confidence = t.takes ? (keys.length >= 2 ? 0.85 : keys.length === 1 ? 0.6 : 0.35) : 0.5;
    if (t.pos === 'noun' && t.takes && keys.length === 0 && !t.collective) confidence = 0.25;
    return { kind: 'meeting', start: minStart(t.tStart, who), end: maxEnd(t.tEnd, who), value, confidence, entities: keys };
  }
}

// A hyphen or dash inside a token: a pair of names ("Blinken–Qin").
const PAIR_DASH = /[-‐‑–]/;

function addTo(by: Map<number, RichMention[]>, m: RichMention): void {
  const list = by.get(m.s);
  if (list) list.push(m);
  else by.set(m.s, [m]);
}

/** Whether `keys` names someone `prevKeys` does not, and `prevKeys` already had two people. */
function bringsNew(keys: string[], prevKeys: string[]): boolean {
  if (prevKeys.length < 2) return false;
  for (const key of keys) if (!prevKeys.includes(key)) return true;
  return false;
}

/** Merges a repeated trigger into the previous draft of its type: its new people, and the wider span. */
function mergeInto(prev: ClaimDraft, who: RichMention[], t: Trigger): void {
  const v = prev.value as MeetingValue;
  for (const m of who) {
    if (!v.participants.includes(m.key)) {
      v.participants.push(m.key);
      v.participantsText.push(m.text);
    }
  }
  prev.entities = v.participants.slice();
  prev.start = minStart(Math.min(prev.start, t.tStart), who);
  prev.end = maxEnd(Math.max(prev.end, t.tEnd), who);
}

/** The smallest of `start` and the mentions' starts (a loop: no spread of a mapped array). */
function minStart(start: number, who: RichMention[]): number {
  let min = start;
  for (const m of who) if (m.start < min) min = m.start;
  return min;
}

function maxEnd(end: number, who: RichMention[]): number {
  let max = end;
  for (const m of who) if (m.end > max) max = m.end;
  return max;
}

/** The key of the first place with a locative within 60 characters after the trigger, or null. */
function placeAfter(places: RichMention[] | undefined, tStart: number, tEnd: number): string | null {
  if (!places) return null;
  for (const m of places) if (m.start > tStart && m.start - tEnd < 60) return m.key;
  return null;
}

function surnames(persons: RichMention[]): Map<string, string> {
  const surname = new Map<string, string>();
  for (const m of persons) for (const part of m.key.split('-')) if (part.length > 1) surname.set(part, m.key);
  return surname;
}

/** A person named at token t by a key found elsewhere ("leur rencontre", one name of a pair). */
function personAt(t: Token, key: string, s: number): RichMention {
  return newMention(t.start, t.end, t.text, 'person', key, s, t.i, t.i, 'name', undefined, null);
}

/**
 * Adds to `out` the people around a trigger: for a verb, the subject (the nearest person before it in the
 * clause) and the objects after it; for a noun, the people joined to it by "avec/with/entre/between/par" or a
 * possessive.
 * Loops over arrays made here with push, not filter/map/some chains: arrays from those builtins come in several
 * V8 element kinds (interpreted or optimised caller, empty or not), and each new one reaching an optimised
 * reader threw this function's code away.
 */
function participantsAround(
  toks: Token[],
  first: number,
  last: number,
  persons: RichMention[],
  text: string,
  pos: 'verb' | 'noun',
  triggerStarts: Set<number>,
  out: RichMention[],
): void {
  const tStart = toks[first]!.start;
  const tEnd = toks[last]!.end;
  // Before: the closest person within 10 tokens, no clause boundary between.
  // "X a débuté un entretien avec Y", "X had talks with Y": a noun with a companion takes a subject too.
  const reach = pos === 'verb' ? 10 : hasCompanion(toks, last) ? 8 : 3;
  const before: RichMention[] = [];
  for (const m of persons) if (m.end <= tStart && first - m.last <= reach && !BOUNDARY.test(text.slice(m.end, tStart))) before.push(m);
  if (before.length) subjectsBefore(toks, before, text, tStart, pos, out);
  // After: persons within 12 tokens, chained by "et/and/,"; the first must follow directly or after "avec/with…".
  let prevEnd = tEnd;
  for (const m of persons) {
    if (!(m.start >= tEnd && m.first - last <= 12 && !BOUNDARY.test(text.slice(tEnd, m.start)))) continue;
    const between = tokensIn(toks, prevEnd, m.start);
    const linked =
      out.length === 0 || prevEnd === tEnd
        ? between.length <= 8 && (pos === 'verb' || between.length === 0 || someIn(between, WITH))
        : allIn(between, WITH) || /^\s*,\s*$/.test(text.slice(prevEnd, m.start));
    if (!linked || startsAny(between, triggerStarts)) break;
    // "a indiqué le porte-parole X": a speech verb before a person makes them the speaker, not a participant.
    if (hasSpeechVerb(between)) break;
    out.push(m);
    prevEnd = m.end;
  }
}

/** "X had talks with Y": "avec"/"with" among the three tokens after the trigger. */
function hasCompanion(toks: Token[], last: number): boolean {
  for (let k = last + 1; k < last + 4 && k < toks.length; k++) if (toks[k]!.fold === 'avec' || toks[k]!.fold === 'with') return true;
  return false;
}

/** Adds the subject before the trigger to `out`, after the names coordinated with it; `before` is the people
 * in reach before the trigger, in text order. */
function subjectsBefore(toks: Token[], before: RichMention[], text: string, tStart: number, pos: 'verb' | 'noun', out: RichMention[]): void {
  const subj = before[before.length - 1]!;
  // "le président Xi et le président Poutine se sont rencontrés", "X, le ministre Y, et Z arriveront":
  // a coordinated subject, walked back while names are joined by "et"/"and" or commas (titles between).
  let cur = subj;
  for (let b = before.length - 2; b >= 0; b--) {
    const prev = before[b]!;
    if (prev.key === cur.key) continue;
    const between = tokensIn(toks, prev.end, cur.start);
    const gap = text.slice(prev.end, cur.start);
    if (between.length > 8 || !(someIn(between, AND) || /^\s*,/.test(gap))) break;
    out.push(prev);
    cur = prev;
  }
  // A noun needs its participant right before it ("Blinken's meeting", "la rencontre Blinken-Wang").
  const gap = text.slice(subj.end, tStart);
  const quoteOrComma = /[«»"“”]/.test(gap) || (pos === 'verb' && /,\s*(qui|who|which|a\s+indiqu|a\s+dit|said)/i.test(gap));
  if (!quoteOrComma) out.push(subj);
}

/** The tokens that lie inside [from, to). */
function tokensIn(toks: Token[], from: number, to: number): Token[] {
  const out: Token[] = [];
  for (const t of toks) if (t.start >= from && t.end <= to) out.push(t);
  return out;
}

function someIn(toks: Token[], words: Set<string>): boolean {
  for (const t of toks) if (words.has(t.fold)) return true;
  return false;
}

function allIn(toks: Token[], words: Set<string>): boolean {
  for (const t of toks) if (!words.has(t.fold)) return false;
  return true;
}

function startsAny(toks: Token[], starts: Set<number>): boolean {
  for (const t of toks) if (starts.has(t.start)) return true;
  return false;
}

const SPEECH_VERB = /^(indique|declare|dit|said|says|ajoute|added|told|selon|according)$/;

function hasSpeechVerb(toks: Token[]): boolean {
  for (const t of toks) if (SPEECH_VERB.test(t.fold)) return true;
  return false;
}
