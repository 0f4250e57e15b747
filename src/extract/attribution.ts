// Who a claim is credited to inside its sentence: "selon la CGT", "according to the Interior Ministry",
// "la préfecture a recensé 81 000 manifestants", "the ministry said". `who` is the counter/source, so that
// counts by the police and by the unions can be told apart.
//
// Decision: a source that names no one ("selon un dernier bilan", "according to official figures") gives no
// attribution (null): `who` must be a counter. "selon un dernier bilan des autorités" does give "des autorités".
import type { Attribution } from '../types.ts';
import type { ExtractContext, Sentence } from './context.ts';
import { scanQuotes } from './quote.ts';
import { cueSubject, findCues, sentenceTokens } from './speaker.ts';
import { RecentCache } from './recent-cache.ts';

// A source written before the claim is a little less likely to be its own than one written after it
// ("1,12 million selon le ministère, 3,5 millions selon la CGT").
const BEFORE_PENALTY = 1.5;

/**
 * The attribution closest to the claim span [start, end) (offsets into ctx.text) within `sentence`, or null.
 * Quoted words are never read as cues.
 */
export function findAttribution(ctx: ExtractContext, sentence: Sentence, start: number, end: number): Attribution | null {
  let best: { score: number; att: Attribution } | null = null;
  for (const c of candidatesOf(ctx, sentence)) {
    // The claim itself is not its own source ("3,5 millions selon la CGT": the number is not in `who`).
    if (c.whoStart < end && c.whoEnd > start) continue;
    const gap = c.b <= start ? (start - c.b) * BEFORE_PENALTY : c.a >= end ? c.a - end : 0;
    if (best && best.score <= gap) continue;
    best = { score: gap, att: { text: ctx.text.slice(c.a, c.b), who: c.who, entity: c.key } };
  }
  return best?.att ?? null;
}

interface Candidate {
  /** Span of the cue and its subject together ("selon le ministère"). */
  a: number;
  b: number;
  whoStart: number;
  whoEnd: number;
  who: string;
  key: string;
}

// The credits a sentence offers do not depend on the claim: found once per sentence, then ranked per claim.
// Keyed by the sentences array of one analyse() call (doc and text checked), so the candidates die soon after it
// (recent-cache.ts says why this is no WeakMap).
const CACHE = new RecentCache<object, Map<number, Candidate[]> & { doc?: object; text?: string }>();

function candidatesOf(ctx: ExtractContext, sentence: Sentence): Candidate[] {
  let perDoc = CACHE.get(ctx.sentences);
  if (!perDoc || perDoc.doc !== ctx.doc || perDoc.text !== ctx.text) {
    perDoc = Object.assign(new Map<number, Candidate[]>(), { doc: ctx.doc, text: ctx.text });
    CACHE.set(ctx.sentences, perDoc);
  }
  const hit = perDoc.get(sentence.start);
  if (hit) return hit;
  const lang = ctx.doc.lang;
  const toks = sentenceTokens(ctx, sentence.start, sentence.end);
  let k = 0;
  for (const q of scanQuotes(ctx.text, sentence.start, sentence.end)) {
    while (k < toks.length && toks[k]!.start < q.start) k++;
    while (k < toks.length && toks[k]!.start < q.end) toks[k++]!.quoted = true;
  }
  const out: Candidate[] = [];
  for (const cue of findCues(toks, lang)) {
    const who = cueSubject(ctx, toks, cue, lang);
    if (!who || who.pronoun || who.relative || who.same || !who.key) continue;
    const cueStart = toks[cue.i]!.start;
    const cueEnd = toks[cue.j]!.end;
    out.push({ a: Math.min(cueStart, who.start), b: Math.max(cueEnd, who.end), whoStart: who.start, whoEnd: who.end, who: who.text, key: who.key });
  }
  perDoc.set(sentence.start, out);
  return out;
}
