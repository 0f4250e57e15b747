import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { ExtractContext } from '../../src/extract/context.ts';
import { extractFirstSince } from '../../src/extract/first-since.ts';
import { contextOf } from '../helpers/context.ts';
import type { FirstSinceValue, Lang } from '../../src/types.ts';

function ctx(text: string, published: string | null = '2023-06-19', lang: Lang = 'fr'): ExtractContext {
  return contextOf(text, { published, lang });
}

interface Case {
  text: string;
  pub?: string | null;
  lang?: Lang;
  /** A piece of text the evidence must contain. */
  contains: string;
  reference: [string | null, string | null];
  form: string;
  what?: string;
}

function check(c: Case): void {
  const x = ctx(c.text, c.pub === undefined ? '2023-06-19' : c.pub, c.lang ?? 'fr');
  const claims = extractFirstSince(x);
  assert.is(claims.length, 1, `${c.text}: ${claims.length} claims`);
  const cl = claims[0]!;
  const v = cl.value as FirstSinceValue;
  const span = c.text.slice(cl.start, cl.end);
  assert.ok(span.includes(c.contains), `${c.text}: span "${span}"`);
  assert.equal(v.reference, c.reference, `${c.text}: reference`);
  assert.is(v.form, c.form, `${c.text}: form`);
  if (c.what !== undefined) assert.is(v.what, c.what, `${c.text}: what`);
  assert.is(cl.kind, 'first-since');
}

const table = (name: string, cases: Case[]) => test(name, () => cases.forEach(check));

table('explicit reference dates', [
  {
    text: "La visite d'Antony Blinken est la première visite d'un secrétaire d'État américain en Chine depuis le voyage en octobre 2018 de son prédécesseur.",
    contains: 'première visite', reference: ['2018-10', '2018-10'], form: 'first', what: 'visite',
  },
  {
    text: "La visite d'Antony Blinken est la première d'un secrétaire d'État américain en Chine depuis le voyage en octobre 2018 de son prédécesseur Mike Pompeo.",
    contains: 'en octobre 2018', reference: ['2018-10', '2018-10'], form: 'first', what: 'visite',
  },
  { text: 'He is the first secretary of state to visit China since 2019.', lang: 'en', contains: 'since 2019', reference: ['2019', '2019'], form: 'first', what: 'secretary' },
  { text: 'Blinken became the highest-ranking US official to visit China since 2018.', lang: 'en', contains: 'highest-ranking', reference: ['2018', '2018'], form: 'highest', what: 'official' },
  { text: 'Blinken became the highest-ranking US official to visit China since Biden began his term in 2021.', lang: 'en', contains: 'in 2021', reference: ['2021', '2021'], form: 'highest' },
  { text: "C'est la pire crise depuis 1934.", contains: 'pire crise depuis 1934', reference: ['1934', '1934'], form: 'worst', what: 'crise' },
  { text: "C'est le cyclone le plus violent que l'île ait connu depuis 1934.", contains: 'le plus violent', reference: ['1934', '1934'], form: 'most violent', what: 'cyclone' },
  {
    text: "Blinken est devenu le plus haut responsable américain à se rendre à Pékin depuis l'entrée en fonction du président Joe Biden en 2021.",
    contains: 'plus haut responsable', reference: ['2021', '2021'], form: 'highest', what: 'responsable américain',
  },
  { text: 'Il neige pour la première fois depuis 2015 à Alger.', contains: 'pour la première fois depuis 2015', reference: ['2015', '2015'], form: 'first' },
  { text: 'It snowed for the first time since March 2015.', lang: 'en', contains: 'since March 2015', reference: ['2015-03', '2015-03'], form: 'first' },
  { text: 'Le cyclone le plus intense depuis le cyclone Kamisy d’octobre 1984.', contains: 'octobre 1984', reference: ['1984-10', '1984-10'], form: 'most intense', what: 'cyclone' },
  { text: 'Le troisième plus fort total depuis le 19 janvier.', pub: '2023-03-07', contains: 'depuis le 19 janvier', reference: ['2023-01-19', '2023-01-19'], form: 'strongest', what: 'total' },
  {
    text: '« On remonte probablement au cyclone du 18 février 1934, donc il y a 90 ans, pour trouver un impact aussi violent »',
    pub: null, contains: 'remonte', reference: ['1934-02-18', '1934-02-18'], form: 'most violent',
  },
  { text: 'The last time a secretary of state visited China was in 2018.', lang: 'en', contains: 'in 2018', reference: ['2018', '2018'], form: 'first' },
]);

table('gaps counted back from publication (June 2023)', [
  { text: "C'est la première visite en Chine d'un secrétaire d'État en cinq ans.", contains: 'en cinq ans', reference: ['2017-12', '2018-12'], form: 'first', what: 'visite' },
  { text: "C'est la première visite en près de cinq ans.", contains: 'en près de cinq ans', reference: ['2018-06', '2019-06'], form: 'first' },
  { text: 'As the first US secretary of state to visit China in five years, he met Qin.', lang: 'en', contains: 'in five years', reference: ['2017-12', '2018-12'], form: 'first', what: 'secretary' },
  { text: 'It is the first displacement of a head of US diplomacy in almost five years.', lang: 'en', contains: 'in almost five years', reference: ['2018-06', '2019-06'], form: 'first', what: 'displacement' },
  { text: "Un cyclone inédit depuis près d'un siècle.", pub: '2024-12-14', contains: "inédit depuis près d'un siècle", reference: ['1924', '1944'], form: 'unprecedented' },
  { text: 'Une première depuis 90 ans.', pub: '2024-12-14', contains: 'première depuis 90 ans', reference: ['1925', '1943'], form: 'first' },
  { text: 'Le plus intense à avoir frappé le département depuis plus de 90 ans.', pub: '2024-12-15', contains: 'plus de 90 ans', reference: ['1898', '1934'], form: 'most intense' },
  { text: 'Their worst moment in decades.', lang: 'en', contains: 'in decades', reference: [null, '2003'], form: 'worst', what: 'moment' },
  { text: 'La première rencontre en six mois.', contains: 'six mois', reference: ['2022-06', '2023-06'], form: 'first' },
]);

table('unresolvable references are kept with null bounds', [
  { text: "Les relations sont au plus bas depuis leur établissement.", contains: 'au plus bas depuis leur établissement', reference: [null, null], form: 'lowest' },
  { text: "C'était leur première rencontre depuis que les États-Unis ont abattu un ballon.", contains: 'première rencontre depuis que', reference: [null, null], form: 'first', what: 'rencontre' },
  { text: "C'est la première visite en cinq ans.", pub: null, contains: 'en cinq ans', reference: [null, null], form: 'first' },
]);

test('unresolved references have a lower confidence', () => {
  const [a] = extractFirstSince(ctx('Les relations sont au plus bas depuis leur établissement.'));
  const [b] = extractFirstSince(ctx('Le cyclone le plus violent depuis 1934.'));
  assert.ok(a!.confidence < 0.6 && b!.confidence >= 0.8);
});

test('negatives: no first or superlative, ordinals, "premier ministre"', () => {
  for (const text of [
    'Depuis 2018, les relations se sont tendues.',
    'En cinq ans, le PIB a doublé.',
    'Le premier jour de la visite a été consacré à Qin Gang.',
    'Le Premier ministre est en poste depuis 2022.',
    'Il vit à Paris depuis plus de 20 ans.',
    'The prime minister has been in office since 2019.',
    'Il est le plus grand. Depuis 2018, tout va mal.',
  ]) {
    assert.equal(extractFirstSince(ctx(text)), [], text);
  }
});

test('the reference belongs to the nearest superlative', () => {
  const claims = extractFirstSince(ctx('Flights between the two largest economies in the world fell to the lowest since 2019.', '2023-06-19', 'en'));
  assert.is(claims.length, 1);
  assert.is((claims[0]!.value as FirstSinceValue).form, 'lowest');
});

test('adversarial text (~200 KB) finishes', () => {
  let text = ['depuis '.repeat(3000), 'la première '.repeat(2000), 'le plus violent '.repeat(1000), 'en cinq ans '.repeat(1000),
    'first since '.repeat(2000), '9'.repeat(4000), 'remonte à pour trouver '.repeat(500), 'depuis près de près de '.repeat(500)].join(' ');
  while (text.length < 200_000) text += text.slice(0, 40_000);
  assert.ok(Array.isArray(extractFirstSince(ctx(text))));
});

test.run();
