import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { formatDiffHtml } from '../../src/diff/format-html.ts';
import { cspHash } from '../../src/report/page.ts';
import { formatDiffJson } from '../../src/diff/format-json.ts';
import { formatDiffMarkdown } from '../../src/diff/format-md.ts';
import { formatDiffText, safeTerminal } from '../../src/diff/format-text.ts';
import { diffDocuments } from '../../src/diff/index.ts';
import { DIFF_STYLE } from '../../src/diff/html-style.ts';
import { fixture } from './helpers.ts';

const crue = diffDocuments(fixture('crue-v1.txt'), fixture('crue-v2.txt'));
const hostile = diffDocuments(fixture('hostile.txt'), fixture('hostile-v2.txt'));

test('text: header, counts, fact changes before text changes, inline [-old-]{+new+}', () => {
  const out = formatDiffText(crue);
  assert.ok(out.startsWith('recoupe diff\n  A  test/fixtures/diff/crue-v1.txt'));
  assert.match(out, 'Sentences:  6 same, 3 edited, 2 moved, 0 added, 0 removed');
  assert.match(out, 'Facts:      3 changed, 0 added, 0 removed');
  assert.match(out, '~ changed count · count (dead): plus de 200 morts → au moins 212 morts');
  assert.match(out, "Le [-ministre de l'Intérieur-]{+Premier ministre+} Karim Benhadj");
  assert.match(out, /moved\s+A s7 ¶5 @\d+-\d+ → B s10 ¶8/);
  assert.ok(out.indexOf('Fact changes') < out.indexOf('Text changes'));
  assert.not.match(out, '\u001b[');
});

test('text: colour only when asked, and article text cannot carry escape codes', () => {
  assert.match(formatDiffText(crue, { color: true }), '\u001b[31m[-plus de 200-]\u001b[0m');
  assert.is(safeTerminal('a\u001b[2Jb\tc'), 'a\\u001b[2Jb c');
});

test('text: no changes says so', () => {
  const out = formatDiffText(diffDocuments(fixture('crue-v1.txt'), fixture('crue-copy.txt')));
  assert.match(out, 'Fact changes\n  (none)');
  assert.match(out, 'Text changes\n  (none)');
});

test('json: the DocDiff with schema version and tool', () => {
  const j = JSON.parse(formatDiffJson(crue));
  assert.is(j.schemaVersion, 'recoupe-diff/1');
  assert.is(j.tool.name, 'recoupe');
  assert.equal(j.counts, crue.counts);
  assert.is(j.facts.length, 3);
  assert.equal(j.facts[0].before.text, 'plus de 200 morts');
  assert.ok(j.sentences.some((s: { status: string }) => s.status === 'moved'));
});

test('markdown: tables, fact list, ~~old~~ **new** with markers hugging the words', () => {
  const md = formatDiffMarkdown(crue);
  assert.match(md, '| sentences | 6 | 3 | 2 | 0 | 0 |');
  assert.match(md, '**Facts:** 3 changed, 0 added, 0 removed');
  assert.match(md, '- **changed** count · count \\(dead\\): plus de 200 morts → au moins 212 morts');
  assert.match(md, "ont fait ~~plus de 200~~ **au moins 212** morts");
  assert.match(md, "Le ~~ministre de l'Intérieur~~ **Premier ministre** Karim Benhadj");
  for (const m of md.matchAll(/~~([^~\n]+)~~/g)) assert.is(m[1]!.trim(), m[1], `strikethrough body "${m[1]}"`);
});

test('markdown: article text is escaped (no raw HTML)', () => {
  const md = formatDiffMarkdown(hostile);
  // Only backslash-escaped angle brackets: no tag can open.
  assert.not.match(md, /(?<!\\)</);
  assert.match(md, '\\<script\\>');
});

/** Every <tag …>…</tag> element of a kind. */
function elements(html: string, tag: string): string[] {
  return [...html.matchAll(new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`, 'g'))].map((m) => m[1]!);
}

test('html: strict CSP with the style hashed, no script at all', () => {
  const html = formatDiffHtml(crue);
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1]!.replace(/&#39;/g, "'");
  assert.ok(csp.includes("default-src 'none'"));
  const styles = elements(html, 'style');
  assert.equal(styles, [DIFF_STYLE]);
  assert.ok(csp.includes(`style-src ${cspHash(styles[0]!)}`));
  assert.not.match(csp, 'script-src');
  assert.not.match(csp, 'unsafe-inline');
  assert.not.match(html, /<script/i);
  assert.ok(html.indexOf('Content-Security-Policy') < html.indexOf('<style>'));
  assert.match(html, 'ont fait <del>plus de 200</del> <ins>au moins 212</ins> morts');
  assert.match(html, '<del>plus de 200 morts</del> → <ins>au moins 212 morts</ins>');
});

test('html: a hostile article is escaped everywhere', () => {
  const html = formatDiffHtml(hostile);
  assert.not.match(html, /<script/i);
  assert.not.match(html, /<img/i);
  assert.not.match(html, /<[^>]+\son[a-z]+\s*=/i);
  assert.match(html, '&lt;script&gt;alert(');
  assert.match(html, 'Storm &lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt; update');
  assert.match(html, '&amp; rail traffic');
});

test.run();
