// Each quantity extractor over ~200 KB of hostile text: long digit runs, separators, hedge words, number words,
// one huge sentence. It must finish (linear scanning) and return sane claims.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { ExtractContext } from '../../src/extract/context.ts';
import { extractCounts } from '../../src/extract/count.ts';
import { extractDurations } from '../../src/extract/duration.ts';
import { extractMoney } from '../../src/extract/money.ts';
import { findNumbers } from '../../src/extract/numbers.ts';
import { splitSentences } from '../../src/extract/sentences.ts';
import type { ClaimDraft, Lang } from '../../src/types.ts';

function ctx(text: string, lang: Lang): ExtractContext {
  const doc = {
    id: 't', path: 't', title: null, outlet: null, url: null, lang, langSource: 'metadata' as const,
    published: { value: null, source: null }, original: text, text, offsets: null, removed: [],
  };
  return { doc, text, sentences: splitSentences(text), mentions: [] };
}

const SIZE = 200_000;
function repeat(unit: string): string {
  return unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
}

const INPUTS: Record<string, string> = {
  digits: '9'.repeat(SIZE),
  spacedGroups: repeat('111 '),
  nbspGroups: repeat('1\u00a0000\u202f'),
  separators: repeat('1.000,000’000'),
  commas: repeat('1,'),
  dots: repeat('1.'),
  fractions: repeat('7-1/2 7 1/2 ½ '),
  hedges: repeat('près de plus de au moins environ entre '),
  hedgedNumbers: repeat('près de plus de 5 heures et demie ou plus '),
  words: repeat('vingt-deux mille cent quatre-vingt-dix-neuf millions '),
  englishWords: repeat('twenty two thousand and a half hundred million '),
  approx: repeat('des dizaines de milliers de centaines de '),
  ranges: repeat('entre 3 et 5 à 7 - 9 and 11 '),
  bareCounts: repeat('1,12 million selon 2 946 dont 81.000 '),
  clock: repeat('à 7 h 30 vers 22h 20:00 '),
  money: repeat('$ € 1,5 milliard d’euros £10m '),
  percent: repeat('50 % de 12 % '),
  mixed: repeat('Le 9e jour, au moins 2 946 morts, 1/5, 2023, 01 23 45, https://x.fr/12/34 '),
  punctuation: repeat('.-/:%(),’\'"«» '),
  hyphens: repeat('-'),
};

const EXTRACTORS: [string, (c: ExtractContext) => ClaimDraft[]][] = [
  ['duration', extractDurations],
  ['count', extractCounts],
  ['money', extractMoney],
];

function sane(text: string, claims: ClaimDraft[]): void {
  for (const c of claims) {
    assert.ok(c.start >= 0 && c.end <= text.length && c.start < c.end, 'offsets');
    assert.ok(c.confidence >= 0 && c.confidence <= 1, 'confidence');
    const amount = (c.value as { amount: number }).amount;
    assert.ok(Number.isFinite(amount), `amount ${amount}`);
    for (const b of [...(c.interval?.strict ?? []), ...(c.interval?.pragmatic ?? [])]) assert.ok(b === null || Number.isFinite(b), 'bound');
  }
}

for (const [name, text] of Object.entries(INPUTS)) {
  for (const lang of ['fr', 'en'] as Lang[]) {
    test(`${name} (${lang})`, () => {
      const c = ctx(text, lang);
      for (const [, run] of EXTRACTORS) sane(text, run(c));
      for (const m of findNumbers(text.slice(0, 20_000), lang)) assert.ok(Number.isFinite(m.value));
    });
  }
}

test.run();
