// Table tests for findAttribution: who is credited for a claim span, the closest source winning.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { findAttribution } from '../../src/extract/attribution.ts';
import { contextOf, type NamedMention } from '../helpers/context.ts';
import type { ExtractContext } from '../../src/extract/context.ts';
import type { Lang } from '../../src/types.ts';

type M = NamedMention;

/** A context over `text` whose mentions are every occurrence of the given names. */
function makeCtx(text: string, lang: Lang, names: M[] = []): ExtractContext {
  return contextOf(text, { lang, names });
}

/** Attribution of the first occurrence of `claim` in `text`. */
function attr(text: string, claim: string, lang: Lang = 'fr', names: M[] = []) {
  const ctx = makeCtx(text, lang, names);
  const start = text.indexOf(claim);
  assert.ok(start >= 0, `claim "${claim}" not in text`);
  const sentence = ctx.sentences.find((s) => s.start <= start && s.end >= start + claim.length)!;
  return findAttribution(ctx, sentence, start, start + claim.length);
}

const INTERIEUR: M = ["ministère de l'Intérieur", 'org', 'interior-ministry'];

// [name, lang, text, claim, mentions, expected who, expected entity] (who null → no attribution)
const CASES: [string, Lang, string, string, M[], string | null, string | null][] = [
  ['selon + org mention', 'fr', "Ils étaient 1,12 million selon le ministère de l'Intérieur.", '1,12 million', [INTERIEUR], "le ministère de l'Intérieur", 'interior-ministry'],
  ['selon without mention: folded key', 'fr', "Ils étaient 1,12 million selon le ministère de l'Intérieur.", '1,12 million', [], "le ministère de l'Intérieur", 'ministere-de-l-interieur'],
  ['two counters, first number', 'fr', '1,12 million selon le ministère, 3,5 millions selon la CGT.', '1,12 million', [], 'le ministère', 'ministere'],
  ['two counters, second number', 'fr', '1,12 million selon le ministère, 3,5 millions selon la CGT.', '3,5 millions', [], 'la CGT', 'cgt'],
  ['two counters, sentence-initial source', 'fr', 'Selon la CGT, 3,5 millions de personnes ont défilé, contre 1,28 million selon la police.', '1,28 million', [], 'la police', 'police'],
  ['d\'après', 'fr', "D'après la CGT, 3,5 millions de personnes ont défilé.", '3,5 millions', [], 'la CGT', 'cgt'],
  ['wrapper nouns dropped', 'fr', "Selon les chiffres du ministère de l'Intérieur, ils étaient 1,28 million.", '1,28 million', [INTERIEUR], "ministère de l'Intérieur", 'interior-ministry'],
  ['counting verb, subject before', 'fr', 'La préfecture de police a recensé 81 000 manifestants à Paris.', '81 000', [], 'La préfecture de police', 'prefecture-de-police'],
  ['relative clause: the antecedent counts', 'fr', 'La CGT, qui revendique 3,5 millions de manifestants, salue la mobilisation.', '3,5 millions', [], 'La CGT', 'cgt'],
  ['speech verb after the claim', 'fr', 'Au moins 14 personnes sont mortes, a déclaré le préfet.', '14 personnes', [], 'le préfet', 'prefet'],
  ['anonymous official', 'fr', 'Blinken a vu Wang pendant environ trois heures, selon un responsable américain.', 'trois heures', [], 'un responsable américain', 'responsable-americain'],
  ['selon un dernier bilan: no counter', 'fr', 'Selon un dernier bilan, 14 personnes sont mortes.', '14 personnes', [], null, null],
  ['"per hour" credits no one', 'en', 'Milton struck with winds of 120 miles per hour, knocking out power to more than 3 million homes.', '3 million', [], null, null],
  ['"per" before a source', 'en', 'More than 3 million homes lost power, per the utility regulator.', '3 million', [], 'the utility regulator', 'utility-regulator'],
  ["English possessive inside the source", 'en', "Organizers said 150,000 people took part, while the government's delegation in Madrid put the figure at 15,000.", '15,000', [], "the government's delegation in Madrid", 'government-s-delegation-in-madrid'],
  ['selon un dernier bilan des autorités', 'fr', 'Selon un dernier bilan des autorités, 14 personnes sont mortes.', '14 personnes', [], 'autorités', 'autorites'],
  ['quoted selon is not a source', 'fr', 'Il a parlé de « 3 millions selon nous » hier.', '3 millions', [], null, null],
  ['according to', 'en', 'According to the State Department, the talks lasted 7 hours.', '7 hours', [['State Department', 'org', 'us-state-department']], 'the State Department', 'us-state-department'],
  ['the ministry said', 'en', 'At least 12 people died, the Interior Ministry said.', '12 people', [], 'the Interior Ministry', 'interior-ministry'],
  ['counted', 'en', 'Police counted 81,000 protesters in Paris.', '81,000', [], 'Police', 'police'],
  ['told reporters', 'en', 'The talks lasted 7 1/2 hours, a senior official told reporters.', '7 1/2 hours', [], 'a senior official', 'senior-official'],
  ['official figures name no one', 'en', 'According to official figures, 3 people died.', '3 people', [], null, null],
];

for (const [name, lang, text, claim, names, who, entity] of CASES) {
  test(`attribution: ${name}`, () => {
    const got = attr(text, claim, lang, names);
    assert.equal(got ? [got.who, got.entity] : [null, null], [who, entity]);
    if (got) assert.ok(text.includes(got.text) && got.text.includes(got.who), got.text);
  });
}

test('text is the attribution as written', () => {
  assert.is(attr('1,12 million selon le ministère, 3,5 millions selon la CGT.', '3,5 millions')!.text, 'selon la CGT');
  assert.is(attr('At least 12 people died, the Interior Ministry said.', '12 people', 'en')!.text, 'the Interior Ministry said');
});

test.run();
