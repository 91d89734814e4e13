// The popup's controls on the reference article: category switches and the
// claim threshold change the page live, Copy summary in either format, the
// W3C Web Annotation export, and the states a reader can meet.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { HIGHLIGHTS, until, serve, launch, clickAction, storedAnalysis, fixture, overlay, SEED_PAGE } from './harness.mjs';

const TIMEOUT = { timeout: 90_000 };

let server;
let browser;
let page;
let popup;
let downloads;

// How many ranges each Lede highlight holds in the page, by name.
const counts = () => page.evaluate((names) => Object.fromEntries(names.map((n) => [n, CSS.highlights.get(n)?.size ?? 0])), HIGHLIGHTS);
const clipboard = () => page.evaluate(() => navigator.clipboard.readText());

before(async () => {
  server = await serve({ '/article': { body: SEED_PAGE }, '/unquoted': { body: fixture('unquoted.html') }, '/unnamed': { body: fixture('unnamed.html') } });
  browser = await launch();
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.base });
  downloads = fs.mkdtempSync(path.join(os.tmpdir(), 'lede-downloads-'));
  await browser.cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
  page = await browser.context.newPage();
  await page.goto(`${server.base}/article`);
  popup = await clickAction(browser, page);
  await popup.ready();
});

after(async () => {
  await browser?.close();
  await server?.close();
  if (downloads) fs.rmSync(downloads, { recursive: true, force: true });
});

test('each category switch hides and shows its highlights at once, and is remembered', TIMEOUT, async () => {
  const all = await counts();
  for (const name of HIGHLIGHTS) assert.ok(all[name] > 0, `no ${name} highlight to switch`);
  const toggles = await popup.evaluate(() => [...document.querySelectorAll('#toggles .toggle')]
    .map((b) => [b.querySelector('.mark').className.replace('mark mark-', ''), b.getAttribute('aria-pressed')]));
  assert.deepEqual(toggles, [['direct', 'true'], ['partial', 'true'], ['indirect', 'true'], ['claim', 'true'], ['author', 'true']]);

  const expected = { ...all };
  for (const [kind, name] of [['claim', 'lede-claim'], ['indirect', 'lede-indirect'], ['author', 'lede-author']]) {
    await popup.click(`.toggle:has(.mark-${kind})`);
    expected[name] = 0; // and nothing else changes
    await until(`${name} to go`, async () => (await counts())[name] === 0);
    assert.deepEqual(await counts(), expected);
    assert.equal(await popup.evaluate((k) => document.querySelector(`.toggle:has(.mark-${k})`).ariaPressed, kind), 'false');
    const stored = await popup.evaluate(() => JSON.parse(localStorage.getItem('lede.settings')));
    assert.equal(stored.show[kind], false);
  }
  // The popup's own lists follow the switches too.
  assert.match(await popup.evaluate(() => document.body.innerText), /Claim highlights are switched off/);
  assert.equal(await popup.evaluate(() => [...document.querySelectorAll('.quote.line-indirect')].filter((b) => b.offsetParent).length), 0);

  for (const kind of ['claim', 'indirect', 'author']) await popup.click(`.toggle:has(.mark-${kind})`);
  await until('every highlight back', async () => JSON.stringify(await counts()) === JSON.stringify(all));
});

test('the claim threshold re-filters the claim highlight and the popup’s claim list', TIMEOUT, async () => {
  const stored = await storedAnalysis(browser, page.url());
  // Below the default 0.5 the core's weaker candidates join the claims.
  const all = [...stored.claims, ...stored.claim_candidates];
  assert.ok(stored.claim_candidates.length > 0, 'the reference page has candidates under 0.5');
  assert.equal((await counts())['lede-claim'], stored.claims.length);
  for (const threshold of [0.9, 0.75, 0.5, 0.3]) {
    await popup.set('#threshold', String(threshold));
    const passing = all.filter((c) => c.score >= threshold);
    await until(`claims at ${threshold}`, async () => (await counts())['lede-claim'] === passing.length);
    const listed = await popup.evaluate(() => [...document.querySelectorAll('.claims li')]
      .filter((li) => !li.hidden).map((li) => Number(li.querySelector('.score').textContent)));
    assert.equal(listed.length, Math.min(5, passing.length));
    assert.ok(listed.every((s) => s >= threshold - 0.005), `a claim under ${threshold} is listed: ${listed}`);
    assert.deepEqual(listed, [...listed].sort((a, b) => b - a), 'claims are not strongest first');
    assert.match(await popup.evaluate(() => document.getElementById('claim-count').textContent),
      new RegExp(`^${passing.length} of ${all.length} claims score ${threshold.toFixed(2)} or more`));
  }
});

test('Copy summary copies Markdown or plain text, and the choice is remembered', TIMEOUT, async () => {
  const stored = await storedAnalysis(browser, page.url());
  assert.notEqual(stored.clipboard.text, stored.clipboard.markdown);
  assert.equal(await popup.evaluate(() => document.getElementById('format').value), 'markdown');
  await popup.set('#format', 'text');
  await popup.click('#copy');
  assert.equal(await popup.outcome('#copy', 'Copy summary'), 'Copied ✓');
  assert.equal(await clipboard(), stored.clipboard.text);

  await popup.close();
  popup = await clickAction(browser, page);
  await popup.ready();
  assert.equal(await popup.evaluate(() => document.getElementById('format').value), 'text');
  await popup.set('#format', 'markdown');
  await popup.click('#copy');
  await popup.outcome('#copy', 'Copy summary');
  assert.equal(await clipboard(), stored.clipboard.markdown);
});

test('Export annotations gives one W3C Web Annotation per highlight, anchored in the page’s text', TIMEOUT, async () => {
  const stored = await storedAnalysis(browser, page.url());
  const shown = Object.values(await counts()).reduce((a, b) => a + b, 0);
  await popup.click('#export');
  assert.equal(await popup.outcome('#export', 'Export annotations'), `Copied and saved ✓ (${shown})`);
  const json = await clipboard();
  const collection = JSON.parse(json);
  assert.equal(collection['@context'], 'http://www.w3.org/ns/anno.jsonld');
  assert.equal(collection.type, 'AnnotationCollection');
  const { items } = collection.first;
  assert.equal(items.length, shown);
  assert.equal(collection.total, shown);

  const body = await page.evaluate(() => document.body.textContent);
  for (const a of items) {
    assert.equal(a.type, 'Annotation');
    assert.equal(a.motivation, 'commenting');
    assert.match(a.id, /^urn:uuid:[0-9a-f-]{36}$/);
    assert.equal(a.target.source, page.url());
    const comment = a.body.find((b) => b.purpose === 'commenting');
    assert.equal(comment.type, 'TextualBody');
    const quote = a.target.selector.find((s) => s.type === 'TextQuoteSelector');
    const position = a.target.selector.find((s) => s.type === 'TextPositionSelector');
    assert.equal(body.slice(position.start, position.end), quote.exact);
    assert.equal(quote.prefix, body.slice(Math.max(0, position.start - 32), position.start));
    assert.equal(quote.suffix, body.slice(position.end, position.end + 32));
  }
  // A quote: its exact words, and who said them in the comment.
  const putin = stored.quotes.find((q) => q.text.startsWith('President Putin did say'));
  const annotation = items.find((a) => a.target.selector[0].exact === putin.text);
  assert.ok(annotation, `no annotation with exact = ${putin.text}`);
  assert.match(annotation.body[0].value, /^Quotation: Donald Trump \(said\)/);
  assert.ok(items.some((a) => /^Check-worthy claim \(score 0\.\d\d\): /.test(a.body[0].value)), 'no claim annotation');

  // The same JSON is saved as a file.
  const file = await until('the download', () => fs.readdirSync(downloads).find((f) => f.endsWith('.annotations.json')));
  assert.equal(fs.readFileSync(path.join(downloads, file), 'utf8'), json);
  assert.deepEqual(popup.errors, []);
});

test('the popup has labelled controls, a visible keyboard focus, and a dark scheme', TIMEOUT, async () => {
  const labels = await popup.evaluate(() => ({
    group: document.getElementById('toggles').getAttribute('aria-label'),
    slider: document.getElementById('threshold').labels[0]?.textContent,
    format: document.getElementById('format').ariaLabel,
    options: document.getElementById('options').ariaLabel,
  }));
  assert.deepEqual(labels, { group: 'Highlight in the page', slider: 'Score at least', format: 'Copy the summary as', options: 'Options' });

  await popup.evaluate(() => document.activeElement?.blur());
  await popup.send('Input.dispatchKeyEvent', { type: 'keyDown', key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9 });
  await popup.send('Input.dispatchKeyEvent', { type: 'keyUp', key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9 });
  const focus = await popup.evaluate(() => {
    const el = document.activeElement;
    return { tag: el.localName, visible: el.matches(':focus-visible'), outline: getComputedStyle(el).outlineStyle };
  });
  assert.deepEqual(focus, { tag: 'button', visible: true, outline: 'solid' });

  const background = () => popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(await background(), 'rgb(255, 255, 255)');
  await popup.send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: 'dark' }] });
  assert.equal(await background(), 'rgb(32, 33, 36)');
  await popup.send('Emulation.setEmulatedMedia', { features: [] });
});

test('an article nobody is quoted in says so, and still shows its claims', TIMEOUT, async () => {
  await popup.close();
  const other = await browser.context.newPage();
  await other.goto(`${server.base}/unquoted`);
  const p = await clickAction(browser, other);
  const text = await p.ready();
  assert.match(text, /The Channel Tunnel turns thirty/);
  assert.match(text, /Nobody is quoted in this article\./);
  const names = await other.evaluate(() => [...CSS.highlights.keys()]);
  assert.ok(names.includes('lede-claim'), `no claims highlighted: ${names}`);
  assert.ok(!names.some((n) => ['lede-quote', 'lede-partial', 'lede-indirect'].includes(n)), `quotes highlighted: ${names}`);
  await p.close();
  assert.deepEqual(p.errors, []);
  await other.close();
});

test('a speaker the article describes without naming is shown as described, apart from the named', TIMEOUT, async () => {
  const other = await browser.context.newPage();
  await other.goto(`${server.base}/unnamed`);
  const p = await clickAction(browser, other);
  await p.ready();
  const groups = await p.evaluate(() => [...document.querySelectorAll('.speaker')].map((d) => ({
    name: d.querySelector('.name').textContent,
    quotes: [...d.querySelectorAll('.quote')].map((b) => b.textContent),
  })));
  assert.equal(groups[0].name, 'Maria Lopez');
  assert.deepEqual(groups.at(-1), { name: 'Not named', quotes: ['an Iowa Democrat: “She is too far behind to catch up here,”'] });

  // Chosen from the popup, the quote's card says who, as the article describes them.
  await p.evaluate(() => [...document.querySelectorAll('.speaker summary')].find((x) => x.textContent.startsWith('Not named')).click());
  await p.click('.speaker[open] .quote');
  const card = await until('the card', async () => (await overlay(other)).card);
  assert.match(card.text, /an Iowa Democrat/);
  assert.match(card.text, /Not named in the article/);
  assert.doesNotMatch(card.text, /Unattributed|more by/);
  await p.close();
  assert.deepEqual(p.errors, []);
  await other.close();
});
