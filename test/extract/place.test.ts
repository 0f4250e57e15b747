// Place claims: cities and countries after locatives, venues, host events, destinations, places inside titles.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { splitSentences } from '../../src/extract/sentences.ts';
import { findMentions } from '../../src/extract/entities.ts';
import { extractPlaces } from '../../src/extract/place.ts';
import type { ExtractContext } from '../../src/extract/context.ts';
import type { Lang, PlaceValue } from '../../src/types.ts';

function ctx(text: string, lang: Lang = 'fr'): ExtractContext {
  const doc = {
    id: 't', path: 't', title: null, outlet: null, url: null, lang, langSource: 'metadata' as const,
    published: { value: '2023-06-19', source: 'metadata' as const }, original: text, text, offsets: null, removed: [],
  };
  const base = { doc, text, sentences: splitSentences(text) };
  return { ...base, mentions: findMentions(base) };
}
const places = (text: string, lang: Lang = 'fr') =>
  extractPlaces(ctx(text, lang)).map((c) => ({ ...(c.value as PlaceValue), conf: c.confidence, span: text.slice(c.start, c.end) }));

test('city after "à", country after "en", English "in"', () => {
  const p = places('Les deux ministres se sont rencontrés à Ankara. Le séisme a frappé en Turquie.');
  assert.ok(p.some((x) => x.placeKey === 'ankara' && x.level === 'city' && x.span === 'à Ankara'));
  assert.ok(p.some((x) => x.placeKey === 'turkey' && x.level === 'country'));
  const e = places('The two leaders held talks in Jakarta on Thursday.', 'en');
  assert.ok(e.some((x) => x.placeKey === 'jakarta' && x.conf >= 0.7));
});

test('aliases fold languages: "à Moscou" and "in Moscow" share a key', () => {
  assert.is(places('Il a été reçu à Moscou.')[0]?.placeKey, 'moscow');
  assert.is(places('He was received in Moscow.', 'en')[0]?.placeKey, 'moscow');
});

test('venues: French head noun + name, English capitalised venue', () => {
  const fr = places("Ils se sont vus à l'hôtel Intercontinental à Genève.");
  assert.ok(fr.some((x) => x.level === 'venue' && x.placeKey === 'intercontinental'), JSON.stringify(fr));
  assert.ok(fr.some((x) => x.placeKey === 'geneva' && x.level === 'city'));
  const en = places('Xi received him at the Great Hall of the People in Beijing.', 'en');
  assert.ok(en.some((x) => x.level === 'venue' && x.placeKey === 'great-hall-of-the-people'), JSON.stringify(en));
  assert.ok(en.some((x) => x.placeKey === 'beijing'));
  const gh = places('Talks took place at the Blue House Guesthouse.', 'en');
  assert.ok(gh.some((x) => x.level === 'venue'));
});

test('host event: "en marge de la conférence de Munich"', () => {
  const p = places('Ils se sont entretenus en marge du sommet de Bali.');
  assert.ok(p.some((x) => x.placeKey === 'bali'), JSON.stringify(p));
});

test('undisclosed location', () => {
  const p = places('It took place at an undisclosed location in Munich.', 'en');
  assert.ok(p.some((x) => x.placeKey === 'undisclosed-location' && x.level === 'venue'));
  assert.ok(p.some((x) => x.placeKey === 'munich'));
});

test('destinations get a lower confidence', () => {
  const p = places('Le ministre a annoncé qu’il allait se rendre à Washington le mois prochain.');
  const w = p.find((x) => x.placeKey === 'washington');
  assert.ok(w && w.conf < 0.5);
});

test('places inside titles and French datives are not event places', () => {
  assert.not.ok(places("Li, ancien ambassadeur de Pékin à Washington, a parlé.").some((x) => x.placeKey === 'washington'));
  assert.not.ok(places("Il s'oppose à une aide à la Russie.").some((x) => x.placeKey === 'russia'));
  assert.equal(places('Le préfet de Mayotte a parlé.'), []);
});

test('a dateline city opens a wire story, with or without its date: weak place claims', () => {
  const a = places('MUNICH (Reuters) - The two ministers met on the sidelines of the conference.', 'en');
  assert.ok(a.some((x) => x.placeKey === 'munich' && x.conf === 0.4), JSON.stringify(a));
  const b = places('BRUSSELS, March 12 (Reuters) - Negotiators agreed a new deal.', 'en');
  assert.ok(b.some((x) => x.placeKey === 'brussels' && x.conf === 0.4), JSON.stringify(b));
  // A city named at the start of an ordinary sentence is no dateline.
  assert.not.ok(places('Berlin, which hosted the talks, said nothing.', 'en').some((x) => x.placeKey === 'berlin'));
});

test('a dateline city the lexicon does not know, in capitals: a weak place; not an acronym opening a sentence', () => {
  const a = places('WOODSIDE, California (CNN) — President Joe Biden and Xi Jinping met on Wednesday.', 'en');
  assert.ok(a.some((x) => x.placeKey === 'woodside' && x.level === 'city' && x.conf === 0.4), JSON.stringify(a));
  assert.not.ok(places('GDP grew by 2 percent (after revisions) in the quarter.', 'en').some((x) => x.placeKey === 'gdp'));
});

test('an English venue name before its head word: "at the Filoli estate"', () => {
  const p = places('The leaders met at the Filoli estate on Wednesday.', 'en');
  assert.ok(p.some((x) => x.placeKey === 'filoli-estate' && x.level === 'venue'), JSON.stringify(p));
  assert.not.ok(p.some((x) => x.level === 'city'));
});

test.run();
