import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { diffDocuments, type DocDiff } from '../../src/diff/index.ts';
import { article, fixture } from './helpers.ts';

/** "kind status: before → after", one per fact change, for whole-list assertions. */
const facts = (d: DocDiff) => d.facts.map((f) => `${f.kind} ${f.status}: ${f.before?.display ?? '∅'} → ${f.after?.display ?? '∅'}`);

test('French dispatch, two versions: exactly the figure, the quote and the title changed; the moved paragraph is moved', () => {
  const a = fixture('crue-v1.txt');
  const b = fixture('crue-v2.txt');
  const d = diffDocuments(a, b);
  assert.equal(facts(d), [
    'count changed: plus de 200 morts → au moins 212 morts',
    "role changed: ministre de l'Intérieur → Premier ministre",
    'quote changed: “Nous n\'avons jamais vu une crue d\'une telle violence, nous faisons face à une catastrophe sans précédent” → “Nous n\'avons jamais connu une crue d\'une telle violence, nous faisons face à une tragédie sans précédent”',
  ]);
  assert.equal(d.counts.facts, { changed: 3, added: 0, removed: 0 });
  const quote = d.facts.find((f) => f.kind === 'quote')!;
  assert.is(quote.detail, 'vu … catastrophe → connu … tragédie');
  const role = d.facts.find((f) => f.kind === 'role')!;
  assert.is(role.label, 'role of Karim Benhadj');

  // Evidence offsets point into each version's original text.
  for (const f of d.facts) {
    assert.is(a.original.slice(f.before!.start, f.before!.end), f.before!.text);
    assert.is(b.original.slice(f.after!.start, f.after!.end), f.after!.text);
  }
  assert.is(d.facts[0]!.before!.text, 'plus de 200 morts');
  assert.is(d.facts[0]!.after!.text, 'au moins 212 morts');

  // The 1998 paragraph moved to the end, unchanged: its two sentences and its paragraph are `moved`.
  const moved = d.sentences.filter((s) => s.status === 'moved');
  assert.is(moved.length, 2);
  assert.ok(moved[0]!.a!.text.startsWith('La vallée de la Lérande avait déjà connu'));
  assert.equal(
    d.paragraphs.filter((p) => p.moved),
    [{ status: 'moved', a: 4, b: 7, moved: true }],
  );
  assert.equal(d.counts.sentences, { same: 6, edited: 3, moved: 2, added: 0, removed: 0 });
  // Sentence offsets are original offsets too.
  for (const s of d.sentences) {
    if (s.a) assert.is(a.original.slice(s.a.start, s.a.end).replace(/\s+/g, ' '), s.a.text);
    if (s.b) assert.is(b.original.slice(s.b.start, s.b.end).replace(/\s+/g, ' '), s.b.text);
  }
});

test('English pair: the duration changed; an edit without a fact is a text change only', () => {
  const d = diffDocuments(fixture('summit-v1.txt'), fixture('summit-v2.txt'));
  assert.equal(facts(d), ['duration changed: more than 5 h → 7 h 30']);
  assert.equal(d.counts.sentences, { same: 3, edited: 2, moved: 0, added: 0, removed: 0 });
  const far = d.sentences.find((s) => s.b?.text.includes('far too small'))!;
  assert.equal(
    far.parts!.filter((p) => p.op !== 0).map((p) => [p.op, p.text]),
    [[1, 'far ']],
  );
});

test('identical articles: no change at all', () => {
  const d = diffDocuments(fixture('crue-v1.txt'), fixture('crue-copy.txt'));
  assert.equal(d.facts, []);
  assert.equal(d.counts.sentences, { same: 11, edited: 0, moved: 0, added: 0, removed: 0 });
  assert.equal(d.counts.paragraphs, { same: 8, edited: 0, moved: 0, added: 0, removed: 0 });
});

test('a document against itself (one id on both sides) has no change', () => {
  const a = fixture('summit-v1.txt');
  const d = diffDocuments(a, a);
  assert.equal(d.facts, []);
  assert.is(d.a.id, d.b.id);
});

test('the same value written differently is not a change', () => {
  const d = diffDocuments(
    article('a', 'Les négociations ont duré 5 h à Genève, selon la délégation.'),
    article('b', 'Les négociations ont duré cinq heures à Genève, selon la délégation.'),
  );
  assert.equal(facts(d), []);
  assert.is(d.counts.sentences.edited, 1);
});

test('a date phrase resolving to the same day is not a change', () => {
  const d = diffDocuments(
    article('a', 'Le sommet s’est ouvert lundi à Bruxelles en présence de vingt dirigeants.'),
    article('b', 'Le sommet s’est ouvert le 14 octobre à Bruxelles en présence de vingt dirigeants.'),
  );
  assert.equal(
    facts(d).filter((f) => f.startsWith('date')),
    [],
  );
});

test('a minor variant of a quote (case, punctuation) is not a change', () => {
  const d = diffDocuments(
    article('a', '« Nous reconstruirons tout, pierre par pierre », a déclaré la maire Sophie Lambert.'),
    article('b', '« Nous reconstruirons tout : pierre par pierre ! », a déclaré la maire Sophie Lambert.'),
  );
  assert.equal(
    d.facts.filter((f) => f.kind === 'quote'),
    [],
  );
});

test('a fact in a new sentence is added, one in a dropped sentence is removed', () => {
  const d = diffDocuments(
    article('a', 'La tempête a fait 12 morts dimanche, selon les autorités.\n\nLes routes sont restées fermées pendant six heures.', 'fr'),
    article('b', 'La tempête a fait 12 morts dimanche, selon les autorités.\n\nQuelque 4 000 foyers étaient toujours privés d’électricité lundi.', 'fr'),
  );
  const kinds = d.facts.map((f) => `${f.kind} ${f.status}`);
  assert.ok(kinds.includes('duration removed'), kinds.join(', '));
  assert.ok(kinds.some((k) => k.endsWith('added')), kinds.join(', '));
  assert.not.ok(kinds.includes('duration changed'));
  // Changed first, then added, then removed.
  const order = d.facts.map((f) => ['changed', 'added', 'removed'].indexOf(f.status));
  assert.equal(order, [...order].sort());
});

test('a changed hedge alone is a change of value', () => {
  const d = diffDocuments(
    article('a', 'Les pluies ont fait plus de 200 morts dans la région, selon la protection civile.'),
    article('b', 'Les pluies ont fait près de 200 morts dans la région, selon la protection civile.'),
  );
  assert.equal(facts(d), ['count changed: plus de 200 morts → près de 200 morts']);
});

test('one office under another name is not a change of title; "ancien" is', () => {
  const base = 'Le ministre des Affaires étrangères Paul Girard est arrivé mardi à Rome pour deux jours de discussions.';
  const renamed = diffDocuments(article('a', base), article('b', 'Le chef de la diplomatie Paul Girard est arrivé mardi à Rome pour deux jours de discussions.'));
  assert.equal(facts(renamed), []);
  const former = diffDocuments(article('a', base), article('b', "L'ancien ministre des Affaires étrangères Paul Girard est arrivé mardi à Rome pour deux jours de discussions."));
  assert.equal(
    former.facts.map((f) => `${f.kind} ${f.status}`),
    ['role changed'],
  );
});

test.run();
