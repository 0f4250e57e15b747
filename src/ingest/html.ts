// HTML → visible article text, with a map from every text char back to the original HTML offset.
// A hand-written single-pass scanner: no DOM, no regex over the document, so a page that is 90% markup
// or a 5 MB line costs linear time. Then the same line cleaner as for text runs on the extracted text,
// and what it finds is left out of `text` (and listed in `removed[]` with original offsets).
import type { Lang, Removed, SourceDoc } from '../types.ts';
import { findNoise, type Cut } from './clean.ts';
import { detectLang, parseLangTag } from './lang.ts';
import { firstLineTitle, type DocMeta } from './meta.ts';
import { choosePublished, findDateline, normaliseIsoDate } from './published.ts';

// Elements whose content is never article text.
const DROP = new Set(['script', 'style', 'noscript', 'nav', 'header', 'footer', 'aside', 'form', 'svg', 'template', 'iframe', 'button', 'select', 'object', 'canvas', 'math']);
// Elements whose content is raw text: the scanner jumps to their end tag without reading tags inside.
const RAW = new Set(['script', 'style', 'noscript', 'textarea', 'title', 'template']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
// Block elements end a line; paragraph-like ones leave a blank line, so paragraphs stay paragraphs.
const PARA = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'article', 'section', 'blockquote', 'figure', 'figcaption', 'main', 'table', 'ul', 'ol', 'dl', 'pre', 'hr']);
const LINE = new Set(['div', 'li', 'br', 'tr', 'dt', 'dd', 'td', 'th', 'caption', 'address', 'details', 'summary', 'center']);

const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '', ensp: ' ', emsp: ' ', thinsp: '\u2009',
  laquo: '«', raquo: '»', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', sbquo: '‚', bdquo: '„', hellip: '…',
  ndash: '–', mdash: '—', bull: '•', middot: '·', euro: '€', pound: '£', yen: '¥', cent: '¢', copy: '©', reg: '®',
  trade: '™', deg: '°', times: '×', divide: '÷', sect: '§', para: '¶', iexcl: '¡', iquest: '¿',
  agrave: 'à', aacute: 'á', acirc: 'â', atilde: 'ã', auml: 'ä', aring: 'å', aelig: 'æ', ccedil: 'ç',
  egrave: 'è', eacute: 'é', ecirc: 'ê', euml: 'ë', igrave: 'ì', iacute: 'í', icirc: 'î', iuml: 'ï',
  ntilde: 'ñ', ograve: 'ò', oacute: 'ó', ocirc: 'ô', otilde: 'õ', ouml: 'ö', oslash: 'ø', oelig: 'œ',
  ugrave: 'ù', uacute: 'ú', ucirc: 'û', uuml: 'ü', yacute: 'ý', yuml: 'ÿ', szlig: 'ß',
  Agrave: 'À', Aacute: 'Á', Acirc: 'Â', Auml: 'Ä', AElig: 'Æ', Ccedil: 'Ç', Egrave: 'È', Eacute: 'É',
  Ecirc: 'Ê', Euml: 'Ë', Icirc: 'Î', Iuml: 'Ï', Ocirc: 'Ô', Ouml: 'Ö', OElig: 'Œ', Ugrave: 'Ù', Ucirc: 'Û',
  Uuml: 'Ü', Yuml: 'Ÿ', Ntilde: 'Ñ',
};

/** Visible text of an HTML document with, per text char, its start and end offsets in the HTML. */
export interface Extracted {
  text: string;
  starts: Int32Array;
  ends: Int32Array;
  meta: DocMeta;
  /** Dropped elements (script, nav, footer…), in original offsets. */
  markup: { start: number; end: number }[];
}

/** Grows typed arrays as chars are emitted; `pop` lets a trailing space go before a line break. */
class Sink {
  // UTF-16 code units, so that a 50 MB page does not become 50 M small strings.
  codes = new Uint16Array(1024);
  starts = new Int32Array(1024);
  ends = new Int32Array(1024);
  // Per char: 1 when emitted inside <article>/<main>.
  inMain = new Uint8Array(1024);
  length = 0;
  push(code: number, start: number, end: number, main: boolean): void {
    if (this.length === this.starts.length) {
      const size = this.length * 2;
      const codes = new Uint16Array(size);
      codes.set(this.codes);
      const starts = new Int32Array(size);
      starts.set(this.starts);
      const ends = new Int32Array(size);
      ends.set(this.ends);
      const inMain = new Uint8Array(size);
      inMain.set(this.inMain);
      Object.assign(this, { codes, starts, ends, inMain });
    }
    this.codes[this.length] = code;
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.inMain[this.length] = main ? 1 : 0;
    this.length++;
  }
  last(): number {
    return this.length ? this.codes[this.length - 1]! : -1;
  }
  pop(): void {
    this.length--;
  }
}

const SP = 32;
const NL = 10;

/** Scans `html` once and returns its visible text, preferring <article>/<main> content when present. */
export function extractHtml(html: string): Extracted {
  const sink = new Sink();
  const meta: DocMeta = {};
  const markup: { start: number; end: number }[] = [];
  const n = html.length;
  let mainDepth = 0;
  let sawMain = false;
  let pendingBreak = 0; // 0 none, 1 newline, 2 blank line
  let breakAt = 0;
  let pendingSpace = -1;
  let ogTitle: string | null = null;
  let docTitle: string | null = null;
  let i = html.charCodeAt(0) === 0xfeff ? 1 : 0;

  const breakLine = (kind: number, at: number) => {
    if (kind > pendingBreak) {
      pendingBreak = kind;
      breakAt = at;
    }
    pendingSpace = -1;
  };
  const emit = (code: number, start: number, end: number) => {
    const main = mainDepth > 0;
    if (pendingBreak && sink.length) {
      while (sink.last() === SP) sink.pop();
      // Collapse: never more than one blank line in a row.
      let nls = 0;
      for (let k = sink.length - 1; k >= 0 && sink.codes[k] === NL && nls < 2; k--) nls++;
      // A break char maps to the tag that caused it (a zero-width span of the original).
      for (let k = nls; k < pendingBreak; k++) sink.push(NL, breakAt, breakAt, main);
    } else if (pendingSpace >= 0 && sink.length && sink.last() !== NL && sink.last() !== SP) {
      sink.push(SP, pendingSpace, pendingSpace + 1, main);
    }
    pendingBreak = 0;
    pendingSpace = -1;
    sink.push(code, start, end, main);
  };

  while (i < n) {
    const c = html.charCodeAt(i);
    if (c === 60 /* < */) {
      const next = html.charCodeAt(i + 1);
      if (html.startsWith('<!--', i)) {
        const close = html.indexOf('-->', i + 4);
        i = close < 0 ? n : close + 3;
        continue;
      }
      if (next === 33 /* ! */ || next === 63 /* ? */) {
        const close = html.indexOf('>', i);
        i = close < 0 ? n : close + 1;
        continue;
      }
      const tag = readTag(html, i);
      if (!tag) {
        // A lone "<" in text.
        emit(60, i, i + 1);
        i++;
        continue;
      }
      const name = tag.name;
      if (tag.closing) {
        if ((name === 'article' || name === 'main') && mainDepth > 0) mainDepth--;
        if (PARA.has(name)) breakLine(2, i);
        else if (LINE.has(name)) breakLine(1, i);
        i = tag.end;
        continue;
      }
      if (name === 'meta') readMeta(tag.attrs, meta, (t) => (ogTitle = t));
      if (name === 'html' && tag.attrs.lang) meta.lang = tag.attrs.lang;
      if (name === 'time' && tag.attrs.datetime && !meta.published) meta.published = tag.attrs.datetime;
      if (name === 'link' && /\bcanonical\b/i.test(tag.attrs.rel ?? '') && tag.attrs.href && !meta.url) meta.url = tag.attrs.href;
      if (RAW.has(name) && !tag.selfClosing) {
        const close = findClose(html, tag.end, name);
        if (name === 'title' && docTitle === null) docTitle = decodeEntities(html.slice(tag.end, close.start)).replace(/\s+/g, ' ').trim();
        if (DROP.has(name)) markup.push({ start: i, end: close.end });
        i = close.end;
        continue;
      }
      if (DROP.has(name) && !tag.selfClosing && !VOID.has(name)) {
        const end = skipElement(html, tag.end, name);
        markup.push({ start: i, end });
        i = end;
        continue;
      }
      if ((name === 'article' || name === 'main') && !tag.selfClosing) {
        mainDepth++;
        sawMain = true;
      }
      if (PARA.has(name)) breakLine(2, i);
      else if (LINE.has(name)) breakLine(1, i);
      else if (name === 'img' || name === 'td') pendingSpace = pendingSpace < 0 ? i : pendingSpace;
      i = tag.end;
      continue;
    }
    if (c === 38 /* & */) {
      const ent = readEntity(html, i);
      if (ent) {
        if (ent.value === '\u00a0' || /^\s$/.test(ent.value)) {
          if (pendingSpace < 0) pendingSpace = i;
        } else {
          // Every code unit of a decoded entity maps to the entity's start (and end).
          for (let u = 0; u < ent.value.length; u++) {
            if (u === 0) emit(ent.value.charCodeAt(0), i, ent.end);
            else sink.push(ent.value.charCodeAt(u), i, ent.end, mainDepth > 0);
          }
        }
        i = ent.end;
        continue;
      }
    }
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12) {
      if (pendingSpace < 0) pendingSpace = i;
      i++;
      continue;
    }
    emit(c, i, i + 1);
    i++;
  }

  // Keep only <article>/<main> text when the page has some.
  let onlyMain = false;
  if (sawMain) {
    for (let k = 0; k < sink.length && !onlyMain; k++) if (sink.inMain[k] && !isWhite(sink.codes[k]!)) onlyMain = true;
  }
  const idx: number[] = [];
  for (let k = 0; k < sink.length; k++) if (!onlyMain || sink.inMain[k]) idx.push(k);
  // Trim leading/trailing blanks (e.g. the newline left between <main> and text outside it).
  let a = 0;
  let b = idx.length;
  while (a < b && isWhite(sink.codes[idx[a]!]!)) a++;
  while (b > a && isWhite(sink.codes[idx[b - 1]!]!)) b--;
  const len = b - a;
  const codes = new Uint16Array(len);
  const starts = new Int32Array(len);
  const ends = new Int32Array(len);
  for (let k = 0; k < len; k++) {
    const from = idx[a + k]!;
    codes[k] = sink.codes[from]!;
    starts[k] = sink.starts[from]!;
    ends[k] = sink.ends[from]!;
  }
  meta.title = ogTitle ?? docTitle ?? null;
  if (meta.title === '') meta.title = null;
  return { text: codesToString(codes), starts, ends, meta, markup };
}

function isWhite(c: number): boolean {
  return c === SP || c === NL;
}

function codesToString(codes: Uint16Array): string {
  const parts: string[] = [];
  // Chunked: String.fromCharCode with too many arguments overflows the stack.
  for (let k = 0; k < codes.length; k += 8192) parts.push(String.fromCharCode(...codes.subarray(k, k + 8192)));
  return parts.join('');
}

function readMeta(attrs: Record<string, string>, meta: DocMeta, setTitle: (t: string) => void): void {
  const key = (attrs.property ?? attrs.name ?? attrs.itemprop ?? '').toLowerCase();
  const content = attrs.content;
  if (content === undefined) return;
  const value = decodeEntities(content).trim();
  if (key === 'og:title') setTitle(value);
  else if (key === 'og:site_name') meta.outlet = value;
  else if (key === 'og:url' && !meta.url) meta.url = value;
  else if ((key === 'article:published_time' || key === 'datepublished' || key === 'date') && value) meta.published = value;
  else if (key === 'og:locale' && !meta.lang) meta.lang = value;
}

interface Tag {
  name: string;
  closing: boolean;
  selfClosing: boolean;
  attrs: Record<string, string>;
  /** Offset just after the closing `>`. */
  end: number;
}

/** Reads a tag at `i` (which holds "<"); null when "<" does not start a tag. Quote-aware, linear. */
function readTag(s: string, i: number): Tag | null {
  let j = i + 1;
  const closing = s.charCodeAt(j) === 47; /* / */
  if (closing) j++;
  const nameStart = j;
  while (j < s.length && /[A-Za-z0-9:-]/.test(s[j]!)) j++;
  if (j === nameStart || !/[A-Za-z]/.test(s[nameStart]!)) return null;
  const name = s.slice(nameStart, j).toLowerCase();
  const attrs: Record<string, string> = {};
  let selfClosing = false;
  while (j < s.length) {
    const ch = s[j]!;
    if (ch === '>') return { name, closing, selfClosing, attrs, end: j + 1 };
    if (ch === '/' ) {
      selfClosing = true;
      j++;
      continue;
    }
    if (/\s/.test(ch)) {
      j++;
      continue;
    }
    const an = j;
    while (j < s.length && !/[\s=>/]/.test(s[j]!)) j++;
    const attrName = s.slice(an, j).toLowerCase();
    selfClosing = false;
    while (j < s.length && /\s/.test(s[j]!)) j++;
    let value = '';
    if (s[j] === '=') {
      j++;
      while (j < s.length && /\s/.test(s[j]!)) j++;
      const q = s[j];
      if (q === '"' || q === "'") {
        const close = s.indexOf(q, j + 1);
        const e = close < 0 ? s.length : close;
        value = s.slice(j + 1, e);
        j = e + 1;
      } else {
        const vs = j;
        while (j < s.length && !/[\s>]/.test(s[j]!)) j++;
        value = s.slice(vs, j);
      }
    }
    if (attrName && !(attrName in attrs)) attrs[attrName] = value;
  }
  return { name, closing, selfClosing, attrs, end: s.length };
}

/** Finds `</name` (any case) from `from`; returns the span of the end tag, or the end of input. */
function findClose(s: string, from: number, name: string): { start: number; end: number } {
  let p = s.indexOf('</', from);
  while (p >= 0) {
    if (s.slice(p + 2, p + 2 + name.length).toLowerCase() === name && !/[A-Za-z0-9-]/.test(s[p + 2 + name.length] ?? '')) {
      const gt = s.indexOf('>', p);
      return { start: p, end: gt < 0 ? s.length : gt + 1 };
    }
    p = s.indexOf('</', p + 2);
  }
  return { start: s.length, end: s.length };
}

/** Skips a dropped element with nesting of the same name (<div><nav><nav></nav></nav>); returns its end. */
function skipElement(s: string, from: number, name: string): number {
  let depth = 1;
  let p = s.indexOf('<', from);
  while (p >= 0) {
    if (s.startsWith('<!--', p)) {
      const close = s.indexOf('-->', p + 4);
      if (close < 0) return s.length;
      p = s.indexOf('<', close + 3);
      continue;
    }
    const tag = readTag(s, p);
    if (tag) {
      if (tag.name === name) {
        if (tag.closing) depth--;
        else if (!tag.selfClosing) depth++;
        if (depth === 0) return tag.end;
      } else if (RAW.has(tag.name) && !tag.closing && !tag.selfClosing) {
        // "<nav><script>if (a</nav>)</script></nav>": raw text can hide a fake end tag.
        p = s.indexOf('<', findClose(s, tag.end, tag.name).end);
        continue;
      }
      p = s.indexOf('<', tag.end);
    } else {
      p = s.indexOf('<', p + 1);
    }
  }
  return s.length;
}

/** Reads `&name;`, `&#123;` or `&#x1F;` at `i`; null when it is a bare ampersand. */
function readEntity(s: string, i: number): { value: string; end: number } | null {
  const semi = s.indexOf(';', i + 1);
  if (semi < 0 || semi - i > 32) return null;
  const body = s.slice(i + 1, semi);
  let value: string | undefined;
  if (/^#[0-9]{1,7}$/.test(body)) value = codePoint(parseInt(body.slice(1), 10));
  else if (/^#[xX][0-9a-fA-F]{1,6}$/.test(body)) value = codePoint(parseInt(body.slice(2), 16));
  else if (/^[A-Za-z][A-Za-z0-9]*$/.test(body)) value = ENTITIES[body];
  return value === undefined ? null : { value, end: semi + 1 };
}

function codePoint(n: number): string {
  if (n === 0 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(n);
}

/** Decodes entities in an attribute or title (no offsets needed). */
export function decodeEntities(s: string): string {
  let out = '';
  let i = 0;
  while (i < s.length) {
    const amp = s.indexOf('&', i);
    if (amp < 0) break;
    out += s.slice(i, amp);
    const ent = readEntity(s, amp);
    if (ent) {
      out += ent.value;
      i = ent.end;
    } else {
      out += '&';
      i = amp + 1;
    }
  }
  return out + s.slice(i);
}

/** Builds the SourceDoc of an HTML file: extraction, then line cleaning with cuts left out of `text`. */
export function htmlDoc(id: string, file: string, original: string, given: DocMeta): SourceDoc {
  const ex = extractHtml(original);
  const meta: DocMeta = { ...ex.meta };
  for (const [k, v] of Object.entries(given) as [keyof DocMeta, string | null | undefined][]) if (v != null) meta[k] = v;
  const langTag = parseLangTag(meta.lang);
  const lang: Lang = langTag ?? detectLang(ex.text);
  const cuts = findNoise(ex.text, { lang, title: meta.title ?? null });
  const removed: Removed[] = [];
  for (const m of ex.markup) removed.push({ reason: 'markup', start: m.start, end: m.end, text: original.slice(m.start, m.end) });
  for (const c of cuts) {
    const start = ex.starts[c.start]!;
    const end = ex.ends[c.end - 1]!;
    removed.push({ reason: c.reason, start, end, text: original.slice(start, end) });
  }
  removed.sort((a, b) => a.start - b.start || a.end - b.end);
  const metaDate = meta.published ? normaliseIsoDate(meta.published) : null;
  const published = choosePublished(metaDate, findDateline(ex.text, cuts, lang), null);
  const title = meta.title ?? firstLineTitle(ex.text, cuts);
  const { text, offsets } = omit(ex, cuts);
  return {
    id,
    path: file,
    title,
    outlet: meta.outlet ?? null,
    url: meta.url ?? null,
    lang,
    langSource: langTag ? 'metadata' : 'detected',
    published,
    original,
    text,
    offsets,
    removed,
  };
}

/** Leaves the cut spans out of the extracted text and builds the offsets map (length text.length + 1). */
function omit(ex: Extracted, cuts: Cut[]): { text: string; offsets: Int32Array } {
  const ranges: [number, number][] = [];
  let at = 0;
  const t = ex.text;
  for (const c of cuts) {
    if (c.start > at) ranges.push([at, c.start]);
    let end = c.end;
    // A whole-line cut takes the line break after it, so no run of empty lines is left behind.
    if ((c.start === 0 || t[c.start - 1] === '\n') && (end === t.length || t[end] === '\n')) {
      while (end < t.length && (t[end] === '\n' || t[end] === ' ')) end++;
    }
    at = Math.max(at, end);
  }
  if (ex.text.length > at) ranges.push([at, ex.text.length]);
  // Blank lines left at either end by a cut paragraph go too.
  while (ranges.length && /^\s*$/.test(ex.text.slice(ranges[0]![0], ranges[0]![1]))) ranges.shift();
  while (ranges.length && /^\s*$/.test(ex.text.slice(ranges[ranges.length - 1]![0], ranges[ranges.length - 1]![1]))) ranges.pop();
  if (ranges.length) {
    const lastR = ranges[ranges.length - 1]!;
    while (lastR[1] > lastR[0] && /\s/.test(ex.text[lastR[1] - 1]!)) lastR[1]--;
    const firstR = ranges[0]!;
    while (firstR[0] < firstR[1] && /\s/.test(ex.text[firstR[0]]!)) firstR[0]++;
  }
  const text = ranges.map(([a, b]) => ex.text.slice(a, b)).join('');
  const offsets = new Int32Array(text.length + 1);
  let o = 0;
  let lastEnd = 0;
  for (const [a, b] of ranges) {
    offsets.set(ex.starts.subarray(a, b), o);
    o += b - a;
    lastEnd = ex.ends[b - 1]!;
  }
  // The final slot is the original end of the last char.
  offsets[text.length] = lastEnd;
  return { text, offsets };
}
