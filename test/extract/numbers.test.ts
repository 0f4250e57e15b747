// Number parsing: words and digits, French and English conventions, fractions, scales, ordinals, ranges.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { findNumbers, integerStep } from '../../src/extract/numbers.ts';
import type { Lang } from '../../src/types.ts';

// [input, lang, text of the first number, value, kind, roundness]
const CASES: [string, Lang, string, number, string, number][] = [
  ['sept', 'fr', 'sept', 7, 'cardinal', 1],
  ['il y en a vingt-deux', 'fr', 'vingt-deux', 22, 'cardinal', 1],
  ['soixante-dix', 'fr', 'soixante-dix', 70, 'cardinal', 10],
  ['soixante et onze', 'fr', 'soixante et onze', 71, 'cardinal', 1],
  ['quatre-vingt-dix-neuf', 'fr', 'quatre-vingt-dix-neuf', 99, 'cardinal', 1],
  ['quatre-vingts', 'fr', 'quatre-vingts', 80, 'cardinal', 10],
  ['deux mille neuf cent quarante-six', 'fr', 'deux mille neuf cent quarante-six', 2946, 'cardinal', 1],
  ['trois cents', 'fr', 'trois cents', 300, 'cardinal', 100],
  ['cent deux', 'fr', 'cent deux', 102, 'cardinal', 1],
  ['un million', 'fr', 'un million', 1e6, 'cardinal', 1e6],
  ['deux millions trois cent mille', 'fr', 'deux millions trois cent mille', 2_300_000, 'cardinal', 100_000],
  ['sept et demi', 'fr', 'sept et demi', 7.5, 'cardinal', 0.5],
  ['trois quarts d’heure', 'fr', 'trois quarts', 0.75, 'cardinal', 0.25],
  ['plus d’un demi-million', 'fr', 'un demi-million', 500_000, 'cardinal', 100_000],
  ['seven', 'en', 'seven', 7, 'cardinal', 1],
  ['twenty-two', 'en', 'twenty-two', 22, 'cardinal', 1],
  ['two thousand', 'en', 'two thousand', 2000, 'cardinal', 1000],
  ['one hundred and five', 'en', 'one hundred and five', 105, 'cardinal', 1],
  ['five and a half hours', 'en', 'five and a half', 5.5, 'cardinal', 0.5],
  ['half an hour', 'en', 'half an', 0.5, 'cardinal', 0.5],
  ['a million', 'en', 'a million', 1e6, 'cardinal', 1e6],
  ['2 946 morts', 'fr', '2 946', 2946, 'cardinal', 1],
  ['2\u00a0946', 'fr', '2\u00a0946', 2946, 'cardinal', 1],
  ['2\u202f946', 'fr', '2\u202f946', 2946, 'cardinal', 1],
  ['2.946', 'fr', '2.946', 2946, 'cardinal', 1],
  ['81’000', 'fr', '81’000', 81000, 'cardinal', 1000],
  ["81'000", 'fr', "81'000", 81000, 'cardinal', 1000],
  ['2,946', 'en', '2,946', 2946, 'cardinal', 1],
  ['2.5', 'fr', '2.5', 2.5, 'cardinal', 0.1],
  ['2,5', 'fr', '2,5', 2.5, 'cardinal', 0.1],
  ['2.5', 'en', '2.5', 2.5, 'cardinal', 0.1],
  ['1,12 million', 'fr', '1,12 million', 1_120_000, 'cardinal', 10_000],
  ['3,5 millions', 'fr', '3,5 millions', 3_500_000, 'cardinal', 100_000],
  ['1.12 million', 'en', '1.12 million', 1_120_000, 'cardinal', 10_000],
  ['1.27 million', 'fr', '1.27 million', 1_270_000, 'cardinal', 10_000],
  ['1,5 milliard', 'fr', '1,5 milliard', 1.5e9, 'cardinal', 1e8],
  ['1 234 567', 'fr', '1 234 567', 1234567, 'cardinal', 1],
  ['7-1/2', 'en', '7-1/2', 7.5, 'cardinal', 0.5],
  ['7 1/2 hours', 'en', '7 1/2', 7.5, 'cardinal', 0.5],
  ['7½', 'en', '7½', 7.5, 'cardinal', 0.5],
  ['60e', 'fr', '60e', 60, 'ordinal', 1],
  ['9e journée', 'fr', '9e', 9, 'ordinal', 1],
  ['le 1er juillet', 'fr', '1er', 1, 'ordinal', 1],
  ['ninth', 'en', 'ninth', 9, 'ordinal', 1],
  ['21st', 'en', '21st', 21, 'ordinal', 1],
  ['la troisième fois', 'fr', 'troisième', 3, 'ordinal', 1],
  ['23 %', 'fr', '23 %', 23, 'percent', 1],
  ['32,71%', 'fr', '32,71%', 32.71, 'percent', 0.01],
  ['12 pour cent', 'fr', '12 pour cent', 12, 'percent', 1],
  ['40 percent', 'en', '40 percent', 40, 'percent', 10],
  ['entre 3 et 5', 'fr', 'entre 3 et 5', 4, 'range', 1],
  ['3 à 5', 'fr', '3 à 5', 4, 'range', 1],
  ['3-5', 'en', '3-5', 4, 'range', 1],
  ['between 3 and 5', 'en', 'between 3 and 5', 4, 'range', 1],
  ['entre 1.2 et 1.4 million', 'fr', 'entre 1.2 et 1.4 million', 1_300_000, 'range', 100_000],
  ['une dizaine', 'fr', 'une dizaine', 10, 'approx', 10],
  ['une vingtaine', 'fr', 'une vingtaine', 20, 'approx', 10],
  ['une centaine', 'fr', 'une centaine', 100, 'approx', 100],
  ['un millier', 'fr', 'un millier', 1000, 'approx', 1000],
  ['des dizaines', 'fr', 'des dizaines', 30, 'approx', 10],
  ['des centaines', 'fr', 'des centaines', 300, 'approx', 100],
  ['des milliers', 'fr', 'des milliers', 3000, 'approx', 1000],
  ['dozens', 'en', 'dozens', 30, 'approx', 10],
  ['hundreds', 'en', 'hundreds', 300, 'approx', 100],
  ['thousands', 'en', 'thousands', 3000, 'approx', 1000],
  ['20:00', 'fr', '20:00', 20, 'time', 1],
  ['Page 1/5', 'fr', '1/5', 0.2, 'ratio', 1],
  ['$3bn', 'en', '3bn', 3e9, 'cardinal', 1e9],
];

for (const [input, lang, text, value, kind, roundness] of CASES) {
  test(`${lang}: ${input}`, () => {
    const m = findNumbers(input, lang)[0];
    assert.ok(m, `no number in ${input}`);
    assert.is(m!.text, text);
    assert.ok(Math.abs(m!.value - value) < 1e-6, `value ${m!.value} ≠ ${value}`);
    assert.is(m!.kind, kind);
    assert.ok(Math.abs(m!.roundness - roundness) < 1e-9, `roundness ${m!.roundness} ≠ ${roundness}`);
    assert.is(input.slice(m!.start, m!.end), m!.text);
  });
}

test('articles are flagged: "une heure", "an hour"', () => {
  assert.ok(findNumbers('une heure', 'fr')[0]!.article);
  assert.ok(findNumbers('an hour', 'en')[0]!.article);
  assert.not.ok(findNumbers('un million', 'fr')[0]!.article);
});

test('approximate nouns carry their own intervals', () => {
  const m = findNumbers('des centaines de morts', 'fr')[0]!;
  assert.equal(m.approx?.strict, [200, 999]);
});

// Strings with no number, or none that is a plain cardinal.
const NONE: [string, Lang][] = [
  ['COVID-19', 'fr'], ['un A320 de la compagnie', 'fr'], ['le 14.12.2024', 'fr'], ['2023-06-19', 'en'], ['v1.2.3', 'en'],
  ['https://example.com/2023/06/article-12345', 'en'], ['le F-16', 'fr'], ['million', 'en'], ['hundred', 'en'],
];
for (const [input, lang] of NONE) {
  test(`no cardinal: ${input}`, () => {
    const c = findNumbers(input, lang).filter((m) => m.kind === 'cardinal' && !m.article);
    assert.equal(c.map((m) => m.text), []);
  });
}

test('"2.946" is a thousand group in French, a decimal in English', () => {
  assert.is(findNumbers('2.946', 'fr')[0]!.value, 2946);
  assert.is(findNumbers('2.946', 'en')[0]!.value, 2.946);
});

test('"2 000 2023" does not join a four-digit group', () => {
  assert.equal(findNumbers('en 2023 300 personnes', 'fr').map((m) => m.value), [2023, 300]);
});

test('integerStep', () => {
  assert.is(integerStep(5), 1);
  assert.is(integerStep(2946), 1);
  assert.is(integerStep(2000), 1000);
  assert.is(integerStep(250), 50);
  assert.is(integerStep(226), 1);
  assert.is(integerStep(200), 100);
  assert.is(integerStep(81000), 1000);
});

test.run();
