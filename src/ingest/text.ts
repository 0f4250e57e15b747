// Plain text and Markdown articles: optional front matter, the stored-month " date YYYY-MM" line, then
// cleaning by masking. `text` keeps the length of `original`; removed noise becomes spaces (newlines kept).
import { RecoupeError } from '../errors.ts';
import type { Lang, Removed, SourceDoc } from '../types.ts';
import { findNoise } from './clean.ts';
import { detectLang, parseLangTag } from './lang.ts';
import { choosePublished, findDateline, normaliseIsoDate } from './published.ts';
import { firstLineTitle, type DocMeta } from './meta.ts';

const FRONT_KEYS = new Set(['title', 'outlet', 'url', 'published', 'lang', 'date', 'author', 'id', 'source']);

/** Builds a SourceDoc from a .txt/.md text (or a feed record's body when `frontMatter` is false). */
export function textDoc(id: string, file: string, original: string, meta: DocMeta, frontMatter = true): SourceDoc {
  const removed: Removed[] = [];
  const mask: [number, number][] = [];
  let from = 0;
  // A UTF-8 BOM stays in `original` (offsets stay file offsets) and is masked.
  if (original.charCodeAt(0) === 0xfeff) {
    removed.push({ reason: 'markup', start: 0, end: 1, text: original.slice(0, 1) });
    mask.push([0, 1]);
    from = 1;
  }
  const merged: DocMeta = { ...meta };
  if (frontMatter) {
    const fm = readFrontMatter(original, from, file);
    if (fm) {
      removed.push({ reason: 'front-matter', start: from, end: fm.end, text: original.slice(from, fm.end) });
      mask.push([from, fm.end]);
      from = fm.end;
      // Explicit metadata given by the caller wins over the file's own front matter.
      for (const [k, v] of Object.entries(fm.values) as [keyof DocMeta, string][]) if (merged[k] == null) merged[k] = v;
    }
  }
  // " date 2023-06 Title…": the month the copy was stored, glued before the title in real corpora.
  let dateLine: string | null = null;
  const dl = /^[ \t]*date[ \t]+(\d{4}-\d{2}(?:-\d{2})?)\b/.exec(original.slice(from, from + 40));
  if (dl) {
    const end = from + dl[0].length;
    dateLine = dl[1]!;
    removed.push({ reason: 'date-line', start: from, end, text: original.slice(from, end) });
    mask.push([from, end]);
  }
  let work = applyMask(original, mask);

  const lang: Lang = parseLangTag(merged.lang) ?? detectLang(work);
  const cuts = findNoise(work, { lang, title: merged.title ?? null });
  for (const c of cuts) removed.push({ reason: c.reason, start: c.start, end: c.end, text: original.slice(c.start, c.end) });
  const metaDate = merged.published ? normaliseIsoDate(merged.published) : null;
  const published = choosePublished(metaDate, findDateline(work, cuts, lang), dateLine);
  const title = merged.title ?? firstLineTitle(work, cuts);
  work = applyMask(work, cuts.map((c) => [c.start, c.end]));
  removed.sort((a, b) => a.start - b.start || a.end - b.end);
  return {
    id,
    path: file,
    title,
    outlet: merged.outlet ?? null,
    url: merged.url ?? null,
    lang,
    langSource: parseLangTag(merged.lang) ? 'metadata' : 'detected',
    published,
    original,
    text: work,
    offsets: null,
    removed,
  };
}

/** Replaces the given spans by spaces, keeping newlines so that lines keep their numbers. */
export function applyMask(s: string, spans: [number, number][]): string {
  if (spans.length === 0) return s;
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const parts: string[] = [];
  let at = 0;
  for (const [start, end] of sorted) {
    if (end <= at) continue;
    const a = Math.max(start, at);
    parts.push(s.slice(at, a));
    const span = s.slice(a, end);
    // Most spans hold no newline: a run of spaces is cheaper than a regex over it.
    parts.push(span.includes('\n') ? span.replace(/[^\n]/g, ' ') : ' '.repeat(span.length));
    at = end;
  }
  parts.push(s.slice(at));
  return parts.join('');
}

interface FrontMatter {
  /** Offset just after the closing `---` line. */
  end: number;
  values: Partial<Record<keyof DocMeta, string>>;
}

/**
 * Reads `---` … `---` front matter at `from`. Simple `key: value` lines, optionally quoted; blank lines
 * and `#` comments allowed. Throws E_FRONT_MATTER with the 1-based line number.
 */
export function readFrontMatter(s: string, from: number, file: string): FrontMatter | null {
  const first = /^---[ \t]*\r?\n/.exec(s.slice(from, from + 8));
  if (!first) return null;
  const values: FrontMatter['values'] = {};
  let at = from + first[0].length;
  let lineNo = 2;
  while (at <= s.length) {
    let nl = s.indexOf('\n', at);
    if (nl < 0) nl = s.length;
    const line = s.slice(at, nl).replace(/\r$/, '');
    const next = Math.min(s.length, nl + 1);
    if (/^(?:---|\.\.\.)[ \t]*$/.test(line)) return { end: next, values };
    if (line.trim() !== '' && !line.trimStart().startsWith('#')) {
      const m = /^([A-Za-z_][\w-]*)[ \t]*:(.*)$/.exec(line); // no [ \t]* after ':' (the value is trimmed): it raced (.*)
      if (!m) throw new RecoupeError('E_FRONT_MATTER', file, `front matter line is not "key: value": ${line.slice(0, 60)}`, `line ${lineNo}`);
      const key = m[1]!.toLowerCase();
      let value = m[2]!.trim();
      if (/^(["']).*\1$/.test(value) && value.length >= 2) value = value.slice(1, -1);
      if (FRONT_KEYS.has(key)) {
        if (key === 'lang' && !parseLangTag(value)) {
          throw new RecoupeError('E_FRONT_MATTER', file, `unknown lang "${value}" (expected fr or en)`, `line ${lineNo}`);
        }
        if ((key === 'published' || key === 'date') && value !== '' && !normaliseIsoDate(value)) {
          throw new RecoupeError('E_FRONT_MATTER', file, `${key} is not an ISO date: "${value}"`, `line ${lineNo}`);
        }
        const target = key === 'date' ? 'published' : key;
        if ((target === 'title' || target === 'outlet' || target === 'url' || target === 'published' || target === 'lang') && value !== '') {
          values[target] = value;
        }
      }
    }
    if (nl >= s.length) break;
    at = next;
    lineNo++;
  }
  throw new RecoupeError('E_FRONT_MATTER', file, 'front matter is not closed by a "---" line', 'line 1');
}
