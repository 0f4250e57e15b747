// Events: who met whom (or what happened), when and where. Each document's event mentions are merged across
// documents only when nothing tells them apart: a different city, a date that cannot overlap, a different weekday,
// a disjoint set of participants. Ambiguous mentions stay on their own rather than join the wrong event.
import { addDays, rangesOverlap } from '../extract/calendar.ts';
import { isDateline } from '../extract/place.ts';
import { topPeople } from '../extract/entities.ts';
import type { DateValue, EventRecord, MeetingValue, PlaceValue } from '../types.ts';
import { DocIndex, sentenceIndexAt, type DocAnalysis } from './analysis.ts';
import { DateBlocks, dayOf, NOBODY, PersonPlaceBlocks } from './event-blocks.ts';
import { StampedValues } from './stamped.ts';

/** A date as the text gives it: a resolved ISO date and/or a weekday. */
export interface WhenInfo {
  iso: string | null;
  weekday: string | null;
  granularity: DateValue['granularity'];
}

/** One event mention inside one document. */
export interface LocalEvent {
  doc: string;
  docIndex: number;
  sentence: number;
  paragraph: number;
  pos: number;
  type: string;
  participants: string[];
  when: WhenInfo | null;
  /** The date expression's text, lower-cased: two different expressions in one document mean two events. */
  whenText: string | null;
  /** Start of the date claim that dates this mention, so that only event dates are compared as such. */
  whenStart: number | null;
  /** A date shown on the meeting claim when its sentence gives none (the article lead's date). */
  shownDate?: string | null;
  place: string | null;
  /** The document's dominant place, used only to break ties. */
  softPlace: string | null;
  cluster: number;
}

export interface EventCluster {
  id: number;
  type: string;
  participants: Map<string, number>;
  isos: Set<string>;
  weekdays: Set<string>;
  places: Set<string>;
  /** Places of the articles of members without a place of their own (the "soft" place). */
  softPlaces: Set<string>;
  members: LocalEvent[];
  /** Members by article, for the checks that look at one article's other mentions. */
  byDoc: Map<string, LocalEvent[]>;
  /** For storms and protests: the days other reports may give, around the first reported day. */
  window: [string, string] | null;
}

// Event types that describe the same kind of encounter: a "meeting" reported as "talks" is the same event.
const FAMILY: Record<string, string> = {
  talks: 'meeting',
  meeting: 'meeting',
  interview: 'meeting',
  discussion: 'meeting',
  negotiation: 'meeting',
  negotiations: 'meeting',
  dinner: 'meeting',
  call: 'call',
  summit: 'summit',
  visit: 'visit',
  trip: 'visit',
};

/** Event families whose identity is who took part. */
export const PEOPLE_EVENTS = new Set(['meeting', 'call', 'summit', 'visit']);

/** How many days an event's own date may lie from its article's day. */
const OWN_DATE_DAYS = 7;

/** True when two partial dates lie within `days` of each other (comparing their first days). */
function withinDays(a: string, b: string, days: number): boolean {
  if (a.length < 10 || b.length < 10) return rangesOverlap(a, b);
  return rangesOverlap([addDays(a.slice(0, 10), -days), addDays(a.slice(0, 10), days)], b.slice(0, 10));
}

/** How far from the first reported day of a storm, protest day or disaster other reports may date it. */
const NON_PEOPLE_DAYS_BEFORE = 1;
const NON_PEOPLE_DAYS_AFTER = 3;

/** Below this extraction confidence an event mention is a reference back, not a new event. */
const MIN_EVENT_CONFIDENCE = 0.5;

export function eventFamily(type: string): string {
  return FAMILY[type] ?? type;
}

const WEEKDAY_INDEX: Record<string, number> = {
  dimanche: 0, lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6,
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};

/** Weekday as a language-neutral number string, so "dimanche" and "Sunday" agree. */
export function weekdayKey(w: string | null | undefined): string | null {
  if (!w) return null;
  const i = WEEKDAY_INDEX[w.toLowerCase()];
  return i === undefined ? null : String(i);
}

/** A statement verb right before a date: "a annoncé vendredi", "said on Sunday" date the statement, not the fact. */
export const STATEMENT_BEFORE =
  /(?:annoncé|déclaré|indiqué|affirmé|précisé|souligné|expliqué|estimé|ajouté|dit|confirmé|publié|rapporté|announced|said|told|stated|added|reported|confirmed|published)(?:\s+(?:ce|cette|le|on|this|last))?\s*$/i;

function isDayLike(v: DateValue): boolean {
  return v.granularity === 'day' || v.granularity === 'part-of-day' || v.granularity === 'hour' || v.granularity === 'minute' || !!v.weekday;
}

/** The date of each sentence: the day-level date claims it holds, in text order. */
function datesBySentence(a: DocAnalysis): Map<number, { pos: number; when: WhenInfo; text: string }[]> {
  const out = new Map<number, { pos: number; when: WhenInfo; text: string }[]>();
  for (const d of a.drafts) {
    if (d.kind !== 'date') continue;
    const v = d.value as DateValue;
    if (!isDayLike(v) && v.granularity !== 'month') continue;
    // "a annoncé vendredi", "said on Friday": the day of a statement, not of the event.
    if (STATEMENT_BEFORE.test(a.doc.text.slice(Math.max(0, d.start - 40), d.start))) continue;
    const s = sentenceIndexAt(a.sentences, d.start);
    // A clock time without its day ("T20:00") says nothing about which day.
    const day = v.iso && /^\d{4}/.test(v.iso) ? v.iso.slice(0, v.granularity === 'month' ? 7 : 10) : null;
    if (!day && !v.weekday) continue;
    const list = out.get(s) ?? [];
    list.push({ pos: d.start, when: { iso: day, weekday: weekdayKey(v.weekday), granularity: v.granularity }, text: a.doc.text.slice(d.start, d.end).toLowerCase() });
    out.set(s, list);
  }
  return out;
}

function placesBySentence(a: DocAnalysis): { bySentence: Map<number, string[]>; dominant: string | null } {
  const bySentence = new Map<number, string[]>();
  const freq = new Map<string, number>();
  // A wire story's dateline says where it is set, whatever other places it names ("WOODSIDE, California (CNN) —"
  // over the Bali of a meeting a year before).
  let dateline: string | null = null;
  for (const d of a.drafts) {
    if (d.kind !== 'place') continue;
    const v = d.value as PlaceValue;
    if (v.level !== 'city' && v.level !== 'region') continue;
    if (dateline === null && isDateline(a.doc.text, d.start, d.end)) dateline = v.placeKey;
    const s = sentenceIndexAt(a.sentences, d.start);
    bySentence.set(s, [...(bySentence.get(s) ?? []), v.placeKey]);
    freq.set(v.placeKey, (freq.get(v.placeKey) ?? 0) + (d.confidence >= 0.6 ? 1 : 0.5));
  }
  const ranked = [...freq].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  const dominant = dateline ?? (ranked.length && (ranked.length === 1 || ranked[0]![1] > ranked[1]![1]) ? ranked[0]![0] : null);
  return { bySentence, dominant };
}

/** The event mentions of one document, with their own or inherited date and place. */
export function localEvents(a: DocAnalysis, docIndex: number): LocalEvent[] {
  const dates = datesBySentence(a);
  const { bySentence: places, dominant } = placesBySentence(a);
  const out: LocalEvent[] = [];
  const protagonist = topPeople(a.mentions, 1)[0]?.key ?? null;
  const idx = new DocIndex(a);
  const seenFamilies = new Set<string>();
  const named = namedFamilies(a);
  for (const d of a.drafts) {
    if (d.kind !== 'meeting') continue;
    const v = d.value as MeetingValue;
    // A bare "les pourparlers", "la visite" refers back to an event already named: it is not a new one. In an
    // article that names none of its family, a bare one dated in its sentence is the event it reports ("the EU
    // and Britain agreed on Tuesday after talks that lasted nearly 14 hours").
    if (d.confidence < MIN_EVENT_CONFIDENCE && (named.has(eventFamily(v.type)) || !dates.has(sentenceIndexAt(a.sentences, d.start)))) continue;
    if (!PEOPLE_EVENTS.has(eventFamily(v.type))) {
      // An article about a protest day or a storm is about one of them; other dates it names ("contre 1,27 million
      // le 31 janvier") scope the figures next to them instead of making new events.
      if (seenFamilies.has(eventFamily(v.type))) continue;
      seenFamilies.add(eventFamily(v.type));
      const s = sentenceIndexAt(a.sentences, d.start);
      const when = currentDate(a);
      // Only a date written with the event ("Le cyclone a frappé samedi") dates it for comparison, and only when
      // it falls within days of the article's own day: "le cyclone du 18 février 1934" is another storm.
      const near = closest(dates.get(s), d.start);
      const own = near && when?.when.iso && near.when.iso && withinDays(near.when.iso, when.when.iso, OWN_DATE_DAYS) ? near : near && !near.when.iso ? near : null;
      out.push(mention(a, docIndex, s, d.start, { type: v.type, participants: [], when: when?.when ?? null, whenText: when?.text ?? null, whenStart: own?.pos ?? null, place: null, softPlace: null }));
      continue;
    }
    const s = sentenceIndexAt(a.sentences, d.start);
    const sentence = a.sentences[s];
    const participants = new Set(v.participants);
    if (PEOPLE_EVENTS.has(eventFamily(v.type))) {
      // Who met whom is often split over the sentence ("X a rencontré pendant six heures … Y") or implicit
      // ("le responsable américain a été reçu par Y"): complete with people named in the sentence, nearest first,
      // then with the article's protagonist.
      const near = (sentence ? idx.mentionsIn(sentence.start, sentence.end) : [])
        .filter((m) => m.type === 'person' && !participants.has(m.key))
        .sort((x, y) => Math.abs(x.start - d.start) - Math.abs(y.start - d.start));
      for (const m of near) if (participants.size < 2) participants.add(m.key);
      if (participants.size < 2 && protagonist) participants.add(protagonist);
      if (participants.size === 0) continue;
    }
    // Date: the closest date in the sentence, else one in the previous sentence of the same paragraph.
    let date = closest(dates.get(s), d.start);
    if (!date && s > 0 && a.sentences[s - 1]?.paragraph === sentence?.paragraph) date = closest(dates.get(s - 1), d.start);
    // Place: the meeting's own ("a meeting in Beijing between…"), else the sentence's when it names only one
    // ("…talks in Beijing on Sunday, and agreed to meet again in Washington" names two: no place).
    const located = PEOPLE_EVENTS.has(eventFamily(v.type));
    const inSentence = [...new Set(places.get(s) ?? [])];
    const own = v.place && inSentence.includes(v.place) ? v.place : null;
    const place = located ? (own ?? (inSentence.length === 1 ? inSentence[0]! : null)) : null;
    out.push(
      mention(a, docIndex, s, d.start, {
        type: v.type,
        participants: [...participants].sort(),
        when: date?.when ?? null,
        whenText: date?.text ?? null,
        whenStart: date?.pos ?? null,
        place,
        softPlace: located ? place ?? dominant : null,
      }),
    );
  }
  // The article's lead event (its first meeting, named in the title or the lead) shows the article's first
  // dated sentence's day when its own sentence gives none: "Blinken rencontre Wang Yi en marge de la conférence"
  // (title) then "Blinken a fait part vendredi de ses inquiétudes…" (lead).
  const lead = out.filter((e) => PEOPLE_EVENTS.has(eventFamily(e.type))).sort((x, y) => x.pos - y.pos)[0];
  if (lead && !lead.when) {
    const first = [...dates.entries()].sort(([x], [y]) => x - y).find(([s]) => (a.sentences[s]?.paragraph ?? 99) <= LEAD_PARAGRAPHS);
    const d = first?.[1].find((x) => x.when.iso && x.when.iso.length >= 10);
    // Only the claim shows this date: a guess from another sentence must not split or merge events.
    if (d) lead.shownDate = d.when.iso;
  }
  // "Les négociateurs ont discuté dimanche à Vienne pendant près de cinq heures": a length with a day and a
  // place but no named event still measures something that happened then and there. It gets an implicit
  // event, matched across articles on place and day (and on people, when the sentence names some).
  const withEvent = new Set(out.map((e) => e.sentence));
  for (const d of a.drafts) {
    if (d.kind !== 'duration' || (d.value as { amount: number }).amount > IMPLICIT_MAX_SECONDS) continue;
    const s = sentenceIndexAt(a.sentences, d.start);
    if (withEvent.has(s)) continue;
    const date = closest(dates.get(s), d.start);
    const place = places.get(s)?.[0] ?? null;
    if (!date || !place) continue;
    const sentence = a.sentences[s];
    const people = [...new Set((sentence ? idx.mentionsIn(sentence.start, sentence.end) : []).filter((m) => m.type === 'person').map((m) => m.key))].sort();
    withEvent.add(s);
    out.push(mention(a, docIndex, s, d.start, { type: 'meeting', participants: people.slice(0, 4), when: date.when, whenText: date.text, whenStart: date.pos, place, softPlace: place }));
  }
  return out;
}

/** The event families an article names with confidence (its people, or an event that takes none). */
function namedFamilies(a: DocAnalysis): Set<string> {
  const out = new Set<string>();
  for (const d of a.drafts) if (d.kind === 'meeting' && d.confidence >= MIN_EVENT_CONFIDENCE) out.add(eventFamily((d.value as MeetingValue).type));
  return out;
}

/** Paragraphs (0-based) that make an article's lead. */
const LEAD_PARAGRAPHS = 3;

/** An event mention of sentence `s` of one article. */
function mention(
  a: DocAnalysis,
  docIndex: number,
  s: number,
  pos: number,
  f: Pick<LocalEvent, 'type' | 'participants' | 'when' | 'whenText' | 'whenStart' | 'place' | 'softPlace'>,
): LocalEvent {
  return { doc: a.doc.id, docIndex, sentence: s, paragraph: a.sentences[s]?.paragraph ?? 0, pos, ...f, cluster: -1 };
}

/** Longest duration that can measure an implicit meeting (talks, a session): half a day. */
const IMPLICIT_MAX_SECONDS = 12 * 3600;

/**
 * The day an article reports as news: its publication day, else the first weekday it names ("mardi", "ce samedi
 * 14 décembre"), which in news copy is the current day rather than a past reference like "le 31 janvier".
 */
function currentDate(a: DocAnalysis): { pos: number; when: WhenInfo; text: string } | null {
  const pub = a.doc.published.value;
  for (const d of a.drafts) {
    if (d.kind !== 'date') continue;
    const v = d.value as DateValue;
    if (!v.weekday) continue;
    const day = v.iso && v.iso.length >= 10 ? v.iso.slice(0, 10) : null;
    return { pos: d.start, when: { iso: day, weekday: weekdayKey(v.weekday), granularity: v.granularity }, text: a.doc.text.slice(d.start, d.end).toLowerCase() };
  }
  if (pub && pub.length >= 10) return { pos: -1, when: { iso: pub.slice(0, 10), weekday: null, granularity: 'day' }, text: pub };
  return null;
}

function closest<T extends { pos: number }>(list: T[] | undefined, pos: number): T | null {
  if (!list?.length) return null;
  return list.reduce((best, x) => (Math.abs(x.pos - pos) < Math.abs(best.pos - pos) ? x : best));
}

/** Hard incompatibility: different places, non-overlapping dates, different weekdays, different families. */
function conflicts(e: LocalEvent, c: EventCluster): boolean {
  if (eventFamily(e.type) !== c.type) return true;
  if (e.place && c.places.size && !c.places.has(e.place)) return true;
  // Without a place of its own, a mention is where its article mostly is: an article set in Beijing does not
  // report a meeting in Munich without naming Munich.
  if (!e.place && e.softPlace && c.places.size && !c.places.has(e.softPlace)) return true;
  // Two mentions without places, from articles set in different cities, are not one meeting either; nor is a
  // meeting placed in Munich the one of articles set in Beijing.
  const effective = e.place ?? e.softPlace;
  if (effective && !c.places.size && c.softPlaces.size && !c.softPlaces.has(effective)) return true;
  // A storm or a protest is reported over several days; a day's slack keeps one event together, while two
  // protest days a week apart stay apart. Meetings get no slack.
  if (e.when?.iso) {
    if (PEOPLE_EVENTS.has(c.type)) {
      for (const iso of c.isos) if (!rangesOverlap(e.when.iso, iso)) return true;
    } else {
      // Reports of one storm come days after it; they stay within a few days of its first reported day.
      if (c.window && e.when.iso.length >= 10 && !rangesOverlap(e.when.iso.slice(0, 10), c.window)) return true;
      for (const iso of c.isos) if (iso.length < 10 && !rangesOverlap(e.when.iso, iso)) return true;
    }
  }
  if (e.when?.weekday && c.weekdays.size && !c.weekdays.has(e.when.weekday) && (PEOPLE_EVENTS.has(c.type) || !e.when.iso || !c.isos.size)) {
    // The same calendar day with another weekday is one event told wrongly: the date kind reports it.
    const day = e.when.iso && e.when.iso.length >= 10 ? e.when.iso.slice(0, 10) : null;
    if (!day || ![...c.isos].some((i) => i.slice(0, 10) === day)) return true;
  }
  // A document that names two date expressions for two mentions speaks of two events.
  for (const m of c.byDoc.get(e.doc) ?? []) {
    if (!m.whenText || !e.whenText || m.whenText === e.whenText) continue;
    // "Jun 19, 2023" and "on Monday" in one article may be one day: only different days split.
    const dm = m.when?.iso?.slice(0, 10);
    const de = e.when?.iso?.slice(0, 10);
    if (!dm || !de || dm !== de) return true;
  }
  return false;
}

function score(e: LocalEvent, c: EventCluster): number {
  let shared = 0;
  for (const p of e.participants) if (c.participants.has(p)) shared++;
  let s: number;
  if (e.participants.length === 0 && c.participants.size === 0) {
    // Events without people (a cyclone, a protest day) match on their type, then place and date decide.
    s = 1;
  } else {
    const needed = Math.min(2, e.participants.length);
    if (shared < needed || shared === 0) return 0;
    s = shared * 2;
  }
  if (e.place && c.places.has(e.place)) s += 2;
  if (e.when?.iso && overlapsAny(e.when.iso, c.isos)) s += 2;
  if (e.when?.weekday && c.weekdays.has(e.when.weekday)) s += 1;
  if (!e.place && e.softPlace && c.places.has(e.softPlace)) s += 1;
  return s;
}

function overlapsAny(iso: string, isos: Set<string>): boolean {
  for (const i of isos) if (rangesOverlap(iso, i)) return true;
  return false;
}

function specificity(e: LocalEvent): number {
  return (e.place ? 2 : 0) + (e.when?.iso ? 2 : 0) + (e.when?.weekday ? 1 : 0) + e.participants.length;
}

/**
 * Clusters event mentions across documents, in two passes. Anchored mentions (with a place or a date) go first,
 * from the most specific, and join the best-scoring compatible cluster. Unanchored mentions then join a cluster
 * only when the evidence points to one: a cluster their own article already belongs to with the same people,
 * their article's place, or a single compatible candidate. Candidates come from a participant index, never all pairs.
 */
export function clusterEvents(all: LocalEvent[], opts: { blocks?: boolean } = {}): EventCluster[] {
  const clusters: EventCluster[] = [];
  const byParticipant = new Map<string, Set<number>>();
  // Clusters of events without participants, by family: their only candidates.
  const noPeople = new Map<string, number[]>();
  const byOrder = (a: LocalEvent, b: LocalEvent) =>
    specificity(b) - specificity(a) || (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : a.pos - b.pos);
  // Every mention joins a cluster in one of the passes below; until then it holds none, which the loose pass
  // reads (a mention clustered by an earlier run starts afresh).
  for (const e of all) e.cluster = -1;
  const anchored = all.filter((e) => e.place || e.when).sort(byOrder);
  const loose = all.filter((e) => !e.place && !e.when).sort(byOrder);

  // Clusters of events without participants, by family, as a set for the date blocks' candidates.
  const noPeopleIds = new Set<number>();
  const blocks = new DateBlocks();
  const peoplePlaces = new PersonPlaceBlocks();

  // Candidates share the family and enough participants (score() needs two, or one for a single-person
  // mention): counted through a (family, person) index before any finer check, or, when the mention's date
  // blocks fewer clusters, checked among those, or through (family, person, place) lists when the mention has a
  // place and those are shorter. Events without participants meet their family's pool, or its date or place
  // block when smaller. Conflicts are checked by the passes below, and only for a candidate that would be
  // chosen: most candidates of a large story never get that far.
  const shared = new StampedValues();
  const candidatesOf = (e: LocalEvent): Iterable<number> => {
    const family = eventFamily(e.type);
    // Without blocks every candidate is scanned: the reference the blocks must agree with (tests).
    const dated = opts.blocks === false ? null : blocks.candidateCount(family, e);
    const where = opts.blocks === false ? null : (e.place ?? e.softPlace);
    if (!e.participants.length) {
      const pool = noPeople.get(family) ?? [];
      // The smallest of: the family's pool, its clusters of the mention's dates, those of its place.
      const placed = where === null ? Infinity : peoplePlaces.count(family, [NOBODY], where);
      if (dated !== null && dated < pool.length && dated <= placed) return blocks.candidates(family, e)!.filter((id) => noPeopleIds.has(id));
      if (placed >= pool.length) return pool;
      const [here, unplaced] = peoplePlaces.lists(family, NOBODY, where!);
      return [...here, ...unplaced];
    }
    const needed = Math.min(2, e.participants.length);
    let listed = 0;
    for (const p of e.participants) listed += byParticipant.get(`${family}|${p}`)?.size ?? 0;
    const placed = where === null ? Infinity : peoplePlaces.count(family, e.participants, where);
    if (dated !== null && dated < listed && dated <= placed) {
      // A cluster of the family shares a person exactly when the (family, person) index lists it.
      const sharedWith = (c: EventCluster) => e.participants.filter((p) => c.participants.has(p)).length;
      return blocks.candidates(family, e)!.filter((id) => sharedWith(clusters[id]!) >= needed);
    }
    shared.reset(clusters.length);
    const ids: number[] = [];
    if (placed < listed) {
      // A cluster is in at most one of a person's two lists: counts stay those of shared people.
      for (const p of e.participants) for (const list of peoplePlaces.lists(family, p, where!)) for (const id of list) if (shared.add(id) === needed) ids.push(id);
      return ids;
    }
    for (const p of e.participants) for (const id of byParticipant.get(`${family}|${p}`) ?? []) if (shared.add(id) === needed) ids.push(id);
    return ids;
  };
  const join = (e: LocalEvent, id: number | null) => {
    let c: EventCluster;
    if (id !== null) c = clusters[id]!;
    else {
      c = { id: clusters.length, type: eventFamily(e.type), participants: new Map(), isos: new Set(), weekdays: new Set(), places: new Set(), softPlaces: new Set(), members: [], byDoc: new Map(), window: null };
      clusters.push(c);
      blocks.created(c.type, c.id);
      if (e.participants.length === 0) {
        (noPeople.get(c.type) ?? noPeople.set(c.type, []).get(c.type)!).push(c.id);
        noPeopleIds.add(c.id);
        peoplePlaces.person(c.type, c.id, NOBODY, c.places);
      }
    }
    c.members.push(e);
    (c.byDoc.get(e.doc) ?? c.byDoc.set(e.doc, []).get(e.doc)!).push(e);
    e.cluster = c.id;
    for (const p of e.participants) {
      const n = c.participants.get(p) ?? 0;
      c.participants.set(p, n + 1);
      const k = `${c.type}|${p}`;
      if (!byParticipant.has(k)) byParticipant.set(k, new Set());
      byParticipant.get(k)!.add(c.id);
      // A person already in the cluster is in its place lists, and place() adds the places it gains later.
      if (n === 0) peoplePlaces.person(c.type, c.id, p, c.places);
    }
    if (e.when?.iso) {
      c.isos.add(e.when.iso);
      const day = dayOf(e.when.iso);
      if (day && PEOPLE_EVENTS.has(c.type)) blocks.dated(c.type, c.id, [day]);
      if (day && !PEOPLE_EVENTS.has(c.type) && (!c.window || day < addDays(c.window[0], NON_PEOPLE_DAYS_BEFORE))) {
        c.window = [addDays(day, -NON_PEOPLE_DAYS_BEFORE), addDays(day, NON_PEOPLE_DAYS_AFTER)];
        blocks.dated(c.type, c.id, blocks.windowDays(day, NON_PEOPLE_DAYS_BEFORE, NON_PEOPLE_DAYS_AFTER));
      }
    }
    if (e.when?.weekday) {
      c.weekdays.add(e.when.weekday);
      blocks.weekday(c.type, c.id, e.when.weekday);
    }
    if (e.place && !c.places.has(e.place)) {
      peoplePlaces.place(c.type, c.id, e.place, noPeopleIds.has(c.id) ? [NOBODY] : c.participants.keys(), c.places.size === 0);
      c.places.add(e.place);
    } else if (!e.place && e.softPlace) c.softPlaces.add(e.softPlace);
  };

  // The best-scoring compatible candidate, the lowest id among equals.
  for (const e of anchored) {
    let best: number | null = null;
    let bestScore = 0;
    for (const id of candidatesOf(e)) {
      const s = score(e, clusters[id]!) + clusters[id]!.members.length * 1e-3;
      if (s >= 1 && (s > bestScore || (s === bestScore && id < best!)) && !conflicts(e, clusters[id]!)) [best, bestScore] = [id, s];
    }
    join(e, best);
  }

  // The two best compatible candidates, by rank, then size, then the lowest id.
  type Ranked = { id: number; rank: number; size: number };
  const before = (x: Ranked, y: Ranked | null) => !y || x.rank > y.rank || (x.rank === y.rank && (x.size > y.size || (x.size === y.size && x.id < y.id)));
  // Each article's mentions, to find the clusters that already hold one of them.
  const byDoc = new Map<string, LocalEvent[]>();
  for (const e of all) (byDoc.get(e.doc) ?? byDoc.set(e.doc, []).get(e.doc)!).push(e);
  for (const e of loose) {
    let first: Ranked | null = null;
    let second: Ranked | null = null;
    // The clusters holding a mention of this article with the same people (a cluster's byDoc, read the other way).
    const people = e.participants.join();
    const sameDocClusters = new Set<number>();
    for (const m of byDoc.get(e.doc)!) if (m.cluster >= 0 && m.participants.join() === people) sameDocClusters.add(m.cluster);
    for (const id of candidatesOf(e)) {
      const c = clusters[id]!;
      const s = score(e, c);
      if (s < 1) continue;
      const sameDoc = sameDocClusters.has(id);
      const place = e.softPlace !== null && c.places.has(e.softPlace);
      // Better-attested events win ties: a mention is likelier to refer to what many articles report.
      const attested = Math.min(3, c.members.length - 1) * 0.5;
      const x = { id, rank: s + (sameDoc ? 10 : 0) + (place ? 3 : 0) + attested, size: c.members.length };
      if (!before(x, second) || conflicts(e, c)) continue;
      if (before(x, first)) [first, second] = [x, first];
      else second = x;
    }
    // A tie between two events the mention fits equally well: it joins neither.
    const clear = first && (!second || first.rank > second.rank || clusters[second.id]!.places.size + clusters[second.id]!.isos.size === 0);
    join(e, clear ? first!.id : null);
  }
  return clusters;
}

/** A stable, readable key: "meeting:antony-blinken+qin-gang:2023-06-18:beijing". */
export function clusterRecord(c: EventCluster, used: Set<string>, names: Map<string, string> = new Map()): Omit<EventRecord, 'claims' | 'sources'> {
  const participants = [...c.participants].filter(([, n]) => n * 2 >= Math.max(...c.participants.values()) || c.participants.size <= 3).map(([p]) => p).sort();
  const iso = [...c.isos].sort((a, b) => b.length - a.length || (a < b ? -1 : 1))[0] ?? null;
  const weekday = [...c.weekdays].sort()[0] ?? null;
  // Without a stated place, the place its articles are set in (when they agree) names the event.
  const place = [...c.places].sort()[0] ?? (c.softPlaces.size === 1 ? [...c.softPlaces][0]! : null);
  const dateText = iso ?? (weekday !== null ? `weekday-${weekday}` : 'undated');
  let key = `${c.type}:${participants.join('+') || 'unknown'}:${dateText}:${place ?? 'unplaced'}`;
  if (used.has(key)) {
    let n = 2;
    while (used.has(`${key}#${n}`)) n++;
    key = `${key}#${n}`;
  }
  used.add(key);
  const shown = participants.map((p) => names.get(p) ?? p.replace(/-/g, ' ')).join(', ');
  const label = `${c.type}${shown ? ` of ${shown}` : ''}${iso ? `, ${iso}` : weekday !== null ? `, ${WEEKDAY_NAMES[Number(weekday)]}` : ''}${place ? `, ${names.get(place) ?? place}` : ''}`;
  return { key, label, type: c.type, participants, date: iso, place };
}

const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
