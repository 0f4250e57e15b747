import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { alignTexts, matchSentences, sentencesOf } from '../../src/diff/align-text.ts';
import { longestIncreasing } from '../../src/diff/lis.ts';
import { dice, foldedWords, scoredCandidates } from '../../src/diff/similarity.ts';

const P = (...paras: string[]) => paras.join('\n\n');
const statuses = (t: ReturnType<typeof alignTexts>) => t.sentences.map((s) => s.status);

test('dice over folded words ignores case, accents and punctuation', () => {
  assert.is(dice(foldedWords('L’État a dit.'), foldedWords("l'etat A DIT")), 1);
  assert.is(dice(foldedWords('a b c d'), foldedWords('a b x y')), 0.5);
  assert.is(dice([], []), 1);
});

test('candidates only come from shared shingles', () => {
  const a = [foldedWords('the storm hit the coast on sunday')];
  const b = [foldedWords('nothing in common here at all'), foldedWords('the storm hit the coast on monday')];
  const c = scoredCandidates(a, b, 0.5);
  assert.equal(c.map((x) => x.b), [1]);
});

test('longest increasing subsequence keeps the common order', () => {
  assert.equal([...longestIncreasing([0, 1, 7, 2, 3, 4])].sort(), [0, 1, 3, 4, 5]);
  assert.equal([...longestIncreasing([])], []);
});

test('identical texts: every sentence same', () => {
  const text = P('One sentence here. Another one there.', 'A second paragraph.');
  const t = alignTexts(text, text);
  assert.equal(statuses(t), ['same', 'same', 'same']);
  assert.equal(
    t.paragraphs.map((p) => p.status),
    ['same', 'same'],
  );
});

test('a moved paragraph is moved, not removed + added', () => {
  const a = P('Alpha opens the story today.', 'Bravo gives the second fact.', 'Charlie adds some background. It has two sentences.', 'Delta closes the dispatch.', 'Echo is the last word.');
  const b = P('Alpha opens the story today.', 'Bravo gives the second fact.', 'Delta closes the dispatch.', 'Echo is the last word.', 'Charlie adds some background. It has two sentences.');
  const t = alignTexts(a, b);
  const moved = t.sentences.filter((s) => s.status === 'moved');
  assert.equal(
    moved.map((s) => s.a!.text),
    ['Charlie adds some background.', 'It has two sentences.'],
  );
  assert.ok(moved.every((s) => s.moved && s.a!.paragraph === 2 && s.b!.paragraph === 4));
  assert.not.ok(t.sentences.some((s) => s.status === 'added' || s.status === 'removed'));
  const para = t.paragraphs.find((p) => p.a === 2)!;
  assert.equal(para, { status: 'moved', a: 2, b: 4, moved: true });
});

test('an edited sentence is paired by similarity and carries a word diff', () => {
  const t = alignTexts('The talks lasted more than five hours in Lisbon.', 'The talks lasted seven and a half hours in Lisbon.');
  const [s] = t.sentences;
  assert.is(s!.status, 'edited');
  assert.ok(s!.similarity >= 0.5 && s!.similarity < 1);
  const removed = s!.parts!.filter((p) => p.op === -1).map((p) => p.text).join('');
  const added = s!.parts!.filter((p) => p.op === 1).map((p) => p.text).join('');
  assert.is(removed, 'more than five');
  assert.is(added, 'seven and a half');
  // Both sides rebuild exactly.
  assert.is(s!.parts!.filter((p) => p.op !== 1).map((p) => p.text).join(''), s!.a!.text);
  assert.is(s!.parts!.filter((p) => p.op !== -1).map((p) => p.text).join(''), s!.b!.text);
});

test('a change of accents only is still an edit (same folded text, different letters)', () => {
  const t = alignTexts('Le ministre est arrive a Pekin.', 'Le ministre est arrivé à Pékin.');
  assert.is(t.sentences[0]!.status, 'edited');
  assert.is(t.sentences[0]!.similarity, 1);
});

test('unmatched sentences are added and removed, removed ones placed after their predecessor', () => {
  const a = P('First fact stays in place.', 'Old second paragraph goes away entirely.', 'Third fact stays too.');
  const b = P('First fact stays in place.', 'Third fact stays too.', 'Brand new closing line about something else.');
  const t = alignTexts(a, b);
  assert.equal(statuses(t), ['same', 'removed', 'same', 'added']);
  assert.equal(
    t.paragraphs.map((p) => p.status).sort(),
    ['added', 'removed', 'same', 'same'],
  );
});

test('a moved and edited sentence is edited with moved set', () => {
  const a = P('Zulu leads the text here.', 'Yankee line with a number 12 inside it.', 'X-ray follows.', 'Whiskey line is fixed.', 'Victor ends.');
  const b = P('Zulu leads the text here.', 'X-ray follows.', 'Whiskey line is fixed.', 'Victor ends.', 'Yankee line with a number 14 inside it.');
  const t = alignTexts(a, b);
  const y = t.sentences.find((s) => s.a?.text.startsWith('Yankee'))!;
  assert.is(y.status, 'edited');
  assert.ok(y.moved);
});

test('repeated sentences pair up in order', () => {
  const a = P('Same line.', 'Middle one.', 'Same line.');
  const m = matchSentences(sentencesOf(a), sentencesOf(a));
  assert.equal(
    [...m].map(([i, x]) => [i, x.b]),
    [
      [0, 0],
      [1, 1],
      [2, 2],
    ],
  );
});

test('empty texts', () => {
  const t = alignTexts('', 'Only in B.');
  assert.equal(statuses(t), ['added']);
  assert.equal(alignTexts('', '').sentences, []);
});

test.run();
