// Facts about the bundled seed articles (sources/), checked on the cleaned text.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingest } from '../../src/ingest/index.ts';
import type { SourceDoc } from '../../src/types.ts';
import { assertInvariants } from './helpers.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { docs } = await ingest(['sources'], { cwd: ROOT });
const byId = (prefix: string): SourceDoc => docs.find((d) => d.id.startsWith(`sources/${prefix}`))!;

test('seeds: all five read, French, invariants hold', () => {
  assert.is(docs.length, 5);
  for (const d of docs) {
    assert.is(d.lang, 'fr', d.id);
    assertInvariants(d);
  }
});

test('seeds 002: the English "Make this article seo compatible" line is gone', () => {
  const d = byId('002_');
  assert.not.ok(d.text.includes('Make this article seo compatible'));
  assert.ok(d.removed.some((r) => r.reason === 'stray-instruction' && r.text.startsWith('Make this article seo compatible')));
  assert.ok(d.text.includes('Le secrétaire d’État américain Antony Blinken a rencontré de hauts diplomates à Pékin'));
});

test('seeds 003: navigation, repeated title, repeated lead and truncated repeat are removed and listed', () => {
  const d = byId('003_');
  const of = (reason: string) => d.removed.filter((r) => r.reason === reason).map((r) => r.text);
  assert.equal(of('navigation'), ['Rechercher', 'Rechercher', 'Dernières Infos - Diplomatie']);
  assert.equal(of('repeated-title'), ['Blinken rencontre son homologue chinois Wang Yi en marge de la conférence de Munich']);
  assert.is(of('repeated-paragraph').length, 1);
  assert.ok(of('repeated-paragraph')[0]!.startsWith('Le secrétaire d\'Etat américain Antony Blinken a fait part vendredi'));
  assert.equal(of('truncated-repeat'), ['La rencontre avec Wang Yi, en marge de la Conférence sur la...']);
  // The caption with "Photo AFP/WOLFGANG RATTAY" is a caption; its 16 février date is not a publication date.
  assert.ok(of('caption')[0]!.endsWith('Photo AFP/WOLFGANG RATTAY'));
  // The first occurrences stay.
  assert.is(d.text.split('Le secrétaire d\'Etat américain Antony Blinken a fait part vendredi').length, 2);
  assert.is(d.text.split('Blinken rencontre son homologue chinois Wang Yi en marge').length, 2);
  assert.is(d.title, 'Blinken rencontre son homologue chinois Wang Yi en marge de la conférence de Munich');
});

test('seeds 000: the "LEAH MILLIS / POOL / AFP …" caption paragraphs are removed; the date line is metadata', () => {
  const d = byId('000_');
  assert.not.ok(d.text.includes('LEAH MILLIS'));
  assert.not.ok(d.text.includes('le 18 juin 2023'));
  const captions = d.removed.filter((r) => r.reason === 'caption');
  assert.is(captions.length, 2);
  for (const c of captions) assert.ok(c.text.startsWith('LEAH MILLIS / POOL / AFP'));
  assert.equal(d.published, { value: '2023-06', source: 'date-line' });
  assert.ok(d.text.includes('Aucune des deux parties n\'a confirmé'));
});

test('seeds 001 and 004: related links are removed, the article stays', () => {
  const d1 = byId('001_');
  assert.equal(d1.removed.map((r) => r.reason), ['related-link']);
  assert.ok(d1.removed[0]!.text.startsWith('En savoir plus'));
  const d4 = byId('004_');
  assert.equal(d4.removed.map((r) => r.reason), ['related-link']);
  assert.ok(d4.removed[0]!.text.startsWith('LIRE | Yellen'));
});

test.run();
