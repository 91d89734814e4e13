// Pages that change after Lede painted them (tests/fixtures/extension/): a
// page that hydrates (its article's text nodes replaced by identical ones),
// text that arrives later, and a client-side navigation with pushState.
// Highlights must follow, and none of the old article's may stay.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import {
  HIGHLIGHTS, until, serve, launch, clickAction, storedAnalysis, fixture, readHighlights, openPage,
} from './harness.mjs';

const TIMEOUT = { timeout: 90_000 };

let server;
let browser;
const requests = [];
const pageErrors = [];

before(async () => {
  server = await serve({ '/hydrating': { body: fixture('hydrating.html') }, '/spa/rice': { body: fixture('spa.html') } });
  browser = await launch();
  browser.context.on('request', (r) => requests.push(r.url()));
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const open = (url) => openPage(browser, url, pageErrors);

// Every Lede range in the page: its text, and whether it is anchored in
// live, non-empty text (a range whose nodes were removed collapses).
const ranges = (page) => page.evaluate((names) => names.flatMap((n) => [...(CSS.highlights.get(n) ?? [])]
  .map((r) => ({ name: n, text: r.toString(), live: r.startContainer.isConnected && !r.collapsed }))), HIGHLIGHTS);

const quoteTexts = async (page) => {
  const h = await readHighlights(page);
  return [...h['lede-quote'], ...h['lede-partial'], ...h['lede-indirect']].map((r) => r.text).sort();
};

test('a page that hydrates after load keeps correct highlights, re-anchored in its new text nodes', TIMEOUT, async () => {
  // The fixture hydrates 500 ms after load; here 3 s, well after Lede's
  // first paint (~0.8 s on a cold browser), so the test sees both states.
  const page = await open(`${server.base}/hydrating?after=3000`);
  const popup = await clickAction(browser, page);
  await popup.ready();
  await popup.close();
  const painted = await ranges(page);
  assert.equal(await page.evaluate(() => window.hydrated ?? false), false, 'the page hydrated before Lede painted it');
  assert.ok(painted.length > 5 && painted.every((r) => r.live));
  const quotes = await quoteTexts(page);
  assert.ok(quotes.some((q) => q.startsWith('We shall fight on the beaches')), quotes.join(' | '));

  await until('the page to hydrate', () => page.evaluate(() => window.hydrated));
  // The old ranges collapse with their nodes; Lede re-analyses and paints the new ones.
  const after = await until('the highlights to come back', async () => {
    const now = await ranges(page);
    return now.length === painted.length && now.every((r) => r.live) && now;
  });
  assert.deepEqual(after.map((r) => [r.name, r.text]), painted.map((r) => [r.name, r.text]));
  assert.ok(await page.evaluate(() => {
    const story = document.getElementById('story');
    return [...CSS.highlights.get('lede-quote')].every((r) => story.contains(r.startContainer));
  }));

  // Text that arrives later in the article is read too.
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = '“I have nothing to offer but blood, toil, tears and sweat,” Churchill told the House on 13 May 1940.';
    document.getElementById('story').append(p);
  });
  await until('the new quote', async () => (await quoteTexts(page)).some((q) => q.includes('blood, toil, tears and sweat')));
  const stored = await storedAnalysis(browser, page.url());
  assert.equal(stored.quotes.find((q) => q.text.includes('blood, toil'))?.speaker, 'Winston Churchill');
  await page.close();
});

test('a pushState navigation to another article shows its quotes and none of the old ones', TIMEOUT, async () => {
  const page = await open(`${server.base}/spa/rice`);
  await page.evaluate(() => { window.loadedOnce = true; });
  const popup = await clickAction(browser, page);
  await popup.ready();
  await popup.close();
  const rice = await quoteTexts(page);
  assert.ok(rice.some((q) => q.startsWith('We choose to go to the Moon')), rice.join(' | '));

  await page.getByRole('link', { name: 'Next: the night the Eagle landed' }).click();
  assert.equal(new URL(page.url()).pathname, '/spa/apollo-11');
  const apollo = await until('the new article’s quotes', async () => {
    const q = await quoteTexts(page);
    return q.some((t) => t.startsWith('That’s one small step for man')) && q;
  });
  assert.ok(apollo.some((q) => q.startsWith('Magnificent desolation')), apollo.join(' | '));
  const everything = (await ranges(page)).map((r) => r.text).join(' | ');
  for (const old of rice) assert.ok(!everything.includes(old), `an old highlight stayed: ${old}`);
  assert.ok(everything.length > 0);
  assert.equal(await page.evaluate(() => window.loadedOnce), true, 'the page reloaded');
  assert.equal((await storedAnalysis(browser, page.url()))?.title, 'The night the Eagle landed');
  assert.equal(await page.locator('lede-root').count(), 0, 'Lede added a node it did not need');
  await page.close();
});

test('no page error, and nothing left the machine', () => {
  assert.deepEqual(pageErrors, []);
  assert.deepEqual(requests.filter((u) => !u.startsWith(server.base) && !u.startsWith('chrome-extension://')), []);
});
