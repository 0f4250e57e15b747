// Finds page furniture in an article's working text, line by line: navigation, captions and credits,
// related links, repeated titles and paragraphs, stray writer instructions. It only *finds* spans; the
// caller masks them (txt/md) or drops them (html) and lists them in `removed[]`.
// Precision first: a line is removed only when its structure says it is not article prose.
// Linear time: each line is looked at a bounded number of times, and regexes only run on bounded slices.
import { trimLeading, trimTrailing } from '../text/trim.ts';
import type { Lang, RemovedReason } from '../types.ts';
import { scoreLang } from './lang.ts';
import { splitLines, squash, wordCount, type Line } from './lines.ts';
import lexicon from './noise-lexicon.json' with { type: 'json' };

/** A span of the working text to remove, with why. Offsets are into the text given to `findNoise`. */
export interface Cut {
  start: number;
  end: number;
  reason: RemovedReason;
}

export interface CleanContext {
  lang: Lang;
  /** The title from metadata, if any: a copy of it right after the title line is a repeat. */
  title: string | null;
}

const MENU = new Set(lexicon.menuPhrases);
const MENU_MAX = Math.max(...lexicon.menuPhrases.map((p) => p.split(' ').length));
const READING_UNITS = new Set(lexicon.readingTimeUnits);
const AGENCIES = new Set(lexicon.creditAgencies);
const CREDIT_WORDS = new Set(lexicon.creditTokens);
const INSTRUCTION_VERBS = lexicon.instructionVerbs;
const INSTRUCTION_OBJECTS = lexicon.instructionObjects;

// Bounds that keep the per-line work constant on pathological input (a 5 MB single line).
const HEAD = 400;
const TAIL = 300;

/** Returns the spans of `text` that are not article prose, sorted and non-overlapping. */
export function findNoise(text: string, ctx: CleanContext): Cut[] {
  const lines = splitLines(text).filter((l) => l.ce > l.cs);
  const cuts: Cut[] = [];
  const kept: Line[] = [];

  // Pass 1: what a line is, judged on its own.
  for (const line of lines) {
    const s = text.slice(line.cs, Math.min(line.ce, line.cs + HEAD));
    const whole = line.ce - line.cs <= HEAD ? s : null;
    const reason = lineReason(text, line, s, whole);
    if (reason) {
      cuts.push({ start: line.cs, end: line.ce, reason });
      continue;
    }
    // Partial cuts keep the line: a credit inside a long paragraph, a "Lire l'article" tail.
    cuts.push(...partialCuts(text, line));
    kept.push(line);
  }

  // Pass 2: repetitions and instructions, judged against the other kept lines.
  const content = (l: Line) => squash(text.slice(l.cs, l.ce));
  const drop = new Set<Line>();
  const seen = new Set<string>();
  const byHead = new Map<string, string[]>();
  const remember = (c: string) => {
    seen.add(c);
    if (c.length >= PREFIX_MIN) {
      const key = c.slice(0, PREFIX_MIN);
      const bucket = byHead.get(key) ?? [];
      // A handful per key is plenty; a cap keeps adversarial input linear.
      if (bucket.length < 8) bucket.push(c);
      byHead.set(key, bucket);
    }
  };
  const title = kept.length ? content(kept[0]!) : null;
  const metaTitle = ctx.title ? squash(ctx.title) : null;
  let i = 0;
  if (title !== null) {
    remember(title);
    i = 1;
    // The same title printed again right after (headline + h1, or page title + article title).
    while (i < kept.length && (content(kept[i]!) === title || content(kept[i]!) === metaTitle)) {
      cuts.push({ start: kept[i]!.cs, end: kept[i]!.ce, reason: 'repeated-title' });
      drop.add(kept[i]!);
      i++;
    }
  }
  for (; i < kept.length; i++) {
    const line = kept[i]!;
    const c = content(line);
    if (seen.has(c) && c.length >= 60 && wordCount(c, 8) >= 8) {
      cuts.push({ start: line.cs, end: line.ce, reason: 'repeated-paragraph' });
      drop.add(line);
      continue;
    }
    if (isTruncatedRepeat(c, byHead)) {
      cuts.push({ start: line.cs, end: line.ce, reason: 'truncated-repeat' });
      drop.add(line);
      continue;
    }
    remember(c);
  }

  const rest = kept.filter((l) => !drop.has(l));
  rest.forEach((line, k) => {
    const atEdge = k === 0 || k === rest.length - 1;
    if (isStrayInstruction(text.slice(line.cs, Math.min(line.ce, line.cs + HEAD)), line.ce - line.cs, ctx.lang, atEdge)) {
      cuts.push({ start: line.cs, end: line.ce, reason: 'stray-instruction' });
    }
  });

  return normalise(cuts);
}

// ---------------------------------------------------------------- whole-line reasons

function lineReason(text: string, line: Line, head: string, whole: string | null): RemovedReason | null {
  const words = wordCount(head, 80);
  if (words <= 60 && isBoilerplate(head, whole)) return 'boilerplate';
  if (whole !== null && words <= 10 && isNavigation(whole)) return 'navigation';
  if (words <= 40 && isRelatedLink(head)) return 'related-link';
  const credit = captionReason(text, line, words);
  if (credit) return credit;
  return null;
}

/** Shortcodes left by CMS plugins, sign-up boxes, cookie banners, "reading time" bylines. */
function isBoilerplate(head: string, whole: string | null): boolean {
  // "[s2If current_user_can(...)]Please register…": a line that opens with a CMS shortcode.
  if (/^\[\/?[A-Za-z][\w-]{0,30}[\s\]!]/.test(head)) return true;
  return whole !== null && BOILERPLATE_CUE.test(whole.toLowerCase());
}
// Every cue as one alternation: a line is scanned once instead of once per cue (3× faster on article lines).
// Exported, as TRAILING_LINKS, for the ReDoS audit.
export const BOILERPLATE_CUE = new RegExp(lexicon.boilerplateCues.map(escapeRe).join('|'));

/** Menus, buttons and section labels: a short line made only of menu words, or a byline with a reading time. */
export function isNavigation(line: string): boolean {
  const low = line.toLowerCase().replace(/’/g, "'");
  const tokens = low
    .split(/\s+/)
    .map((t) => trimTrailing(trimLeading(t, '•·›>|-–—*#'), ':|›>'))
    .filter((t) => t.length > 0);
  if (tokens.length === 0) return false;
  // "Dernières Infos - Diplomatie": a section label followed by a short section name.
  for (const prefix of lexicon.sectionPrefixes) {
    if (low.startsWith(prefix)) {
      const rest = low.slice(prefix.length);
      if (/^\s*(?:[-–—|:›>]|$)/.test(rest) && !/[.!?,;]/.test(rest) && tokens.length <= 8) return true;
    }
  }
  // "Texte par : RFI Suivre 6 mn", "By Jane Doe · 5 min read": a byline with a reading time.
  if (tokens.length <= 10 && hasReadingTime(tokens) && lexicon.bylineCues.some((c) => low.startsWith(c) || low.includes(` ${c} `))) {
    return true;
  }
  if (tokens.length > 6 || /[.!?,;]/.test(line.replace(/(?:\.\.\.|…)$/, ''))) return false;
  if (/\d/.test(low)) return false;
  // Cover the line with menu phrases, longest first; every word must be chrome.
  let p = 0;
  while (p < tokens.length) {
    let step = 0;
    for (let k = Math.min(MENU_MAX, tokens.length - p); k >= 1; k--) {
      if (MENU.has(tokens.slice(p, p + k).join(' '))) {
        step = k;
        break;
      }
    }
    if (step === 0) return false;
    p += step;
  }
  return true;
}

function hasReadingTime(tokens: string[]): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const m = /^(\d{1,3})([a-z.]*)$/.exec(t);
    if (!m) continue;
    if (m[2] && READING_UNITS.has(m[2])) return true;
    if (!m[2] && i + 1 < tokens.length && READING_UNITS.has(tokens[i + 1]!)) return true;
  }
  return false;
}

/** "LIRE | …", "À lire aussi", "Read also:", "RELATED:" at the start of a line. */
export function isRelatedLink(head: string): boolean {
  const low = head.toLowerCase().replace(/’/g, "'").replace(/^[•·›>\-–—*\s]+/, '');
  for (const prefix of lexicon.relatedPrefixes) {
    if (!low.startsWith(prefix)) continue;
    const next = head.replace(/^[•·›>\-–—*\s]+/, '').slice(prefix.length);
    // The prefix must stand alone: followed by a separator, the end, or a capitalised link title.
    if (prefix.endsWith('|') || prefix.endsWith(':')) return true;
    if (/^\s*(?:[|:»>›\-–—]|$)/.test(next)) return true;
    if (/^\s+["«“]?[A-ZÀ-ÖØ-Þ0-9]/.test(next)) return true;
  }
  return false;
}

// ---------------------------------------------------------------- captions and credits

/** A caption is a short paragraph that starts or ends with a photo credit; a line that is only a credit is `credit`. */
function captionReason(text: string, line: Line, words: number): RemovedReason | null {
  const len = line.ce - line.cs;
  const head = text.slice(line.cs, line.cs + Math.min(len, HEAD));
  if (!mayHoldCredit(head) && !mayHoldCredit(text.slice(Math.max(line.cs, line.ce - TAIL), line.ce))) return null;
  const startLen = creditPrefixLength(head);
  if (startLen > 0) {
    if (startLen >= len) return 'credit';
    return words <= 80 ? 'caption' : null;
  }
  const tailStart = Math.max(line.cs, line.ce - TAIL);
  const tail = text.slice(tailStart, line.ce);
  const at = creditSuffixStart(tail, tailStart === line.cs);
  if (at >= 0) {
    if (at === 0 && tailStart === line.cs) return 'credit';
    return words <= 80 ? 'caption' : null;
  }
  return null;
}

/** Cuts inside a kept line: an inline "(Name/Pool Photo via AP)" credit, a trailing "Lire l'article" link, a trailing credit. */
function partialCuts(text: string, line: Line): Cut[] {
  const out: Cut[] = [];
  // Trailing credit on a long paragraph: cut the credit only.
  const tailStart = Math.max(line.cs, line.ce - TAIL);
  const tailText = text.slice(tailStart, line.ce);
  const at = mayHoldCredit(tailText) ? creditSuffixStart(tailText, tailStart === line.cs) : -1;
  if (at > 0) out.push({ start: tailStart + at, end: line.ce, reason: 'credit' });
  // Inline parenthesised credits. Each check reads a bounded window, so the scan stays linear.
  const body = text.slice(line.cs, line.ce);
  let p = mayHoldCredit(body) ? body.indexOf('(') : -1;
  while (p >= 0) {
    const close = body.slice(p, p + 121).indexOf(')');
    if (close > 0 && isParenCredit(body.slice(p + 1, p + close))) {
      const start = line.cs + p;
      const end = start + close + 1;
      if (!out.some((c) => c.start <= start && c.end >= end)) out.push({ start, end, reason: 'credit' });
    }
    p = body.indexOf('(', p + 1);
  }
  // "… a fait au moins deux morts. Lire l'article": cut the link text, keep the bullet.
  const tailFrom = Math.max(line.cs, line.ce - 40);
  const raw = text.slice(tailFrom, line.ce);
  const tail = raw.toLowerCase().replace(/’/g, "'");
  if (tail.length === raw.length) {
    for (const re of TRAILING_LINKS) {
      const m = re.exec(tail);
      if (!m) continue;
      const s = tailFrom + m.index + m[1]!.length;
      if (s > line.cs) out.push({ start: s, end: line.ce, reason: 'navigation' });
      break;
    }
  }
  return out;
}

/** Built from the noise lexicon; exported so that the ReDoS audit (test/robustness) checks them too. */
export const TRAILING_LINKS = lexicon.trailingLinks.map((link) => new RegExp(`(^|[\\s.!?»"”])(${escapeRe(link)})\\s*[.…]?$`));

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Cheap pre-check: every credit has a slash, a ©, a dash, "photo", "crédit" or "via". */
function mayHoldCredit(s: string): boolean {
  return /[/©—–]| - |photo|cr[ée]dit|\bvia\b/i.test(s);
}

type Tok = { t: string; start: number; end: number };

function tokens(s: string): Tok[] {
  const out: Tok[] = [];
  const re = /\S+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) out.push({ t: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

const UPPER = /^[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]+$/;
const CAPITALISED = /^[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’.-]+$/;
const MARKERS = new Set(['©', '-', '–', '—', 'photo', 'photos', 'photo:', 'crédit', 'crédits', 'credit', 'credits', 'crédit:', 'credit:', '/']);

interface CreditInfo {
  agency: boolean;
  slash: boolean;
  marker: boolean;
}

/** Classifies one token of a would-be credit; null when the token cannot be part of one. */
function creditToken(raw: string, info: CreditInfo): 'agency' | 'name' | 'cap' | 'marker' | null {
  const t = raw.replace(/[,;]$/, '');
  const low = t.toLowerCase();
  if (MARKERS.has(low)) {
    if (low === '/') info.slash = true;
    else info.marker = true;
    return 'marker';
  }
  if (low === 'via') {
    info.marker = true;
    return 'marker';
  }
  if (t.includes('/')) {
    const parts = t.split('/').filter((x) => x.length > 0);
    if (parts.length === 0) return null;
    for (const part of parts) {
      const pl = part.toLowerCase();
      if (AGENCIES.has(pl)) info.agency = true;
      else if (!CREDIT_WORDS.has(pl) && !UPPER.test(part) && !CAPITALISED.test(part)) return null;
    }
    info.slash = true;
    return 'name';
  }
  if (AGENCIES.has(low)) {
    info.agency = true;
    return 'agency';
  }
  if (CREDIT_WORDS.has(low)) return 'agency';
  if (UPPER.test(t)) return 'name';
  if (CAPITALISED.test(t)) return 'cap';
  return null;
}

/** Length of a photo credit opening `s` ("LEAH MILLIS / POOL / AFP Le secrétaire…"), or 0. */
export function creditPrefixLength(s: string): number {
  const toks = tokens(s);
  const info: CreditInfo = { agency: false, slash: false, marker: false };
  let end = -1;
  for (let i = 0; i < toks.length && i < 20; i++) {
    const kind = creditToken(toks[i]!.t, info);
    if (kind === null) break;
    // A mixed-case word belongs to the credit only as a name next to a slash or an upper-case surname
    // ("Alain JOCARD / AFP"); otherwise it is where the caption sentence starts ("AFP Le secrétaire").
    if (kind === 'cap') {
      const next = toks[i + 1]?.t ?? '';
      const prev = toks[i - 1]?.t ?? '';
      const low = toks[i]!.t.toLowerCase();
      const joins = next === '/' || next.startsWith('/') || prev === '/' || prev.endsWith('/') || UPPER.test(next) || CREDIT_WORDS.has(low) || CREDIT_WORDS.has(next.toLowerCase());
      if (!joins) break;
    }
    end = toks[i]!.end;
  }
  if (end < 0 || !info.agency || !(info.slash || info.marker)) return 0;
  return end;
}

/** Where a photo credit closing `s` starts ("… 2024. Photo AFP/NAME", "… (NAME/POOL/AFP via Getty Images)", "… — Reuters"), or -1. */
export function creditSuffixStart(s: string, lineStart: boolean): number {
  const trimmed = s.trimEnd();
  // Parenthesised credit at the very end.
  if (trimmed.endsWith(')')) {
    const open = trimmed.lastIndexOf('(');
    if (open >= 0 && trimmed.length - open <= 120 && isParenCredit(trimmed.slice(open + 1, -1))) {
      return open;
    }
  }
  const toks = tokens(trimmed);
  const info: CreditInfo = { agency: false, slash: false, marker: false };
  let first = -1;
  for (let i = toks.length - 1; i >= 0 && toks.length - i <= 12; i--) {
    const raw = toks[i]!.t;
    // The caption sentence ends with punctuation: "2024." "18." — the credit starts after it.
    if (i < toks.length - 1 && /[.!?»"”)]$/.test(raw) && !MARKERS.has(raw.toLowerCase())) break;
    if (creditToken(raw, info) === null) break;
    first = i;
  }
  if (first < 0 || !info.agency) return -1;
  const lead = toks[first]!.t.toLowerCase();
  const dashLed = lead === '-' || lead === '–' || lead === '—' || lead === '©';
  if (!(info.slash || info.marker)) return -1;
  if (first === 0) return lineStart && (dashLed || info.slash || info.marker) ? toks[0]!.start : -1;
  const before = toks[first - 1]!.t;
  // The credit must follow the end of a sentence or open with a dash/©/"Photo".
  if (!dashLed && !/[.!?»"”)]$/.test(before)) return -1;
  return toks[first]!.start;
}

/** "(LEAH MILLIS/POOL/AFP via Getty Images)", "(Photo: Reuters)"; a bare "(Reuters)" is a wire tag, not a photo credit. */
function isParenCredit(inner: string): boolean {
  const info: CreditInfo = { agency: false, slash: false, marker: false };
  const toks = tokens(inner);
  if (toks.length === 0 || toks.length > 14) return false;
  for (const tok of toks) if (creditToken(tok.t, info) === null) return false;
  return info.agency && (info.slash || info.marker);
}

// ---------------------------------------------------------------- repetitions

const PREFIX_MIN = 20;

/** "La rencontre avec Wang Yi, en marge de la…": a teaser cut with an ellipsis, repeating an earlier paragraph. */
function isTruncatedRepeat(c: string, byHead: Map<string, string[]>): boolean {
  let body: string;
  if (c.endsWith('…')) body = c.slice(0, -1);
  else if (c.endsWith('...')) body = c.slice(0, -3);
  else return false;
  body = body.trimEnd();
  if (body.length < PREFIX_MIN) return false;
  const bucket = byHead.get(body.slice(0, PREFIX_MIN));
  return !!bucket && bucket.some((earlier) => earlier.length > body.length && earlier.startsWith(body));
}

// ---------------------------------------------------------------- stray instructions

const QUOTE_OPEN = /^["«“‘'„]/;

/**
 * A prompt to a writer or a model left in the copy ("Make this article seo compatible…", "Réécris ce texte…"),
 * or a line in the other language at the very start or end of the text. Quoted lines are never instructions.
 */
export function isStrayInstruction(head: string, len: number, lang: Lang, atEdge: boolean): boolean {
  if (QUOTE_OPEN.test(head)) return false;
  const words = wordCount(head, 61);
  const low = head.toLowerCase().replace(/’/g, "'");
  if (words <= 60 && len <= HEAD) {
    const verb = INSTRUCTION_VERBS.some((v) => low.startsWith(`${v} `));
    if (verb && INSTRUCTION_OBJECTS.some((o) => containsWord(low, o))) return true;
  }
  if (atEdge && words >= 5 && words <= 60 && len <= HEAD) {
    const score = scoreLang(head);
    const other = lang === 'fr' ? score.en : score.fr;
    const same = lang === 'fr' ? score.fr : score.en;
    if (other >= 3 && same <= 1 && !/[«»“”"]/.test(head)) return true;
  }
  return false;
}

function containsWord(low: string, phrase: string): boolean {
  let p = low.indexOf(phrase);
  while (p >= 0) {
    const before = p === 0 ? ' ' : low[p - 1]!;
    const after = low[p + phrase.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
    p = low.indexOf(phrase, p + 1);
  }
  return false;
}

// ---------------------------------------------------------------- output

/** Sorts cuts and drops those inside another one (a whole-line cut wins over a partial one). */
function normalise(cuts: Cut[]): Cut[] {
  cuts.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Cut[] = [];
  for (const c of cuts) {
    const last = out[out.length - 1];
    if (last && c.start < last.end) continue;
    out.push(c);
  }
  return out;
}
