// Linear time: huge lines, markup-heavy pages and pathological inputs finish in seconds.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ingestText } from '../../src/ingest/index.ts';
import { matchPath, matchSegment } from '../../src/ingest/glob.ts';

function timed<T>(f: () => T): [T, number] {
  const t = performance.now();
  const r = f();
  return [r, performance.now() - t];
}

test('perf: a 5 MB single line of text', () => {
  const line = 'Le ministre a parlé (pendant trois heures) avec son homologue, selon AFP / Reuters. '.repeat(60_000);
  const [doc, ms] = timed(() => ingestText('big.txt', line));
  assert.ok(doc.text.length === line.length);
  assert.ok(ms < 5000, `${ms} ms`);
});

test('perf: 5 MB of "(((" and "…" and slashes without closing', () => {
  const s = '((((/ AFP '.repeat(500_000) + '\n' + 'a... '.repeat(200_000);
  const [, ms] = timed(() => ingestText('weird.txt', s));
  assert.ok(ms < 5000, `${ms} ms`);
});

test('perf: a 20 MB, 90%-markup HTML page', () => {
  const chunk = '<div class="x" data-a="1"><span><a href="/y">&nbsp;</a></span><!-- c --><script>var s="</div>";</script></div><p>Un paragraphe court.</p>\n';
  const html = `<html><body><article>${chunk.repeat(Math.ceil(20_000_000 / chunk.length))}</article></body></html>`;
  const [doc, ms] = timed(() => ingestText('big.html', html));
  assert.ok(doc.text.startsWith('Un paragraphe court.'));
  assert.ok(ms < 20000, `${ms} ms`);
});

test('perf: unterminated tags, comments and entities', () => {
  const s = '<a href="'.repeat(100_000) + '<!--'.repeat(100_000) + '&amp'.repeat(100_000);
  const [, ms] = timed(() => ingestText('bad.html', s));
  assert.ok(ms < 5000, `${ms} ms`);
});

test('glob: segments and ** match without blow-up', () => {
  assert.ok(matchSegment('*.txt', 'a.txt'));
  assert.ok(matchSegment('0?-*.md', '01-x.md'));
  assert.not.ok(matchSegment('*.txt', 'a.txt.bak'));
  assert.ok(matchPath(['**', '*.txt'], ['a', 'b', 'c.txt']));
  assert.ok(matchPath(['**', '*.txt'], ['c.txt']));
  assert.not.ok(matchPath(['a', '**', 'x', '*.md'], ['a', 'b', 'c.md']));
  const [, ms] = timed(() => matchSegment('*a*a*a*a*a*a*a*a*b', 'a'.repeat(5000)));
  assert.ok(ms < 2000, `${ms} ms`);
});

test.run();
