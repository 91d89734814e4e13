// What the popup, the options page and the service worker share: the
// settings and the words for a failed analysis.
//
// Settings live in the extension origin's localStorage, which the popup and
// the options page read synchronously, and which needs no "storage"
// permission. A service worker has no localStorage, yet the keyboard shortcut
// analyses with no page of ours open: every save is mirrored into IndexedDB
// (same origin, no permission either), where the worker reads it.

// The kinds of highlight, in the order the popup and the options page list them.
// Each: [kind, short label, full label].
export const CATEGORIES = [
  ['direct', 'Quote', 'Quotation'],
  ['partial', 'Partial', 'Partial quotation'],
  ['indirect', 'Reported', 'Reported speech'],
  ['claim', 'Claim', 'Check-worthy claim'],
  ['author', 'Author', 'Author'],
];

// The core reports claims at 0.5 and more, and weaker candidates down to 0.3
// for readers who lower the threshold.
export const THRESHOLD = { min: 0.3, max: 0.95, step: 0.05 };
export const DEFAULT_THRESHOLD = 0.5;

// The analysis with the weaker claim candidates after the claims, so one
// threshold filters both (indexes into `claims` stay those of the core).
function withCandidates(analysis) {
  return { ...analysis, claims: [...analysis.claims, ...(analysis.claim_candidates ?? [])], claim_candidates: [] };
}

// How many claims the popup lists (the strongest at the chosen threshold).
export const CLAIMS_LISTED = 5;

// What the page and the popup are sent, as JSON text: a message holds at most
// 64 MiB, and a string crosses it far faster than the same data as objects
// (seconds saved on a 10 MB page). Each side gets what it shows. Neither
// gets the article's text (the core leaves it out in wasm); the page gets no
// quote or claim text (its highlight is the text); the popup places nothing
// in the page and lists the strongest claims.
// Ranges go as [start node, start offset, end node, end offset]: a fifth of the text.
export function forPage(analysis) {
  const { clipboard, summary, key_points: points, ...rest } = withCandidates(analysis);
  const pack = (r) => r && [r.start.node, r.start.offset, r.end.node, r.end.offset];
  return JSON.stringify({
    ...rest,
    authors: rest.authors.map((a) => ({ ...a, ranges: a.ranges.map(pack) })),
    quotes: rest.quotes.map(({ text: words, speaker_range: at, range, ...quote }) => ({ ...quote, range: pack(range) })),
    claims: rest.claims.map(({ text: words, range, ...claim }) => ({ ...claim, range: pack(range) })),
  });
}

export function forPopup(analysis) {
  const rest = withCandidates(analysis);
  const listed = new Set(rest.claims.map((c, i) => [c.score, i]).sort(([x], [y]) => y - x)
    .slice(0, CLAIMS_LISTED).map(([, i]) => i));
  return JSON.stringify({
    ...rest,
    // off_page: read from the publisher's JSON-LD body, not shown in the page, so nothing to jump to.
    quotes: rest.quotes.map(({ range, speaker_range: at, ...quote }) => ({ ...quote, off_page: !range })),
    // The score and reasons go into exported annotations.
    claims: rest.claims.map(({ range, text: words, ...c }, i) => ({ ...(listed.has(i) ? { ...c, text: words } : c), off_page: !range })),
  });
}

export const DEFAULTS = Object.freeze({
  show: Object.freeze(Object.fromEntries(CATEGORIES.map(([kind]) => [kind, true]))),
  threshold: DEFAULT_THRESHOLD,
  format: 'markdown', // or 'text': how "Copy summary" copies
});

const KEY = 'lede.settings';

// Whatever was stored (nothing, an older shape, a hand-edited value) becomes
// a complete, valid settings object.
function normalise(raw) {
  const s = raw && typeof raw === 'object' ? raw : {};
  const show = Object.fromEntries(CATEGORIES.map(([kind]) => [kind, s.show?.[kind] ?? DEFAULTS.show[kind]]));
  const t = Number(s.threshold);
  const threshold = Number.isFinite(t) ? Math.min(THRESHOLD.max, Math.max(THRESHOLD.min, t)) : DEFAULTS.threshold;
  const format = s.format === 'text' ? 'text' : 'markdown';
  return { show, threshold, format };
}

// One request against the mirror's single key-value store.
function mirror(mode, request) {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('lede', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('settings');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction('settings', mode);
      const req = request(tx.objectStore('settings'));
      tx.oncomplete = () => { db.close(); resolve(req.result); };
      tx.onerror = () => { db.close(); reject(tx.error); };
    };
  });
}

export async function loadSettings() {
  if (globalThis.localStorage) {
    try {
      return normalise(JSON.parse(localStorage.getItem(KEY)));
    } catch {
      return normalise(null);
    }
  }
  return normalise(await mirror('readonly', (store) => store.get(KEY)).catch(() => null));
}

export async function saveSettings(settings) {
  const s = normalise(settings);
  localStorage.setItem(KEY, JSON.stringify(s));
  await mirror('readwrite', (store) => store.put(s, KEY));
  return s;
}

// A failed analysis: what happened, and what the reader can do about it.
export const FAILURES = {
  not_article: ['This page doesn’t look like a news article.',
    'Open a single article (not a home or section page) and try again.'],
  no_access: ['Lede can’t read this page.',
    'Browser pages, the Web Store and other extensions are off limits. For a file on your computer, allow file access for Lede in chrome://extensions.'],
  page_error: ['Lede couldn’t read this page.', 'Reload the page and try again.'],
  internal: ['Lede couldn’t analyse this page.', 'Reload the page and try again.'],
};

export const failure = (error) => FAILURES[error] ?? FAILURES.internal;
