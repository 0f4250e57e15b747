// Who says or counts what: tokens, reporting cues ("a déclaré", "said", "selon") and the noun phrase they credit.
// Shared by quote.ts (speakers) and attribution.ts (counters). Everything is a forward or bounded backward walk
// over tokens: no regex runs over unbounded text.
import type { Lang, Mention } from '../types.ts';
import type { ExtractContext } from './context.ts';
import { readPackageJson } from '../paths.ts';
import { codeAt, isLetterOrDigitCode, isSpaceCode, isUpperCode } from '../text/chars.ts';
import { RecentCache } from './recent-cache.ts';
import { SIGNATURES, wordSignature } from './word-ids.ts';

// ---------------------------------------------------------------- lexicon

interface VerbTable {
  regular: string[];
  irregular: Record<string, string[]>;
}
interface LangLexicon extends VerbTable {
  present?: string[];
  count: VerbTable;
  markers: string[];
  skipAfter: string[];
  auxiliaries: string[];
  pronouns: string[];
  relatives: string[];
  complementizers: string[];
  ownerless: string[];
  wrappers: string[];
  sameSource: string[];
}

export type CueKind = 'speech' | 'count' | 'marker';

interface Compiled {
  /** First token of a phrase → phrases (token lists), longest first. */
  phrases: Map<string, { toks: string[]; kind: CueKind }[]>;
  /** Signatures (word-ids.ts) of the keys of `phrases`: most words are ruled out without a map look-up. */
  phraseSignatures: Uint8Array;
  skipAfter: Map<string, string[][]>;
  sameSource: Map<string, string[][]>;
  aux: Set<string>;
  pronouns: Set<string>;
  relatives: Set<string>;
  complementizers: Set<string>;
  ownerless: Set<string>;
  wrappers: Set<string>;
}

function conjugate(lang: Lang, lemma: string): string[] {
  if (lang === 'fr') {
    // Regular -er verbs: participle, 3rd person present/imperfect/simple past, present participle.
    if (!lemma.endsWith('er')) return [lemma];
    const stem = lemma.slice(0, -2);
    const soft = stem.endsWith('c') ? stem.slice(0, -1) + 'ç' : stem.endsWith('g') ? stem + 'e' : stem;
    return [stem + 'é', stem + 'ée', stem + 'és', stem + 'ées', stem + 'e', stem + 'ent', soft + 'ant', soft + 'ait', soft + 'aient', soft + 'a'];
  }
  // English: -ed and -ing only; bare and -s forms are too often nouns ("a report", "states").
  const base = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
  const ied = lemma.endsWith('y') && !/[aeiou]y$/.test(lemma);
  return [ied ? lemma.slice(0, -1) + 'ied' : base + 'ed', base + 'ing'];
}

export function phraseMap(list: string[]): Map<string, string[][]> {
  const m = new Map<string, string[][]>();
  for (const p of list) {
    const toks = tokenize(p, 0, p.length).map((t) => t.lower);
    if (toks.length === 0) continue;
    const arr = m.get(toks[0]!) ?? [];
    arr.push(toks);
    arr.sort((a, b) => b.length - a.length);
    m.set(toks[0]!, arr);
  }
  return m;
}

function compile(lang: Lang, lex: LangLexicon): Compiled {
  const phrases = new Map<string, { toks: string[]; kind: CueKind }[]>();
  const add = (form: string, kind: CueKind) => {
    const toks = tokenize(form, 0, form.length).map((t) => t.lower);
    if (toks.length === 0) return;
    const arr = phrases.get(toks[0]!) ?? [];
    if (arr.some((p) => p.kind === kind && p.toks.join(' ') === toks.join(' '))) return;
    arr.push({ toks, kind });
    arr.sort((a, b) => b.toks.length - a.toks.length);
    phrases.set(toks[0]!, arr);
  };
  const addTable = (t: VerbTable, kind: CueKind) => {
    for (const l of t.regular) for (const f of conjugate(lang, l)) add(f, kind);
    for (const forms of Object.values(t.irregular)) for (const f of forms) add(f, kind);
  };
  for (const m of lex.markers) add(m, 'marker');
  addTable(lex, 'speech');
  for (const f of lex.present ?? []) add(f, 'speech');
  addTable(lex.count, 'count');
  const low = (a: string[]) => new Set(a.map((w) => w.toLowerCase().replace(/’/g, "'")));
  const phraseSignatures = new Uint8Array(SIGNATURES);
  for (const k of phrases.keys()) phraseSignatures[wordSignature(k)] = 1;
  return {
    phrases,
    phraseSignatures,
    skipAfter: phraseMap(lex.skipAfter),
    sameSource: phraseMap(lex.sameSource),
    aux: low(lex.auxiliaries),
    pronouns: low(lex.pronouns),
    relatives: low(lex.relatives),
    complementizers: low(lex.complementizers),
    ownerless: low(lex.ownerless),
    wrappers: low(lex.wrappers),
  };
}

const RAW = readPackageJson<Record<Lang, LangLexicon>>('rules', 'lexicon', 'speech-verbs.json');
let compiled: Record<Lang, Compiled> | null = null;
/** The compiled lexicon of a language (built on first use). */
export function lexicon(lang: Lang): Compiled {
  compiled ??= { fr: compile('fr', RAW.fr), en: compile('en', RAW.en) };
  return compiled[lang];
}

// ---------------------------------------------------------------- tokens

export interface Token {
  start: number;
  end: number;
  /** Lower-cased, typographic apostrophe as "'". */
  lower: string;
  word: boolean;
  /** First character is an upper-case letter. */
  cap: boolean;
  /** Inside a quotation (set by the caller): never a cue, never part of a speaker phrase. */
  quoted: boolean;
}

// French elided words that stand alone before the apostrophe: "l'Intérieur" → "l'" + "Intérieur".
const ELISION = new Set(['l', 'd', 'qu', 's', 'n', 'j', 'c', 'm', 't', 'lorsqu', 'jusqu', 'puisqu', 'quoiqu']);

function isApos(c: string | undefined): boolean {
  return c === "'" || c === '’';
}

/** True when `s` is ASCII with no upper-case letter: lower-casing leaves it as it is. */
function isAsciiLower(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c > 127 || (c >= 65 && c <= 90)) return false;
  }
  return true;
}

/** Lower-cased token text, typographic apostrophe as "'", soft hyphens dropped. */
function lowerOf(raw: string): string {
  // toLowerCase() builds a new string even when nothing changes, and most tokens are already lower-case ASCII
  // (which holds neither a typographic apostrophe nor a soft hyphen).
  if (isAsciiLower(raw)) return raw;
  let l = raw.toLowerCase();
  // indexOf first: most tokens have neither, and a regex replace that finds nothing still costs a scan.
  if (l.indexOf('’') >= 0) l = l.replace(/’/g, "'");
  if (l.indexOf('\u00ad') >= 0) l = l.replace(/\u00ad/g, '');
  return l;
}

function pushToken(out: Token[], text: string, s: number, e: number, word: boolean): void {
  out.push({ start: s, end: e, lower: lowerOf(text.slice(s, e)), word, cap: isUpperCode(text.charCodeAt(s)), quoted: false });
}

const APOS = 0x27;
const RSQUO = 0x2019;
const DOT = 0x2e;

/** True when text[s, i) lower-cased is an elided word ("l", "qu"…). Every elision has at most 6 letters, and
 * lower-casing never shortens a string, so longer spans are rejected without building a string. */
function isElision(text: string, s: number, i: number): boolean {
  return i - s <= 6 && ELISION.has(text.slice(s, i).toLowerCase());
}

/**
 * "U.S.": an upper-case letter, a dot, an upper-case letter, a dot from i on. Every test is made at every call,
 * not only after the previous one held: an operation that has never run before V8 optimises tokenize() has no
 * type feedback, and running it the first time (at the first initialism) threw tokenize's code away.
 */
function isInitialismAt(text: string, i: number): boolean {
  const dot1 = codeAt(text, i + 1) === DOT;
  const upper2 = isUpperCode(codeAt(text, i + 2));
  const dot3 = codeAt(text, i + 3) === DOT;
  return dot1 && upper2 && dot3;
}

/** Word and punctuation tokens of `text[from, to)`, offsets absolute. Linear. */
export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  let i = from;
  // Character classes by code unit (chars.ts): the same answers as the regexes, without a string per character.
  while (i < to) {
    const c = text.charCodeAt(i);
    if (!isLetterOrDigitCode(c)) {
      if (!isSpaceCode(c)) pushToken(out, text, i, i + 1, false);
      i++;
      continue;
    }
    const s = i;
    // An initialism is one word: "U.S.", "U.N.".
    if (isUpperCode(c) && isInitialismAt(text, i)) {
      let e = i;
      while (e + 1 < to && isUpperCode(codeAt(text, e)) && codeAt(text, e + 1) === DOT) e += 2;
      pushToken(out, text, s, e, true);
      i = e;
      continue;
    }
    while (i < to) {
      const d = text.charCodeAt(i);
      if (isLetterOrDigitCode(d) || d === 0x301 || d === 0xad) {
        i++;
        continue;
      }
      const next = codeAt(text, i + 1); // -1 past the end: no class matches it
      if ((d === 0x2d || d === 0x2010 || d === 0x2011) && isLetterOrDigitCode(next) && i + 1 < to) {
        i++;
        continue;
      }
      if ((d === APOS || d === RSQUO) && isLetterOrDigitCode(next) && i + 1 < to) {
        if (isElision(text, s, i)) break; // split after the apostrophe below
        if ((next === 0x73 || next === 0x53) && !isLetterOrDigitCode(codeAt(text, i + 2))) break; // possessive: "Miller's"
        i++;
        continue;
      }
      break;
    }
    const a = codeAt(text, i);
    if ((a === APOS || a === RSQUO) && isElision(text, s, i) && isLetterOrDigitCode(codeAt(text, i + 1))) {
      pushToken(out, text, s, i + 1, true);
      i++;
      continue;
    }
    pushToken(out, text, s, i, true);
  }
  return out;
}

// Quotes (per document) and attribution (per sentence) both tokenise every sentence: the words are read once per
// analyse() call and sentence, and each caller gets its own token objects, since each flags `quoted` its own way.
// Keyed by the call's sentences array (doc and text checked), so the tokens die soon after that call
// (recent-cache.ts says why this is no WeakMap).
const SENTENCE_TOKENS = new RecentCache<object, { doc: object; text: string; bySpan: Map<number, { to: number; toks: Token[] }> }>();

/** `tokenize(ctx.text, from, to)` for a sentence, with every token unquoted; read once per span. */
export function sentenceTokens(ctx: ExtractContext, from: number, to: number): Token[] {
  const text = ctx.text;
  let perDoc = SENTENCE_TOKENS.get(ctx.sentences);
  if (!perDoc || perDoc.doc !== ctx.doc || perDoc.text !== text) {
    perDoc = { doc: ctx.doc, text, bySpan: new Map() };
    SENTENCE_TOKENS.set(ctx.sentences, perDoc);
  }
  // Keyed by the start (a number, no key string to build); a span with another end is tokenised afresh.
  const hit = perDoc.bySpan.get(from);
  const base = hit && hit.to === to ? hit.toks : undefined;
  if (base) {
    // The first caller may have flagged tokens of `base` as quoted: copies start unquoted again.
    const copy: Token[] = new Array<Token>(base.length);
    for (let k = 0; k < base.length; k++) {
      const t = base[k]!;
      copy[k] = { start: t.start, end: t.end, lower: t.lower, word: t.word, cap: t.cap, quoted: false };
    }
    return copy;
  }
  const toks = tokenize(text, from, to);
  perDoc.bySpan.set(from, { to, toks });
  return toks;
}

// ---------------------------------------------------------------- cues

export interface Cue {
  /** First and last token index (inclusive). */
  i: number;
  j: number;
  kind: CueKind;
  /** Subject pronoun glued to the verb ("a-t-il ajouté", "ajoute-t-elle"), if any. */
  pronoun: string | null;
  /** A present participle ("ajoutant", "adding"): its subject is the previous verb's. */
  participle: boolean;
}

// Per language: French "a" is the auxiliary ("a déclaré"), English "a" an article.
const DETERMINERS: Record<Lang, Set<string>> = {
  fr: new Set(['le', 'la', 'les', "l'", 'un', 'une', 'des', 'du', 'ce', 'cet', 'cette', 'ces', 'sa', 'son', 'ses', 'leur', 'leurs', 'notre', 'nos', 'votre', 'vos', 'au', 'aux']),
  en: new Set(['the', 'a', 'an', 'this', 'these', 'those', 'his', 'her', 'its', 'their', 'our']),
};

/** Words that may stand between a subject and its verb: auxiliaries, listed adverbs, any -ment / -ly adverb. */
function isAux(toks: Token[], k: number, lang: Lang): boolean {
  const t = toks[k]!;
  if (!t.word || t.quoted || t.cap) return false;
  if (lexicon(lang).aux.has(t.lower)) return true;
  if (lang !== 'fr') return t.lower.length > 4 && t.lower.endsWith('ly');
  // "les services de renseignement", "le gouvernement": after a determiner or "de", a -ment word is a noun.
  return t.lower.length > 6 && t.lower.endsWith('ment') && !NOUN_BEFORE.has(toks[k - 1]?.lower ?? '');
}
const NOUN_BEFORE = new Set(['de', 'du', 'des', "d'", 'le', 'la', 'les', "l'", 'un', 'une', 'son', 'sa', 'ses', 'leur', 'leurs', 'ce', 'cet', 'au', 'aux']);
// "a-t-il", "ajoute-t-elle", "dit-il": the inverted subject pronoun after a hyphen.
const INVERTED = /-(?:t-)?(il|elle|ils|elles|on)$/;

function matchAt(toks: Token[], k: number, seq: string[]): boolean {
  for (let n = 0; n < seq.length; n++) {
    const t = toks[k + n];
    if (!t || t.quoted || t.lower !== seq[n]) return false;
  }
  return true;
}

/** Length (in tokens) of the longest phrase of `map` starting at token k, 0 if none. */
export function phraseAt(map: Map<string, string[][]>, toks: Token[], k: number): number {
  const t = toks[k];
  if (!t) return 0;
  for (const seq of map.get(t.lower) ?? []) if (matchAt(toks, k, seq)) return seq.length;
  return 0;
}

/** `w.indexOf('-') >= 0` by a loop the compiler inlines: the indexOf call cost more than the rest of a word's test. */
function hasHyphen(w: string): boolean {
  for (let k = 0; k < w.length; k++) if (w.charCodeAt(k) === 0x2d) return true;
  return false;
}

/** Every reporting cue among the unquoted tokens, in order. */
export function findCues(toks: Token[], lang: Lang): Cue[] {
  const lex = lexicon(lang);
  const out: Cue[] = [];
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (!t.word || t.quoted) continue;
    let pronoun: string | null = null;
    let cands = lex.phraseSignatures[wordSignature(t.lower)] === 1 ? lex.phrases.get(t.lower) : undefined;
    // INVERTED needs a hyphen: most tokens have none, and skip the regex run.
    const inv = hasHyphen(t.lower) ? INVERTED.exec(t.lower) : null;
    if (!cands && inv && lang === 'fr') {
      // "ajoute-t-il": look the verb up without its pronoun.
      cands = lex.phrases.get(t.lower.slice(0, inv.index));
      pronoun = inv[1]!;
    }
    if (!cands) continue;
    for (const p of cands) {
      if (pronoun === null && !matchAt(toks, k, p.toks)) continue;
      if (pronoun !== null && p.toks.length !== 1) continue;
      // A capitalised verb is a name ("State Department"); markers may open a sentence ("Selon la police").
      if (p.kind !== 'marker' && t.cap) continue;
      // After a determiner the word is a noun ("l'annonce", "the report").
      const prev = toks[k - 1];
      if (p.kind !== 'marker' && prev && prev.word && DETERMINERS[lang].has(prev.lower)) continue;
      // A one-word marker ("per") credits a source only before a determiner or a name ("per the ministry", "per
      // Reuters"); "120 miles per hour", "per cent", "per capita" name none.
      if (p.kind === 'marker' && p.toks.length === 1 && lang === 'en' && !creditFollows(toks, k + 1)) continue;
      const last = toks[k + p.toks.length - 1]!.lower;
      const participle = p.kind !== 'marker' && (lang === 'fr' ? /ant$/.test(last) : /ing$/.test(last));
      const glued = k > 0 ? INVERTED.exec(toks[k - 1]!.lower) : null;
      out.push({ i: k, j: k + p.toks.length - 1, kind: p.kind, pronoun: pronoun ?? (glued ? glued[1]! : null), participle });
      k += p.toks.length - 1;
      break;
    }
  }
  return out;
}

/** A determiner or a capitalised word at token k: the start of a source's name. */
function creditFollows(toks: Token[], k: number): boolean {
  const t = toks[k];
  return !!t && t.word && !t.quoted && (t.cap || DETERMINERS.en.has(t.lower));
}

// ---------------------------------------------------------------- noun phrases

/** A phrase credited as speaker or source. */
export interface Who {
  /** Offsets of the phrase in the text. */
  start: number;
  end: number;
  text: string;
  /** Canonical key: covering mention key, else the folded phrase. Null for pronouns. */
  key: string | null;
  /** A subject pronoun ("il", "he"): the caller resolves it from context. */
  pronoun?: boolean;
  /** "selon la même source": refers back to the last source. */
  same?: boolean;
  /** A relative pronoun ("qui"): not a subject of its own. */
  relative?: boolean;
  /** No mention in the phrase and it opens with a definite article ("the spokesperson"): may refer back. */
  definite?: boolean;
  /** Mention type of the key, when a mention gave it. */
  type?: Mention['type'];
}

const ARTICLES = new Set(['le', 'la', 'les', "l'", 'un', 'une', 'des', 'du', 'de', "d'", 'the', 'an']);
// Phrases that point back to someone already named: resolved like pronouns.
const ANAPHORS = new Set(['ce dernier', 'cette dernière', 'celui-ci', 'celle-ci', 'the latter', 'the former']);
// Words that never name a speaker: "rien n'indiquait que", "there is no information that".
const NOBODY = new Set(['rien', 'personne', 'nothing', 'nobody', 'there', 'cela', 'ceci', 'ça', 'this', 'what', 'ce', "c'", 'it', 'on', 'tout', 'tous']);
const DEFINITE = new Set(['le', 'la', 'les', "l'", 'the']);
const OF = new Set(['de', 'du', 'des', "d'", 'of']);
// Words that end a clause when walking left to a subject, or end a phrase after a postposed verb.
const LEFT_STOP = new Set([
  'que', "qu'", 'that', 'et', 'and', 'mais', 'but', 'ou', 'or', 'tandis', 'while', 'lorsque', "lorsqu'", 'when', 'quand',
  'si', 'if', 'car', 'because', 'puis', 'as', 'comme', 'où', 'where', 'dont', 'quoi', 'donc', 'ainsi', 'cependant',
  'toutefois', 'however', 'afterward', 'afterwards', 'then', 'so',
]);
const RIGHT_STOP = new Set([
  'à', 'au', 'aux', 'dans', 'lors', 'devant', 'en', 'pendant', 'après', 'avant', 'selon', 'sur', 'par', 'avec', 'lundi',
  'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'to', 'in', 'at', 'during', 'on', 'after', 'before',
  'from', 'with', 'while', 'who', 'qui', 'dont', 'que', "qu'", 'that', 'et', 'and', 'mais', 'but', 'when', 'quand',
  'ajoutant', 'adding', 'saying', 'disant', 'où', 'where', 'as', 'comme', 'afin', 'pour', 'for', 'this', 'ce', 'cette',
]);
const TITLE_FOR = /^(spokes|porte-parole|représentant|representative|envoy|envoyé)/;
// Abbreviated titles followed by a period: "M. Wang", "Mr. Blinken".
const ABBREV = new Set(['m', 'mm', 'mme', 'mr', 'mrs', 'ms', 'dr', 'pr', 'gen', 'sen', 'rep', 'gov', 'st']);

/** Strips leading articles and folds: "le ministère de l'Intérieur" → "ministere-de-l-interieur". */
export function foldKey(s: string): string {
  let f = s
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/œ/g, 'oe')
    .replace(/\u00ad/g, '')
    .trim();
  // Leading articles, possibly stacked ("de la", "les"), never the whole phrase.
  for (let n = 0; n < 3; n++) {
    const m = /^(?:(?:de la|de l'|le|la|les|l'|un|une|des|du|de|d'|the|a|an)(?:\s+|(?<=')))(?=\S)/.exec(f);
    if (!m) break;
    f = f.slice(m[0].length);
  }
  return f.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, ''); // at most one dash per end: linear
}

function mentionsIn(ctx: ExtractContext, start: number, end: number): Mention[] {
  const ms = ctx.mentions;
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ms[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  // Mentions are sorted by start; a few may start before `start` and still overlap: back up a little.
  let k = Math.max(0, lo - 4);
  const out: Mention[] = [];
  for (; k < ms.length && ms[k]!.start < end; k++) {
    const m = ms[k]!;
    if (m.start >= start && m.end <= end) out.push(m);
  }
  return out;
}

/** Token index of the first token with start >= offset (binary search). */
export function tokenAt(toks: Token[], offset: number): number {
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (toks[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Mention m heads the phrase starting at token w: not a complement ("de X") nor a possessive ("X's"). */
function isHead(ctx: ExtractContext, toks: Token[], w: number, m: Mention): boolean {
  const k = tokenAt(toks, m.start);
  const prev = toks[k - 1];
  const after = ctx.text.slice(m.end, m.end + 2);
  if (prev && k - 1 >= w && OF.has(prev.lower)) return false;
  return !(isApos(after[0]) && (after[1] === 's' || after[1] === 'S'));
}

/**
 * The speaker/source phrase over tokens [a, b], keyed by its head mention: an appositive person
 * ("le porte-parole, Matthew Miller"), else a person that is not a complement ("porte-parole de Blinken" is not
 * Blinken), else an organisation or place, else the folded phrase.
 */
export function phraseWho(ctx: ExtractContext, toks: Token[], a: number, b: number, lang: Lang, side: 'left' | 'right'): Who | null {
  const lex = lexicon(lang);
  // Drop wrapper nouns ("les chiffres du ministère" → "ministère", "un dernier bilan des autorités" → "autorités").
  let w = a;
  for (let n = 0; n < 4 && w <= b; n++) {
    let k = w;
    let wrapper = false;
    while (k <= b && !toks[k]!.cap && !OF.has(toks[k]!.lower) && (ARTICLES.has(toks[k]!.lower) || lex.ownerless.has(toks[k]!.lower) || lex.wrappers.has(toks[k]!.lower))) {
      if (lex.wrappers.has(toks[k]!.lower)) wrapper = true;
      k++;
    }
    if (wrapper && k < b && OF.has(toks[k]!.lower)) {
      w = k + 1;
      continue;
    }
    break;
  }
  const start = toks[a]!.start;
  const end = toks[b]!.end;
  // Keep the determiner in the text ("le département d'État") but not wrappers.
  const whoStart = w > a ? toks[w]!.start : start;
  const text = ctx.text.slice(whoStart, end);
  if (phraseAt(lex.sameSource, toks, a) > 0) return { start, end, text, key: null, same: true };
  const lowText = text.toLowerCase().replace(/’/g, "'");
  if (ANAPHORS.has(lowText)) return { start, end, text, key: null, pronoun: true };
  if (NOBODY.has(toks[w]!.lower)) return null;
  // Only articles and document words ("un dernier bilan", "official figures"): no one is credited.
  let allOwnerless = true;
  for (let k = w; k <= b; k++) {
    const t = toks[k]!;
    if (!t.word || lex.ownerless.has(t.lower) || ARTICLES.has(t.lower)) continue;
    // An adjective before a document noun ("official figures") names no one either; "an official" does.
    if (!t.cap && k < b && lex.wrappers.has(toks[k + 1]!.lower)) continue;
    allOwnerless = false;
  }
  if (allOwnerless) return null;
  const ms = mentionsIn(ctx, whoStart, end);
  const heads = ms.filter((m) => m.type === 'person' && isHead(ctx, toks, w, m));
  const appositive = heads.find((m) => {
    const k = tokenAt(toks, m.start);
    return k > w && toks[k - 1]!.lower === ',';
  });
  const person = appositive ?? (side === 'left' ? heads[heads.length - 1] : heads[0]);
  const pick = person ?? ms.find((m) => m.type === 'org') ?? ms.find((m) => m.type === 'place' && isHead(ctx, toks, w, m));
  if (pick) return { start: whoStart, end, text, key: pick.key, type: pick.type };
  const first = toks[w]!;
  return { start: whoStart, end, text, key: foldKey(text) || null, definite: DEFINITE.has(first.lower) };
}

function isAbbrevDot(toks: Token[], k: number): boolean {
  if (toks[k]!.lower !== '.' || k === 0 || toks[k + 1]?.word !== true) return false;
  const p = toks[k - 1]!;
  // A title ("M.", "Mr.") or an initial ("A. Blinken").
  return ABBREV.has(p.lower) || (p.cap && p.end - p.start === 1);
}

/** The subject written before the verb at token i, or null when none stands there. */
export function leftSubject(ctx: ExtractContext, toks: Token[], i: number, lang: Lang, floor = 0): Who | null {
  const lex = lexicon(lang);
  let k = i - 1;
  while (k >= floor && isAux(toks, k, lang)) k--;
  if (k < floor) return null;
  let t = toks[k]!;
  if (INVERTED.test(t.lower)) return null; // handled by the cue's pronoun
  // "Matthew Miller, a décrit": an appositive closed by a comma just before the verb.
  let appositive = false;
  if (t.lower === ',' && k - 1 >= floor && toks[k - 1]!.word && !toks[k - 1]!.quoted) {
    const e = toks[k - 1]!.end;
    const m = mentionsIn(ctx, Math.max(0, e - 80), e).find((x) => x.end === e);
    if (m) {
      const mk = tokenAt(toks, m.start);
      if (mk - 1 >= floor && toks[mk - 1]!.lower === ',') {
        k--;
        appositive = true;
      }
    }
    t = toks[k]!;
  }
  if (!t.word || t.quoted) {
    // "La CGT, qui revendique…" is handled by the relative pronoun below; punctuation ends the search.
    return null;
  }
  if (lex.pronouns.has(t.lower) && (k === floor || !toks[k - 1]!.word || !DETERMINERS[lang].has(toks[k - 1]!.lower))) {
    return { start: t.start, end: t.end, text: ctx.text.slice(t.start, t.end), key: null, pronoun: true };
  }
  if (lex.relatives.has(t.lower) || t.lower === 'qui') {
    // "la CGT, qui revendique 3,5 millions": the antecedent before the comma.
    if ((t.lower === 'qui' || t.lower === 'who' || t.lower === 'which') && k - 1 >= floor && toks[k - 1]!.lower === ',') {
      const ante = leftSubject(ctx, toks, k - 1, lang, floor);
      if (ante && !ante.pronoun) return ante;
    }
    return { start: t.start, end: t.end, text: t.lower, key: null, relative: true };
  }
  if (LEFT_STOP.has(t.lower)) return null;
  const b = k;
  let a = k;
  let words = 0;
  let commas = 0;
  while (a - 1 >= floor && words < 12) {
    const p = toks[a - 1]!;
    if (p.quoted) break;
    if (p.word) {
      if (LEFT_STOP.has(p.lower) || lex.relatives.has(p.lower)) break;
      words++;
      a--;
      continue;
    }
    if (isAbbrevDot(toks, a - 1)) {
      a--;
      continue;
    }
    // "the government's delegation": the possessive is part of the phrase (the apostrophe is a token of its own).
    if (p.lower === "'" && toks[a]!.lower === 's' && toks[a]!.start === p.end && a - 2 >= floor && toks[a - 2]!.word && toks[a - 2]!.end === p.start) {
      a--;
      continue;
    }
    // An appositive opened by a comma: "Le porte-parole de Blinken, Matthew Miller,".
    if (p.lower === ',' && appositive && commas === 0 && toks[a]!.cap && a - 2 >= floor && toks[a - 2]!.word && b !== a) {
      const before = toks[a - 2]!;
      if (!LEFT_STOP.has(before.lower)) {
        commas++;
        a--;
        continue;
      }
    }
    break;
  }
  // Sentence-leading adverbials never reach here; a clause that is only an adverb is not a subject.
  if (a > b) return null;
  return phraseWho(ctx, toks, a, b, lang, 'left');
}

/** The subject written after the verb (or marker) ending at token j: "a déclaré le porte-parole, Ned Price". */
export function rightSubject(ctx: ExtractContext, toks: Token[], j: number, lang: Lang): Who | null {
  const lex = lexicon(lang);
  let k = j + 1;
  for (let n = 0; n < 4; n++) {
    const len = phraseAt(lex.skipAfter, toks, k);
    if (len === 0) break;
    k += len;
  }
  const t = toks[k];
  if (!t || !t.word || t.quoted) return null;
  if (lex.pronouns.has(t.lower)) return { start: t.start, end: t.end, text: ctx.text.slice(t.start, t.end), key: null, pronoun: true };
  if (RIGHT_STOP.has(t.lower) || lex.relatives.has(t.lower)) return null;
  const a = k;
  let b = k;
  let words = 1;
  while (b + 1 < toks.length && words < 12) {
    const n = toks[b + 1]!;
    if (n.quoted) break;
    if (n.word) {
      if (RIGHT_STOP.has(n.lower) && !((n.lower === 'for' || n.lower === 'pour') && TITLE_FOR.test(toks[b]!.lower))) break;
      if (isCueWord(toks, b + 1, lang)) break;
      words++;
      b++;
      continue;
    }
    if (isAbbrevDot(toks, b + 1)) {
      b++;
      continue;
    }
    // Appositive name after a comma: "le porte-parole du département d'État, Ned Price" (not "Selon Blinken, Wang…").
    if (n.lower === ',' && toks[b + 2]?.word && toks[b + 2]!.cap && !toks[b + 2]!.quoted && appositiveAt(ctx, toks, a, b + 2)) {
      b++;
      continue;
    }
    break;
  }
  return phraseWho(ctx, toks, a, b, lang, 'right');
}

/** True when a reporting verb or marker phrase starts at token k. */
function isCueWord(toks: Token[], k: number, lang: Lang): boolean {
  for (const p of lexicon(lang).phrases.get(toks[k]!.lower) ?? []) if (matchAt(toks, k, p.toks)) return true;
  return false;
}

/** A person mention starts at token k and the phrase [a, k) names no person itself (a title). */
function appositiveAt(ctx: ExtractContext, toks: Token[], a: number, k: number): boolean {
  const at = toks[k]!.start;
  const ms = mentionsIn(ctx, toks[a]!.start, toks[k]!.end + 80);
  if (!ms.some((m) => m.start === at && m.type === 'person')) return false;
  return !ms.some((m) => m.end <= at && m.type === 'person');
}

/** The subject of a cue: glued pronoun, subject before the verb, else after it (inversion, markers). */
export function cueSubject(ctx: ExtractContext, toks: Token[], cue: Cue, lang: Lang, floor = 0): Who | null {
  const t = toks[cue.i]!;
  if (cue.pronoun) {
    if (cue.pronoun === 'on') return null; // impersonal: "a-t-on appris"
    return { start: t.start, end: toks[cue.j]!.end, text: cue.pronoun, key: null, pronoun: true };
  }
  if (cue.kind === 'marker') return rightSubject(ctx, toks, cue.j, lang);
  if (cue.participle) return null; // "adding", "en affirmant": the caller climbs to the main verb
  const left = leftSubject(ctx, toks, cue.i, lang, floor);
  if (left) return left;
  // Only a verb right after a comma, a quote or the sentence start takes its subject after it ("a déclaré X").
  return invertedAt(toks, cue.i, lang, floor) ? rightSubject(ctx, toks, cue.j, lang) : null;
}

/** Index of the token before the verb group at token i (auxiliaries and adverbs skipped); floor - 1 if none. */
export function beforeVerb(toks: Token[], i: number, lang: Lang, floor = 0): number {
  let k = i - 1;
  while (k >= floor && isAux(toks, k, lang)) k--;
  return k;
}

/** The verb at token i stands where inversion is possible: after punctuation, a quotation or at the start. */
export function invertedAt(toks: Token[], i: number, lang: Lang, floor = 0): boolean {
  const k = beforeVerb(toks, i, lang, floor);
  if (k < floor) return true;
  const t = toks[k]!;
  return t.quoted || (!t.word && t.lower !== '.');
}

/** The first mention of one of `types` in [start, end) that is not a complement ("de X", "of X"). */
export function firstHead(ctx: ExtractContext, start: number, end: number, types: Mention['type'][] = ['person']): Mention | null {
  for (const m of mentionsIn(ctx, start, end)) {
    if (!types.includes(m.type)) continue;
    const before = ctx.text.slice(Math.max(start, m.start - 4), m.start).toLowerCase();
    if (/(?:\bde |\bdu |\bdes |d['’]|\bof )$/.test(before)) continue;
    return m;
  }
  return null;
}
