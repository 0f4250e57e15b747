// Who a claim is credited to inside its sentence: "selon la CGT", "according to the Interior Ministry",
// "la préfecture a recensé 81 000 manifestants", "the ministry said". `who` is the counter/source, so that
// counts by the police and by the unions can be told apart.
//
// Decision: a source that names no one ("selon un dernier bilan", "according to official figures") gives no
// attribution (null): `who` must be a counter. "selon un dernier bilan des autorités" does give "des autorités".
import type { Attribution } from '../types.ts';
import type { ExtractContext, Sentence } from './context.ts';
import { scanQuotes } from './quote.ts';
import { cueSubject, findCues, tokenize } from './speaker.ts';

// A source written before the claim is a little less likely to be its own than one written after it
// ("1,12 million selon le ministère, 3,5 millions selon la CGT").
const BEFORE_PENALTY = 1.5;

/**
 * The attribution closest to the claim span [start, end) (offsets into ctx.text) within `sentence`, or null.
 * Quoted words are never read as cues.
 */
export function findAttribution(ctx: ExtractContext, sentence: Sentence, start: number, end: number): Attribution | null {
  const lang = ctx.doc.lang;
  const toks = tokenize(ctx.text, sentence.start, sentence.end);
  let k = 0;
  for (const q of scanQuotes(ctx.text, sentence.start, sentence.end)) {
    while (k < toks.length && toks[k]!.start < q.start) k++;
    while (k < toks.length && toks[k]!.start < q.end) toks[k++]!.quoted = true;
  }
  let best: { score: number; att: Attribution } | null = null;
  for (const cue of findCues(toks, lang)) {
    const who = cueSubject(ctx, toks, cue, lang);
    if (!who || who.pronoun || who.relative || who.same || !who.key) continue;
    // The claim itself is not its own source ("3,5 millions selon la CGT": the number is not in `who`).
    if (who.start < end && who.end > start) continue;
    const cueStart = toks[cue.i]!.start;
    const cueEnd = toks[cue.j]!.end;
    const a = Math.min(cueStart, who.start);
    const b = Math.max(cueEnd, who.end);
    const gap = b <= start ? (start - b) * BEFORE_PENALTY : a >= end ? a - end : 0;
    if (best && best.score <= gap) continue;
    best = { score: gap, att: { text: ctx.text.slice(a, b), who: who.text, entity: who.key } };
  }
  return best?.att ?? null;
}
