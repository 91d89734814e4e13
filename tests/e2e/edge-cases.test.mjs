// Pages that are not the easy case: a strict CSP, a page that is no article,
// and a browser page no extension may read. The popup must say what happened
// and the page must not be touched.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, clickAction, storedAnalysis, readHighlights, openPage, fixture, SEED_PAGE } from './harness.mjs';

const HOME = `<!doctype html><html lang="en"><head><title>The Daily Example</title></head><body>
<header><h1>The Daily Example</h1><nav><a href="/world">World</a> <a href="/politics">Politics</a></nav></header>
<ul><li><a href="/a">Minister resigns over budget row</a></li><li><a href="/b">Storm closes ports</a></li>
<li><a href="/c">Cup final goes to penalties</a></li></ul></body></html>`;
const TIMEOUT = { timeout: 90_000 };

let server;
let browser;

before(async () => {
  server = await serve({
    '/strict': { body: SEED_PAGE, headers: { 'content-security-policy': "script-src 'self'" } },
    '/home': { body: HOME },
    '/paywalled': { body: fixture('../ld-body/paywalled.html') },
  });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function open(url) {
  const errors = [];
  return { page: await openPage(browser, url, errors), errors };
}

test('a page whose CSP forbids WebAssembly is analysed all the same', TIMEOUT, async () => {
  const { page, errors } = await open(`${server.base}/strict`);
  // The page's own world may not compile wasm here: a content script could not run the core.
  const inPage = await page.evaluate(() => WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]))
    .then(() => 'compiled', (e) => e.message));
  assert.match(inPage, /Refused|Content Security Policy/i);
  errors.length = 0; // the refusal above is logged as a CSP violation

  const popup = await clickAction(browser, page);
  assert.match(await popup.ready(), /Trump Calls Putin/);
  await popup.close();
  assert.deepEqual(popup.errors, []);
  const highlights = await readHighlights(page);
  assert.ok(highlights['lede-quote'].some((r) => r.text.startsWith('President Putin did say')));
  assert.ok(highlights['lede-author'].some((r) => r.text === 'Jack Buckby'));
  assert.equal((await storedAnalysis(browser, page.url()))?.authors[0]?.name, 'Jack Buckby');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a paywalled page: quotes only in the JSON-LD body are listed but not offered as jumps', TIMEOUT, async () => {
  const { page, errors } = await open(`${server.base}/paywalled`);
  const before = await page.content();
  const popup = await clickAction(browser, page);
  await popup.ready();
  const buttons = await popup.evaluate(() => [...document.querySelectorAll('button.quote, button.claim')]
    .map((b) => ({ text: b.textContent, off: b.classList.contains('off-page'), disabled: b.disabled, title: b.title })));
  const quote = (words) => buttons.find((b) => b.text.includes(words));
  // In the page, under the teaser: a jump. Behind the paywall: listed, disabled, and says why.
  assert.deepEqual(quote('biggest investment in our children'), { ...quote('biggest investment in our children'), off: false, disabled: false });
  const hidden = quote('borrowing against revenue');
  assert.ok(hidden?.off && hidden.disabled, JSON.stringify(buttons));
  assert.match(hidden.title, /Not shown on this page/);
  assert.ok(buttons.some((b) => b.text.includes('voted 7–2') && !b.off), 'the in-page claim stays a jump');
  await popup.close();
  assert.deepEqual(popup.errors, []);
  const highlights = await readHighlights(page);
  assert.ok(highlights['lede-quote'].some((r) => r.text.startsWith('This is the biggest investment')));
  assert.ok(!Object.values(highlights).flat().some((r) => r.text.includes('borrowing against revenue')));
  assert.equal(await page.content(), before);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a page that is no article gets a clear answer and no highlights', TIMEOUT, async () => {
  const { page, errors } = await open(`${server.base}/home`);
  const before = await page.content();
  const popup = await clickAction(browser, page);
  const shown = await popup.ready();
  assert.match(shown, /doesn’t look like a news article/);
  assert.match(shown, /Open a single article/); // and what to do
  await popup.close();
  assert.deepEqual(popup.errors, []);
  assert.ok(Object.values(await readHighlights(page)).every((r) => r.length === 0));
  assert.equal(await page.content(), before);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a browser page is refused with an explanation', TIMEOUT, async () => {
  const { page } = await open('chrome://version/');
  const popup = await clickAction(browser, page);
  const shown = await popup.ready();
  assert.match(shown, /can’t read this page/);
  assert.match(shown, /Browser pages, the Web Store and other extensions are off limits/);
  await popup.close();
  assert.deepEqual(popup.errors, []);
  await page.close();
});
