// Pairwise judgement shared by the kinds that compare single-valued facts (attribute, grade, invitation): every
// pair of claims from two documents gets a verdict, the worst one is the group's, and its pair is shown.
import type { Claim, Verdict } from '../types.ts';
import { displayClaim } from './display.ts';
import { worse, type KindFinding } from './kind.ts';

export interface PairJudgement {
  pairs: { a: string; b: string; verdict: Verdict }[];
  verdict: Verdict;
  /** The pair that shows the verdict (the first, or the one `plainer` prefers among equals). */
  worst: [Claim, Claim];
  /** Claims that take part in a judged pair, in group order. */
  involved: Claim[];
}

export interface PairOptions {
  /** At most this many claims are paired (a group this size is already unreadable). */
  max?: number;
  /** Among pairs with the worst verdict, the one with the higher score is shown. */
  plainness?: (c: Claim) => number;
}

/** Judges every cross-document pair with `verdictOf` (null: not comparable); null when no pair was judged. */
export function judgePairs(claims: Claim[], verdictOf: (a: Claim, b: Claim) => Verdict | null, o: PairOptions = {}): PairJudgement | null {
  const max = o.max ?? 20;
  const score = (p: [Claim, Claim]) => (o.plainness ? o.plainness(p[0]) + o.plainness(p[1]) : 0);
  const pairs: PairJudgement['pairs'] = [];
  let verdict: Verdict | null = null;
  let worst: [Claim, Claim] | null = null;
  for (let i = 0; i < claims.length && i < max; i++)
    for (let j = i + 1; j < claims.length && j < max; j++) {
      const [a, b] = [claims[i]!, claims[j]!];
      if (a.doc === b.doc) continue;
      const v = verdictOf(a, b);
      if (!v) continue;
      pairs.push({ a: a.id, b: b.id, verdict: v });
      if (!verdict || worse(verdict, v) !== verdict || (v === verdict && score([a, b]) > score(worst!))) worst = [a, b];
      verdict = verdict ? worse(verdict, v) : v;
    }
  if (!verdict || !worst) return null;
  const involved = claims.filter((c) => pairs.some((p) => p.a === c.id || p.b === c.id));
  return { pairs, verdict, worst, involved };
}

/** The finding of a judgement: data `a`/`b` read the shown pair, `values` every involved claim. */
export function pairFinding(j: PairJudgement, label: string, display: (c: Claim) => string = displayClaim, keyPair = false): KindFinding {
  const values = j.involved.map((claim) => ({ claim, display: display(claim) }));
  return {
    messageId: j.verdict,
    verdict: j.verdict,
    label,
    data: {
      label,
      count: new Set(j.involved.map((c) => c.doc)).size,
      a: display(j.worst[0]),
      b: display(j.worst[1]),
      values: values.map((v) => `${v.display} [${v.claim.doc}]`).join('; '),
    },
    values,
    pairs: j.pairs,
    ...(keyPair ? { keyPair: [j.worst[0].id, j.worst[1].id] as [string, string] } : {}),
  };
}
