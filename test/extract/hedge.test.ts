// Hedges and intervals: the formulas of rules/lexicon/hedges.json and the contracts the comparison relies on.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { findHedgeAfter, findHedgeBefore, hedgeInterval, rangeInterval } from '../../src/extract/hedge.ts';
import type { Interval, Lang } from '../../src/types.ts';

const H = 3600;
const overlaps = (a: Interval, b: Interval) =>
  Math.max(a[0] ?? -Infinity, b[0] ?? -Infinity) <= Math.min(a[1] ?? Infinity, b[1] ?? Infinity);

test('unhedged: exact in the words, ± half a step for a reader', () => {
  const r = hedgeInterval(7.5 * H, null, 0.5 * H);
  assert.equal(r.strict, [7.5 * H, 7.5 * H]);
  assert.equal(r.pragmatic, [7.25 * H, 7.75 * H]);
});

test('plus de 5 h: strict (5, ∞), pragmatic (5, 6]', () => {
  const r = hedgeInterval(5 * H, 'more', H);
  assert.equal(r.strict, [5 * H, null]);
  assert.equal(r.pragmatic, [5 * H, 6 * H]);
});

test('près de 6 h: strict [5, 6], pragmatic [5.5, 6]', () => {
  const r = hedgeInterval(6 * H, 'nearly', H);
  assert.equal(r.strict, [5 * H, 6 * H]);
  assert.equal(r.pragmatic, [5.5 * H, 6 * H]);
});

test('environ 3 h: strict [2.5, 3.5], pragmatic [2.75, 3.25]', () => {
  const r = hedgeInterval(3 * H, 'approx', H);
  assert.equal(r.strict, [2.5 * H, 3.5 * H]);
  assert.equal(r.pragmatic, [2.75 * H, 3.25 * H]);
});

test('au moins 2 946: strict [2946, ∞), pragmatic [2946, ~3240]', () => {
  const r = hedgeInterval(2946, 'at-least', 1);
  assert.equal(r.strict, [2946, null]);
  assert.is(r.pragmatic[0], 2946);
  assert.ok(Math.abs(r.pragmatic[1]! - 3240.6) < 0.01);
});

test('moins de / au plus / jusqu’à are bounded by 0 below', () => {
  for (const k of ['less', 'at-most', 'up-to', 'just-under']) {
    const r = hedgeInterval(10, k, 1);
    assert.equal(r.strict, [0, 10], k);
    assert.ok(r.pragmatic[0]! < 10 && r.pragmatic[1] === 10, k);
  }
});

test('well-over and just-over sit above the value', () => {
  const w = hedgeInterval(5 * H, 'well-over', H);
  const j = hedgeInterval(5 * H, 'just-over', H);
  assert.ok(w.pragmatic[0]! > 5 * H);
  assert.ok(j.pragmatic[1]! < hedgeInterval(5 * H, 'more', H).pragmatic[1]!);
});

test('unknown kind reads as approx', () => {
  assert.equal(hedgeInterval(100, 'zzz', 10), hedgeInterval(100, 'approx', 10));
});

test('a non-positive step falls back to 1', () => {
  assert.equal(hedgeInterval(5, null, 0).pragmatic, [4.5, 5.5]);
});

test('range: strict is the range, pragmatic widened by half a step', () => {
  const r = rangeInterval(1.2e6, 1.4e6, 1e5, 1e5);
  assert.equal(r.strict, [1.2e6, 1.4e6]);
  assert.equal(r.pragmatic, [1.15e6, 1.45e6]);
});

test('contract: "près de 5 h 30" and "plus de 5 h 30" overlap strictly', () => {
  const a = hedgeInterval(5.5 * H, 'nearly', 0.5 * H);
  const b = hedgeInterval(5.5 * H, 'more', 0.5 * H);
  assert.ok(overlaps(a.strict, b.strict));
});

test('contract: 7.5 h exact vs "près de six heures" strictly disjoint', () => {
  const a = hedgeInterval(7.5 * H, null, 0.5 * H);
  const b = hedgeInterval(6 * H, 'nearly', H);
  assert.not.ok(overlaps(a.strict, b.strict));
});

test('contract: 7.5 h vs "plus de cinq heures": strict overlap, pragmatic disjoint', () => {
  const a = hedgeInterval(7.5 * H, null, 0.5 * H);
  const b = hedgeInterval(5 * H, 'more', H);
  assert.ok(overlaps(a.strict, b.strict));
  assert.not.ok(overlaps(a.pragmatic, b.pragmatic));
});

// [text, lang, where the number starts (marker «#»), hedge text, kind]
const BEFORE: [string, Lang, string, string][] = [
  ['près de #6 heures', 'fr', 'près de', 'nearly'],
  ['pendant près d’#une heure', 'fr', 'près d’', 'nearly'],
  ['presque #six heures', 'fr', 'presque', 'nearly'],
  ['environ #3 heures', 'fr', 'environ', 'approx'],
  ['quelque #700 000 personnes', 'fr', 'quelque', 'approx'],
  ['autour de #20 000', 'fr', 'autour de', 'approx'],
  ['aux alentours de #500', 'fr', 'aux alentours de', 'approx'],
  ['plus de #5 h', 'fr', 'plus de', 'more'],
  ['plus d’#un an', 'fr', 'plus d’', 'more'],
  ['au moins #2 946 morts', 'fr', 'au moins', 'at-least'],
  ['d’au moins #14 personnes', 'fr', 'au moins', 'at-least'],
  ['moins de #10', 'fr', 'moins de', 'less'],
  ['au plus #10', 'fr', 'au plus', 'at-most'],
  ['jusqu’à #200 mm', 'fr', 'jusqu’à', 'up-to'],
  ['bien plus de #5 heures', 'fr', 'bien plus de', 'well-over'],
  ['un peu plus de #300 000 habitants', 'fr', 'un peu plus de', 'just-over'],
  ['pas moins de #40', 'fr', 'pas moins de', 'at-least'],
  ['dépasse les #100.000 personnes', 'fr', 'dépasse les', 'more'],
  ['nearly #six hours', 'en', 'nearly', 'nearly'],
  ['almost #six hours', 'en', 'almost', 'nearly'],
  ['about #an hour', 'en', 'about', 'approx'],
  ['around #10 victims', 'en', 'around', 'approx'],
  ['roughly #3 hours', 'en', 'roughly', 'approx'],
  ['some #700,000 people', 'en', 'some', 'approx'],
  ['approximately #40', 'en', 'approximately', 'approx'],
  ['more than #five hours', 'en', 'more than', 'more'],
  ['over #seven hours', 'en', 'over', 'more'],
  ['at least #2,012 dead', 'en', 'at least', 'at-least'],
  ['less than #10', 'en', 'less than', 'less'],
  ['under #10', 'en', 'under', 'less'],
  ['up to #200', 'en', 'up to', 'up-to'],
  ['well over #5 hours', 'en', 'well over', 'well-over'],
  ['just over #300,000', 'en', 'just over', 'just-over'],
  ['no fewer than #40', 'en', 'no fewer than', 'at-least'],
];
for (const [raw, lang, text, kind] of BEFORE) {
  test(`before: ${raw}`, () => {
    const at = raw.indexOf('#');
    const s = raw.replace('#', '');
    const h = findHedgeBefore(s, at, lang);
    assert.ok(h, 'no hedge');
    assert.is(h!.text, text);
    assert.is(h!.kind, kind);
    assert.is(s.slice(h!.start, h!.end), text);
  });
}

test('no hedge before a plain number', () => {
  assert.is(findHedgeBefore('pendant 5 heures', 8, 'fr'), null);
  assert.is(findHedgeBefore('the 5 hours', 4, 'en'), null);
});

const AFTER: [string, Lang, string, string][] = [
  ['5 hours# or more', 'en', 'or more', 'at-least'],
  ['cinq heures# ou plus', 'fr', 'ou plus', 'at-least'],
  ['une heure# environ', 'fr', 'environ', 'approx'],
  ['14 morts# au moins', 'fr', 'au moins', 'at-least'],
  ['two hours# or so', 'en', 'or so', 'approx'],
];
for (const [raw, lang, text, kind] of AFTER) {
  test(`after: ${raw}`, () => {
    const at = raw.indexOf('#');
    const s = raw.replace('#', '');
    const h = findHedgeAfter(s, at, lang);
    assert.ok(h, 'no hedge');
    assert.is(h!.kind, kind);
    assert.is(h!.text, text);
  });
}

test.run();
