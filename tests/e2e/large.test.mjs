// A 10 MB article: the analysis takes seconds, so the popup must show its
// progress, and the page must keep running meanwhile (the core runs in the
// service worker, in steps). Figures for speed live in scripts/bench.sh; this
// checks behaviour, and prints how long the page's main thread was held.

import { test, before, after } from 'node:test';
import path from 'node:path';
import assert from 'node:assert/strict';
import { ROOT, serve, launch, clickAction, until, openPage } from './harness.mjs';

const NAMES = ['Maria Lopez', 'James Okafor', 'Chen Wei', 'Anna Novak', 'Omar Haddad', 'Sofia Rossi'];

// Paragraphs of reporting, each with a quotation, an attribution and a figure,
// until the page holds `bytes` of HTML.
function largeArticle(bytes) {
  const parts = ['<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Budget talks run long</title>',
    '</head><body><article><h1>Budget talks run long</h1><p class="byline">By Kim Park</p>'];
  let size = parts.join('').length;
  for (let i = 0; size < bytes; i++) {
    const name = NAMES[i % NAMES.length];
    const p = `<p>Spending on roads rose ${(i % 90) + 5} percent in district ${i}, according to the ministry's figures. `
      + `“We cannot wait another year for this work to start,” said ${name}, who chairs the committee. `
      + `Officials said the plan would cost $${(i % 40) + 2} million over five years and create ${i % 700} jobs.</p>`;
    parts.push(p);
    size += p.length;
  }
  parts.push('</article></body></html>');
  return parts.join('');
}

const TIMEOUT = { timeout: 240_000 };
let server;
let browser;

before(async () => {
  server = await serve({ '/large': { body: largeArticle(10 << 20) } });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('a 10 MB page shows progress in the popup and keeps running while it is analysed', TIMEOUT, async () => {
  const errors = [];
  const page = await openPage(browser, `${server.base}/large`, errors);
  // A heartbeat in the page's own world: how often its main thread got to run.
  await page.evaluate(() => {
    window.beats = { count: 0, last: performance.now(), longest: 0 };
    setInterval(() => {
      const now = performance.now();
      window.beats.longest = Math.max(window.beats.longest, now - window.beats.last);
      window.beats.last = now;
      window.beats.count += 1;
    }, 20);
  });
  const beatsBefore = await page.evaluate(() => window.beats.count);

  const started = Date.now();
  const popup = await clickAction(browser, page);
  // The worker reports progress once the analysis has run for 200 ms.
  const shown = await until('the progress bar', () => popup.evaluate(() => {
    const bar = document.querySelector('main progress');
    return bar && !bar.hidden && bar.value > 0 && document.querySelector('main .status').textContent;
  }), 120_000);
  assert.match(shown, /^Long page: [a-z ]+… \d+%$/);
  await popup.screenshot(path.join(ROOT, 'docs/screenshots/progress.png'));
  const text = await popup.ready(180_000);
  const took = Date.now() - started;
  assert.match(text, /Budget talks run long/);
  assert.match(text, /Maria Lopez/);
  assert.deepEqual(popup.errors, []);

  const beats = await page.evaluate(() => ({ ...window.beats }));
  const during = beats.count - beatsBefore;
  // Heartbeats went on during the analysis: the page was never frozen for it.
  assert.ok(during > 10, `only ${during} heartbeats in ${took} ms`);
  const counts = await page.evaluate(() => ({
    quotes: CSS.highlights.get('lede-quote')?.size ?? 0,
    claims: CSS.highlights.get('lede-claim')?.size ?? 0,
  }));
  assert.ok(counts.quotes > 10_000, `${counts.quotes} quote highlights`);
  assert.ok(counts.claims > 10_000, `${counts.claims} claim highlights`);
  // The progress badge is taken down when the analysis ends.
  const badge = await browser.worker().evaluate(async (u) => {
    const tab = (await chrome.tabs.query({})).find((t) => t.url === u);
    return chrome.action.getBadgeText({ tabId: tab.id });
  }, page.url());
  assert.equal(badge, '');
  console.log(`10 MB page: popup ready after ${took} ms; ${during} heartbeats, longest main-thread gap ${Math.round(beats.longest)} ms; `
    + `${counts.quotes} quote and ${counts.claims} claim highlights`);
  assert.deepEqual(errors, []);
  await popup.close();
  await page.close();
});
