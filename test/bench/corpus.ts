// The benchmark corpus: realistic articles made by recombining and perturbing real sentences (sources/ and, when
// present, ../shared/eval/dev). Every event gets its own people, places and dates, so that events stay apart the
// way real stories do; every article of an event draws from one topic's sentences, then changes numbers, hedges,
// quotes and adds page noise. A share of articles are near-verbatim copies of an earlier one (wire rewrites).
// Everything comes from one seeded PRNG: the same options give the same bytes.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { between, chance, hash, pick, rng, type Rng } from './prng.ts';
import { firstNames, lastNames, cities, noiseLines, outlets } from './corpus-lexicon.ts';

export interface CorpusOptions {
  articles: number;
  perEvent: number;
  seed: number;
}

export interface Article {
  id: string;
  event: number;
  title: string;
  outlet: string;
  published: string;
  lang: 'fr' | 'en';
  /** The body (what a feed record carries as `text`). */
  text: string;
  /** The whole .txt file (front matter when the article has metadata, then the body). */
  file: string;
}

interface Topic {
  name: string;
  lang: 'fr' | 'en';
  titles: string[];
  /** Paragraphs of each source article, each split into sentences, in reading order. */
  articles: string[][][];
  names: string[];
  /** Long lower-case words of the topic, sorted: what an event's wording draws its substitutes from. */
  vocab: string[];
}

/** Text files the corpus is built from, by topic (folder), sorted so that the corpus is stable. */
export function sourceTopics(root: string): Topic[] {
  const groups = new Map<string, string[]>();
  const add = (topic: string, file: string) => groups.set(topic, [...(groups.get(topic) ?? []), file]);
  const src = path.join(root, 'sources');
  for (const f of readdirSync(src).sort()) if (f.endsWith('.txt')) add('sources', path.join(src, f));
  const dev = path.join(root, '..', 'shared', 'eval', 'dev');
  try {
    for (const d of readdirSync(dev).sort()) {
      const dir = path.join(dev, d);
      if (!statSync(dir).isDirectory()) continue;
      for (const f of readdirSync(dir).sort()) if (f.endsWith('.txt')) add(d, path.join(dir, f));
    }
  } catch {
    // No eval set next to this checkout: the bundled sources alone still make a corpus.
  }
  return [...groups].map(([name, files]) => topicOf(name, files.map((f) => readFileSync(f, 'utf8'))));
}

// Linear: a run of non-terminators, then terminators and closing quotes.
const SENTENCE = /[^.!?\n]+(?:[.!?]+["»”)]*)?/g;
// Two or three capitalised words in a row: people ("Antony Blinken", "Wang Yi"), sometimes places; both are fine.
const NAME = /\b\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){1,2}\b/gu;
// The same, also matching one word: a surname alone ("Blinken said") follows its full name's substitute.
const NAME_OR_WORD = /\b\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){0,2}\b/gu;

function topicOf(name: string, texts: string[]): Topic {
  const articles: string[][][] = [];
  const titles: string[] = [];
  const names = new Set<string>();
  let en = 0;
  for (const raw of texts) {
    const lines = raw.replace(/^\s*date \d{4}-\d{2}\s*/, '').split('\n');
    titles.push(lines[0]!.trim());
    const paras = lines
      .slice(1)
      .map((l) => l.trim())
      .filter((l) => l.length > 40)
      .map((l) => (l.match(SENTENCE) ?? []).map((s) => s.trim()).filter((s) => s.length > 20));
    articles.push(paras.filter((p) => p.length));
    for (const m of raw.matchAll(NAME)) names.add(m[0]);
    if (/\b(?:the|and|said)\b/.test(raw)) en++;
  }
  const vocab = new Set<string>();
  for (const raw of texts) for (const w of raw.split(/\s+/)) if (LONG_WORD.test(w) && !CUES.has(w)) vocab.add(w);
  return { name, lang: en * 2 > texts.length ? 'en' : 'fr', titles, articles, names: [...names].sort(), vocab: [...vocab].sort() };
}

const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS_FR = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];
const DAYS_EN = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const HEDGES_FR = ['environ', 'plus de', 'près de', 'au moins', 'quelque', 'moins de'];
const HEDGES_EN = ['about', 'more than', 'nearly', 'at least', 'some', 'fewer than'];
const DATE_FR = new RegExp(`\\b(\\d{1,2}) (${MONTHS_FR.join('|')})(?: (\\d{4}))?`, 'g');
const DATE_EN = new RegExp(`\\b(${MONTHS_EN.join('|')}) (\\d{1,2})(?:, (\\d{4}))?`, 'g');
const WEEKDAY = new RegExp(`\\b(${[...DAYS_FR, ...DAYS_EN].join('|')})\\b`, 'g');
const HEDGE = new RegExp(`\\b(${[...HEDGES_FR, ...HEDGES_EN].join('|')}) (?=\\d)`, 'g');
const NUMBER = /\b\d{1,3}(?:[  ]\d{3})*(?:,\d+)?\b/g;
const QUOTE = /(["«“])([^"«»“”\n]{8,300})(["»”])/g;
const WORD = /[^\s]+/g;

/** What every article of one event shares: who, where, when. */
interface EventPlan {
  id: number;
  topic: Topic;
  names: Map<string, string>;
  city: Map<string, string>;
  dayShift: number;
  monthShift: number;
  year: number;
  weekdayShift: number;
}

function planEvent(e: number, topics: Topic[], seed: number): EventPlan {
  const r = rng(hash(`event ${e}`) ^ seed);
  const topic = topics[e % topics.length]!;
  const names = new Map<string, string>();
  // Most names move to a fresh person; a few stay (famous people recur across stories).
  for (const n of topic.names) {
    if (chance(r, 0.1)) continue;
    const last = pick(r, lastNames);
    names.set(n, `${pick(r, firstNames)} ${last}`);
    const own = n.slice(n.lastIndexOf(' ') + 1);
    if (!names.has(own)) names.set(own, last);
  }
  const city = new Map<string, string>();
  for (const c of cities) city.set(c, pick(r, cities));
  return { id: e, topic, names, city, dayShift: between(r, 0, 27), monthShift: between(r, 0, 11), year: between(r, 2015, 2025), weekdayShift: between(r, 0, 6) };
}

/** Replaces what the event changes: names, cities, dates, weekdays. */
function eventText(s: string, p: EventPlan): string {
  s = s.replace(NAME_OR_WORD, (m) => p.names.get(m) ?? m);
  s = s.replace(DATE_FR, (_m, d: string, mon: string, y?: string) => {
    const mi = (MONTHS_FR.indexOf(mon) + p.monthShift) % 12;
    return `${((+d + p.dayShift - 1) % 28) + 1} ${MONTHS_FR[mi]}${y ? ` ${p.year}` : ''}`;
  });
  s = s.replace(DATE_EN, (_m, mon: string, d: string, y?: string) => {
    const mi = (MONTHS_EN.indexOf(mon) + p.monthShift) % 12;
    return `${MONTHS_EN[mi]} ${((+d + p.dayShift - 1) % 28) + 1}${y ? `, ${p.year}` : ''}`;
  });
  s = s.replace(WEEKDAY, (w) => {
    const fr = DAYS_FR.indexOf(w);
    if (fr >= 0) return DAYS_FR[(fr + p.weekdayShift) % 7]!;
    return DAYS_EN[(DAYS_EN.indexOf(w) + p.weekdayShift) % 7]!;
  });
  for (const [from, to] of p.city) if (s.includes(from)) s = s.split(from).join(to);
  return wordingOf(s, p);
}

const FILLERS = { fr: ['également', 'ainsi', 'alors', 'toutefois', 'notamment', 'aussi'], en: ['also', 'then', 'indeed', 'notably', 'still', 'further'] };
// Words a filler must not follow: it would split a hedge ("plus de 200") or a verb form the extractors read.
const KEEP_AFTER = new Set(['plus', 'près', 'moins', 'environ', 'quelque', 'de', 'more', 'than', 'nearly', 'about', 'least', 'some', 'fewer', 'at', 'a', 'ont', 'est', 'has', 'have', 'was', 'had']);
const LOWER_WORD = /^\p{Ll}{2,}$/u;
const LONG_WORD = /^\p{Ll}{6,}$/u;
// Speech verbs and quantity words that the extractors key on: kept as they are.
const CUES = new Set(['déclaré', 'affirmé', 'annoncé', 'indiqué', 'souligné', 'expliqué', 'estimé', 'précisé', 'rapporté', 'confirmé', 'declared', 'announced', 'explained', 'reported', 'according', 'confirmed', 'stressed', 'minutes', 'journée', 'semaine', 'environ', 'million', 'millions', 'milliards', 'billion', 'dollars', 'personnes', 'victimes', 'blessés', 'manifestants', 'people', 'hundreds', 'thousands', 'meeting', 'rencontre', 'entretien', 'réunion', 'sommet', 'visite']);

/**
 * Each event words its background a little differently (a filler adverb here and there, chosen by the word pair
 * and the event), as different stories do: without it, two events of one topic would share every 7-word shingle,
 * which no real pair of stories does. All articles of one event share the wording, so copies stay copies.
 */
function wordingOf(s: string, p: EventPlan): string {
  const fill = FILLERS[p.topic.lang];
  const words = s.split(' ');
  let prev = '';
  const vocab = p.topic.vocab;
  for (let i = 0; i < words.length; i++) {
    let w = words[i]!;
    // A third of the long content words become another word of the topic (never next to a figure, never a cue verb).
    if (vocab.length && LONG_WORD.test(w) && !CUES.has(w) && !/\d/.test(prev) && !/\d/.test(words[i + 1] ?? '') && hash(`${p.id} swap ${w}`) % 4 === 0) {
      w = words[i] = vocab[hash(`${p.id} ${w}`) % vocab.length]!;
    }
    if (LOWER_WORD.test(prev) && LOWER_WORD.test(w) && !KEEP_AFTER.has(prev) && hash(`${p.id} ${prev} ${w}`) % 4 === 0) {
      words[i] = `${fill[hash(`${p.id} ${w}`) % fill.length]!} ${w}`;
    }
    prev = w;
  }
  return words.join(' ');
}

/** What one outlet changes: numbers, hedges, quote wording. */
function articleText(s: string, r: Rng): string {
  s = s.replace(HEDGE, (m, h: string) => (chance(r, 0.3) ? `${pick(r, HEDGES_FR.includes(h) ? HEDGES_FR : HEDGES_EN)} ` : m));
  s = s.replace(NUMBER, (m) => {
    const n = Number(m.replace(/[  ]/g, '').replace(',', '.'));
    if (!Number.isFinite(n) || (n >= 1900 && n <= 2100) || !chance(r, 0.25)) return m;
    const v = Math.max(1, Math.round(n * (0.7 + r() * 0.6)));
    return v >= 10000 ? v.toLocaleString('fr-FR').replace(/\u202f/g, ' ') : String(v);
  });
  return s.replace(QUOTE, (m, open: string, body: string, close: string) => (chance(r, 0.3) ? `${open}${reword(body, r)}${close}` : m));
}

/** A quote reworded the way outlets do: a word dropped, two words swapped, or a word repeated. */
function reword(body: string, r: Rng): string {
  const words = body.match(WORD) ?? [];
  if (words.length < 4) return body;
  const i = between(r, 1, words.length - 2);
  const how = between(r, 0, 2);
  if (how === 0) words.splice(i, 1);
  else if (how === 1) [words[i], words[i + 1]] = [words[i + 1]!, words[i]!];
  else words.splice(i, 0, words[i]!);
  return words.join(' ');
}

function isoDate(p: EventPlan, r: Rng): string {
  const month = ((5 + p.monthShift) % 12) + 1;
  const day = Math.min(28, p.dayShift + 1 + between(r, 0, 2));
  return `${p.year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** One article of an event: a topic article's paragraphs, partly reordered, mixed with a sibling's, plus noise. */
function compose(p: EventPlan, r: Rng): { title: string; body: string } {
  const t = p.topic;
  const main = between(r, 0, t.articles.length - 1);
  const other = t.articles[between(r, 0, t.articles.length - 1)]!;
  const paras: string[] = [];
  for (const para of t.articles[main]!) {
    if (chance(r, 0.2)) continue;
    const kept = para.filter(() => !chance(r, 0.15));
    if (kept.length) paras.push(kept.join(' '));
    if (other.length && chance(r, 0.15)) paras.push(pick(r, other).join(' '));
  }
  if (paras.length === 0) paras.push(t.articles[main]![0]?.join(' ') ?? t.titles[main]!);
  const noise = between(r, 1, 4);
  for (let k = 0; k < noise; k++) {
    const when = `${String(p.dayShift + 1).padStart(2, '0')}/${String(p.monthShift + 1).padStart(2, '0')} à ${between(r, 6, 23)}h${between(r, 10, 59)}`;
    const line = pick(r, noiseLines).replace('{title}', eventText(pick(r, t.titles), p)).replace(/\{when\}/g, when);
    paras.splice(between(r, 0, paras.length), 0, line);
  }
  const title = eventText(t.titles[main]!, p);
  return { title, body: paras.map((x) => articleText(eventText(x, p), r)).join('\n\n') };
}

/** A near-verbatim copy: the same body with one small edit and maybe another noise line. */
function copyOf(a: Article, r: Rng): string {
  let body = a.text;
  const nums = [...body.matchAll(/\b\d{2,3}\b/g)];
  if (nums.length && chance(r, 0.5)) {
    const m = pick(r, nums);
    body = body.slice(0, m.index) + String(Number(m[0]) + between(r, 1, 9)) + body.slice(m.index! + m[0].length);
  }
  if (chance(r, 0.5)) body += `\n\n${pick(r, noiseLines).replace('{title}', a.title)}`;
  return body;
}

function fileText(a: Omit<Article, 'file'>, withMeta: boolean): string {
  if (!withMeta) return `${a.title}\n\n${a.text}\n`;
  const q = (s: string) => `"${s.replace(/"/g, "'")}"`;
  return `---\ntitle: ${q(a.title)}\noutlet: ${q(a.outlet)}\npublished: ${a.published}\nlang: ${a.lang}\n---\n${a.title}\n\n${a.text}\n`;
}

/** Yields the corpus one article at a time (a 100k corpus is never held in memory). */
export function* generate(o: CorpusOptions, topics: Topic[]): Generator<Article> {
  const r = rng(o.seed);
  let plan: EventPlan | null = null;
  let event: Article[] = [];
  for (let i = 0; i < o.articles; i++) {
    const e = Math.floor(i / o.perEvent);
    if (!plan || i % o.perEvent === 0) {
      plan = planEvent(e, topics, o.seed);
      event = [];
    }
    const outlet = pick(r, outlets);
    const published = isoDate(plan, r);
    const id = String(i).padStart(6, '0');
    let a: Omit<Article, 'file'>;
    if (event.length && chance(r, 0.15)) {
      const src = pick(r, event);
      a = { id, event: e, title: src.title, outlet, published, lang: plan.topic.lang, text: copyOf(src, r) };
    } else {
      const { title, body } = compose(plan, r);
      a = { id, event: e, title, outlet, published, lang: plan.topic.lang, text: body };
    }
    const art: Article = { ...a, file: fileText(a, chance(r, 0.7)) };
    // Keep a bounded sample of the event for copies: a 2,000-article event must not keep every article.
    if (event.length < 50) event.push(art);
    yield art;
  }
}
