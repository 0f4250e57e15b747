import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { ExtractContext } from '../../src/extract/context.ts';
import { extractDates, findDateMentions, resolvePublished } from '../../src/extract/date.ts';
import { contextOf } from '../helpers/context.ts';
import type { Lang } from '../../src/types.ts';

function ctx(text: string, published: string | null = '2023-06-19', lang: Lang = 'fr'): ExtractContext {
  return contextOf(text, { published, lang });
}

const mentions = (text: string, pub: string | null = '2023-06-19', lang: Lang = 'fr') => findDateMentions(ctx(text, pub, lang));

interface Case {
  text: string;
  pub?: string | null;
  lang?: Lang;
  /** The evidence span expected, exactly. */
  span: string;
  iso: string | null;
  isoEnd?: string | null;
  gran?: string;
  weekday?: string | null;
  relative?: boolean;
  tz?: string | null;
  hedge?: string | null;
}

function check(c: Case): void {
  const found = mentions(c.text, c.pub === undefined ? '2023-06-19' : c.pub, c.lang ?? 'fr');
  const m = found.find((x) => x.text === c.span);
  assert.ok(m, `${c.text}: no mention "${c.span}" in ${JSON.stringify(found.map((x) => x.text))}`);
  const v = m!.value;
  const label = `${c.text} → ${c.span}`;
  assert.is(v.iso, c.iso, `${label}: iso`);
  if (c.isoEnd !== undefined) assert.is(v.isoEnd, c.isoEnd, `${label}: isoEnd`);
  if (c.gran) assert.is(v.granularity, c.gran, `${label}: granularity`);
  if (c.weekday !== undefined) assert.is(v.weekday ?? null, c.weekday, `${label}: weekday`);
  if (c.relative !== undefined) assert.is(v.relative, c.relative, `${label}: relative`);
  if (c.tz !== undefined) assert.is(v.tz ?? null, c.tz, `${label}: tz`);
  if (c.hedge !== undefined) assert.is(m!.hedge?.kind ?? null, c.hedge, `${label}: hedge`);
}

const table = (name: string, cases: Case[]) => test(name, () => cases.forEach(check));

table('absolute dates, French and English', [
  { text: 'Ils se sont vus le 16 février 2024 à Munich.', span: 'le 16 février 2024', iso: '2024-02-16', gran: 'day', relative: false },
  { text: 'Arrivé le 18 juin, il est reparti.', span: 'le 18 juin', iso: '2023-06-18' },
  { text: 'Le sommet du 18 décembre a échoué.', span: 'du 18 décembre', iso: '2022-12-18' }, // > 2 months after publication
  { text: 'Le sommet du 2 août sera décisif.', span: 'du 2 août', iso: '2023-08-02' }, // within ~2 months: same year
  { text: 'Il est arrivé samedi 17 juin à Pékin.', span: 'samedi 17 juin', iso: '2023-06-17', weekday: 'samedi', relative: false },
  { text: 'Il a été reçu dimanche 18 juin.', span: 'dimanche 18 juin', iso: '2023-06-18', weekday: 'dimanche' },
  { text: 'Il a été reçu lundi 18 juin.', span: 'lundi 18 juin', iso: '2023-06-18', weekday: 'lundi' }, // wrong weekday kept
  { text: 'Le 1er juillet 2023, tout change.', span: 'Le 1er juillet 2023', iso: '2023-07-01' },
  { text: 'Il est arrivé le premier juin.', span: 'le premier juin', iso: '2023-06-01' },
  { text: 'He landed on June 18, 2023, in Beijing.', lang: 'en', span: 'on June 18, 2023', iso: '2023-06-18' },
  { text: 'He landed on 18 June 2023.', lang: 'en', span: 'on 18 June 2023', iso: '2023-06-18' },
  { text: 'Posted Feb. 16, 2024 by staff.', lang: 'en', span: 'Feb. 16, 2024', iso: '2024-02-16' },
  { text: 'Sunday, June 18, the talks began.', lang: 'en', span: 'Sunday, June 18', iso: '2023-06-18', weekday: 'sunday' },
  { text: 'Publié le 16/02/2024 à midi.', span: 'le 16/02/2024 à midi', iso: '2024-02-16T12:00', gran: 'hour' },
  { text: 'Posted 02/16/2024.', lang: 'en', span: '02/16/2024', iso: '2024-02-16' },
  { text: 'Mis à jour 2023-06-19 à 10h30.', span: '2023-06-19 à 10h30', iso: '2023-06-19T10:30', gran: 'minute' },
  { text: 'Le voyage en octobre 2018 de Mike Pompeo.', span: 'en octobre 2018', iso: '2018-10', gran: 'month' },
  { text: "Le cyclone Kamisy d'avril 1984.", span: "d'avril 1984", iso: '1984-04', gran: 'month' },
  { text: 'Octobre 2018 fut tendu.', span: 'Octobre 2018', iso: '2018-10' },
  { text: 'Ils se sont vus en novembre à Bali.', span: 'en novembre', iso: '2022-11', gran: 'month' },
  { text: 'They met in November in Bali.', lang: 'en', span: 'in November', iso: '2022-11' },
  { text: 'Il a été élu en 2018.', span: 'en 2018', iso: '2018', gran: 'year' },
  { text: 'Biden took office in 2021.', lang: 'en', span: 'in 2021', iso: '2021', gran: 'year' },
  { text: 'Le plus violent depuis 1934.', span: 'depuis 1934', iso: '1934', hedge: 'at-least' },
  { text: 'Les prix montent à la mi-juin.', span: 'à la mi-juin', iso: '2023-06-11', isoEnd: '2023-06-20' },
  { text: 'Rendez-vous début juillet.', span: 'début juillet', iso: '2023-07-01', isoEnd: '2023-07-10' },
  { text: 'La loi entrera en vigueur fin 2023.', span: 'fin 2023', iso: '2023-09', isoEnd: '2023-12', gran: 'month' },
  { text: 'The trip was set for early July.', lang: 'en', span: 'early July', iso: '2023-07-01', isoEnd: '2023-07-10' },
  { text: 'It was delayed to the end of February.', lang: 'en', span: 'to the end of February', iso: '2023-02-21', isoEnd: '2023-02-28' },
  { text: 'Dans les années 1980, la ville a grandi.', span: 'les années 1980', iso: '1980', isoEnd: '1989' },
]);

table('times of day, hedges and time zones', [
  { text: "L'explosion a eu lieu à 23h11.", span: 'à 23h11', iso: 'T23:11', gran: 'minute', hedge: null },
  { text: 'La réunion a commencé à 23 h 11.', span: 'à 23 h 11', iso: 'T23:11' },
  { text: 'Les discussions ont fini vers 22h.', span: 'vers 22h', iso: 'T22:00', gran: 'hour', hedge: 'approx' },
  { text: 'Talks ended at 8 pm.', lang: 'en', span: 'at 8 pm', iso: 'T20:00', gran: 'hour' },
  { text: 'The talks concluded this Sunday after 8 pm (local time) after hours.', lang: 'en', span: 'this Sunday after 8 pm (local time)', iso: '2023-06-18T20:00', weekday: 'sunday', tz: 'local', hedge: 'more' },
  { text: 'The meeting ended around 20:00 (local time, 9:00 GMT).', lang: 'en', span: 'around 20:00 (local time', iso: 'T20:00', tz: 'local', hedge: 'approx' },
  { text: 'The meeting ended around 20:00 (local time, 9:00 GMT).', lang: 'en', span: '9:00 GMT', iso: 'T09:00', tz: 'GMT' },
  { text: 'Le cortège partira à 14 heures.', span: 'à 14 heures', iso: 'T14:00', gran: 'hour' },
  { text: 'Rendez-vous à 8 heures du soir.', span: 'à 8 heures du soir', iso: 'T20:00' },
  { text: 'Rendez-vous vers onze heures et demie.', span: 'vers onze heures et demie', iso: 'T11:30', hedge: 'approx' },
  { text: 'Xi met Blinken on Monday at 4:30 p.m. native time.', lang: 'en', span: 'on Monday at 4:30 p.m. native time', iso: '2023-06-19T16:30', tz: 'local' },
  { text: 'Le vol décolle à 10:30 UTC+8 demain.', span: 'à 10:30 UTC+8', iso: 'T10:30', tz: 'UTC+8' },
  { text: 'Début des épreuves à 18h, heure de Paris.', span: 'à 18h, heure de Paris', iso: 'T18:00', tz: 'Europe/Paris' },
  { text: 'Début à 9h heure locale.', span: 'à 9h heure locale', iso: 'T09:00', tz: 'local' },
  { text: 'Il a été reçu dimanche à 20h.', span: 'dimanche à 20h', iso: '2023-06-18T20:00', weekday: 'dimanche', gran: 'hour' },
  { text: 'Il a été reçu à 20h dimanche.', span: 'à 20h dimanche', iso: '2023-06-18T20:00', weekday: 'dimanche' },
  { text: 'La grève durera de 14h à 16h.', span: 'de 14h à 16h', iso: 'T14:00', isoEnd: 'T16:00' },
  { text: 'Le couvre-feu commence à minuit.', span: 'à minuit', iso: 'T00:00' },
]);

table('relative dates against a Monday publication (2023-06-19)', [
  { text: 'Il a été reçu dimanche par Qin Gang.', span: 'dimanche', iso: '2023-06-18', weekday: 'dimanche', relative: true, gran: 'day' },
  { text: 'Il est arrivé samedi à Pékin.', span: 'samedi', iso: '2023-06-17' }, // across the weekend
  { text: 'Il rencontre lundi Wang Yi.', span: 'lundi', iso: '2023-06-19' }, // same weekday = same day
  { text: 'Il a débuté lundi matin un entretien.', span: 'lundi matin', iso: '2023-06-19T06:00', isoEnd: '2023-06-19T11:59', gran: 'part-of-day' },
  { text: 'Ils se sont vus samedi soir à Munich.', span: 'samedi soir', iso: '2023-06-17T18:00', isoEnd: '2023-06-17T23:59', weekday: 'samedi' },
  // The night between two days is neither: it runs from the first evening to the next morning, without a weekday.
  { text: 'Le séisme a frappé dans la nuit de dimanche à lundi.', span: 'nuit de dimanche à lundi', iso: '2023-06-18T21:00', isoEnd: '2023-06-19T05:59', gran: 'part-of-day', weekday: null },
  { text: 'The quake struck on the night of Sunday to Monday.', lang: 'en', span: 'night of Sunday to Monday', iso: '2023-06-18T21:00', isoEnd: '2023-06-19T05:59', weekday: null },
  { text: 'Il est arrivé dans la nuit de samedi.', span: 'samedi', iso: '2023-06-17', weekday: 'samedi' },
  { text: 'Il est arrivé jeudi.', span: 'jeudi', iso: '2023-06-15' },
  { text: 'Il revient lundi prochain.', span: 'lundi prochain', iso: '2023-06-26' },
  { text: 'He comes back next Monday.', lang: 'en', span: 'next Monday', iso: '2023-06-26' },
  { text: 'Il était là lundi dernier.', span: 'lundi dernier', iso: '2023-06-12' },
  { text: 'Blinken arrived on Sunday.', lang: 'en', span: 'on Sunday', iso: '2023-06-18', weekday: 'sunday' },
  { text: 'Monday, he met Xi.', lang: 'en', span: 'Monday', iso: '2023-06-19' },
  { text: 'Talks concluded this Sunday.', lang: 'en', span: 'this Sunday', iso: '2023-06-18' },
  { text: 'Hier, il a plu.', span: 'Hier', iso: '2023-06-18', relative: true },
  { text: "Aujourd'hui, il pleut.", span: "Aujourd'hui", iso: '2023-06-19' },
  { text: 'Yesterday he left.', lang: 'en', span: 'Yesterday', iso: '2023-06-18' },
  { text: 'Il est parti hier soir.', span: 'hier soir', iso: '2023-06-18T18:00', gran: 'part-of-day' },
  { text: 'Le sommet a eu lieu le 18 juin. La veille, il avait plu.', span: 'La veille', iso: '2023-06-17' },
  { text: 'Le sommet a eu lieu le 18 juin. Le lendemain, il a plu.', span: 'Le lendemain', iso: '2023-06-19' },
  { text: "L'entretien la semaine passée à Pékin.", span: 'la semaine passée', iso: '2023-06-12', isoEnd: '2023-06-18', gran: 'week' },
  { text: 'Last week, markets fell.', lang: 'en', span: 'Last week', iso: '2023-06-12', gran: 'week' },
  { text: 'Un premier report il y a six mois.', span: 'il y a six mois', iso: '2022-12', gran: 'month', relative: true },
  { text: 'A first delay six months ago.', lang: 'en', span: 'six months ago', iso: '2022-12' },
  { text: "Il y a plus de deux ans, tout a changé.", span: 'Il y a plus de deux ans', iso: '2021', hedge: 'more' },
  { text: "L'an dernier, la Chine a manœuvré.", span: "L'an dernier", iso: '2022', gran: 'year' },
  { text: 'Last year China held drills.', lang: 'en', span: 'Last year', iso: '2022' },
  { text: 'Cette année, tout change.', span: 'Cette année', iso: '2023' },
  { text: 'Le sommet de novembre dernier.', span: 'de novembre dernier', iso: '2022-11', relative: true },
  { text: 'Le sommet de juin dernier.', span: 'de juin dernier', iso: '2022-06' },
  { text: 'Le sommet de juin prochain.', span: 'de juin prochain', iso: '2024-06' },
  { text: 'Le ministre, ce mardi 7 mars, a parlé.', pub: '2023-03-07', span: 'ce mardi 7 mars', iso: '2023-03-07', weekday: 'mardi' },
]);

table('publication day matters: Sunday paper, month-only, unknown', [
  { text: 'Il a été reçu dimanche.', pub: '2023-06-18', span: 'dimanche', iso: '2023-06-18' },
  { text: 'Il a été reçu samedi.', pub: '2023-06-18', span: 'samedi', iso: '2023-06-17' },
  { text: 'Il a été reçu dimanche.', pub: '2023-06', span: 'dimanche', iso: null, weekday: 'dimanche', relative: true },
  { text: 'Il a été reçu dimanche 18 juin, puis lundi matin.', pub: '2023-06', span: 'lundi matin', iso: '2023-06-19', weekday: 'lundi' },
  { text: 'Ce mardi 7 mars, grève.\n\nLa mobilisation de mardi est forte.', pub: '2023-03', span: 'mardi', iso: '2023-03-07' },
  { text: 'Il a été reçu dimanche.', pub: null, span: 'dimanche', iso: null, relative: true },
  { text: 'Il est arrivé le 18 juin.', pub: null, span: 'le 18 juin', iso: null },
  { text: 'Hier, il a plu.', pub: null, span: 'Hier', iso: null, relative: true },
  { text: 'Il est arrivé le 18 juin 2023.', pub: null, span: 'le 18 juin 2023', iso: '2023-06-18' },
  { text: 'Ils se sont vus en novembre.', pub: '2023', span: 'en novembre', iso: '2023-11' },
]);

table('ranges and lists', [
  { text: 'La visite du 18 au 19 juin.', span: 'du 18 au 19 juin', iso: '2023-06-18', isoEnd: '2023-06-19' },
  { text: 'La visite 18-19 juin.', span: '18-19 juin', iso: '2023-06-18', isoEnd: '2023-06-19' },
  { text: 'The visit, June 18-19.', lang: 'en', span: 'June 18-19', iso: '2023-06-18', isoEnd: '2023-06-19' },
  { text: 'Il a gouverné entre 2018 et 2021.', span: 'entre 2018 et 2021', iso: '2018', isoEnd: '2021' },
  { text: 'Le mandat 2018-2021 fut calme.', span: '2018-2021', iso: '2018', isoEnd: '2021' },
  { text: 'Le festival du 28 décembre au 2 janvier 2024.', span: 'du 28 décembre au 2 janvier 2024', iso: '2023-12-28', isoEnd: '2024-01-02' },
]);

test('lists give one claim per day', () => {
  const m = mentions('Deux nouvelles journées de mobilisation les 11 et 15 mars.', '2023-03-07');
  assert.equal(m.map((x) => x.value.iso), ['2023-03-11', '2023-03-15']);
  assert.ok(m.every((x) => x.text === 'les 11 et 15 mars'));
});

const NEGATIVES: [string, Lang][] = [
  ['Les tensions en mer de Chine méridionale.', 'fr'],
  ['La mer est calme, mer agitée.', 'fr'],
  ['Le PIB a doublé en cinq ans.', 'fr'],
  ["Une grève de deux jours et une visite de deux jours.", 'fr'],
  ['Il a rencontré Qin Gang pendant sept heures et demie.', 'fr'],
  ['Les négociations ont duré plus de cinq heures.', 'fr'],
  ['Il a parlé pendant environ trois heures.', 'fr'],
  ['Il est à 5 heures de route de Paris.', 'fr'],
  ['Ouvert 24h/24 et 7 jours sur 7.', 'fr'],
  ['Un homme âgé de 45 ans a été arrêté.', 'fr'],
  ['Une foule de 2000 personnes et plus de 2018 morts.', 'fr'],
  ['Au moins 2 946 morts et 1 500 blessés.', 'fr'],
  ['Il y a 90 morts et il y a 12 blessés.', 'fr'],
  ['Voir https://example.com/2023/06/19/article-2018.html et www.site.fr/2021/03.', 'fr'],
  ['Lire aussi americanmilitarynews.com/2023/06/blinken-has-candid-talks', 'en'],
  ['Page 2/10, photo 3/4.', 'fr'],
  ['He held talks for more than five hours and nearly six hours.', 'en'],
  ['The score was 2018 points and 1999 votes.', 'en'],
  ['May I ask? We march on. They may leave in March? no.', 'en'],
  ['The 45-year-old man was 2 years old in the photo.', 'en'],
  ['Ratio 3:2 and 10.5 and 1,234.', 'en'],
];

test('hard negatives: seas, durations, counts, ages, URLs, page counters', () => {
  for (const [text, lang] of NEGATIVES) {
    const m = mentions(text, '2023-06-19', lang).filter((x) => !(lang === 'en' && x.text === 'in March'));
    assert.equal(m.map((x) => x.text), [], text);
  }
});

test('English month names need capitals and context', () => {
  assert.equal(mentions('They may meet. The march was long.', '2023-06-19', 'en'), []);
  assert.equal(mentions('They met in May.', '2023-06-19', 'en').map((x) => x.value.iso), ['2023-05']);
});

test('unknown publication date: never invent', () => {
  const m = mentions('Dimanche, hier, la semaine dernière, il y a six mois, l\'an dernier, en novembre, le 18 juin.', null);
  assert.ok(m.length >= 6);
  for (const x of m) assert.is(x.value.iso, null, x.text);
});

test('unknown publication date: a day without a year keeps its month and day, and nothing more', () => {
  const m = mentions('La manifestation du 7 mars a réuni du monde ; le 31 avril n’existe pas ; le 29 février, si.', null);
  const by = (t: string) => m.find((x) => x.text.includes(t))?.value;
  assert.is(by('7 mars')?.iso, null);
  assert.is(by('7 mars')?.monthDay, '03-07');
  assert.is(by('29 février')?.monthDay, '02-29');
  assert.is(by('31 avril')?.monthDay, undefined);
  // A resolved day carries no monthDay: its iso says it.
  assert.is(mentions('La manifestation du 7 mars.')[0]?.value.monthDay, undefined);
});

test('resolvePublished: partial and invalid dates', () => {
  assert.is(resolvePublished(ctx('', '2023-06-19T05:19').doc), '2023-06-19');
  assert.is(resolvePublished(ctx('', '2023-06').doc), '2023-06');
  assert.is(resolvePublished(ctx('', 'hier').doc), null);
  assert.is(resolvePublished(ctx('', null).doc), null);
});

test('extractDates: claims of kind date with spans into the text', () => {
  const text = 'Blinken a été reçu dimanche par Qin Gang, le 18 juin 2023.';
  const claims = extractDates(ctx(text));
  assert.equal(claims.map((c) => text.slice(c.start, c.end)), ['dimanche', 'le 18 juin 2023']);
  for (const c of claims) {
    assert.is(c.kind, 'date');
    assert.ok(c.confidence > 0 && c.confidence <= 1);
  }
});

test('adversarial text (~200 KB) finishes', () => {
  const parts = [
    '9'.repeat(5000), ' '.repeat(3000), 'juin '.repeat(2000), 'depuis '.repeat(2000), '18 '.repeat(2000),
    'le le le 18 18 juin juin 2023 2023 ', '1/'.repeat(3000), '12:'.repeat(3000), 'à à 1 h h h ',
    'dimanche '.repeat(1000), 'il y a il y a '.repeat(500), 'mi-mi-mi-'.repeat(500), 'http://'.repeat(300),
    '2018-'.repeat(2000), 'du 18 au '.repeat(1000), "l'l'l'".repeat(1000), '\n'.repeat(2000), 'é'.repeat(5000),
  ];
  let text = parts.join(' ');
  while (text.length < 200_000) text += text.slice(0, 50_000);
  const m = mentions(text);
  assert.ok(Array.isArray(m));
});

test.run();
