// "The first X since Y" claims: a first or a superlative ("première visite", "le plus violent", "highest-ranking",
// "inédit") followed, in the same sentence, by a reference: a date ("depuis octobre 2018", "since 2019"), a gap
// ("en cinq ans", "in almost five years", "depuis près d'un siècle") or an event ("depuis que…", "since Biden took
// office"). The reference becomes the interval of dates it implies, so that "since 2018" and "in five years"
// (published 2023) can be compared. Words live in rules/lexicon/first-since.json.
import { readPackageJson } from '../paths.ts';
import type { ClaimDraft, FirstSinceValue } from '../types.ts';
import { addMonths, formatMonth, parsePartialIso } from './calendar.ts';
import type { ExtractContext } from './context.ts';
import { analyseDates, PhraseMap, resolvePublished, type DateMention, type Tok } from './date.ts';

interface FirstSinceLexicon {
  first: Record<string, string>;
  notFirstAfter: string[];
  superlatives: Record<string, string>;
  superlativePrefixes: string[];
  adjectives: Record<string, string>;
  since: string[];
  gapPrepositions: string[];
  goBack: string[];
  toFind: string[];
  hedges: Record<string, string>;
  vagueGaps: Record<string, number>;
  units: Record<string, number>;
  determiners: string[];
  stopWords: string[];
}

const LEX = readPackageJson<FirstSinceLexicon>('rules', 'lexicon', 'first-since.json');
const FIRST = new PhraseMap(Object.entries(LEX.first));
const NOT_FIRST_AFTER = new Set(LEX.notFirstAfter);
const SUPERLATIVES = new PhraseMap(Object.entries(LEX.superlatives));
const SUP_PREFIX = new PhraseMap(LEX.superlativePrefixes.map((k): [string, true] => [k, true]));
const ADJECTIVES = new PhraseMap(Object.entries(LEX.adjectives));
const SINCE = new Set(LEX.since);
const GAP_PREP = new Set(LEX.gapPrepositions);
const GO_BACK = new PhraseMap(LEX.goBack.map((k): [string, true] => [k, true]));
const TO_FIND = new PhraseMap(LEX.toFind.map((k): [string, true] => [k, true]));
const HEDGES = new PhraseMap(Object.entries(LEX.hedges));
const VAGUE = new PhraseMap(Object.entries(LEX.vagueGaps));
const UNITS = new PhraseMap(Object.entries(LEX.units));
const DETERMINERS = new Set(LEX.determiners);
const STOP = new Set(LEX.stopWords);
const NUMBER_WORDS = new Map(Object.entries(readPackageJson<{ numbers: Record<string, number> }>('rules', 'lexicon', 'dates.json').numbers));

/** How far (tokens) a reference may follow its trigger, and a date its "depuis"/"since". */
const TRIGGER_WINDOW = 40;
const SINCE_WINDOW = 16;

interface Trigger {
  start: number;
  end: number;
  form: string;
  /** Index of the superlative prefix ("le plus"), to look for the noun before it ("le cyclone le plus violent"). */
  prefixAt: number | null;
}

/** A gap of years as written: "cinq ans", "près d'un siècle", "decades". */
interface Gap {
  end: number;
  years: number;
  hedge: string | null;
  vague: boolean;
  round: boolean;
}

export function extractFirstSince(ctx: ExtractContext): ClaimDraft[] {
  const { tokens: t, mentions: dates } = analyseDates(ctx);
  if (t.length === 0) return [];
  const pub = resolvePublished(ctx.doc);
  const out: ClaimDraft[] = [];
  let ti = 0;
  let di = 0;
  for (const s of ctx.sentences) {
    while (ti < t.length && t[ti]!.s < s.start) ti++;
    let b = ti;
    while (b < t.length && t[b]!.e <= s.end) b++;
    while (di < dates.length && dates[di]!.start < s.start) di++;
    const sentDates: DateMention[] = [];
    for (let k = di; k < dates.length && dates[k]!.start < s.end; k++) sentDates.push(dates[k]!);
    scanSentence(t, ti, b, sentDates, pub, out);
    ti = b;
  }
  return out;
}

function scanSentence(t: Tok[], a: number, b: number, dates: DateMention[], pub: string | null, out: ClaimDraft[]): void {
  let lastEnd = a;
  for (let i = a; i < b; i++) {
    if (i < lastEnd) continue;
    const goBack = GO_BACK.at(t, i);
    if (goBack) {
      const c = goBackClaim(t, i, goBack.end, b, dates);
      if (c) {
        out.push(c.claim);
        lastEnd = c.end;
        continue;
      }
    }
    let trig = triggerAt(t, i, b);
    if (!trig) continue;
    // The reference: the first "depuis/since" or "en/in + gap" after the trigger.
    const limit = Math.min(b, trig.end + TRIGGER_WINDOW);
    for (let j = trig.end; j < limit; j++) {
      const f = t[j]!.f;
      // A later first/superlative is the one the reference belongs to ("the largest …, the lowest since …").
      const later = SINCE.has(f) || GAP_PREP.has(f) ? null : triggerAt(t, j, b);
      if (later) {
        trig = later;
        j = later.end - 1;
        continue;
      }
      let ref: { end: number; reference: [string | null, string | null]; conf: number; gap?: [number | null, number | null] } | null = null;
      if (SINCE.has(f)) ref = sinceReference(t, j, b, dates, pub);
      else if (GAP_PREP.has(f) && trig.form !== 'last-time') {
        const g = gapAt(t, j + 1, b);
        if (g) ref = { end: g.end, reference: gapReference(g, pub), conf: pub ? 0.75 : 0.5, gap: gapMonths(g) };
      } else if (trig.form === 'last-time' && (f === 'remonte' || f === 'was' || f === 'date' || f === 'etait')) {
        const d = firstDate(dates, t[j]!.s, t[Math.min(b - 1, j + 6)]!.s + 1, () => true);
        if (d) ref = { end: tokenAtOrAfter(t, d.end, b), reference: dateReference(d), conf: 0.75 };
      }
      if (!ref) continue;
      const start = t[trig.start]!.s;
      const end = t[ref.end - 1]!.e;
      const value: FirstSinceValue = {
        what: whatOf(t, trig, a, j),
        reference: ref.reference,
        form: trig.form === 'last-time' ? 'first' : trig.form,
        gapMonths: ref.gap ?? null,
        anchor: pub,
      };
      out.push({ kind: 'first-since', start, end, value, confidence: ref.conf, interval: null, hedge: null });
      lastEnd = ref.end;
      break;
    }
  }
}

/** A first or superlative at token i. */
function triggerAt(t: Tok[], i: number, b: number): Trigger | null {
  const fst = FIRST.at(t, i);
  if (fst && fst.end <= b) {
    const next = t[fst.end]?.f ?? '';
    if (NOT_FIRST_AFTER.has(next)) return null;
    return { start: i, end: fst.end, form: fst.v, prefixAt: null };
  }
  const sup = SUPERLATIVES.at(t, i);
  if (sup && sup.end <= b) return { start: i, end: sup.end, form: sup.v, prefixAt: null };
  const pre = SUP_PREFIX.at(t, i);
  if (pre && pre.end < b) {
    const adj = ADJECTIVES.at(t, pre.end);
    if (adj) return { start: i, end: adj.end, form: adj.v, prefixAt: i };
  }
  return null;
}

/** After "depuis"/"since" at j: a date, a gap, or an event without a date (null bounds). */
function sinceReference(t: Tok[], j: number, b: number, dates: DateMention[], pub: string | null):
  { end: number; reference: [string | null, string | null]; conf: number; gap?: [number | null, number | null] } {
  const g = gapAt(t, j + 1, b);
  if (g) return { end: g.end, reference: gapReference(g, pub), conf: pub ? 0.75 : 0.5, gap: gapMonths(g) };
  const windowEnd = t[Math.min(b - 1, j + SINCE_WINDOW)]!.e;
  const d = firstDate(dates, t[j]!.s, windowEnd, (m) => !!m.value.iso && !m.value.relative);
  if (d) {
    // A date right after "depuis" is the reference itself; further on, it dates the event named in between.
    const direct = d.start <= t[Math.min(b - 1, j + 2)]!.s;
    return { end: tokenAtOrAfter(t, d.end, b), reference: dateReference(d), conf: direct ? 0.85 : 0.75 };
  }
  // "depuis que…", "since the pandemic", "depuis leur établissement": keep a short stretch as evidence.
  let end = j + 1;
  while (end < b && end < j + 8 && !/^[,.;:!?»”"()]$/u.test(t[end]!.raw)) end++;
  return { end: Math.max(end, j + 1), reference: [null, null], conf: 0.45 };
}

/** "On remonte au cyclone du 18 février 1934 … pour trouver un impact aussi violent". */
function goBackClaim(t: Tok[], i: number, k: number, b: number, dates: DateMention[]): { claim: ClaimDraft; end: number } | null {
  let find = -1;
  for (let j = k; j < Math.min(b, k + 30); j++) {
    if (TO_FIND.at(t, j)) {
      find = j;
      break;
    }
  }
  if (find < 0) return null;
  const d = firstDate(dates, t[k]!.s, t[find]!.s, (m) => m.end <= t[find]!.s && !!m.value.iso && !m.value.relative);
  if (!d) return null;
  const tf = TO_FIND.at(t, find)!;
  let end = tf.end;
  let form = 'first';
  for (let j = tf.end; j < Math.min(b, tf.end + 8); j++) {
    if (t[j]!.f === 'aussi' || t[j]!.f === 'as' || t[j]!.f === 'si' || t[j]!.f === 'such') {
      const adj = ADJECTIVES.at(t, j + 1);
      if (adj) {
        form = adj.v;
        end = adj.end;
        break;
      }
    }
  }
  const what = nounPhrase(t, tf.end, b) || '';
  const claim: ClaimDraft = {
    kind: 'first-since', start: t[i]!.s, end: t[end - 1]!.e,
    value: { what, reference: dateReference(d), form }, confidence: 0.7, interval: null, hedge: null,
  };
  return { claim, end };
}

/** A gap of time at token k: "cinq ans", "près de 40 ans", "plus d'un siècle", "almost five years", "decades". */
function gapAt(t: Tok[], k: number, b: number): Gap | null {
  if (k >= b) return null;
  let hedge: string | null = null;
  const h = HEDGES.at(t, k);
  if (h) {
    hedge = h.v;
    k = h.end;
    if (t[k]?.f === "'") k++;
  }
  const vague = VAGUE.at(t, k);
  if (vague && vague.end <= b) return { end: vague.end, years: vague.v, hedge: 'at-least', vague: true, round: true };
  const tok = t[k];
  if (!tok) return null;
  let n = tok.d > 0 && tok.d <= 4 ? tok.n : NUMBER_WORDS.get(tok.f) ?? NaN;
  let u = k + 1;
  if (!Number.isFinite(n)) {
    // "un demi-siècle" has its number in the unit.
    const unit = UNITS.at(t, k);
    if (!unit || !(tok.f === 'demi' || tok.f === 'half')) return null;
    n = 1;
    u = k;
  }
  if (tok.f === 'un' || tok.f === 'une' || tok.f === 'a' || tok.f === 'an') {
    if (t[k + 1]?.f === 'demi' && t[k + 2]?.f === '-') { n = 0.5; u = k + 3; }
    if (t[k + 1]?.f === 'half') { n = 0.5; u = k + 2; }
  }
  const unit = UNITS.at(t, u);
  if (!unit || unit.end > b) return null;
  const years = n * unit.v;
  if (!(years > 0) || years > 2000) return null;
  const written = tok.d > 0 ? n : n;
  const round = unit.v >= 10 || (written >= 10 && written % 10 === 0);
  return { end: unit.end, years, hedge, vague: false, round };
}

/**
 * The dates a gap implies, counted back from publication. A plain "five years" leaves half a year either side;
 * round figures ("90 ans", "un siècle") a tenth of the gap; "près de/almost" means a bit less than the gap;
 * "plus de/more than" a bit more; a vague gap ("decades") only bounds the reference from above.
 */
/** The gap as months back from the article's date, [most, least]; kept so that undated articles compare too. */
function gapMonths(g: Gap): [number | null, number | null] {
  const months = Math.round(g.years * 12);
  const tol = Math.max(6, Math.round(months * (g.round ? 0.1 : 0.05)));
  switch (g.hedge) {
    case 'nearly': return [months, months - 2 * tol];
    case 'more': return [months + 4 * tol, months];
    case 'at-least': return [null, months];
    case 'approx': return [months + Math.round(1.5 * tol), months - Math.round(1.5 * tol)];
    default: return [months + tol, months - tol];
  }
}

function gapReference(g: Gap, pub: string | null): [string | null, string | null] {
  const p = parsePartialIso(pub);
  if (!p || p.year === null) return [null, null];
  const base = formatMonth(p.year, p.month ?? 7);
  const months = Math.round(g.years * 12);
  const tol = Math.max(6, Math.round(months * (g.round ? 0.1 : 0.05)));
  let from: number | null;
  let to: number | null;
  switch (g.hedge) {
    case 'nearly': from = months; to = months - 2 * tol; break;
    case 'more': from = months + 4 * tol; to = months; break;
    case 'at-least': from = null; to = months; break;
    case 'approx': from = months + Math.round(1.5 * tol); to = months - Math.round(1.5 * tol); break;
    default: from = months + tol; to = months - tol;
  }
  const coarse = g.years >= 20 || p.month === null;
  const fmt = (m: number | null): string | null => {
    if (m === null) return null;
    const iso = addMonths(base, -Math.max(0, m));
    return coarse ? iso.slice(0, 4) : iso;
  };
  return [fmt(from), fmt(to)];
}

/** The first date mention starting in [from, to) that passes `ok`; mentions are sorted by start. */
function firstDate(dates: DateMention[], from: number, to: number, ok: (m: DateMention) => boolean): DateMention | null {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (dates[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < dates.length && dates[k]!.start < to; k++) if (ok(dates[k]!)) return dates[k]!;
  return null;
}

function dateReference(d: DateMention): [string | null, string | null] {
  return [d.value.iso, d.value.isoEnd ?? d.value.iso];
}

/** The index of the first token starting at or after offset `off` (the token after a date mention). */
function tokenAtOrAfter(t: Tok[], off: number, b: number): number {
  let lo = 0;
  let hi = b;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (t[mid]!.s < off) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** What is first: the noun phrase after the trigger, or before "le plus", or the subject of an ellipsis. */
function whatOf(t: Tok[], trig: Trigger, a: number, limit: number): string {
  if (trig.prefixAt !== null) {
    // "le cyclone le plus violent": determiner + noun right before the prefix.
    const n = trig.prefixAt - 1;
    const before = t[n - 1];
    if (n >= a && /^\p{L}+$/u.test(t[n]!.raw) && !STOP.has(t[n]!.f) && !ORDINAL.test(t[n]!.f) && (n === a || !before || DETERMINERS.has(before.f) || /^[,«"“(]$/u.test(before.raw))) return t[n]!.raw.toLowerCase();
    // The adjective comes first in French superlatives with a noun after: "la plus forte journée".
    const after = t[trig.end];
    return after && /^\p{L}+$/u.test(after.raw) && !STOP.has(after.f) ? nounPhrase(t, trig.end, limit) : '';
  }
  // "la première d'un secrétaire d'État" is elliptic: the noun is the subject, not the complement.
  const elliptic = ['de', 'd', 'of', 'du', 'des'].includes(t[trig.end]?.f ?? '');
  const np = elliptic ? '' : nounPhrase(t, trig.end, limit);
  if (np) return np;
  // "La visite … est la première d'un secrétaire d'État": the subject, when the sentence opens with it.
  let k = a;
  while (k < trig.start && /^[«"“(]$/u.test(t[k]!.raw)) k++;
  if (DETERMINERS.has(t[k]?.f ?? '')) {
    const j = t[k + 1]?.f === "'" ? k + 2 : k + 1;
    if (j < trig.start && /^\p{L}+$/u.test(t[j]!.raw) && !STOP.has(t[j]!.f)) return t[j]!.raw.toLowerCase();
  }
  return elliptic ? nounPhrase(t, trig.end, limit) : '';
}

const ORDINAL = /(?:ieme|second|third|fourth|fifth)$/;

/** Up to four words after token k, skipping determiners and leading proper names/acronyms ("US", "U.S."). */
function nounPhrase(t: Tok[], k: number, limit: number): string {
  let j = k;
  // "à" folds to "a", which is also an English article: only the raw form tells them apart.
  while (j < limit && (DETERMINERS.has(t[j]!.f) || t[j]!.f === "'" || t[j]!.f === '-') && t[j]!.raw !== 'à') j++;
  // Skip acronyms before the head ("US official", "U.S. secretary").
  while (j < limit && (/^\p{Lu}+$/u.test(t[j]!.raw) || t[j]!.raw === '.') && t[j + 1] && /^[\p{L}.]/u.test(t[j + 1]!.raw)) j++;
  const words: string[] = [];
  let text = '';
  for (; j < limit && words.length < 4; j++) {
    const tok = t[j]!;
    if (tok.f === "'" || tok.f === '-') {
      if (!words.length) break;
      text += tok.f === '-' ? '-' : "'";
      continue;
    }
    if (!/\p{L}/u.test(tok.raw) || tok.raw === 'à') break;
    // "secrétaire d'État", "secretary of State" keep their complement; "visite d'un secrétaire" does not.
    if ((tok.f === 'of' || tok.f === 'de' || tok.f === 'd') && words.length) {
      const nx = t[tok.f === 'd' ? j + 2 : j + 1];
      if (nx && /^\p{Lu}/u.test(nx.raw) && !DETERMINERS.has(nx.f)) {
        text += tok.f === 'd' ? ' d' : ` ${tok.f} `;
        continue;
      }
      break;
    }
    if (STOP.has(tok.f)) break;
    words.push(tok.f);
    text += (text && !text.endsWith("'") && !text.endsWith('-') && !text.endsWith(' ') ? ' ' : '') + tok.raw.toLowerCase();
  }
  return text.trim();
}
