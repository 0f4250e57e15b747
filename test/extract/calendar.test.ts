import { test } from 'uvu';
import * as assert from 'uvu/assert';
import {
  addDays, addMonths, addYears, compareIso, dateRange, minuteRange, parsePartialIso, rangesOverlap, resolveWeekday,
  weekdayOf, weekOf, withTime,
} from '../../src/extract/calendar.ts';

test('parsePartialIso: every precision, bare times, rejects', () => {
  assert.equal(parsePartialIso('2023')?.precision, 'year');
  assert.equal(parsePartialIso('2023-06')?.month, 6);
  assert.equal(parsePartialIso('2023-06-19')?.day, 19);
  const m = parsePartialIso('2023-06-19T05:19');
  assert.equal([m?.hour, m?.minute, m?.precision], [5, 19, 'minute']);
  assert.equal(parsePartialIso('2023-06-19T05:19:33Z')?.minute, 19);
  assert.equal(parsePartialIso('T20:00')?.precision, 'time');
  for (const bad of ['', '2023-13', '2023-02-30', '2023-06-19T25:00', '19/06/2023', 'T25:00', null]) {
    assert.is(parsePartialIso(bad), null, String(bad));
  }
});

test('dateRange: first and last day of partial dates', () => {
  assert.equal(dateRange('2023'), ['2023-01-01', '2023-12-31']);
  assert.equal(dateRange('2024-02'), ['2024-02-01', '2024-02-29']);
  assert.equal(dateRange('2023-06-19T20:00'), ['2023-06-19', '2023-06-19']);
  assert.is(dateRange('T20:00'), null);
});

test('rangesOverlap and minuteRange', () => {
  assert.ok(rangesOverlap('2023-06', '2023-06-18'));
  assert.ok(!rangesOverlap('2023-05', '2023-06-18'));
  assert.ok(rangesOverlap(['2023-06-18', '2023-06-19'], '2023-06-19T08:00'));
  assert.ok(!rangesOverlap('2023-06-18T20:00', '2023-06-18T21:00'));
  assert.ok(rangesOverlap(['2018', '2021'], '2020-03'));
  assert.ok(!rangesOverlap('T20:00', '2023-06-18'));
  const [a, b] = minuteRange('2023-06-18')!;
  assert.is(b - a, 1440);
  const [c, d] = minuteRange('2023-06-18T18:00', '2023-06-18T23:59')!;
  assert.is(d - c, 360);
  assert.ok(compareIso('2023-06', '2023-06-18') < 0);
  assert.ok(compareIso('2023-06-19', '2023-06-18') > 0);
});

test('weekdayOf: 0 = Sunday', () => {
  assert.is(weekdayOf('2023-06-18'), 0);
  assert.is(weekdayOf('2023-06-19'), 1);
  assert.is(weekdayOf('2024-12-14'), 6);
  assert.is(weekdayOf('2000-02-29'), 2);
});

test('resolveWeekday: news is past-biased; same weekday = same day', () => {
  const monday = '2023-06-19';
  assert.is(resolveWeekday(0, monday), '2023-06-18'); // dimanche
  assert.is(resolveWeekday(6, monday), '2023-06-17'); // samedi, across the weekend
  assert.is(resolveWeekday(1, monday), '2023-06-19'); // lundi = the same day
  assert.is(resolveWeekday(2, monday), '2023-06-13'); // mardi = last week
  assert.is(resolveWeekday(0, '2023-06-18'), '2023-06-18'); // published Sunday: "dimanche" = that day
  assert.is(resolveWeekday(1, monday, 'past'), '2023-06-12'); // lundi dernier
  assert.is(resolveWeekday(1, monday, 'future'), '2023-06-26'); // lundi prochain
  assert.is(resolveWeekday(3, monday, 'future-inclusive'), '2023-06-21');
  assert.is(resolveWeekday(0, '2023-06-16', 'nearest'), '2023-06-18'); // "ce dimanche" in a Friday paper
  assert.is(resolveWeekday(0, monday, 'nearest'), '2023-06-18');
  assert.is(resolveWeekday(5, '2024-01-01'), '2023-12-29'); // across a year
});

test('add days/months/years, clamping and leap years', () => {
  assert.is(addDays('2023-12-31', 1), '2024-01-01');
  assert.is(addDays('2024-03-01', -1), '2024-02-29');
  assert.is(addMonths('2023-01-31', 1), '2023-02-28');
  assert.is(addMonths('2023-06', -6), '2022-12');
  assert.is(addMonths('2023', 12), '2024');
  assert.is(addYears('2024-02-29', 1), '2025-02-28');
  assert.is(addYears('2023-06-19', -5), '2018-06-19');
  assert.equal(weekOf('2023-06-14'), ['2023-06-12', '2023-06-18']);
  assert.is(withTime('2023-06-18', 8, 5), '2023-06-18T08:05');
  assert.is(withTime(null, 20, 0), 'T20:00');
});

test('does not depend on the process time zone', () => {
  const saved = process.env.TZ;
  process.env.TZ = 'Pacific/Kiritimati';
  try {
    assert.is(weekdayOf('2023-06-18'), 0);
    assert.is(resolveWeekday(6, '2023-06-19'), '2023-06-17');
    assert.is(addDays('2023-03-26', 1), '2023-03-27');
  } finally {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  }
});

test.run();
