// The tokens of the date grammar (src/extract/date.ts): words, digit runs and punctuation of the working text,
// folded once, with the phrase table the grammar matches against. URLs are found first so that dates inside them
// are never read.
import { isLetterOrMarkCode, isSpaceCode } from '../text/chars.ts';
import { registerWord, SIGNATURES, wordId, wordIdVersion, wordSignature } from './word-ids.ts';

/** A word, a digit run or a single punctuation character of the working text. */
export interface Tok {
  /** Offsets into the text. */
  s: number;
  e: number;
  raw: string;
  /** Lower-cased, accents removed, typographic apostrophes → "'", en dash → "-". */
  f: string;
  /** Digit count for a digit run, 0 otherwise. */
  d: number;
  /**
   * Value of a digit run of at most 9 digits; -1 otherwise (read it only after checking `d`). A small integer
   * either way: NaN here made V8 keep the field as a boxed double, one extra heap number per token.
   */
  n: number;
  /** What separates it from the previous token: 0 nothing, 1 spaces, 2 a line break. */
  gap: number;
  /** Cached word id of `f` (word-ids.ts) and the registry version it was read at (-1: not read yet). */
  wid?: number;
  wv?: number;
}

/** The word id of a token's folded form, looked up once per token (and again only if the registry grew). */
function tokId(t: Tok): number {
  const v = wordIdVersion();
  if (t.wv === v) return t.wid!;
  const id = wordId(t.f);
  t.wid = id;
  t.wv = v;
  return id;
}

const ASCII_LOWER = /^[a-z]*$/;
const MARKS = /[\u0300-\u036f]/g;

/** Lower-case and strip accents; typographic apostrophes and dashes fold to ASCII. */
export function fold(s: string): string {
  const l = s.toLowerCase();
  if (ASCII_LOWER.test(l)) return l;
  if (l.length === 1) {
    if (l === '’' || l === '‘' || l === 'ʼ' || l === '`' || l === '′') return "'";
    if (l === '–' || l === '‐' || l === '‑') return '-';
  }
  // normalize() per accented word was a visible cost; words repeat, so remember them (bounded).
  let f = FOLDED.get(l);
  if (f === undefined) {
    f = l.normalize('NFD').replace(MARKS, '').replace('œ', 'oe');
    if (FOLDED.size > 20_000) FOLDED.clear();
    FOLDED.set(l, f);
  }
  return f;
}
const FOLDED = new Map<string, string>();

// Web addresses: their digits are paths, not dates. Anchors found by one regex, extended to whitespace by hand.
const URL_ANCHOR_RE = /https?:\/\/|www\.|\.(?:com|org|net|fr|info|news|io|co|uk|de|eu|gov|edu|be|ch|ca|int)\//gi;

function isWs(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

/** Offsets [start, end) of URL-like chunks. */
export function urlSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  URL_ANCHOR_RE.lastIndex = 0;
  let covered = 0;
  for (let m = URL_ANCHOR_RE.exec(text); m; m = URL_ANCHOR_RE.exec(text)) {
    if (m.index < covered) continue;
    let s = m.index;
    while (s > covered && !isWs(text.charCodeAt(s - 1))) s--;
    let e = m.index + m[0].length;
    while (e < text.length && !isWs(text.charCodeAt(e))) e++;
    out.push([s, e]);
    covered = e;
    URL_ANCHOR_RE.lastIndex = e;
  }
  return out;
}

/** Tokenises the text, dropping what lies inside URLs. */
export function tokenize(text: string): Tok[] {
  const urls = urlSpans(text);
  let u = 0;
  const toks: Tok[] = [];
  const n = text.length;
  let i = 0;
  let gap = 0;
  // A hand-written scanner: a regex with /u allocates a match per token, which dominated the run time.
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      gap = 2;
      i++;
      continue;
    }
    if (c === 32 || c === 9 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 12 || c === 11 || (c > 127 && isSpaceCode(c))) {
      if (gap === 0) gap = 1;
      i++;
      continue;
    }
    const s = i;
    let kind: 0 | 1 | 2; // 0 digits, 1 letters, 2 other
    if (c >= 48 && c <= 57) {
      kind = 0;
      i++;
      while (i < n && isDigitCode(text.charCodeAt(i))) i++;
    } else if (isLetterCode(c, text, i)) {
      kind = 1;
      i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (!isLetterCode(d, text, i)) break;
        i += d >= 0xd800 && d <= 0xdbff ? 2 : 1;
      }
    } else {
      kind = 2;
      i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    }
    while (u < urls.length && urls[u]![1] <= s) u++;
    if (u < urls.length && urls[u]![0] <= s) {
      gap = 0;
      continue;
    }
    const raw = text.slice(s, i);
    // Fast paths that give exactly fold()'s answer without its regex test and normalize(): an ASCII punctuation
    // character other than the backquote folds to itself, an ASCII word to its lower case.
    const f = kind === 0 ? raw
      : kind === 1 ? (isPlainLower(raw) ? raw : isAsciiWord(raw) ? raw.toLowerCase() : fold(raw))
      : c < 128 && c !== 0x60 ? raw : fold(raw);
    toks.push({ s, e: i, raw, f, d: kind === 0 ? raw.length : 0, n: kind === 0 && raw.length <= 9 ? Number(raw) : -1, gap, wid: 0, wv: -1 });
    gap = 0;
  }
  return toks;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

const LETTER_RE = /[\p{L}\p{M}]/u;

function isLetterCode(c: number, text: string, i: number): boolean {
  if (c >= 0xd800 && c <= 0xdbff) return LETTER_RE.test(text.slice(i, i + 2));
  // By code unit from a table filled by the same class (chars.ts): a regex run per accented letter was a cost.
  return isLetterOrMarkCode(c);
}

function isAsciiWord(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90))) return false;
  }
  return true;
}

function isPlainLower(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** A lexicon of multi-token phrases, looked up from a token forwards or backwards. */
export class PhraseMap<V> {
  // Indexed by the word id (word-ids.ts) of the first / last word: an array index instead of a string hash.
  private fwd: ({ toks: string[]; v: V }[] | undefined)[] = [];
  private back: ({ toks: string[]; v: V }[] | undefined)[] = [];
  // Signatures of the first / last words: most tokens are ruled out before their word id is looked up.
  private readonly fwdSignatures = new Uint8Array(SIGNATURES);
  private readonly backSignatures = new Uint8Array(SIGNATURES);

  constructor(entries: Iterable<[string, V]>) {
    for (const [key, v] of entries) {
      const toks = tokenize(key).map((t) => t.f);
      if (toks.length === 0) continue;
      this.fwdSignatures[wordSignature(toks[0]!)] = 1;
      this.backSignatures[wordSignature(toks[toks.length - 1]!)] = 1;
      const add = (m: ({ toks: string[]; v: V }[] | undefined)[], k: string) => {
        const id = registerWord(k);
        while (m.length <= id) m.push(undefined);
        const list = m[id] ?? [];
        list.push({ toks, v });
        list.sort((a, b) => b.toks.length - a.toks.length);
        m[id] = list;
      };
      add(this.fwd, toks[0]!);
      add(this.back, toks[toks.length - 1]!);
    }
  }

  /** True when some phrase opens with token t's word: a cheap test before trying the phrases themselves. */
  opensWith(t: Tok): boolean {
    return this.fwdSignatures[wordSignature(t.f)] === 1 && this.fwd[tokId(t)] !== undefined;
  }

  /** Longest phrase starting at token i; `end` is exclusive. Words of a phrase stay on one line. */
  at(t: Tok[], i: number): { end: number; v: V } | null {
    const first = t[i];
    if (!first || this.fwdSignatures[wordSignature(first.f)] !== 1) return null;
    const list = this.fwd[tokId(first)];
    if (!list) return null;
    for (const p of list) {
      let ok = i + p.toks.length <= t.length;
      for (let k = 1; ok && k < p.toks.length; k++) ok = t[i + k]!.f === p.toks[k] && t[i + k]!.gap < 2;
      if (ok) return { end: i + p.toks.length, v: p.v };
    }
    return null;
  }

  /** Longest phrase ending just before token `end` (exclusive); `start` is its first token. */
  before(t: Tok[], end: number): { start: number; v: V } | null {
    const last = t[end - 1];
    if (!last || (end < t.length && t[end]!.gap >= 2) || this.backSignatures[wordSignature(last.f)] !== 1) return null;
    const list = this.back[tokId(last)];
    if (!list) return null;
    for (const p of list) {
      const start = end - p.toks.length;
      let ok = start >= 0;
      for (let k = 0; ok && k < p.toks.length - 1; k++) ok = t[start + k]!.f === p.toks[k] && t[start + k + 1]!.gap < 2;
      if (ok) return { start, v: p.v };
    }
    return null;
  }
}

/** A set of folded words, asked by token: an array index on the token's cached word id instead of a string hash. */
export class WordIdSet {
  private readonly ids: boolean[] = [];
  private readonly signatures = new Uint8Array(SIGNATURES);

  constructor(words: Iterable<string>) {
    for (const w of words) {
      this.signatures[wordSignature(w)] = 1;
      const id = registerWord(w);
      while (this.ids.length <= id) this.ids.push(false);
      this.ids[id] = true;
    }
  }

  hasTok(t: Tok): boolean {
    return this.signatures[wordSignature(t.f)] === 1 && this.ids[tokId(t)] === true;
  }
}
