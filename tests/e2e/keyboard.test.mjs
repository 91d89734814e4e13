// Lede from the keyboard: the analyse shortcut (a real key press the
// browser turns into the extension's command, no popup), stepping through
// the highlights with their cards, Esc; and the card's accessibility, dark
// scheme, and a palette that does not rely on hue.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  EXTENSION, HIGHLIGHTS, until, serve, launch, pressShortcut, overlay, focusedText, openPage, SEED_PAGE,
} from './harness.mjs';

const HOME = '<!doctype html><html lang="en"><head><title>The Daily Example</title></head><body><h1>The Daily Example</h1>'
  + '<ul><li><a href="/a">Minister resigns</a></li><li><a href="/b">Storm closes ports</a></li></ul></body></html>';
const TIMEOUT = { timeout: 90_000 };

let server;
let browser;
let page;
const pageErrors = [];

const highlightNames = () => page.evaluate((names) => names.filter((n) => CSS.highlights.get(n)?.size), HIGHLIGHTS);

async function pageTargets() {
  return (await browser.cdp.send('Target.getTargets', { filter: [{}] })).targetInfos.filter((t) => t.type === 'page');
}

before(async () => {
  server = await serve({ '/article': { body: SEED_PAGE }, '/home': { body: HOME } });
  browser = await launch();
  page = await openPage(browser, `${server.base}/article`, pageErrors);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('Alt+Shift+L analyses and highlights the page without opening the popup', TIMEOUT, async () => {
  const manifest = JSON.parse(fs.readFileSync(path.join(EXTENSION, 'manifest.json'), 'utf8'));
  assert.equal(manifest.commands.analyze.suggested_key.default, 'Alt+Shift+L');
  const before = (await pageTargets()).length;
  await pressShortcut(browser, page, 'Alt+Shift+L');
  await until('the highlights', async () => (await highlightNames()).length === HIGHLIGHTS.length);
  const { notice } = await until('the notice', async () => (await overlay(page)).notice && overlay(page));
  assert.match(notice, /^Lede: \d+ quotes by 2 speakers, \d+ claims to check\./);
  assert.equal((await pageTargets()).length, before, 'a popup or page opened');
});

test('on a page that is no article the shortcut says so in the page', TIMEOUT, async () => {
  const home = await browser.context.newPage();
  await home.goto(`${server.base}/home`);
  const html = await home.evaluate(() => document.body.innerHTML);
  await pressShortcut(browser, home, 'Alt+Shift+L');
  const notice = await until('the notice', () => home.evaluate(() =>
    document.querySelector('lede-root')?.shadowRoot.querySelector('.notice:not([hidden])')?.textContent));
  assert.match(notice, /doesn’t look like a news article/);
  assert.equal(await home.evaluate(() => document.body.innerHTML), html);
  await home.close();
});

test('Alt+Shift+↓ and ↑ step through the highlights, each with its card, focused', TIMEOUT, async () => {
  await page.evaluate(() => scrollTo(0, 0));
  const visited = [];
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('Alt+Shift+ArrowDown');
    const text = await until('the next mark', async () => {
      const t = await focusedText(page);
      return t && t !== visited.at(-1) && t;
    });
    const o = await overlay(page);
    assert.ok(o.card, 'no card');
    assert.equal(o.card.role, 'dialog');
    assert.match(o.card.label, /^Lede: (Quote|Partial quote|Reported speech) by |^Lede: Author |^Lede: Claim to check, score /);
    assert.equal(o.focus?.className, 'card', 'the card does not have the focus');
    // Each step goes further down the page.
    if (visited.length) {
      assert.equal(await page.evaluate(() => {
        const [range] = CSS.highlights.get('lede-focus');
        const order = window.previous ? window.previous.compareBoundaryPoints(Range.START_TO_START, range) : -1;
        window.previous = range;
        return order;
      }), -1, `${text} is not after ${visited.at(-1)}`);
    } else {
      await page.evaluate(() => { [window.previous] = CSS.highlights.get('lede-focus'); });
    }
    visited.push(text);
  }
  await page.keyboard.press('Alt+Shift+ArrowUp');
  await until('the previous mark', async () => (await focusedText(page)) === visited[1]);
});

test('Tab reaches the card’s buttons, with a visible focus ring', TIMEOUT, async () => {
  // Step on to a quote, whose card has buttons.
  for (let i = 0; i < 40 && !/Copy quote/.test((await overlay(page)).card?.text ?? ''); i++) {
    await page.keyboard.press('Alt+Shift+ArrowDown');
  }
  assert.match((await overlay(page)).card.text, /Copy quote/);
  await page.keyboard.press('Tab');
  const { focus } = await overlay(page);
  assert.equal(focus?.className, '');
  assert.match(focus.text, /Prev|Next|Copy quote/);
  assert.equal(focus.outline, 'solid');
});

test('Esc closes the card, and then clears every highlight', TIMEOUT, async () => {
  await page.keyboard.press('Escape');
  await until('the card to close', async () => !(await overlay(page)).card);
  assert.equal((await highlightNames()).length, HIGHLIGHTS.length, 'the first Esc cleared the highlights');
  await page.keyboard.press('Escape');
  await until('the highlights to go', async () => (await highlightNames()).length === 0);
  assert.equal(await focusedText(page), undefined);
});

test('the card follows the dark colour scheme', TIMEOUT, async () => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await pressShortcut(browser, page, 'Alt+Shift+L');
  await until('the highlights', async () => (await highlightNames()).length > 0);
  await page.keyboard.press('Alt+Shift+ArrowDown');
  const { background } = await until('the card', async () => (await overlay(page)).card && overlay(page));
  assert.equal(background, 'rgb(32, 33, 36)');
  await page.emulateMedia({ colorScheme: 'light' });
  assert.equal((await overlay(page)).background, 'rgb(255, 255, 255)');
});

test('every category differs from the others by more than its hue', TIMEOUT, async () => {
  // The rules as the browser parses them: fill or none, line, line style.
  const blank = await browser.context.newPage();
  const css = fs.readFileSync(path.join(EXTENSION, 'highlights.css'), 'utf8');
  const looks = await blank.evaluate((text) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(text);
    return Object.fromEntries([...sheet.cssRules].map((r) => [r.selectorText.replace(/^::highlight\((.*)\)$/, '$1'),
      `${r.style.backgroundColor ? 'filled' : 'unfilled'} ${r.style.textDecorationLine || 'none'} ${r.style.textDecorationStyle || 'solid'}`]));
  }, css);
  await blank.close();
  const categories = HIGHLIGHTS.map((n) => looks[n]);
  assert.ok(categories.every(Boolean), JSON.stringify(looks));
  assert.equal(new Set(categories).size, HIGHLIGHTS.length, `two categories look alike but for hue: ${JSON.stringify(looks)}`);
});

test('the page saw no errors', () => {
  assert.deepEqual(pageErrors, []);
});
