// Place claims: where something happened, from a locative preposition before a known or capitalised place
// ("à Pékin", "in Jakarta"), a venue ("à l'hôtel Bayerischer Hof", "at the Great Hall of the People") or the
// host event ("en marge de la conférence de Munich").
import type { ExtractContext } from './context.ts';
import type { ClaimDraft, PlaceValue } from '../types.ts';
import { analyse, type RichMention } from './entities/analyse.ts';
import { joinable, lexicon } from './entities/lexicon.ts';
import { STOPWORDS } from './entities/stopwords.ts';
import { foldKey, type Token } from './entities/tokens.ts';
import type { TitleSpan } from './entities/titles.ts';

// No bare "a": it is also the folded French "à".
const DETS = new Set(['la', 'le', 'l', 'les', 'the', 'un', 'une', 'an']);
const OF = new Set(['de', 'du', 'des', 'd', 'of']);

/** Extracts place claims (kind 'place'); offsets are into the working text. */
export function extractPlaces(ctx: ExtractContext): ClaimDraft[] {
  const a = analyse(ctx);
  const out: ClaimDraft[] = [];
  const bySentence = new Map<number, RichMention[]>();
  for (const m of a.mentions) {
    const list = bySentence.get(m.s);
    if (list) list.push(m);
    else bySentence.set(m.s, [m]);
  }
  for (let s = 0; s < a.tokens.length; s++) {
    const toks = a.tokens[s]!;
    if (toks.length > 0) sentencePlaces(out, ctx.text, toks, a.titles[s]!, bySentence.get(s));
  }
  return out.sort((x, y) => x.start - y.start);
}

/**
 * The place claims of one sentence. Split into a function per kind of place: V8 recompiles a whole optimised
 * function when one of its rare branches is first taken, and a small one costs less to recompile.
 */
function sentencePlaces(out: ClaimDraft[], text: string, toks: Token[], titles: TitleSpan[], mentions: RichMention[] | undefined): void {
  const lx = lexicon();
  // Tokens inside a title, marked once: "l'ancien ambassadeur de Pékin à Washington" names no event place.
  // A plain array: a small typed array per sentence costs V8 far more to allocate.
  const titled: number[] = new Array<number>(toks.length).fill(0);
  for (const t of titles) for (let k = t.first; k <= t.last; k++) titled[k] = 1;
  const hasEvent = toks.some((_, k) => lx.events.match(toks, k, text) !== null);
  const seen = new Set<string>();
  const venueTokens = venuePlaces(out, seen, text, toks, titled, hasEvent);
  unknownDateline(out, seen, text, toks, mentions);
  if (!mentions) return;
  for (const m of mentions) if (m.type === 'place' && titled[m.first] !== 1 && !inSpans(venueTokens, m.first)) mentionPlace(out, seen, text, toks, m, hasEvent);
  // "Munich Security Conference": an event named after its host city.
  for (const m of mentions) if (m.type === 'org' && m.first !== m.last) hostCity(out, seen, text, toks, m);
}

/** Emits the sentence's venues and undisclosed locations; returns the venues' first and last tokens, flat (first,
 * last, first, last…: one array of small integers). */
function venuePlaces(out: ClaimDraft[], seen: Set<string>, text: string, toks: Token[], titled: number[], hasEvent: boolean): number[] {
  const lx = lexicon();
  const venueTokens: number[] = [];
  let noVenueUntil = -1;
  // Venues first, so "à l'hôtel X à Munich" yields the venue and the city.
  for (let k = 0; k < toks.length; k++) {
    const und = lx.undisclosed.match(toks, k, text);
    if (und) {
      const p = prepAt(toks, k, text);
      emit(out, seen, toks[p]!.start, toks[und.end]!.end, { place: text.slice(toks[k]!.start, toks[und.end]!.end), placeKey: 'undisclosed-location', level: 'venue' }, 0.6);
      k = und.end;
      continue;
    }
    // Inside a capitalised run already scanned without a venue head, no later start finds one either:
    // skipping keeps long runs of names linear.
    if (k < noVenueUntil) continue;
    const v = venueAt(toks, k, text);
    if (!v) {
      if (toks[k]!.cap) noVenueUntil = capitalisedRunEnd(toks, k, text);
      continue;
    }
    if (titled[k] === 1) continue;
    const p = prepAt(toks, k, text);
    if (p === k) continue;
    const place = text.slice(toks[v.first]!.start, toks[v.last]!.end);
    venueTokens.push(v.first, v.last);
    emit(out, seen, toks[p]!.start, toks[v.last]!.end, { place, placeKey: foldKey(v.name), level: 'venue' }, hasEvent ? 0.8 : 0.6);
    k = v.last;
  }
  return venueTokens;
}

/** The claim of a place mention, if its context makes it where something happened. */
function mentionPlace(out: ClaimDraft[], seen: Set<string>, text: string, toks: Token[], m: RichMention, hasEvent: boolean): void {
  const lx = lexicon();
  // "un soutien à la Russie": French "à" before a country is a dative; countries take "en"/"au".
  if (m.prep === 'a' && m.alias?.level === 'country') return;
  const level = m.alias?.level ?? (m.prep && lx.countryPrepositions.has(m.prep) ? 'unknown' : 'city');
  const value: PlaceValue = { place: m.text, placeKey: m.key, level: level === 'venue' ? 'venue' : level };
  if (m.prep) {
    const p = prepAt(toks, m.first, text);
    let conf = hasEvent ? 0.75 : 0.55;
    // "se rendre à Washington", "visit Washington": a destination, not where the event happened.
    if (destinationBefore(toks, p)) conf = 0.35;
    emit(out, seen, toks[p]!.start, m.end, value, conf);
    return;
  }
  // "la conférence de Munich", "le sommet de Bali": the city that hosts the event.
  const before = m.first >= 2 ? toks[m.first - 1]! : null;
  if (before && OF.has(before.fold) && lx.eventNouns.has(toks[m.first - 2]!.fold) && joinable(text, before, toks[m.first]!)) {
    emit(out, seen, toks[m.first - 2]!.start, m.end, value, hasEvent ? 0.65 : 0.5);
    return;
  }
  // "MUNICH (Reuters) -", "BRUSSELS, March 12 (Reuters) -": a dateline city at the start of a paragraph.
  if (m.alias && isDateline(text, m.start, m.end)) emit(out, seen, m.start, m.end, value, 0.4);
}

// After a dateline's city: its region or date, then the agency in brackets ("MUNICH (Reuters) -",
// "BRUSSELS, March 12 (Reuters) -", "WOODSIDE, California (CNN) —").
const DATELINE_AFTER = /^\s*(?:,[^(\n]{1,30})?\(/;

/** True when the span [start, end) opens its line and a dateline's tail follows it. Bounded: only the blanks
 * before the span are read, never the rest of a long line. */
export function isDateline(text: string, start: number, end: number): boolean {
  if (!DATELINE_AFTER.test(text.slice(end, end + 40))) return false;
  let k = start - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t' || text[k] === '\r')) k--;
  return k < 0 || text[k] === '\n';
}

/**
 * "WOODSIDE, California (CNN) —": a dateline city the lexicon does not know, written in capitals as wire copy
 * writes it, at the start of its paragraph. A weak place claim, as for a known one.
 */
function unknownDateline(out: ClaimDraft[], seen: Set<string>, text: string, toks: Token[], mentions: RichMention[] | undefined): void {
  let last = -1;
  while (last + 1 < toks.length && last < 2 && toks[last + 1]!.upper && toks[last + 1]!.text.length >= 3) last++;
  if (last < 0) return;
  // A known name is read by the mention path (a city) or is no place (an organisation).
  if (mentions?.some((m) => m.first <= last)) return;
  const start = toks[0]!.start;
  const end = toks[last]!.end;
  if (!isDateline(text, start, end)) return;
  const name = text.slice(start, end);
  emit(out, seen, start, end, { place: name, placeKey: foldKey(name), level: 'city' }, 0.4);
}

/** "Munich Security Conference": the host city of an organisation mention named after it. */
function hostCity(out: ClaimDraft[], seen: Set<string>, text: string, toks: Token[], m: RichMention): void {
  const lx = lexicon();
  const host = lx.aliases.match(toks, m.first, text);
  if (host && host.value.type === 'place' && host.end < m.last && lx.eventNouns.has(toks[m.last]!.fold)) {
    const name = text.slice(toks[m.first]!.start, toks[host.end]!.end);
    emit(out, seen, m.start, m.end, { place: name, placeKey: host.value.key, level: host.value.level === 'country' ? 'country' : 'city' }, 0.5);
  }
}

// Helpers at module level, not closures in the sentence loop: a closure per sentence was a visible cost.

/** Adds a place claim unless the sentence already has one for that place. */
function emit(out: ClaimDraft[], seen: Set<string>, start: number, end: number, value: PlaceValue, confidence: number): void {
  if (seen.has(value.placeKey)) return;
  seen.add(value.placeKey);
  out.push({ kind: 'place', start, end, value, confidence: Math.round(confidence * 100) / 100 });
}

/** Whether token k lies in one of the spans, given as first, last, first, last… */
function inSpans(spans: number[], k: number): boolean {
  for (let x = 0; x < spans.length; x += 2) if (spans[x]! <= k && k <= spans[x + 1]!) return true;
  return false;
}

/** A destination word ("se rendre", "visit") among the four tokens before token k. */
function destinationBefore(toks: Token[], k: number): boolean {
  const lx = lexicon();
  for (let x = Math.max(0, k - 4); x < k; x++) if (lx.destinationWords.has(toks[x]!.fold)) return true;
  return false;
}

function isPrep(t: Token): boolean {
  const lx = lexicon();
  return lx.prepositions.fr!.has(t.fold) || lx.prepositions.en!.has(t.fold);
}

/** The index just past the run of joined capitalised tokens that starts at k. */
function capitalisedRunEnd(toks: Token[], k: number, text: string): number {
  let j = k;
  while (j + 1 < toks.length && toks[j + 1]!.cap && joinable(text, toks[j]!, toks[j + 1]!)) j++;
  return j + 1;
}

/** Index of the locative preposition (and determiner) before token k, or k itself. */
function prepAt(toks: Token[], k: number, text: string): number {
  const lx = lexicon();
  let p = k - 1;
  if (p >= 0 && DETS.has(toks[p]!.fold) && !isPrep(toks[p]!) && joinable(text, toks[p]!, toks[k]!)) p--;
  if (p >= 0 && (lx.prepositions.fr!.has(toks[p]!.fold) || lx.prepositions.en!.has(toks[p]!.fold)) && joinable(text, toks[p]!, toks[p + 1]!)) return p;
  return k;
}

/**
 * A venue at token k: a venue head followed by its name ("l'hôtel Bayerischer Hof", "la maison d'hôtes de
 * l'État de Diaoyutai"), or a capitalised name that contains a venue head ("Diaoyutai State Guesthouse",
 * "Great Hall of the People").
 */
function venueAt(toks: Token[], k: number, text: string): { first: number; last: number; name: string } | null {
  const lx = lexicon();
  const t = toks[k]!;
  const head = lx.venueHeads.match(toks, k, text);
  if (head && !t.cap) {
    // Lower-case head: the name follows, directly or after "de (l')".
    let j = head.end + 1;
    let last = -1;
    while (j < toks.length && j - head.end <= 8 && joinable(text, toks[j - 1]!, toks[j]!)) {
      const w = toks[j]!;
      if (w.cap && !STOPWORDS.has(w.fold)) last = j;
      else if (!(OF.has(w.fold) || DETS.has(w.fold)) || last >= 0 && !OF.has(w.fold) && !DETS.has(w.fold)) break;
      else if (last >= 0 && !(toks[j + 1]?.cap || DETS.has(toks[j + 1]?.fold ?? ''))) break;
      // A known place after the name ends the venue ("à Munich" is handled as the city).
      if (w.cap && lx.aliases.match(toks, j, text)?.value.type === 'place' && last !== j) break;
      j++;
    }
    if (last < 0) return null;
    // "at the center of China" is not a venue: the name after the head is a known place.
    const firstCap = toks.findIndex((x, i) => i > head.end && x.cap);
    if (lx.aliases.match(toks, firstCap, text)?.value.type === 'place' && !toks.slice(firstCap, last + 1).some((x) => !lx.aliases.has(x.fold) && x.cap)) return null;
    const nameStart = toks.findIndex((x, i) => i > head.end && x.cap);
    return { first: k, last, name: text.slice(toks[nameStart]!.start, toks[last]!.end) };
  }
  if (!t.cap || STOPWORDS.has(t.fold)) return null;
  // Capitalised run that contains a venue head word.
  let j = k;
  let hasHead = false;
  while (j < toks.length) {
    const w = toks[j]!;
    if (lx.venueHeads.match(toks, j, text)) hasHead = true;
    const n = toks[j + 1];
    if (!n || !joinable(text, w, n)) break;
    if (n.cap && !STOPWORDS.has(n.fold)) {
      j++;
      continue;
    }
    // "Great Hall of the People".
    if (hasHead && n.fold === 'of' && toks[j + 2] && (toks[j + 2]!.cap || (toks[j + 2]!.fold === 'the' && toks[j + 3]?.cap))) {
      j += toks[j + 2]!.fold === 'the' ? 3 : 2;
      continue;
    }
    // "the Filoli estate": an English name before a lower-case head word ends with it.
    const tail = !hasHead && !n.cap ? lx.venueHeads.match(toks, j + 1, text) : null;
    if (tail) {
      hasHead = true;
      j = tail.end;
    }
    break;
  }
  if (!hasHead || j === k && !lx.venueHeads.match(toks, k, text)) return null;
  if (j === k) return null;
  return { first: k, last: j, name: text.slice(toks[k]!.start, toks[j]!.end) };
}
