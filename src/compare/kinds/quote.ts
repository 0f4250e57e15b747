// Kind `quote`: the same speaker at the same event, quoted by several sources. Candidates come from an inverted
// index of content words (leader clustering, never all pairs); string-similarity confirms them; a word-level
// fast-diff classifies each pair: identical, minor variant, wording change, or a different statement (ignored).
import type { Claim, QuoteValue, Verdict } from '../../types.ts';
import { fold } from '../../text/fold.ts';
import { wordDiff } from '../../text/word-diff.ts';
import { bigramsOf, mostSimilarRun, similarity, similarityOf, type Bigrams } from '../../align/similarity.ts';
import { defineKind, worse, type KindFinding } from '../kind.ts';
import { WordSetIndex } from '../most-shared.ts';

export interface QuoteOptions {
  /** Similarity (0..1, Dice on folded text) from which two quotes are the same statement. */
  sameStatement: number;
  /** Minimum shared content words before similarity is computed. */
  minSharedWords: number;
}

// Clusters a quote is checked against, the ones sharing the most words first.
const MAX_CANDIDATE_CLUSTERS = 6;

export type QuotePairClass = 'identical' | 'minor' | 'wording' | 'different';

/** Folded words without punctuation; elisions and plurals do not make a wording change. */
function words(s: string): string[] {
  return fold(s)
    .replace(/\b[ldjmnstc]'/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function stem(w: string): string {
  return w.length > 4 ? w.replace(/(?:es|s|e)$/, '') : w;
}

/** A crude cross-inflection key for candidate search: "substantial"/"substantive", "franc"/"franches" meet. */
function prefix(w: string): string {
  return w.slice(0, 5);
}

/** Two long words with the same first five letters are one word with another ending. */
function sameWordBody(a: string, b: string): boolean {
  const [wa, wb] = [a.split(' '), b.split(' ')];
  return wa.length === wb.length && wa.every((x, i) => x === wb[i] || (x.length >= 6 && wb[i]!.length >= 6 && prefix(x) === prefix(wb[i]!)));
}

/** A quotation read once for the comparisons it takes part in: its folded words, and their bigrams when needed. */
export interface ReadQuote {
  trimmed: string;
  words: string[];
  /** The words joined by single spaces. */
  joined: string;
  bigrams?: Bigrams;
  /** The keys the quote kind searches candidates with (searchKeys). */
  keys?: Set<string>;
}

export function readQuote(text: string): ReadQuote {
  const ws = words(text);
  return { trimmed: text.trim(), words: ws, joined: ws.join(' ') };
}

const bigramsOfWords = (q: ReadQuote): Bigrams => (q.bigrams ??= bigramsOf(q.joined));

/** The first letters of a quote's longer words: what candidate clusters are ranked by. */
const searchKeys = (q: ReadQuote): Set<string> => (q.keys ??= new Set(q.words.filter((w) => w.length > 3).map(prefix)));

// Starts of the longer quote tried for the stretch a partial quote resembles.
const MAX_PARTIAL_STARTS = 200;

/** How two quotations of one statement differ. */
export function classifyQuotes(a: string, b: string, sameStatement = 0.55): { cls: QuotePairClass; changed: string } {
  return classifyRead(readQuote(a), readQuote(b), sameStatement);
}

/** classifyQuotes() of two quotations already read. */
export function classifyRead(qa: ReadQuote, qb: ReadQuote, sameStatement = 0.55): { cls: QuotePairClass; changed: string } {
  if (qa.trimmed === qb.trimmed) return { cls: 'identical', changed: '' };
  const wa = qa.words;
  const wb = qb.words;
  if (qa.joined === qb.joined) return { cls: 'minor', changed: '' };
  // A partial quote contained in a longer one ("historique" in "mobilisation historique") is the same words.
  const ja = ` ${qa.joined} `;
  const jb = ` ${qb.joined} `;
  if (wa.length && wb.length && (ja.includes(jb) || jb.includes(ja))) return { cls: 'minor', changed: '' };
  // A partial quote is compared with the stretch of the longer quote it most resembles.
  let [xa, xb] = [wa, wb];
  let sim: number;
  if (Math.min(wa.length, wb.length) >= 3 && Math.min(wa.length, wb.length) <= 0.6 * Math.max(wa.length, wb.length)) {
    const [short, long] = wa.length < wb.length ? [wa, wb] : [wb, wa];
    let best = long.slice(0, short.length);
    let bestSim = -1;
    const run = mostSimilarRun(short, long, MAX_PARTIAL_STARTS);
    if (run) [best, bestSim] = [long.slice(run.start, run.start + short.length), run.sim];
    else
      for (let i = 0; i + short.length <= long.length && i < MAX_PARTIAL_STARTS; i++) {
        const win = long.slice(i, i + short.length);
        const s = similarity(short.join(' '), win.join(' '));
        if (s > bestSim) [best, bestSim] = [win, s];
      }
    [xa, xb] = wa.length < wb.length ? [short, best] : [best, short];
    // similarity() is symmetric: the stretch's similarity is the one to the partial quote.
    sim = bestSim;
  } else sim = similarityOf(bigramsOfWords(qa), bigramsOfWords(qb));
  if (sim < sameStatement) return { cls: 'different', changed: '' };
  const parts = wordDiff(xa.join(' '), xb.join(' '));
  const removed = parts.filter((p) => p.op === -1).map((p) => p.text.trim()).filter(Boolean);
  const added = parts.filter((p) => p.op === 1).map((p) => p.text.trim()).filter(Boolean);
  if (removed.map(stem).join(' ') === added.map(stem).join(' ')) return { cls: 'minor', changed: '' };
  // Only endings changed ("travailleront" / "travailler", a partial quote put in the infinitive): the same words.
  if (removed.length === added.length && removed.every((w, i) => sameWordBody(w, added[i]!))) return { cls: 'minor', changed: '' };
  return { cls: 'wording', changed: `${removed.join(' ') || '∅'} → ${added.join(' ') || '∅'}` };
}

/** True when two quotations have the same words up to their endings (the first five letters of each word). */
function sameStems(a: ReadQuote, b: ReadQuote): boolean {
  return a.words.map(prefix).join(' ') === b.words.map(prefix).join(' ');
}

function speakerOf(c: Claim): string | null {
  return (c.value as QuoteValue).speaker;
}

/**
 * The identified speaker of a quote, or null: align lists the speaker among the claim's entities only when it is
 * an entity of the article, not a description such as "un haut responsable".
 */
function identifiedSpeaker(c: Claim): string | null {
  const s = speakerOf(c);
  return s && c.subject.entities.includes(s) ? s : null;
}

/** The identified speaker of a quote and the bodies it speaks for. */
function voicesOf(c: Claim): string[] {
  return identifiedSpeaker(c) ? c.subject.entities : [];
}

/** A quote fits a cluster when it has no identified speaker, the cluster has none, or their voices meet. */
function voiceFits(cl: { voices: Set<string>; named: boolean }, c: Claim): boolean {
  if (!identifiedSpeaker(c) || !cl.named) return true;
  return voicesOf(c).some((v) => cl.voices.has(v));
}


export default defineKind<QuoteOptions>({
  meta: {
    name: 'quote',
    description: 'Compares quotations of one speaker at one event across sources: identical, minor variant, or a wording change.',
    claimKinds: ['quote'],
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: { sameStatement: { type: 'number', minimum: 0, maximum: 1 }, minSharedWords: { type: 'integer', minimum: 1 } },
    },
    defaultOptions: { sameStatement: 0.55, minSharedWords: 2 },
    messages: {
      wording: '{{label}}: the sources quote different words ({{changed}}).',
      paraphrase: '{{label}}: one source quotes, another paraphrases with other words.',
      corroboration: '{{label}}: {{count}} sources quote the same words.',
    },
  },
  // Same event and language; the speaker is checked per pair (an unnamed speaker matches anyone).
  // One group per language: a quote meets only quotes of its own event, or of no known event (an article that
  // never names the event outside its quotes); the event check is per cluster, below.
  groupKey(c) {
    return `quote|${(c.value as QuoteValue).lang}`;
  },
  compare(all, o, ctx) {
    // A quote without an event is compared when its article names no event at all (it then can only be about
    // the story everyone covers), or when its speaker is named: it then meets only quotes of that speaker. An
    // unnamed quote that found no event in an article with events keeps to itself.
    const eventsOf = new Map<string, Set<string>>();
    for (const e of ctx.events.values()) for (const d of e.sources) eventsOf.set(d, (eventsOf.get(d) ?? new Set()).add(e.key));
    const floating = (c: Claim) => c.subject.event === null && eventsOf.has(c.doc);
    // A quote that found no event can only be about one of the events its article names.
    const canBeAbout = (c: Claim, event: string | null) => !event || !floating(c) || eventsOf.get(c.doc)!.has(event);
    const group = all.filter((c) => !floating(c) || identifiedSpeaker(c));
    // Each distinct text is read once, and each pair of texts classified once: sources repeat one another's
    // quotes, so the same two texts meet again at other events and in other clusters.
    const byText = new Map<string, ReadQuote>();
    const read = new Map<Claim, ReadQuote>();
    for (const c of group) {
      const text = (c.value as QuoteValue).text;
      let r = byText.get(text);
      if (!r) byText.set(text, (r = readQuote(text)));
      read.set(c, r);
    }
    const readOf = (c: Claim) => read.get(c)!;
    const classified = new Map<ReadQuote, Map<ReadQuote, ReturnType<typeof classifyQuotes>>>();
    const classify = (ra: ReadQuote, rb: ReadQuote) => {
      let known = classified.get(ra);
      if (!known) classified.set(ra, (known = new Map()));
      let cls = known.get(rb);
      if (!cls) known.set(rb, (cls = classifyRead(ra, rb, o.sameStatement)));
      return cls;
    };
    // `voices`: the speakers (and the bodies they speak for) of a cluster's members, to check a newcomer in one step.
    type Cluster = { id: number; leader: Claim; leaderRead: ReadQuote; members: Claim[]; words: Set<string>; voices: Set<string>; named: boolean; event: string | null; floating: Claim[] };
    const clusters: Cluster[] = [];
    // How each member compares with its cluster's leader, as found when it joined (the leader never changes).
    const toLeader = new Map<Claim, ReturnType<typeof classifyQuotes>>();
    // Clusters by the words of their leader: all of them (`index`, ids = cluster ids), those of one event, and
    // those of no known event yet. A quote of a known event can only join a cluster of its event or of none, so its
    // candidates are the K best of those two blocks alone: clusters of other events never take their places, and
    // no quote is ranked among all the clusters of a language (that was quadratic in the corpus).
    const index = new WordSetIndex();
    // A block's entries are added as clusters are made, so entry order is cluster order (ties rank alike). A cluster
    // that gets its event later joins the event's `moved` list, counted directly, rather than its index out of order.
    type Block = { index: WordSetIndex; ids: number[]; moved: number[] };
    const newBlock = (): Block => ({ index: new WordSetIndex(), ids: [], moved: [] });
    const byEvent = new Map<string, Block>();
    const undated = newBlock();
    const undatedEntry = new Map<number, number>();
    const enter = (block: Block, id: number) => {
      block.index.add(clusters[id]!.words);
      block.ids.push(id);
    };
    const blockOf = (event: string) => byEvent.get(event) ?? byEvent.set(event, newBlock()).get(event)!;
    const sharedWith = (ws: Set<string>, id: number) => {
      let n = 0;
      for (const w of clusters[id]!.words) if (ws.has(w)) n++;
      return n;
    };
    /** The first candidate cluster that accepts the quote, among the K best it may join. */
    const joinable = (c: Claim, rc: ReadQuote, ws: Set<string>, need: number): Cluster | null => {
      const accepts = (cl: Cluster) => {
        if (!voiceFits(cl, c)) return null;
        if (floating(c) && (!cl.named || !canBeAbout(c, cl.event))) return null;
        if (c.subject.event && !cl.event && cl.floating.some((f) => !canBeAbout(f, c.subject.event))) return null;
        // Quotes of two known, different events are never the same statement.
        if (cl.event && c.subject.event && cl.event !== c.subject.event) return null;
        const against = classify(cl.leaderRead, rc);
        return against.cls === 'different' ? null : against;
      };
      const event = c.subject.event;
      if (event === null && !floating(c)) {
        for (const [id] of index.ranked(ws, need, MAX_CANDIDATE_CLUSTERS)) {
          const against = accepts(clusters[id]!);
          if (!against) continue;
          toLeader.set(c, against);
          return clusters[id]!;
        }
        return null;
      }
      // A quote of a known event can join a cluster of that event or of none; a floating quote, one of its
      // article's events or of none (accepts() refuses the others): its candidates come from those blocks alone.
      // Ranking it among every cluster of the language was quadratic in the corpus.
      const owns: Block[] = [];
      for (const e of event !== null ? [event] : eventsOf.get(c.doc)!) {
        const block = byEvent.get(e);
        if (block) owns.push(block);
      }
      // The best candidate alone first: most quotes join it, and a top-1 search of the undated clusters that need
      // only match the best of the event's own is much shorter than their top K. Only when it declines (or there
      // is none) are the K best ranked, which puts the same candidate first.
      const ranksFirst = (x: [number, number] | null, y: [number, number] | null) => !!x && (!y || x[1] > y[1] || (x[1] === y[1] && x[0] < y[0]));
      let first: [number, number] | null = null;
      for (const own of owns) {
        const [best] = own.index.mostShared(ws, need, 1);
        if (best && ranksFirst([own.ids[best[0]]!, best[1]], first)) first = [own.ids[best[0]]!, best[1]];
        for (const id of own.moved) {
          const n = sharedWith(ws, id);
          if (n >= need && ranksFirst([id, n], first)) first = [id, n];
        }
      }
      const [undatedBest] = undated.index.mostShared(ws, Math.max(need, first?.[1] ?? 0), 1);
      if (undatedBest && ranksFirst([undated.ids[undatedBest[0]]!, undatedBest[1]], first)) first = [undated.ids[undatedBest[0]]!, undatedBest[1]];
      if (!first) return null;
      const firstAgainst = accepts(clusters[first[0]]!);
      if (firstAgainst) {
        toLeader.set(c, firstAgainst);
        return clusters[first[0]]!;
      }
      const eligible: [number, number][] = [];
      for (const own of owns) {
        for (const [e, n] of own.index.mostShared(ws, need, MAX_CANDIDATE_CLUSTERS)) eligible.push([own.ids[e]!, n]);
        for (const id of own.moved) {
          const n = sharedWith(ws, id);
          if (n >= need) eligible.push([id, n]);
        }
      }
      for (const [e, n] of undated.index.mostShared(ws, need, MAX_CANDIDATE_CLUSTERS)) eligible.push([undated.ids[e]!, n]);
      eligible.sort((x, y) => y[1] - x[1] || x[0] - y[0]);
      if (eligible.length > MAX_CANDIDATE_CLUSTERS) eligible.length = MAX_CANDIDATE_CLUSTERS;
      for (const [id] of eligible.slice(1)) {
        const cl = clusters[id]!;
        const against = accepts(cl);
        if (!against) continue;
        toLeader.set(c, against);
        return cl;
      }
      return null;
    };
    const ordered = [...group].sort((a, b) => (b.value as QuoteValue).text.length - (a.value as QuoteValue).text.length || (a.id < b.id ? -1 : 1));
    for (const c of ordered) {
      const rc = readOf(c);
      const ws = searchKeys(rc);
      if (ws.size === 0) continue;
      // Only the few clusters sharing the most words are worth a similarity check (a big story has many quotes).
      // A short characterisation ("franc et direct" / "franc et candide") shares one word at most: the similarity
      // check decides.
      let joined = joinable(c, rc, ws, Math.min(o.minSharedWords, ws.size <= 2 ? 1 : ws.size));
      if (!joined) {
        const id = clusters.length;
        joined = { id, leader: c, leaderRead: rc, members: [], words: ws, voices: new Set(), named: false, event: c.subject.event, floating: [] };
        clusters.push(joined);
        index.add(ws);
        if (joined.event === null) {
          undatedEntry.set(id, undated.ids.length);
          enter(undated, id);
        } else enter(blockOf(joined.event), id);
      } else if (joined.event === null && c.subject.event !== null) {
        // The cluster now belongs to this quote's event: it leaves the undated block for the event's.
        undated.index.remove(undatedEntry.get(joined.id)!);
        undatedEntry.delete(joined.id);
        blockOf(c.subject.event).moved.push(joined.id);
      }
      joined.members.push(c);
      if (floating(c)) joined.floating.push(c);
      joined.event ??= c.subject.event;
      if (identifiedSpeaker(c)) {
        joined.named = true;
        for (const v of voicesOf(c)) joined.voices.add(v);
      }
    }
    const out: KindFinding[] = [];
    for (const cl of clusters) {
      const docs = new Set(cl.members.map((m) => m.doc));
      if (docs.size < 2) continue;
      const lead = cl.leader;
      let verdict: Verdict = 'corroboration';
      const pairs: { a: string; b: string; verdict: Verdict }[] = [];
      const changes: string[] = [];
      let paraphrase = false;
      for (const m of cl.members) {
        if (m === lead || m.doc === lead.doc) continue;
        const pa = (lead.value as QuoteValue).paraphrase;
        const pb = (m.value as QuoteValue).paraphrase;
        let { cls, changed } = toLeader.get(m) ?? classify(cl.leaderRead, readOf(m));
        // Two paraphrases are each outlet's own words: different wording between them says nothing.
        if (pa && pb) [cls, changed] = [cls === 'different' ? cls : 'minor', ''];
        // Against a quote, indirect speech shifts tenses and persons ("continuera" → "continuerait"): only a
        // change beyond word endings counts.
        else if ((pa || pb) && cls === 'wording' && sameStems(readOf(lead), readOf(m))) [cls, changed] = ['minor', ''];
        const v: Verdict = cls === 'wording' ? 'divergence' : 'corroboration';
        // A paraphrase is not a quotation: at most a divergence, and only when the words really differ.
        if (pa || pb) paraphrase = paraphrase || v === 'divergence';
        if (changed) changes.push(changed);
        pairs.push({ a: lead.id, b: m.id, verdict: v });
        verdict = worse(verdict, v);
      }
      const speaker = speakerOf(lead) ?? cl.members.map(speakerOf).find(Boolean) ?? 'unnamed speaker';
      const event = cl.event ? (ctx.events.get(cl.event)?.label ?? cl.event) : null;
      const label = `quote of ${speaker.replace(/-/g, ' ')}${event ? ` — ${event}` : ''}`;
      const values = cl.members.map((claim) => ({ claim, display: `“${(claim.value as QuoteValue).text}”` }));
      const messageId = verdict === 'corroboration' ? 'corroboration' : paraphrase ? 'paraphrase' : 'wording';
      out.push({
        messageId,
        verdict,
        label,
        data: { label, count: docs.size, changed: [...new Set(changes)].slice(0, 3).join('; ') },
        values,
        pairs,
      });
    }
    return out;
  },
});
