import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { cspHash, formatHtml } from '../../src/report/html.ts';
import { SCRIPT } from '../../src/report/html/script.ts';
import { hostileFixture, largeFixture, mainFixture, XSS } from './fixtures.ts';

/** The text of every <tag …>…</tag> element, in order. */
function elements(html: string, tag: string): { attrs: string; body: string }[] {
  const re = new RegExp(`<${tag}(\\s[^>]*)?>([\\s\\S]*?)</${tag}>`, 'g');
  return [...html.matchAll(re)].map((m) => ({ attrs: m[1] ?? '', body: m[2]! }));
}

function cspOf(html: string): Record<string, string> {
  const content = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1]!.replace(/&#39;/g, "'");
  return Object.fromEntries(content.split(';').map((d) => d.trim().split(/\s+(.*)/s).slice(0, 2) as [string, string]));
}

test('CSP hashes match the inline style and script exactly, with no unsafe-inline', () => {
  const { report, sources } = mainFixture();
  const html = formatHtml(report, { sources });
  const csp = cspOf(html);
  const styles = elements(html, 'style');
  const scripts = elements(html, 'script').filter((s) => !s.attrs.includes('application/json'));
  assert.is(styles.length, 1);
  assert.is(scripts.length, 1);
  assert.is(csp['style-src'], cspHash(styles[0]!.body));
  assert.is(csp['script-src'], cspHash(scripts[0]!.body));
  assert.is(csp['default-src'], "'none'");
  assert.is(csp['img-src'], 'data:');
  assert.is(csp['base-uri'], "'none'");
  assert.is(csp['form-action'], "'none'");
  assert.not.ok(html.includes('unsafe-inline'));
  // The CSP must come before anything it governs.
  assert.ok(html.indexOf('Content-Security-Policy') < html.indexOf('<style>'));
});

test('no inline event handlers or style attributes anywhere', () => {
  for (const { report, sources } of [mainFixture(), hostileFixture()]) {
    const html = formatHtml(report, { sources });
    assert.not.match(html, /<[^>]+\son[a-z]+\s*=/i);
    assert.not.match(html, /<[^>]+\sstyle\s*=/i);
  }
});

test('hostile text and metadata are escaped everywhere', () => {
  const { report, sources } = hostileFixture();
  for (const html of [formatHtml(report, { sources }), formatHtml(report)]) {
    // Exactly our elements: one style, the JSON data block and our script.
    assert.is(elements(html, 'style').length, 1);
    assert.is((html.match(/<script/g) ?? []).length, 2);
    assert.is((html.match(/<\/script>/g) ?? []).length, 2);
    assert.is((html.match(/<\/style>/g) ?? []).length, 1);
    assert.not.ok(html.includes('<script>alert'));
    assert.not.ok(html.includes('<img'));
    assert.not.ok(html.includes('<style>body'));
    assert.not.match(html, /href="\s*javascript:/i);
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'), 'title shown as text');
    assert.ok(html.includes('&lt;img src=x onerror=alert(1)&gt;'), 'outlet shown as text');
    // The javascript: URL is shown as text, never as a link.
    assert.ok(html.includes(`<span class="url-text">${XSS.js}</span>`));
    // The data block parses back to the hostile strings.
    const data = JSON.parse(/<script type="application\/json" id="data">([\s\S]*?)<\/script>/.exec(html)![1]!);
    assert.ok(JSON.stringify(data).includes(XSS.scriptEnd));
  }
});

test('sections: summary counts, sources, copy groups, events, documents with noise struck', () => {
  const { report, sources } = mainFixture();
  const html = formatHtml(report, { sources, lang: 'en' });
  assert.ok(html.includes('<html lang="en">'));
  for (const id of ['summary', 'findings', 'events', 'copy-groups', 'documents']) assert.ok(html.includes(`id="${id}"`), id);
  assert.match(html, /<span class="badge v-contradiction">Contradiction<\/span><\/th><td>1<\/td>/);
  assert.ok(html.includes('<a href="https://www.lemonde.fr/international/article.html" rel="noopener noreferrer">'));
  assert.match(html, /<del class="noise" title="navigation">Accueil &gt; International &gt; Asie<\/del>/);
  assert.match(html, /<mark class="claim" id="claim-0" title="duration: sept heures et demie">sept heures et demie<\/mark>/);
  assert.ok(html.includes('<strong>Group 1</strong>'));
  assert.ok(html.includes('class="show-event" data-event="0"'));
  for (const id of ['f-verdict', 'f-kind', 'f-source', 'f-event']) assert.match(html, new RegExp(`<label for="${id}">`));
  assert.not.ok(html.includes('id="f-status"'), 'no baseline, no status filter');
  assert.ok(html.includes('@media print'));
  assert.ok(html.includes('class="skip-link" href="#findings"'));
});

test('language defaults to the documents’ majority, and cleanText is used without the original', () => {
  const { report } = mainFixture();
  assert.ok(formatHtml(report).includes('<html lang="fr">'));
  report.documents[0]!.cleanText = 'Le secrétaire d’État a parlé pendant sept heures et demie.';
  const html = formatHtml(report);
  assert.match(html, /<mark class="claim" id="claim-0"[^>]*>sept heures et demie<\/mark>/);
  assert.match(html, /<del class="noise" title="credit">Photo : Leah Millis \/ AFP<\/del>/);
});

test('quote findings carry a word diff in the data block', () => {
  const { report, sources } = mainFixture();
  const html = formatHtml(report, { sources });
  const data = JSON.parse(/<script type="application\/json" id="data">([\s\S]*?)<\/script>/.exec(html)![1]!);
  const quote = data.findings.find((f: { id: string }) => f.id === 'f-quote-1');
  assert.equal(quote.vals[1].df.filter((p: [number, string]) => p[0] === 1).map((p: [number, string]) => p[1]), [', approfondis', 'presque ']);
});

test('the client script is valid JavaScript', () => {
  assert.not.throws(() => new Function(SCRIPT));
  assert.not.ok(SCRIPT.includes('innerHTML'), 'cards are built with textContent only');
});

test('5,000 findings render quickly into a page of bounded size', () => {
  const { report, sources } = largeFixture();
  const t0 = performance.now();
  const html = formatHtml(report, { sources });
  const ms = performance.now() - t0;
  assert.ok(ms < 3000, `took ${ms} ms`);
  assert.ok(html.length < 12_000_000, `${html.length} characters`);
  // Cards are built by the client; the server emits none.
  assert.not.ok(html.includes('<article'));
});

test.run();
