// Date phrases of French and English news: absolute dates, times of day, relative dates resolved against the
// publication date (past-biased, as news reports what happened), ranges. A hand-written token grammar with its
// words in rules/lexicon/dates.json: chrono-node's French false positives ("mer", "en cinq ans", "de deux
// jours", durations read as clock times) cost more to filter than this grammar costs to write.
import { readPackageJson } from '../paths.ts';
import type { ClaimDraft, DateValue, Hedge, Lang, SourceDoc } from '../types.ts';
import type { ExtractContext } from './context.ts';
import {
  addDays, addMonths, dayNumber, daysInMonth, formatDay, formatMonth, isValidDay, parsePartialIso, resolveWeekday, weekOf,
  withTime, type PartialDate, type WeekdayDirection,
} from './calendar.ts';
import { PhraseMap, tokenize, WordIdSet, type Tok } from './date-tokens.ts';
import { RecentCache } from './recent-cache.ts';

export { PhraseMap, type Tok } from './date-tokens.ts';

// ------------------------------------------------------------------ lexicon

interface DatesLexicon {
  months: Record<string, number>;
  monthAbbreviations: Record<string, number>;
  monthsCapitalisedOnly: string[];
  monthsLowercaseWhenAlone: string[];
  weekdays: Record<string, number>;
  numbers: Record<string, number>;
  units: Record<string, string>;
  periodUnits: Record<string, string>;
  pastModifiers: string[];
  futureModifiers: string[];
  thisDeterminers: string[];
  relativeDays: Record<string, number>;
  relativeParts: Record<string, [number, string]>;
  anchorDays: Record<string, number>;
  partsOfDay: Record<string, [number, number]>;
  monthPositions: Record<string, string>;
  datePrepositions: { strong: string[]; weak: string[] };
  yearBlockers: string[];
  timePrepositions: Record<string, string>;
  dateHedges: Record<string, string>;
  timeWords: Record<string, number>;
  amPm: Record<string, string>;
  hourWords: string[];
  halfQuarter: Record<string, number>;
  eveningAfterHour: string[];
  morningAfterHour: string[];
  timeZones: Record<string, string>;
  timeZoneAbbreviations: string[];
}

const LEX = readPackageJson<DatesLexicon>('rules', 'lexicon', 'dates.json');

const entries = <V>(o: Record<string, V>): [string, V][] => Object.entries(o);
const MONTHS = new Map(entries(LEX.months));
const MONTH_ABBR = new Map(entries(LEX.monthAbbreviations));
const MONTH_CAP_ONLY = new Set(LEX.monthsCapitalisedOnly);
const MONTH_LOWER_ALONE = new Set(LEX.monthsLowercaseWhenAlone);
const WEEKDAYS = new Map(entries(LEX.weekdays));
const NUMBERS = new Map(entries(LEX.numbers));
const UNITS = new Map(entries(LEX.units));
const PERIOD_UNITS = new PhraseMap(entries(LEX.periodUnits));
const PAST = new Set(LEX.pastModifiers);
const FUTURE = new Set(LEX.futureModifiers);
const THIS = new Set(LEX.thisDeterminers);
const REL_DAYS = new PhraseMap(entries(LEX.relativeDays));
const REL_PARTS = new PhraseMap(entries(LEX.relativeParts));
const ANCHOR_DAYS = new PhraseMap(entries(LEX.anchorDays));
const PARTS = new PhraseMap(entries(LEX.partsOfDay));
const MONTH_POS = new PhraseMap(entries(LEX.monthPositions));
const DATE_PREP = new PhraseMap<'strong' | 'weak'>([
  ...LEX.datePrepositions.strong.map((k): [string, 'strong'] => [k, 'strong']),
  ...LEX.datePrepositions.weak.map((k): [string, 'weak'] => [k, 'weak']),
]);
const YEAR_BLOCKERS = new Set(LEX.yearBlockers);
const TIME_PREP = new PhraseMap(entries(LEX.timePrepositions));
const DATE_HEDGES = new PhraseMap(entries(LEX.dateHedges));
const TIME_WORDS = new Map(entries(LEX.timeWords));
const AMPM = new PhraseMap(entries(LEX.amPm));
const HOUR_WORDS = new Set(LEX.hourWords);
const HALF_QUARTER = new PhraseMap(entries(LEX.halfQuarter));
const EVENING_AFTER = new PhraseMap(LEX.eveningAfterHour.map((k): [string, boolean] => [k, true]));
const MORNING_AFTER = new PhraseMap(LEX.morningAfterHour.map((k): [string, boolean] => [k, true]));
const TZ_PHRASES = new PhraseMap(entries(LEX.timeZones));
const TZ_ABBR = new Set(LEX.timeZoneAbbreviations);
const ORDINAL_SUFFIX = new Set(['er', 'st', 'nd', 'rd', 'th', 'eme', 'e']);
const WEEKDAY_PRE = new PhraseMap<WeekdayDirection | ''>([
  ...LEX.thisDeterminers.map((k): [string, WeekdayDirection] => [k, 'nearest']),
  ['last', 'past'], ['next', 'future'], ['coming', 'future'], ['this coming', 'future'], ['on', ''], ['le', ''],
  ['the', ''], ['on last', 'past'], ['on next', 'future'],
]);
const RANGE_CONNECTORS = new PhraseMap<'range' | 'list'>([
  ['-', 'range'], ['au', 'range'], ['a', 'range'], ['to', 'range'], ['through', 'range'], ['jusqu\'au', 'range'],
  ['until', 'range'], ['et', 'list'], ['and', 'list'], [',', 'list'], ['&', 'list'], ['or', 'list'], ['ou', 'list'],
]);

// Every rule that may start at a word token opens with a word of one of these tables (or a listed function word):
// see the rules below parseAt. A token whose word opens none is skipped with one look-up instead of ten rules.
const WORD_RULE_OPENERS = new WordIdSet([
  ...WEEKDAYS.keys(), ...MONTHS.keys(), ...MONTH_ABBR.keys(), ...TIME_WORDS.keys(), ...NUMBERS.keys(),
  'last', 'this', 'next', 'ce', 'cet', 'cette', 'la', 'le', 'l', // periodPhrase
  'il', 'voici', 'voila', 'dans', // ilYaPhrase
  'premier', // premierDay
  'annees', // decadePhrase
]);
const opensWordRule = (tok: Tok): boolean => WORD_RULE_OPENERS.hasTok(tok) || REL_PARTS.opensWith(tok)
  || REL_DAYS.opensWith(tok) || ANCHOR_DAYS.opensWith(tok) || MONTH_POS.opensWith(tok);

// ------------------------------------------------------------------ values

type Granularity = DateValue['granularity'];

/** A date phrase found in the text, before it becomes a claim. Offsets are into `ctx.text`. */
export interface DateMention {
  start: number;
  end: number;
  text: string;
  value: DateValue;
  hedge: Hedge | null;
  confidence: number;
}

interface Core {
  /** First and last+1 token of the phrase, prefix included. */
  start: number;
  end: number;
  iso: string | null;
  isoEnd: string | null;
  gran: Granularity;
  weekday: string | null;
  /** Weekday index, kept for a later resolution against a nearby absolute day. */
  wd: number | null;
  wdDir: WeekdayDirection;
  relative: boolean;
  tz: string | null;
  hedge: Hedge | null;
  conf: number;
  /** A day the phrase names, to which a time of day can attach (null when unresolved). */
  day: string | null;
  dayLevel: boolean;
  /** Extra dates of a list ("les 11 et 15 mars"). */
  more?: string[];
  /** "MM-DD" of a day written without a year that nothing resolves ("ce mardi 7 mars" in an undated article). */
  monthDay?: string;
}

interface TimeOfDay {
  end: number;
  h: number;
  m: number | null;
  hEnd?: number;
  mEnd?: number | null;
  tz: string | null;
}

/** The publication date a document's relative dates resolve against, as a partial ISO string, or null. */
export function resolvePublished(doc: SourceDoc): string | null {
  const v = doc.published?.value ?? null;
  const p = parsePartialIso(v);
  if (!p || p.year === null) return null;
  return p.day !== null ? formatDay(p.year, p.month!, p.day) : p.month !== null ? formatMonth(p.year, p.month) : String(p.year);
}

// ------------------------------------------------------------------ grammar

class DateParser {
  private lastDay: { iso: string; end: number } | null = null;
  readonly out: Core[] = [];

  constructor(
    private readonly t: Tok[],
    private readonly lang: Lang,
    /** Publication day (null unless known to the day). */
    private readonly ref: string | null,
    private readonly refP: PartialDate | null,
  ) {}

  run(): void {
    const t = this.t;
    let floor = 0;
    for (let i = 0; i < t.length; ) {
      const c = this.parseAt(i);
      if (c && c.end > i) {
        if (c.start < floor) c.start = floor;
        if (c.start > i) c.start = i;
        this.out.push(c);
        if (c.day && c.gran !== 'year' && c.gran !== 'month' && c.gran !== 'week') this.lastDay = { iso: c.day, end: t[c.end - 1]!.e };
        floor = c.end;
        i = c.end;
      } else i++;
    }
  }

  // ---- token helpers
  private f(i: number): string {
    return this.t[i]?.f ?? '';
  }
  private near(i: number): boolean {
    const tok = this.t[i];
    return !!tok && tok.gap < 2;
  }
  private adj(i: number): boolean {
    const tok = this.t[i];
    return !!tok && tok.gap === 0;
  }

  /** Tries every rule that can start at token i. */
  private parseAt(i: number): Core | null {
    const tok = this.t[i]!;
    if (tok.d > 0) {
      return this.isoLiteral(i) ?? this.numericDate(i) ?? this.timePhrase(i, true) ?? this.dayFirst(i, true)
        ?? this.yearPhrase(i) ?? this.agoPhrase(i) ?? null;
    }
    // relativePhrase: REL_PARTS, REL_DAYS, ANCHOR_DAYS; weekdayPhrase: WEEKDAYS; monthPositionPhrase: MONTH_POS;
    // monthFirst: MONTHS, MONTH_ABBR; timePhrase (clockAt) and agoPhrase (quantityAt): TIME_WORDS, NUMBERS.
    if (!opensWordRule(tok)) return null;
    return this.relativePhrase(i) ?? this.weekdayPhrase(i) ?? this.monthPositionPhrase(i) ?? this.monthFirst(i, true)
      ?? this.periodPhrase(i) ?? this.ilYaPhrase(i) ?? this.timePhrase(i, true) ?? this.agoPhrase(i)
      ?? this.premierDay(i) ?? this.decadePhrase(i) ?? null;
  }

  private base(start: number, end: number): Core {
    return {
      start, end, iso: null, isoEnd: null, gran: 'day', weekday: null, wd: null, wdDir: 'past-biased', relative: false,
      tz: null, hedge: null, conf: 0.9, day: null, dayLevel: false,
    };
  }

  /** A preposition/hedge just before token i, to include in the span. */
  private datePrefix(i: number): { start: number; hedge: Hedge | null; strength: 'strong' | 'weak' | null } {
    const h = DATE_HEDGES.before(this.t, i);
    const p = DATE_PREP.before(this.t, i);
    let start = i;
    let hedge: Hedge | null = null;
    let strength: 'strong' | 'weak' | null = null;
    if (p) {
      start = p.start;
      strength = p.v;
    }
    if (h && h.start <= start) {
      start = h.start;
      if (h.v !== 'range-start') hedge = { text: this.slice(h.start, i), kind: h.v };
      if (!strength) strength = 'strong';
    }
    // "le" / "the" before the preposition ("since the 18th" is not worth it, but "le samedi").
    return { start, hedge, strength };
  }

  private slice(a: number, b: number): string {
    const t = this.t;
    return b > a ? this.textOf(t[a]!.s, t[b - 1]!.e) : '';
  }
  private textOf(s: number, e: number): string {
    return this.src.slice(s, e);
  }
  src = '';

  // ---- years and days

  /** A plausible year at token i (4 digits), or null. */
  private yearAt(i: number, min = 1000): number | null {
    const tok = this.t[i];
    if (!tok || tok.d !== 4 || tok.n < min || tok.n > 2199) return null;
    const next = this.t[i + 1];
    if (next && next.gap === 0 && (next.d > 0 || /^[\p{L}%€$£]/u.test(next.raw))) return null; // "2023a", "2023%"
    if (next && next.gap === 1 && next.d === 3) return null; // "2 023 000"-style groups
    const prev = this.t[i - 1];
    if (prev && tok.gap === 0 && (prev.d > 0 || prev.raw === '/' || prev.raw === '.' || prev.raw === ',' || prev.raw === '#' || prev.raw === '°')) return null;
    if (prev && prev.gap === 1 && prev.d > 0 && prev.d <= 3) return null; // "1 2018 …" is a number group
    return tok.n;
  }

  private blockedAfterYear(i: number): boolean {
    const next = this.t[i];
    if (!next || next.gap >= 2) return false;
    if (YEAR_BLOCKERS.has(next.f)) return true;
    return next.raw === '%' || next.raw === '€' || next.raw === '$';
  }

  /** A day of month at token i ("18", "1er", "18th"), returning the token after it. */
  private dayAt(i: number): { day: number; end: number } | null {
    const tok = this.t[i];
    if (!tok || tok.d === 0 || tok.d > 2 || tok.n < 1 || tok.n > 31) return null;
    const prev = this.t[i - 1];
    if (prev && tok.gap === 0 && (prev.d > 0 || prev.raw === '/' || prev.raw === ',' || prev.raw === '.' || prev.raw === ':')) return null;
    let end = i + 1;
    const suf = this.t[end];
    if (suf && suf.gap === 0 && ORDINAL_SUFFIX.has(suf.f)) end++;
    const after = this.t[end];
    if (after && after.gap === 0 && (after.raw === ':' || after.raw === ',' && this.t[end + 1]?.gap === 0 && this.t[end + 1]!.d > 0)) return null;
    return { day: tok.n, end };
  }

  /** A month name at token i. Abbreviations need a dot or a number right after. */
  private monthAt(i: number, alone: boolean): { month: number; end: number; abbr: boolean } | null {
    const tok = this.t[i];
    if (!tok || tok.d > 0 || tok.gap >= 2) return null;
    const full = MONTHS.get(tok.f);
    const cap = tok.raw[0] !== tok.raw[0]!.toLowerCase();
    if (full !== undefined) {
      if (MONTH_CAP_ONLY.has(tok.f) && !cap) return null;
      if (alone && MONTH_LOWER_ALONE.has(tok.f) && cap && tok.raw !== tok.raw.toUpperCase()) return null;
      return { month: full, end: i + 1, abbr: false };
    }
    const ab = MONTH_ABBR.get(tok.f);
    if (ab === undefined || alone) return null;
    const dot = this.t[i + 1];
    if (dot && dot.gap === 0 && dot.raw === '.') return { month: ab, end: i + 2, abbr: true };
    const nx = this.t[i + 1];
    if (nx && nx.gap === 1 && nx.d > 0 && cap) return { month: ab, end: i + 1, abbr: true };
    return null;
  }

  /** The year a yearless day/month most likely has: the publication year, or the previous one when the date
   * would fall more than ~2 months after publication (news reports the past). */
  private inferYear(month: number, day: number | null): number | null {
    const r = this.refP;
    if (!r || r.year === null) return null;
    if (r.month === null) return r.year;
    const refDay = r.day ?? 15;
    const ahead = (month - r.month) * 30.5 + ((day ?? 15) - refDay);
    return ahead > 62 ? r.year - 1 : r.year;
  }

  // ---- rules

  /** "2023-06-19" written as is. */
  private isoLiteral(i: number): Core | null {
    const t = this.t;
    const y = this.yearAtLoose(i);
    if (y === null) return null;
    if (!(t[i + 1]?.raw === '-' && this.adj(i + 1) && t[i + 2]?.d === 2 && this.adj(i + 2) && t[i + 3]?.raw === '-' && this.adj(i + 3) && t[i + 4]?.d === 2 && this.adj(i + 4))) return null;
    const mo = t[i + 2]!.n;
    const d = t[i + 4]!.n;
    if (!isValidDay(y, mo, d)) return null;
    if (t[i + 5] && t[i + 5]!.gap === 0 && t[i + 5]!.d > 0) return null;
    const c = this.base(i, i + 5);
    c.iso = c.day = formatDay(y, mo, d);
    c.conf = 0.95;
    c.dayLevel = true;
    return this.withTimeSuffix(c);
  }

  private yearAtLoose(i: number): number | null {
    const tok = this.t[i];
    return tok && tok.d === 4 && tok.n >= 1000 && tok.n <= 2199 ? tok.n : null;
  }

  /** "16/02/2024": day first in French; month first in English only when the day is > 12. */
  private numericDate(i: number): Core | null {
    const t = this.t;
    const a = t[i]!;
    if (a.d > 2) return null;
    const sep = t[i + 1]?.raw;
    if (sep !== '/' && sep !== '.') return null;
    if (!(this.adj(i + 1) && t[i + 2]?.d && t[i + 2]!.d <= 2 && this.adj(i + 2) && t[i + 3]?.raw === sep && this.adj(i + 3) && this.adj(i + 4))) return null;
    const yt = t[i + 4];
    if (!yt || (yt.d !== 4 && yt.d !== 2)) return null;
    const prev = t[i - 1];
    if (prev && a.gap === 0 && (prev.raw === '/' || prev.raw === '.' || prev.d > 0)) return null;
    const next = t[i + 5];
    if (next && next.gap === 0 && (next.raw === '/' || next.d > 0 || (next.raw === '.' && t[i + 6]?.gap === 0 && t[i + 6]!.d > 0))) return null;
    const y = yt.d === 4 ? yt.n : 2000 + yt.n;
    let d = a.n;
    let mo = t[i + 2]!.n;
    if (this.lang === 'en' && mo > 12 && d <= 12) [d, mo] = [mo, d];
    else if (this.lang === 'en' && d <= 12 && mo <= 12 && d !== mo) return null; // ambiguous in English
    if (!isValidDay(y, mo, d) || y < 1900 || y > 2199) return null;
    const pre = this.datePrefix(i);
    const c = this.base(pre.strength === 'strong' || ['le', 'on', 'du', 'the'].includes(this.f(pre.start)) ? pre.start : i, i + 5);
    c.hedge = pre.strength === 'strong' ? pre.hedge : null;
    c.iso = c.day = formatDay(y, mo, d);
    c.conf = 0.9;
    c.dayLevel = true;
    return this.withTimeSuffix(c);
  }

  /** "18 juin 2023", "le 18 juin", "du 18 au 19 juin", "les 11 et 15 mars", "18th of June". */
  private dayFirst(i: number, allowRange: boolean): Core | null {
    const t = this.t;
    const first = this.dayAt(i);
    if (!first) return null;
    const days = [first.day];
    let k = first.end;
    let kind: 'range' | 'list' | null = null;
    for (let n = 0; n < 5; n++) {
      const conn = RANGE_CONNECTORS.at(t, k);
      if (!conn || !this.near(k)) break;
      let k2 = conn.end;
      if (this.f(k2) === 'le' || this.f(k2) === 'the') k2++;
      const d = this.dayAt(k2);
      if (!d || this.monthAt(k2, false)) break;
      if (kind && kind !== conn.v) break;
      kind = conn.v;
      days.push(d.day);
      k = d.end;
      if (kind === 'range') break;
    }
    if (this.f(k) === 'of' || this.f(k) === 'de') k++;
    const mo = this.monthAt(k, false);
    if (!mo || !this.near(k)) return null;
    k = mo.end;
    let year = this.near(k) ? this.yearAt(k) : null;
    const explicitYear = year !== null;
    if (year !== null) k++;
    const pre = this.datePrefix(i);
    if (pre.strength === 'weak' && this.f(pre.start) !== 'le' && this.f(pre.start) !== 'the' && this.f(pre.start) !== 'du' && this.f(pre.start) !== 'on'
      && this.f(pre.start) !== 'au' && this.f(pre.start) !== 'a' && this.f(pre.start) !== 'de' && this.f(pre.start) !== 'd') pre.start = i;
    // "les 11 et 15 mars": "les" belongs to the list.
    let start = pre.start;
    if (start === i && (this.f(i - 1) === 'les' || this.f(i - 1) === 'entre')) start = i - 1;
    if (this.f(i - 1) === 'entre' || this.f(i - 1) === 'between') kind = kind === 'list' && days.length === 2 ? 'range' : kind;
    if (year === null) year = this.inferYear(mo.month, days[0]!);
    const c = this.base(start, k);
    c.hedge = pre.hedge;
    c.conf = explicitYear ? 0.95 : 0.85;
    c.dayLevel = days.length === 1;
    const valid = year !== null && days.every((d) => isValidDay(year!, mo.month, d));
    if (year !== null && !valid) return null;
    if (valid) {
      c.iso = formatDay(year!, mo.month, days[0]!);
      if (kind === 'range') c.isoEnd = formatDay(year!, mo.month, days[days.length - 1]!);
      else if (kind === 'list') c.more = days.slice(1).map((d) => formatDay(year!, mo.month, d));
      c.day = days.length === 1 ? c.iso : null;
    } else {
      c.conf = 0.5;
      if (days.length === 1) setMonthDay(c, mo.month, days[0]!);
    }
    if (allowRange && days.length === 1) {
      const r = this.rangeTail(c, k);
      if (r) return r;
    }
    return this.withTimeSuffix(c);
  }

  /** "… au 2 juillet 2023", "… to July 2": the second end of a range after a full day. */
  private rangeTail(a: Core, k: number): Core | null {
    const conn = RANGE_CONNECTORS.at(this.t, k);
    if (!conn || conn.v !== 'range' || !this.near(k)) return null;
    const b = this.dayFirst(conn.end, false) ?? this.monthFirst(conn.end, false);
    if (!b || !b.iso || b.gran !== 'day' || b.isoEnd || !a.iso) return null;
    const r = { ...a, end: b.end, isoEnd: b.iso, day: null, dayLevel: false };
    // A yearless first end takes the year of the second: "du 28 décembre au 2 janvier 2024".
    const yearIn = (c: Core) => this.t.slice(c.start, c.end).some((x) => x.d === 4);
    if (r.iso && !yearIn(a) && yearIn(b)) {
      const y = Number(b.iso.slice(0, 4));
      r.iso = `${y}${r.iso.slice(4)}`;
      if (r.iso > b.iso) r.iso = `${y - 1}${r.iso.slice(4)}`;
    }
    return r;
  }

  /** "le premier juin", "1er juin" is handled by dayFirst. */
  private premierDay(i: number): Core | null {
    if (this.f(i) !== 'premier') return null;
    const mo = this.monthAt(i + 1, false);
    if (!mo) return null;
    const fake = this.t[i]!;
    const saved = { d: fake.d, n: fake.n };
    fake.d = 1;
    fake.n = 1;
    const c = this.dayFirst(i, true);
    fake.d = saved.d;
    fake.n = saved.n;
    return c;
  }

  /** "June 18, 2023", "Feb. 16, 2024", "June 18-19", "October 2018", "in November", "novembre dernier". */
  private monthFirst(i: number, allowRange: boolean): Core | null {
    const t = this.t;
    const mo = this.monthAt(i, false);
    if (!mo) return null;
    let k = mo.end;
    const pre = this.datePrefix(i);
    const d = this.near(k) ? this.dayAt(k) : null;
    if (d && !(this.t[d.end]?.gap === 0 && this.t[d.end]?.raw === ':')) {
      const days = [d.day];
      let k2 = d.end;
      let kind: 'range' | 'list' | null = null;
      const conn = RANGE_CONNECTORS.at(t, k2);
      if (conn && this.near(k2)) {
        const d2 = this.dayAt(conn.end);
        if (d2 && !this.monthAt(conn.end + 1, false)) {
          days.push(d2.day);
          kind = conn.v;
          k2 = d2.end;
        }
      }
      let kk = k2;
      if (t[kk]?.raw === ',' && this.adj(kk)) kk++;
      let year = this.near(kk) ? this.yearAt(kk) : null;
      const explicit = year !== null;
      if (year !== null) k2 = kk + 1;
      if (year === null) year = this.inferYear(mo.month, d.day);
      if (year !== null && !days.every((x) => isValidDay(year!, mo.month, x))) return null;
      if (pre.strength === 'weak' && !['on', 'the', 'le', 'from', 'to'].includes(this.f(pre.start))) pre.start = i;
      const c = this.base(pre.start, k2);
      c.hedge = pre.hedge;
      c.conf = explicit ? 0.95 : 0.85;
      if (year !== null) {
        c.iso = formatDay(year, mo.month, days[0]!);
        if (kind === 'range') c.isoEnd = formatDay(year, mo.month, days[1]!);
        else if (kind === 'list') c.more = [formatDay(year, mo.month, days[1]!)];
        c.day = days.length === 1 ? c.iso : null;
      } else {
        c.conf = 0.5;
        if (days.length === 1) setMonthDay(c, mo.month, days[0]!);
      }
      c.dayLevel = days.length === 1;
      if (allowRange && days.length === 1) {
        const r = this.rangeTail(c, k2);
        if (r) return r;
      }
      return this.withTimeSuffix(c);
    }
    if (mo.abbr) return null;
    const y = this.near(k) ? this.yearAt(k) : null;
    if (y !== null) {
      const c = this.base(pre.strength === 'weak' && !['de', 'd', 'of', 'from', 'since'].includes(this.f(pre.start)) ? i : pre.start, k + 1);
      c.hedge = pre.hedge;
      c.iso = formatMonth(y, mo.month);
      c.gran = 'month';
      c.conf = 0.95;
      return allowRange ? this.monthRangeTail(c, c.end) ?? c : c;
    }
    // A month alone needs a preposition or a modifier to be a date.
    const alone = this.monthAt(i, true);
    if (!alone) return null;
    let dir: 'past' | 'future' | null = null;
    if (PAST.has(this.f(k)) && this.near(k) && this.f(k) !== 'past' && this.f(k) !== 'last') { dir = 'past'; k++; }
    else if (FUTURE.has(this.f(k)) && this.near(k) && this.f(k) !== 'next' && this.f(k) !== 'coming') { dir = 'future'; k++; }
    let start = pre.start;
    const enPre = this.f(i - 1);
    if (!dir && (enPre === 'last' || enPre === 'next' || enPre === 'this') && this.near(i)) {
      dir = enPre === 'last' ? 'past' : enPre === 'next' ? 'future' : null;
      start = i - 1;
    }
    if (!dir && !pre.strength && enPre !== 'this') return null;
    const c = this.base(start, k);
    c.hedge = pre.hedge;
    c.gran = 'month';
    const y2 = this.monthYear(mo.month, dir);
    c.iso = y2 === null ? null : formatMonth(y2, mo.month);
    c.relative = dir !== null;
    c.conf = y2 === null ? 0.5 : 0.8;
    return c;
  }

  /** "de janvier à mars 2023" is rare; "October 2018 to May 2019" handled here. */
  private monthRangeTail(a: Core, k: number): Core | null {
    const conn = RANGE_CONNECTORS.at(this.t, k);
    if (!conn || conn.v !== 'range' || !this.near(k)) return null;
    const b = this.monthFirst(conn.end, false);
    if (!b || b.gran !== 'month' || !b.iso) return null;
    return { ...a, end: b.end, isoEnd: b.iso };
  }

  private monthYear(month: number, dir: 'past' | 'future' | null): number | null {
    const r = this.refP;
    if (!r || r.year === null) return null;
    if (r.month === null) return dir ? null : r.year;
    if (dir === 'past') return month < r.month ? r.year : r.year - 1;
    if (dir === 'future') return month > r.month ? r.year : r.year + 1;
    return this.inferYear(month, null);
  }

  /** "mi-juin", "début juillet", "fin 2023", "early July", "the end of February". */
  private monthPositionPhrase(i: number): Core | null {
    const pos = MONTH_POS.at(this.t, i);
    if (!pos) return null;
    let k = pos.end;
    if (this.f(k) === '-' && this.adj(k)) k++;
    else if ((this.f(k) === 'de' || this.f(k) === 'du' || this.f(k) === 'of') && !pos.v.endsWith('of')) {
      // "fin de l'année" is not dated here; "fin du mois de juin" is.
      if (this.f(k + 1) === 'mois' && this.f(k + 2) === 'de') k += 3;
      else if (MONTHS.has(this.f(k + 1)) || this.t[k + 1]?.d === 4) k++;
    } else if (this.f(k) === 'd' && this.f(k + 1) === "'") k += 2;
    if (!this.near(k)) return null;
    const pre = this.datePrefix(i);
    const mo = this.monthAt(k, true);
    if (mo) {
      let end = mo.end;
      const y0 = this.near(end) ? this.yearAt(end) : null;
      if (y0 !== null) end++;
      const year = y0 ?? this.monthYear(mo.month, null);
      const c = this.base(pre.start, end);
      c.hedge = pre.hedge;
      if (year === null) {
        c.gran = 'month';
        c.conf = 0.5;
        return c;
      }
      const dim = daysInMonth(year, mo.month);
      const [a, b] = thirdOf(pos.v, 10, dim);
      c.iso = formatDay(year, mo.month, a);
      c.isoEnd = formatDay(year, mo.month, b);
      c.conf = y0 !== null ? 0.9 : 0.8;
      return c;
    }
    const y = this.yearAt(k);
    if (y === null || this.blockedAfterYear(k + 1)) return null;
    const c = this.base(pre.start, k + 1);
    c.hedge = pre.hedge;
    const [a, b] = thirdOf(pos.v, 4, 12);
    c.iso = formatMonth(y, a);
    c.isoEnd = formatMonth(y, b);
    c.gran = 'month';
    c.conf = 0.85;
    return c;
  }

  /** "en 2018", "depuis 1934", "entre 2018 et 2021", "2018-2021" — never a bare number. */
  private yearPhrase(i: number): Core | null {
    const t = this.t;
    const y = this.yearAt(i);
    if (y === null) return null;
    // "2018-2021", "2018-19"
    if (t[i + 1]?.raw === '-' && this.adj(i + 1) && this.adj(i + 2) && (t[i + 2]?.d === 4 || t[i + 2]?.d === 2)) {
      const y2 = t[i + 2]!.d === 4 ? t[i + 2]!.n : Math.floor(y / 100) * 100 + t[i + 2]!.n;
      if (y2 > y && y2 - y < 100 && !(t[i + 3]?.gap === 0 && t[i + 3]!.d > 0) && !this.blockedAfterYear(i + 3)) {
        const pre = this.datePrefix(i);
        const c = this.base(pre.strength ? pre.start : i, i + 3);
        c.iso = String(y);
        c.isoEnd = String(y2);
        c.gran = 'year';
        c.hedge = pre.hedge;
        return c;
      }
    }
    const pre = this.datePrefix(i);
    if (!pre.strength) return null;
    if (this.blockedAfterYear(i + 1)) return null;
    const c = this.base(pre.start, i + 1);
    c.iso = String(y);
    c.gran = 'year';
    c.hedge = pre.hedge;
    // Range: "entre 2018 et 2021", "de 2018 à 2021", "from 2018 to 2021".
    const conn = RANGE_CONNECTORS.at(t, i + 1);
    const opener = this.f(pre.start);
    if (conn && this.near(i + 1)) {
      const y2 = this.yearAt(conn.end);
      const between = opener === 'entre' || opener === 'between';
      if (y2 !== null && y2 > y && (conn.v === 'range' || between) && !this.blockedAfterYear(conn.end + 1)) {
        c.isoEnd = String(y2);
        c.end = conn.end + 1;
        if (between || opener === 'de' || opener === 'from' || opener === 'du') c.hedge = null;
        return c;
      }
    }
    if (pre.strength === 'weak') {
      // "de 2000 personnes" is a count: a weak preposition needs the year to end the phrase.
      const next = t[i + 1];
      if (next && next.gap < 2 && next.d === 0 && /\p{L}/u.test(next.raw) && !PAST.has(next.f)) return null;
      if (opener === 'a' || opener === 'to' || opener === 'et' || opener === 'and' || opener === 'le' || opener === 'the' || opener === 'au') return null;
      c.conf = 0.75;
    }
    return c;
  }

  /** "les années 1980", "the 1980s". */
  private decadePhrase(i: number): Core | null {
    const t = this.t;
    if ((this.f(i) === 'annees') && t[i + 1]?.d === 4 && t[i + 1]!.n % 10 === 0 && this.near(i + 1)) {
      const y = t[i + 1]!.n;
      const c = this.base(this.f(i - 1) === 'les' || this.f(i - 1) === 'des' ? i - 1 : i, i + 2);
      c.iso = String(y);
      c.isoEnd = String(y + 9);
      c.gran = 'year';
      c.conf = 0.8;
      return c;
    }
    return null;
  }

  /** Weekdays: "dimanche", "lundi matin", "ce mardi 7 mars", "samedi soir", "on Sunday", "lundi prochain". */
  private weekdayPhrase(i: number): Core | null {
    const tok = this.t[i]!;
    const wd = WEEKDAYS.get(tok.f);
    if (wd === undefined) return null;
    // "Sunday Times", "Mardi Gras": a capitalised name right after is not a date (months excepted).
    const nx = this.t[i + 1];
    if (nx && nx.gap === 1 && /^\p{Lu}\p{Ll}/u.test(nx.raw) && !MONTHS.has(nx.f) && !WEEKDAYS.has(nx.f) && /^\p{Lu}/u.test(tok.raw) && this.lang === 'en' && nx.f !== 'morning' && nx.f !== 'evening' && nx.f !== 'night' && nx.f !== 'afternoon') return null;
    let dir: WeekdayDirection = 'past-biased';
    let start = i;
    const pre = WEEKDAY_PRE.before(this.t, i);
    if (pre) {
      start = pre.start;
      if (pre.v) dir = pre.v;
    }
    const h = DATE_HEDGES.before(this.t, start);
    let hedge: Hedge | null = null;
    if (h && h.v !== 'range-start') {
      hedge = { text: this.slice(h.start, start), kind: h.v };
      start = h.start;
    }
    let k = i + 1;
    // An explicit date right after: "dimanche 18 juin", "Sunday, June 18".
    let kk = k;
    if (this.t[kk]?.raw === ',' && this.adj(kk)) kk++;
    if (this.f(kk) === 'le' || this.f(kk) === 'the') kk++;
    const dated = this.near(kk) ? (this.dayFirst(kk, true) ?? this.monthFirst(kk, true)) : null;
    if (dated && dated.gran === 'day' && !dated.more) {
      dated.start = start;
      dated.weekday = tok.raw.toLowerCase();
      dated.wd = wd;
      if (hedge && !dated.hedge) dated.hedge = hedge;
      return dated;
    }
    const c = this.base(start, k);
    c.hedge = hedge;
    c.weekday = tok.raw.toLowerCase();
    c.wd = wd;
    c.relative = true;
    // "lundi dernier", "lundi prochain"
    if (this.near(k) && PAST.has(this.f(k)) && this.f(k) !== 'last' && this.f(k) !== 'past') { dir = 'past'; k++; }
    else if (this.near(k) && FUTURE.has(this.f(k)) && this.f(k) !== 'next' && this.f(k) !== 'coming') { dir = 'future'; k++; }
    c.wdDir = dir;
    const day = this.ref ? resolveWeekday(wd, this.ref, dir) : null;
    c.iso = c.day = day;
    c.conf = day ? 0.85 : 0.5;
    c.end = k;
    c.dayLevel = true;
    return this.nightBetween(i, c) ?? this.withTimeSuffix(this.withPart(c));
  }

  /**
   * "dans la nuit de dimanche à lundi", "the night of Sunday to Monday": the night between a weekday (token i,
   * read into `c`) and the next. It is neither day alone: a quake "dans la nuit de dimanche à lundi" is the one of
   * "Monday, 3:15 a.m.". No weekday is kept, as the night has two.
   */
  private nightBetween(i: number, c: Core): Core | null {
    const before = this.f(i - 1);
    const opener = (before === 'de' || before === 'du' || before === 'of') && (this.f(i - 2) === 'nuit' || this.f(i - 2) === 'night') ? i - 2 : -1;
    const link = this.f(i + 1);
    if (opener < 0 || !(link === 'a' || link === 'au' || link === 'to') || !this.near(i + 1) || !this.near(i + 2)) return null;
    const next = WEEKDAYS.get(this.f(i + 2));
    if (next === undefined || next !== (c.wd! + 1) % 7 || !this.near(opener + 1)) return null;
    c.start = Math.min(c.start, opener);
    c.end = i + 3;
    c.weekday = null;
    c.wd = null;
    this.applyPart(c, 'nuit');
    return c;
  }

  /** "hier", "aujourd'hui", "ce matin", "tonight", "last night", "la veille", "le lendemain". */
  private relativePhrase(i: number): Core | null {
    const rp = REL_PARTS.at(this.t, i);
    if (rp) {
      const [off, part] = rp.v;
      const c = this.base(i, rp.end);
      c.relative = true;
      const day = this.ref ? addDays(this.ref, off) : null;
      c.day = day;
      c.conf = day ? 0.8 : 0.5;
      this.applyPart(c, part);
      return this.withTimeSuffix(c);
    }
    const rd = REL_DAYS.at(this.t, i);
    if (rd) {
      const c = this.base(i, rd.end);
      c.relative = true;
      c.iso = c.day = this.ref ? addDays(this.ref, rd.v) : null;
      c.conf = c.iso ? (rd.v === 0 ? 0.6 : 0.85) : 0.5;
      c.dayLevel = true;
      return this.withTimeSuffix(this.withPart(c));
    }
    const ad = ANCHOR_DAYS.at(this.t, i);
    if (ad) {
      const c = this.base(i, ad.end);
      c.relative = true;
      c.conf = 0.5;
      const nx = this.f(ad.end);
      let anchor: string | null = null;
      if (nx === 'de' || nx === 'du' || nx === 'd' || nx === 'of') {
        const k = nx === 'd' ? ad.end + 2 : ad.end + 1;
        const target = this.t[k]?.d ? this.dayFirst(k, false) : this.monthFirst(k, false) ?? this.weekdayPhrase(k);
        if (target?.day) {
          anchor = target.day;
          c.end = target.end;
        } else if (this.f(k) !== 'the' && nx !== 'of') return c; // "la veille du sommet": an event, not a day
      } else if (this.lastDay && this.t[i]!.s - this.lastDay.end < 1500) anchor = this.lastDay.iso;
      if (anchor) {
        c.iso = c.day = addDays(anchor.slice(0, 10), ad.v);
        c.conf = 0.6;
      }
      c.dayLevel = true;
      return this.withTimeSuffix(this.withPart(c));
    }
    return null;
  }

  /** "la semaine dernière", "l'an dernier", "cette année", "le mois prochain", "last year", "this week". */
  private periodPhrase(i: number): Core | null {
    const f = this.f(i);
    let off: number | null = null;
    let unit: string | null = null;
    let end = i;
    if (f === 'last' || f === 'this' || f === 'next' || f === 'ce' || f === 'cet' || f === 'cette') {
      const u = PERIOD_UNITS.at(this.t, i + 1);
      if (u && this.near(i + 1)) {
        unit = u.v;
        off = f === 'last' ? -1 : f === 'next' ? 1 : 0;
        end = u.end;
        if (this.f(end) === '-' && this.f(end + 1) === 'ci') end += 2;
      }
    } else if (f === 'la' || f === 'le' || f === 'l') {
      const k = f === 'l' && this.f(i + 1) === "'" ? i + 2 : i + 1;
      const u = PERIOD_UNITS.at(this.t, k);
      if (u && this.near(u.end)) {
        const m = this.f(u.end);
        if (PAST.has(m) && m !== 'last' && m !== 'past') off = -1;
        else if (FUTURE.has(m) && m !== 'next' && m !== 'coming') off = 1;
        if (off !== null) {
          unit = u.v;
          end = u.end + 1;
        }
      }
    }
    if (off === null || !unit) return null;
    const c = this.base(i, end);
    c.relative = true;
    c.conf = 0.5;
    const r = this.refP;
    if (unit === 'year' && r?.year != null) {
      c.iso = String(r.year + off);
      c.gran = 'year';
      c.conf = 0.85;
    } else if (unit === 'month' && r?.month != null) {
      c.iso = addMonths(formatMonth(r.year!, r.month), off);
      c.gran = 'month';
      c.conf = 0.85;
    } else if (unit === 'week') {
      c.gran = 'week';
      if (this.ref) {
        const weekend = this.t.slice(i, end).some((x) => x.f === 'end' || x.f === 'weekend');
        if (weekend) {
          const sat = resolveWeekday(6, this.ref, off < 0 ? 'past' : off > 0 ? 'future' : 'nearest');
          c.iso = sat;
          c.isoEnd = addDays(sat, 1);
        } else {
          const [mon, sun] = weekOf(addDays(this.ref, 7 * off));
          c.iso = mon;
          c.isoEnd = sun;
        }
        c.conf = 0.8;
      }
    } else c.gran = unit === 'year' ? 'year' : 'month';
    return c;
  }

  /** "il y a six mois", "il y a plus de deux ans", "dans trois jours". */
  private ilYaPhrase(i: number): Core | null {
    let k: number;
    let sign = -1;
    if (this.f(i) === 'il' && this.f(i + 1) === 'y' && this.f(i + 2) === 'a') k = i + 3;
    else if (this.f(i) === 'voici' || this.f(i) === 'voila') k = i + 1;
    else if (this.f(i) === 'dans') { k = i + 1; sign = 1; }
    else return null;
    let hedge: Hedge | null = null;
    const h = HEDGE_WORDS.at(this.t, k);
    if (h) {
      hedge = { text: this.slice(k, h.end), kind: h.v };
      k = h.end;
    }
    const q = this.quantityAt(k);
    if (!q) return null;
    const c = this.offsetCore(i, q.end, q.n * sign, q.unit);
    c.hedge = hedge;
    return c;
  }

  /** "six months ago", "two years ago", "about a year ago". */
  private agoPhrase(i: number): Core | null {
    const q = this.quantityAt(i);
    if (!q || this.f(q.end) !== 'ago' || !this.near(q.end)) return null;
    let start = i;
    let hedge: Hedge | null = null;
    const h = HEDGE_WORDS.before(this.t, i);
    if (h) {
      hedge = { text: this.slice(h.start, i), kind: h.v };
      start = h.start;
    }
    const c = this.offsetCore(start, q.end + 1, -q.n, q.unit);
    c.hedge = hedge;
    return c;
  }

  private quantityAt(k: number): { n: number; unit: string; end: number } | null {
    const tok = this.t[k];
    if (!tok || !this.near(k)) return null;
    const n = tok.d > 0 ? (tok.d <= 3 ? tok.n : NaN) : NUMBERS.get(tok.f) ?? NaN;
    if (!Number.isFinite(n) || n <= 0) return null;
    const unit = UNITS.get(this.f(k + 1));
    if (!unit || !this.near(k + 1)) return null;
    return { n, unit, end: k + 2 };
  }

  private offsetCore(start: number, end: number, n: number, unit: string): Core {
    const c = this.base(start, end);
    c.relative = true;
    c.conf = 0.5;
    const r = this.refP;
    if (unit === 'day' || unit === 'week') {
      c.gran = unit;
      if (this.ref) {
        c.iso = addDays(this.ref, unit === 'day' ? n : 7 * n);
        if (unit === 'day') c.day = c.iso;
        c.conf = 0.75;
      }
    } else if (unit === 'month') {
      c.gran = 'month';
      if (r?.month != null) {
        c.iso = addMonths(formatMonth(r.year!, r.month), n);
        c.conf = 0.75;
      }
    } else {
      c.gran = 'year';
      const years = unit === 'decade' ? 10 * n : unit === 'century' ? 100 * n : n;
      if (r?.year != null) {
        c.iso = String(r.year + years);
        c.conf = 0.75;
      }
    }
    return c;
  }

  /** "lundi matin", "samedi soir", "Sunday night", "dimanche après-midi". */
  private withPart(c: Core): Core {
    let k = c.end;
    if (!this.near(k)) return c;
    if (this.f(k) === 'dans' && (this.f(k + 1) === 'la' || this.f(k + 1) === 'l')) k += this.f(k + 1) === 'l' ? 3 : 2;
    else if (this.f(k) === 'en' || this.f(k) === 'in' && this.f(k + 1) === 'the') k += this.f(k) === 'in' ? 2 : 1;
    const p = PARTS.at(this.t, k);
    if (!p || !this.near(k)) return c;
    c.end = p.end;
    this.applyPart(c, this.t.slice(k, p.end).map((x) => x.f).join(' ').replace(' - ', '-'));
    return c;
  }

  private applyPart(c: Core, part: string): void {
    const key = part.replace(/\s+/g, ' ');
    const hours = LEX.partsOfDay[key] ?? LEX.partsOfDay[key.replace(' ', '')] ?? null;
    c.gran = 'part-of-day';
    c.dayLevel = true;
    if (!c.day || !hours) {
      c.iso = c.day;
      return;
    }
    const [a, b] = hours;
    c.iso = withTime(c.day, a, 0);
    const endDay = b > 24 ? addDays(c.day, 1) : c.day;
    const endMin = (b > 24 ? b - 24 : b) * 60 - 1;
    c.isoEnd = withTime(endDay, Math.floor(endMin / 60), endMin % 60);
  }

  /** A time of day after a day: "dimanche à 20h", "this Sunday after 8 pm (local time)". */
  private withTimeSuffix(c: Core): Core {
    let k = c.end;
    if (this.t[k]?.raw === ',' && this.adj(k)) k++;
    if (!this.near(k)) return c;
    const tp = this.timeAt(k, c);
    if (!tp) return c;
    return tp;
  }

  /** Times: "à 23h11", "vers 22h", "at 8 pm", "20:00 (local time)", "à 14 heures", "9:00 GMT". */
  private timePhrase(i: number, allowDay: boolean): Core | null {
    const c = this.timeAt(i, null);
    if (!c || !allowDay || c.day) return c;
    // A day after the time: "à 20h dimanche", "at 8 pm on Sunday".
    let k = c.end;
    if (this.t[k]?.raw === ',' && this.adj(k)) k++;
    const f = this.f(k);
    if (f === 'on' || f === 'le' || f === 'ce' || f === 'this') k += f === 'on' || f === 'le' ? 1 : 0;
    if (!this.near(k)) return c;
    const d = this.weekdayPhraseNoTime(k) ?? (this.t[k]?.d ? this.dayFirst(k, false) : this.monthFirst(k, false));
    if (!d || d.gran !== 'day' || d.isoEnd || d.more) return c;
    const merged: Core = { ...d, start: c.start, hedge: c.hedge, tz: c.tz, conf: Math.min(c.conf, d.conf) };
    merged.iso = d.day ? c.iso!.replace(/^.*T/, `${d.day}T`) : null;
    merged.isoEnd = d.day && c.isoEnd ? c.isoEnd.replace(/^.*T/, `${d.day}T`) : null;
    merged.gran = c.gran;
    return merged;
  }

  private weekdayPhraseNoTime(k: number): Core | null {
    if (!WEEKDAYS.has(this.f(k)) && !THIS.has(this.f(k))) return null;
    const saved = this.timeDisabled;
    this.timeDisabled = true;
    const c = this.weekdayPhrase(THIS.has(this.f(k)) ? k + 1 : k);
    this.timeDisabled = saved;
    if (c && THIS.has(this.f(k))) c.start = k;
    return c;
  }
  private timeDisabled = false;

  /**
   * A time at token i, possibly after a time preposition that starts at or before i. `day` is the day phrase it
   * attaches to (then the preposition is required for "h"/"heures" forms all the same).
   */
  private timeAt(i: number, day: Core | null): Core | null {
    if (this.timeDisabled) return null;
    // Preposition: forwards when attached to a day, backwards when the scan reached the number itself.
    let start = i;
    let k = i;
    let prepKind: string | null = null;
    const fwd = TIME_PREP.at(this.t, i);
    if (fwd && day) {
      prepKind = fwd.v;
      k = fwd.end;
    } else if (!day) {
      const back = TIME_PREP.before(this.t, i);
      if (back) {
        prepKind = back.v;
        start = back.start;
      }
    }
    if (!this.near(k)) return null;
    const tod = this.clockAt(k, prepKind !== null);
    if (!tod) return null;
    let end = tod.end;
    let hEnd: number | null = null;
    let mEnd: number | null = null;
    // Ranges: "de 14h à 16h", "entre 20h et 22h", "from 8 to 10 pm".
    const conn = RANGE_CONNECTORS.at(this.t, end);
    if (conn && this.near(end) && (conn.v === 'range' || prepKind === 'range')) {
      const b = this.clockAt(conn.end, true);
      if (b) {
        hEnd = b.h;
        mEnd = b.m;
        end = b.end;
        if (b.tz) tod.tz = b.tz;
      }
    }
    if (prepKind === 'range' && hEnd === null) return null; // "de cinq heures" is a duration
    const c: Core = day ? { ...day } : this.base(start, end);
    c.end = end;
    c.tz = tod.tz;
    if (prepKind && prepKind !== 'range') {
      const text = this.slice(day ? i : start, day ? fwdEnd(fwd) : i);
      c.hedge = { text, kind: prepKind };
    } else if (!day) c.hedge = null;
    if (!prepKind || prepKind === 'range' && !day) { /* keep */ }
    const d = day?.day ?? null;
    c.iso = withTime(d, tod.h, tod.m ?? 0);
    c.isoEnd = hEnd !== null ? withTime(d, hEnd, mEnd ?? 0) : null;
    if (c.isoEnd && d && hEnd !== null && hEnd < tod.h) c.isoEnd = withTime(addDays(d, 1), hEnd, mEnd ?? 0);
    c.gran = tod.m === null ? 'hour' : 'minute';
    c.conf = day ? Math.min(day.conf, 0.9) : 0.75;
    c.day = d;
    c.dayLevel = false;
    return c;

    function fwdEnd(f: { end: number } | null): number {
      return f ? f.end : i;
    }
  }

  /** The clock reading itself at token k. `prep` says whether a time preposition came before. */
  private clockAt(k: number, prep: boolean): TimeOfDay | null {
    const t = this.t;
    const tok = t[k];
    if (!tok) return null;
    const tw = TIME_WORDS.get(tok.f);
    if (tw !== undefined) {
      if (!prep) return null;
      return this.tzAfter({ end: k + 1, h: tw, m: null, tz: null });
    }
    const n = tok.d > 0 ? (tok.d <= 2 ? tok.n : NaN) : NUMBERS.get(tok.f) ?? NaN;
    if (!Number.isFinite(n) || n > 24) return null;
    const prev = t[k - 1];
    if (prev && tok.gap === 0 && (prev.d > 0 || prev.raw === ':' || prev.raw === '.' || prev.raw === ',' || prev.raw === '/')) return null;
    const nx = t[k + 1];
    if (!nx || nx.gap >= 2) return null;
    let h = n;
    let m: number | null = null;
    let end: number;
    if (tok.d > 0 && nx.raw === ':' && nx.gap === 0 && t[k + 2]?.d === 2 && t[k + 2]!.gap === 0) {
      m = t[k + 2]!.n;
      end = k + 3;
      if (m > 59 || h > 23) return null;
      if (t[end]?.gap === 0 && (t[end]!.raw === ':' && t[end + 1]?.d === 2)) end += 2; // seconds
      if (t[end]?.gap === 0 && t[end]!.d > 0) return null;
      const ap = AMPM.at(t, end);
      if (ap && this.near(end)) {
        end = ap.end + (t[ap.end - 1]?.f === 'm' && t[ap.end]?.raw === '.' && this.adj(ap.end) ? 1 : 0);
        h = ampm(h, ap.v);
        if (h < 0) return null;
      } else if (!prep && tok.d < 2 && !this.tzAt(end)) return null; // "3:16" needs a context
    } else if (tok.d > 0 && HOUR_WORDS.has(nx.f) && (nx.f === 'h' ? nx.raw === 'h' || nx.raw === 'H' : true)) {
      if (h > 23) return null;
      end = k + 2;
      const mt = t[end];
      if (mt && mt.gap < 2 && mt.d === 2 && mt.n <= 59 && nx.f === 'h') {
        m = mt.n;
        end++;
      } else if (mt && mt.gap < 2 && mt.d === 2 && mt.n <= 59 && (nx.f === 'heures' || nx.f === 'heure')) {
        m = mt.n;
        end++;
      }
      // "à 10 h", or a stated zone ("8 h GMT"): a bare "8 h" may be a length.
      if (!prep && !this.tzAt(end)) return null;
      const tail = this.hourTail(h, m, end);
      if (!tail) return null;
      ({ h, m, end } = tail);
    } else if (tok.d === 0 && (nx.f === 'heures' || nx.f === 'heure')) {
      // "à sept heures", "vers onze heures et demie"
      if (!prep || h > 23) return null;
      const tail = this.hourTail(h, m, k + 2);
      if (!tail) return null;
      ({ h, m, end } = tail);
    } else {
      const ap = AMPM.at(t, k + 1);
      // "a"/"an" count as one elsewhere ("an hour"), but "à am" or "an a.m. flight" is no clock reading.
      const article = tok.d === 0 && (tok.f === 'a' || tok.f === 'an');
      if (ap && !article && this.near(k + 1) && h >= 1 && h <= 12) {
        end = ap.end + (t[ap.end - 1]?.f === 'm' && t[ap.end]?.raw === '.' && this.adj(ap.end) ? 1 : 0);
        h = ampm(h, ap.v);
      } else if (nx.f === 'o' && t[k + 2]?.f === "'" && t[k + 3]?.f === 'clock') {
        if (!prep) return null;
        end = k + 4;
        h = this.dayHalf(h, end);
        end = this.partTailEnd(end);
      } else return null;
    }
    return this.tzAfter({ end, h, m, tz: null });
  }

  /**
   * What may follow "N heures" in a clock time: "et demie" / "moins le quart" (when no minutes were given), then
   * a part of the day ("du soir"). Null when the words make it a length ("5 heures de route").
   */
  private hourTail(h: number, m: number | null, end: number): { h: number; m: number | null; end: number } | null {
    const hq = HALF_QUARTER.at(this.t, end);
    if (m === null && hq && this.near(end)) {
      m = hq.v < 0 ? 60 + hq.v : hq.v;
      if (hq.v < 0) h -= 1;
      end = hq.end;
    }
    if (this.isDurationTail(end)) return null;
    return { h: this.dayHalf(h, end), m, end: this.partTailEnd(end) };
  }

  /** "à 5 heures de route", "24h/24", "7 heures sur 24": durations, not clock times. */
  private isDurationTail(end: number): boolean {
    const t = this.t[end];
    if (!t || t.gap >= 2) return false;
    if (t.raw === '/' || t.f === 'sur' || t.f === 'par') return true;
    if ((t.f === 'de' || t.f === 'd') && !EVENING_AFTER.at(this.t, end) && !MORNING_AFTER.at(this.t, end)) return true;
    return false;
  }

  private dayHalf(h: number, end: number): number {
    if (EVENING_AFTER.at(this.t, end) && h < 12) return h + 12;
    return h;
  }
  private partTailEnd(end: number): number {
    const p = EVENING_AFTER.at(this.t, end) ?? MORNING_AFTER.at(this.t, end);
    return p ? p.end : end;
  }

  private tzAt(k: number): { end: number; tz: string } | null {
    const t = this.t;
    let j = k;
    if (!this.near(j)) return null;
    const paren = t[j]?.raw === '(';
    if (paren) j++;
    else if (t[j]?.raw === ',' && (this.f(j + 1) === 'heure' || this.f(j + 1) === 'heures')) j++;
    let tz: string | null = null;
    let end = j;
    const ph = TZ_PHRASES.at(t, j);
    if (ph && (ph.v !== 'local' || this.f(j) !== 'local' && this.f(j) !== 'locale' && this.f(j) !== 'locales' || paren || this.t[j]!.gap <= 1)) {
      tz = ph.v;
      end = ph.end;
    } else if (t[j] && TZ_ABBR.has(t[j]!.raw)) {
      tz = t[j]!.raw;
      end = j + 1;
      const sign = t[end];
      if (sign && sign.gap === 0 && (sign.raw === '+' || sign.raw === '-' || sign.raw === '−') && t[end + 1]?.d && t[end + 1]!.d <= 2 && t[end + 1]!.gap === 0) {
        tz += (sign.raw === '+' ? '+' : '-') + t[end + 1]!.raw;
        end += 2;
        if (t[end]?.raw === ':' && t[end + 1]?.d === 2 && t[end]!.gap === 0) {
          tz += `:${t[end + 1]!.raw}`;
          end += 2;
        }
      }
    } else if ((this.f(j) === 'heure' || this.f(j) === 'heures') && (this.f(j + 1) === 'de' || this.f(j + 1) === 'du') && /^\p{Lu}/u.test(t[j + 2]?.raw ?? '')) {
      tz = `heure de ${t[j + 2]!.raw}`;
      end = j + 3;
    } else if (/^\p{Lu}/u.test(t[j]?.raw ?? '') && this.f(j + 1) === 'time' && this.near(j + 1)) {
      tz = `${t[j]!.raw} time`;
      end = j + 2;
    }
    if (!tz) return null;
    if (paren && t[end]?.raw === ')') end++;
    return { end, tz };
  }

  private tzAfter(tod: TimeOfDay): TimeOfDay {
    const z = this.tzAt(tod.end);
    if (z) {
      tod.tz = z.tz;
      tod.end = z.end;
    }
    return tod;
  }
}

/** Keeps the month and day of a date whose year is unknown, when such a day exists in some year (29 Feb does). */
function setMonthDay(c: Core, month: number, day: number): void {
  if (isValidDay(2024, month, day)) c.monthDay = `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Thirds: days 1-10 / 11-20 / 21-end of a month, months 1-4 / 5-8 / 9-12 of a year; the whole for other positions. */
function thirdOf(position: string, third: number, max: number): [number, number] {
  return position === 'early' ? [1, third]
    : position === 'mid' ? [third + 1, 2 * third] : position === 'late' ? [2 * third + 1, max] : [1, max];
}

function ampm(h: number, v: string): number {
  if (h < 1 || h > 12) return -1;
  if (v === 'pm') return h === 12 ? 12 : h + 12;
  return h === 12 ? 0 : h;
}

const HEDGE_WORDS = new PhraseMap<string>([
  ['pres de', 'nearly'], ['pres d', 'nearly'], ['plus de', 'more'], ['plus d', 'more'], ['environ', 'approx'],
  ['quelque', 'approx'], ['moins de', 'less'], ['moins d', 'less'], ['presque', 'nearly'], ['about', 'approx'],
  ['nearly', 'nearly'], ['almost', 'nearly'], ['more than', 'more'], ['over', 'more'], ['some', 'approx'],
  ['around', 'approx'], ['roughly', 'approx'], ['less than', 'less'], ['a peine', 'approx'], ['just', 'approx'],
  ['barely', 'approx'], ['at least', 'at-least'], ['au moins', 'at-least'],
]);

// ------------------------------------------------------------------ public API

/** Date phrases of a document, resolved against its publication date when they are relative. */
export function findDateMentions(ctx: ExtractContext): DateMention[] {
  return analyseDates(ctx).mentions.map((m) => ({ ...m, value: { ...m.value }, hedge: m.hedge ? { ...m.hedge } : null }));
}

// The date and first-since extractors both need the tokens and the date mentions of a document: computed once
// per analyse() call. Keyed by that call's sentences array (doc and text checked): the tokens then die soon after
// that call instead of living as long as the document (recent-cache.ts says why this is no WeakMap).
const CACHE = new RecentCache<object, { doc: SourceDoc; text: string; tokens: Tok[]; mentions: DateMention[] }>();

/** Tokens and date mentions of a document (shared, do not mutate). */
export function analyseDates(ctx: ExtractContext): { tokens: Tok[]; mentions: DateMention[] } {
  const hit = CACHE.get(ctx.sentences);
  if (hit && hit.doc === ctx.doc && hit.text === ctx.text) return hit;
  const r = computeDates(ctx);
  CACHE.set(ctx.sentences, { doc: ctx.doc, text: ctx.text, ...r });
  return r;
}

function computeDates(ctx: ExtractContext): { tokens: Tok[]; mentions: DateMention[] } {
  const pub = resolvePublished(ctx.doc);
  const refP = parsePartialIso(pub);
  const ref = refP && refP.day !== null ? pub : null;
  const t = tokenize(ctx.text);
  const p = new DateParser(t, ctx.doc.lang, ref, refP);
  p.src = ctx.text;
  p.run();
  if (!ref && refP && refP.month !== null) resolveNearbyWeekdays(p.out, t, ctx, refP);
  if (!ref) resolveFromPhotoDates(p.out, ctx, refP);
  const out: DateMention[] = [];
  for (const c of p.out) {
    const start = t[c.start]!.s;
    const end = t[c.end - 1]!.e;
    const value: DateValue = {
      iso: c.iso,
      isoEnd: c.isoEnd ?? c.iso,
      granularity: c.gran,
      weekday: c.weekday,
      relative: c.relative,
      tz: c.tz,
      ...(c.iso === null && c.monthDay ? { monthDay: c.monthDay } : {}),
    };
    out.push({ start, end, text: ctx.text.slice(start, end), value, hedge: c.hedge, confidence: c.conf });
    for (const iso of c.more ?? []) {
      out.push({ start, end, text: ctx.text.slice(start, end), value: { ...value, iso, isoEnd: iso }, hedge: c.hedge, confidence: c.conf });
    }
  }
  return { tokens: t, mentions: out };
}

/**
 * With a publication date known only to the month, a bare weekday resolves only next to an absolute day of the
 * same paragraph, and only to the matching day within three days of it that stays in the publication month.
 */
function resolveNearbyWeekdays(cores: Core[], t: Tok[], ctx: ExtractContext, refP: PartialDate): void {
  const paragraphOf = (off: number): number => {
    let lo = 0;
    let hi = ctx.sentences.length - 1;
    let ans = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (ctx.sentences[mid]!.start <= off) { ans = mid; lo = mid + 1; } else hi = mid - 1;
    }
    return ans < 0 ? -1 : ctx.sentences[ans]!.paragraph;
  };
  const anchors = cores.filter((c) => !c.relative && c.gran === 'day' && c.day && !c.isoEnd);
  // "ce mardi 7 mars" dates every other bare "mardi" of the article.
  const dated = new Map<number, string>();
  for (const a of anchors) if (a.wd !== null && a.day && resolveWeekday(a.wd, a.day) === a.day && !dated.has(a.wd)) dated.set(a.wd, a.day);
  const byParagraph = new Map<number, Core>();
  for (const a of anchors) {
    const para = paragraphOf(t[a.start]!.s);
    if (!byParagraph.has(para)) byParagraph.set(para, a);
  }
  for (const c of cores) {
    if (c.wd === null || c.iso || !c.relative || c.wdDir !== 'past-biased' && c.wdDir !== 'nearest') continue;
    const a = byParagraph.get(paragraphOf(t[c.start]!.s));
    const same = dated.get(c.wd);
    if (!same && (!a || !a.day)) continue;
    const day = same ?? resolveWeekday(c.wd, a!.day!, 'nearest');
    const p = parsePartialIso(day)!;
    if (p.year !== refP.year || p.month !== refP.month) continue;
    c.iso = c.day = day;
    c.conf = 0.5;
    if (c.gran === 'part-of-day' || c.gran === 'hour' || c.gran === 'minute') {
      // Re-derive from the bare day: only the day changes.
      c.iso = day;
      c.gran = 'day';
    }
  }
}

// Words, digit runs and commas of a caption: a token scan, no backtracking.
const CAPTION_TOKEN = /\p{L}+|\d+|,/gu;

/**
 * Full dates written in the document's removed photo captions (photos are dated on the day of the event):
 * "le 18 juin 2023", "18 June 2023", "June 18, 2023".
 */
export function photoDates(doc: SourceDoc): string[] {
  const out: string[] = [];
  for (const r of doc.removed) {
    if (r.reason !== 'caption' && r.reason !== 'credit') continue;
    const t = r.text.slice(0, 2000).match(CAPTION_TOKEN) ?? [];
    const num = (x: string | undefined) => (x && /^\d+$/.test(x) ? Number(x) : NaN);
    const month = (x: string | undefined) => (x ? LEX.months[foldMonth(x)] : undefined);
    for (let i = 0; i + 2 < t.length; i++) {
      let day = NaN;
      let m: number | undefined;
      let year = NaN;
      if (!Number.isNaN(num(t[i])) && month(t[i + 1]) && num(t[i + 2]) > 999) [day, m, year] = [num(t[i]), month(t[i + 1]), num(t[i + 2])];
      else if (month(t[i]) && !Number.isNaN(num(t[i + 1])) && t[i + 2] === ',' && num(t[i + 3]) > 999) [m, day, year] = [month(t[i]), num(t[i + 1]), num(t[i + 3])];
      if (m && isValidDay(year, m, day)) out.push(formatDay(year, m, day));
    }
  }
  return [...new Set(out)].sort();
}

function foldMonth(w: string): string {
  return w.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
}

/**
 * Without a publication day, the day a photo of the article was taken anchors its bare weekdays: "dimanche" and
 * "lundi" in an article whose caption says "le 18 juin 2023" are the 18th and 19th (the nearest such days, within
 * three days). The publication date itself stays unknown: nothing is invented, the caption is the evidence.
 */
function resolveFromPhotoDates(cores: Core[], ctx: ExtractContext, refP: PartialDate | null): void {
  const anchors = photoDates(ctx.doc).filter((d) => {
    const p = parsePartialIso(d)!;
    return !refP || ((refP.year === null || refP.year === p.year) && (refP.month === null || refP.month === p.month));
  });
  if (anchors.length !== 1) return;
  const anchor = anchors[0]!;
  for (const c of cores) {
    if (c.wd === null || c.iso || !c.relative || (c.wdDir !== 'past-biased' && c.wdDir !== 'nearest')) continue;
    const day = resolveWeekday(c.wd, anchor, 'nearest');
    if (Math.abs(dayNumber(day) - dayNumber(anchor)) > 3) continue;
    c.iso = c.day = day;
    c.conf = 0.5;
    if (c.gran === 'hour' || c.gran === 'minute') c.gran = 'day';
  }
}

/** Extracts every date phrase as a `date` claim. */
export function extractDates(ctx: ExtractContext): ClaimDraft[] {
  return findDateMentions(ctx).map((m) => ({
    kind: 'date' as const,
    start: m.start,
    end: m.end,
    value: m.value,
    hedge: m.hedge,
    interval: null,
    confidence: m.confidence,
  }));
}
