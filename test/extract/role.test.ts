// Role claims: title before/after the name, relative clauses, qualifiers, anaphors, title equivalence.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { splitSentences } from '../../src/extract/sentences.ts';
import { findMentions } from '../../src/extract/entities.ts';
import { extractRoles, titleRelation, titlesEquivalent } from '../../src/extract/role.ts';
import type { ExtractContext } from '../../src/extract/context.ts';
import type { Lang, RoleValue } from '../../src/types.ts';

function ctx(text: string, lang: Lang = 'fr'): ExtractContext {
  const doc = {
    id: 't', path: 't', title: null, outlet: null, url: null, lang, langSource: 'metadata' as const,
    published: { value: '2023-06-19', source: 'metadata' as const }, original: text, text, offsets: null, removed: [],
  };
  const base = { doc, text, sentences: splitSentences(text) };
  return { ...base, mentions: findMentions(base) };
}
const roles = (text: string, lang: Lang = 'fr') => extractRoles(ctx(text, lang)).map((r) => r.value as RoleValue);

const table: [string, Lang, string, string, string | null][] = [
  ["Le ministre indien des Affaires étrangères Subrahmanyam Jaishankar est arrivé.", 'fr', 'subrahmanyam-jaishankar', 'foreign-minister', null],
  ['La ministre allemande des Affaires étrangères, Annalena Baerbock, a répondu.', 'fr', 'annalena-baerbock', 'foreign-minister', null],
  ['German Foreign Minister Annalena Baerbock arrived in Kyiv.', 'en', 'annalena-baerbock', 'foreign-minister', null],
  ["Annalena Baerbock, Germany's foreign minister, arrived in Kyiv.", 'en', 'annalena-baerbock', 'foreign-minister', null],
  ['Le chef de la diplomatie russe Sergueï Lavrov a dénoncé les sanctions.', 'fr', 'serguei-lavrov', 'top-diplomat', null],
  ["Russia's top diplomat Sergei Lavrov said no.", 'en', 'sergei-lavrov', 'top-diplomat', null],
  ["Gérald Darmanin, ministre de l'Intérieur démissionnaire, a réagi.", 'fr', 'gerald-darmanin', 'interior-minister', 'acting'],
  ["L'ancien président Nicolas Sarkozy a témoigné.", 'fr', 'nicolas-sarkozy', 'president', 'former'],
  ['Former Prime Minister Boris Johnson resigned.', 'en', 'boris-johnson', 'prime-minister', 'former'],
  ['Le préfet de la Gironde, Étienne Guyot, a déclenché le plan.', 'fr', 'etienne-guyot', 'prefect', null],
  ['La maire de Paris Anne Hidalgo a répondu.', 'fr', 'anne-hidalgo', 'mayor', null],
  ['Acting President Kamala Harris signed the bill.', 'en', 'kamala-harris', 'president', 'acting'],
  ['Le nouveau Premier ministre Gabriel Attal a parlé.', 'fr', 'gabriel-attal', 'prime-minister', 'new'],
];
for (const [text, lang, person, titleKey, qualifier] of table) {
  test(`role: ${text.slice(0, 50)}`, () => {
    const r = roles(text, lang).find((v) => v.person === person && v.titleKey === titleKey);
    assert.ok(r, JSON.stringify(roles(text, lang)));
    assert.is(r!.qualifier ?? null, qualifier);
    assert.is(r!.asOf, '2023-06-19');
  });
}

test('generic titles keep their complement in the key', () => {
  const r = roles('Christophe Béchu, ministre de la Transition écologique, a visité le site.');
  assert.is(r[0]?.titleKey, 'minister-de-la-transition-ecologique');
});

test('relative clause: "who left the post of FM" is former, "est actuellement" is current', () => {
  const text =
    "Kuleba a parlé avec Wang Yi, qui a quitté le poste de ministre des Affaires étrangères il y a six mois et est actuellement directeur du bureau de la Commission des affaires étrangères.";
  const r = roles(text).filter((v) => v.person === 'wang-yi');
  assert.ok(r.some((v) => v.titleKey === 'foreign-minister' && v.qualifier === 'former'), JSON.stringify(r));
  assert.ok(r.some((v) => v.titleKey === 'party-foreign-affairs-chief' && v.qualifier !== 'former'), JSON.stringify(r));
});

test('a title anaphor yields a role for the resolved person', () => {
  const text = "Le secrétaire d'État américain John Kerry est arrivé. Le secrétaire d'État a ensuite rencontré la presse.";
  const r = extractRoles(ctx(text));
  assert.is(r.length, 2);
  assert.ok(r[1]!.confidence < r[0]!.confidence);
  assert.is((r[1]!.value as RoleValue).person, 'john-kerry');
});

test('lists: each title goes to its own name', () => {
  const text = "Le ministre de l'Intérieur Jean Martin, le ministre des Outre-mer Paul Lebrun, et Marie Curie, secrétaire d'État, sont arrivés.";
  const r = roles(text);
  assert.ok(r.some((v) => v.person === 'jean-martin' && v.titleKey === 'interior-minister'));
  assert.ok(r.some((v) => v.person === 'paul-lebrun' && v.titleKey === 'overseas-minister'));
  assert.not.ok(r.some((v) => v.person === 'jean-martin' && v.titleKey === 'overseas-minister'));
  assert.ok(r.some((v) => v.person === 'marie-curie' && v.titleKey === 'secretary-of-state'));
});

test('no role from plain text or from titles without a person', () => {
  assert.equal(roles('Le gouvernement a annoncé des mesures pour les sinistrés.'), []);
  assert.equal(roles('Un ministre a été entendu par la commission.'), []);
});

test('title equivalence: equivalent, broader, different', () => {
  assert.is(titleRelation('foreign-minister', 'foreign-minister'), 'same');
  assert.is(titleRelation('secretary-of-state', 'foreign-minister'), 'equivalent');
  assert.is(titleRelation('foreign-minister', 'top-diplomat'), 'broader');
  assert.is(titleRelation('party-foreign-affairs-chief', 'top-diplomat'), 'broader');
  assert.is(titleRelation('party-foreign-affairs-chief', 'foreign-minister'), 'broader');
  assert.is(titleRelation('interior-minister', 'foreign-minister'), 'different');
  assert.ok(titlesEquivalent('secretary-of-state', 'top-diplomat'));
  assert.not.ok(titlesEquivalent('prefect', 'mayor'));
});

test.run();
