// The quantity lexicon (number words, hedges, units, count nouns, currencies): loaded once from
// rules/lexicon/, validated against src/schema/lexicon.schema.json, and compiled into token indexes.
// Also the tokenizer those indexes are matched against, so that data phrases and text agree on tokens.
import { readFileSync } from 'node:fs';
import { RecoupeError } from '../errors.ts';
import { isLetterOrMarkCode } from '../text/chars.ts';
import { SIGNATURES, wordSignature } from './word-ids.ts';
import { packagePath } from '../paths.ts';
import { standaloneValidator } from '../schema/standalone.ts';
import type { Interval, Lang } from '../types.ts';


// ---------------------------------------------------------------- tokens

/** Token kinds: a run of letters, a run of ASCII digits, or one other non-space character. */
export const WORD = 0;
export const DIGITS = 1;
export const PUNCT = 2;

/** A token of the working text. `s`/`e` are offsets into the text; `f` is the folded form used for matching. */
export interface Token {
  s: number;
  e: number;
  /** Lower-case, accents stripped; elided French words expanded ("d'" → "de"); dashes → "-", apostrophes → "'". */
  f: string;
  k: number;
}

const PUNCT_FOLD: Record<string, string> = {
  '’': "'", '‘': "'", 'ʼ': "'", '′': "'", '`': "'", '´': "'",
  '‐': '-', '‑': '-', '‒': '-', '–': '-', '−': '-',
  '«': '"', '»': '"', '“': '"', '”': '"', '„': '"',
};

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2007
    || c === 0x200b || c === 0x3000 || c === 11 || c === 12 || (c >= 0x2000 && c <= 0x200a);
}

function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) return true;
  if (c < 128) return false;
  // Latin-1 and Latin Extended-A letters (French accents) without a regex; × and ÷ are not letters.
  if (c >= 0xc0 && c <= 0x17f) return c !== 0xd7 && c !== 0xf7;
  // Beyond: the same class by code-unit table (chars.ts), not a regex run on a one-character string.
  return isLetterOrMarkCode(c);
}

// Folding accented words costs a normalize(); words repeat, so remember them (bounded).
const foldCache = new Map<string, string>();

/** Lower-case and strip accents (fast path for ASCII). */
export function foldWord(w: string): string {
  let ascii = true;
  let upper = false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c > 127) { ascii = false; break; }
    if (c >= 65 && c <= 90) upper = true;
  }
  // toLowerCase() builds a new string even when nothing changes: most words are lower-case already.
  if (ascii) return upper ? w.toLowerCase() : w;
  const hit = foldCache.get(w);
  if (hit !== undefined) return hit;
  const f = w.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/œ/g, 'oe').replace(/æ/g, 'ae');
  if (foldCache.size > 20000) foldCache.clear();
  foldCache.set(w, f);
  return f;
}

/**
 * Splits text[start, end) into tokens in one linear pass. Words are letter runs (digits and hyphens split them);
 * with `elisions`, a French elided word followed by an apostrophe and a letter ("d'", "jusqu'") becomes one token
 * read as the full word.
 */
export function tokenize(text: string, start = 0, end = text.length, elisions?: ReadonlyMap<string, string>): Token[] {
  const out: Token[] = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) { i++; continue; }
    if (c >= 48 && c <= 57) {
      let j = i + 1;
      while (j < end && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
      out.push({ s: i, e: j, f: text.slice(i, j), k: DIGITS });
      i = j;
      continue;
    }
    if (isLetterAt(text, i)) {
      let j = i + 1;
      while (j < end && isLetterAt(text, j)) j++;
      let f = foldWord(text.slice(i, j));
      let e = j;
      if (elisions && j < end && j + 1 < text.length && (text[j] === "'" || text[j] === '’') && isLetterAt(text, j + 1)) {
        // The letter after the apostrophe may lie past `end` (a window that stops before the number).
        const full = elisions.get(f);
        if (full !== undefined) { f = full; e = j + 1; }
      }
      out.push({ s: i, e, f, k: WORD });
      i = e;
      continue;
    }
    const ch = text[i]!;
    out.push({ s: i, e: i + 1, f: PUNCT_FOLD[ch] ?? ch, k: PUNCT });
    i++;
  }
  return out;
}

// ---------------------------------------------------------------- phrase index

export interface PhraseMatch<T> {
  data: T;
  /** Token index of the first matched token. */
  from: number;
  /** Token index just after the last matched token. */
  to: number;
}

/**
 * Phrases (token sequences) indexed by first and last token, matched longest first. In the text, a hyphen
 * between two words of a phrase is optional ("vingt-deux" matches "vingt deux"), so phrases are stored
 * without hyphens between words.
 */
export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, { toks: string[]; data: T }[]>();
  private readonly byLast = new Map<string, { toks: string[]; data: T }[]>();
  // Signatures (word-ids.ts) of the first / last words: most tokens are ruled out without a map look-up.
  private readonly firstSignatures = new Uint8Array(SIGNATURES);
  private readonly lastSignatures = new Uint8Array(SIGNATURES);
  size = 0;

  add(toks: string[], data: T): void {
    if (toks.length === 0) return;
    this.firstSignatures[wordSignature(toks[0]!)] = 1;
    this.lastSignatures[wordSignature(toks[toks.length - 1]!)] = 1;
    const entry = { toks, data };
    for (const [map, key] of [[this.byFirst, toks[0]!], [this.byLast, toks[toks.length - 1]!]] as const) {
      const list = map.get(key) ?? [];
      list.push(entry);
      list.sort((a, b) => b.toks.length - a.toks.length);
      map.set(key, list);
    }
    this.size++;
  }

  has(first: string): boolean {
    return this.firstSignatures[wordSignature(first)] === 1 && this.byFirst.has(first);
  }

  /** Longest phrase starting at token `i` (and ending before token `limit`). */
  matchAt(tokens: readonly Token[], i: number, limit = tokens.length): PhraseMatch<T> | null {
    const tok = tokens[i];
    if (!tok || this.firstSignatures[wordSignature(tok.f)] !== 1) return null;
    const list = this.byFirst.get(tok.f);
    if (!list) return null;
    for (const { toks, data } of list) {
      let j = i + 1;
      let ok = true;
      for (let p = 1; p < toks.length; p++) {
        if (j < limit && tokens[j]!.f === '-' && toks[p] !== '-' && tokens[j]!.s === tokens[j - 1]!.e) j++;
        if (j >= limit || tokens[j]!.f !== toks[p]) { ok = false; break; }
        j++;
      }
      if (ok) return { data, from: i, to: j };
    }
    return null;
  }

  /** Longest phrase ending just before token `end` (exclusive) and starting at or after `limit`. */
  matchEndingAt(tokens: readonly Token[], end: number, limit = 0): PhraseMatch<T> | null {
    const tok = tokens[end - 1];
    if (!tok || end - 1 < limit || this.lastSignatures[wordSignature(tok.f)] !== 1) return null;
    const list = this.byLast.get(tok.f);
    if (!list) return null;
    for (const { toks, data } of list) {
      let j = end - 2;
      let ok = true;
      for (let p = toks.length - 2; p >= 0; p--) {
        if (j >= limit && tokens[j]!.f === '-' && toks[p] !== '-' && tokens[j]!.e === tokens[j + 1]!.s) j--;
        if (j < limit || tokens[j]!.f !== toks[p]) { ok = false; break; }
        j--;
      }
      if (ok) return { data, from: j + 1, to: end };
    }
    return null;
  }
}

// ---------------------------------------------------------------- raw file shapes (checked by the schema)

type Bound = null | { dir?: -1 | 0 | 1; step?: number; rel?: number; abs?: number };
export interface IntervalRule { lo: Bound; hi: Bound }

interface NumbersFile {
  lang: Lang;
  decimalSeparator: ',' | '.';
  elisions?: Record<string, string>;
  units: Record<string, number>;
  articles?: string[];
  hundreds: Record<string, number>;
  scales: Record<string, number>;
  standaloneScales?: string[];
  scaleAbbreviations?: { form: string; value: number; spaced?: boolean }[];
  connectors: string[];
  fixed?: Record<string, number>;
  fractions: Record<string, number>;
  fractionSuffixes: Record<string, number>;
  ordinals: Record<string, number>;
  ordinalSuffixes: string[];
  approx: { phrase: string; base: number; kind: string }[];
  approxKinds: Record<string, { value: number; strict: [number, number | null]; pragmatic: [number, number | null] }>;
  percentWords: string[];
  rangeStarts?: string[];
  rangeJoins?: string[];
  months: string[];
}
interface HedgesFile {
  kinds: Record<string, { strict: IntervalRule; pragmatic: IntervalRule }>;
  unhedged: { strict: IntervalRule; pragmatic: IntervalRule };
  range?: { strictSteps?: number; pragmaticSteps?: number };
  entries: { phrase: string; kind: string; position: 'before' | 'after' | 'both'; lang?: Lang }[];
}
interface UnitFileEntry { key: string; seconds?: number; forms: string[]; needsCue?: boolean }
interface UnitsFile {
  duration: UnitFileEntry[];
  physical: UnitFileEntry[];
  durationContext: Record<'cues' | 'excludeBefore' | 'excludeAfter' | 'clockBefore' | 'clockAfter' | 'ageBefore' | 'unitLinks', string[]> & { ageAfter?: string[] };
}
interface CountNounsFile {
  categories: { key: string; nouns: string[]; qualifiers?: string[]; cues?: string[]; generic?: boolean }[];
  fillers: string[];
  counterWords: string[];
  bareTriggersBefore: string[];
  bareTriggersAfter: string[];
  grades?: { key: string; categories: string[]; phrases: string[] }[];
}
interface CurrenciesFile { currencies: { code: string; symbols?: string[]; words?: string[] }[] }

// ---------------------------------------------------------------- compiled lexicon

/** What a number word is: composed by the number parser (numbers.ts). */
export interface NumWord {
  t: 'unit' | 'hundred' | 'scale' | 'fixed' | 'fraction' | 'ordinal' | 'approx';
  v: number;
  article?: boolean;
  standalone?: boolean;
  approx?: { kind: string; strict: Interval; pragmatic: Interval };
}

export interface NumbersLexicon {
  lang: Lang;
  decimal: ',' | '.';
  elisions: Map<string, string>;
  words: PhraseIndex<NumWord>;
  connectors: Set<string>;
  fractionSuffixes: PhraseIndex<number>;
  ordinalSuffixes: Set<string>;
  scaleAbbrev: Map<string, { value: number; spaced: boolean }>;
  /** Scale words readable after digits ("3,5 millions"). */
  scales: PhraseIndex<number>;
  percentWords: PhraseIndex<true>;
  rangeStarts: PhraseIndex<true>;
  rangeJoins: PhraseIndex<true>;
  months: Set<string>;
}

export interface HedgeEntry { text: string; kind: string }
export interface UnitEntry { key: string; seconds: number; needsCue: boolean; form: string }
export interface CategoryEntry { key: string; generic: boolean; noun: string }

export interface LangLexicon {
  numbers: NumbersLexicon;
  hedgesBefore: PhraseIndex<HedgeEntry>;
  hedgesAfter: PhraseIndex<HedgeEntry>;
}

export interface Lexicon {
  fr: LangLexicon;
  en: LangLexicon;
  hedgeKinds: Map<string, { strict: IntervalRule; pragmatic: IntervalRule }>;
  unhedged: { strict: IntervalRule; pragmatic: IntervalRule };
  range: { strictSteps: number; pragmaticSteps: number };
  durationUnits: PhraseIndex<UnitEntry>;
  physicalUnits: PhraseIndex<UnitEntry>;
  duration: Record<'cues' | 'excludeBefore' | 'excludeAfter' | 'clockBefore' | 'clockAfter' | 'ageBefore' | 'ageAfter' | 'unitLinks', PhraseIndex<true>>;
  countNouns: PhraseIndex<CategoryEntry>;
  qualifiers: PhraseIndex<string>;
  /** Context cues: single words match as prefixes (`cuePrefixes`), phrases exactly (`cuePhrases`). */
  cuePrefixes: { prefix: string; category: string }[];
  /** `cuePrefixes` by the code of their first character, in list order: a word is compared with its own only. */
  cuePrefixesByFirst: Map<number, { prefix: string; category: string }[]>;
  cuePhrases: PhraseIndex<string>;
  genericCategories: Set<string>;
  fillers: PhraseIndex<true>;
  counterWords: Set<string>;
  bareBefore: PhraseIndex<true>;
  bareAfter: PhraseIndex<true>;
  /** Degrees of a category ("blessés graves"): grade key and the categories it applies to. */
  grades: PhraseIndex<{ key: string; categories: ReadonlySet<string> }>;
  currencySymbols: PhraseIndex<string>;
  currencyWords: PhraseIndex<string>;
}

export const LEXICON_FILES = ['numbers.fr.json', 'numbers.en.json', 'hedges.json', 'units.json', 'count-nouns.json', 'currencies.json'] as const;

// Data phrases are tokenized like French text (elisions of numbers.fr.json) so that "jusqu'à" and "d'heure"
// meet the text's elided tokens; set while compiling.
let dataElisions: ReadonlyMap<string, string> = new Map();

/** Tokens of a data phrase, hyphens between words dropped (they are optional in the text). */
export function phraseTokens(phrase: string, elisions: ReadonlyMap<string, string> = dataElisions): string[] {
  const toks = tokenize(phrase, 0, phrase.length, elisions);
  const out: string[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const prev = toks[i - 1];
    const next = toks[i + 1];
    if (t.f === '-' && prev && next && prev.k !== PUNCT && next.k !== PUNCT) continue;
    out.push(t.f);
  }
  return out;
}

function indexOf<T>(phrases: Iterable<string>, data: (p: string) => T, el?: ReadonlyMap<string, string>): PhraseIndex<T> {
  const idx = new PhraseIndex<T>();
  for (const p of phrases) idx.add(phraseTokens(p, el), data(p));
  return idx;
}

function compileNumbers(f: NumbersFile): NumbersLexicon {
  const el = new Map(Object.entries(f.elisions ?? {}).map(([k, v]) => [foldWord(k), foldWord(v)]));
  const words = new PhraseIndex<NumWord>();
  const articles = new Set((f.articles ?? []).map(foldWord));
  const standalone = new Set((f.standaloneScales ?? []).map(foldWord));
  const add = (map: Record<string, number> | undefined, t: NumWord['t']) => {
    for (const [p, v] of Object.entries(map ?? {})) {
      const toks = phraseTokens(p, el);
      const w: NumWord = { t, v };
      if (toks.length === 1 && articles.has(toks[0]!)) w.article = true;
      if (toks.length === 1 && standalone.has(toks[0]!)) w.standalone = true;
      words.add(toks, w);
    }
  };
  add(f.units, 'unit');
  add(f.hundreds, 'hundred');
  add(f.scales, 'scale');
  add(f.fixed, 'fixed');
  add(f.fractions, 'fraction');
  add(f.ordinals, 'ordinal');
  for (const a of f.approx) {
    const k = f.approxKinds[a.kind];
    if (!k) throw new RecoupeError('E_LEXICON', `rules/lexicon/numbers.${f.lang}.json`, `approx kind "${a.kind}" is not defined in approxKinds`, '/approx');
    const mul = (x: number | null) => (x === null ? null : x * a.base);
    words.add(phraseTokens(a.phrase, el), {
      t: 'approx', v: k.value * a.base,
      approx: { kind: a.kind, strict: [mul(k.strict[0]), mul(k.strict[1])], pragmatic: [mul(k.pragmatic[0]), mul(k.pragmatic[1])] },
    });
  }
  const scales = new PhraseIndex<number>();
  for (const [p, v] of Object.entries(f.scales)) if (v >= 1000) scales.add(phraseTokens(p, el), v);
  return {
    lang: f.lang,
    decimal: f.decimalSeparator,
    elisions: el,
    words,
    connectors: new Set(f.connectors.map(foldWord)),
    fractionSuffixes: (() => { const i = new PhraseIndex<number>(); for (const [p, v] of Object.entries(f.fractionSuffixes)) i.add(phraseTokens(p, el), v); return i; })(),
    ordinalSuffixes: new Set(f.ordinalSuffixes.map(foldWord)),
    scaleAbbrev: new Map((f.scaleAbbreviations ?? []).map((a) => [foldWord(a.form), { value: a.value, spaced: a.spaced ?? false }])),
    scales,
    percentWords: indexOf(f.percentWords, () => true as const, el),
    rangeStarts: indexOf(f.rangeStarts ?? [], () => true as const, el),
    rangeJoins: indexOf(f.rangeJoins ?? [], () => true as const, el),
    months: new Set(f.months.map(foldWord)),
  };
}

function compileHedges(h: HedgesFile, lang: Lang, el: ReadonlyMap<string, string>) {
  const before = new PhraseIndex<HedgeEntry>();
  const after = new PhraseIndex<HedgeEntry>();
  for (const e of h.entries) {
    if (e.lang && e.lang !== lang) continue;
    const toks = phraseTokens(e.phrase, el);
    if (e.position !== 'after') before.add(toks, { text: e.phrase, kind: e.kind });
    if (e.position !== 'before') after.add(toks, { text: e.phrase, kind: e.kind });
  }
  return { before, after };
}

function unitIndex(list: UnitFileEntry[]): PhraseIndex<UnitEntry> {
  const idx = new PhraseIndex<UnitEntry>();
  for (const u of list) for (const form of u.forms) idx.add(phraseTokens(form), { key: u.key, seconds: u.seconds ?? 0, needsCue: u.needsCue ?? false, form });
  return idx;
}

function byFirstCode<T extends { prefix: string }>(list: T[]): Map<number, T[]> {
  const m = new Map<number, T[]>();
  for (const e of list) {
    const c = e.prefix.charCodeAt(0);
    (m.get(c) ?? m.set(c, []).get(c)!).push(e);
  }
  return m;
}

function compile(files: Record<(typeof LEXICON_FILES)[number], unknown>): Lexicon {
  const numFr = compileNumbers(files['numbers.fr.json'] as NumbersFile);
  dataElisions = numFr.elisions;
  const numEn = compileNumbers(files['numbers.en.json'] as NumbersFile);
  const hedges = files['hedges.json'] as HedgesFile;
  for (const e of hedges.entries) {
    if (!hedges.kinds[e.kind]) throw new RecoupeError('E_LEXICON', 'rules/lexicon/hedges.json', `hedge "${e.phrase}" has kind "${e.kind}", which is not defined in kinds`, '/entries');
  }
  const hFr = compileHedges(hedges, 'fr', numFr.elisions);
  const hEn = compileHedges(hedges, 'en', numEn.elisions);
  const units = files['units.json'] as UnitsFile;
  const ctx = units.durationContext;
  const cn = files['count-nouns.json'] as CountNounsFile;
  const countNouns = new PhraseIndex<CategoryEntry>();
  const qualifiers = new PhraseIndex<string>();
  const cuePhrases = new PhraseIndex<string>();
  const cuePrefixes: { prefix: string; category: string }[] = [];
  const generic = new Set<string>();
  for (const c of cn.categories) {
    if (c.generic) generic.add(c.key);
    for (const n of c.nouns) countNouns.add(phraseTokens(n), { key: c.key, generic: c.generic ?? false, noun: n });
    for (const q of c.qualifiers ?? []) qualifiers.add(phraseTokens(q), c.key);
    for (const cue of c.cues ?? []) {
      const toks = phraseTokens(cue);
      if (toks.length === 1) cuePrefixes.push({ prefix: toks[0]!, category: c.key });
      else cuePhrases.add(toks, c.key);
    }
  }
  const grades = new PhraseIndex<{ key: string; categories: ReadonlySet<string> }>();
  for (const g of cn.grades ?? []) for (const p of g.phrases) grades.add(phraseTokens(p), { key: g.key, categories: new Set(g.categories) });
  const cur = files['currencies.json'] as CurrenciesFile;
  const currencySymbols = new PhraseIndex<string>();
  const currencyWords = new PhraseIndex<string>();
  for (const c of cur.currencies) {
    for (const s of c.symbols ?? []) currencySymbols.add(phraseTokens(s), c.code);
    for (const w of c.words ?? []) currencyWords.add(phraseTokens(w), c.code);
  }
  const flag = (l: string[] | undefined) => indexOf(l ?? [], () => true as const);
  return {
    fr: { numbers: numFr, hedgesBefore: hFr.before, hedgesAfter: hFr.after },
    en: { numbers: numEn, hedgesBefore: hEn.before, hedgesAfter: hEn.after },
    hedgeKinds: new Map(Object.entries(hedges.kinds)),
    unhedged: hedges.unhedged,
    range: { strictSteps: hedges.range?.strictSteps ?? 0, pragmaticSteps: hedges.range?.pragmaticSteps ?? 0.5 },
    durationUnits: unitIndex(units.duration),
    physicalUnits: unitIndex(units.physical),
    duration: {
      cues: flag(ctx.cues), excludeBefore: flag(ctx.excludeBefore), excludeAfter: flag(ctx.excludeAfter),
      clockBefore: flag(ctx.clockBefore), clockAfter: flag(ctx.clockAfter), ageBefore: flag(ctx.ageBefore),
      ageAfter: flag(ctx.ageAfter), unitLinks: flag(ctx.unitLinks),
    },
    countNouns, qualifiers, cuePrefixes, cuePrefixesByFirst: byFirstCode(cuePrefixes), cuePhrases, genericCategories: generic,
    fillers: flag(cn.fillers),
    counterWords: new Set(cn.counterWords.flatMap((w) => phraseTokens(w))),
    bareBefore: flag(cn.bareTriggersBefore),
    bareAfter: flag(cn.bareTriggersAfter),
    grades,
    currencySymbols, currencyWords,
  };
}

// ---------------------------------------------------------------- loading

let cached: Lexicon | null = null;
type Validator = ((data: unknown) => boolean) & { errors?: { instancePath: string; message?: string }[] | null };
let validator: Validator | null = null;

/** The lexicon schema's validator, compiled ahead of time (src/schema/generated/, kept in sync by a test). */
function getValidator(): Validator {
  validator ??= standaloneValidator('lexicon') as Validator;
  return validator;
}

/** Parses and validates one lexicon file; throws RecoupeError('E_LEXICON', file, message, pointer). */
export function validateLexiconFile(file: string, text: string): unknown {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new RecoupeError('E_LEXICON', file, `not valid JSON: ${(e as Error).message}`);
  }
  const validate = getValidator();
  if (!validate(data)) {
    const err = validate.errors?.[0];
    throw new RecoupeError('E_LEXICON', file, err?.message ?? 'does not match the lexicon schema', err?.instancePath || '/');
  }
  return data;
}

/** Loads, validates and compiles the lexicon from `dir` (default: the package's rules/lexicon). */
export function buildLexicon(dir = packagePath('rules', 'lexicon')): Lexicon {
  const files = {} as Record<(typeof LEXICON_FILES)[number], unknown>;
  for (const name of LEXICON_FILES) {
    const file = `${dir}/${name}`;
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      throw new RecoupeError('E_LEXICON', file, `cannot read: ${(e as Error).message}`);
    }
    files[name] = validateLexiconFile(file, text);
  }
  return compile(files);
}

/** The package lexicon, loaded once. */
export function loadLexicon(): Lexicon {
  return (cached ??= buildLexicon());
}

/** The per-language part of the lexicon (French for anything not English). */
export function langLexicon(lang: Lang | string): LangLexicon {
  const lex = loadLexicon();
  return lang === 'en' ? lex.en : lex.fr;
}
