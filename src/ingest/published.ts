// Publication date with provenance, never invented. Reads datelines ("19.06.2023, 05:19", "Publié le
// 18/06/2023 à 10h", "Published June 18, 2023") only where they date the article: the first lines of the
// text or a line that says "Publié/Mis à jour/Published/Updated". A date inside a caption or the body
// describes the event, not the article, so it is ignored (captions are already cut when this runs).
import type { Lang, PublishedDate } from '../types.ts';
import type { Cut } from './clean.ts';
import { splitLines } from './lines.ts';
import lexicon from './lang-lexicon.json' with { type: 'json' };

const MONTHS = new Map<string, number>([...Object.entries(lexicon.months.fr), ...Object.entries(lexicon.months.en)]);
const PUBLISH_CUE = /^(?:[•·\-–—*\s]*)(?:publié|publiée|mis à jour|mise à jour|modifié|date de publication|published|updated|posted|last updated)\b/i;

// How many kept lines from the top may carry a bare dateline, and how far down to look for "Publié".
const TOP_LINES = 3;
const CUE_LINES = 30;
const SLICE = 300;

/** Finds the dateline of an article in its working text, skipping lines inside `cuts`. */
export function findDateline(text: string, cuts: Cut[], lang: Lang): PublishedDate | null {
  const lines = splitLines(text).filter((l) => l.ce > l.cs);
  let k = 0;
  let c = 0;
  let seen = 0;
  for (const line of lines) {
    // Cuts are sorted: advance to the first that may cover this line.
    while (c < cuts.length && cuts[c]!.end <= line.cs) c++;
    const cut = cuts[c];
    if (cut && cut.start <= line.cs && cut.end >= line.ce) continue;
    seen++;
    if (seen > CUE_LINES) break;
    const s = text.slice(line.cs, Math.min(line.ce, line.cs + SLICE));
    const cue = PUBLISH_CUE.test(s);
    if (cue || k < TOP_LINES) {
      const found = parseDate(s, lang);
      if (found) {
        // On a plain top line the date must lead a short line ("18 juin 2023 - Paris", "Par X, le 2 mars
        // 2024"), or open a longer one ("19.06.2023, 05:19 Le ministre…", then it is read from the text).
        // "La réunion du 16 février 2024 a…" dates an event, not the article.
        const words = s.split(/\s+/).length;
        if (cue || (found.index <= 30 && words <= 14)) return { value: found.value, source: 'dateline' };
        if (found.index === 0) return { value: found.value, source: 'text' };
      }
    }
    k++;
  }
  return null;
}

interface Found {
  value: string;
  index: number;
}

/** Reads the first full date (day, month, year; time when given) in `s` as partial ISO. */
export function parseDate(s: string, lang: Lang): Found | null {
  const candidates: Found[] = [];
  let m: RegExpExecArray | null;
  // 2023-06-18, 2023-06-18T05:19
  if ((m = /\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?/.exec(s))) {
    push(candidates, m.index, +m[1]!, +m[2]!, +m[3]!, m[4], m[5], null);
  }
  // 19.06.2023, 05:19 / 18/06/2023 à 10h30 / 2/18/2023 at 9:35 PM (month first in English)
  if ((m = /\b(\d{1,2})[./](\d{1,2})[./](\d{4})(?:,?\s*(?:(?:à|at|-)\s*)?(\d{1,2})\s*[:h]\s*(?:(\d{2})\s*)?(AM|PM|am|pm)?)?/.exec(s))) {
    let day = +m[1]!;
    let month = +m[2]!;
    if ((lang === 'en' && m[0].includes('/') && day <= 12) || month > 12) [day, month] = [month, day];
    push(candidates, m.index, +m[3]!, month, day, m[4], m[5], m[6] ?? null);
  }
  // 18 juin 2023, le 1er mars 2023 à 10h, 18 June 2023
  if ((m = /\b(\d{1,2})(?:er|st|nd|rd|th)?\s+([A-Za-zÀ-ÿ]{3,9})\.?\s+(\d{4})(?:\s*(?:à|at|,)\s*(\d{1,2})\s*[:h]\s*(\d{2})?)?/.exec(s))) {
    const month = MONTHS.get(m[2]!.toLowerCase());
    if (month) push(candidates, m.index, +m[3]!, month, +m[1]!, m[4], m[5], null);
  }
  // June 18, 2023 / Jun 19, 2023 7:00 AM
  if ((m = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(s))) {
    const month = MONTHS.get(m[1]!.toLowerCase());
    if (month) push(candidates, m.index, +m[3]!, month, +m[2]!, undefined, undefined, null);
  }
  if (candidates.length === 0) return null;
  candidates.sort((a, b) => a.index - b.index);
  return candidates[0]!;
}

function push(
  out: Found[],
  index: number,
  year: number,
  month: number,
  day: number,
  hour: string | undefined,
  minute: string | undefined,
  ampm: string | null,
): void {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2100) return;
  let value = `${year}-${pad(month)}-${pad(day)}`;
  if (hour !== undefined) {
    let h = +hour;
    if (ampm && /pm/i.test(ampm) && h < 12) h += 12;
    if (ampm && /am/i.test(ampm) && h === 12) h = 0;
    const min = minute === undefined ? 0 : +minute;
    if (h < 24 && min < 60) value += `T${pad(h)}:${pad(min)}`;
  }
  out.push({ value, index });
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Reads a metadata date ("2023-06-18T10:00:00+02:00", "2023-06") as partial ISO, or null. */
export function normaliseIsoDate(raw: string): string | null {
  const m = /^\s*(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2}))?)?)?/.exec(raw);
  if (!m) return null;
  const [, y, mo, d, h, mi] = m;
  if (mo && (+mo < 1 || +mo > 12)) return null;
  if (d && (+d < 1 || +d > 31)) return null;
  let out = y!;
  if (mo) out += `-${mo}`;
  if (d) out += `-${d}`;
  if (h && mi) out += `T${h}:${mi}`;
  return out;
}

/**
 * Picks the publication date: metadata, else the dateline, else the stored-month " date YYYY-MM" line.
 * When the dateline and the date line agree on the month, the more precise dateline wins; when they
 * disagree, the date line (written by whoever stored the copy) is trusted over a guess from the text.
 */
export function choosePublished(meta: string | null, dateline: PublishedDate | null, dateLine: string | null): PublishedDate {
  if (meta) return { value: meta, source: 'metadata' };
  if (dateline && dateLine) {
    const agree = dateline.value!.slice(0, 7) === dateLine.slice(0, 7);
    if (agree && dateline.value!.length >= dateLine.length) return dateline;
    return { value: dateLine, source: 'date-line' };
  }
  if (dateline) return dateline;
  if (dateLine) return { value: dateLine, source: 'date-line' };
  return { value: null, source: null };
}
