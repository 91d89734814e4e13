// Lede demo: the extension's core (the same wasm) reading a page shown here.
// The page is parsed with DOMParser, so its scripts never run, shown in a
// shadow root, read by the core's live-DOM adapter and painted with the CSS
// Custom Highlight API, as the extension paints a live page.
import init, { analyzeDom } from './pkg/lede.js';

const $ = (id) => document.getElementById(id);
const h = (tag, props = {}, ...children) => {
  const el = Object.assign(document.createElement(tag), props);
  el.append(...children.filter(Boolean)); // so `cond && child` can leave a child out
  return el;
};

// Painting order is priority: claims only underline and sit on top, so a
// quote inside a check-worthy sentence shows both. Names as in the extension.
const KINDS = [
  { kind: 'indirect', highlight: 'lede-indirect', label: 'Reported speech' },
  { kind: 'partial', highlight: 'lede-partial', label: 'Partial quote' },
  { kind: 'direct', highlight: 'lede-quote', label: 'Quote' },
  { kind: 'author', highlight: 'lede-author', label: 'Author' },
  { kind: 'claim', highlight: 'lede-claim', label: 'Claim to check' },
];
const LABEL = Object.fromEntries(KINDS.map((k) => [k.kind, k.label]));
const FOCUS = 'lede-focus';
// Hover looks for quotes before claims: a quoted sentence is often a claim too.
const HOVER_ORDER = ['direct', 'partial', 'indirect', 'claim'];
const QUOTE_KINDS = new Set(['direct', 'partial', 'indirect']);
const TOP_CLAIMS = 5;
// Attributes that would fetch something while the page is shown. The CSP
// blocks other origins anyway; removing them keeps the demo from trying.
const FETCHING_ATTRS = new Set(['src', 'srcset', 'poster', 'srcdoc', 'data', 'background']);
const FETCHING_LINK = /\b(stylesheet|preload|modulepreload|prefetch|preconnect|dns-prefetch|prerender|icon|manifest)\b/i;

const reader = $('reader');
const panel = $('panel');
const status = $('status');
const card = $('card');
const articleSheet = new CSSStyleSheet();

let analysis = null;
let items = []; // painted stretches: { kind, index, range }, kind as in KINDS
const shown = new Set(KINDS.map((k) => k.kind)); // categories switched on in the legend
let anchor = null; // the card's place: { item, rectIndex, pinned }

async function fetchOk(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response;
}

// ---- Input ------------------------------------------------------------------

function looksLikeHtml(text) {
  return /<(!doctype|[a-z][\w-]*)(\s[^>]*)?\/?>/i.test(text);
}

// Plain text becomes a minimal article: blank lines separate paragraphs (or
// single newlines when there are no blank lines); a short first line without
// closing punctuation is the headline.
function textToHtml(text) {
  const escape = (s) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  const trimmed = text.trim();
  let blocks = trimmed.split(/\n\s*\n/);
  if (blocks.length === 1) blocks = trimmed.split('\n');
  blocks = blocks.map((b) => b.replace(/\s+/g, ' ').trim()).filter(Boolean);
  const first = blocks[0];
  const title = blocks.length > 1 && first.split(' ').length <= 16 && !/[.!,;:]["”’)]?$/.test(first) ? blocks.shift() : '';
  return `<!doctype html><html><head><title>${escape(title)}</title></head><body><article>`
    + (title ? `<h1>${escape(title)}</h1>` : '')
    + blocks.map((b) => `<p>${escape(b)}</p>`).join('')
    + '</article></body></html>';
}

// Shows the page in a fresh shadow root and returns the root. Only attributes
// are touched, so the core reads the same tree as from the saved file.
function show(html) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  for (const el of doc.querySelectorAll('*')) {
    for (const { name } of [...el.attributes]) {
      if (name.startsWith('on') || FETCHING_ATTRS.has(name)) el.removeAttribute(name);
    }
    if (el.localName === 'link' && FETCHING_LINK.test(el.rel)) el.removeAttribute('href');
  }
  const host = h('div');
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [articleSheet];
  root.append(document.adoptNode(doc.documentElement));
  // Links and forms would leave the demo (or post to it): reading only.
  root.addEventListener('click', (e) => { if (e.target.closest?.('a[href], area[href]')) e.preventDefault(); });
  root.addEventListener('submit', (e) => e.preventDefault());
  reader.replaceChildren(host);
  reader.scrollTop = 0;
  return root;
}

function today() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function analyse(html) {
  clear();
  const root = show(html);
  const t0 = performance.now();
  let out;
  try {
    out = analyzeDom(root, undefined, today());
  } catch (e) { // a panic in the core surfaces as a wasm trap
    out = { ok: false, error: 'crash', message: e.message };
  }
  const ms = Math.round(performance.now() - t0);
  window.__ledeLast = out.ok ? out.analysis : null; // read by tests/e2e/demo.test.mjs
  if (!out.ok) {
    if (out.error === 'not_article') return notArticle(out.message);
    return fail(`The analyser could not read this page: ${out.message}`);
  }
  analysis = out.analysis;
  try {
    paint(out.textNodes);
    renderPanel();
  } catch (e) { // e.g. a range past the end of its text node
    clear();
    return fail(`Could not show the analysis: ${e.message}`);
  }
  status.textContent = `Analysed in ${ms} ms: ${analysis.quotes.length} quotes, ${analysis.claims.length} claims.`;
}

// ---- Highlights -------------------------------------------------------------

function paint(nodes) {
  const toRange = (r) => {
    if (!r) return null;
    const range = new Range();
    range.setStart(nodes[r.start.node], r.start.offset);
    range.setEnd(nodes[r.end.node], r.end.offset);
    return range;
  };
  items = [
    ...analysis.quotes.map((q, index) => ({ kind: q.kind, index, range: toRange(q.range) })),
    ...analysis.authors.flatMap((a, index) => a.ranges.map((r) => ({ kind: 'author', index, range: toRange(r) }))),
    ...analysis.claims.map((c, index) => ({ kind: 'claim', index, range: toRange(c.range) })),
  ].filter((it) => it.range);
  applyHighlights();
}

function applyHighlights() {
  KINDS.forEach(({ kind, highlight }, priority) => {
    const ranges = shown.has(kind) ? items.filter((it) => it.kind === kind).map((it) => it.range) : [];
    if (!ranges.length) return CSS.highlights.delete(highlight);
    const hl = new Highlight(...ranges);
    hl.priority = priority;
    CSS.highlights.set(highlight, hl);
  });
}

function clear() {
  for (const { highlight } of KINDS) CSS.highlights.delete(highlight);
  hideCard();
  analysis = null;
  items = [];
}

// ---- Hover card -------------------------------------------------------------

function cardContent({ kind, index }) {
  const tag = h('span', { className: `tag ${kind}` }, LABEL[kind]);
  if (kind === 'claim') {
    const claim = analysis.claims[index];
    return [tag, h('div', { className: 'who' }, `Check-worthiness ${Math.round(claim.score * 100)}%`),
      claim.reasons.length > 0 && h('div', { className: 'muted' }, claim.reasons.join(' · '))];
  }
  const quote = analysis.quotes[index];
  const speaker = analysis.speakers.find((s) => s.quotes.includes(index));
  const more = speaker ? speaker.quotes.length - 1 : 0;
  return [tag,
    h('div', { className: 'who' }, quote.speaker ?? quote.unnamed_speaker ?? 'Unattributed', quote.cue && h('span', { className: 'cue' }, ` · ${quote.cue}`)),
    !quote.speaker && quote.unnamed_speaker && h('div', { className: 'muted' }, 'Not named in the article'),
    more > 0 && h('div', { className: 'muted' }, `${more} more by ${speaker.name}`)];
}

function showCard(item, rectIndex, pinned) {
  if (anchor?.item !== item) card.replaceChildren(...cardContent(item));
  anchor = { item, rectIndex, pinned };
  card.hidden = false;
  placeCard();
}

// Sits the card under the whole stretch, else above it, so the words stay
// readable; a stretch taller than the window gets it under the anchoring
// line. Hidden once that line has scrolled out of the reader.
function placeCard() {
  const rects = anchor.item.range.getClientRects();
  const rect = rects[Math.min(anchor.rectIndex, rects.length - 1)];
  const view = reader.getBoundingClientRect();
  if (!rect || rect.bottom < view.top || rect.top > view.bottom) return hideCard();
  const all = anchor.item.range.getBoundingClientRect();
  // Measured at the origin, where nothing squeezes the card's width.
  card.style.top = '0px';
  card.style.left = '0px';
  const box = card.getBoundingClientRect();
  const top = all.bottom + 8 + box.height <= innerHeight ? all.bottom + 8
    : all.top - 8 - box.height >= 0 ? all.top - 8 - box.height : rect.bottom + 8;
  card.style.top = `${top}px`;
  card.style.left = `${Math.max(8, Math.min(rect.left, innerWidth - box.width - 8))}px`;
}

function hideCard() {
  anchor = null;
  card.hidden = true;
  CSS.highlights.delete(FOCUS);
}

function hitAt(x, y) {
  for (const kind of HOVER_ORDER) {
    if (!shown.has(kind)) continue;
    for (const item of items) {
      if (item.kind !== kind) continue;
      const rects = item.range.getClientRects();
      for (let i = 0; i < rects.length; i++) {
        const r = rects[i];
        if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) return { item, rectIndex: i };
      }
    }
  }
  return null;
}

// Pointer and scroll work is batched per frame: getClientRects is cheap only
// while layout is clean.
let pointer = null;
let frame = 0;
function onFrame() {
  frame = 0;
  const hit = pointer && items.length && hitAt(pointer.clientX, pointer.clientY);
  if (hit) showCard(hit.item, hit.rectIndex, false);
  else if (anchor?.pinned) placeCard();
  else if (anchor) hideCard();
}
const schedule = () => { frame ||= requestAnimationFrame(onFrame); };
reader.addEventListener('pointermove', (e) => { pointer = e; schedule(); }, { passive: true });
reader.addEventListener('pointerleave', () => { pointer = null; schedule(); });
reader.addEventListener('scroll', schedule, { passive: true });
addEventListener('resize', schedule, { passive: true });
addEventListener('keydown', (e) => { if (e.key === 'Escape' && anchor) hideCard(); });

// Scrolls a stretch into view, marks it and opens its card: the keyboard's
// way to what the pointer finds by hovering.
function reveal(item) {
  item.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  const focus = new Highlight(item.range);
  focus.priority = KINDS.length;
  CSS.highlights.set(FOCUS, focus);
  showCard(item, 0, true);
  const { kind, index } = item;
  status.textContent = kind === 'claim'
    ? `Claim to check: ${analysis.claims[index].text}`
    : `${LABEL[kind]} by ${analysis.quotes[index].speaker ?? analysis.quotes[index].unnamed_speaker ?? 'an unattributed speaker'}: ${analysis.quotes[index].text}`;
}

// ---- Panel ------------------------------------------------------------------

// data-run counts outcomes shown, so a test can wait for the next one.
function setState(state, ...content) {
  panel.dataset.state = state;
  panel.dataset.run = Number(panel.dataset.run) + 1;
  panel.replaceChildren(...content.filter(Boolean));
}

function notArticle(message) {
  status.textContent = '';
  setState('not-article', h('div', { className: 'notice', role: 'alert' },
    h('h2', {}, 'Not an article'),
    h('p', {}, `${message[0].toUpperCase()}${message.slice(1)}.`),
    h('p', { className: 'muted' }, 'Try a news story with a few paragraphs of running text.')));
}

function fail(message) {
  status.textContent = '';
  setState('error', h('div', { className: 'notice error', role: 'alert' },
    h('h2', {}, 'Something went wrong'), h('p', {}, message)));
}

function formatDate(value) {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value ?? '');
  if (!m) return value;
  // The date as written, whatever the reader's time zone.
  return new Date(Date.UTC(+m[1], m[2] - 1, +m[3])).toLocaleDateString(undefined, { dateStyle: 'long', timeZone: 'UTC' });
}

function renderPanel() {
  const a = analysis;
  const meta = [a.site_name, formatDate(a.published),
    a.word_count && `${a.reading_minutes} min read (${a.word_count} words)`].filter(Boolean).join(' · ');
  setState('ready',
    h('h2', { className: 'headline' }, a.title || 'Untitled'),
    meta && h('p', { className: 'meta' }, meta),
    copyButton(a.clipboard.markdown),
    legend(),
    authorsSection(a.authors),
    pointsSection(a),
    speakersSection(a),
    claimsSection(a));
}

function copyButton(markdown) {
  const button = h('button', { type: 'button', id: 'copy', className: 'primary' }, 'Copy summary');
  button.title = 'Copy the summary as Markdown';
  button.addEventListener('click', async () => {
    try {
      await copy(markdown);
      button.textContent = 'Copied ✓';
      status.textContent = 'Summary copied as Markdown.';
      setTimeout(() => { button.textContent = 'Copy summary'; }, 1500);
    } catch (e) {
      status.textContent = `Could not copy: ${e.message}`;
    }
  });
  return button;
}

async function copy(text) {
  if (navigator.clipboard) return navigator.clipboard.writeText(text);
  // Served over plain http to another machine there is no navigator.clipboard;
  // a copy command inside the click still reaches the clipboard.
  const put = (e) => { e.clipboardData.setData('text/plain', text); e.preventDefault(); };
  document.addEventListener('copy', put, { once: true });
  if (!document.execCommand('copy')) throw new Error('the browser refused');
}

function legend() {
  const count = (kind) => items.filter((it) => it.kind === kind).length;
  return h('fieldset', { className: 'legend' }, h('legend', {}, 'Highlights'),
    ...KINDS.map(({ kind, label }) => {
      const box = h('input', { type: 'checkbox', checked: shown.has(kind) });
      box.addEventListener('change', () => {
        if (box.checked) shown.add(kind); else shown.delete(kind);
        if (anchor && !shown.has(anchor.item.kind)) hideCard();
        applyHighlights();
      });
      return h('label', {}, box, h('span', { className: `swatch ${kind}` }), `${label} (${count(kind)})`);
    }));
}

function authorsSection(authors) {
  return h('section', {}, h('h3', {}, authors.length > 1 ? 'Authors' : 'Author'),
    authors.length
      ? h('ul', { id: 'authors', className: 'authors' }, ...authors.map((au) => h('li', {},
        h('span', { className: 'name' }, au.name),
        au.kind === 'organization' && h('span', { className: 'muted' }, ' (organisation)'),
        au.bio && h('details', {}, h('summary', {}, 'About'), au.bio))))
      : h('p', { className: 'muted' }, 'No author found.'));
}

// The publisher's own key points when the page has them, else the core's summary.
function pointsSection(a) {
  const own = a.key_points.length > 0;
  const points = own ? a.key_points : a.summary;
  if (!points.length) return null;
  return h('section', {}, h('h3', {}, own ? 'Key points' : 'Summary'),
    h('ul', {}, ...points.map((p) => h('li', {}, p))));
}

function speakersSection(a) {
  if (!a.speakers.length) return h('section', {}, h('h3', {}, 'Who is quoted'), h('p', { className: 'muted' }, 'No quotations found.'));
  const speakers = [...a.speakers].sort((x, y) => y.quotes.length - x.quotes.length);
  return h('section', {}, h('h3', {}, 'Who is quoted'),
    h('ul', { id: 'speakers' }, ...speakers.map((s) => {
      const own = items.filter((it) => QUOTE_KINDS.has(it.kind) && s.quotes.includes(it.index));
      const reported = s.quotes.filter((i) => a.quotes[i].kind === 'indirect').length;
      let next = 0;
      const button = h('button', { type: 'button', className: 'link' }, s.name);
      button.title = `Show ${s.name}'s quotes in the article, one at a time`;
      button.addEventListener('click', () => { if (own.length) reveal(own[next++ % own.length]); });
      return h('li', {}, button, ` ×${s.quotes.length}`,
        h('span', { className: 'muted' }, ` (${s.quotes.length - reported} quoted, ${reported} reported)`));
    })));
}

function claimsSection(a) {
  const head = h('h3', {}, 'Claims to check');
  const claims = items.filter((it) => it.kind === 'claim')
    .sort((x, y) => a.claims[y.index].score - a.claims[x.index].score).slice(0, TOP_CLAIMS);
  if (!claims.length) return h('section', {}, head, h('p', { className: 'muted' }, 'No check-worthy claims found.'));
  if (a.claims.length > claims.length) head.append(` (top ${claims.length} of ${a.claims.length})`);
  return h('section', {}, head, h('ol', { className: 'claims' }, ...claims.map((item) => {
    const claim = a.claims[item.index];
    const button = h('button', { type: 'button', className: 'link' }, claim.text);
    button.addEventListener('click', () => reveal(item));
    return h('li', {}, button, h('small', {}, [`${Math.round(claim.score * 100)}%`, ...claim.reasons].join(' · ')));
  })));
}

// ---- Start --------------------------------------------------------------------

const sampleSelect = $('sample');
const sampleForm = $('sample-form');
const pasteForm = $('paste-form');

sampleForm.addEventListener('submit', async (e) => {
  e.preventDefault();
  const option = sampleSelect.selectedOptions[0];
  status.textContent = `Loading ${option.textContent}…`;
  try {
    analyse(await (await fetchOk(`samples/${encodeURIComponent(option.value)}.html`)).text());
  } catch (err) {
    clear();
    reader.replaceChildren();
    fail(`Could not load the sample: ${err.message}`);
  }
});

pasteForm.addEventListener('submit', (e) => {
  e.preventDefault();
  const text = $('paste').value;
  if (!text.trim()) {
    status.textContent = 'Paste an article first.';
    return $('paste').focus();
  }
  analyse(looksLikeHtml(text) ? text : textToHtml(text));
});

async function start() {
  status.textContent = 'Loading the analyser…';
  try {
    await Promise.all([
      init({ module_or_path: new URL('pkg/lede_bg.wasm', import.meta.url) }),
      fetchOk('article.css').then((r) => r.text()).then((css) => articleSheet.replace(css)),
    ]);
  } catch (e) {
    return fail(`Could not load the analyser: ${e.message}`);
  }
  pasteForm.querySelector('button').disabled = false;
  // samples.json lists the pages the build copied into samples/.
  const samples = await fetchOk('samples.json').then((r) => r.json()).catch(() => []);
  sampleSelect.replaceChildren(...samples.map((s) => h('option', { value: s.name }, s.title || s.name)));
  if (!samples.length) {
    status.textContent = 'No sample articles in this build: paste one.';
    return setState('empty');
  }
  sampleSelect.disabled = false;
  sampleForm.querySelector('button').disabled = false;
  sampleForm.requestSubmit();
}

start();
