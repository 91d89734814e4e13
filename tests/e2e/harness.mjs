// Shared set-up for Lede's browser tests: a page server on 127.0.0.1,
// Debian's Chromium with the test build of the extension, a real click on the
// toolbar icon, and a handle on the popup that click opens.

import { chromium } from 'playwright-core';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
// dist/extension plus host_permissions for http://127.0.0.1/*: a toolbar click
// made through CDP grants no activeTab, so the test build may script these pages.
export const EXTENSION = path.join(ROOT, 'dist/extension-test');
export const SHARED = process.env.LEDE_SHARED ?? path.join(ROOT, '../shared');

export const HIGHLIGHTS = ['lede-quote', 'lede-partial', 'lede-indirect', 'lede-claim', 'lede-author'];

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

export async function until(what, probe, timeoutMs = 15000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

// The reference article (the shared corpus's seed page, kept in tests/fixtures).
export const SEED_PAGE = fs.readFileSync(path.join(ROOT, 'tests/fixtures/seed-trump-putin-call/page.html'));

// A new tab on `url`. What the page throws or logs as an error (CSP
// violations included) is pushed to `errors`.
export async function openPage(browser, url, errors) {
  const page = await browser.context.newPage();
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(url);
  return page;
}

// A page of tests/fixtures/extension/, hand-written for these tests.
export const fixture = (name) => fs.readFileSync(path.join(ROOT, 'tests/fixtures/extension', name));

// routes: { '/path': { body, headers } }. Anything else (the fixture's images,
// style sheet, scripts) gets an empty 204, which keeps the console free of load errors.
export async function serve(routes) {
  const server = http.createServer((req, res) => {
    const route = routes[new URL(req.url, 'http://x').pathname];
    if (!route) return res.writeHead(204).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...route.headers }).end(route.body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { base: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}

export async function launch() {
  if (!fs.existsSync(path.join(EXTENSION, 'pkg/lede_bg.wasm'))) {
    throw new Error(`${EXTENSION} is not built: run scripts/setup.sh`);
  }
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lede-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    // Chromium's own headless mode runs extensions; Playwright's `headless: true`
    // would pick the old mode, which cannot.
    headless: false,
    viewport: { width: 1280, height: 900 },
    args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      // Lets CDP fire the extension's action (Extensions.triggerAction).
      '--enable-unsafe-extension-debugging',
      `--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`],
  });
  const worker = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker');
  const extensionId = new URL(worker.url()).host;
  const cdp = await context.browser().newBrowserCDPSession();
  return {
    context,
    extensionId,
    cdp,
    worker: () => context.serviceWorkers().find((w) => w.url().includes(extensionId)),
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

// A page of the extension itself (the options page), opened in a tab.
export async function extensionPage(browser, file) {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/${file}`);
  return page;
}

// Presses a key chord the way a keyboard does, so the browser (not only the
// page) sees it: the extension's commands fire. Playwright's own key
// presses reach the page only. chord: modifiers and a letter, 'Alt+Shift+L'.
export async function pressShortcut(browser, page, chord) {
  const keys = chord.split('+');
  const key = keys.pop().toUpperCase();
  const bits = { Alt: 1, Control: 2, Meta: 4, Shift: 8 };
  const modifiers = keys.reduce((m, k) => m | bits[k], 0);
  const vk = key.charCodeAt(0);
  const session = await browser.context.newCDPSession(page);
  for (const type of ['rawKeyDown', 'keyUp']) {
    await session.send('Input.dispatchKeyEvent', {
      type, modifiers, key, code: `Key${key}`, windowsVirtualKeyCode: vk, nativeVirtualKeyCode: vk,
    });
  }
  await session.detach();
}

// What Lede shows in the page's shadow-root host: the card (null when
// hidden), the notice, the number of pulse rings, and where focus is.
export function overlay(page) {
  return page.evaluate(() => {
    const root = document.querySelector('lede-root')?.shadowRoot;
    const card = root?.querySelector('.card');
    const notice = root?.querySelector('.notice');
    const focused = root?.activeElement;
    return {
      card: card && !card.hidden ? { text: card.innerText, role: card.getAttribute('role'), label: card.getAttribute('aria-label') } : null,
      notice: notice && !notice.hidden ? notice.textContent : null,
      rings: root?.querySelectorAll('.ring').length ?? 0,
      focus: focused ? { className: focused.className, text: focused.textContent, outline: getComputedStyle(focused).outlineStyle } : null,
      background: card ? getComputedStyle(card).backgroundColor : null,
    };
  });
}

// The text of the Lede focus mark (the stretch last revealed), or undefined.
export const focusedText = (page) => page.evaluate(() => [...(CSS.highlights.get('lede-focus') ?? [])].map((r) => r.toString())[0]);

// The analysis the service worker keeps for the tab showing `url`.
export async function storedAnalysis(browser, url) {
  return browser.worker().evaluate(async (u) => {
    const tab = (await chrome.tabs.query({})).find((t) => t.url === u);
    return tab ? globalThis.analyses.get(tab.id) ?? null : null;
  }, url);
}

// Clicks Lede's toolbar icon for `page`, as a user would: CDP's
// Extensions.triggerAction runs the action, which opens the popup.
export async function clickAction(browser, page) {
  const { cdp, extensionId } = browser;
  const targets = async () => (await cdp.send('Target.getTargets', { filter: [{}] })).targetInfos;
  const popupUrl = `chrome-extension://${extensionId}/popup.html`;
  const before = new Set((await targets()).map((t) => t.targetId));
  const tab = (await targets()).find((t) => t.type === 'tab' && t.url === page.url());
  assert(tab, `no tab target for ${page.url()}`);
  await cdp.send('Extensions.triggerAction', { id: extensionId, targetId: tab.targetId });
  const popup = await until('the popup', async () => (await targets())
    .find((t) => t.type === 'page' && t.url === popupUrl && !before.has(t.targetId)));
  return Popup.attach(cdp, popup.targetId);
}

// The action's popup. Playwright does not adopt it as a Page (Chromium does
// not auto-attach extension popups), so its CDP messages are tunnelled
// through the browser session with Target.sendMessageToTarget.
class Popup {
  static async attach(cdp, targetId) {
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: false });
    const popup = new Popup(cdp, targetId, sessionId);
    // Enabling replays what was logged before the attach.
    await popup.send('Runtime.enable');
    await popup.send('Log.enable');
    return popup;
  }

  constructor(cdp, targetId, sessionId) {
    // errors: what the popup threw or logged as an error (CSP violations included).
    Object.assign(this, { cdp, targetId, sessionId, nextId: 0, pending: new Map(), errors: [] });
    cdp.on('Target.receivedMessageFromTarget', (e) => {
      if (e.sessionId !== sessionId) return;
      const message = JSON.parse(e.message);
      const { method, params } = message;
      if (method === 'Runtime.exceptionThrown') this.errors.push(params.exceptionDetails.exception?.description);
      if (method === 'Runtime.consoleAPICalled' && params.type === 'error') {
        this.errors.push(params.args.map((a) => a.value ?? a.description).join(' '));
      }
      if (method === 'Log.entryAdded' && params.entry.level === 'error') this.errors.push(params.entry.text);
      const waiter = this.pending.get(message.id);
      if (!waiter) return;
      this.pending.delete(message.id);
      if (message.error) waiter.reject(new Error(`${message.error.message} (${waiter.method})`));
      else waiter.resolve(message.result);
    });
  }

  send(method, params = {}) {
    const id = ++this.nextId;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, method });
      this.cdp.send('Target.sendMessageToTarget', {
        sessionId: this.sessionId, message: JSON.stringify({ id, method, params }),
      }).catch(reject);
    });
  }

  async evaluate(fn, arg) {
    const { result, exceptionDetails } = await this.send('Runtime.evaluate', {
      expression: `(${fn})(${JSON.stringify(arg)})`, awaitPromise: true, returnByValue: true,
    });
    if (exceptionDetails) throw new Error(`popup: ${exceptionDetails.exception?.description ?? exceptionDetails.text}`);
    return result.value;
  }

  // Sets a form control's value as a user would, firing its input and change events.
  async set(selector, value) {
    const ok = await this.evaluate(([s, v]) => {
      const el = document.querySelector(s);
      if (!el) return false;
      el.value = v;
      el.dispatchEvent(new Event('input', { bubbles: true }));
      el.dispatchEvent(new Event('change', { bubbles: true }));
      return true;
    }, [selector, value]);
    assert(ok, `popup: no ${selector}`);
  }

  // Waits until a button's label changes from `label` after a click; returns the new one.
  async outcome(selector, label) {
    return until(`${selector} to answer`, async () => {
      const now = await this.evaluate((s) => document.querySelector(s).textContent, selector);
      return now !== label && now;
    });
  }

  // Waits until the popup has rendered a result or a failure; returns its text.
  async ready(timeoutMs) {
    try {
      return await until('the popup to render', () => this.evaluate(() =>
        document.querySelector('#copy, .failure') && document.body.innerText), timeoutMs);
    } catch (e) {
      e.message += `; it shows: ${await this.evaluate(() => document.body.innerText).catch((x) => x.message)}`;
      throw e;
    }
  }

  // A real mouse click (pressed + released at the element's centre), so the
  // page gets the user activation the clipboard asks for.
  async click(selector) {
    const box = await this.evaluate((s) => {
      const el = document.querySelector(s);
      el?.scrollIntoView({ block: 'center' }); // clear of the sticky footer
      const r = el?.getBoundingClientRect();
      return r && { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    }, selector);
    assert(box, `popup: no ${selector}`);
    await this.send('Input.dispatchMouseEvent', { type: 'mouseMoved', ...box });
    await this.send('Input.dispatchMouseEvent', { type: 'mousePressed', button: 'left', clickCount: 1, ...box });
    await this.send('Input.dispatchMouseEvent', { type: 'mouseReleased', button: 'left', clickCount: 1, ...box });
  }

  // The popup as it shows, its fold included.
  async screenshot(file) {
    const { data } = await this.send('Page.captureScreenshot', { format: 'png' });
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, Buffer.from(data, 'base64'));
  }

  // Closes the popup and waits until it is gone, so the next click opens a new one.
  async close() {
    await this.cdp.send('Target.closeTarget', { targetId: this.targetId }).catch(() => {});
    await until('the popup to close', async () => !(await this.cdp.send('Target.getTargets', { filter: [{}] }))
      .targetInfos.some((t) => t.targetId === this.targetId));
  }
}

// What the native CLI finds in a saved page.
export function cliAnalysis(file) {
  const bin = path.join(ROOT, 'target/release/lede');
  return JSON.parse(execFileSync(bin, ['analyze', '--json', file], { encoding: 'utf8', maxBuffer: 64 << 20 }));
}

// Every Lede highlight in the page, read from the page's own world:
// for each range its text and the page regions it touches.
export function readHighlights(page) {
  return page.evaluate((names) => {
    const el = (n) => (n.nodeType === Node.ELEMENT_NODE ? n : n.parentElement);
    const regions = (r) => ['#comments', '.widget-area', '.breaking-ticker', '.byline', '.author-description']
      .filter((s) => el(r.startContainer)?.closest(s) || el(r.endContainer)?.closest(s));
    return Object.fromEntries(names.map((n) => [n,
      [...(CSS.highlights.get(n) ?? [])].map((r) => ({ text: r.toString(), regions: regions(r) }))]));
  }, HIGHLIGHTS);
}
