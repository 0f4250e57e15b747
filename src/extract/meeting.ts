// Meeting and event claims: who met whom ("Blinken a rencontré Wang Yi", "talks with", "a été reçu par son
// homologue chinois Qin Gang", "la rencontre avec", "leur rencontre") and typed non-meeting events (séisme,
// cyclone, manifestation…) from rules/lexicon/event-types.json. Dates are left to alignment.
import type { ExtractContext } from './context.ts';
import type { ClaimDraft, MeetingValue } from '../types.ts';
import { analyse, type RichMention } from './entities/analyse.ts';
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
 * made per sentence. */
function eventAt(memo: (EventMatch | undefined)[], toks: Token[], k: number, text: string): EventMatch {
  const hit = memo[k];
  return hit !== undefined ? hit : (memo[k] = lexicon().events.match(toks, k, text));
}

/** Extracts meeting/event claims (kind 'meeting'); offsets are into the working text. */
export function extractMeetings(ctx: ExtractContext): ClaimDraft[] {
  const a = analyse(ctx);
  const text = ctx.text;
  const out: ClaimDraft[] = [];
  let lastParticipants: string[] = [];
  const persons = a.mentions.filter((m) => m.type === 'person');
  // Person keys by name part, for hyphenated pairs ("Blinken–Qin"): built on the first such pair only.
  let surname: Map<string, string> | null = null;

  const personsBy = new Map<number, RichMention[]>();
  const placesBy = new Map<number, RichMention[]>();
  for (const m of persons) (personsBy.get(m.s) ?? personsBy.set(m.s, []).get(m.s)!).push(m);
  for (const m of a.mentions) if (m.type === 'place' && m.prep) (placesBy.get(m.s) ?? placesBy.set(m.s, []).get(m.s)!).push(m);
  for (let s = 0; s < a.tokens.length; s++) {
    const toks = a.tokens[s]!;
    const sentPersons = personsBy.get(s) ?? [];
    const sentPlaces = placesBy.get(s) ?? [];
    // Where each event trigger of the sentence starts: people after another trigger belong to that one
    // ("the 30-minute meeting could pave the way for a summit between Xi and Biden").
    const triggerStarts = new Set<number>();
    // Both loops below look events up at the same tokens: each token's look-up is made once.
    const evMemo: (EventMatch | undefined)[] = new Array(toks.length);
    for (let k = 0; k < toks.length; k++) {
      const ev = eventAt(evMemo, toks, k, text);
      if (ev) {
        triggerStarts.add(toks[k]!.start);
        k = ev.end;
      }
    }
    // No trigger read from the left means none anywhere: the loop below would only find the ones read here.
    if (triggerStarts.size === 0) continue;
    const byType = new Map<string, ClaimDraft>();
    for (let k = 0; k < toks.length; k++) {
      const ev = eventAt(evMemo, toks, k, text);
      if (!ev) continue;
      const { type, participants: takes } = ev.value;
      // "la rencontre", "leur rencontre": after a determiner a verb-looking trigger is the noun.
      const pos = ev.value.pos === 'verb' && k > 0 && NOUN_DET.has(toks[k - 1]!.fold) ? 'noun' : ev.value.pos;
      const tStart = toks[k]!.start;
      const tEnd = toks[ev.end]!.end;
      let who: RichMention[] = [];
      let collective = false;
      if (takes) {
        who = participantsAround(toks, k, ev.end, sentPersons, text, pos, triggerStarts);
        // "Blinken–Qin meeting", "le sommet Biden-Xi": a hyphenated pair of known names next to the noun.
        for (const x of [k - 1, ev.end + 1]) {
          const t = toks[x];
          if (!t || !/[-‐‑–]/.test(t.text) || !joinable(text, t, toks[x < k ? k : ev.end]!)) continue;
          surname ??= surnames(persons);
          const bySurname = surname;
          const keys = t.text.split(/[-‐‑–]/).map((p) => bySurname.get(foldKey(p)));
          if (keys.every((x): x is string => !!x)) for (const key of keys) who.push({ ...fakeMention(t, key), s });
        }
        const det = toks[k - 1];
        collective = !!det && COLLECTIVE.has(det.fold) && pos === 'noun';
        if (who.length === 0 && collective && (det!.fold === 'leur' || det!.fold === 'their') && lastParticipants.length) {
          who = lastParticipants.map((key) => ({ ...fakeMention(toks[k]!, key), s }));
        }
        if (who.length === 0 && pos === 'verb') continue;
      }
      const keys = [...new Set(who.map((m) => m.key))];
      // A second trigger of one type in a sentence repeats the first ("la rencontre … leur rencontre") unless it
      // brings new people: "X a rencontré Y …, mais X rencontrera peut-être Z" names two meetings.
      const prev = byType.get(type);
      const prevKeys = prev ? (prev.value as MeetingValue).participants : [];
      const bringsNew = keys.some((key) => !prevKeys.includes(key)) && prevKeys.length >= 2;
      if (prev && !bringsNew) {
        const v = prev.value as MeetingValue;
        for (const m of who) {
          if (!v.participants.includes(m.key)) {
            v.participants.push(m.key);
            v.participantsText.push(m.text);
          }
        }
        prev.entities = [...v.participants];
        prev.start = Math.min(prev.start, tStart, ...who.map((m) => m.start));
        prev.end = Math.max(prev.end, tEnd, ...who.map((m) => m.end));
        k = ev.end;
        continue;
      }
      // Only trivially local places: a locative right after the trigger's clause, in the same sentence.
      const place = sentPlaces.find((m) => m.start > tStart && m.start - tEnd < 60)?.key ?? null;
      const texts = keys.map((key) => who.find((m) => m.key === key)!.text);
      const value: MeetingValue = { type, participants: keys, participantsText: texts, date: null, place };
      const start = Math.min(tStart, ...who.map((m) => m.start));
      const end = Math.max(tEnd, ...who.map((m) => m.end));
      let confidence = takes ? (keys.length >= 2 ? 0.85 : keys.length === 1 ? 0.6 : 0.35) : 0.5;
      if (pos === 'noun' && takes && keys.length === 0 && !collective) confidence = 0.25;
      const draft: ClaimDraft = { kind: 'meeting', start, end, value, confidence, entities: keys };
      byType.set(type, draft);
      out.push(draft);
      k = ev.end;
    }
    for (const d of byType.values()) {
      const v = d.value as MeetingValue;
      if (v.participants.length >= 2) lastParticipants = v.participants;
    }
  }
  return out.sort((x, y) => x.start - y.start);
}

function surnames(persons: RichMention[]): Map<string, string> {
  const surname = new Map<string, string>();
  for (const m of persons) for (const part of m.key.split('-')) if (part.length > 1) surname.set(part, m.key);
  return surname;
}

function fakeMention(t: Token, key: string): RichMention {
  return { start: t.start, end: t.end, text: t.text, type: 'person', key, s: t.s, first: t.i, last: t.i, via: 'name' };
}

/**
 * The people around a trigger: for a verb, the subject (the nearest person before it in the clause) and the
 * objects after it; for a noun, the people joined to it by "avec/with/entre/between/par" or a possessive.
 */
function participantsAround(
  toks: Token[],
  first: number,
  last: number,
  persons: RichMention[],
  text: string,
  pos: 'verb' | 'noun',
  triggerStarts: Set<number> = new Set(),
): RichMention[] {
  const out: RichMention[] = [];
  const tStart = toks[first]!.start;
  const tEnd = toks[last]!.end;
  // Before: the closest person within 10 tokens, no clause boundary between.
  // "X a débuté un entretien avec Y", "X had talks with Y": a noun with a companion takes a subject too.
  const companion = toks.slice(last + 1, last + 4).some((t) => t.fold === 'avec' || t.fold === 'with');
  const reach = pos === 'verb' ? 10 : companion ? 8 : 3;
  const before = persons.filter((m) => m.end <= tStart && first - m.last <= reach && !BOUNDARY.test(text.slice(m.end, tStart)));
  if (before.length) {
    const subj = before[before.length - 1]!;
    // "le président Xi et le président Poutine se sont rencontrés", "X, le ministre Y, et Z arriveront":
    // a coordinated subject, walked back while names are joined by "et"/"and" or commas (titles between).
    let cur = subj;
    for (let b = before.length - 2; b >= 0; b--) {
      const prev = before[b]!;
      if (prev.key === cur.key) continue;
      const between = toks.filter((t) => t.start >= prev.end && t.end <= cur.start);
      const gap = text.slice(prev.end, cur.start);
      if (between.length > 8 || !(between.some((t) => AND.has(t.fold)) || /^\s*,/.test(gap))) break;
      out.push(prev);
      cur = prev;
    }
    // A noun needs its participant right before it ("Blinken's meeting", "la rencontre Blinken-Wang").
    const gap = text.slice(subj.end, tStart);
    const quoteOrComma = /[«»"“”]/.test(gap) || (pos === 'verb' && /,\s*(qui|who|which|a\s+indiqu|a\s+dit|said)/i.test(gap));
    if (!quoteOrComma) out.push(subj);
  }
  // After: persons within 12 tokens, chained by "et/and/,"; the first must follow directly or after "avec/with…".
  const after = persons.filter((m) => m.start >= tEnd && m.first - last <= 12 && !BOUNDARY.test(text.slice(tEnd, m.start)));
  let prevEnd = tEnd;
  for (const m of after) {
    const between = toks.filter((t) => t.start >= prevEnd && t.end <= m.start);
    const gapText = text.slice(prevEnd, m.start);
    const words = between.map((t) => t.fold);
    const linked =
      out.length === 0 || prevEnd === tEnd
        ? words.length <= 8 && (pos === 'verb' || words.length === 0 || words.some((w) => WITH.has(w)))
        : words.every((w) => WITH.has(w)) || /^\s*,\s*$/.test(gapText);
    if (!linked || between.some((t) => triggerStarts.has(t.start))) break;
    // "a indiqué le porte-parole X": a speech verb before a person makes them the speaker, not a participant.
    if (words.some((w) => /^(indique|declare|dit|said|says|ajoute|added|told|selon|according)$/.test(w))) break;
    out.push(m);
    prevEnd = m.end;
  }
  return out;
}
