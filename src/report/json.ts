// JSON formatter: the report as pretty JSON, deterministic (keys in construction order, arrays pre-sorted).
// It comes in pieces, the long top-level arrays one element at a time, so that a large report is written without
// ever being one string: that string would double peak memory, and past V8's string limit (~2^29 characters,
// reached by the findings of 100,000 articles) it cannot be built at all. The pieces join to exactly
// JSON.stringify(report, null, 2) + "\n".
import type { Report } from '../types.ts';

const INDENT = '  ';
// Elements of a long array stringified at once: a few MB of findings per piece.
const BATCH = 256;

/** JSON.stringify(value, null, 2), nested at depth one (every line after the first indented once more). */
function nested(value: unknown, indent: string): string | undefined {
  return JSON.stringify(value, null, 2)?.replaceAll('\n', `\n${indent}`);
}

export function* jsonChunks(report: Report): Generator<string> {
  // The keys JSON.stringify keeps, decided without stringifying their values (the findings of 100,000 articles
  // would be one string too long to exist).
  const entries = Object.entries(report).filter(([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol');
  if (entries.length === 0) {
    yield '{}\n';
    return;
  }
  yield '{';
  for (let i = 0; i < entries.length; i++) {
    const [key, value] = entries[i]!;
    yield `${i ? ',' : ''}\n${INDENT}${JSON.stringify(key)}: `;
    if (Array.isArray(value) && value.length > 0) {
      // A batch of elements stringified inside a wrapping array comes out indented to its depth here:
      // "[\n  [\n    a,\n    b\n  ]\n]" minus its first 5 and last 6 characters is the batch as it stands in the
      // report, in one native pass.
      for (let k = 0; k < value.length; k += BATCH) yield `${k ? ',' : '['}${JSON.stringify([value.slice(k, k + BATCH)], null, 2).slice(5, -6)}`;
      yield `\n${INDENT}]`;
    } else yield nested(value, INDENT)!;
  }
  yield '\n}\n';
}

export function formatJson(report: Report): string {
  return [...jsonChunks(report)].join('');
}
