// Lede's popup, opened by the toolbar icon: asks the service worker to
// analyse the active tab, then shows the summary. Its toggles and claim
// threshold are the settings the options page shows too; they apply to the
// page at once.

import { CATEGORIES, THRESHOLD, CLAIMS_LISTED, loadSettings, saveSettings, failure } from './common.js';
import { webAnnotations } from './annotations.js';

const view = document.getElementById('view');
const FEEDBACK_MS = 1500;

let settings = await loadSettings();
let tabId;
let refresh = () => {}; // re-filters the rendered summary after a settings change

const h = (tag, props = {}, ...children) => {
  const el = document.createElement(tag);
  Object.assign(el, props);
  el.append(...children.filter((c) => c !== null && c !== undefined && c !== false));
  return el;
};

// Nothing to do when the tab has gone or navigated away meanwhile.
const send = (message) => chrome.runtime.sendMessage(message).catch(() => undefined);
const reveal = (target) => send({ type: 'reveal', tabId, target });

// Settings changes are saved, shown, and sent to the page in order, so the
// page ends on the last one however fast a slider moves.
let applying = Promise.resolve();
const apply = () => { applying = applying.then(() => send({ type: 'configure', tabId, settings })); };
function change(patch) {
  settings = { ...settings, ...patch };
  syncToggles();
  refresh();
  saveSettings(settings).catch(() => {});
  if (tabId !== undefined) apply();
}

// The legend is the set of switches: each shows its highlight's style.
const toggles = CATEGORIES.map(([kind, label, full]) => {
  const button = h('button', { className: 'toggle', title: `Show ${full.toLowerCase()} highlights` },
    h('span', { className: `mark mark-${kind}` }, label));
  button.onclick = () => change({ show: { ...settings.show, [kind]: !settings.show[kind] } });
  return [kind, button];
});
document.getElementById('toggles').append(...toggles.map(([, b]) => b));
const syncToggles = () => toggles.forEach(([kind, b]) => { b.ariaPressed = String(settings.show[kind]); });
document.getElementById('options').onclick = () => chrome.runtime.openOptionsPage();

async function activeTab() {
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

function formatDate(iso) {
  const day = /^\d{4}-\d{2}-\d{2}/.exec(iso ?? '')?.[0];
  if (!day) return iso;
  // The publication day as the page states it, whatever the reader's time zone.
  return new Date(`${day}T00:00:00Z`).toLocaleDateString(undefined, { dateStyle: 'medium', timeZone: 'UTC' });
}

function showFailure(reply) {
  const [what, todo] = failure(reply.error);
  view.replaceChildren(h('div', { className: 'failure', role: 'alert' },
    h('p', { className: 'status' }, what),
    h('p', {}, todo),
    reply.message ? h('p', { className: 'detail' }, reply.message) : null,
    h('button', { onclick: run }, 'Try again')));
}

function section(title, ...body) {
  return h('section', {}, h('h2', {}, title), ...body);
}

// Runs a button's action and says how it went on the button for a moment.
async function act(button, work) {
  const label = button.textContent;
  try {
    button.textContent = await work();
    button.title = '';
  } catch (e) {
    button.textContent = 'Failed';
    button.title = e.message;
  }
  setTimeout(() => { button.textContent = label; }, FEEDBACK_MS);
}

const LABEL = Object.fromEntries(CATEGORIES.map(([kind, , full]) => [kind, full]));
const quoteWords = (q) => (q.kind === 'indirect' ? q.text : `“${q.text}”`);
const OFF_PAGE = 'Not shown on this page: only in the article text the publisher embeds for search engines';
// A list entry that jumps to its stretch of the page, or says why it cannot.
const jumpButton = (className, title, item, target, ...content) => h('button', item.off_page
  ? { className: `${className} off-page`, title: OFF_PAGE, disabled: true }
  : { className, title, onclick: () => reveal(target) }, ...content);

// A speaker's quotes listed in the popup; the page shows them all.
const QUOTES_LISTED = 100;

// Who is quoted, one group per speaker ("Donald Trump ×5 +6 reported": words
// in quotation marks, then paraphrases, counted as the copied summary counts
// them); a quote leads to its place in the page.
function quotesSection(a) {
  const attributed = new Set(a.speakers.flatMap((s) => s.quotes));
  const groups = a.speakers.map((s) => [s.name, s.quotes]);
  const rest = a.quotes.map((_, i) => i).filter((i) => !attributed.has(i));
  // Those the article describes without naming ("an Iowa Democrat"), then those it does not say.
  const described = rest.filter((i) => a.quotes[i].unnamed_speaker);
  if (described.length) groups.push(['Not named', described]);
  if (described.length < rest.length) groups.push(['Unattributed', rest.filter((i) => !a.quotes[i].unnamed_speaker)]);
  if (!groups.length) return [section('Quoted', h('p', { className: 'status' }, 'Nobody is quoted in this article.')), () => {}];

  const rows = []; // [li, kind]
  const folds = groups.map(([name, indices]) => {
    const reported = indices.filter((i) => a.quotes[i].kind === 'indirect').length;
    const quoted = indices.length - reported;
    const more = indices.length - QUOTES_LISTED;
    const list = h('ol', { className: 'quotes' }, ...indices.slice(0, QUOTES_LISTED).map((i) => {
      const q = a.quotes[i];
      const li = h('li', {}, jumpButton(`quote line-${q.kind}`, `${LABEL[q.kind]}: show in the page`, q, { quote: i },
        q.speaker || !q.unnamed_speaker ? quoteWords(q) : `${q.unnamed_speaker}: ${quoteWords(q)}`));
      rows.push([li, q.kind]);
      return li;
    }), more > 0 ? h('li', { className: 'muted' }, `and ${more} more in the page`) : null);
    return h('details', { className: 'speaker' },
      h('summary', {}, h('span', { className: 'name' }, name),
        quoted ? h('span', { className: 'count' }, ` ×${quoted}`) : null,
        reported ? h('span', { className: 'count' }, ` +${reported} reported`) : null),
      list);
  });
  const off = h('p', { className: 'muted' }, 'Quote highlights are switched off.');
  const update = () => {
    for (const [li, kind] of rows) li.hidden = !settings.show[kind];
    for (const fold of folds) fold.hidden = [...fold.querySelectorAll('li:has(> button)')].every((li) => li.hidden);
    off.hidden = folds.some((fold) => !fold.hidden);
  };
  return [section('Quoted', ...folds, off), update];
}

// The claims at or above the threshold, strongest first; the slider
// re-filters this list and the page's claim highlights together.
function claimsSection(a) {
  if (!a.claims.length) return [section('Claims to check', h('p', { className: 'muted' }, 'No check-worthy claims found.')), () => {}];
  // Listed: the strongest few (forPopup sent their text); the rest are counted.
  const rows = a.claims.map((c, i) => [c, i]).sort(([x], [y]) => y.score - x.score).slice(0, CLAIMS_LISTED).map(([c, i]) => [
    h('li', {}, jumpButton('claim', 'Show in the page', c, { claim: i }, h('span', { className: 'score' }, c.score.toFixed(2)), c.text)),
    c.score]);
  const slider = h('input', { type: 'range', id: 'threshold', min: THRESHOLD.min, max: THRESHOLD.max, step: THRESHOLD.step });
  slider.oninput = () => change({ threshold: Number(slider.value) });
  const value = h('output', { htmlFor: 'threshold' });
  const count = h('p', { className: 'muted', id: 'claim-count' });
  const update = () => {
    slider.value = settings.threshold;
    value.value = settings.threshold.toFixed(2);
    const passing = a.claims.filter((c) => c.score >= settings.threshold);
    rows.forEach(([li, score]) => { li.hidden = !settings.show.claim || score < settings.threshold; });
    count.textContent = !settings.show.claim ? 'Claim highlights are switched off.'
      : `${passing.length} of ${a.claims.length} claims score ${value.value} or more`
        + (passing.length > CLAIMS_LISTED ? `; the top ${CLAIMS_LISTED} here, all in the page.` : '.');
  };
  return [section('Claims to check',
    h('div', { className: 'threshold' }, h('label', { htmlFor: 'threshold' }, 'Score at least'), slider, value),
    count,
    h('ol', { className: 'claims' }, ...rows.map(([li]) => li))), update];
}

function download(text, name) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/ld+json' }));
  h('a', { href: url, download: name }).click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const slug = (s) => (s || 'page').toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);

// Every highlight shown, as W3C Web Annotation JSON: on the clipboard, and
// saved as a file for tools that import one.
function exportSection(a) {
  const button = h('button', { id: 'export' }, 'Export annotations');
  button.onclick = () => act(button, async () => {
    const located = await send({ type: 'selectors', tabId });
    if (!Array.isArray(located?.items)) throw new Error(located?.error ?? located?.message ?? 'The page did not answer.');
    const json = JSON.stringify(webAnnotations(a, located), null, 2);
    await navigator.clipboard.writeText(json);
    download(json, `${slug(a.title)}.annotations.json`);
    return `Copied and saved ✓ (${located.items.length})`;
  });
  return section('Annotations',
    h('p', { className: 'muted' }, 'The highlights shown, as W3C Web Annotations (Hypothesis-compatible JSON).'),
    button);
}

function render(reply) {
  const a = JSON.parse(reply.analysis); // see forPopup: claims and candidates together
  const meta = [a.site_name, formatDate(a.published), a.reading_minutes ? `${a.reading_minutes} min read` : null]
    .filter(Boolean).join(' · ');
  const points = a.key_points.length ? a.key_points : a.summary;
  const [quoted, updateQuotes] = quotesSection(a);
  const [claims, updateClaims] = claimsSection(a);

  const copy = h('button', {
    className: 'primary', id: 'copy', title: 'Headline, byline, summary, quotes and claims, with the address and today’s date',
  }, 'Copy summary');
  copy.onclick = () => act(copy, async () => {
    await navigator.clipboard.writeText(a.clipboard[settings.format]);
    return 'Copied ✓';
  });
  const format = h('select', { id: 'format', ariaLabel: 'Copy the summary as' },
    h('option', { value: 'markdown' }, 'Markdown'), h('option', { value: 'text' }, 'Plain text'));
  format.onchange = () => change({ format: format.value });

  view.replaceChildren(h('article', {},
    h('h1', {}, a.title || 'Untitled'),
    meta ? h('p', { className: 'meta' }, meta) : null,
    a.authors.length ? h('p', { className: 'byline' }, 'By ',
      ...a.authors.flatMap((au, i) => [i ? ', ' : null,
        /^https?:\/\//i.test(au.url ?? '') ? h('a', { href: au.url, target: '_blank', rel: 'noopener noreferrer' }, au.name) : au.name])) : null,
    points.length ? section(a.key_points.length ? 'Key points' : 'Summary',
      h('ul', {}, ...points.map((p) => h('li', {}, p)))) : null,
    quoted,
    claims,
    exportSection(a),
    reply.note ? h('p', { className: 'muted' }, reply.note) : null,
    h('footer', {}, copy, format)));
  refresh = () => {
    format.value = settings.format;
    updateQuotes();
    updateClaims();
  };
  refresh();
}

// A long analysis reports its progress (the worker sends it after 200 ms).
const progress = h('progress', { max: 100, value: 0, hidden: true, ariaLabel: 'Analysis progress' });
const status = h('p', { className: 'status' });
chrome.runtime.onMessage.addListener((message) => {
  if (message?.type !== 'progress' || message.tabId !== tabId || !progress.isConnected) return;
  progress.hidden = false;
  progress.value = message.percent;
  status.textContent = `Long page: ${message.stage}… ${message.percent}%`;
});

async function run() {
  status.textContent = 'Reading the article…';
  progress.hidden = true;
  view.replaceChildren(status, progress);
  let reply;
  const sent = settings;
  try {
    tabId = await activeTab();
    reply = tabId === undefined
      ? { ok: false, error: 'no_access', message: 'No tab to read.' }
      : await chrome.runtime.sendMessage({ type: 'analyze', tabId, settings: sent });
  } catch (e) {
    reply = { ok: false, error: 'internal', message: e.message };
  }
  if (!reply?.ok) return showFailure(reply ?? { error: 'internal' });
  render(reply);
  // A switch flipped while the page was being read: the paint used the old settings.
  if (settings !== sent) apply();
}

syncToggles();
run();
