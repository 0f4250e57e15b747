// Mentions: detection (fr/en, positives and negatives), within-document resolution, titles as anaphors, speed.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { splitSentences } from '../../src/extract/sentences.ts';
import { findMentions, topPeople, foldKey } from '../../src/extract/entities.ts';
import type { ExtractContext } from '../../src/extract/context.ts';
import type { Lang } from '../../src/types.ts';

function ctx(text: string, lang: Lang = 'fr'): Omit<ExtractContext, 'mentions'> {
  const doc = {
    id: 't', path: 't', title: null, outlet: null, url: null, lang, langSource: 'metadata' as const,
    published: { value: '2023-06-19', source: 'metadata' as const }, original: text, text, offsets: null, removed: [],
  };
  return { doc, text, sentences: splitSentences(text) };
}
const keys = (text: string, lang: Lang = 'fr', type?: string) =>
  findMentions(ctx(text, lang)).filter((m) => !type || m.type === type).map((m) => m.key);
const of = (text: string, lang: Lang, surface: string) => findMentions(ctx(text, lang)).find((m) => m.text === surface);

test('foldKey folds case, accents and spaces', () => {
  assert.is(foldKey('Antony Blinken'), 'antony-blinken');
  assert.is(foldKey('François-Noël  Buffet'), 'francois-noel-buffet');
  assert.is(foldKey('Taïwan'), 'taiwan');
});

const positives: [string, Lang, string, string, string][] = [
  ['La ministre Élisabeth Borne a parlé.', 'fr', 'Élisabeth Borne', 'person', 'elisabeth-borne'],
  ['Hier, Recep Tayyip Erdogan a visité la zone.', 'fr', 'Recep Tayyip Erdogan', 'person', 'recep-tayyip-erdogan'],
  ['Elle a salué Ursula von der Leyen à Bruxelles.', 'fr', 'Ursula von der Leyen', 'person', 'ursula-von-der-leyen'],
  ['The quake struck near Kathmandu, officials said.', 'en', 'Kathmandu', 'place', 'kathmandu'],
  ['Les secours sont arrivés à Antakya dans la nuit.', 'fr', 'Antakya', 'place', 'antakya'],
  ['La CGT et la CFDT appellent à manifester.', 'fr', 'CGT', 'org', 'cgt'],
  ['Selon l\'ONU, la situation empire.', 'fr', 'ONU', 'org', 'un'],
  ['The UN said aid was on its way.', 'en', 'UN', 'org', 'un'],
  ['Le ministère des Affaires étrangères a protesté.', 'fr', 'ministère des Affaires étrangères', 'org', 'foreign-ministry'],
  ['Le ministère chinois des Affaires étrangères a protesté.', 'fr', 'ministère chinois des Affaires étrangères', 'org', 'foreign-ministry'],
  ['The State Department said so.', 'en', 'State Department', 'org', 'us-state-department'],
  ['Il est arrivé à Pékin dimanche.', 'fr', 'Pékin', 'place', 'beijing'],
  ['He arrived in Beijing on Sunday.', 'en', 'Beijing', 'place', 'beijing'],
  ['Taïwan reste au cœur des tensions.', 'fr', 'Taïwan', 'place', 'taiwan'],
  ['Selon Météo-France, les rafales ont atteint 200 km/h.', 'fr', 'Météo-France', 'org', 'meteo-france'],
  ['Il a rencontré Abdel Fattah al-Sissi au Caire.', 'fr', 'Abdel Fattah al-Sissi', 'person', 'abdel-fattah-al-sissi'],
];
for (const [text, lang, surface, type, key] of positives) {
  test(`mention: ${surface}`, () => {
    const m = of(text, lang, surface);
    assert.ok(m, `no mention "${surface}" in ${JSON.stringify(findMentions(ctx(text, lang)).map((x) => x.text))}`);
    assert.is(m!.type, type);
    assert.is(m!.key, key);
  });
}

test('negatives: sentence-initial common words, weekdays, titles are not names', () => {
  const text = 'Les sauveteurs cherchent encore. Lors de la réunion, rien. Cependant, Lundi matin, le Président a parlé. The storm hit. Mais Toutefois rien.';
  const ms = findMentions(ctx(text));
  const surfaces = ms.map((m) => m.text);
  for (const w of ['Les', 'Lors', 'Cependant', 'Lundi', 'The', 'Mais', 'Toutefois', 'Président']) assert.not.ok(surfaces.includes(w), w);
});

test('negatives: storm names and country compounds are not people', () => {
  const text = 'Le cyclone Freddy a frappé le Malawi. Freddy a tout détruit. Les relations sino-américaines et US-China ties.';
  const ms = findMentions(ctx(text));
  assert.not.ok(ms.some((m) => m.key === 'freddy'));
  assert.not.ok(ms.some((m) => m.key === 'us-china'));
});

test('a title opening a sentence before a name is a title, not part of the name ("President Biden met Xi")', () => {
  assert.equal(keys('President Biden met Xi Jinping.', 'en', 'person'), ['biden', 'xi-jinping']);
  assert.equal(keys('President Joe Biden met Xi Jinping.', 'en', 'person'), ['joe-biden', 'xi-jinping']);
  // A head word opening a sentence with no name after it stays no title and no name.
  assert.equal(keys('Chief among the worries is the cost.', 'en'), []);
});

test('within-doc: surname, M./Mr., initial → full name', () => {
  const text = 'Olaf Scholz est arrivé à Varsovie. M. Scholz a rencontré la presse. Scholz est reparti. O. Scholz a dit oui.';
  assert.equal([...new Set(keys(text, 'fr', 'person'))], ['olaf-scholz']);
  const en = 'Anthony Albanese landed in Tokyo. Mr. Albanese said he was pleased. Albanese left on Friday.';
  assert.equal([...new Set(keys(en, 'en', 'person'))], ['anthony-albanese']);
});

test('within-doc: family-name-first names ("Li" after "Li Qiang")', () => {
  const text = 'Le Premier ministre chinois Li Qiang a reçu son homologue. Li a insisté sur le commerce.';
  assert.ok(keys(text).filter((k) => k === 'li-qiang').length >= 2);
});

test('within-doc: surname shared by two people resolves to the last named', () => {
  const text = 'Joe Biden a parlé. Son fils Hunter Biden était absent. Biden a ensuite quitté la salle.';
  const ms = findMentions(ctx(text)).filter((m) => m.text === 'Biden');
  assert.is(ms[0]!.key, 'hunter-biden');
});

test('title anaphors resolve to the person introduced with that title', () => {
  const text =
    "Le ministre de l'Intérieur Gérald Darmanin s'est rendu à Lille. Le ministre de l'Intérieur a promis des renforts. " +
    "Le préfet du Nord, Georges-François Leclerc, était présent. Le préfet a parlé ensuite.";
  const ms = findMentions(ctx(text));
  assert.is(ms.find((m) => m.text === "Le ministre de l'Intérieur")?.key, 'gerald-darmanin');
  assert.is(ms.find((m) => m.text === 'Le préfet')?.key, 'georges-francois-leclerc');
});

test('title anaphor: a broader title finds the office holder; country must agree', () => {
  const text =
    "La secrétaire d'État américaine Hillary Clinton a atterri à Tokyo. Le chef de la diplomatie américaine a salué l'accord. " +
    'Le chef de la diplomatie japonaise a répondu.';
  const ms = findMentions(ctx(text));
  assert.is(ms.find((m) => m.text === 'Le chef de la diplomatie américaine')?.key, 'hillary-clinton');
  assert.not.ok(ms.some((m) => m.text === 'Le chef de la diplomatie japonaise'));
});

test('title anaphor: ambiguous titles stay unresolved', () => {
  const text = 'Le ministre Jean Dupont et le ministre Paul Durand sont arrivés. Le ministre a parlé.';
  assert.not.ok(findMentions(ctx(text)).some((m) => m.text === 'Le ministre'));
});

test('English: the counterpart and "the secretary"', () => {
  const text =
    "US Secretary of State John Kerry met his Russian counterpart Sergei Lavrov in Geneva. The secretary said talks were useful.";
  const ms = findMentions(ctx(text, 'en'));
  assert.is(ms.find((m) => m.text === 'Sergei Lavrov')?.type, 'person');
  assert.is(ms.find((m) => m.text === 'The secretary')?.key, 'john-kerry');
  assert.is(ms.find((m) => m.text === 'Geneva')?.key, 'geneva');
});

test('topPeople ranks the most mentioned people', () => {
  const ms = findMentions(ctx('Jacinda Ardern a parlé. Ardern a insisté. Chris Hipkins a répondu. Ardern a conclu.'));
  assert.equal(topPeople(ms, 1), [{ key: 'jacinda-ardern', count: 3 }]);
});

test('mentions are sorted by start and point at their text', () => {
  const text = 'À Rabat, le roi Mohammed VI a reçu Emmanuel Macron. Macron a salué le Maroc.';
  const ms = findMentions(ctx(text));
  for (let i = 1; i < ms.length; i++) assert.ok(ms[i - 1]!.start <= ms[i]!.start);
  for (const m of ms) assert.is(text.slice(m.start, m.end), m.text);
});

test('~200 KB of adversarial text completes quickly', () => {
  const pieces = [
    'Le Le Le De De Van Der Al-Al-Al Bin Bin ', "d'd'd'l'l'l'État État-État-État ", 'A. B. C. D. E. F. ',
    'AAAA BBBB CCCC DDDD ', 'M. M. M. Mr. Mr. ', '---------- ', "''''''' ", 'Jean-Jean-Jean-Jean-Jean ',
    'le ministre de la de la de la de la ', 'Foreign Minister Foreign Minister of the of the of ', 'à à à à Paris Paris ',
  ];
  let text = '';
  let i = 0;
  while (text.length < 200_000) text += pieces[i++ % pieces.length]!;
  const t0 = performance.now();
  const ms = findMentions(ctx(text));
  const ms2 = findMentions(ctx(text.replace(/ /g, '\n'), 'en'));
  const dt = performance.now() - t0;
  assert.ok(ms.length + ms2.length >= 0);
  assert.ok(dt < 4000, `took ${dt} ms`);
});

test.run();
