// Opens the HTML report from disk in headless Chromium: layout, filters, hostile input, 5,000-finding scale.
// Fails when Chromium is missing (CI installs it) unless RECOUPE_SKIP_BROWSER=1.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Browser, Page } from 'playwright-core';
import { formatHtml } from '../../src/report/html.ts';
import { hostileFixture, largeFixture, mainFixture, type Fixture } from '../report/fixtures.ts';
import { browserSkipped, launchChromium } from './launch.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SCREENSHOT = path.join(ROOT, 'reports/browser-report.png');
const dir = mkdtempSync(path.join(tmpdir(), 'recoupe-html-'));

let browser: Promise<Browser> | null = null;
const getBrowser = () => (browser ??= launchChromium());

interface Watched {
  page: Page;
  errors: string[];
  dialogs: string[];
  external: string[];
}

/** A fresh page that records console errors, page errors, dialogs and every non-file request (all aborted). */
async function openReport(name: string, fixture: Fixture, lang?: 'en' | 'fr'): Promise<Watched & { ms: number }> {
  const file = path.join(dir, `${name}.html`);
  writeFileSync(file, formatHtml(fixture.report, { sources: fixture.sources, lang }));
  const context = await (await getBrowser()).newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const watched: Watched = { page, errors: [], dialogs: [], external: [] };
  page.on('console', (m) => m.type() === 'error' && watched.errors.push(m.text()));
  page.on('pageerror', (e) => watched.errors.push(e.message));
  page.on('dialog', (d) => {
    watched.dialogs.push(d.message());
    void d.dismiss();
  });
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:') || url.startsWith('data:')) return route.continue();
    watched.external.push(url);
    return route.abort();
  });
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith('file:') && !url.startsWith('data:') && !watched.external.includes(url)) watched.external.push(url);
  });
  const t0 = performance.now();
  await page.goto(pathToFileURL(file).href);
  await page.waitForSelector('html[data-ready="1"]');
  return { ...watched, ms: performance.now() - t0 };
}

// The page callbacks below run in Chromium; the project compiles without the DOM lib, so name what they use.
declare const document: {
  querySelectorAll(selector: string): ArrayLike<{ classList: { contains(c: string): boolean } }>;
  activeElement: { className: string } | null;
};
declare const window: { __pwned?: unknown };

const run = browserSkipped() ? test.skip : test;

run('main report: cards side by side, filter by verdict, screenshot', async () => {
  const { page, errors, external } = await openReport('main', mainFixture(), 'en');
  const card = page.locator('article.finding.v-contradiction').first();
  assert.ok(await card.isVisible(), 'contradiction card visible');
  assert.is(await card.locator('h3').textContent(), 'Durée de la rencontre Blinken–Qin');
  const boxes = await card.locator('.values > .value').evaluateAll((els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect();
      return { x: r.x, y: r.y, w: r.width };
    }),
  );
  assert.is(boxes.length, 3);
  assert.ok(boxes.every((b) => Math.abs(b.y - boxes[0]!.y) < 1), `one row: ${JSON.stringify(boxes)}`);
  assert.ok(boxes[0]!.x < boxes[1]!.x && boxes[1]!.x < boxes[2]!.x, 'left to right');
  assert.equal(await card.locator('.value h4').allTextContents(), ['Le Monde', 'Reuters', 'AFP']);
  assert.is(await card.locator('.value mark').first().textContent(), 'sept heures et demie');

  mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
  await page.locator('#doc-0').evaluate((d) => d.setAttribute('open', ''));
  await page.screenshot({ path: SCREENSHOT, fullPage: true });

  const before = await page.locator('article.finding').count();
  await page.selectOption('#f-verdict', 'divergence');
  const verdicts = await page.locator('article.finding').evaluateAll((els) => els.map((e) => e.className));
  assert.ok(verdicts.length > 0 && verdicts.length < before, `${before} → ${verdicts.length}`);
  assert.ok(verdicts.every((c) => c.includes('v-divergence')), verdicts.join());
  assert.is(await page.locator('#findings-status').textContent(), 'Showing 1 of 1 findings matching the filters (3 in all)');
  // The quote card shows the word diff.
  assert.equal(await page.locator('.diff ins').allTextContents(), [', approfondis', 'presque ']);

  // Keyboard: the skip link is the first stop and leads to the findings.
  await page.keyboard.press('Tab');
  assert.is(await page.evaluate(() => document.activeElement?.className), 'skip-link');
  // Print: filters hidden.
  await page.emulateMedia({ media: 'print' });
  assert.not.ok(await page.locator('#filters').isVisible());
  await page.emulateMedia({ media: 'screen' });
  assert.equal(errors, []);
  assert.equal(external, []);
  await page.context().close();
});

run('a report without findings says nothing was compared, not that filters hide everything', async () => {
  const fixture = mainFixture();
  const report = { ...fixture.report, findings: [], summary: { ...fixture.report.summary, findings: 0, byVerdict: {}, byKind: {} } };
  const { page, errors } = await openReport('empty', { ...fixture, report }, 'en');
  assert.is(await page.locator('#findings-status').textContent(), 'No finding: no fact is reported by two sources about the same event.');
  assert.equal(errors, []);
  await page.context().close();
});

run('hostile report: no dialog, no foreign script, no network', async () => {
  const { page, errors, dialogs, external } = await openReport('hostile', hostileFixture());
  await page.locator('details').evaluateAll((els) => els.forEach((d) => d.setAttribute('open', '')));
  await page.waitForTimeout(200);
  assert.equal(dialogs, []);
  assert.is(await page.evaluate(() => window.__pwned), undefined);
  assert.is(await page.locator('script').count(), 2);
  assert.is(await page.locator('img').count(), 0);
  assert.is(await page.locator('a[href^="javascript:" i]').count(), 0);
  assert.is(await page.locator('style').count(), 1);
  // The hostile strings are on the page as text.
  assert.is(await page.locator('article.finding h3').first().textContent(), 'Label <img src=x onerror=alert(1)>');
  assert.ok(((await page.locator('#documents').textContent()) ?? '').includes('</script><script>window.__pwned=1</script>'));
  assert.equal(errors, []);
  assert.equal(external, []);
  await page.context().close();
});

run('5,000 findings: interactive within 2 s', async () => {
  const fixture = largeFixture(5000);
  const { page, errors, ms } = await openReport('large', fixture);
  // Interactive = the filter works: time from navigation start to the filtered list being on screen.
  const t0 = performance.now();
  await page.selectOption('#f-verdict', 'divergence');
  await page.waitForFunction(() => {
    const cards = document.querySelectorAll('article.finding');
    return cards.length > 0 && Array.from(cards).every((c) => c.classList.contains('v-divergence'));
  });
  const total = ms + (performance.now() - t0);
  console.log(`    5,000 findings: ready in ${ms.toFixed(0)} ms, filtered by ${total.toFixed(0)} ms`);
  assert.ok(total <= 2000, `interactive after ${total.toFixed(0)} ms`);
  assert.is(await page.locator('article.finding').count(), 100);
  await page.click('#more');
  assert.is(await page.locator('article.finding').count(), 200);
  assert.equal(errors, []);
  await page.context().close();
});

test.after(async () => {
  if (browser) await (await browser.catch(() => null))?.close();
  rmSync(dir, { recursive: true, force: true });
});

test.run();
