import { tokenize } from '../../src/text/word-diff.ts';
const TOKEN = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|\s+|[^\p{L}\p{N}\s]/gu;
const samples = ["Aujourd'hui l’État a-t-il dit: « non » 12,5 % — 👩‍👩‍👧 e\u0301 \ud800x '-a a-- a-'b", 'x'.repeat(10), "  \n\t a'b'c-d ’x y’ -"];
import fc from 'fast-check';
fc.assert(fc.property(fc.string({unit:'binary'}), fc.constantFrom(...samples), (r, s) => { const t = s + r; const a = tokenize(t); const b = t.match(TOKEN) ?? []; if (JSON.stringify(a)!==JSON.stringify(b)) throw new Error(JSON.stringify([t,a,b])); }), { numRuns: 20000, seed: 1 });
console.log('same');
