// Pure calendar arithmetic on partial ISO dates, shared by the date and first-since extractors and by the
// stages that compare dates. Everything is UTC day/minute arithmetic so results never depend on the machine's
// time zone or clock: no `new Date()` without arguments, no local-time getters.

/** A parsed partial ISO date. `year` is null only for a bare time of day ("T20:00"). */
export interface PartialDate {
  year: number | null;
  month: number | null;
  day: number | null;
  hour: number | null;
  minute: number | null;
  precision: 'year' | 'month' | 'day' | 'hour' | 'minute' | 'time';
}

// Anchored and without nested quantifiers: linear.
const ISO_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2})(?::(\d{2}))?(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/;
const TIME_RE = /^T(\d{2})(?::(\d{2}))?$/;

const MS_PER_DAY = 86_400_000;

/** Days in a month (1-based month). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** True when year/month/day name a real calendar day. */
export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * Parses "2023", "2023-06", "2023-06-19", "2023-06-19T05:19" (seconds and offsets are accepted and dropped),
 * and a bare time of day "T20:00" (what the date extractor emits for a time it cannot attach to a day).
 * Returns null for anything else, including impossible days.
 */
export function parsePartialIso(iso: string | null | undefined): PartialDate | null {
  if (!iso) return null;
  const t = TIME_RE.exec(iso);
  if (t) {
    const hour = Number(t[1]);
    const minute = t[2] === undefined ? null : Number(t[2]);
    if (hour > 24 || (minute !== null && minute > 59)) return null;
    return { year: null, month: null, day: null, hour, minute, precision: 'time' };
  }
  const m = ISO_RE.exec(iso);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] === undefined ? null : Number(m[2]);
  const day = m[3] === undefined ? null : Number(m[3]);
  const hour = m[4] === undefined ? null : Number(m[4]);
  const minute = m[5] === undefined ? null : Number(m[5]);
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null && !isValidDay(year, month!, day)) return null;
  if (hour !== null && hour > 23) return null;
  if (minute !== null && minute > 59) return null;
  const precision = minute !== null ? 'minute' : hour !== null ? 'hour' : day !== null ? 'day' : month !== null ? 'month' : 'year';
  return { year, month, day, hour, minute, precision };
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Formats a day as "YYYY-MM-DD". */
export function formatDay(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** Formats a month as "YYYY-MM". */
export function formatMonth(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}`;
}

/** Appends a time of day to a day ("2023-06-18" + 20:00 → "2023-06-18T20:00"), or makes "T20:00" when no day. */
export function withTime(day: string | null, hour: number, minute: number): string {
  return `${day ?? ''}T${pad(hour)}:${pad(minute)}`;
}

/** Days since 1970-01-01 of an ISO day (or of the first day of a coarser date). */
export function dayNumber(iso: string): number {
  const p = parsePartialIso(iso);
  if (!p || p.year === null) throw new Error(`calendar: not a date: ${iso}`);
  return Date.UTC(p.year, (p.month ?? 1) - 1, p.day ?? 1) / MS_PER_DAY;
}

/** ISO day of a day number. */
export function fromDayNumber(n: number): string {
  const d = new Date(n * MS_PER_DAY);
  return formatDay(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Weekday of a date, 0 = Sunday … 6 = Saturday (JavaScript's convention). */
export function weekdayOf(iso: string): number {
  return new Date(dayNumber(iso) * MS_PER_DAY).getUTCDay();
}

/** Adds days to a day-precision ISO date. */
export function addDays(iso: string, days: number): string {
  return fromDayNumber(dayNumber(iso) + days);
}

/**
 * Adds months keeping the precision of the input ("2023-06" + 1 → "2023-07"; "2023-01-31" + 1 → "2023-02-28":
 * the day is clamped to the target month, as people mean "one month after the 31st").
 */
export function addMonths(iso: string, months: number): string {
  const p = parsePartialIso(iso);
  if (!p || p.year === null) throw new Error(`calendar: not a date: ${iso}`);
  const total = p.year * 12 + ((p.month ?? 1) - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12 + 1;
  if (p.month === null) return pad(year, 4);
  if (p.day === null) return formatMonth(year, month);
  return formatDay(year, month, Math.min(p.day, daysInMonth(year, month)));
}

/** Adds years keeping the precision of the input (29 February clamps to the 28th). */
export function addYears(iso: string, years: number): string {
  return addMonths(iso, years * 12);
}

/** Truncates an ISO date to a coarser precision. */
export function truncate(iso: string, precision: 'year' | 'month' | 'day'): string {
  return iso.slice(0, precision === 'year' ? 4 : precision === 'month' ? 7 : 10);
}

/** First and last day covered by a partial date: "2023-06" → ["2023-06-01", "2023-06-30"]. Null for a bare time. */
export function dateRange(iso: string): [string, string] | null {
  const p = parsePartialIso(iso);
  if (!p || p.year === null) return null;
  if (p.month === null) return [formatDay(p.year, 1, 1), formatDay(p.year, 12, 31)];
  if (p.day === null) return [formatDay(p.year, p.month, 1), formatDay(p.year, p.month, daysInMonth(p.year, p.month))];
  const d = formatDay(p.year, p.month, p.day);
  return [d, d];
}

/**
 * The span of a partial date in minutes since the epoch, [start, end) — a day covers 1440 minutes, an hour 60,
 * a stated minute 1. `end` may be another ISO (an inclusive range end). Null for bare times.
 */
export function minuteRange(iso: string, isoEnd?: string | null): [number, number] | null {
  // Alignment asks for the same few dates over and over: remember them (a bounded cache of pure results).
  const key = isoEnd ? `${iso}/${isoEnd}` : iso;
  const hit = RANGES.get(key);
  if (hit !== undefined) return hit;
  const r = computeMinuteRange(iso, isoEnd);
  if (RANGES.size >= MAX_CACHED_RANGES) RANGES.clear();
  RANGES.set(key, r);
  return r;
}

const RANGES = new Map<string, [number, number] | null>();
const MAX_CACHED_RANGES = 50_000;

function computeMinuteRange(iso: string, isoEnd?: string | null): [number, number] | null {
  const a = parsePartialIso(iso);
  const b = isoEnd ? parsePartialIso(isoEnd) : a;
  if (!a || !b || a.year === null || b.year === null) return null;
  const start = (p: PartialDate) =>
    (Date.UTC(p.year!, (p.month ?? 1) - 1, p.day ?? 1) / 60_000) + (p.hour ?? 0) * 60 + (p.minute ?? 0);
  const end = (p: PartialDate): number => {
    if (p.minute !== null) return start(p) + 1;
    if (p.hour !== null) return start(p) + 60;
    if (p.day !== null) return start(p) + 1440;
    if (p.month !== null) return Date.UTC(p.year!, p.month, 1) / 60_000;
    return Date.UTC(p.year! + 1, 0, 1) / 60_000;
  };
  return [start(a), end(b)];
}

/** A date or an inclusive [start, end] pair of partial ISO dates. */
export type DateLike = string | [string, string | null | undefined];

/** True when two partial dates (or ranges) share at least one minute: "2023-06" overlaps "2023-06-18". */
export function rangesOverlap(a: DateLike, b: DateLike): boolean {
  const ra = typeof a === 'string' ? minuteRange(a) : minuteRange(a[0], a[1]);
  const rb = typeof b === 'string' ? minuteRange(b) : minuteRange(b[0], b[1]);
  if (!ra || !rb) return false;
  return ra[0] < rb[1] && rb[0] < ra[1];
}

/** Orders two partial dates by their start; ties broken by the coarser one first. */
export function compareIso(a: string, b: string): number {
  const ra = minuteRange(a);
  const rb = minuteRange(b);
  if (!ra || !rb) return a < b ? -1 : a > b ? 1 : 0;
  return ra[0] - rb[0] || rb[1] - ra[1];
}

/**
 * How to pick the day of a weekday relative to a reference day:
 * - 'past-biased': the most recent one, the reference day itself included (news: "dimanche" in a Monday paper);
 * - 'past': strictly before ("lundi dernier" in a Monday paper is a week ago);
 * - 'future': strictly after ("lundi prochain", "next Monday");
 * - 'future-inclusive': the reference day or after;
 * - 'nearest': the closest one, ties to the past ("ce dimanche" in a Friday paper is in two days).
 */
export type WeekdayDirection = 'past-biased' | 'past' | 'future' | 'future-inclusive' | 'nearest';

/** Resolves a weekday (0 = Sunday … 6 = Saturday) against a reference ISO day. */
export function resolveWeekday(weekday: number, ref: string, direction: WeekdayDirection = 'past-biased'): string {
  const refDay = dayNumber(ref);
  const refWd = weekdayOf(ref);
  const back = (refWd - weekday + 7) % 7; // days back to the most recent one, 0 = same day
  const fwd = (weekday - refWd + 7) % 7; // days forward to the next one, 0 = same day
  let delta: number;
  switch (direction) {
    case 'past-biased': delta = -back; break;
    case 'past': delta = -(back === 0 ? 7 : back); break;
    case 'future': delta = fwd === 0 ? 7 : fwd; break;
    case 'future-inclusive': delta = fwd; break;
    case 'nearest': delta = fwd < back ? fwd : -back; break;
  }
  return fromDayNumber(refDay + delta);
}

/** Monday and Sunday of the ISO week containing a day. */
export function weekOf(iso: string): [string, string] {
  const n = dayNumber(iso);
  const monday = n - ((weekdayOf(iso) + 6) % 7);
  return [fromDayNumber(monday), fromDayNumber(monday + 6)];
}

/** Fractional years between two days (b − a), for gap reasoning in first-since claims. */
export function yearsBetween(a: string, b: string): number {
  return (dayNumber(b) - dayNumber(a)) / 365.2425;
}
