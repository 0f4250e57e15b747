// One pass over a document that finds names, titles and their links; findMentions and the role, place and
// meeting extractors all read its result (cached per document).
import type { ExtractContext } from '../context.ts';
import type { EntityType, Lang, Mention, SourceDoc } from '../../types.ts';
import { joinable, lexicon, titleEntry, type AliasEntry } from './lexicon.ts';
import { ORG_HEADS, PARTICLES, PERSON_VERBS, STOPWORDS } from './stopwords.ts';
import { findTitles, chained, titleSpan, type TitleSpan } from './titles.ts';
import { foldKey, tokenizeSentences, type Token } from './tokens.ts';
import { RecentCache } from '../recent-cache.ts';

/** A mention plus what the analysis learnt about it. */
export interface RichMention extends Mention {
  /** Sentence index. */
  s: number;
  /** Token range inside the sentence (inclusive). */
  first: number;
  last: number;
  /** The alias entry it matched, if any. */
  alias: AliasEntry | undefined;
  /** How it was found: alias, name, anaphor (a title standing for a person), initial ("W. Yi"). */
  via: 'alias' | 'name' | 'anaphor';
  /** Set when the mention follows a locative preposition ("à", "in"); the preposition's folded form. */
  prep: string | null;
}

/**
 * Every mention is made here, with all its fields in one order: V8 optimises property reads for the object
 * shapes it has seen, and recompiles the readers (the extractors' big loops) when a mention of another shape
 * (an alias added afterwards, a field missing) reaches them.
 */
export function newMention(
  start: number,
  end: number,
  text: string,
  type: EntityType,
  key: string,
  s: number,
  first: number,
  last: number,
  via: RichMention['via'],
  alias: AliasEntry | undefined,
  prep: string | null,
): RichMention {
  return { start, end, text, type, key, s, first, last, via, alias, prep };
}

/** A title linked to the person it describes. */
export interface TitleLink {
  title: TitleSpan;
  s: number;
  person: RichMention;
  /** title-before-name ("le préfet X"), name-comma-title ("X, ministre…"), relative ("X, qui a quitté…"), anaphor. */
  pattern: 'before' | 'after' | 'relative' | 'copula' | 'anaphor' | 'demonym';
}

export interface Analysis {
  tokens: Token[][];
  titles: TitleSpan[][];
  mentions: RichMention[];
  links: TitleLink[];
}

// Keyed by the sentences array of one analyse() call (doc and text checked): the analysis then dies soon after
// that call instead of living as long as the document (recent-cache.ts says why this is no WeakMap).
const cache = new RecentCache<object, { doc: SourceDoc; text: string; a: Analysis }>();

/** Analyses the document once; later calls with the same doc, text and sentences reuse the result. */
export function analyse(ctx: Omit<ExtractContext, 'mentions'>): Analysis {
  const hit = cache.get(ctx.sentences);
  if (hit && hit.doc === ctx.doc && hit.text === ctx.text) return hit.a;
  const a = run(ctx);
  cache.set(ctx.sentences, { doc: ctx.doc, text: ctx.text, a });
  return a;
}

const DEFINITE = new Set(['le', 'la', 'l', 'the', 'son', 'sa', 'his', 'her', 'leur', 'their']);
const RELATIVE = new Set(['qui', 'who', 'which']);
const COPULA = new Set(['est', 'etait', 'is', 'was', 'devenu', 'devenue', 'became', 'becomes', 'reste', 'remains']);
const TITLE_OF = new Set(['titre', 'poste', 'post', 'fonction', 'fonctions', 'role']);
// Word lists of the scan below, as sets made once (array literals were rebuilt at every call).
const APPOSITION_DETERMINERS = new Set(['le', 'la', 'l', 'the', 'a', 'an', 'un', 'une']);
const COPULA_FILLERS = new Set(['a', 'le', 'la', 'l', 'de', 'du', 'the', 'of', 'actuellement', 'currently', 'now', 'desormais', 'aussi', 'also', 'un', 'une', 'an']);
const PLACE_DETERMINERS = new Set(['la', 'le', 'l', 'les', 'the']);
const VENUE_LINKS = new Set(['de', 'du', 'd', 'la', 'l', 'of', 'the']);
const PERSON_VERB_FILLERS = new Set(['a', 'has', 'had', 'also', 'aussi', 'then', 'a-t-il', 'avait', 'have', 's', 'est']);

function run(ctx: Omit<ExtractContext, 'mentions'>): Analysis {
  const lx = lexicon();
  const text = ctx.text;
  const lang = ctx.doc.lang;
  const preps = lx.prepositions[lang] ?? lx.prepositions.en!;
  const tokens = tokenizeSentences(ctx.sentences);
  const titles: TitleSpan[][] = [];
  const mentions: RichMention[] = [];
  const links: TitleLink[] = [];
  // Bare capitalised words with no cue: typed at the end from the rest of the document, or dropped.
  const pending: RichMention[] = [];
  const eventNames = new Set<string>();

  // Words seen capitalised away from a sentence start: evidence that a sentence-initial word is a name too.
  const midCap = new Set<string>();
  for (const toks of tokens) {
    for (const t of toks) if (t.cap && !isInitialPosition(toks, t.i, text) && !STOPWORDS.has(t.fold)) midCap.add(t.fold);
  }

  const doc: DocScan = { lx, text, lang, preps, midCap, pending, eventNames, titles, mentions, links };
  for (let s = 0; s < tokens.length; s++) new SentenceScan(doc, tokens[s]!, s).scan();

  resolveNames(mentions, tokens);
  settlePending(mentions, pending, eventNames);
  resolveAnaphors(mentions, links, titles, tokens, text);
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  return { tokens, titles, mentions, links };
}

/** What the sentences of one document share while they are scanned. */
interface DocScan {
  lx: ReturnType<typeof lexicon>;
  text: string;
  lang: Lang;
  preps: Set<string>;
  midCap: Set<string>;
  pending: RichMention[];
  eventNames: Set<string>;
  titles: TitleSpan[][];
  mentions: RichMention[];
  links: TitleLink[];
}

const NO_TITLES: ReadonlyMap<number, TitleSpan> = new Map();
const NO_RANKS: ReadonlyMap<TitleSpan, number> = new Map();

// An alias may skip a lower-case demonym inside it ("ministre chinois des Affaires étrangères").
const demonymInside = (t: Token): boolean => lexicon().demonyms.has(t.fold) && !t.cap;

/**
 * One sentence's scan: aliases, titles, name runs, then the links between titles and names. A class rather than
 * closures inside the sentence loop: the helpers are made once, not once per sentence.
 */
class SentenceScan {
  // A plain array, not a Uint8Array: V8 allocates small typed arrays far more slowly, once per sentence here.
  private readonly used: number[];
  private readonly sentMentions: RichMention[] = [];
  // Titles by their first and last token, and their rank: lookups per name stay constant-time, so a sentence
  // with thousands of titles and names stays linear.
  // Most sentences have no title: they share these empty maps instead of making three each.
  private titleByFirst: ReadonlyMap<number, TitleSpan> = NO_TITLES;
  private titleByLast: ReadonlyMap<number, TitleSpan> = NO_TITLES;
  private titleRank: ReadonlyMap<TitleSpan, number> = NO_RANKS;

  constructor(
    private readonly doc: DocScan,
    private readonly toks: Token[],
    private readonly s: number,
  ) {
    this.used = new Array<number>(toks.length).fill(0);
  }

  scan(): void {
    const { sentMentions } = this;
    // 1. Aliases: known places and institutions, longest match.
    this.scanAliases();
    // 2. Titles.
    const tspans = this.scanTitles();
    // 3. Capitalised name runs over what is left.
    this.scanNameRuns();
    // With no mention, the linking below has nothing to do (and would only allocate).
    if (sentMentions.length === 0) return;
    if (sentMentions.length > 1) sentMentions.sort((a, b) => a.start - b.start);
    // 4. Link titles and person names in the sentence.
    for (const m of sentMentions) if (m.via === 'name') this.linkTitleBefore(m, tspans);
    const personPrefix = this.personPrefix();
    const { links } = this.doc;
    const beforeTitles = new Set<TitleSpan>();
    for (let x = links.length - 1; x >= 0 && links[x]!.s === this.s; x--) if (links[x]!.pattern === 'before') beforeTitles.add(this.titleByFirst.get(links[x]!.title.first)!);
    for (const m of sentMentions) if (m.via === 'name' && (m.type === 'person' || (m.type as string) === '?')) this.linkTitleAfter(m, personPrefix, beforeTitles);
    for (const m of sentMentions) if ((m.type as string) === '?') m.type = 'person';
    this.doc.mentions.push(...sentMentions);
  }

  // The steps of scan(), as methods: V8 recompiles a whole optimised function when one of its rare branches is
  // first taken, and recompiling one step costs far less than the whole scan with everything inlined into it.

  private scanAliases(): void {
    const { toks } = this;
    const { lx, text } = this.doc;
    for (let i = 0; i < toks.length; i++) {
      const m = lx.aliases.match(toks, i, text, demonymInside);
      if (!m) continue;
      const e = m.value;
      // "Washington Post", "Munich Security Conference": a longer capitalised name wins over the alias.
      const next = toks[m.end + 1];
      if (
        next &&
        next.cap &&
        !STOPWORDS.has(next.fold) &&
        !lx.demonyms.has(next.fold) &&
        !lx.titles.has(next.fold) &&
        joinable(text, toks[m.end]!, next) &&
        text.slice(toks[m.end]!.end, next.start) === ' ' &&
        ORG_HEADS.has(lastCapFold(toks, m.end + 1, text))
      )
        continue;
      // A sentence-initial lone "US"/"UN" etc. still counts; a lower-case name of a capitalised alias does not.
      this.push(i, m.end, e.type === 'person' ? 'person' : e.type, e.key, 'alias', e);
      i = m.end;
    }
  }

  /** Finds the sentence's titles, indexes them and marks their tokens used. */
  private scanTitles(): TitleSpan[] {
    const { toks, used } = this;
    const { text, titles, lang } = this.doc;
    const tspans = findTitles(toks, text, lang);
    titles.push(tspans);
    // Titles by their first and last token, and their rank: lookups per name stay constant-time, so a sentence
    // with thousands of titles and names stays linear.
    if (tspans.length > 0) {
      const byFirst = new Map<number, TitleSpan>();
      const byLast = new Map<number, TitleSpan>();
      const rank = new Map<TitleSpan, number>();
      tspans.forEach((t, i) => {
        if (!byFirst.has(t.first)) byFirst.set(t.first, t);
        if (!byLast.has(t.last)) byLast.set(t.last, t);
        rank.set(t, i);
      });
      this.titleByFirst = byFirst;
      this.titleByLast = byLast;
      this.titleRank = rank;
    }
    for (const t of tspans) for (let k = t.first; k <= t.last; k++) if (!used[k]) used[k] = 2;
    return tspans;
  }

  private scanNameRuns(): void {
    const { toks, used } = this;
    const { lx, text } = this.doc;
    for (let i = 0; i < toks.length; i++) {
      if (used[i]) continue;
      const t = toks[i]!;
      if (!t.cap || (STOPWORDS.has(t.fold) && !isHonorific(toks, i, text) && !isInitial(toks, i, text))) continue;
      if (shouting(toks, i)) continue;
      if (lx.demonyms.has(t.fold)) continue;
      const j = this.nameRunEnd(i);
      this.classifyRun(i, j);
      i = j;
    }
  }

  /** The last token of the capitalised name run that starts at token i. */
  private nameRunEnd(i: number): number {
    const { toks, used } = this;
    const { lx, text } = this.doc;
    let j = i;
    while (j + 1 < toks.length) {
      const n = toks[j + 1]!;
      if (used[j + 1] || !joinable(text, toks[j]!, n)) break;
      const gap = text.slice(toks[j]!.end, n.start);
      if (gap.includes('-')) break;
      if (gap.includes('.') && !(toks[j]!.text.length <= 3 && /^\p{Lu}/u.test(toks[j]!.text))) break;
      if (n.cap && !STOPWORDS.has(n.fold) && !lx.demonyms.has(n.fold)) {
        j++;
        continue;
      }
      // A capitalised particle inside a name: "Alexander De Croo".
      if (n.cap && PARTICLES.has(n.fold) && toks[j + 2]?.cap && !STOPWORDS.has(toks[j + 2]!.fold) && j > i - 1 && joinable(text, n, toks[j + 2]!)) {
        j += 2;
        continue;
      }
      // Particles inside a name: "Ursula von der Leyen", "Charles de Gaulle".
      let p = j + 1;
      while (p < toks.length && !toks[p]!.cap && PARTICLES.has(toks[p]!.fold) && p - j <= 2) p++;
      if (p > j + 1 && p < toks.length && toks[p]!.cap && !used[p] && !STOPWORDS.has(toks[p]!.fold) && joinable(text, toks[p - 1]!, toks[p]!)) {
        if (ORG_HEADS.has(toks[i]!.fold) || lx.aliases.match(toks, p, text)) break;
        j = p;
        continue;
      }
      break;
    }
    return j;
  }

  /** A title right before a name mention ("le préfet X"), and a demonym before it ("le Chinois Wang Yi"). */
  private linkTitleBefore(m: RichMention, tspans: TitleSpan[]): void {
    const { toks, s, titleByLast, titleRank } = this;
    const { lx, text, links } = this.doc;
    const tb = this.titleBefore(m.first);
    if (tb && !tb.entry.relational) {
      m.type = 'person';
      // "son homologue chinois, le chef de la diplomatie Wang Yi": the counterpart's demonym is the country.
      let rel: TitleSpan | undefined;
      for (let d = 1; d <= 3 && !rel; d++) {
        const x = titleByLast.get(tb.first - d);
        if (x && x.entry.relational && x.country) rel = x;
      }
      const title = !tb.country && rel ? titleSpan(tb.first, tb.last, tb.start, tb.end, tb.entry, tb.key, rel.country, tb.qualifier, tb.determiner) : tb;
      links.push({ title, s, person: m, pattern: 'before' });
      // "State Councilor and Foreign Minister Qin Gang".
      const prevT = tspans[titleRank.get(tb)! - 1];
      if (prevT && chained(toks, prevT, tb)) links.push({ title: prevT, s, person: m, pattern: 'before' });
    } else if (tb?.entry.relational) {
      m.type = 'person';
    }
    // "le Chinois Wang Yi", "Chinese Wang Yi": a demonym right before a name.
    const d = m.first > 0 ? toks[m.first - 1]! : null;
    if (d && lx.demonymWords.has(d.fold) && d.cap && joinable(text, d, toks[m.first]!) && !tb && (m.type === 'person' || (m.type as string) === '?' )) {
      m.type = 'person';
      links.push({ title: demonymTitle(d, m.first - 1, lx.demonyms.get(d.fold)!), s, person: m, pattern: 'demonym' });
    }
  }

  /** Sentence positions where a person mention starts, as prefix sums: "is there a person between?" in constant
   * time. */
  private personPrefix(): number[] {
    const { toks, sentMentions } = this;
    const personAt: number[] = new Array<number>(toks.length + 1).fill(0); // plain arrays: see `used`
    for (const o of sentMentions) if (o.type === 'person') personAt[o.first] = 1;
    const personPrefix: number[] = new Array<number>(toks.length + 2).fill(0);
    for (let q = 0; q <= toks.length; q++) personPrefix[q + 1] = personPrefix[q]! + (personAt[q] ?? 0);
    return personPrefix;
  }

  /** A title after a person's name: apposition ("X, ministre de l'Intérieur"), relative clause ("X, who left the
   * post of…") or copula ("X est ministre de…"). */
  private linkTitleAfter(m: RichMention, personPrefix: number[], beforeTitles: Set<TitleSpan>): void {
    const { toks, s, titleByFirst } = this;
    const { text, links } = this.doc;
    // "X, ministre de l'Intérieur" / "X, China's Foreign Minister" / "X, who left the post of FM…".
    let k = m.last + 1;
    const gap = k < toks.length ? text.slice(toks[m.last]!.end, toks[k]!.start) : '';
    if (/^\s*[,(]\s*$/.test(gap) || /^\s*[—–-]\s+$/.test(gap)) {
      if (k < toks.length && APPOSITION_DETERMINERS.has(toks[k]!.fold)) k++;
      const atK = titleByFirst.get(k);
      const atNext = titleByFirst.get(k + 1);
      const t = atK ?? (atNext && atNext.determiner !== null ? atNext : undefined);
      // In a list ("X, le ministre des Outre-mer Y"), a title that introduces the next name is not X's.
      if (t && !t.entry.relational && !beforeTitles.has(t)) {
        m.type = 'person';
        links.push({ title: t, s, person: m, pattern: 'after' });
        return;
      }
      if (k < toks.length && RELATIVE.has(toks[k]!.fold)) {
        for (let q = k + 1; q <= k + 25 && q < toks.length; q++) {
          const x = titleByFirst.get(q);
          if (!x || x.entry.relational) continue;
          // Stop at the next person: the title would be theirs.
          if (personPrefix[x.first]! - personPrefix[m.last + 1]! > 0) break;
          const former = formerContext(toks, x.first);
          const title = former ? titleSpan(x.first, x.last, x.start, x.end, x.entry, x.key, x.country, 'former', x.determiner) : x;
          links.push({ title, s, person: m, pattern: 'relative' });
          m.type = 'person';
        }
        return;
      }
    }
    // "Qin Gang a le titre de ministre des Affaires étrangères", "X est ministre de…", "X is the foreign minister".
    k = m.last + 1;
    let steps = 0;
    while (k < toks.length && steps < 5) {
      const f = toks[k]!.fold;
      const t = titleByFirst.get(k);
      if (t && steps > 0 && !t.entry.relational) {
        links.push({ title: t, s, person: m, pattern: 'copula' });
        m.type = 'person';
        break;
      }
      if (!(COPULA.has(f) || TITLE_OF.has(f) || f === 'a' || (steps > 0 && COPULA_FILLERS.has(f)))) break;
      if (steps === 0 && !(COPULA.has(f) || f === 'a')) break;
      k++;
      steps++;
    }
  }

  private prepBefore(k: number): string | null {
    const { toks } = this;
    const { text, preps } = this.doc;
    let p = k - 1;
    if (p >= 0 && PLACE_DETERMINERS.has(toks[p]!.fold) && !toks[p]!.cap) p--;
    if (p < 0 || !joinable(text, toks[p]!, toks[p + 1]!)) return null;
    const f = toks[p]!.fold;
    if (preps.has(f) && (!toks[p]!.cap || toks[p]!.i === 0 || f === 'a')) return f;
    return null;
  }

  private push(first: number, last: number, type: EntityType, key: string, via: RichMention['via'], alias?: AliasEntry): RichMention {
    const { toks, s, used } = this;
    const text = this.doc.text;
    const start = toks[first]!.start;
    const end = toks[last]!.end;
    const m = newMention(start, end, text.slice(start, end), type, key, s, first, last, via, alias, this.prepBefore(first));
    this.sentMentions.push(m);
    for (let k = first; k <= last; k++) used[k] = 1;
    return m;
  }

  private classifyRun(i: number, j: number): void {
    const { toks, used } = this;
    const { text, midCap, pending, eventNames } = this.doc;
    let first = i;
    let personCue = false;
    // Honorific: "M. Blinken", "Mr Xi", "Mme Borne".
    if (isHonorific(toks, first, text) && first < j) {
      personCue = true;
      used[first] = 2;
      first++;
    }
    if (first > j) return;
    // The run's words are read in place (toks[first..j]): no slice and mapped copy per run.
    const count = j + 1 - first;
    const head = toks[first]!;
    const prev = first > 0 ? toks[first - 1]! : null;
    if (prev && used[first - 1] === 2 && isHonorific(toks, first - 1, text)) personCue = true;
    // Possessive: "Blinken's trip" — a person or an org; decided below by the other cues.
    const isAcronym = count === 1 && head.upper && head.text.length <= 6;
    const orgHead = anyFoldIn(toks, first, j, ORG_HEADS) && !personCue;
    const sentenceInitial = isInitialPosition(toks, first, text) && !personCue;
    if (sentenceInitial && count === 1 && !midCap.has(head.fold) && !isAcronym) return;
    if (count === 1 && head.text.length === 1) return;
    // "le cyclone Chido", "Hurricane Katrina": the name of an event, not an entity.
    if (EVENT_NAME_NOUNS.has(head.fold) && count > 1) {
      eventNames.add(foldKey(joinTexts(toks, first + 1, j)));
      return;
    }
    if (prev && EVENT_NAME_NOUNS.has(prev.fold) && joinable(text, prev, head)) {
      eventNames.add(foldKey(joinTexts(toks, first, j)));
      return;
    }
    let type: EntityType | null = null;
    const prep = this.prepBefore(first);
    if (personCue) type = 'person';
    else if (orgHead || isAcronym) type = 'org';
    else if (this.venueBefore(first)) type = 'place';
    // French "à" before a full name is a dative ("a dit à Emmanuel Macron"), not a place.
    else if (prep && !this.titleBefore(first) && !(prep === 'a' && count > 1)) type = 'place';
    else if (this.titleBefore(first) || count >= 2) type = 'person';
    else if (this.personVerbAfter(j)) type = 'person';
    if (type === null && count === 1) {
      pending.push(this.push(first, j, 'person', foldKey(head.text), 'name'));
      return;
    }
    const key = foldKey(joinTexts(toks, first, j));
    this.push(first, j, type ?? 'person', key, 'name').type = type ?? ('?' as EntityType);
  }


  private venueBefore(k: number): boolean {
    const { toks } = this;
    const { lx, text } = this.doc;
    // "la maison d'hôtes de l'État de Diaoyutai", "l'hôtel Bayerischer Hof".
    let p = k - 1;
    while (p >= 0 && VENUE_LINKS.has(toks[p]!.fold) && k - p <= 3) p--;
    for (let q = Math.max(0, p - 2); q <= p && p >= 0; q++) {
      const v = lx.venueHeads.match(toks, q, text);
      if (v && v.end === p) return true;
    }
    return false;
  }


  private titleBefore(k: number): TitleSpan | null {
    const { toks, titleByLast } = this;
    const { text } = this.doc;
    const t = titleByLast.get(k - 1);
    if (!t) return null;
    if (joinable(text, toks[t.last]!, toks[k]!)) return t;
    // "le préfet de Mayotte, François-Xavier Bieuville": a comma between title and name.
    if (/^\s*,\s*$/.test(text.slice(toks[t.last]!.end, toks[k]!.start))) return t;
    return null;
  }

  private personVerbAfter(j: number): boolean {
    const { toks } = this;
    for (let k = j + 1; k <= j + 3 && k < toks.length; k++) {
      if (PERSON_VERBS.has(toks[k]!.fold)) return true;
      if (!PERSON_VERB_FILLERS.has(toks[k]!.fold)) return false;
    }
    return false;
  }

}

/** Whether one of toks[first..last] folds to a word of `words`. */
function anyFoldIn(toks: Token[], first: number, last: number, words: ReadonlySet<string>): boolean {
  for (let k = first; k <= last; k++) if (words.has(toks[k]!.fold)) return true;
  return false;
}

/** The texts of toks[first..last] joined by spaces. */
function joinTexts(toks: Token[], first: number, last: number): string {
  let out = toks[first]!.text;
  for (let k = first + 1; k <= last; k++) out += ' ' + toks[k]!.text;
  return out;
}

function lastCapFold(toks: Token[], k: number, text: string): string {
  let j = k;
  while (j + 1 < toks.length && toks[j + 1]!.cap && joinable(text, toks[j]!, toks[j + 1]!)) j++;
  return toks[j]!.fold;
}

/** A sentence start, or just after an opening quote, a colon, a dash or a bullet. */
function isInitialPosition(toks: Token[], k: number, text: string): boolean {
  if (k === 0) return true;
  // The gap's characters by code (no slice and regex per capitalised word): one of "«“(:—–•|.
  for (let p = toks[k - 1]!.end; p < toks[k]!.start; p++) {
    const c = text.charCodeAt(p);
    if (c === 0x22 || c === 0xab || c === 0x201c || c === 0x28 || c === 0x3a || c === 0x2014 || c === 0x2013 || c === 0x2022 || c === 0x7c) return true;
  }
  return false;
}

/** "W. Yi", "A. Blinken": a single capital letter with a period before a capitalised word. */
function isInitial(toks: Token[], i: number, text: string): boolean {
  const t = toks[i]!;
  const n = toks[i + 1];
  return t.text.length === 1 && /\p{Lu}/u.test(t.text) && !!n && n.cap && text.slice(t.end, n.start) === '. ';
}

/** Upper-case headline words ("TO EXPAND the", "RÉFORME DES RETRAITES"): a shouted phrase, not acronyms. */
function shouting(toks: Token[], i: number): boolean {
  const t = toks[i]!;
  if (!t.upper) return false;
  return shoutedStopword(toks[i - 1]) || shoutedStopword(toks[i + 1]) || (t.text.length > 6 && !lexicon().aliases.has(t.fold));
}

function shoutedStopword(n: Token | undefined): boolean {
  return !!n && n.upper && STOPWORDS.has(n.fold);
}

function isHonorific(toks: Token[], i: number, text: string): boolean {
  const t = toks[i]!;
  if (!lexicon().honorifics.has(t.fold)) return false;
  const n = toks[i + 1];
  if (!n || !n.cap) return false;
  const gap = text.slice(t.end, n.start);
  // "M." needs its period; "Mr"/"Mrs" may go without it.
  if (t.fold === 'm' || t.fold === 'mm') return gap === '. ' || gap === '.\u00a0';
  return gap === ' ' || gap === '. ';
}

function formerContext(toks: Token[], k: number): boolean {
  for (let x = Math.max(0, k - 5); x < k; x++) {
    const f = toks[x]!.fold;
    if (f === 'quitte' || f === 'left' || f === 'former' || f === 'ancien' || f === 'ancienne' || f === 'ex' || f === 'quittait') return true;
  }
  return false;
}

const NATIONALITY = titleEntry({ key: 'nationality', names: [] });

function demonymTitle(d: Token, k: number, country: string): TitleSpan {
  return titleSpan(k, k, d.start, d.end, NATIONALITY, 'nationality', country, null, null);
}

const EVENT_NAME_NOUNS = new Set(['cyclone', 'ouragan', 'typhon', 'tempete', 'hurricane', 'typhoon', 'storm', 'operation', 'tropical']);

/** Decides the bare capitalised words: a known person's part was resolved already; else the type the word got
 * elsewhere in the document; else it is dropped. Event names ("cyclone Chido") are dropped everywhere. */
function settlePending(mentions: RichMention[], pending: RichMention[], eventNames: Set<string>): void {
  const drop = new Set<RichMention>();
  // (Both look-up tables only when there is something to look up: most documents have no pending word or no
  // event name, and each entry costs a foldKey.)
  if (pending.length > 0) {
    const pend = new Set(pending);
    const typed = new Map<string, EntityType>();
    for (const m of mentions) if (!pend.has(m) && m.via === 'name') typed.set(foldKey(m.text), m.type);
    for (const m of pending) {
      if (m.key.includes('-') || m.key !== foldKey(m.text)) continue; // resolved to a full name
      const t = typed.get(m.key);
      if (t) m.type = t;
      else drop.add(m);
    }
  }
  const lx = lexicon();
  for (const m of mentions) {
    if (m.via !== 'name') continue;
    if (eventNames.size > 0 && eventNames.has(foldKey(m.text))) drop.add(m);
    // "US-China", "Sino-US": a compound of country words, not a name.
    else if (m.first === m.last && /[-‐‑]/.test(m.text) && m.text.split(/[-‐‑]/).some((p) => lx.demonyms.has(foldKey(p)) || lx.aliases.has(foldKey(p)))) drop.add(m);
  }
  for (let i = mentions.length - 1; i >= 0; i--) if (drop.has(mentions[i]!)) mentions.splice(i, 1);
}

/** Within-document resolution: "Blinken", "M. Blinken", "W. Yi", "Qin" → the full name used in the document. */
function resolveNames(mentions: RichMention[], tokens: Token[][]): void {
  const full: RichMention[] = [];
  for (const m of mentions) if (m.type === 'person' && m.via === 'name' && m.first < m.last && !/^[a-z]-/.test(m.key)) full.push(m);
  splitPairs(mentions, full);
  // Full names indexed by last part, and two-part names by first part ("Qin" → "Qin Gang").
  const byLast = new Map<string, RichMention[]>();
  const byFirst2 = new Map<string, RichMention[]>();
  for (const f of full) {
    const last = lastPart(f.key);
    (byLast.get(last) ?? byLast.set(last, []).get(last)!).push(f);
    const dash = f.key.indexOf('-');
    if (dash >= 0 && dash === f.key.lastIndexOf('-')) (byFirst2.get(firstPart(f.key)) ?? byFirst2.set(firstPart(f.key), []).get(firstPart(f.key))!).push(f);
  }
  for (const m of mentions) {
    if (m.via !== 'name' || m.type === 'org') continue;
    // The key's dash-separated parts, read by index: no array per mention.
    const dash = m.key.indexOf('-');
    if (m.type === 'place' && dash >= 0) continue;
    let cands: RichMention[] | undefined;
    if (dash < 0) cands = byLast.get(m.key) ?? byFirst2.get(m.key);
    // "W. Yi" → "Wang Yi"; "A. Blinken" → "Antony Blinken".
    else if (dash === 1) cands = initialMatches(m.key, byLast.get(lastPart(m.key)));
    if (cands === undefined || cands.length === 0) continue;
    let key: string;
    if (sameKey(cands)) key = cands[0]!.key;
    else {
      // Several people share the surname: the one named last before this mention.
      let best: RichMention | null = null;
      for (const c of cands) if (c.start < m.start) best = c;
      if (!best) continue;
      key = best.key;
    }
    m.key = key;
    m.type = 'person';
  }
  void tokens;
}

/** "le sommet Biden-Xi", "the Blinken-Qin meeting": a hyphenated pair of people named in the document (`full`)
 * becomes one mention per person. */
function splitPairs(mentions: RichMention[], full: RichMention[]): void {
  const lastParts = new Map<string, Set<string>>();
  for (const f of full) {
    (lastParts.get(firstPart(f.key)) ?? lastParts.set(firstPart(f.key), new Set()).get(firstPart(f.key))!).add(f.key);
    (lastParts.get(lastPart(f.key)) ?? lastParts.set(lastPart(f.key), new Set()).get(lastPart(f.key))!).add(f.key);
  }
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (m.via !== 'name' || m.first !== m.last || !/[-‐‑–]/.test(m.text)) continue;
    const pieces = m.text.split(/[-‐‑–]/);
    if (pieces.length < 2) continue;
    // The one full name each piece is a part of; no split when a piece has none or several.
    const keys: string[] = [];
    for (const p of pieces) {
      const owners = lastParts.get(foldKey(p));
      if (!owners || owners.size !== 1) break;
      keys.push(owners.values().next().value!);
    }
    if (keys.length < pieces.length) continue;
    const split: RichMention[] = [];
    let at = m.start;
    for (let k = 0; k < pieces.length; k++) {
      const p = pieces[k]!;
      split.push(newMention(at, at + p.length, p, 'person', keys[k]!, m.s, m.first, m.last, m.via, m.alias, m.prep));
      at += p.length + 1;
    }
    mentions.splice(i, 1, ...split);
  }
}

/** The full names of `byLast` ("wang-yi") an initial-and-name key ("w-yi") abbreviates, itself excepted. */
function initialMatches(key: string, byLast: RichMention[] | undefined): RichMention[] {
  const out: RichMention[] = [];
  if (!byLast) return out;
  const initial = key.slice(0, 1);
  const rest = '-' + key.slice(2);
  for (const f of byLast) if (f.key !== key && f.key.startsWith(initial) && f.key.endsWith(rest)) out.push(f);
  return out;
}

/** Whether all the mentions have one key. */
function sameKey(ms: RichMention[]): boolean {
  for (const m of ms) if (m.key !== ms[0]!.key) return false;
  return true;
}

/** `key.split('-')[0]` without the array. */
function firstPart(key: string): string {
  const dash = key.indexOf('-');
  return dash < 0 ? key : key.slice(0, dash);
}

/** `key.split('-').at(-1)` without the array. */
function lastPart(key: string): string {
  return key.slice(key.lastIndexOf('-') + 1);
}

/**
 * "le secrétaire d'État", "the Secretary", "le chef de la diplomatie américaine", "son homologue chinois":
 * a title with a determiner and no name stands for the person the document gave that title to, when that
 * person is unique (the last one introduced with it before, or else the only one in the document).
 */
function resolveAnaphors(mentions: RichMention[], links: TitleLink[], titles: TitleSpan[][], tokens: Token[][], text: string): void {
  const linked = new Set<TitleSpan>();
  for (const l of links) linked.add(l.title);
  // The links known before the anaphors (links made below are not candidates); a link's position is its
  // person's start.
  const registry = links.slice();
  // A person's country: from any of their titles, or a demonym before their name.
  const personCountry = new Map<string, string>();
  for (const l of links) if (l.title.country && !personCountry.has(l.person.key)) personCountry.set(l.person.key, l.title.country);
  const saidCountries = new Map<string, Set<string | null>>();
  for (const sentTitles of titles) for (const x of sentTitles) if (x.country) (saidCountries.get(x.entry.key) ?? saidCountries.set(x.entry.key, new Set()).get(x.entry.key)!).add(x.country);
  const added: RichMention[] = [];
  for (let s = 0; s < titles.length; s++) {
    for (const t of titles[s]!) {
      if (linked.has(t) || !t.determiner || !DEFINITE.has(t.determiner)) continue;
      // A title with a complement naming someone else's office is not an anaphor for a known person unless it matches.
      let person: RichMention | null;
      if (t.entry.relational) {
        if (!t.country) continue;
        person = counterpartOf(t.country, registry, personCountry);
      } else {
        if (t.entry.generic && t.key !== t.entry.key) continue;
        person = onePerson(anaphorPool(t, registry, personCountry, saidCountries));
      }
      if (person === null) continue;
      const toks = tokens[s]!;
      const detTok = toks[t.first - 1];
      const start = detTok && t.determiner ? detTok.start : t.start;
      // The name may follow ("son homologue chinois Qin Gang" is handled as a title-before-name link).
      const m = newMention(start, t.end, text.slice(start, t.end), 'person', person.key, s, t.first, t.last, 'anaphor', undefined, null);
      added.push(m);
      if (!t.entry.relational) links.push({ title: t, s, person: m, pattern: 'anaphor' });
    }
  }
  mentions.push(...added);
}

/** The one person of `country` among the registered links, or null when there are none or several. */
function counterpartOf(country: string, registry: TitleLink[], personCountry: Map<string, string>): RichMention | null {
  let person: RichMention | null = null;
  for (const l of registry) {
    if ((l.title.country ?? personCountry.get(l.person.key)) !== country) continue;
    if (person !== null && person.key !== l.person.key) return null;
    // The last link of that person, as a map by person key kept it.
    person = l.person;
  }
  return person;
}

/** The links a non-relational anaphor `t` may stand for. */
function anaphorPool(t: TitleSpan, registry: TitleLink[], personCountry: Map<string, string>, saidCountries: Map<string, Set<string | null>>): TitleLink[] {
  const key = t.entry.key;
  const before: TitleLink[] = [];
  for (const l of registry) if (l.person.start < t.start && titleMatches(key, t.country, l, personCountry)) before.push(l);
  if (before.length) return before;
  // Looking ahead (a headline before the body names the person) needs the very same title.
  const same: TitleLink[] = [];
  for (const l of registry) if (l.title.entry.key === key && titleMatches(key, t.country, l, personCountry)) same.push(l);
  if (same.length) return same;
  // Last resort: a narrower title of the same family ("le secrétaire d'État" after "le chef de la
  // diplomatie américaine Antony Blinken"), for a person whose country is known and compatible.
  const family = lexicon().titleByKey.get(key)?.broader ?? [];
  // The document may say elsewhere whose title this is ("le secrétaire d'État américain").
  const said = saidCountries.get(key);
  const narrower: TitleLink[] = [];
  for (const l of registry) {
    const pc = l.title.country ?? personCountry.get(l.person.key) ?? null;
    if (!(l.person.start < t.start && l.pattern !== 'demonym' && family.includes(l.title.entry.key) && pc !== null && (t.country === null || t.country === pc))) continue;
    if (said === undefined || said.size === 0 || said.has(pc)) narrower.push(l);
  }
  return narrower;
}

/**
 * The anaphor's title must be the registered one or broader ("le chef de la diplomatie" for a secretary of
 * state), never narrower; equivalents are left out: "the Foreign Minister" is not the US Secretary of State.
 */
function titleMatches(key: string, country: string | null, l: TitleLink, personCountry: Map<string, string>): boolean {
  const e = l.title.entry;
  if (l.pattern === 'demonym') return false;
  if (!(e.key === key || (e.broader !== undefined && e.broader.includes(key)))) return false;
  const pc = l.title.country ?? personCountry.get(l.person.key) ?? null;
  return country === null || pc === null || pc === country;
}

/** The person of the links when they all name one, else null. */
function onePerson(links: TitleLink[]): RichMention | null {
  if (links.length === 0) return null;
  const person = links[0]!.person;
  for (const l of links) if (l.person.key !== person.key) return null;
  return person;
}
