// The static demo (www/, built into dist/www) in Debian's Chromium: it runs the
// core's wasm through the live-DOM adapter, and must find what the native CLI
// finds through its HTML adapter on the same page.
//
// Needs: bash scripts/setup.sh (dist/www, target/release/lede, playwright-core).
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SAMPLE = 'seed-trump-putin-call';
const GOLD = path.join(process.env.LEDE_SHARED ?? path.join(ROOT, '..', 'shared'), 'corpus', SAMPLE, 'gold.json');
const SCREENSHOT = path.join(ROOT, 'docs', 'screenshots', 'demo.png');
const KEY_QUOTE = 'President Putin did say, and very strongly';
const QUOTE_HIGHLIGHTS = ['lede-quote', 'lede-partial', 'lede-indirect'];

let server;
let base;
let browser;
let page;
const requests = [];
const errors = [];

before(async () => {
  server = spawn(process.execPath, [path.join(ROOT, 'www', 'serve.mjs'), '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  base = await new Promise((resolve, reject) => {
    server.on('exit', (code) => reject(new Error(`www/serve.mjs exited with ${code}`)));
    server.stdout.once('data', (chunk) => resolve(String(chunk).split('\n')[0].trim()));
  });
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const context = await browser.newContext({ viewport: { width: 1360, height: 860 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
  page = await context.newPage();
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(e.message));
  // CSP violations and failed loads are reported as console errors.
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
});

after(async () => {
  await browser?.close();
  server?.kill();
});

// Submits a form and waits for the analysis it starts; returns the panel's state.
async function analyse(submit) {
  const run = Number(await page.getAttribute('#panel', 'data-run'));
  await submit();
  await page.waitForFunction((n) => Number(document.getElementById('panel').dataset.run) > n, run);
  return page.getAttribute('#panel', 'data-state');
}

function nativeAnalysis() {
  const out = execFileSync(path.join(ROOT, 'target', 'release', 'lede'),
    ['analyze', '--json', path.join(ROOT, 'tests', 'fixtures', SAMPLE, 'page.html')], { encoding: 'utf8' });
  return JSON.parse(out);
}

// What the two adapters must agree on; ranges number different text nodes.
const comparable = (a) => ({
  title: a.title,
  authors: a.authors.map((x) => x.name),
  quotes: a.quotes.map(({ text, speaker, kind }) => ({ text, speaker, kind })),
  claims: a.claims.map((c) => c.text),
});

test('the seed sample is analysed in the page and painted', async (t) => {
  await page.goto(base);
  // The demo loads the first sample by itself; pick the seed and analyse it again.
  await page.waitForFunction(() => document.getElementById('panel').dataset.run > 0);
  await page.selectOption('#sample', SAMPLE);
  assert.equal(await analyse(() => page.click('#sample-form button[type=submit]')), 'ready');

  const texts = await page.evaluate((names) => names.flatMap((n) => [...(CSS.highlights.get(n) ?? [])].map(String)), QUOTE_HIGHLIGHTS);
  assert.ok(texts.some((t) => t.includes(KEY_QUOTE)), `no highlight holds “${KEY_QUOTE}”; got ${JSON.stringify(texts)}`);
  if (existsSync(GOLD)) {
    const gold = JSON.parse(readFileSync(GOLD, 'utf8')).quotes;
    assert.equal(gold.length, 6);
    for (const q of gold) assert.ok(texts.some((t) => t.includes(q.text)), `gold quote not highlighted: “${q.text}”`);
  } else {
    t.diagnostic(`no ${GOLD}: gold quotes not checked`);
  }
  assert.ok(await page.evaluate(() => CSS.highlights.get('lede-claim')?.size > 0), 'no claim highlights');
  assert.ok(await page.evaluate(() => CSS.highlights.get('lede-author')?.size > 0), 'no author highlights');

  assert.deepEqual(await page.$$eval('#authors .name', (els) => els.map((e) => e.textContent)), ['Jack Buckby']);
  const panel = await page.textContent('#panel');
  assert.match(panel, /Trump Calls Putin: No Peace In Sight/);
  assert.match(panel, /National Security Journal/);
  assert.match(panel, /Donald Trump ×\d+/);
});

test('the live-DOM adapter agrees with the native HTML adapter', async () => {
  const live = await page.evaluate(() => window.__ledeLast);
  assert.ok(live, 'window.__ledeLast is not set');
  const native = nativeAnalysis();
  assert.ok(native.quotes.length > 0 && native.claims.length > 0);
  assert.deepEqual(comparable(live), comparable(native));
});

test('hovering a quote shows who said it', async () => {
  const box = await page.evaluate((needle) => {
    const range = [...CSS.highlights.get('lede-quote')].find((r) => String(r).includes(needle));
    range.startContainer.parentElement.scrollIntoView({ block: 'center' });
    const r = range.getClientRects()[0];
    return { x: r.left + Math.min(r.width / 2, 40), y: r.top + r.height / 2 };
  }, KEY_QUOTE);
  await page.mouse.move(box.x, box.y);
  await page.waitForSelector('#card:not([hidden])');
  assert.equal(await page.textContent('#card .tag'), 'Quote');
  assert.equal(await page.textContent('#card .who'), 'Donald Trump · said');
  assert.match(await page.textContent('#card'), /\d+ more by Donald Trump/);

  mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
  await page.screenshot({ path: SCREENSHOT });

  await page.mouse.move(5, 5);
  await page.waitForSelector('#card', { state: 'hidden' });
});

test('Copy summary puts the Markdown on the clipboard', async () => {
  await page.click('#copy');
  await page.waitForFunction(() => document.getElementById('copy').textContent.startsWith('Copied'));
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, await page.evaluate(() => window.__ledeLast.clipboard.markdown));
  assert.match(copied, /^# Trump Calls Putin/);
});

test('a speaker button reveals their quotes from the keyboard', async () => {
  await page.focus('#speakers button');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#card:not([hidden])');
  assert.match(await page.textContent('#card .who'), /^Donald Trump\b/);
  assert.ok(await page.evaluate(() => CSS.highlights.has('lede-focus')), 'the revealed quote is not marked');
  await page.keyboard.press('Escape');
  await page.waitForSelector('#card', { state: 'hidden' });
});

test('pasted plain text is wrapped as an article and its quote found', async () => {
  const text = [
    'Millbrook begins clean-up after the flood',
    'Flood waters receded on Tuesday across the river town of Millbrook, leaving hundreds of homes damaged and the main roads closed for a third day.',
    '“We will rebuild,” the mayor, Jane Doe, said. Crews from three neighbouring counties arrived overnight to clear debris, and the state government has promised emergency funds for the 412 families who lost their homes.',
    'Schools in the town will stay closed until the end of next week while engineers inspect the buildings.',
  ].join('\n\n');
  await page.click('#paste-box summary');
  await page.fill('#paste', text);
  assert.equal(await analyse(() => page.click('#paste-form button[type=submit]')), 'ready');
  const live = await page.evaluate(() => window.__ledeLast);
  const quote = live.quotes.find((q) => q.text.includes('We will rebuild'));
  assert.ok(quote, `quote not found in ${JSON.stringify(live.quotes)}`);
  assert.equal(quote.speaker, 'Jane Doe');
  assert.equal(live.title, 'Millbrook begins clean-up after the flood');
  const painted = await page.evaluate(() => [...(CSS.highlights.get('lede-quote') ?? [])].map(String));
  assert.ok(painted.some((t) => t.includes('We will rebuild')), `not painted: ${JSON.stringify(painted)}`);
});

test('a page without an article says so', async () => {
  await page.fill('#paste', '<html><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><p>Welcome!</p></body></html>');
  assert.equal(await analyse(() => page.click('#paste-form button[type=submit]')), 'not-article');
  assert.match(await page.textContent('#panel [role=alert]'), /Not an article/);
  assert.equal(await page.evaluate(() => CSS.highlights.size), 0);
});

test('nothing is fetched from other origins and nothing fails', () => {
  assert.ok(requests.some((u) => u.endsWith('/pkg/lede_bg.wasm')), 'requests were not recorded');
  const foreign = requests.filter((u) => !u.startsWith(base) && !u.startsWith('data:'));
  assert.deepEqual(foreign, []);
  assert.deepEqual(errors, []);
});
