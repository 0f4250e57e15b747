// Extract: runs every extractor over one document and returns its drafts, mentions and sentences.
// Entities come first (quotes, roles and meetings resolve people through them); attribution is added last,
// to any claim its sentence credits to someone ("selon le ministère").
import type { DocAnalysis } from '../align/analysis.ts';
import type { ClaimDraft, SourceDoc } from '../types.ts';
import { counterBefore } from './counters.ts';
import { findAttribution } from './attribution.ts';
import type { ExtractContext } from './context.ts';
import { extractCounts } from './count.ts';
import { extractDates } from './date.ts';
import { extractDurations } from './duration.ts';
import { findMentions } from './entities.ts';
import { extractFirstSince } from './first-since.ts';
import { extractInvitations } from './invitation.ts';
import { extractMeetings } from './meeting.ts';
import { extractMoney } from './money.ts';
import { extractPlaces } from './place.ts';
import { extractQuotes } from './quote.ts';
import { extractRoles } from './role.ts';
import { splitSentences } from './sentences.ts';
import { sentenceIndexAt } from '../align/analysis.ts';

export type Extractor = (ctx: ExtractContext) => ClaimDraft[];

/** Every extractor, by claim kind. Order matters only for readability of the output. */
export const EXTRACTORS: Record<string, Extractor> = {
  duration: extractDurations,
  count: extractCounts,
  money: extractMoney,
  date: extractDates,
  quote: extractQuotes,
  role: extractRoles,
  place: extractPlaces,
  meeting: extractMeetings,
  invitation: extractInvitations,
  'first-since': extractFirstSince,
};

// Kinds whose value a counter or a speaker can be credited with.
const ATTRIBUTABLE = new Set(['duration', 'count', 'money', 'date', 'first-since']);

const EXPLICIT_CREDIT = /^(?:selon|d['’]apr[èe]s|according|citing|cit[ée]|per|as reported|rapport[ée])/i;

export function analyse(doc: SourceDoc, only?: string[]): DocAnalysis {
  const sentences = splitSentences(doc.text);
  const base = { doc, text: doc.text, sentences };
  const mentions = findMentions(base);
  const ctx: ExtractContext = { ...base, mentions };
  const drafts: ClaimDraft[] = [];
  for (const [kind, run] of Object.entries(EXTRACTORS)) {
    if (only && !only.includes(kind)) continue;
    for (const d of run(ctx)) {
      if (d.end <= d.start || d.start < 0 || d.end > doc.text.length) continue;
      if (d.attribution === undefined && ATTRIBUTABLE.has(d.kind)) {
        const s = sentences[sentenceIndexAt(sentences, d.start)];
        const found = s ? findAttribution(ctx, s, d.start, d.end) : null;
        // A count is credited by whoever counted it ("la CGT a recensé…"); other facts only by an explicit
        // "selon X" / "according to X": "après quoi les deux pays ont déclaré…" does not credit a length.
        d.attribution = found && (d.kind === 'count' || d.kind === 'money' || EXPLICIT_CREDIT.test(found.text)) ? found : null;
        // "1,27 million de manifestants et les syndicats 2,5 millions": a counter named right before its figure.
        if (d.kind === 'count') d.attribution = counterBefore(doc.text, d.start) ?? d.attribution;
      }
      drafts.push(d);
    }
  }
  drafts.sort((a, b) => a.start - b.start || a.end - b.end || (a.kind < b.kind ? -1 : 1));
  return { doc, sentences, mentions, drafts };
}
