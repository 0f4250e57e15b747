// Quotes: the words inside quotation marks, and reported speech ("X a déclaré que …"), with their speaker.
// The scanner is one pass over the characters with a bounded stack of open marks; speakers come from the
// reporting cues of the sentence (speaker.ts), each sentence tokenised once, so the whole is linear.
import { trimTrailing } from '../text/trim.ts';
import type { ClaimDraft, QuoteValue } from '../types.ts';
import type { ExtractContext, Sentence } from './context.ts';
import { isLetterOrDigitCode, isSpaceCode } from '../text/chars.ts';
import { findCues, cueSubject, beforeVerb, firstHead, lexicon, phraseAt, rightSubject, sentenceTokens, tokenAt } from './speaker.ts';
import type { Cue, Token, Who } from './speaker.ts';

/** A quotation found by the scanner. Offsets into the text; `start`/`end` include the marks. */
export interface RawQuote {
  start: number;
  end: number;
  /** False when the paragraph ended before the closing mark: the quote runs to the paragraph end. */
  closed: boolean;
}

interface Open {
  at: number;
  closers: string;
  /** Quotes closed inside this (root) one, kept in case the root never closes. */
  inner: RawQuote[];
}

// Deeper nesting than this is noise (or an attack): further openers are read as text.
const MAX_DEPTH = 8;
// By character code (-1: before the start or past the end), from the chars.ts tables filled by the same classes
// as /[\p{L}\p{N}]/u and /\s/: a regex run on a one-character string per apostrophe was a visible cost.
const isLetter = (c: number): boolean => c >= 0 && isLetterOrDigitCode(c);
const isBlank = (c: number): boolean => c < 0 || isSpaceCode(c);

/** The characters scanQuotes acts on: line breaks and quotation marks (its switch ignores every other one). */
function isQuoteRelevant(c: number): boolean {
  if (c < 128) return c === 10 || c === 13 || c === 0x22 || c === 0x27;
  return c === 0xab || c === 0xbb || c === 0x2039 || c === 0x203a || c === 0x201e || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019;
}

/**
 * The state of one scan: the quotations found and the stack of open marks. A class, not closures made per call:
 * attribution scans every sentence that holds a claim.
 */
class QuoteScan {
  readonly out: RawQuote[] = [];
  private stack: Open[] = [];

  constructor(private readonly text: string) {}

  push(at: number, closers: string): void {
    const stack = this.stack;
    if (stack.length < MAX_DEPTH) stack.push({ at, closers, inner: stack.length === 0 ? [] : [] });
  }

  depthOf(c: string): number {
    const stack = this.stack;
    for (let d = stack.length - 1; d >= 0; d--) if (stack[d]!.closers.includes(c)) return d;
    return -1;
  }

  close(d: number, i: number): void {
    const stack = this.stack;
    const q: RawQuote = { start: stack[d]!.at, end: i + 1, closed: true };
    stack.length = d; // unclosed marks opened inside are dropped
    if (d === 0) this.out.push(q);
    else stack[0]!.inner.push(q);
  }

  flush(end: number): void {
    const stack = this.stack;
    if (stack.length === 0) return;
    const root = stack[0]!;
    if (root.inner.length > 0) {
      // The root never closed: keep what closed inside it, outermost only (they close after their contents).
      const kept: RawQuote[] = [];
      for (let n = root.inner.length - 1; n >= 0; n--) {
        const q = root.inner[n]!;
        const last = kept[kept.length - 1];
        if (!last || q.end <= last.start) kept.push(q);
      }
      this.out.push(...kept.reverse());
    } else if (root.closers !== '"' && root.closers !== "'") {
      let e = end;
      while (e > root.at + 1 && isBlank(this.text.charCodeAt(e - 1))) e--;
      this.out.push({ start: root.at, end: e, closed: false });
    }
    this.stack = [];
  }
}

/** Finds the outermost quotations of each paragraph, in order. Linear in the text length. */
export function scanQuotes(text: string, from = 0, to = text.length): RawQuote[] {
  const scan = new QuoteScan(text);
  for (let i = from; i < to; i++) {
    // Most characters are none of the marks the switch below handles: skip them by code before reading strings.
    if (!isQuoteRelevant(text.charCodeAt(i))) continue;
    const c = text[i]!;
    const prev = i > from ? text.charCodeAt(i - 1) : -1;
    const next = i + 1 < to ? text.charCodeAt(i + 1) : -1;
    switch (c) {
      case '\n':
      case '\r':
        scan.flush(i);
        break;
      case '«':
        scan.push(i, '»');
        break;
      case '‹':
        scan.push(i, '›');
        break;
      case '„':
        scan.push(i, '“”');
        break;
      case '»':
      case '›':
      case '“':
      case '”': {
        const d = scan.depthOf(c);
        if (d >= 0) scan.close(d, i);
        else if (c === '“') scan.push(i, '”');
        // A lone ” before a word opens a quote typed with the same mark on both sides.
        else if (c === '”' && !isLetter(prev) && isLetter(next)) scan.push(i, '”');
        break;
      }
      case '‘':
        if (!(isLetter(prev) && isLetter(next))) scan.push(i, '’');
        break;
      case '’':
      case "'": {
        // Inside a word it is an apostrophe ("l’importance", "don't").
        if (isLetter(prev) && isLetter(next)) break;
        const d = scan.depthOf(c);
        if (d >= 0 && !isBlank(prev)) scan.close(d, i);
        else if (c === "'" && !isLetter(prev) && isLetter(next)) scan.push(i, "'");
        break;
      }
      case '"': {
        const d = scan.depthOf('"');
        if (d >= 0) scan.close(d, i);
        else if (!isBlank(next)) scan.push(i, '"');
        break;
      }
    }
  }
  scan.flush(to);
  return scan.out;
}

// ---------------------------------------------------------------- speakers

interface SentInfo {
  toks: Token[];
  cues: Cue[];
  /** Cue starting at each token, for O(1) look-ups. */
  cueAt: ReadonlyMap<number, Cue>;
  /** Made by countsOf on first use: most sentences (no cue, no quote) never need them. */
  counts: TokenCounts | null;
}

interface TokenCounts {
  /** Prefix counts over tokens (index k = count in [0, k)): quoted tokens, unquoted words. */
  quotedBefore: number[];
  wordsBefore: number[];
  /** Index of the first ';' at or after each token (toks.length if none). */
  nextSemi: number[];
}

/** The prefix counts of a sentence's tokens (their quoted flags are final once info() has returned). */
function countsOf(info: SentInfo): TokenCounts {
  if (info.counts) return info.counts;
  const toks = info.toks;
  const n = toks.length;
  // Plain arrays, not Int32Arrays: V8 allocates small typed arrays far more slowly.
  const quotedBefore: number[] = new Array<number>(n + 1).fill(0);
  const wordsBefore: number[] = new Array<number>(n + 1).fill(0);
  const nextSemi: number[] = new Array<number>(n + 1).fill(n);
  for (let i = 0; i < n; i++) {
    const t = toks[i]!;
    quotedBefore[i + 1] = quotedBefore[i]! + (t.quoted ? 1 : 0);
    wordsBefore[i + 1] = wordsBefore[i]! + (t.word && !t.quoted ? 1 : 0);
  }
  for (let i = n - 1; i >= 0; i--) nextSemi[i] = toks[i]!.lower === ';' && !toks[i]!.quoted ? i : nextSemi[i + 1]!;
  return (info.counts = { quotedBefore, wordsBefore, nextSemi });
}

const NO_CUES: ReadonlyMap<number, Cue> = new Map();

interface LastSpeaker {
  key: string;
  text: string;
  sentence: number;
}

/** Index of the sentence holding `offset` (the last one starting at or before it). */
function sentenceOf(sentences: Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid]!.start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Whitespace-normalised content without marks; a trailing , ; : or single period belongs to the frame. */
export function quoteText(text: string, q: RawQuote): string {
  let t = text.slice(q.start + 1, q.closed ? q.end - 1 : q.end).replace(/\s+/g, ' ').trim();
  t = trimTrailing(t, ',;:', true);
  if (/[^.]\.$/.test(t)) t = t.slice(0, -1);
  return t.trim();
}

const WORDS = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const SURROGATE = /[\uD800-\uDFFF]/;

/**
 * `s.match(WORDS).length`, counted no further than `cap`: a quote needs only "none, one or two words, or more",
 * and matching every word of a long quote built an array of strings per quote. By code unit (chars.ts tables,
 * filled from the same classes) when `s` has no surrogate, else with the regex itself.
 */
function countWords(s: string, cap: number): number {
  if (SURROGATE.test(s)) return Math.min(s.match(WORDS)?.length ?? 0, cap);
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (inWord && (isLetterOrDigitCode(c) || c === 0x27 || c === 0x2019 || c === 0x2d)) continue;
    inWord = false;
    if (isLetterOrDigitCode(c)) {
      if (++n >= cap) return n;
      inWord = true;
    }
  }
  return n;
}

class Speakers {
  private cache = new Map<number, SentInfo>();
  last: LastSpeaker | null = null;

  constructor(
    private ctx: ExtractContext,
    private quotes: RawQuote[],
  ) {}

  /** Tokens and cues of sentence s, with the tokens inside quotations flagged. Computed once. */
  info(s: number): SentInfo {
    const hit = this.cache.get(s);
    if (hit) return hit;
    const sent = this.ctx.sentences[s]!;
    const toks = sentenceTokens(this.ctx, sent.start, sent.end);
    // Quotes are sorted and disjoint: find the first that ends after the sentence start.
    let lo = 0;
    let hi = this.quotes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.quotes[mid]!.end <= sent.start) lo = mid + 1;
      else hi = mid;
    }
    let k = 0;
    for (let n = lo; n < this.quotes.length && this.quotes[n]!.start < sent.end; n++) {
      const q = this.quotes[n]!;
      while (k < toks.length && toks[k]!.start < q.start) k++;
      while (k < toks.length && toks[k]!.start < q.end) toks[k++]!.quoted = true;
    }
    const cues = findCues(toks, this.ctx.doc.lang);
    // Most sentences have no cue: they share one empty map.
    const cueAt = cues.length === 0 ? NO_CUES : new Map(cues.map((c) => [c.i, c]));
    const info: SentInfo = { toks, cues, cueAt, counts: null };
    this.cache.set(s, info);
    return info;
  }

  private finals = new Map<number, { k: number; who: Who } | null>();

  /**
   * The reporting clause that closes a sentence and credits all of it: "…, a indiqué le porte-parole, Ned Price.",
   * "…, the two countries said." Computed once per sentence.
   */
  finalCue(s: number): { k: number; who: Who } | null {
    if (this.finals.has(s)) return this.finals.get(s)!;
    const info = this.info(s);
    const lang = this.ctx.doc.lang;
    let found: { k: number; who: Who } | null = null;
    for (let n = info.cues.length - 1; n >= 0 && !found; n--) {
      const cue = info.cues[n]!;
      if (cue.kind === 'count' || cue.participle) continue;
      const who = cueSubject(this.ctx, info.toks, cue, lang);
      if (!who || who.relative) break;
      const at = who.start < info.toks[cue.i]!.start ? tokenAt(info.toks, who.start) : cue.i;
      const before = at === cue.i ? beforeVerb(info.toks, cue.i, lang) : at - 1;
      // "…, a indiqué X." / "…, X said." / "… d'après X." (a marker whose source ends the sentence).
      const endsSentence = who.end >= lastWordEnd(info.toks);
      if (info.toks[before]?.lower === ',' || (cue.kind === 'marker' && endsSentence)) found = { k: cue.i, who };
      break;
    }
    this.finals.set(s, found);
    return found;
  }

  /** Turns a phrase into a speaker key, resolving pronouns, "la même source" and "the spokesperson". */
  resolve(who: Who | null, s: number, before: number): { key: string; text: string; indirect: boolean } | null {
    if (!who || who.relative) return null;
    const last = this.last;
    if (who.pronoun) {
      if (last && last.sentence >= s - 6) return { key: last.key, text: last.text, indirect: true };
      const sents = this.ctx.sentences;
      const m = firstHead(this.ctx, sents[s]!.start, before) ?? (s > 0 ? firstHead(this.ctx, sents[s - 1]!.start, sents[s - 1]!.end) : null);
      return m ? { key: m.key, text: m.text, indirect: true } : null;
    }
    if (who.same) return last ? { key: last.key, text: last.text, indirect: true } : null;
    if (who.definite && last && last.sentence >= s - 6 && sharesHead(who.text, last.text)) {
      return { key: last.key, text: who.text, indirect: true };
    }
    return who.key ? { key: who.key, text: who.text, indirect: false } : null;
  }

  /** The cue governing a position: the nearest before it, climbing out of "que"-clauses and participles. */
  governing(info: SentInfo, k: number): Cue | null {
    const cues = info.cues;
    let n = -1;
    for (let lo = 0, hi = cues.length; lo < hi; ) {
      const mid = (lo + hi) >> 1;
      if (cues[mid]!.j < k) {
        n = mid;
        lo = mid + 1;
      } else hi = mid;
    }
    for (let step = 0; n > 0 && step < 4; step++) {
      const cur = cues[n]!;
      const prev = cues[n - 1]!;
      if (cur.participle && info.toks[cur.i - 1]?.lower === ',') {
        n--;
        continue;
      }
      if (embeds(info.toks, prev, cur, this.ctx.doc.lang)) {
        n--;
        continue;
      }
      break;
    }
    return n >= 0 ? cues[n]! : null;
  }
}

function lastWordEnd(toks: Token[]): number {
  for (let k = toks.length - 1; k >= 0; k--) if (toks[k]!.word) return toks[k]!.end;
  return 0;
}

const STRONG = new Set([';', ':', '.', 'mais', 'but', 'while', 'tandis', 'whereas', 'alors']);

/** True when `cur` sits in the complement clause of `prev`: "a déclaré que Blinken avait souligné". */
function embeds(toks: Token[], prev: Cue, cur: Cue, lang: 'fr' | 'en'): boolean {
  const comps = lexicon(lang).complementizers;
  let sawComp = false;
  if (cur.i - prev.j > 30) return false; // too far apart to be one reported clause (and keeps this bounded)
  for (let k = prev.j + 1, n = 0; k < cur.i; k++, n++) {
    const t = toks[k]!;
    if (t.quoted || STRONG.has(t.lower)) return false;
    if (comps.has(t.lower) && n <= 5) sawComp = true;
  }
  return sawComp;
}

/** "the spokesperson" after "spokesman Matthew Miller": the head noun of `a` (first word of 4+ letters after the
 * article) starts like a word of `b` (5-letter prefix, so spokesperson ~ spokesman, responsable ~ responsables). */
function sharesHead(a: string, b: string): boolean {
  const head = (a.toLowerCase().match(WORDS) ?? []).find((w) => w.length >= 4);
  if (!head) return false;
  const p = head.slice(0, 5);
  return (b.toLowerCase().match(WORDS) ?? []).some((w) => w.length >= 4 && w.slice(0, 5) === p);
}

// ---------------------------------------------------------------- claims

function draft(start: number, end: number, value: QuoteValue, confidence: number): ClaimDraft {
  const c: ClaimDraft = { kind: 'quote', start, end, value, confidence: Math.round(confidence * 100) / 100 };
  if (value.speaker) c.entities = [value.speaker];
  return c;
}

/** Direct quotes (kind 'quote', paraphrase false) and reported speech (paraphrase true), in text order. */
export function extractQuotes(ctx: ExtractContext): ClaimDraft[] {
  const { text, sentences } = ctx;
  const lang = ctx.doc.lang;
  if (sentences.length === 0) return [];
  const quotes = scanQuotes(text);
  const sp = new Speakers(ctx, quotes);
  const out: ClaimDraft[] = [];
  for (const q of quotes) {
    const content = quoteText(text, q);
    const words = countWords(content, 3); // compared with 0 and 2 only
    if (words === 0) continue;
    const sA = sentenceOf(sentences, q.start);
    const sB = sentenceOf(sentences, Math.max(q.start, q.end - 1));
    let who: Who | null = null;
    let cueFound = false;
    // 1. A cue right after the quote: "« … », a déclaré X", "“…,” Miller said", "…, selon X".
    const infoB = sp.info(sB);
    let k = tokenAt(infoB.toks, q.end);
    const floor = k;
    for (let seen = 0, w = 0; k < infoB.toks.length && seen < 40 && w <= 8; k++, seen++) {
      const t = infoB.toks[k]!;
      if (t.quoted) continue;
      if (t.lower === ';') break;
      const cue = infoB.cueAt.get(k);
      if (cue && cue.kind !== 'count' && !cue.participle) {
        cueFound = true;
        who = cueSubject(ctx, infoB.toks, cue, lang, floor);
        break;
      }
      if (t.word) w++;
    }
    // 1b. A closing reporting clause for the whole sentence: "…, a indiqué le porte-parole, Ned Price."
    if (!who || who.relative) {
      const fc = sp.finalCue(sB);
      if (fc && fc.k >= floor) {
        cueFound = true;
        who = fc.who;
      }
    }
    // 2. The cue governing the quote from before it: "X a déclaré : « … »", "X a décrit … comme « … »".
    const infoA = sp.info(sA);
    const kq = tokenAt(infoA.toks, q.start);
    if (!who || who.relative) {
      const cue = sp.governing(infoA, kq);
      if (cue && cue.kind !== 'count') {
        cueFound = true;
        who = cueSubject(ctx, infoA.toks, cue, lang);
        // "…, calling them “candid”": a participle with no verb before it takes the sentence's subject.
        if (!who && cue.participle) {
          const m = firstHead(ctx, sentences[sA]!.start, infoA.toks[cue.i]!.start, ['person', 'org']);
          if (m) who = { start: m.start, end: m.end, text: m.text, key: m.key };
        }
      }
    }
    let res = sp.resolve(who, sA, q.start);
    let confidence = res ? (res.indirect ? 0.8 : 0.9) : 0.7;
    // 3. No cue: a colon introduction, or a quote standing alone after the same speaker's quote.
    if (!res) {
      let p = kq - 1;
      for (let n = 0; p >= 0 && infoA.toks[p]!.quoted && n < 40; n++) p--;
      const lastTok = p >= 0 ? infoA.toks[p] : undefined;
      const opensSentence = countsOf(infoA).wordsBefore[kq] === 0;
      if (lastTok?.lower === ':') {
        const m = firstHead(ctx, sentences[sA]!.start, q.start);
        if (m) res = { key: m.key, text: m.text, indirect: true };
      } else if (opensSentence && sA > 0 && /:\s*$/.test(sentences[sA - 1]!.text)) {
        const prev = sp.info(sA - 1);
        const cue = prev.cues[prev.cues.length - 1];
        res = sp.resolve(cue ? cueSubject(ctx, prev.toks, cue, lang) : null, sA - 1, sentences[sA - 1]!.end);
      } else if (opensSentence && sp.last && sp.last.sentence >= sA - 2) {
        res = { key: sp.last.key, text: sp.last.text, indirect: true };
      }
      if (res) confidence = 0.65;
    }
    if (words <= 2 && !cueFound) {
      // One or two words with no reporting verb: a scare quote, or a title/name we drop.
      if ((content.match(WORDS) ?? []).every((w) => /^\p{Lu}/u.test(w)) && !res) continue;
      confidence = Math.min(confidence, 0.4);
    } else if (words <= 2) confidence -= 0.1;
    if (!q.closed) confidence = 0.3;
    if (res) sp.last = { key: res.key, text: res.text, sentence: sB };
    const value: QuoteValue = { text: content, speaker: res?.key ?? null, speakerText: res?.text ?? null, paraphrase: false, lang };
    out.push(draft(q.start, q.end, value, confidence));
  }
  out.push(...paraphrases(ctx, sp));
  return out.sort((a, b) => a.start - b.start);
}

// ---------------------------------------------------------------- reported speech

const PUNCT_END = new Set(['.', ',', ';', ':', '!', '?', '…', '-', '–', '—']);
// "said" + a clause without "that": the clause must open with one of these kinds of words.
const EN_SAID = new Set(['said', 'says', 'told']);

/** "X a déclaré que …", "X said (that) …", "selon X, …", "…, according to X": the reported clause. */
function paraphrases(ctx: ExtractContext, sp: Speakers): ClaimDraft[] {
  const lang = ctx.doc.lang;
  const lex = lexicon(lang);
  const out: ClaimDraft[] = [];
  for (let s = 0; s < ctx.sentences.length; s++) {
    const info = sp.info(s);
    const { toks } = info;
    let covered = -1;
    for (const cue of info.cues) {
      if (cue.i <= covered || cue.kind === 'count') continue;
      let who: Who | null;
      let from = -1;
      let to = toks.length - 1;
      if (cue.kind === 'marker') {
        who = rightSubject(ctx, toks, cue.j, lang);
        if (!who || who.relative) continue;
        const after = tokenAt(toks, who.end);
        const lead = cue.i === 0 || toks[cue.i - 1]!.lower === ',' || toks[cue.i - 1]!.lower === ':';
        if (toks[after]?.lower === ',' && cue.i === 0) from = after + 1; // "Selon X, clause"
        else if (lead && cue.i > 0 && (after >= toks.length || toks[after]!.lower === ',' || PUNCT_END.has(toks[after]!.lower))) {
          from = 0; // "clause, selon X."
          to = cue.i - 1;
        } else continue;
      } else {
        who = cueSubject(ctx, toks, cue, lang);
        if (!who || who.relative) continue;
        let k = cue.j + 1;
        for (let n = 0; n < 3; n++) {
          const len = phraseAt(lex.skipAfter, toks, k);
          if (len === 0) break;
          k += len;
        }
        // "a dit à Qin que", "told Blinken that": a complementizer within a few words.
        for (let n = 0; n < 5 && k + n < toks.length; n++) {
          const t = toks[k + n]!;
          if (t.quoted || (!t.word && t.lower !== "'")) break;
          if (lex.complementizers.has(t.lower)) {
            from = k + n + 1;
            break;
          }
        }
        if (from < 0 && lang === 'en' && EN_SAID.has(toks[cue.j]!.lower) && !who.pronoun && who.end <= toks[cue.i]!.start) {
          const t = toks[k];
          if (t && t.word && !t.quoted && !['to', 'in', 'on', 'at', 'of', 'by', 'with', 'as', 'after', 'before', 'during', 'and', 'but'].includes(t.lower)) from = k;
        }
        if (from < 0) continue;
      }
      // The clause runs to the sentence end or a semicolon, trailing punctuation dropped.
      const counts = countsOf(info);
      to = Math.min(to, counts.nextSemi[from]! - 1);
      while (to >= from && !toks[to]!.word) to--;
      if (to < from) continue;
      const quoted = counts.quotedBefore[to + 1]! - counts.quotedBefore[from]! > 0;
      const words = counts.wordsBefore[to + 1]! - counts.wordsBefore[from]!;
      // A direct quote inside the clause is already a claim of its own.
      if (quoted || words < 3) continue;
      const res = sp.resolve(who, s, toks[from]!.start);
      if (!res) continue;
      covered = Math.max(covered, to);
      const start = toks[from]!.start;
      const end = toks[to]!.end;
      const value: QuoteValue = {
        text: ctx.text.slice(start, end).replace(/\s+/g, ' '),
        speaker: res.key,
        speakerText: res.text,
        paraphrase: true,
        lang,
      };
      out.push(draft(start, end, value, res.indirect ? 0.4 : 0.5));
    }
  }
  return out;
}
