// What the bundled articles must give, end to end (the first three issues' "done when" lists).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { check } from '../src/pipeline.ts';
import { packagePath } from '../src/paths.ts';
import { assertValid } from '../src/schema/validate.ts';
import type { Claim, DurationValue, FirstSinceValue, MeetingValue, QuoteValue, RoleValue } from '../src/types.ts';

const result = await check({ paths: [packagePath('sources')], rules: packagePath('rules'), cwd: packagePath() });
const { report, claims, events, findings, docs } = result;
const S = (n: string) => `sources/${n}`;
const F000 = S('000_53590f2641ee6677.txt');
const F001 = S('001_06fc588ebcd089d3.txt');
const F002 = S('002_62b62e25b8587f41.txt');
const F003 = S('003_349055b3ce3671c3.txt');
const F004 = S('004_5ac8ac8729135a91.txt');
const of = (doc: string, kind: Claim['kind']) => claims.filter((c) => c.doc === doc && c.kind === kind);

test('the report and every claim follow their schemas', () => {
  assertValid('report', report);
  for (const c of claims) assertValid('claim', c);
  for (const c of claims) assert.is(docs.find((d) => d.id === c.doc)!.original.slice(c.evidence.start, c.evidence.end), c.evidence.text);
});

test('one finding on the Qin Gang talks: three values, exact evidence, contradiction, pairwise verdicts', () => {
  const qin = findings.filter((f) => f.rule === 'duration-mismatch' && f.values.some((v) => v.evidence.text === 'sept heures et demie'));
  assert.is(qin.length, 1);
  const f = qin[0]!;
  assert.is(f.verdict, 'contradiction');
  assert.equal(
    f.values.map((v) => [v.source, v.evidence.text]),
    [
      [F000, 'sept heures et demie'],
      [F001, 'plus de cinq heures'],
      [F002, 'près de six heures'],
    ],
  );
  const verdict = (a: string, b: string) => f.pairs!.find((p) => p.a.startsWith(a) && p.b.startsWith(b))?.verdict;
  assert.is(verdict(F000, F002), 'contradiction');
  assert.is(verdict(F000, F001), 'divergence');
  assert.is(verdict(F001, F002), 'corroboration');
});

test('the Blinken–Wang Yi meetings of Beijing, Jakarta and Munich are three events, never mixed', () => {
  const wang = events.filter((e) => e.participants.includes('wang-yi') && e.participants.includes('antony-blinken') && e.type === 'meeting');
  const sourcesOf = (doc: string) => wang.filter((e) => e.sources.includes(doc)).map((e) => e.key);
  const beijing = sourcesOf(F000);
  const jakarta = sourcesOf(F004);
  const munich = sourcesOf(F003);
  assert.ok(beijing.length && jakarta.length && munich.length);
  for (const k of munich) assert.not.ok(beijing.includes(k) || jakarta.includes(k), k);
  for (const k of jakarta) assert.not.ok(beijing.includes(k), k);
  for (const f of findings) {
    const docsIn = new Set(f.values.map((v) => v.source));
    if (f.subject.event && events.find((e) => e.key === f.subject.event)?.participants.includes('wang-yi'))
      assert.not.ok([F000, F003, F004].filter((d) => docsIn.has(d)).length > 1 && docsIn.has(F003), f.id);
  }
});

test("Wang Yi's titles of 2023 and 2024 raise no contradiction", () => {
  for (const f of findings) if (f.subject.claimKind === 'role') assert.not.equal(f.verdict, 'contradiction', f.message);
  const titles = claims.filter((c) => c.kind === 'role' && (c.value as RoleValue).person === 'wang-yi');
  for (const doc of [F001, F003]) {
    const t = titles.filter((c) => c.doc === doc);
    assert.ok(t.length > 0, `a title of Wang Yi in ${doc}`);
  }
  assert.ok(titles.filter((c) => c.doc === F001).every((c) => (c.value as RoleValue).asOf === null || (c.value as RoleValue).asOf!.startsWith('2023')));
});

test('the first-since claims of 000 and 004 corroborate each other', () => {
  const fs000 = of(F000, 'first-since')[0]!;
  const fs004 = of(F004, 'first-since')[0]!;
  assert.equal((fs000.value as FirstSinceValue).reference, ['2018-10', '2018-10']);
  assert.match(fs004.evidence.text, /en cinq ans/);
  const f = findings.find((x) => x.rule === 'first-since' && x.values.some((v) => v.claim === fs000.id) && x.values.some((v) => v.claim === fs004.id));
  assert.ok(f, 'a first-since finding with both');
  assert.is(f!.verdict, 'corroboration');
});

test('extraction: the three Qin Gang durations and the ~3 h Wang Yi talks', () => {
  const hours = (doc: string) => of(doc, 'duration').map((c) => [(c.value as DurationValue).amount / 3600, c.hedge?.kind ?? null]);
  assert.ok(hours(F000).some(([h, k]) => h === 7.5 && k === null));
  assert.ok(hours(F001).some(([h, k]) => h === 5 && k === 'more'));
  assert.ok(hours(F002).some(([h, k]) => h === 6 && k === 'nearly'));
  assert.ok(hours(F002).some(([h, k]) => h === 3 && k === 'approx'));
});

test("extraction: Matthew Miller's quotes have Miller as speaker", () => {
  for (const doc of [F001, F003]) {
    const miller = of(doc, 'quote').filter((c) => (c.value as QuoteValue).speaker === 'matthew-miller');
    assert.ok(miller.length > 0, doc);
  }
  assert.ok(of(F001, 'quote').some((c) => (c.value as QuoteValue).text.startsWith('franc, sérieux et constructif') && (c.value as QuoteValue).speaker === 'matthew-miller'));
});

test('extraction: the Munich meeting dated 16 February 2024 and placed in Munich', () => {
  const m = of(F003, 'meeting').find((c) => {
    const v = c.value as MeetingValue;
    return v.participants.includes('wang-yi') && v.participants.includes('antony-blinken');
  });
  assert.ok(m);
  assert.is((m!.value as MeetingValue).date, '2024-02-16');
  assert.is((m!.value as MeetingValue).place, 'munich');
});

test('quotes are compared only within one event', () => {
  for (const f of findings.filter((x) => x.subject.claimKind === 'quote')) {
    // Quotes of an article that names no event may join; two known events never meet.
    const evs = new Set(f.values.map((v) => claims.find((c) => c.id === v.claim)!.subject.event).filter((e) => e !== null));
    assert.ok(evs.size <= 1, f.id);
  }
});

test('the report is deterministic', async () => {
  const again = await check({ paths: [packagePath('sources')], rules: packagePath('rules'), cwd: packagePath() });
  assert.is(JSON.stringify(again.report), JSON.stringify(report));
});

test.run();
