// Copy groups: near-verbatim copies are grouped, independent reports of one event are not.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { findCopyGroups } from '../../src/align/copies.ts';

const dispatch =
  "Le ministre des Affaires étrangères a rencontré dimanche son homologue à Vienne pendant près de cinq heures. " +
  "Les deux parties ont qualifié les discussions de franches et constructives, selon un communiqué publié dans la soirée. " +
  "Aucune avancée majeure n'est attendue avant le sommet prévu le mois prochain à Genève, a indiqué un diplomate.";

test('a rewrite that keeps most sentences is a copy; an independent report is not', () => {
  const copy = dispatch.replace('dimanche', 'ce dimanche').replace('un diplomate', 'un diplomate européen') + ' Une nouvelle rencontre est prévue.';
  const other =
    "À Vienne, les chefs de la diplomatie se sont vus dimanche. Selon des participants, la séance a duré plus de cinq heures et " +
    'a porté sur les sanctions, les échanges de prisonniers et le calendrier du prochain sommet.';
  const groups = findCopyGroups([
    { id: 'a', text: dispatch },
    { id: 'b', text: copy },
    { id: 'c', text: other },
  ]);
  assert.equal(groups, [['a', 'b']]);
});

test('no groups among unrelated texts, and none for a single text', () => {
  assert.equal(findCopyGroups([{ id: 'a', text: dispatch }]), []);
  assert.equal(findCopyGroups([{ id: 'a', text: dispatch }, { id: 'b', text: 'Une tout autre histoire, sans rapport avec la première, racontée ici en quelques mots.' }]), []);
});

test('a sentence quoted by every article does not make them copies', () => {
  const quote = '« Nous ne céderons rien sur l’essentiel et nous continuerons à défendre nos intérêts », a déclaré le ministre. ';
  // Each article's own prose: words drawn by a seeded generator from a large vocabulary, so that articles share
  // only the quote.
  const prose = (i: number) => {
    let x = 1000 + i * 7919;
    return Array.from({ length: 60 }, () => {
      x = (x * 1103515245 + 12345) % 2147483648;
      return `mot${x % 997}`;
    }).join(' ');
  };
  const docs = Array.from({ length: 30 }, (_, i) => ({ id: `d${i}`, text: `${quote}${prose(i)}.` }));
  assert.equal(findCopyGroups(docs), []);
});

test('the groups are the same whatever the order of the documents', () => {
  const docs = [
    { id: 'a', text: dispatch },
    { id: 'b', text: `${dispatch} Fin.` },
    { id: 'c', text: 'Texte indépendant sur un autre sujet, sans aucune phrase commune avec la dépêche.' },
  ];
  assert.equal(findCopyGroups(docs), findCopyGroups([...docs].reverse()));
});

test.run();
