// Shingle hashes read words by character code; they must equal the words of fold(text).split(/[^\p{L}\p{N}]+/u).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { fold } from '../../src/text/fold.ts';
import { shingleHashes } from '../../src/text/shingles.ts';

/** The definition the fast path replaces: hash each folded word, mix n of them, distinct and sorted. */
function reference(text: string, n: number): number[] {
  const hash = (s: string): number => {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    return h >>> 0;
  };
  const words = fold(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean).map(hash);
  const all = new Set<number>();
  for (let i = 0; i + n <= words.length; i++) {
    let h = 0x9e3779b9;
    for (let j = i; j < i + n; j++) h = Math.imul(h ^ words[j]!, 0x85ebca6b) ^ (h >>> 13);
    all.add(h >>> 0);
  }
  return [...all].sort((a, b) => a - b);
}

const cases = [
  "Le ministre des Affaires étrangères a rencontré dimanche\u00a0son homologue à Pékin l'an dernier — ŒUVRE, Ça, Ÿ.",
  'İstanbul İİİ ß ﬁn ǅemal 한국어 ｆｕｌｌ ①② ½ ²',
  'ΟΔΟΣ ΑΣ Σ σ ς: a capital sigma lowers by its neighbours',
  'e\u0301te\u0301 cafe\u0327 combining marks, a\u0344b, and 𝐀𝐁 astral letters, a lone \ud800 surrogate',
  'le le le le le le le le le le: repeated shingles are kept once',
  '',
];

test('equals fold() then split, for every shingle length', () => {
  for (const text of cases) for (const n of [1, 2, 3, 7]) assert.equal([...shingleHashes(text, n)], reference(text, n), `${text} (${n})`);
});

test('every UTF-16 code unit between letters', () => {
  for (let c = 0; c < 65536; c++) {
    const ch = String.fromCharCode(c);
    const text = `ab${ch}cd ${ch} x${ch}${ch}y`;
    assert.equal([...shingleHashes(text, 1)], reference(text, 1), `U+${c.toString(16)}`);
  }
});

test('the result owns its buffer (workers transfer it)', () => {
  const h = shingleHashes('un deux trois quatre cinq six sept huit neuf dix un deux trois quatre cinq six sept huit', 2);
  assert.is(h.buffer.byteLength, h.length * 4);
});

test.run();
