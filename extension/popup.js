// Lede's popup, opened by the toolbar icon: asks the service worker to
// analyse the active tab, then shows the summary.

const view = document.getElementById('view');

const h = (tag, props = {}, ...children) => {
  const el = document.createElement(tag);
  Object.assign(el, props);
  el.append(...children.filter((c) => c !== null && c !== undefined && c !== false));
  return el;
};

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

const FAILURES = {
  not_article: 'This page doesn’t look like a news article.',
  no_access: 'Lede can’t read this page.',
};

function showFailure(reply, retry) {
  view.replaceChildren(h('div', { className: 'failure' },
    h('p', { className: 'status' }, FAILURES[reply.error] ?? 'Lede couldn’t analyse this page.'),
    reply.message ? h('p', { className: 'detail' }, reply.message) : null,
    h('button', { onclick: retry }, 'Try again')));
}

function section(title, ...body) {
  return h('section', {}, h('h2', {}, title), ...body);
}

// "Donald Trump ×5 +6 reported": words in quotation marks, then paraphrases,
// counted as the copied summary counts them.
function speakerChip(speaker, a, reveal) {
  const quoted = speaker.quotes.filter((i) => a.quotes[i].kind !== 'indirect').length;
  const reported = speaker.quotes.length - quoted;
  return h('button', {
    className: 'chip', title: `Show ${speaker.name}’s first quote`, onclick: () => reveal({ quote: speaker.quotes[0] }),
  }, speaker.name,
  quoted ? h('span', { className: 'count' }, ` ×${quoted}`) : null,
  reported ? h('span', { className: 'count' }, ` +${reported} reported`) : null);
}

function render(tabId, reply) {
  const a = reply.analysis;
  // Nothing to show when the tab has gone or navigated away meanwhile.
  const reveal = (target) => chrome.runtime.sendMessage({ type: 'reveal', tabId, target }).catch(() => {});
  const meta = [a.site_name, formatDate(a.published), a.reading_minutes ? `${a.reading_minutes} min read` : null]
    .filter(Boolean).join(' · ');
  const points = a.key_points.length ? a.key_points : a.summary;
  const claims = a.claims.map((c, i) => ({ ...c, i })).sort((x, y) => y.score - x.score).slice(0, 3);
  const copy = h('button', { className: 'primary', id: 'copy' }, 'Copy summary');
  copy.onclick = async () => {
    try {
      await navigator.clipboard.writeText(a.clipboard.markdown);
      copy.textContent = 'Copied ✓';
    } catch (e) {
      copy.textContent = 'Copy failed';
      copy.title = e.message;
    }
    setTimeout(() => { copy.textContent = 'Copy summary'; }, 1500);
  };

  view.replaceChildren(h('article', {},
    h('h1', {}, a.title || 'Untitled'),
    meta ? h('p', { className: 'meta' }, meta) : null,
    a.authors.length ? h('p', { className: 'byline' }, 'By ',
      ...a.authors.flatMap((au, i) => [i ? ', ' : null,
        /^https?:\/\//i.test(au.url ?? '') ? h('a', { href: au.url, target: '_blank', rel: 'noopener noreferrer' }, au.name) : au.name])) : null,
    points.length ? section(a.key_points.length ? 'Key points' : 'Summary',
      h('ul', {}, ...points.map((p) => h('li', {}, p)))) : null,
    section('Quoted', a.speakers.length
      ? h('div', { className: 'chips' }, ...a.speakers.map((s) => speakerChip(s, a, reveal)))
      : h('p', { className: 'muted' }, 'No one is quoted.')),
    claims.length ? section('Claims to check',
      h('ol', { className: 'claims' }, ...claims.map((c) => h('li', {},
        h('button', { className: 'claim', title: 'Show in the page', onclick: () => reveal({ claim: c.i }) },
          h('span', { className: 'score' }, c.score.toFixed(2)), c.text))))) : null,
    reply.note ? h('p', { className: 'muted' }, reply.note) : null,
    h('footer', {}, copy, h('span', { className: 'muted hint' }, 'Headline, byline, summary, quotes and claims, as Markdown'))));
}

async function run() {
  view.replaceChildren(h('p', { className: 'status' }, 'Reading the article…'));
  let tabId;
  let reply;
  try {
    tabId = await activeTab();
    reply = tabId === undefined
      ? { ok: false, error: 'no_access', message: 'No tab to read.' }
      : await chrome.runtime.sendMessage({ type: 'analyze', tabId });
  } catch (e) {
    reply = { ok: false, error: 'internal', message: e.message };
  }
  if (reply?.ok) render(tabId, reply);
  else showFailure(reply ?? { error: 'internal' }, run);
}

run();
