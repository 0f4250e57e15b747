import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { escapeMarkdown, formatMarkdown } from '../../src/report/markdown.ts';
import { baselineFixture, hostileFixture, largeFixture, mainFixture } from './fixtures.ts';

test('summary tables and findings ordered contradictions first, then divergences', () => {
  const { report, sources } = mainFixture();
  report.findings.reverse();
  const md = formatMarkdown(report, { sources, lang: 'en' });
  assert.match(md, /\| Verdict \| Count \|\n\| --- \| ---: \|\n\| Contradiction \| 1 \|/);
  assert.match(md, /\| Kind \| Count \|/);
  const c = md.indexOf('### 1. Contradiction');
  const d = md.indexOf('### 2. Divergence');
  const o = md.indexOf('### 3. Corroboration');
  assert.ok(c > 0 && c < d && d < o, 'order');
  // Evidence quoted with the value in bold, from the claim's sentence.
  assert.ok(md.includes('  > Le secrétaire d’État américain a rencontré dimanche son homologue chinois pendant **sept heures et demie**, selon le département d’État.'));
  assert.not.ok(md.includes('more findings not shown'));
});

test('a report without findings says that nothing was compared, with no empty tables', () => {
  const { report, sources } = mainFixture();
  const empty = { ...report, findings: [], summary: { ...report.summary, findings: 0, byVerdict: {}, byKind: {} } };
  const en = formatMarkdown(empty, { sources, lang: 'en' });
  assert.ok(en.includes('## Summary\n\nNo finding: no fact is reported by two sources about the same event.\n\n## Sources'));
  assert.not.ok(en.includes('| Verdict |'));
  assert.ok(formatMarkdown(empty, { sources, lang: 'fr' }).includes('Aucun constat : aucun fait n’est rapporté par deux sources à propos du même événement.'));
});

test('baseline status appears in the summary and on each finding', () => {
  const { report, sources } = baselineFixture();
  const md = formatMarkdown(report, { sources, lang: 'en' });
  assert.ok(md.includes('**Baseline:** 1 new · 2 present · 1 fixed'));
  assert.match(md, /f-duration-1 · \*\*new\*\*/);
  assert.match(md, /f-quote-1 · \*\*present\*\*/);
});

test('Markdown specials, HTML and pipes in article text are escaped', () => {
  const { report, sources } = hostileFixture();
  const md = formatMarkdown(report, { sources });
  // Every '<' is backslash-escaped, so no raw HTML reaches a Markdown renderer.
  assert.not.match(md, /(^|[^\\])</m);
  assert.ok(md.includes('\\<script\\>alert\\(1\\)\\</script\\>'));
  // Table rows keep their column count: a pipe inside a cell is escaped.
  for (const line of md.split('\n').filter((l) => l.startsWith('| '))) {
    const cells = line.replace(/\\\|/g, '').split('|').length;
    assert.ok(cells === 4 || cells === 7, line);
  }
  // A multi-line message stays on one line.
  assert.ok(md.includes('ligne 2, avec: deux-points % pourcent'));
  assert.is(escapeMarkdown('a | b *c* _d_ [e](f) `g` #h'), 'a \\| b \\*c\\* \\_d\\_ \\[e\\]\\(f\\) \\`g\\` \\#h');
  assert.is(escapeMarkdown('- item'), '\\- item');
  assert.is(escapeMarkdown('1. item'), '1\\. item');
});

test('output is capped to maxChars with a note of how many findings were cut', () => {
  const { report, sources } = largeFixture();
  const md = formatMarkdown(report, { sources, lang: 'en' });
  assert.ok(md.length <= 60_000, `${md.length}`);
  const shown = (md.match(/^### \d+\. /gm) ?? []).length;
  assert.ok(shown > 10);
  const note = /_(\d+) more findings not shown \(output limited to 60000 characters\)\\?\._\n$/.exec(md);
  assert.ok(note, md.slice(-300));
  assert.is(Number(note![1]) + shown, 5000);
  const small = formatMarkdown(report, { sources, maxChars: 5000, lang: 'en' });
  assert.ok(small.length <= 5000, `${small.length}`);
  // Contradictions come first.
  assert.match(small, /### 1\. Contradiction/);
});

test.run();
