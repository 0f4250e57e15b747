// fast-check settings and generators for hostile text. A fixed seed keeps `npm test` reproducible;
// FUZZ_RUNS (npm run fuzz) raises the number of runs. Generators splice junk into real article sentences,
// because the extractors only do real work near numbers, names and quotes: pure noise finds little.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/** Runs per property: small in `npm test`, FUZZ_RUNS in `npm run fuzz`. */
export function runs(quick: number): number {
  const n = Number(process.env.FUZZ_RUNS);
  return Number.isInteger(n) && n > 0 ? n : quick;
}

/** Parameters for fc.assert: fixed seed unless FUZZ_SEED is set, so that failures replay. */
export function params(quick: number): fc.Parameters<unknown> {
  const seed = Number(process.env.FUZZ_SEED ?? 42);
  // includeErrorInReport: uvu prints only the message, so the failing assertion must be in it.
  return { seed, numRuns: runs(quick), endOnFailure: true, includeErrorInReport: true };
}

/** Sentences of the bundled articles (sources/), the real text the junk is spliced into. */
export const SENTENCES: string[] = readdirSync(path.join(ROOT, 'sources'))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .flatMap((f) => readFileSync(path.join(ROOT, 'sources', f), 'utf8').split(/(?<=[.!?»])\s+/))
  .map((s) => s.trim())
  .filter((s) => s.length > 20);

// Characters that broke text tools before: BOM, NUL, lone CR, CRLF, RTL marks and Arabic/Hebrew, zero-width
// joiners, combining accents, lone surrogates, emoji with ZWJ and skin tones, NBSP and narrow NBSP, quotes.
const NASTY = [
  '\ufeff', '\u0000', '\r', '\r\n', '\n\n', '\u2028', '\u2029', '\u200b', '\u200c', '\u200d', '\u2060', '\u00ad',
  '\u202e', '\u202d', '\u200f', '\u061c', 'مرحبا بالعالم', 'שלום', '\u0301', 'e\u0301', '\u0308\u0308\u0308',
  '\ud800', '\udfff', '👩‍👩‍👧‍👦', '👍🏽', '🇫🇷', '\u00a0', '\u202f', '«', '»', '“', '”', '"', "'", '’', '—', '–', '…',
  '\t', '\v', '\f', '\u0085', '<', '>', '&amp;', '&#0;', '&#x110000;', '---\n', '# ', '> ', '* ', '|',
  '10^400', '1'.repeat(400), '1e308', '-0', '1/0', '%', '€', '$', 'millions', 'milliards', 'heures', 'minutes',
  '1 000 000', '3,5', '3.5', '½', '٣', '１２', 'lundi', '19 juin 2023', 'selon', 'a déclaré', ':', ' « ', ' » ',
];

/** One hostile fragment: a listed nasty string, random Unicode, or random code points (including surrogates). */
export const junk: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0x2fff }).map((c) => String.fromCharCode(c)), maxLength: 8 }) },
);

/** A real sentence with junk inserted at random places (and sometimes a character removed). */
export const splicedSentence: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...SENTENCES), fc.array(fc.tuple(fc.nat(), junk, fc.boolean()), { maxLength: 4 }))
  .map(([s, edits]) => {
    let out = s;
    for (const [at, j, cut] of edits) {
      const k = at % (out.length + 1);
      out = out.slice(0, k) + j + out.slice(cut ? k + 1 : k);
    }
    return out;
  });

/** An article: spliced sentences and junk, joined by random separators (CRLF, lone CR, blank lines…). */
export const article: fc.Arbitrary<string> = fc
  .array(fc.oneof({ weight: 3, arbitrary: splicedSentence }, { weight: 1, arbitrary: junk }), { minLength: 1, maxLength: 12 })
  .chain((parts) =>
    fc.array(fc.constantFrom(' ', '\n', '\r\n', '\r', '\n\n', '\r\n\r\n', '\u2029', ' \u200b'), { minLength: parts.length, maxLength: parts.length }).map((seps) =>
      parts.map((p, i) => p + seps[i]).join(''),
    ),
  );

/** Raw file bytes: an article encoded as UTF-8, with invalid sequences, NULs and a BOM spliced in. */
export const fileBytes: fc.Arbitrary<Uint8Array> = fc
  .tuple(
    article,
    fc.boolean(),
    fc.array(
      fc.tuple(fc.nat(), fc.constantFrom([0xff], [0xc0, 0x80], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xf5], [0x00], [0x80], [0x1b], [0xf0, 0x9f])),
      { maxLength: 3 },
    ),
  )
  .map(([text, bom, bad]) => {
    let bytes = [...Buffer.from(text, 'utf8')];
    if (bom) bytes = [0xef, 0xbb, 0xbf, ...bytes];
    for (const [at, seq] of bad) bytes.splice(at % (bytes.length + 1), 0, ...seq);
    return Uint8Array.from(bytes);
  });
