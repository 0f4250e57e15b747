// The real report of the bundled articles, opened in headless Chromium: no console error, the Qin Gang
// contradiction visible with its three sources side by side, a filter applied, a screenshot saved.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { check } from '../../src/pipeline.ts';
import { packagePath } from '../../src/paths.ts';
import { formatHtml } from '../../src/report/html.ts';
import { browserSkipped, launchChromium } from './launch.ts';

const run = browserSkipped() ? test.skip : test;

run('bundled sources: the Qin Gang contradiction side by side, filters, screenshot', async () => {
  const result = await check({ paths: [packagePath('sources')], rules: packagePath('rules'), cwd: packagePath() });
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'recoupe-sources-')), 'report.html');
  writeFileSync(file, formatHtml(result.report, { sources: new Map(result.docs.map((d) => [d.id, d.original])) }));
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(pathToFileURL(file).href);
    await page.waitForSelector('html[data-ready="1"]');

    // The first card is the contradiction on the length of the Qin Gang talks.
    const card = page.locator('article.finding.v-contradiction').first();
    assert.ok(await card.isVisible());
    assert.match((await card.textContent()) ?? '', /qin gang/i);
    const marks = await card.locator('.values > .value mark').allTextContents();
    for (const m of ['sept heures et demie', 'plus de cinq heures', 'près de six heures']) assert.ok(marks.includes(m), `${m} in ${marks}`);
    const boxes = await card.locator('.values > .value').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().y));
    assert.is(boxes.length, 3);
    assert.ok(boxes.every((y) => Math.abs(y - boxes[0]!) < 1), 'the three sources sit on one row');

    await card.scrollIntoViewIfNeeded();
    mkdirSync(packagePath('reports'), { recursive: true });
    await page.screenshot({ path: packagePath('reports', 'report-sources.png') });

    const before = await page.locator('article.finding').count();
    await page.selectOption('#f-verdict', 'contradiction');
    const after = await page.locator('article.finding').evaluateAll((els) => els.map((e) => e.className));
    assert.ok(after.length >= 1 && after.length < before, `${before} → ${after.length}`);
    assert.ok(after.every((c) => c.includes('v-contradiction')));
    assert.equal(errors, []);
  } finally {
    await browser.close();
  }
});

test.run();
