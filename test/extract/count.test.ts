// Counts of people and things, physical quantities, and the numbers that are not counts.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { ExtractContext } from '../../src/extract/context.ts';
import { extractCounts } from '../../src/extract/count.ts';
import { splitSentences } from '../../src/extract/sentences.ts';
import type { CountValue, Lang } from '../../src/types.ts';

function ctx(text: string, lang: Lang): ExtractContext {
  const doc = {
    id: 't', path: 't', title: null, outlet: null, url: null, lang, langSource: 'metadata' as const,
    published: { value: null, source: null }, original: text, text, offsets: null, removed: [],
  };
  return { doc, text, sentences: splitSentences(text), mentions: [] };
}

// [sentence, lang, evidence, amount, category, noun, hedge kind]
const CASES: [string, Lang, string, number, string, string, string | null][] = [
  ['Le séisme a fait au moins 2 946 morts.', 'fr', 'au moins 2 946 morts', 2946, 'dead', 'morts', 'at-least'],
  ['On compte plus de 2 000 blessés.', 'fr', 'plus de 2 000 blessés', 2000, 'injured', 'blessés', 'more'],
  ['Une dizaine de victimes ont été recensées.', 'fr', 'Une dizaine de victimes', 10, 'victims', 'victimes', 'approx-noun'],
  ['Des milliers de personnes ont fui.', 'fr', 'Des milliers de personnes', 3000, 'people', 'personnes', 'approx-noun'],
  ['Le bilan fait état de 11 morts et près de 250 blessés.', 'fr', '11 morts', 11, 'dead', 'morts', null],
  ['Au moins 11 personnes tuées selon les autorités.', 'fr', 'Au moins 11 personnes tuées', 11, 'dead', 'personnes', 'at-least'],
  ['A Paris, 22 personnes ont été interpellées.', 'fr', '22 personnes ont été interpellées', 22, 'arrests', 'personnes', null],
  ['La CGT a recensé 3,5 millions de marcheurs.', 'fr', '3,5 millions de marcheurs', 3_500_000, 'protesters', 'marcheurs', null],
  ['81 000 manifestants ont défilé à Paris.', 'fr', '81 000 manifestants', 81000, 'protesters', 'manifestants', null],
  ['Quelque 700 000 personnes manifestent à Paris.', 'fr', 'Quelque 700 000 personnes manifestent', 700000, 'protesters', 'personnes', 'approx'],
  ['Le ministère a compté 1,12 million de manifestants, 3,5 millions selon la CGT.', 'fr', '3,5 millions', 3_500_000, 'protesters', '', null],
  ['Ils étaient 1,28 million dans les rues du pays.', 'fr', '1,28 million', 1_280_000, 'protesters', '', null],
  ['neuf personnes étaient dans un état critique, et 246 autres étaient grièvement blessées.', 'fr', '246 autres étaient grièvement blessées', 246, 'injured', 'grièvement blessées', null],
  ['On compte 9 blessés graves.', 'fr', '9 blessés', 9, 'injured', 'blessés', null],
  ['Les 320 000 habitants de Mayotte.', 'fr', '320 000 habitants', 320000, 'inhabitants', 'habitants', null],
  ['Plus de 15 000 foyers sont privés d’électricité.', 'fr', 'Plus de 15 000 foyers', 15000, 'households', 'foyers', 'more'],
  ['Plus de 500 grévistes.', 'fr', 'Plus de 500 grévistes', 500, 'strikers', 'grévistes', 'more'],
  ['Quelque 2 000 policiers et gendarmes seront déployés.', 'fr', 'Quelque 2 000 policiers', 2000, 'police', 'policiers', 'approx'],
  ['Il a obtenu 12 345 voix.', 'fr', '12 345 voix', 12345, 'votes', 'voix', null],
  ['On dénombre 5 000 sinistrés.', 'fr', '5 000 sinistrés', 5000, 'displaced', 'sinistrés', null],
  ['Entre 1,1 million et 1,4 million de manifestants sont attendus.', 'fr', 'Entre 1,1 million et 1,4 million de manifestants', 1_250_000, 'protesters', 'manifestants', 'range'],
  ['avec des vents de plus de 200 km/h', 'fr', 'plus de 200 km/h', 200, 'km/h', 'km/h', 'more'],
  ['des rafales d’au moins 226 kilomètres par heure', 'fr', 'au moins 226 kilomètres par heure', 226, 'km/h', 'kilomètres par heure', 'at-least'],
  ['jusqu’à 200 mm de pluie', 'fr', 'jusqu’à 200 mm', 200, 'mm', 'mm', 'up-to'],
  ['le ministère a fait état de 32,71% d’enseignants grévistes', 'fr', '32,71% d’enseignants', 32.71, 'percent', 'enseignants', null],
  ['The quake killed at least 2,012 dead.', 'en', 'at least 2,012 dead', 2012, 'dead', 'dead', 'at-least'],
  ['Officials reported a death toll of 14.', 'en', '14', 14, 'dead', '', null],
  ['Thousands of people fled the city.', 'en', 'Thousands of people', 3000, 'people', 'people', 'approx-noun'],
  ['Police arrested 45 protesters.', 'en', '45 protesters', 45, 'protesters', 'protesters', null],
  ['More than 300 people were injured.', 'en', 'More than 300 people were injured', 300, 'injured', 'people', 'more'],
  ['Some 40 homes were destroyed.', 'en', 'Some 40 homes', 40, 'buildings', 'homes', 'approx'],
  ['Ten people are missing.', 'en', 'Ten people are missing', 10, 'missing', 'people', null],
];

for (const [sentence, lang, evidence, amount, category, noun, hedge] of CASES) {
  test(`${lang}: ${sentence}`, () => {
    const got = extractCounts(ctx(sentence, lang));
    const d = got.find((x) => sentence.slice(x.start, x.end) === evidence);
    assert.ok(d, `no claim "${evidence}" in ${JSON.stringify(got.map((x) => sentence.slice(x.start, x.end)))}`);
    const v = d!.value as CountValue;
    assert.ok(Math.abs(v.amount - amount) < 1e-6, `amount ${v.amount}`);
    assert.is(v.category, category);
    assert.is(v.noun, noun);
    assert.is(d!.hedge?.kind ?? null, hedge);
    assert.ok(d!.interval);
    assert.ok(d!.confidence > 0 && d!.confidence <= 1);
  });
}

test('a count with no noun and no context gets a low confidence', () => {
  const s = 'Ce chiffre atteint 1,12 million.';
  const [d] = extractCounts(ctx(s, 'fr'));
  assert.ok(d);
  assert.ok(d!.confidence < 0.5);
  assert.is((d!.value as CountValue).category, 'people');
});

test('category from the previous sentence of the paragraph', () => {
  const s = 'Les manifestants étaient nombreux. Le ministère en a compté 1,12 million.';
  const got = extractCounts(ctx(s, 'fr'));
  const d = got.find((x) => s.slice(x.start, x.end) === '1,12 million');
  assert.is((d!.value as CountValue).category, 'protesters');
});

// [sentence, lang, evidence, grade]: degrees that make a separate fact.
const GRADES: [string, Lang, string, string | null][] = [
  ['Le CHM a pris en charge 9 blessés graves et 246 blessés plus légèrement touchés.', 'fr', '9 blessés', 'serious'],
  ['Le CHM a pris en charge 9 blessés graves et 246 blessés plus légèrement touchés.', 'fr', '246 blessés', 'light'],
  ['Neuf personnes étaient dans un état critique, et 246 autres étaient grièvement blessées.', 'fr', '246 autres étaient grièvement blessées', 'serious'],
  ['Le bilan fait état de 250 blessés, dont 9 en urgence absolue.', 'fr', '9', 'critical'],
  ['Le bilan fait état de 250 blessés, dont 9 en urgence absolue.', 'fr', '250 blessés', null],
  ['Twelve people were seriously injured and 40 slightly injured.', 'en', 'Twelve people were seriously injured', 'serious'],
  ['The storm caused 300 serious delays.', 'en', '300', null],
];
for (const [sentence, lang, evidence, grade] of GRADES) {
  test(`grade ${grade}: ${evidence} in "${sentence}"`, () => {
    const d = extractCounts(ctx(sentence, lang)).find((x) => sentence.slice(x.start, x.end) === evidence);
    if (grade === null && !d) return;
    assert.ok(d, `no claim "${evidence}"`);
    assert.is((d!.value as CountValue).grade ?? null, grade);
  });
}

const NEGATIVES: [string, Lang][] = [
  ['En 2023, la réforme a été adoptée.', 'fr'],
  ['La réforme de 2023 a été adoptée.', 'fr'],
  ['Le 31 janvier, la mobilisation était record.', 'fr'],
  ['On March 7, unions marched.', 'en'],
  ['Le rendez-vous est à 7 h 30.', 'fr'],
  ['They met at 8 pm.', 'en'],
  ['Le suspect, âgé de 45 ans, a été interpellé.', 'fr'],
  ['A 45-year-old man.', 'en'],
  ['Page 2 sur 5', 'fr'],
  ['Photo 1/5', 'fr'],
  ['Appelez le 01 23 45 67 89.', 'fr'],
  ['Voir https://example.com/article/12345678 pour plus.', 'fr'],
  ['La 9e journée de mobilisation.', 'fr'],
  ['Il a terminé 3e.', 'fr'],
  ['The ninth day of protests.', 'en'],
  ['Le chômage atteint 7,2 %.', 'fr'],
  ['Le Covid-19 a frappé.', 'fr'],
  ['Un Airbus A320 a atterri.', 'fr'],
  ['Ils ont parlé pendant cinq heures.', 'fr'],
  ['Un budget de 1,5 milliard d’euros.', 'fr'],
  ['Deux pays ont signé.', 'fr'],
  ['Il a vu trois films.', 'fr'],
  ['He was one of them.', 'en'],
];
for (const [sentence, lang] of NEGATIVES) {
  test(`not a count: ${sentence}`, () => {
    const got = extractCounts(ctx(sentence, lang));
    assert.equal(got.map((d) => sentence.slice(d.start, d.end)), []);
  });
}

test.run();
