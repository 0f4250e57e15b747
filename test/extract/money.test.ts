// Money: amounts with a currency symbol, code or word, before or after, with scales and hedges.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { ExtractContext } from '../../src/extract/context.ts';
import { extractMoney } from '../../src/extract/money.ts';
import { splitSentences } from '../../src/extract/sentences.ts';
import type { Lang, MoneyValue } from '../../src/types.ts';

function ctx(text: string, lang: Lang): ExtractContext {
  const doc = {
    id: 't', path: 't', title: null, outlet: null, url: null, lang, langSource: 'metadata' as const,
    published: { value: null, source: null }, original: text, text, offsets: null, removed: [],
  };
  return { doc, text, sentences: splitSentences(text), mentions: [] };
}

// [sentence, lang, evidence, amount, currency, hedge]
const CASES: [string, Lang, string, number, string, string | null][] = [
  ['Un plan de 1,5 milliard d’euros a été voté.', 'fr', '1,5 milliard d’euros', 1.5e9, 'EUR', null],
  ['Il a reçu 2 millions de dollars.', 'fr', '2 millions de dollars', 2e6, 'USD', null],
  ['Une amende de 500 euros.', 'fr', '500 euros', 500, 'EUR', null],
  ['Une amende de 500 €.', 'fr', '500 €', 500, 'EUR', null],
  ['Un prêt de 100 millions de francs CFA.', 'fr', '100 millions de francs CFA', 1e8, 'XOF', null],
  ['Près de 3 millions d’euros ont été débloqués.', 'fr', 'Près de 3 millions d’euros', 3e6, 'EUR', 'nearly'],
  ['The deal is worth $2 million.', 'en', '$2 million', 2e6, 'USD', null],
  ['A fine of €500 was imposed.', 'en', '€500', 500, 'EUR', null],
  ['It raised USD 3bn last year.', 'en', 'USD 3bn', 3e9, 'USD', null],
  ['The club paid £10m for him.', 'en', '£10m', 1e7, 'GBP', null],
  ['More than $1.2 trillion in debt.', 'en', 'More than $1.2 trillion', 1.2e12, 'USD', 'more'],
  ['About 40,000 dollars were stolen.', 'en', 'About 40,000 dollars', 40000, 'USD', 'approx'],
  ['Il coûte entre 2 et 3 millions d’euros.', 'fr', 'entre 2 et 3 millions d’euros', 2.5e6, 'EUR', 'range'],
];

for (const [sentence, lang, evidence, amount, currency, hedge] of CASES) {
  test(`${lang}: ${sentence}`, () => {
    const got = extractMoney(ctx(sentence, lang));
    assert.is(got.length, 1, JSON.stringify(got.map((d) => sentence.slice(d.start, d.end))));
    const d = got[0]!;
    assert.is(sentence.slice(d.start, d.end), evidence);
    const v = d.value as MoneyValue;
    assert.ok(Math.abs(v.amount - amount) < 1e-3, `amount ${v.amount}`);
    assert.is(v.currency, currency);
    assert.is(d.hedge?.kind ?? null, hedge);
    assert.ok(d.interval);
  });
}

const NEGATIVES: [string, Lang][] = [
  ['Il y a eu 14 morts.', 'fr'],
  ['En 2023, 3 millions de manifestants.', 'fr'],
  ['The talks lasted 5 hours.', 'en'],
  ['He paid in dollars.', 'en'],
];
for (const [sentence, lang] of NEGATIVES) {
  test(`not money: ${sentence}`, () => {
    assert.equal(extractMoney(ctx(sentence, lang)).map((d) => sentence.slice(d.start, d.end)), []);
  });
}

test.run();
