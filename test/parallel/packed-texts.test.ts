// Texts packed as one UTF-8 buffer for another thread come back as they were sent.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { packTexts, unpackText } from '../../src/parallel/packed-texts.ts';
import { WordNumbers } from '../../src/align/aligned-share.ts';

const texts = [
  "Le ministre a rencontré dimanche\u00a0son homologue — « sept heures et demie » l’an dernier.",
  '',
  'ASCII only, one byte a character',
  '한국어 𝐀𝐁 astral letters and ① ½ ²',
  'x'.repeat(5000) + '’',
];

test('every text comes back whole, in order', () => {
  const p = packTexts(texts);
  assert.is(p.ends.length, texts.length);
  texts.forEach((t, i) => assert.is(unpackText(p, i), t));
});

test('the buffer holds UTF-8, not two bytes a character', () => {
  const p = packTexts(texts);
  assert.is(p.bytes.length, texts.reduce((n, t) => n + Buffer.byteLength(t), 0));
});

test('a buffer too small for the first guess grows (three-byte characters only)', () => {
  const wide = ['中'.repeat(3000), '文'.repeat(10), '字'.repeat(7000)];
  const p = packTexts(wide);
  wide.forEach((t, i) => assert.is(unpackText(p, i), t));
});

test('a lone surrogate comes back as U+FFFD, and the words copy detection reads are the same', () => {
  const t = 'avant \ud800 après, \udc00fin';
  const back = unpackText(packTexts([t]), 0);
  assert.is(back, 'avant \ufffd après, \ufffdfin');
  const words = new WordNumbers();
  assert.equal([...words.of(back)], [...words.of(t)]);
});

test.run();
