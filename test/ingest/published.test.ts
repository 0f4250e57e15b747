// Publication date provenance: metadata, dateline, stored-month date line, text; never invented.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ingestText } from '../../src/ingest/index.ts';
import type { PublishedDate } from '../../src/types.ts';
import { assertInvariants } from './helpers.ts';

const FR = 'Le ministre a rencontré son homologue pendant trois heures, selon un communiqué publié dans la soirée.';
const EN = 'The minister met his counterpart for three hours, according to a statement released in the evening.';

const CASES: [string, string, PublishedDate][] = [
  ['numeric dateline with time', `Visite à Tokyo\n19.06.2023, 05:19\n\n${FR}`, { value: '2023-06-19T05:19', source: 'dateline' }],
  ['"Publié le … à 10h"', `Visite à Tokyo\n\nPublié le 18/06/2023 à 10h\n\n${FR}`, { value: '2023-06-18T10:00', source: 'dateline' }],
  ['"Mis à jour le 2 mars 2024 à 14h30"', `Visite à Tokyo\n\n${FR}\n\n${FR}\n\nMis à jour le 2 mars 2024 à 14h30`, { value: '2024-03-02T14:30', source: 'dateline' }],
  ['English "Published June 18, 2023"', `Talks in Tokyo\n\nPublished June 18, 2023\n\n${EN}`, { value: '2023-06-18', source: 'dateline' }],
  ['English "Updated 3/4/2024 at 9:05 PM" reads month first', `Talks in Tokyo\n\nUpdated 3/4/2024 at 9:05 PM\n\n${EN}`, { value: '2024-03-04T21:05', source: 'dateline' }],
  ['"le 18 juin 2023" leading a top line', `Visite à Tokyo\nle 18 juin 2023 par Jean Martin\n\n${FR}`, { value: '2023-06-18', source: 'dateline' }],
  ['date line " date 2023-06" glued to the title', ` date 2023-06 Visite à Tokyo\n\n${FR}`, { value: '2023-06', source: 'date-line' }],
  ['date line and an agreeing precise dateline: the precise one wins', ` date 2023-06 Visite à Tokyo\nPublié le 19/06/2023 à 08h15\n\n${FR}`, { value: '2023-06-19T08:15', source: 'dateline' }],
  ['date line and a disagreeing dateline: the date line wins', ` date 2023-06 Visite à Tokyo\nPublié le 19/05/2021\n\n${FR}`, { value: '2023-06', source: 'date-line' }],
  ['a date in a photo caption is not a publication date', `Visite à Tokyo\n\nPAUL MARTIN / AFP Le ministre à son arrivée à Tokyo, le 18 juin 2023.\n\n${FR}`, { value: null, source: null }],
  ['a date deep in the body is not a publication date', `Visite à Tokyo\n\n${FR}\n\n${FR}\n\n${FR}\n\nLa précédente visite remonte au 4 avril 2019, a rappelé le ministère.`, { value: null, source: null }],
  ['an event date inside a long lead is not a publication date', `Visite à Tokyo\n\nLe ministre, arrivé dans la capitale japonaise après une longue tournée régionale qui l'a mené en Corée, a annoncé que la réunion du 16 février 2024 serait décisive.\n\n${FR}`, { value: null, source: null }],
  ['a date opening a long first line is read from the text', `19.06.2023 Le ministre a rencontré son homologue pendant trois heures, selon un communiqué publié dans la soirée.\n\n${FR}`, { value: '2023-06-19', source: 'text' }],
  ['nothing at all', `Visite à Tokyo\n\n${FR}`, { value: null, source: null }],
];

for (const [name, src, want] of CASES) {
  test(`published: ${name}`, () => {
    const doc = ingestText('a.txt', src);
    assert.equal(doc.published, want);
    assertInvariants(doc);
  });
}

test('published: metadata wins, and a date line is still masked', () => {
  const doc = ingestText('a.txt', ` date 2023-06 Visite à Tokyo\n\n${FR}`, { published: '2023-06-20' });
  assert.equal(doc.published, { value: '2023-06-20', source: 'metadata' });
  assert.is(doc.removed[0]!.reason, 'date-line');
  assert.is(doc.removed[0]!.text, ' date 2023-06');
  assert.ok(doc.text.startsWith('              Visite à Tokyo'));
  assert.is(doc.title, 'Visite à Tokyo');
});

test('published: html <time datetime> is metadata', () => {
  const doc = ingestText('p.html', `<article><time datetime="2024-12-15T09:00:00+03:00">15 décembre</time><p>${FR}</p></article>`);
  assert.equal(doc.published, { value: '2024-12-15T09:00', source: 'metadata' });
});

test.run();
