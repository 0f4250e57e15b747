// The copy alignment reads each document's words once: it must give exactly the share that encoding each pair
// from its two texts gives (the reference below, text/word-diff's tokenizer and fast-diff).
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import diff from 'fast-diff';
import { SharedRuns, WordNumbers } from '../../src/align/aligned-share.ts';
import { tokenize } from '../../src/text/word-diff.ts';

function reference(a: string, b: string, minRun = 5): number {
  const codeOf = new Map<string, string>();
  const encode = (text: string) => {
    let out = '';
    for (const token of tokenize(text)) {
      if (!/[\p{L}\p{N}]/u.test(token)) continue;
      let code = codeOf.get(token);
      if (code === undefined) {
        const index = codeOf.size;
        code = String.fromCharCode(0x100 + index < 0xd800 ? 0x100 + index : 0x100 + index + 0x800);
        codeOf.set(token, code);
      }
      out += code;
    }
    return out;
  };
  const [ea, eb] = [encode(a), encode(b)];
  const shorter = Math.min(ea.length, eb.length);
  if (shorter === 0) return 0;
  let equal = 0;
  for (const [op, run] of diff(ea, eb, undefined, true)) if (op === 0 && run.length >= minRun) equal += run.length;
  return equal / shorter;
}

// Words that repeat, with accents, joiners, digits, an astral letter and punctuation between them.
const piece = fc.constantFrom('le', 'Le', 'ministre', 'a', 'dit', "aujourd'hui", 'sino-américaines', 'été', '2023', '𝒜b', ' ', '  ', ', ', '. ', '-', "'", '’', '«', '\n', 'x');
const text = fc.array(piece, { maxLength: 60 }).map((p) => p.join(''));

test('the share of a pair is the one encoding its two texts gives', () => {
  fc.assert(
    fc.property(fc.array(text, { minLength: 2, maxLength: 5 }), (texts) => {
      const numbers = new WordNumbers();
      const runs = new SharedRuns(numbers);
      const read = texts.map((t) => numbers.of(t));
      for (let i = 0; i < texts.length; i++)
        for (let j = 0; j < texts.length; j++) if (runs.share(read[i]!, read[j]!) !== reference(texts[i]!, texts[j]!)) return false;
      return true;
    }),
    { seed: 11, numRuns: 1500 },
  );
});

test('a long shared passage counts, scattered common words do not', () => {
  const numbers = new WordNumbers();
  const runs = new SharedRuns(numbers);
  const a = numbers.of('Le ministre a rencontré dimanche son homologue à Vienne pendant cinq heures.');
  const b = numbers.of('Selon un diplomate, le ministre a rencontré dimanche son homologue à Vienne.');
  const c = numbers.of('Vienne a dit le ministre, son homologue pendant heures.');
  assert.ok(runs.share(a, b) >= 0.5);
  assert.is(runs.share(a, c), 0);
});

test.run();
