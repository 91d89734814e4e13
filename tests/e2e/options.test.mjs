// The options page: what it saves in the extension's localStorage is what
// the popup starts from, and what the keyboard shortcut (which runs in the
// service worker, without localStorage) applies too.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  until, serve, launch, clickAction, storedAnalysis, extensionPage, pressShortcut, SEED_PAGE,
} from './harness.mjs';

const TIMEOUT = { timeout: 90_000 };

let server;
let browser;
let options;

const names = (page) => page.evaluate(() => [...CSS.highlights.keys()].filter((n) => CSS.highlights.get(n).size).sort());

before(async () => {
  server = await serve({ '/article': { body: SEED_PAGE } });
  browser = await launch();
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.base });
  options = await extensionPage(browser, 'options.html');
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('the options page shows the defaults and the shortcut, in light and dark', TIMEOUT, async () => {
  const state = await options.evaluate(() => ({
    boxes: [...document.querySelectorAll('#categories input')].map((b) => [b.name, b.checked]),
    threshold: document.getElementById('threshold').value,
    format: document.getElementById('form').elements.format.value,
    shortcut: document.getElementById('shortcut').textContent,
  }));
  assert.deepEqual(state, {
    boxes: [['direct', true], ['partial', true], ['indirect', true], ['claim', true], ['author', true]],
    threshold: '0.5',
    format: 'markdown',
    shortcut: 'Alt+Shift+L',
  });
  const background = () => options.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await options.emulateMedia({ colorScheme: 'dark' });
  assert.equal(await background(), 'rgb(32, 33, 36)');
  await options.emulateMedia({ colorScheme: 'light' });
  assert.equal(await background(), 'rgb(255, 255, 255)');
});

test('choices are saved at once in the extension’s localStorage', TIMEOUT, async () => {
  await options.getByLabel('Check-worthy claim').uncheck();
  await options.getByLabel('Reported speech').uncheck();
  await options.locator('#threshold').fill('0.8');
  await options.getByLabel('Plain text').check();
  await until('Saved.', () => options.evaluate(() => document.getElementById('saved').textContent === 'Saved.'));
  const saved = await options.evaluate(() => JSON.parse(localStorage.getItem('lede.settings')));
  assert.deepEqual(saved, {
    show: { direct: true, partial: true, indirect: false, claim: false, author: true },
    threshold: 0.8,
    format: 'text',
  });
  assert.equal(await options.evaluate(() => document.getElementById('threshold-value').value), '0.80');
});

test('the popup starts from the saved options', TIMEOUT, async () => {
  const page = await browser.context.newPage();
  await page.goto(`${server.base}/article`);
  const popup = await clickAction(browser, page);
  await popup.ready();
  const pressed = await popup.evaluate(() => [...document.querySelectorAll('.toggle')].map((b) => b.ariaPressed));
  assert.deepEqual(pressed, ['true', 'true', 'false', 'false', 'true']);
  assert.equal(await popup.evaluate(() => document.getElementById('threshold').value), '0.8');
  assert.deepEqual(await names(page), ['lede-author', 'lede-partial', 'lede-quote']);
  await popup.click('#copy');
  await popup.outcome('#copy', 'Copy summary');
  const stored = await storedAnalysis(browser, page.url());
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), stored.clipboard.text);

  // Switching claims back on in the popup shows only those scoring 0.8 or more, and the options page follows.
  await popup.click('.toggle:has(.mark-claim)');
  const strong = stored.claims.filter((c) => c.score >= 0.8).length;
  await until('the strong claims', () => page.evaluate(() => CSS.highlights.get('lede-claim')?.size ?? 0).then((n) => n === strong));
  await until('the options page to follow', () => options.evaluate(() => document.querySelector('input[name=claim]').checked));
  await popup.close();
  await page.close();
});

test('the keyboard shortcut applies the saved options too', TIMEOUT, async () => {
  await options.getByLabel('Check-worthy claim').uncheck();
  await until('Saved.', () => options.evaluate(() => JSON.parse(localStorage.getItem('lede.settings')).show.claim === false));
  const page = await browser.context.newPage();
  await page.goto(`${server.base}/article`);
  await pressShortcut(browser, page, 'Alt+Shift+L');
  await until('the highlights', async () => (await names(page)).length > 0);
  assert.deepEqual(await names(page), ['lede-author', 'lede-partial', 'lede-quote']);
  await page.close();
});
