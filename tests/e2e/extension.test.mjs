// The extension end to end on the reference article: one click on the
// toolbar icon, then what a reader sees in the page and in the popup.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  ROOT, SHARED, until, serve, launch, clickAction, storedAnalysis, cliAnalysis, readHighlights, overlay, focusedText, openPage,
} from './harness.mjs';

const FIXTURE = path.join(ROOT, 'tests/fixtures/seed-trump-putin-call/page.html');
const gold = JSON.parse(fs.readFileSync(path.join(SHARED, 'corpus/seed-trump-putin-call/gold.json'), 'utf8'));
const SCREENSHOTS = path.join(ROOT, 'docs/screenshots');
const TIMEOUT = { timeout: 90_000 };

// Quote marks and spacing around a stretch are not part of the words.
const norm = (s) => s.replace(/\s+/g, ' ').replace(/^[\s“”"‘’']+|[\s“”"‘’']+$/g, '');

let server;
let browser;
let page;
let popup;
const pageErrors = [];
const requests = [];

before(async () => {
  const html = fs.readFileSync(FIXTURE);
  server = await serve({ '/article': { body: html } });
  browser = await launch();
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.base });
  browser.context.on('request', (r) => requests.push(r.url()));
  page = await openPage(browser, `${server.base}/article`, pageErrors);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('a click on the toolbar icon analyses the article without changing its text', TIMEOUT, async () => {
  const before = await page.evaluate(() => [document.body.innerText, document.body.innerHTML]);
  popup = await clickAction(browser, page);
  const shown = await popup.ready();
  assert.match(shown, new RegExp(gold.title.slice(0, 30)));
  assert.match(shown, /Jack Buckby/);
  assert.match(shown, /Donald Trump ×\d+/);
  assert.match(shown, /Vladimir Putin ×\d+/);
  assert.match(shown, /Copy summary/);
  const afterText = await page.evaluate(() => [document.body.innerText, document.body.innerHTML]);
  assert.deepEqual(afterText, before, 'the page text changed');
});

test('the six gold quotes are highlighted, nothing outside the article is', TIMEOUT, async () => {
  const highlights = await readHighlights(page);
  const quotes = [...highlights['lede-quote'], ...highlights['lede-partial']].map((h) => norm(h.text));
  for (const q of gold.quotes) {
    assert.ok(quotes.some((t) => t.includes(norm(q.text))), `quote not highlighted: ${q.text}`);
  }
  for (const [name, ranges] of Object.entries(highlights)) {
    for (const r of ranges) {
      const outside = r.regions.filter((s) => ['#comments', '.widget-area', '.breaking-ticker'].includes(s));
      assert.deepEqual(outside, [], `${name} highlight outside the article: ${r.text}`);
      for (const trap of [...gold.not_quotes, ...gold.must_exclude]) {
        if (trap === gold.title) continue; // the headline's words recur in the article's own H2
        assert.ok(!r.text.includes(trap), `${name} highlight holds ${trap}`);
      }
    }
  }
});

test('the author highlight covers the byline and the bio', TIMEOUT, async () => {
  const authors = (await readHighlights(page))['lede-author'];
  assert.ok(authors.some((r) => r.text === 'Jack Buckby' && r.regions.includes('.byline')), 'byline not highlighted');
  const [{ bio_starts: bio }] = gold.authors;
  assert.ok(authors.some((r) => r.text.startsWith(bio) && r.regions.includes('.author-description')),
    'bio not highlighted');
});

test('Copy summary in the popup puts the Markdown summary on the clipboard', TIMEOUT, async () => {
  await popup.screenshot(path.join(SCREENSHOTS, 'popup.png'));
  await page.evaluate(() => navigator.clipboard.writeText('nothing copied yet'));
  await popup.click('#copy');
  const copied = await until('the copy', async () => {
    const label = await popup.evaluate(() => document.querySelector('#copy').textContent);
    return label !== 'Copy summary' && label;
  });
  assert.equal(copied, 'Copied ✓');
  const clip = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(clip.includes(gold.title), `no title in: ${clip}`);
  assert.ok(clip.includes('Jack Buckby'), `no author in: ${clip}`);
  const stored = await storedAnalysis(browser, page.url());
  assert.equal(clip, stored.clipboard.markdown);
});

test('the popup groups quotes by speaker; a quote leads to its place in the page and pulses it', TIMEOUT, async () => {
  const stored = await storedAnalysis(browser, page.url());
  const groups = await popup.evaluate(() => [...document.querySelectorAll('.speaker')].map((d) => ({
    name: d.querySelector('.name').textContent, quotes: d.querySelectorAll('.quote').length })));
  assert.deepEqual(groups, stored.speakers.map((s) => ({ name: s.name, quotes: s.quotes.length })));

  const [first] = stored.speakers;
  await popup.click('.speaker summary');
  await popup.click('.speaker[open] .quote');
  const focused = await until('the quote to be marked', () => focusedText(page));
  assert.equal(norm(focused), norm(stored.quotes[first.quotes[0]].text));
  const shown = await until('the card and the pulse', async () => {
    const o = await overlay(page);
    return o.card && o.rings > 0 && o;
  });
  assert.match(shown.card.text, new RegExp(first.name));
  // The pulse fades away by itself.
  await until('the pulse to end', async () => (await overlay(page)).rings === 0, 5000);
  await popup.close();
  assert.deepEqual(popup.errors, []);
});

test('hovering a quote shows who said it, and steps through the speaker’s quotes', TIMEOUT, async () => {
  const point = await page.evaluate(() => {
    const range = [...CSS.highlights.get('lede-quote')].find((r) => r.toString().includes('President Putin did say'));
    range.startContainer.parentElement.scrollIntoView({ block: 'center' });
    const r = range.getClientRects()[0];
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  await page.mouse.move(point.x - 40, point.y - 60);
  await page.mouse.move(point.x, point.y, { steps: 4 });
  const card = page.locator('lede-root .card');
  await card.waitFor({ state: 'visible', timeout: 5000 });
  const text = await card.innerText();
  assert.match(text, /Donald Trump/);
  assert.match(text, /said/);
  assert.match(text, /\d+ more by Donald Trump/);
  assert.match(text, /Copy quote/);
  await page.screenshot({ path: path.join(SCREENSHOTS, 'page.png') });

  // Copy quote: the words, who said them, and where, ready to paste.
  const stored = await storedAnalysis(browser, page.url());
  const hovered = stored.quotes.find((q) => q.text.startsWith('President Putin did say'));
  await page.evaluate(() => navigator.clipboard.writeText('nothing copied yet'));
  await card.getByRole('button', { name: 'Copy quote' }).click();
  const expected = `“${hovered.text.replace(/[\s,;:]+$/, '')}” — Donald Trump, quoted in ${stored.title}, `
    + `${stored.site_name}, ${stored.url}`;
  assert.equal(await until('the quote on the clipboard', async () => {
    const clip = await page.evaluate(() => navigator.clipboard.readText());
    return clip !== 'nothing copied yet' && clip;
  }), expected);

  // Next › moves to another of Trump's quotes and keeps the card on it.
  await card.getByRole('button', { name: 'Next ›' }).click();
  const focused = await page.evaluate(() => [...(CSS.highlights.get('lede-focus') ?? [])].map((r) => r.toString()));
  assert.equal(focused.length, 1);
  assert.ok(!focused[0].includes('President Putin did say'), 'Next did not move');
  const next = stored.quotes.find((q) => norm(q.text) === norm(focused[0]));
  assert.equal(next?.speaker, 'Donald Trump');
  assert.match(await card.innerText(), /Donald Trump/);
});

test('hovering the byline shows the author’s bio and profile', TIMEOUT, async () => {
  const point = await page.evaluate(() => {
    const range = [...CSS.highlights.get('lede-author')].find((r) => r.toString() === 'Jack Buckby');
    range.startContainer.parentElement.scrollIntoView({ block: 'center' });
    const r = range.getClientRects()[0];
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  await page.mouse.move(point.x, point.y, { steps: 4 });
  const card = page.locator('lede-root .card');
  await card.waitFor({ state: 'visible', timeout: 5000 });
  const text = await card.innerText();
  assert.match(text, /Author/i);
  assert.ok(text.includes(gold.authors[0].bio_starts), `no bio in: ${text}`);
  const profile = await card.getByRole('link', { name: /Profile/ }).getAttribute('href');
  assert.equal(profile, 'https://nationalsecurityjournal.org/author/jackbuckby/');
});

test('the extension computes what the native CLI computes', TIMEOUT, async () => {
  const shape = (a) => ({
    title: a.title,
    authors: a.authors.map((x) => x.name),
    quotes: a.quotes.map((q) => ({ text: q.text, speaker: q.speaker, kind: q.kind })),
    claims: a.claims.map((c) => c.text),
  });
  const stored = await storedAnalysis(browser, page.url());
  assert.ok(stored, 'the service worker kept no analysis for the tab');
  assert.deepEqual(shape(stored), shape(cliAnalysis(FIXTURE)));
});

test('a second click re-analyses in place', TIMEOUT, async () => {
  const counts = async () => Object.values(await readHighlights(page)).map((r) => r.length);
  const first = await counts();
  const again = await clickAction(browser, page);
  await again.ready();
  await again.close();
  assert.deepEqual(await counts(), first);
  assert.equal(await page.locator('lede-root').count(), 1);
});

test('the page saw no errors and nothing left the machine', () => {
  assert.deepEqual(pageErrors, []);
  const outside = requests.filter((u) => !u.startsWith(server.base) && !u.startsWith('chrome-extension://'));
  assert.deepEqual(outside, []);
});
