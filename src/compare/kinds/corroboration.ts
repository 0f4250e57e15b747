// Kind `corroboration`: for the facts of events that several sources cover, which rest on one source only.
// Copies (sources that share long verbatim passages) count once, so a fact repeated by two copies of one
// dispatch is still single-source.
import type { Claim, Verdict } from '../../types.ts';
import { displayClaim } from '../display.ts';
import { defineKind, type KindFinding } from '../kind.ts';

export interface CorroborationOptions {
  /** Only report single-source facts of events covered by at least this many independent sources. */
  minEventSources: number;
  /** Minimum extraction confidence of a fact to be reported. */
  minConfidence: number;
}

export default defineKind<CorroborationOptions>({
  meta: {
    name: 'corroboration',
    description: 'Lists the facts of a multi-source event that only one independent source states.',
    claimKinds: ['duration', 'count', 'money', 'first-since'],
    optionsSchema: {
      type: 'object',
      additionalProperties: false,
      properties: { minEventSources: { type: 'integer', minimum: 2 }, minConfidence: { type: 'number', minimum: 0, maximum: 1 } },
    },
    defaultOptions: { minEventSources: 2, minConfidence: 0.6 },
    messages: {
      singleSource: '{{label}}: only {{source}} states {{value}} ({{independent}} independent sources cover the event).',
    },
  },
  compareSingleSource: true,
  groupKey(c) {
    return c.subject.event ? `${c.subject.event}|${c.kind}` : null;
  },
  compare(group, o, ctx) {
    const event = ctx.events.get(group[0]!.subject.event!);
    if (!event) return [];
    const independent = new Set(event.sources.map((s) => ctx.copyGroupOf(s))).size;
    if (independent < o.minEventSources) return [];
    // A kind of fact that only one independent source gives about the event.
    const groups = new Set(group.map((c) => ctx.copyGroupOf(c.doc)));
    if (groups.size !== 1) return [];
    const strong = group.filter((c) => c.confidence >= o.minConfidence);
    if (!strong.length) return [];
    const first: Claim = strong[0]!;
    const label = `${first.kind} — ${event.label}`;
    const verdict: Verdict = 'single-source';
    const f: KindFinding = {
      messageId: 'singleSource',
      verdict,
      label,
      data: { label, source: first.doc, value: displayClaim(first), independent },
      values: strong.slice(0, 5).map((claim) => ({ claim, display: displayClaim(claim) })),
    };
    return [f];
  },
});
