// Align: resolve entities across documents, build events, attach every claim to the event its context speaks of,
// and turn drafts into claims with evidence in original-text offsets.
import type { Claim, ClaimDraft, DateValue, EventRecord, InvitationValue, MeetingValue, PlaceValue, QuoteValue, RoleValue, SourceDoc } from '../types.ts';
import { DocIndex, sentenceIndexAt, type DocAnalysis } from './analysis.ts';
import { unifyEntities } from './entities.ts';
import { namedEventBefore } from './named-events.ts';
import { clusterEvents, clusterRecord, eventFamily, localEvents, PEOPLE_EVENTS, STATEMENT_BEFORE, type LocalEvent } from './events.ts';

export interface AlignResult {
  claims: Claim[];
  events: EventRecord[];
  /** How many claims the documents make, kept or not (see AlignOptions.keep). */
  total: number;
}

/** What a large run does not need kept: by default align keeps everything and leaves its input alone. */
export interface AlignOptions {
  /**
   * Consume the analyses: drafts get their canonical keys in place rather than in copies, and each entry of the
   * array is dropped once its document's claims are built, so that the analyses (sentences, mentions, drafts) and
   * the claims made from them are never all in memory together.
   */
  release?: boolean;
  /** Keep only the claims this accepts (a run whose report lists no claims needs only those rules compare). */
  keep?: (claim: Claim) => boolean;
  /** Give each claim the sentence it stands in (`evidence.sentence`); default true. Off, the sentence is "". */
  sentences?: boolean;
  /**
   * Empty each document's working text (`text`, `offsets`) once its claims are built, for runs whose report shows
   * no text: the texts are then let go one by one during align rather than all together after it.
   */
  releaseText?: boolean;
  /** Called every ALIGNED_BATCH documents, when `release` has let their analyses go (the pipeline's HeapWatch). */
  afterBatch?: () => void;
}

// Documents aligned between two afterBatch calls.
const ALIGNED_BATCH = 2000;

/** Maps a span of the working text to the original text. */
export function toOriginal(doc: SourceDoc, start: number, end: number): { start: number; end: number } {
  if (!doc.offsets) return { start, end };
  const s = doc.offsets[start]!;
  if (end <= start) return { start: s, end: s };
  const last = doc.offsets[end - 1]!;
  let e = last + 1;
  // A decoded entity ("&amp;") maps to its first character: extend to its end.
  if (doc.original[last] === '&') {
    const semi = doc.original.indexOf(';', last);
    if (semi > last && semi - last <= 12) e = semi + 1;
  }
  return { start: s, end: e };
}

function remap(keys: Map<string, string>, k: string): string {
  return keys.get(k) ?? k;
}

/** Rewrites entity keys inside a draft with the cross-document canonical keys. */
function unifyDraft(d: ClaimDraft, keys: Map<string, string>): ClaimDraft {
  return Object.assign({ ...d, attribution: d.attribution }, unifiedParts(d, keys));
}

/**
 * The draft's fields that name entities, with canonical keys: only the fields whose keys change are given, so that
 * a draft rewritten in place allocates nothing when its keys are already canonical (most are).
 */
function unifiedParts(d: ClaimDraft, keys: Map<string, string>): Partial<Pick<ClaimDraft, 'entities' | 'value' | 'attribution'>> {
  const out: Partial<Pick<ClaimDraft, 'entities' | 'value' | 'attribution'>> = {};
  if (d.entities) {
    const entities = [...new Set(d.entities.map((k) => remap(keys, k)))];
    if (entities.length !== d.entities.length || entities.some((k, i) => k !== d.entities![i])) out.entities = entities;
  }
  if (d.kind === 'meeting') {
    const v = d.value as MeetingValue;
    if (v.participants.some((p) => remap(keys, p) !== p)) out.value = { ...v, participants: v.participants.map((p) => remap(keys, p)) };
  } else if (d.kind === 'quote') {
    const v = d.value as QuoteValue;
    const speaker = v.speaker ? remap(keys, v.speaker) : null;
    if (speaker !== v.speaker) out.value = { ...v, speaker };
  } else if (d.kind === 'role') {
    const v = d.value as RoleValue;
    if (remap(keys, v.person) !== v.person) out.value = { ...v, person: remap(keys, v.person) };
  }
  if (d.attribution?.entity && remap(keys, d.attribution.entity) !== d.attribution.entity) out.attribution = { ...d.attribution, entity: remap(keys, d.attribution.entity) };
  return out;
}

/** The event a non-meeting claim speaks of, from its own document's event mentions. */
/** One document's event mentions, indexed for attach(): by sentence, by date claim, and in text order. */
interface DocEvents {
  list: LocalEvent[];
  bySentence: Map<number, LocalEvent[]>;
  byWhen: Map<number, LocalEvent>;
  /** Sorted by position. */
  ordered: LocalEvent[];
  clusters: Set<number>;
}

function indexEvents(events: LocalEvent[]): DocEvents {
  const bySentence = new Map<number, LocalEvent[]>();
  const byWhen = new Map<number, LocalEvent>();
  for (const e of events) {
    (bySentence.get(e.sentence) ?? bySentence.set(e.sentence, []).get(e.sentence)!).push(e);
    if (e.whenStart !== null && !byWhen.has(e.whenStart)) byWhen.set(e.whenStart, e);
  }
  return { list: events, bySentence, byWhen, ordered: [...events].sort((x, y) => x.pos - y.pos), clusters: new Set(events.map((e) => e.cluster)) };
}

// From this length on (seconds), a duration measures a trip or a mission.
const TRIP_SECONDS = 20 * 3600;

// How far back (characters) an event noun that a claim qualifies may start ("the 30-minute meeting").
const QUALIFIED_NOUN_WINDOW = 200;

/** The event a non-meeting claim speaks of, from its own document's event mentions. */
function attach(d: ClaimDraft, a: DocAnalysis, idx: DocIndex, ev: DocEvents): LocalEvent | null {
  if (ev.list.length === 0) return null;
  // A date belongs to an event only when it is the date that event mention was dated with.
  if (d.kind === 'date') return ev.byWhen.get(d.start) ?? null;
  const s = sentenceIndexAt(a.sentences, d.start);
  const sentence = a.sentences[s];
  // Same sentence: the closest mention, unless the claim qualifies a bare event noun of its own ("the 30-minute
  // meeting could pave the way for a summit between Xi and Biden"): that noun refers back to an earlier event.
  const qualifiesAnaphor = idx
    .draftsStartingIn(d.start - QUALIFIED_NOUN_WINDOW, d.end + 4)
    .some((m) => m.kind === 'meeting' && m.confidence < 0.5 && (Math.abs(m.start - d.end) <= 3 || Math.abs(d.start - m.end) <= 3));
  // In a sentence naming both a meeting and its host event ("en marge de la conférence de Munich"), words and
  // lengths belong to the meeting, crowd counts and tolls to the non-people event.
  const all = ev.bySentence.get(s) ?? [];
  const wantsPeople = d.kind !== 'count' && d.kind !== 'money';
  // "une mission de deux jours", "a two-day trip": a length of days measures a visit, never a session.
  const long = d.kind === 'duration' && (d.value as { amount: number }).amount >= TRIP_SECONDS;
  if (long) {
    const trips = [...all, ...ev.ordered].filter((e) => eventFamily(e.type) === 'visit');
    return trips.length ? trips.reduce((b, e) => (Math.abs(e.pos - d.start) < Math.abs(b.pos - d.start) ? e : b)) : null;
  }
  const preferred = all.filter((e) => PEOPLE_EVENTS.has(eventFamily(e.type)) === wantsPeople);
  const same = preferred.length ? preferred : all;
  if (same.length && !qualifiesAnaphor) return same.reduce((b, e) => (Math.abs(e.pos - d.start) < Math.abs(b.pos - d.start) ? e : b));
  // People named around the claim point to the event they took part in (nearest preceding first).
  const peopleIn = (i: number) => {
    const x = a.sentences[i];
    return x ? idx.mentionsIn(x.start, x.end).filter((m) => m.type === 'person').map((m) => m.key) : [];
  };
  // People of the claim's sentence, or of the sentence before when it names none ("Les négociations ont duré…").
  let people = [...(d.entities ?? []), ...peopleIn(s)];
  if (people.length === 0 && s > 0) people = peopleIn(s - 1);
  const named = new Set(people);
  // Walk back from the claim through the mentions before it: the first sharing people within six sentences,
  // else the nearest one in the same paragraph or the sentence just before.
  let near: LocalEvent | null = null;
  let lo = 0;
  let hi = ev.ordered.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ev.ordered[mid]!.pos <= d.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0; i--) {
    const e = ev.ordered[i]!;
    if (s - e.sentence > 6) break;
    if (e.sentence < s + (qualifiesAnaphor ? 0 : 1) && e.participants.some((p) => named.has(p))) return e;
    if (!near && (e.paragraph === sentence?.paragraph || s - e.sentence <= 1)) near = e;
  }
  if (!near && lo > 0) {
    const e = ev.ordered[lo - 1]!;
    if (e.paragraph === sentence?.paragraph || s - e.sentence <= 1) near = e;
  }
  if (near) return near;
  // A document about a single event: everything in it is about that event.
  if (ev.clusters.size === 1) return ev.list[0]!;
  return null;
}

// Titles that make a person speak for someone else ("porte-parole de Blinken", "State Department spokesman").
const SPEAKS_FOR = /porte-parole|spokes(?:man|woman|person)|press secretary|attach[ée] de presse|ambassad|repr[ée]sentant|envoy|envoy[ée]/i;

/**
 * Who a person speaks for, from their titles: the organisations named in a title ("porte-parole du département
 * d'État"), and the people a spokesperson speaks for. Used so that quotes of a spokesperson and of the body match.
 */
function voices(analyses: DocAnalysis[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const a of analyses)
    for (const d of a.drafts) {
      if (d.kind !== 'role') continue;
      const v = d.value as RoleValue;
      const linked = new DocIndex(a)
        .mentionsIn(d.start, d.end)
        .filter((m) => m.key !== v.person && (m.type === 'org' || (m.type === 'person' && SPEAKS_FOR.test(v.title))));
      if (!linked.length) continue;
      const set = out.get(v.person) ?? new Set<string>();
      for (const m of linked) set.add(m.key);
      out.set(v.person, set);
    }
  return out;
}

/**
 * An inviter written as a title only ("The Foreign Minister invited them…") is the one person named in the article
 * whom the sources give exactly that title (not an equivalent one: a Secretary of State is not called "the Foreign
 * Minister"). When no one or several people qualify, the inviter stays unknown.
 */
function resolveTitledInviters(analyses: DocAnalysis[]): void {
  let holders: Map<string, Set<string>> | null = null;
  for (const a of analyses)
    for (let i = 0; i < a.drafts.length; i++) {
      const d = a.drafts[i]!;
      if (d.kind !== 'invitation') continue;
      const v = d.value as InvitationValue;
      if (v.inviter || !v.inviterTitle) continue;
      holders ??= titleHolders(analyses);
      // Among the people the article names: another story's foreign minister is not this one.
      const named = new Set(a.mentions.filter((m) => m.type === 'person').map((m) => m.key));
      const people = [...(holders.get(v.inviterTitle) ?? [])].filter((p) => named.has(p));
      if (people.length !== 1) continue;
      const [person] = people;
      a.drafts[i] = { ...d, value: { ...v, inviter: person! }, entities: [...new Set([...(d.entities ?? []), person!])].sort() };
    }
}

function titleHolders(analyses: DocAnalysis[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const a of analyses)
    for (const d of a.drafts) {
      if (d.kind !== 'role') continue;
      const v = d.value as RoleValue;
      if (v.qualifier) continue;
      const set = out.get(v.titleKey) ?? new Set<string>();
      set.add(v.person);
      out.set(v.titleKey, set);
    }
  return out;
}

/** How each entity is best written: its longest surface form among the most frequent ones ("Antony Blinken"). */
function displayNames(analyses: DocAnalysis[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const a of analyses)
    for (const m of a.mentions) {
      const text = m.text.replace(/\s+/g, ' ').trim();
      if (!/^\p{Lu}/u.test(text)) continue;
      const c = counts.get(m.key) ?? new Map<string, number>();
      c.set(text, (c.get(text) ?? 0) + text.split(' ').length);
      counts.set(m.key, c);
    }
  const out = new Map<string, string>();
  for (const [key, c] of counts) out.set(key, [...c].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]![0]);
  return out;
}

export function align(analyses: DocAnalysis[], opts: AlignOptions = {}): AlignResult {
  const keys = unifyEntities(new Map(analyses.map((a) => [a.doc.id, a.mentions])));
  // Keys are rewritten in place: the analyses belong to this run, and copying them would double the memory of
  // the largest structures at the largest corpus sizes.
  for (const a of analyses) {
    for (const m of a.mentions) m.key = remap(keys, m.key);
    if (opts.release) for (const d of a.drafts) Object.assign(d, unifiedParts(d, keys));
    else a.drafts = a.drafts.map((d) => unifyDraft(d, keys));
  }
  const unified = analyses;
  resolveTitledInviters(unified);
  const speaksFor = voices(unified);
  const perDoc = unified.map((a, i) => localEvents(a, i));
  const clusters = clusterEvents(perDoc.flat());
  const used = new Set<string>();
  // Key clusters in a deterministic order (by their first member's document and position).
  const ordered = [...clusters]
    .map((c) => ({ c, first: firstOf(c.members) }))
    .sort((x, y) => x.first.localeCompare(y.first))
    .map((x) => x.c);
  const recordOf = new Map<number, EventRecord>();
  const names = displayNames(unified);
  for (const c of ordered) recordOf.set(c.id, { ...clusterRecord(c, used, names), claims: [], sources: [] });

  const claims: Claim[] = [];
  // Past events named in passing ("le cyclone Kamisy d'avril 1984"), created when a date names one.
  const named = new Map<string, EventRecord>();
  const namedRecord = (a: DocAnalysis, d: ClaimDraft): EventRecord | null => {
    const e = namedEventBefore(a.doc.text, d.start, a.doc.text.slice(d.start, d.end));
    if (!e) return null;
    let r = named.get(e.key);
    if (!r) named.set(e.key, (r = { key: e.key, label: e.label, type: e.type, participants: [], date: null, place: null, claims: [], sources: [] }));
    return r;
  };
  let total = 0;
  const withSentence = opts.sentences ?? true;
  unified.forEach((a, i) => {
    const events = perDoc[i]!;
    const byPos = new Map(events.map((e) => [e.pos, e]));
    const idx = new DocIndex(a);
    const docEvents = indexEvents(events);
    const reference = referenceDate(a, events, recordOf);
    for (let d of a.drafts) {
      const local = d.kind === 'meeting' ? byPos.get(d.start) ?? null : d.kind === 'role' ? null : attach(d, a, idx, docEvents);
      const record = local ? recordOf.get(local.cluster)! : d.kind === 'date' ? namedRecord(a, d) : null;
      // A title is dated by the day the article speaks of (see referenceDate), so that titles compare in time.
      if (d.kind === 'role' && !(d.value as RoleValue).asOf && reference) {
        d = { ...d, value: { ...(d.value as RoleValue), asOf: reference } };
      }
      // A meeting claim carries the date and place its event mention was given during alignment.
      const draft =
        d.kind === 'meeting' && local
          ? { ...d, value: { ...(d.value as MeetingValue), date: (d.value as MeetingValue).date ?? local.when?.iso ?? local.shownDate ?? null, place: (d.value as MeetingValue).place ?? local.place ?? local.softPlace } }
          : d;
      const claim = toClaim(a, idx, draft, record, local?.participants ?? [], speaksFor, withSentence);
      total++;
      if (!opts.keep || opts.keep(claim)) claims.push(claim);
      if (record) {
        record.claims.push(claim.id);
        // Documents are taken one at a time, so a source already listed is the last one: a look-up of the whole
        // list was quadratic for an event (or a past event named in passing) that thousands of articles mention.
        if (record.sources[record.sources.length - 1] !== a.doc.id) record.sources.push(a.doc.id);
      }
    }
    if (opts.release) (analyses as (DocAnalysis | null)[])[i] = null;
    if (opts.releaseText) {
      a.doc.text = '';
      a.doc.offsets = null;
    }
    if (i % ALIGNED_BATCH === ALIGNED_BATCH - 1) opts.afterBatch?.();
  });
  claims.sort((x, y) => (x.doc < y.doc ? -1 : x.doc > y.doc ? 1 : x.evidence.start - y.evidence.start || (x.id < y.id ? -1 : 1)));
  const events = [...recordOf.values(), ...named.values()]
    .map((e) => ({ ...e, claims: [...e.claims].sort(), sources: [...e.sources].sort() }))
    .sort((x, y) => x.key.localeCompare(y.key));
  return { claims, events, total };
}

/**
 * The day an article speaks of: its publication date; else the first day its own text resolves (a weekday
 * anchored by a photo's date); else the date of the event it shares with other articles that date it.
 */
function referenceDate(a: DocAnalysis, events: LocalEvent[], records: Map<number, EventRecord>): string | null {
  if (a.doc.published.value) return a.doc.published.value;
  for (const d of a.drafts) {
    const v = d.value as DateValue;
    if (d.kind === 'date' && v.iso && /^\d{4}-\d{2}-\d{2}/.test(v.iso) && v.granularity !== 'year' && v.granularity !== 'month') return v.iso.slice(0, 10);
  }
  const counts = new Map<number, number>();
  for (const e of events) counts.set(e.cluster, (counts.get(e.cluster) ?? 0) + 1);
  for (const [id] of [...counts].sort((x, y) => y[1] - x[1] || x[0] - y[0])) {
    const date = records.get(id)?.date;
    if (date && /^\d{4}-\d{2}/.test(date)) return date.slice(0, 10);
  }
  return null;
}

function firstOf(members: LocalEvent[]): string {
  const m = members.reduce((b, e) => (e.doc < b.doc || (e.doc === b.doc && e.pos < b.pos) ? e : b));
  return `${m.doc}\u0000${String(m.pos).padStart(10, '0')}`;
}

// Future and conditional forms that make a figure a forecast (fr + en).
const FORECAST =
  /\b(?:attend(?:ent|u|ue|us|ues)?|pr[ée]vu(?:e|s|es)?|pr[ée]voi(?:t|ent)|pr[ée]visions?|devrai(?:t|ent)|serai(?:t|ent)|pourrai(?:t|ent)|d[ée]fileront|manifesteront|seront|expect(?:s|ed)?|forecasts?|projected|predicted|would|will be)\b/i;

// "partout en France", "dans toute la France", "across the country": the whole of the story's area, not a part of
// it, so the place does not set the figure apart from the national total.
const NATIONWIDE_BEFORE =
  /(?:partout|dans (?:tout|toute|tous|toutes)|à travers|across|throughout|all over)\s+(?:(?:en|au|aux|dans|in)\s+)?(?:(?:le|la|les|the)\s+|l['’])?$/i;
const PLACE_LEAD = /^(?:en|au|aux|dans|in)\s+/i;

function nationwide(text: string, p: ClaimDraft): boolean {
  const lead = PLACE_LEAD.exec(text.slice(p.start, p.end))?.[0] ?? '';
  return NATIONWIDE_BEFORE.test(text.slice(Math.max(0, p.start - 24), p.start) + lead);
}

// How far (characters) a place may be from a figure and still say where the figure applies.
const SCOPE_WINDOW = 60;
// The longest place or date phrase looked for before a figure.
const SCOPE_PHRASE = 120;

/**
 * Where and when a count or an amount applies: the nearest place of its sentence, and the nearest day-level date
 * ("1,27 million le 31 janvier" inside an article about 7 March), close enough. Null when the text gives neither.
 */
function scopeOf(a: DocAnalysis, idx: DocIndex, d: ClaimDraft, eventDate: string | null): string | null {
  if (d.kind !== 'count' && d.kind !== 'money') return null;
  const s = a.sentences[sentenceIndexAt(a.sentences, d.start)];
  if (!s) return null;
  // Only drafts near the figure matter (a place or date at most SCOPE_WINDOW away, up to a long phrase).
  const around = idx.draftsStartingIn(Math.max(s.start, d.start - SCOPE_WINDOW - SCOPE_PHRASE), Math.min(s.end, d.end + SCOPE_WINDOW + 1));
  // A place or date scopes the figure only when no other figure stands between them.
  const figures = around.filter((x) => x !== d && (x.kind === 'count' || x.kind === 'money') && x.start >= s.start && x.end <= s.end);
  const between = (p: ClaimDraft) => figures.some((f) => (f.start >= d.end && f.end <= p.start) || (f.start >= p.end && f.end <= d.start));
  let place: { key: string; dist: number } | null = null;
  let day: { key: string; dist: number } | null = null;
  for (const p of around) {
    if ((p.kind !== 'place' && p.kind !== 'date') || p.start < s.start || p.end > s.end) continue;
    const dist = p.start >= d.end ? p.start - d.end : d.start >= p.end ? d.start - p.end : 0;
    if (dist > SCOPE_WINDOW || between(p)) continue;
    if (p.kind === 'place') {
      if (nationwide(a.doc.text, p)) continue;
      if (!place || dist < place.dist) place = { key: (p.value as PlaceValue).placeKey, dist };
    } else {
      // "the ministry said on Sunday": the day of the statement, not of the figure.
      if (STATEMENT_BEFORE.test(a.doc.text.slice(Math.max(0, p.start - 40), p.start))) continue;
      const v = p.value as DateValue;
      // Only a calendar day scopes a figure ("1,27 million le 31 janvier"); a bare weekday is the story's own day.
      const key = v.iso && /^\d{4}-\d{2}-\d{2}/.test(v.iso) ? v.iso.slice(0, 10) : null;
      // Nor does a span that holds the event's day ("dans la nuit de dimanche à lundi" for a quake on Monday).
      const last = v.isoEnd && /^\d{4}-\d{2}-\d{2}/.test(v.isoEnd) ? v.isoEnd.slice(0, 10) : key;
      const own = key !== null && eventDate !== null && key <= eventDate && eventDate <= last!;
      if (key && !own && (!day || dist < day.dist)) day = { key, dist };
    }
  }
  // "seraient entre 60 000 et 90 000", "expected to march": a forecast is not a count.
  const forecast = FORECAST.test(s.text) ? 'forecast' : null;
  if (!place && !day && !forecast) return null;
  return [place?.key, day?.key, forecast].filter(Boolean).join('@');
}

// The claims of one sentence share its text: one string per sentence, not one per claim.
const SENTENCE_TEXT = new WeakMap<object, string>();

function sentenceText(s: { text: string }): string {
  let t = SENTENCE_TEXT.get(s);
  if (t === undefined) SENTENCE_TEXT.set(s, (t = s.text.replace(/\s+/g, ' ').trim()));
  return t;
}

function toClaim(
  a: DocAnalysis,
  idx: DocIndex,
  d: ClaimDraft,
  event: EventRecord | null,
  participants: string[],
  speaksFor: Map<string, Set<string>>,
  withSentence: boolean,
): Claim {
  const { doc } = a;
  const { start, end } = toOriginal(doc, d.start, d.end);
  const s = a.sentences[sentenceIndexAt(a.sentences, d.start)];
  const speaker = d.kind === 'quote' ? (d.value as QuoteValue).speaker : null;
  // A quote's speaker counts as identified only when it is an entity of the article ("Antony Blinken", "le
  // ministère"), not a description ("un haut responsable"): the quote kind matches descriptions with anyone.
  const identified = speaker !== null && idx.a.mentions.some((m) => m.key === speaker);
  const entities = [
    ...new Set([
      ...(d.entities ?? []).filter((e) => d.kind !== 'quote' || identified || e !== speaker),
      ...(d.kind === 'duration' || d.kind === 'count' ? participants : []),
      ...(speaker && identified ? (speaksFor.get(speaker) ?? []) : []),
    ]),
  ].sort();
  return {
    id: `${doc.id}#${d.kind}@${start}-${end}`,
    kind: d.kind,
    doc: doc.id,
    evidence: { source: doc.id, start, end, text: doc.original.slice(start, end), sentence: s && withSentence ? sentenceText(s) : '' },
    subject: { entities, event: event?.key ?? null, scope: scopeOf(a, idx, d, event?.date?.slice(0, 10) ?? null) },
    value: d.value,
    hedge: d.hedge ?? null,
    interval: d.interval ?? null,
    attribution: d.attribution ?? null,
    confidence: Math.round(d.confidence * 1000) / 1000,
  };
}
