// Table tests for the `date` kind: days at the granularity both give, weekdays, clock times with zones.
import { test } from 'uvu';
import { claim } from '../helpers/claims.ts';
import { runCase, type KindCase } from '../helpers/kind-tester.ts';
import type { DateValue } from '../../src/types.ts';

const day = (doc: string, text: string, v: Partial<DateValue>, hedge?: string) =>
  claim({ doc, kind: 'date', text, value: { iso: null, granularity: 'day', relative: false, weekday: null, tz: null, ...v } as DateValue, ...(hedge ? { hedge } : {}) });

const cases: KindCase[] = [
  {
    name: '"dimanche 18 juin" against "lundi 18 juin" is a contradiction',
    claims: [day('a.txt', 'dimanche 18 juin', { iso: '2023-06-18', weekday: 'dimanche' }), day('b.txt', 'lundi 18 juin', { iso: '2023-06-18', weekday: 'lundi' })],
    verdicts: ['contradiction'],
  },
  {
    name: '"en juin" against "le 18 juin" is compatible',
    claims: [day('a.txt', 'en juin', { iso: '2023-06', granularity: 'month' }), day('b.txt', 'le 18 juin', { iso: '2023-06-18' })],
    verdicts: ['corroboration'],
  },
  {
    name: 'a bare weekday agrees with the date it falls on, in another language',
    claims: [day('a.txt', 'Sunday', { weekday: 'sunday' }), day('b.txt', 'dimanche 18 juin', { iso: '2023-06-18', weekday: 'dimanche' })],
    verdicts: ['corroboration'],
  },
  {
    name: 'two different days for one event',
    claims: [day('a.txt', 'le 16 février', { iso: '2024-02-16' }), day('b.txt', 'le 17 février', { iso: '2024-02-17' })],
    verdicts: ['contradiction'],
  },
  {
    name: '20:00 local (UTC+8) and 12:00 GMT are the same moment',
    claims: [
      day('a.txt', '20:00 (UTC+8)', { iso: '2023-06-18T20:00', granularity: 'minute', tz: 'UTC+8' }),
      day('b.txt', '12:00 GMT', { iso: '2023-06-18T12:00', granularity: 'minute', tz: 'GMT' }),
    ],
    verdicts: ['corroboration'],
  },
  {
    name: '20:00 (UTC+8) and 9:00 GMT are not',
    claims: [
      day('a.txt', '20:00 (UTC+8)', { iso: '2023-06-18T20:00', granularity: 'minute', tz: 'UTC+8' }),
      day('b.txt', '9:00 GMT', { iso: '2023-06-18T09:00', granularity: 'minute', tz: 'GMT' }),
    ],
    verdicts: ['divergence'],
  },
  {
    name: '"vers 20 h" and "20 h 15" in local time agree',
    claims: [
      day('a.txt', 'vers 20 h', { iso: '2023-06-18T20:00', granularity: 'hour', tz: 'local' }, 'approx'),
      day('b.txt', '20 h 15', { iso: '2023-06-18T20:15', granularity: 'minute', tz: 'local' }),
    ],
    verdicts: ['corroboration'],
  },
  {
    name: 'a time in a stated zone against an unzoned one is not compared',
    claims: [
      day('a.txt', '9:00 GMT', { iso: '2023-06-18T09:00', granularity: 'minute', tz: 'GMT' }),
      day('b.txt', 'à 20 h', { iso: '2023-06-18T20:00', granularity: 'hour', tz: null }),
    ],
    verdicts: [],
  },
  {
    name: 'dates of claims outside any event are not compared',
    claims: [day('a.txt', 'le 1er mai', { iso: '2023-05-01' }), day('b.txt', 'le 2 mai', { iso: '2023-05-02' })].map((c) => ({ ...c, subject: { entities: [], event: null } })),
    verdicts: [],
  },
  {
    name: 'days written without a year still compare by month and day',
    claims: [day('a.txt', 'le 7 mars', { monthDay: '03-07' }), day('b.txt', 'le 8 mars', { monthDay: '03-08' })],
    verdicts: ['contradiction'],
  },
  {
    name: 'a day without a year agrees with the resolved day it names',
    claims: [day('a.txt', 'le 7 mars', { monthDay: '03-07' }), day('b.txt', 'mardi 7 mars 2023', { iso: '2023-03-07', weekday: 'mardi' })],
    verdicts: ['corroboration'],
  },
];

for (const c of cases) test(c.name, () => void runCase('date', ['date'], c));

test.run();
