// Shared checks for ingest tests: the offset invariants every SourceDoc must keep.
import * as assert from 'uvu/assert';
import type { SourceDoc } from '../../src/types.ts';

/** Every removed item points at its own text in `original`; txt/md keep length; html offsets map back. */
export function assertInvariants(doc: SourceDoc): void {
  for (const r of doc.removed) {
    assert.ok(r.start >= 0 && r.end <= doc.original.length && r.start <= r.end, `${doc.id}: bad span ${r.start}-${r.end}`);
    assert.is(doc.original.slice(r.start, r.end), r.text, `${doc.id}: removed ${r.reason} text`);
  }
  if (doc.offsets === null) {
    assert.is(doc.text.length, doc.original.length, `${doc.id}: masked text keeps the length`);
    for (let i = 0; i < doc.text.length; i++) {
      const t = doc.text[i]!;
      if (t !== ' ') assert.is(t, doc.original[i], `${doc.id}: char ${i} kept or masked`);
      if (doc.original[i] === '\n') assert.is(t, '\n', `${doc.id}: newline ${i} kept`);
    }
  } else {
    assert.is(doc.offsets.length, doc.text.length + 1, `${doc.id}: offsets length`);
    for (let i = 0; i < doc.text.length; i++) {
      const o = doc.offsets[i]!;
      const t = doc.text[i]!;
      assert.ok(o >= 0 && o <= doc.original.length, `${doc.id}: offset ${i} in range`);
      if (i > 0) assert.ok(o >= doc.offsets[i - 1]!, `${doc.id}: offsets never go back`);
      // A text char is the same char in the HTML, an entity starting there, or a collapsed blank.
      const ok = doc.original[o] === t || doc.original[o] === '&' || /\s/.test(t);
      assert.ok(ok, `${doc.id}: text[${i}]=${JSON.stringify(t)} maps to ${JSON.stringify(doc.original.slice(o, o + 8))}`);
    }
  }
}

/** The text with masked blanks squashed, for readable `includes` checks. */
export function visible(doc: SourceDoc): string {
  return doc.text.replace(/\s+/g, ' ').trim();
}

export function reasons(doc: SourceDoc): string[] {
  return doc.removed.map((r) => r.reason);
}
