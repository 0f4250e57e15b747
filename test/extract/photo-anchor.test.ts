// Without a publication day, the day of a photo caption anchors the article's bare weekdays; nothing else changes.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { extractDates, photoDates } from '../../src/extract/date.ts';
import { splitSentences } from '../../src/extract/sentences.ts';
import { ingestText } from '../../src/ingest/index.ts';
import type { DateValue } from '../../src/types.ts';

const article = (caption: string, body: string) =>
  ingestText('a.txt', `Titre de l'article sur la rencontre\n\n${body}\n\nJOHN DOE / POOL / AFP ${caption}\n\nUn dernier paragraphe sans date.`);

function datesOf(doc: ReturnType<typeof ingestText>) {
  return extractDates({ doc, text: doc.text, sentences: splitSentences(doc.text), mentions: [] }).map((d) => d.value as DateValue);
}

test('a removed caption dated "le 18 juin 2023" dates "dimanche" and "lundi" nearby', () => {
  const doc = article('Les deux ministres se serrent la main à Pékin, le 18 juin 2023.', 'Le ministre a été reçu dimanche par son homologue. Il rencontre lundi le président.');
  assert.equal(photoDates(doc), ['2023-06-18']);
  const days = datesOf(doc).map((v) => [v.weekday, v.iso]);
  assert.ok(days.some(([w, iso]) => w === 'dimanche' && iso === '2023-06-18'), JSON.stringify(days));
  assert.ok(days.some(([w, iso]) => w === 'lundi' && iso === '2023-06-19'), JSON.stringify(days));
  assert.is(doc.published.value, null, 'the publication date is not invented');
});

test('English captions ("June 18, 2023") too; no caption, no anchor', () => {
  const en = ingestText('b.txt', 'Talks in Beijing\n\nThe two ministers met on Sunday.\n\nJOHN DOE / POOL / AFP The ministers shake hands in Beijing, June 18, 2023.');
  assert.equal(photoDates(en), ['2023-06-18']);
  const bare = ingestText('c.txt', 'Talks in Beijing\n\nThe two ministers met on Sunday.');
  assert.equal(photoDates(bare), []);
  assert.ok(datesOf(bare).every((v) => v.iso === null));
});

test.run();
