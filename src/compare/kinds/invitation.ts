// Kind `invitation`: who invited whom to go where. Invitations to one destination that involve the same people are
// one fact: the same inviter corroborates; the inviter of one source being the invited of another is a
// contradiction (roles swapped: a Chinese minister does not invite Americans to their own capital); two different
// inviters are a divergence (two invitations may both be true).
import type { Claim, InvitationValue, Verdict } from '../../types.ts';
import { displayClaim } from '../display.ts';
import { defineKind } from '../kind.ts';
import { judgePairs, pairFinding } from '../pairwise.ts';

type Options = Record<string, never>;

function people(v: InvitationValue): string[] {
  return [v.inviter, ...v.invitees].filter((p): p is string => !!p);
}

// An inviter written by name ("Blinken") shows a disagreement more plainly than a description ("the secretary").
const DESCRIPTION = /^(?:the|le|la|les|l['’]|un|une|a|an)\s/i;
function plainness(c: Claim): number {
  return DESCRIPTION.test((c.value as InvitationValue).inviterText) ? 0 : 1;
}

function pairVerdict(a: InvitationValue, b: InvitationValue): Verdict | null {
  if (!a.inviter || !b.inviter) return null;
  // Only invitations that involve the same people are one fact.
  if (!people(a).some((p) => people(b).includes(p))) return null;
  if (a.inviter === b.inviter) return 'corroboration';
  if (b.invitees.includes(a.inviter) || a.invitees.includes(b.inviter)) return 'contradiction';
  return 'divergence';
}

export default defineKind<Options>({
  meta: {
    name: 'invitation',
    description: 'Compares who invited whom to one destination: swapped roles contradict.',
    claimKinds: ['invitation'],
    optionsSchema: { type: 'object', additionalProperties: false, properties: {} },
    defaultOptions: {},
    messages: {
      contradiction: '{{label}}: one source says {{a}}, another {{b}}: the roles are swapped.',
      divergence: '{{label}}: sources name different inviters ({{a}}; {{b}}).',
      corroboration: '{{label}}: {{count}} sources agree ({{values}}).',
    },
  },
  groupKey(c) {
    return `invitation|${(c.value as InvitationValue).destination}`;
  },
  compare(group) {
    const judged = judgePairs(
      group,
      (a, b) =>
        // Invitations tied to two known, different events are two invitations.
        a.subject.event && b.subject.event && a.subject.event !== b.subject.event ? null : pairVerdict(a.value as InvitationValue, b.value as InvitationValue),
      { max: 30, plainness },
    );
    if (!judged) return [];
    return [pairFinding(judged, `invitation to ${(judged.involved[0]!.value as InvitationValue).destinationText}`, displayClaim, true)];
  },
});
