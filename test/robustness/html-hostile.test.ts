// The HTML report is safe whatever the sources say: the real pipeline (`check`) on hostile .txt/.md/.html/.json
// sources, opened from file:// in headless Chromium: no dialog, no script run, no request, no console error.
// Fails when Chromium is missing unless RECOUPE_SKIP_BROWSER=1 (test/browser/launch.ts).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { browserSkipped, launchChromium } from '../browser/launch.ts';
import { cli } from '../helpers/cli.ts';
import { cleanup, ROOT, tempDir } from './helpers/corpus.ts';

// Every payload sets window.__pwned or opens a dialog if it ever runs.
const XSS = [
  '<script>window.__pwned=1;alert(1)</script>',
  '<img src=x onerror="window.__pwned=2;alert(2)">',
  '</style><script>window.__pwned=3</script>',
  '</script><script>window.__pwned=4</script>',
  '"><svg onload="window.__pwned=5">',
  "'><iframe src=javascript:alert(6)>",
  '<a href="javascript:window.__pwned=7">clic</a>',
  '{{constructor.constructor("window.__pwned=8")()}}',
  '<!--',
  ']]><x>',
].join(' ');

const BODY = (n: number) =>
  `Selon la police, ${n * 1000} manifestants ont défilé à Paris le 19 juin 2023 ${XSS}. ` +
  `« Nous ne céderons pas ${XSS} », a déclaré le ministre ${XSS}. La réunion a duré ${n + 2} heures.`;

function hostileSources(dir: string): void {
  const src = path.join(dir, 'src');
  mkdirSync(src);
  const fm = (n: number) => `---\ntitle: T ${XSS}\noutlet: O ${XSS}\nurl: javascript:alert(1)\npublished: 2023-06-19\n---\n`;
  writeFileSync(path.join(src, 'a.txt'), fm(1) + BODY(1));
  writeFileSync(path.join(src, 'b.md'), `${fm(2)}# ${XSS}\n\n${BODY(2)}\n\n[lien](javascript:alert(1)) ${XSS}`);
  writeFileSync(
    path.join(src, 'c.html'),
    `<html><head><title>${XSS.replace(/<\/?script>/g, '')}</title><meta property="og:site_name" content="&quot;&gt;&lt;svg onload=alert(1)&gt;"></head>` +
      `<body><article><h1>&lt;script&gt;window.__pwned=9&lt;/script&gt;</h1><p>${BODY(3).replace(/</g, '&lt;')}</p><p><a href="javascript:alert(1)">x</a></p></article></body></html>`,
  );
  writeFileSync(
    path.join(src, 'd.json'),
    JSON.stringify([
      { id: '<script>alert(1)</script>', title: XSS, outlet: XSS, url: 'javascript:alert(1)', published: '2023-06-19', text: BODY(4) },
      { id: '"><svg onload=alert(1)>', title: XSS, outlet: XSS, url: 'https://example.org/"><script>alert(1)</script>', text: BODY(5) },
    ]),
  );
}

// The page callbacks run in Chromium; the project compiles without the DOM lib, so name what they use.
declare const document: { querySelectorAll(s: string): ArrayLike<{ getAttribute(a: string): string | null }> };
declare const window: { __pwned?: unknown };

const run = browserSkipped() ? test.skip : test;

run('hostile sources: the real report runs nothing, loads nothing, logs no error', async () => {
  const dir = tempDir('xss');
  hostileSources(dir);
  const r = await cli(['check', 'src', '--rules', path.join(ROOT, 'rules'), '--out', 'out', '--format', 'json,html'], dir);
  assert.is(r.code, 0, r.stderr);
  const html = readFileSync(path.join(dir, 'out/report.html'), 'utf8');
  const attr = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(html)?.[1] ?? '';
  const csp = attr.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  assert.ok(csp, 'CSP meta present');
  const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? '';
  assert.ok(scriptSrc && !scriptSrc.includes('unsafe-inline') && /'sha256-|'nonce-/.test(scriptSrc), `script-src: ${scriptSrc}`);
  assert.match(csp, /default-src 'none'/);

  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url === pathToFileURL(path.join(dir, 'out/report.html')).href) return route.continue();
      requests.push(url);
      return route.abort();
    });
    await page.goto(pathToFileURL(path.join(dir, 'out/report.html')).href);
    await page.waitForSelector('html[data-ready="1"]', { timeout: 30_000 });
    // Click every in-page link and button (not the http(s) source links, which navigate by design): an inline
    // handler or a javascript: URL would fire here.
    await page.evaluate(() => {
      for (const el of Array.from(document.querySelectorAll('a:not([href^="http"]), button, summary'))) (el as unknown as { click(): void }).click();
    });
    await page.waitForTimeout(300);
    assert.is(await page.evaluate(() => window.__pwned), undefined, 'a payload ran');
    assert.equal(dialogs, [], 'dialogs');
    assert.equal(requests, [], 'requests');
    assert.equal(errors, [], 'console errors');
    const hrefs = await page.evaluate(() => Array.from(document.querySelectorAll('a[href]'), (a) => a.getAttribute('href') ?? ''));
    for (const h of hrefs) assert.ok(/^(#|https?:)/i.test(h), `link ${h}`);
    // The payloads are shown as text, so the reader still sees what the source said.
    assert.ok((await page.textContent('body'))!.includes('<script>window.__pwned=1'), 'payload shown as text');
  } finally {
    await browser.close();
  }
});

test.after(cleanup);
test.run();
