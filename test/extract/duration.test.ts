// Durations: French and English phrasings, hedges, and what must not be read as a duration.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { ExtractContext } from '../../src/extract/context.ts';
import { extractDurations } from '../../src/extract/duration.ts';
import { splitSentences } from '../../src/extract/sentences.ts';
import type { DurationValue, Lang } from '../../src/types.ts';

function ctx(text: string, lang: Lang): ExtractContext {
  const doc = {
    id: 't', path: 't', title: null, outlet: null, url: null, lang, langSource: 'metadata' as const,
    published: { value: null, source: null }, original: text, text, offsets: null, removed: [],
  };
  return { doc, text, sentences: splitSentences(text), mentions: [] };
}

const H = 3600;
// [sentence, lang, evidence text, seconds, written unit, hedge kind or null]
const CASES: [string, Lang, string, number, string, string | null][] = [
  ['Il a été reçu pendant sept heures et demie par son homologue.', 'fr', 'sept heures et demie', 7.5 * H, 'hour', null],
  ['Les négociations ont duré plus de cinq heures.', 'fr', 'plus de cinq heures', 5 * H, 'hour', 'more'],
  ['Ils se sont entretenus pendant près de six heures.', 'fr', 'près de six heures', 6 * H, 'hour', 'nearly'],
  ['Il a rencontré Wang Yi pendant environ trois heures.', 'fr', 'environ trois heures', 3 * H, 'hour', 'approx'],
  ['Ils ont parlé près de cinq heures et demie le premier jour.', 'fr', 'près de cinq heures et demie', 5.5 * H, 'hour', 'nearly'],
  ['La réunion a duré une heure environ.', 'fr', 'une heure environ', H, 'hour', 'approx'],
  ["Une rencontre longue d'environ une heure.", 'fr', "environ une heure", H, 'hour', 'approx'],
  ['Il poursuit sa mission de deux jours en Chine.', 'fr', 'deux jours', 2 * 86400, 'day', null],
  ['Une visite de deux jours à Pékin.', 'fr', 'deux jours', 2 * 86400, 'day', null],
  ['Le chantier a duré trois semaines.', 'fr', 'trois semaines', 3 * 604800, 'week', null],
  ['Les discussions ont duré 7 h 30.', 'fr', '7 h 30', 7.5 * H, 'hour', null],
  ['Une réunion de trois quarts d’heure.', 'fr', 'trois quarts d’heure', 0.75 * H, 'hour', null],
  ['Ils ont parlé pendant une demi-heure.', 'fr', 'une demi-heure', 0.5 * H, 'hour', null],
  ['La séance a duré une heure et demie.', 'fr', 'une heure et demie', 1.5 * H, 'hour', null],
  ['Le match a duré 90 minutes.', 'fr', '90 minutes', 90 * 60, 'minute', null],
  ['Il a passé cinq ans en prison.', 'fr', 'cinq ans', 5 * 31557600, 'year', null],
  ['Il a été condamné à une peine de deux ans de prison.', 'fr', 'deux ans', 2 * 31557600, 'year', null],
  ['Blinken held talks for more than five hours with Qin.', 'en', 'more than five hours', 5 * H, 'hour', 'more'],
  ['After nearly six hours of talks, they had dinner.', 'en', 'nearly six hours', 6 * H, 'hour', 'nearly'],
  ['The talks lasted 7-1/2 hours.', 'en', '7-1/2 hours', 7.5 * H, 'hour', null],
  ['The meeting lasted 7 1/2 hours — much longer than planned.', 'en', '7 1/2 hours', 7.5 * H, 'hour', null],
  ['They talked for seven and a half hours.', 'en', 'seven and a half hours', 7.5 * H, 'hour', null],
  ['The 30-minute meeting ended at noon.', 'en', '30-minute', 30 * 60, 'minute', null],
  ['He met Xi for 35 minutes on Monday.', 'en', '35 minutes', 35 * 60, 'minute', null],
  ['It lasted about an hour.', 'en', 'about an hour', H, 'hour', 'approx'],
  ['They spoke for half an hour.', 'en', 'half an hour', 0.5 * H, 'hour', null],
  ['They spoke for an hour and a half.', 'en', 'an hour and a half', 1.5 * H, 'hour', null],
  ['The conversation lasted over seven hours.', 'en', 'over seven hours', 7 * H, 'hour', 'more'],
  ['A two-day trip to Beijing.', 'en', 'two-day', 2 * 86400, 'day', null],
  ['The talks lasted 5 hours or more.', 'en', '5 hours or more', 5 * H, 'hour', 'at-least'],
  ['Les discussions ont duré entre deux et trois heures.', 'fr', 'entre deux et trois heures', 2.5 * H, 'hour', 'range'],
  ['Une dizaine de jours de grève.', 'fr', 'Une dizaine de jours', 10 * 86400, 'day', 'approx-noun'],
];

for (const [sentence, lang, evidence, seconds, written, hedge] of CASES) {
  test(`${lang}: ${sentence}`, () => {
    const c = ctx(sentence, lang);
    const got = extractDurations(c);
    assert.is(got.length, 1, JSON.stringify(got.map((d) => sentence.slice(d.start, d.end))));
    const d = got[0]!;
    assert.is(sentence.slice(d.start, d.end), evidence);
    const v = d.value as DurationValue;
    assert.ok(Math.abs(v.amount - seconds) < 1e-6, `amount ${v.amount}`);
    assert.is(v.unit, 'second');
    assert.is(v.written, written);
    assert.is(d.hedge?.kind ?? null, hedge);
    assert.ok(d.interval);
    assert.ok(d.confidence > 0 && d.confidence <= 1);
    assert.is(d.attribution, undefined);
    assert.is(d.entities, undefined);
  });
}

const NEGATIVES: [string, Lang][] = [
  ['Le rendez-vous est fixé à 7 h 30 devant la mairie.', 'fr'],
  ['Le rendez-vous est fixé à sept heures et demie.', 'fr'],
  ['Il est arrivé vers 22h à Pékin.', 'fr'],
  ['La réunion commence à 20:00.', 'fr'],
  ['Le dîner a eu lieu à 19 heures.', 'fr'],
  ['They met at 8 pm in the hotel.', 'en'],
  ['Le suspect, âgé de 45 ans, a été interpellé.', 'fr'],
  ['Jean Dupont, 45 ans, a été interpellé.', 'fr'],
  ['A 45-year-old man was arrested.', 'en'],
  ['Il a quitté le poste il y a six mois.', 'fr'],
  ['He left the post six months ago.', 'en'],
  ['La première visite en cinq ans.', 'fr'],
  ['The first visit in five years.', 'en'],
  ['Il vit à Paris depuis deux ans.', 'fr'],
  ['La première visite depuis près de cinq ans.', 'fr'],
  ['Une visite est prévue dans les mois à venir.', 'fr'],
  ['Les morts doivent être enterrés dans les 24 heures.', 'fr'],
  ['Deux jours plus tard, il est reparti.', 'fr'],
  ['Il est reparti le 9e jour.', 'fr'],
  ['Il a eu une idée un jour.', 'fr'],
  ['Temps de lecture : 9 min', 'fr'],
  ['Il y a eu 14 morts.', 'fr'],
];
for (const [sentence, lang] of NEGATIVES) {
  test(`not a duration: ${sentence}`, () => {
    const got = extractDurations(ctx(sentence, lang));
    assert.equal(got.map((d) => sentence.slice(d.start, d.end)), []);
  });
}

test('offsets point into the whole text, sentence after sentence', () => {
  const text = 'Premier paragraphe sans chiffre.\n\nLes négociations ont duré plus de cinq heures. Puis trois heures de dîner.';
  const got = extractDurations(ctx(text, 'fr'));
  assert.equal(got.map((d) => text.slice(d.start, d.end)), ['plus de cinq heures', 'trois heures']);
});

test('intervals: "plus de cinq heures" vs "sept heures et demie"', () => {
  const [a] = extractDurations(ctx('Les négociations ont duré plus de cinq heures.', 'fr'));
  const [b] = extractDurations(ctx('Il a été reçu pendant sept heures et demie.', 'fr'));
  assert.equal(a!.interval!.strict, [5 * H, null]);
  assert.equal(b!.interval!.strict, [7.5 * H, 7.5 * H]);
  assert.equal(b!.interval!.pragmatic, [7.25 * H, 7.75 * H]);
});

test.run();
