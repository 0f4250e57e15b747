// How claim values read in findings: the words a source used, and what they were read as.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { displayClaim } from '../../src/compare/display.ts';
import { claim } from '../helpers/claims.ts';

const count = (text: string, amount: number, noun: string, hedge: { text: string; kind: string } | null, strict: [number, number] | null, pragmatic?: [number, number]) => ({
  ...claim({ doc: 'a.txt', kind: 'count', text, value: { amount, category: 'protesters', noun }, ...(strict ? { strict, pragmatic } : {}) }),
  hedge,
});

test('a number noun ("des dizaines de milliers", "thousands") reads as its words and span, never as a made-up figure', () => {
  const c = count('des dizaines de milliers de manifestants', 30000, 'manifestants', { text: 'des dizaines de milliers', kind: 'approx-noun' }, [20000, 99900], [20000, 90000]);
  assert.is(displayClaim(c), 'des dizaines de milliers (20,000–90,000) manifestants');
});

test('a stated range reads as its bounds; a hedge precedes the figure', () => {
  assert.is(displayClaim(count('entre 1,1 et 1,4 million', 1250000, 'manifestants', { text: 'entre', kind: 'range' }, [1100000, 1400000])), '1.1 million–1.4 million manifestants');
  assert.is(displayClaim(count('au moins 40 morts', 40, 'morts', { text: 'au moins', kind: 'at-least' }, [40, 1e9])), 'au moins 40 morts');
});

test.run();
