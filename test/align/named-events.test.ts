// Past events named in passing get their own event, so that their dates are not the story's and can be compared.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { namedEventBefore } from '../../src/align/named-events.ts';

/** The named event of the date `date` written in `text`. */
function at(text: string, date: string) {
  const start = text.indexOf(date);
  assert.ok(start >= 0, date);
  return namedEventBefore(text, start, date);
}

test('"le cyclone KAMISY d\'octobre 1984" dates the cyclone Kamisy', () => {
  const e = at("CHIDO, cyclone le plus intense depuis le cyclone KAMISY d'octobre 1984 à frapper Mayotte", "d'octobre 1984");
  assert.equal(e, { key: 'cyclone:named:kamisy', label: 'cyclone Kamisy', type: 'cyclone' });
});

test('the preposition may stand outside the date span', () => {
  assert.is(at('Chido dépasse le cyclone Kamisy d’avril 1984 qui faisait figure de référence.', 'avril 1984')?.key, 'cyclone:named:kamisy');
});

test('English: "Hurricane Katrina in August 2005"', () => {
  assert.is(at('The worst since Hurricane Katrina in August 2005, officials said.', 'August 2005')?.key, 'cyclone:named:katrina');
});

test('two-word names and two-word nouns', () => {
  assert.is(at('la tempête tropicale Grace Ann de mars 2019', 'mars 2019')?.key, 'cyclone:named:grace-ann');
});

test('the story\'s own date is not a named event', () => {
  assert.is(at('Le cyclone Chido a frappé Mayotte samedi 14 décembre.', 'samedi 14 décembre'), null);
  assert.is(at('Le cyclone Chido, samedi 14 décembre, a tout détruit.', 'samedi 14 décembre'), null);
  assert.is(at('La conférence de Munich de février 2024', 'février 2024'), null);
  assert.is(at('Antony Blinken en juin 2023', 'juin 2023'), null);
});

test.run();
