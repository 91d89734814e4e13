// Lede's service worker: the only place the WebAssembly core runs. A page's
// CSP can refuse wasm in a content script, never in the extension's own
// context, so content.js only walks the DOM into a snapshot and paints the
// result; the analysis itself happens here. Three things start one: the
// popup, the keyboard shortcut, and content.js when the page changed under
// its highlights.

import init, { Analyzer } from './pkg/lede.js';
import { loadSettings, failure, forPage, forPopup } from './common.js';

// The last analysis per tab. Lives as long as the worker does; the popup
// re-analyses on every click, so nothing needs to outlast it. Exposed on the
// global scope so tests (and a developer in DevTools) can read what was computed.
const analyses = new Map();
globalThis.analyses = analyses;

// Module service workers may not use top-level await: load the core on first use.
let core;
function loadCore() {
  core ??= init({ module_or_path: chrome.runtime.getURL('pkg/lede_bg.wasm') }).catch((e) => {
    core = undefined; // let the next click try again
    throw e;
  });
  return core;
}

function today() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

// Runs `func` in content.js's isolated world of the tab's main frame, after
// making sure content.js is there (it keeps its state across injections).
async function inTab(tabId, func, ...args) {
  const target = { tabId };
  await chrome.scripting.executeScript({ target, files: ['walk.js', 'content.js'] });
  const [injection] = await chrome.scripting.executeScript({ target, func, args });
  return injection?.result;
}

class Refusal extends Error {
  constructor(error, message) {
    super(message);
    this.error = error;
  }
}

// The core's steps take milliseconds on an article and seconds on a 10 MB
// page. Between steps the worker yields, so the popup's messages and the
// progress reports get through; progress is only shown once an analysis has
// taken longer than PROGRESS_AFTER_MS, so a normal page never flickers.
const PROGRESS_AFTER_MS = 200;
const YIELD_EVERY_MS = 50;

// walk: { url, snapshot } from the content script.
async function analyzeInSteps(tabId, walk) {
  const analyzer = new Analyzer(walk.snapshot, walk.url, today());
  const start = performance.now();
  let lastYield = start;
  let shown = false;
  try {
    for (;;) {
      const state = analyzer.step();
      if (state.done) return state;
      const now = performance.now();
      if (now - lastYield < YIELD_EVERY_MS) continue;
      if (now - start >= PROGRESS_AFTER_MS) {
        shown = true;
        const percent = Math.round(state.progress * 100);
        chrome.runtime.sendMessage({ type: 'progress', tabId, stage: state.stage, percent }).catch(() => {});
        chrome.action.setBadgeText({ tabId, text: `${percent}%` }).catch(() => {});
      }
      await new Promise((resolve) => setTimeout(resolve));
      lastYield = performance.now();
    }
  } finally {
    // After a trap (a panic in the core) the instance may refuse this too;
    // the trap itself is what the popup reports.
    try { analyzer.free(); } catch { /* see above */ }
    if (shown) chrome.action.setBadgeText({ tabId, text: '' }).catch(() => {});
  }
}

// settings: as the popup holds them; read from the store when the analysis
// starts anywhere else.
async function analyzeTab(tabId, settings) {
  settings ??= await loadSettings();
  let walk;
  try {
    walk = await inTab(tabId, () => globalThis.lede.snapshot());
  } catch (e) {
    // executeScript refuses browser pages, the Web Store, other extensions,
    // and file:// pages unless the user allowed file access.
    throw new Refusal('no_access', e.message);
  }
  if (typeof walk?.snapshot !== 'string') throw new Refusal('page_error', walk?.error ?? 'The page could not be read.');
  await loadCore();
  const outcome = await analyzeInSteps(tabId, walk);
  if (!outcome?.ok) {
    // Highlights from an earlier click would no longer match what the popup says.
    analyses.delete(tabId);
    await inTab(tabId, () => globalThis.lede.clear());
    throw new Refusal(outcome?.error ?? 'internal', outcome?.message ?? 'The analysis failed.');
  }
  const { analysis } = outcome;
  analyses.set(tabId, analysis);
  // insertCSS reaches the page's document (where ::highlight rules must live)
  // whatever its CSP says; removing first keeps repeated clicks from stacking copies.
  const css = { target: { tabId }, files: ['highlights.css'] };
  await chrome.scripting.removeCSS(css);
  await chrome.scripting.insertCSS(css);
  const painted = await inTab(tabId, (a, s) => globalThis.lede.paint(JSON.parse(a), s), forPage(analysis), settings);
  // The summary stands even when the page could not be (fully) painted; say so.
  const note = painted?.error
    ?? (painted?.missed ? `${painted.missed} highlight(s) could not be placed: the page changed while Lede read it.` : undefined);
  return { ok: true, analysis, note };
}

const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;

// The shortcut has no popup to answer in: a short notice in the page says
// what was found, or why nothing was.
async function analyzeByShortcut(tabId) {
  let text;
  try {
    const { analysis: a } = await analyzeTab(tabId);
    text = `Lede: ${plural(a.quotes.length, 'quote')} by ${plural(a.speakers.length, 'speaker')}, `
      + `${plural(a.claims.length, 'claim')} to check. Alt+Shift+↓/↑ steps through them, Esc clears.`;
  } catch (e) {
    text = `Lede: ${failure(e.error).join(' ')}`;
  }
  // A page Lede may not script (a browser page) cannot show it either.
  await inTab(tabId, (t) => globalThis.lede.notice(t), text).catch(() => {});
}

// Messages from the popup name their tab; those from content.js come from it.
const handlers = {
  analyze: async ({ tabId, settings }) => {
    const reply = await analyzeTab(tabId, settings);
    return { ...reply, analysis: forPopup(reply.analysis) }; // JSON text
  },
  configure: ({ tabId, settings }) => inTab(tabId, (s) => globalThis.lede.configure(s), settings),
  reveal: ({ tabId, target }) => inTab(tabId, (t) => globalThis.lede.reveal(t), target),
  selectors: ({ tabId }) => inTab(tabId, () => globalThis.lede.selectors()),
  // content.js, when the page changed under its highlights: the answer stays small.
  reanalyze: async (_, sender) => {
    await analyzeTab(sender.tab.id);
    return { ok: true };
  },
};

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  const handler = sender.id === chrome.runtime.id && handlers[message?.type];
  if (!handler) return false;
  handler(message, sender)
    .then(sendResponse)
    .catch((e) => sendResponse({ ok: false, error: e.error ?? 'internal', message: String(e.message ?? e) }));
  return true; // the answer comes asynchronously
});

// A command's key press grants activeTab on the tab, as a click on the icon does.
chrome.commands.onCommand.addListener((command, tab) => {
  if (command === 'analyze' && tab?.id !== undefined) analyzeByShortcut(tab.id);
});
