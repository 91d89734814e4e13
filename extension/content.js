// Lede's content script. It walks the page into a snapshot for the core (which
// runs in the service worker, out of reach of the page's CSP) and paints the
// analysis with the CSS Custom Highlight API, so the page's own nodes and text
// are never changed: the one node Lede adds is the host of its hover card,
// notices and pulses, appended to <html> outside <body>. Injected on demand by
// background.js; re-injection finds the instance already living in this
// isolated world and keeps it. Nothing here may throw into the page.
(() => {
  if (globalThis.lede) return;

  // One highlight per kind of stretch, lowest priority first. Claims only
  // underline and sit on top, so a quote inside a check-worthy sentence shows both.
  const HIGHLIGHTS = [
    ['indirect', 'lede-indirect'],
    ['partial', 'lede-partial'],
    ['direct', 'lede-quote'],
    ['author', 'lede-author'],
    ['claim', 'lede-claim'],
  ];
  const FOCUS = 'lede-focus';
  const QUOTE_LABEL = { direct: 'Quote', partial: 'Partial quote', indirect: 'Reported speech' };
  const HIDE_DELAY_MS = 300;
  const PULSE_MS = 1700; // three rings of the pulse animation in CARD_CSS
  const NOTICE_MS = 6000;
  const SETTLE_MS = 400; // quiet time after the page changed before re-analysing
  const MAX_WAIT_MS = 2500; // ...but no longer while it keeps changing

  let analysis = null;
  let settings = null; // { show: { kind: bool }, threshold }, from the worker
  let texts = []; // the Text nodes of the last snapshot, in the order ranges number them
  let items = []; // painted stretches in page order: { kind, index, range }, kind as in HIGHLIGHTS
  let anchors = new Set(); // the Text nodes those ranges start and end in
  let root = null; // the smallest element holding every quote and claim: the article
  let focused = null; // the item last revealed, where keyboard steps go on from

  const isQuote = (it) => it.kind in QUOTE_LABEL;
  const visible = (it) => settings.show[it.kind]
    && (it.kind !== 'claim' || analysis.claims[it.index].score >= settings.threshold);
  const visibleItems = () => items.filter(visible);

  // Named timers: starting one again restarts it.
  const timers = {};
  function later(name, ms, fn) {
    cancel(name);
    timers[name] = setTimeout(() => {
      delete timers[name];
      guard(fn);
    }, ms);
  }
  function cancel(name) {
    clearTimeout(timers[name]);
    delete timers[name];
  }

  // ---- Snapshot -----------------------------------------------------------

  function snapshot() {
    try {
      const walk = globalThis.ledeWalk(document, (node) => node === card.host);
      texts = walk.texts;
      // From the first analysis on, Lede follows the page's changes.
      watcher.start();
      // One string: it crosses to the worker, and on into the core, in one copy.
      return { url: location.href, snapshot: walk.snapshot };
    } catch (e) {
      return { error: `Could not read the page: ${e.message}` };
    }
  }

  // ---- Painting -----------------------------------------------------------

  // r: [start node, start offset, end node, end offset] (see forPage).
  function toRange(r) {
    if (!r) return null;
    const [startNode, startOffset, endNode, endOffset] = r;
    const start = texts[startNode];
    const end = texts[endNode];
    // The page may have changed since the snapshot: place only what still fits.
    if (!start?.isConnected || !end?.isConnected) return null;
    if (startOffset > start.length || endOffset > end.length) return null;
    const range = new Range();
    range.setStart(start, startOffset);
    range.setEnd(end, endOffset);
    return range.collapsed ? null : range;
  }

  let paintRun = 0; // the latest paint or clear; an older paint stops between slices
  function clear() {
    paintRun++;
    for (const [, name] of HIGHLIGHTS) CSS.highlights.delete(name);
    card.hide();
    items = [];
    anchors = new Set();
    root = null;
    focused = null;
  }

  // Ranges are made in slices with the page's own work in between: a 10 MB
  // page has 100k of them.
  const PAINT_SLICE = 5000;
  const nextTask = () => new Promise((resolve) => setTimeout(resolve));

  async function paint(result, prefs) {
    try {
      clear();
      const run = paintRun;
      analysis = result;
      settings = prefs;
      let missed = 0;
      const placed = [];
      const wanted = [
        ...result.quotes.map((q, i) => [q.kind, i, q.range]),
        ...result.authors.flatMap((a, i) => a.ranges.map((r) => ['author', i, r])),
        ...result.claims.map((c, i) => ['claim', i, c.range]),
      ];
      for (let k = 0; k < wanted.length; k++) {
        if (k && k % PAINT_SLICE === 0) {
          await nextTask();
          if (run !== paintRun) return { painted: 0, missed: 0, superseded: true };
        }
        const [kind, index, r] = wanted[k];
        const range = toRange(r);
        if (range) placed.push({ kind, index, range, at: [r[0], r[1]] });
        else if (r) missed++;
      }
      // Snapshot order is page order, shadow roots included (where Range
      // comparisons would throw).
      items = placed.sort((a, b) => a.at[0] - b.at[0] || a.at[1] - b.at[1]);
      for (const { range } of items) anchors.add(range.startContainer).add(range.endContainer);
      root = articleRoot();
      apply();
      return { painted: items.length, missed };
    } catch (e) {
      return { error: `Could not highlight the page: ${e.message}` };
    }
  }

  // (Re)builds the page's highlights from the placed stretches the settings let through.
  function apply() {
    HIGHLIGHTS.forEach(([kind, name], priority) => {
      const ranges = items.filter((it) => it.kind === kind && visible(it)).map((it) => it.range);
      if (!ranges.length) return CSS.highlights.delete(name);
      // One by one: spreading 100k ranges into the constructor overflows the stack.
      const highlight = new Highlight();
      for (const range of ranges) highlight.add(range);
      highlight.priority = priority;
      CSS.highlights.set(name, highlight);
    });
    if (card.shown.some((it) => !visible(it))) card.hide();
  }

  // The popup's toggles and threshold slider, live.
  function configure(prefs) {
    settings = prefs;
    if (analysis) apply();
  }

  function articleRoot() {
    // Bylines are left out: a bio box may sit far from the article.
    const nodes = items.filter((it) => it.kind !== 'author').map((it) => it.range.startContainer);
    let common = nodes[0]?.parentNode ?? null;
    for (const node of nodes) while (common && !common.contains(node)) common = common.parentNode;
    return common;
  }

  // Scrolls a stretch into view, marks and pulses it, and opens its card there.
  function showItem(item, { focus = false } = {}) {
    focused = item;
    item.range.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
    const mark = new Highlight(item.range);
    mark.priority = HIGHLIGHTS.length;
    CSS.highlights.set(FOCUS, mark);
    // Against the stretch's last line, so the card covers none of it.
    card.show([item], item.range, Infinity, true);
    card.pulse(item.range);
    // Keyboard users land in the card, where Tab reaches its buttons.
    if (focus) card.box.focus({ preventScroll: true });
  }

  // target: { quote | claim | author: index }, from the popup.
  function reveal(target) {
    try {
      const [[key, index]] = Object.entries(target);
      const item = visibleItems().find((it) => it.index === index && (key === 'quote' ? isQuote(it) : it.kind === key));
      if (!item) return false;
      showItem(item);
      return true;
    } catch {
      return false;
    }
  }

  // The next (delta 1) or previous (-1) highlight. The first step starts
  // from what is on screen, not from the top of the page.
  function step(delta) {
    const list = visibleItems();
    if (!list.length) return;
    const at = list.indexOf(focused);
    const top = (it) => it.range.getBoundingClientRect().top;
    const next = at >= 0 ? list[(at + delta + list.length) % list.length]
      : delta > 0 ? list.find((it) => top(it) >= 0) ?? list[0]
        : list.findLast((it) => top(it) < innerHeight) ?? list.at(-1);
    showItem(next, { focus: true });
  }

  // Esc, and the way to stop Lede in a tab: no highlights, no card, no watching.
  function dismiss() {
    clear();
    watcher.stop();
  }

  // ---- Export -------------------------------------------------------------

  // Where each shown highlight sits in document.body.textContent, the text
  // Web Annotation selectors (and Hypothesis) anchor against: its exact words
  // with 32 characters either side, and its start and end offsets. The
  // popup turns these into W3C Web Annotations.
  const CONTEXT = 32;
  function selectors() {
    try {
      const starts = new Map();
      let length = 0;
      const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walk.nextNode(); n; n = walk.nextNode()) {
        starts.set(n, length);
        length += n.length;
      }
      const text = document.body.textContent;
      const found = visibleItems().flatMap(({ kind, index, range }) => {
        // In a shadow root or outside <body>: not part of that text.
        if (!starts.has(range.startContainer) || !starts.has(range.endContainer)) return [];
        const start = starts.get(range.startContainer) + range.startOffset;
        const end = starts.get(range.endContainer) + range.endOffset;
        return [{
          kind,
          index,
          quote: { exact: text.slice(start, end), prefix: text.slice(Math.max(0, start - CONTEXT), start), suffix: text.slice(end, end + CONTEXT) },
          position: { start, end },
        }];
      });
      return { source: location.href, items: found };
    } catch (e) {
      return { error: e.message };
    }
  }

  // ---- Hover card, notices, pulses ----------------------------------------

  // The palette follows highlights.css: fills and line patterns, so no
  // category is told from another by hue alone.
  const CARD_CSS = `
    :host { --bg: #fff; --ink: #1d1d1f; --muted: #6b6b73; --line: #d7d7db; --soft: #ececef;
      --button: #f6f6f8; --button-hover: #ececf0; --link: #0b57d0; --focus: #0b57d0; }
    @media (prefers-color-scheme: dark) {
      :host { --bg: #202124; --ink: #ececf1; --muted: #a4a4ad; --line: #46464f; --soft: #36363d;
        --button: #2d2d33; --button-hover: #3a3a42; --link: #8ab4f8; --focus: #8ab4f8; }
    }
    .card, .notice { position: fixed; box-sizing: border-box; background: var(--bg); color: var(--ink);
      border: 1px solid var(--line); border-radius: 10px; box-shadow: 0 6px 24px rgba(0,0,0,.22);
      font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; text-align: start; }
    .card { max-width: min(360px, calc(100vw - 16px)); min-width: 220px; padding: 10px 12px; pointer-events: auto; }
    .notice { left: 50%; bottom: 16px; transform: translateX(-50%); max-width: min(520px, calc(100vw - 32px));
      padding: 8px 14px; }
    [hidden] { display: none !important; }
    :focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
    section + section { margin-top: 8px; padding-top: 8px; border-top: 1px solid var(--soft); }
    .tag { display: inline-block; padding: 1px 7px; border-radius: 999px; font-size: 11px; font-weight: 600;
      letter-spacing: .02em; text-transform: uppercase; color: #1d1d1f; text-underline-offset: 2px; }
    .direct { background: #ffd34d; }
    .partial { background: #fff0b3; text-decoration: underline dashed 1.5px #7a5c00; }
    .indirect { background: #e9e1ff; text-decoration: underline dotted 2px #5b3fb0; }
    .author { background: #cfe8ff; text-decoration: underline double 1.5px #0b5394; }
    .claim { background: #fde3d6; text-decoration: underline wavy 1.5px #d55e00; }
    .who { margin-top: 4px; font-size: 15px; font-weight: 650; }
    .cue, .muted { color: var(--muted); font-weight: 400; }
    .bio { margin-top: 4px; max-height: 8.4em; overflow: auto; }
    .row { display: flex; align-items: center; gap: 6px; margin-top: 6px; flex-wrap: wrap; }
    .grow { flex: 1; }
    button { font: inherit; font-size: 12px; padding: 2px 9px; border: 1px solid var(--line);
      border-radius: 6px; background: var(--button); color: inherit; cursor: pointer; }
    button:hover { background: var(--button-hover); }
    a { color: var(--link); }
    .flash { position: fixed; top: 0; left: 0; pointer-events: none; }
    .ring { position: absolute; border-radius: 3px; animation: ring ${PULSE_MS / 3}ms ease-out 3; }
    @keyframes ring { from { box-shadow: 0 0 0 1px rgba(232,89,12,.95); } to { box-shadow: 0 0 0 12px rgba(232,89,12,0); } }
    @media (prefers-reduced-motion: reduce) { .ring { animation: none; box-shadow: 0 0 0 2px #e8590c; } }
  `;

  const h = (tag, props = {}, ...children) => {
    const el = document.createElement(tag);
    Object.assign(el, props);
    el.append(...children.filter((c) => c !== null && c !== undefined && c !== false));
    return el;
  };

  const card = {
    host: null,
    box: null,
    notice: null,
    flash: null, // the pulse's rings, drawn where a revealed stretch was
    flashScroll: [0, 0], // the page's scroll when they were drawn
    anchor: null, // { range, rectIndex }: the client rect the card sits against
    shown: [],
    // A card opened by reveal() has no pointer on its text: it stays until
    // Escape, a click elsewhere, or another highlight is hovered.
    pinned: false,
    pinnedAt: 0, // when it was shown (performance.now(), the clock of event timeStamps)

    build() {
      if (this.host?.isConnected) return;
      this.host = document.createElement('lede-root');
      // CSSOM, not a style attribute: a page's CSP may forbid inline style attributes.
      this.host.style.cssText = 'all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; '
        + 'z-index: 2147483647; pointer-events: none;';
      const shadow = this.host.attachShadow({ mode: 'open' });
      // A constructed sheet, since a page's CSP may forbid <style> elements.
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(CARD_CSS);
      shadow.adoptedStyleSheets = [sheet];
      this.box = h('div', { className: 'card', hidden: true, role: 'dialog', tabIndex: -1 });
      this.notice = h('div', { className: 'notice', hidden: true, role: 'status' });
      this.flash = h('div', { className: 'flash', hidden: true });
      shadow.append(this.flash, this.box, this.notice);
      document.documentElement.append(this.host);
    },

    show(hits, range, rectIndex, pinned = false) {
      this.build();
      this.keep();
      this.pinned = pinned;
      this.pinnedAt = performance.now();
      this.shown = hits;
      this.anchor = { range, rectIndex };
      this.box.replaceChildren(...hits.map(section));
      this.box.setAttribute('aria-label', `Lede: ${hits.map(describe).join('; ')}`);
      this.box.hidden = false;
      this.place();
    },

    // Follows the page's scrolling and layout.
    place() {
      if (this.flash && !this.flash.hidden) {
        const [x, y] = this.flashScroll;
        this.flash.style.transform = `translate(${x - scrollX}px, ${y - scrollY}px)`;
      }
      if (!this.anchor) return;
      const rects = this.anchor.range.getClientRects();
      const rect = rects[Math.min(this.anchor.rectIndex, rects.length - 1)];
      if (!rect) return this.hide();
      const { innerWidth: vw, innerHeight: vh } = window;
      // Measure at the origin, where nothing squeezes the card's width.
      this.box.style.top = '0px';
      this.box.style.left = '0px';
      const box = this.box.getBoundingClientRect();
      const below = rect.bottom + 8;
      const top = below + box.height <= vh || rect.top - 8 - box.height < 0 ? below : rect.top - 8 - box.height;
      const left = Math.max(8, Math.min(rect.left, vw - box.width - 8));
      this.box.style.top = `${top}px`;
      this.box.style.left = `${left}px`;
    },

    hide() {
      this.keep();
      this.pinned = false;
      this.shown = [];
      this.anchor = null;
      if (this.box) this.box.hidden = true;
      CSS.highlights.delete(FOCUS);
    },

    hideSoon() {
      if (!this.shown.length || this.pinned || 'hide' in timers) return;
      later('hide', HIDE_DELAY_MS, () => this.hide());
    },

    keep() {
      cancel('hide');
    },

    pulse(range) {
      this.build();
      this.flash.replaceChildren(...Array.from(range.getClientRects()).slice(0, 12).map((r) => {
        const ring = h('div', { className: 'ring' });
        ring.style.cssText = `left: ${r.left}px; top: ${r.top}px; width: ${r.width}px; height: ${r.height}px;`;
        return ring;
      }));
      this.flashScroll = [scrollX, scrollY];
      this.flash.style.transform = '';
      this.flash.hidden = false;
      later('flash', PULSE_MS, () => { this.flash.hidden = true; this.flash.replaceChildren(); });
    },

    say(text) {
      this.build();
      this.notice.textContent = text;
      this.notice.hidden = false;
      later('notice', NOTICE_MS, () => { this.notice.hidden = true; });
    },
  };

  // What a stretch is, in a few words: the card's accessible name.
  function describe(item) {
    if (isQuote(item)) {
      const q = analysis.quotes[item.index];
      return `${QUOTE_LABEL[item.kind]} by ${q.speaker ?? q.unnamed_speaker ?? 'an unattributed speaker'}`;
    }
    if (item.kind === 'author') return `Author ${analysis.authors[item.index].name}`;
    return `Claim to check, score ${analysis.claims[item.index].score.toFixed(2)}`;
  }

  function section(item) {
    if (isQuote(item)) return quoteSection(item);
    if (item.kind === 'author') return authorSection(analysis.authors[item.index]);
    return claimSection(analysis.claims[item.index]);
  }

  function quoteSection(item) {
    const quote = analysis.quotes[item.index];
    const speaker = analysis.speakers.find((s) => s.quotes.includes(item.index));
    // Only quotes shown on this page can be stepped to.
    const shown = new Set(items.filter((it) => isQuote(it) && visible(it)).map((it) => it.index));
    const own = speaker ? speaker.quotes.filter((i) => shown.has(i)) : [];
    const at = own.indexOf(item.index);
    const go = (delta) => () => guard(() => reveal({ quote: own[(at + delta + own.length) % own.length] }));
    const more = own.length - 1;
    return h('section', {},
      h('span', { className: `tag ${item.kind}` }, QUOTE_LABEL[item.kind]),
      h('div', { className: 'who' }, quote.speaker ?? quote.unnamed_speaker ?? 'Unattributed',
        quote.cue ? h('span', { className: 'cue' }, ` · ${quote.cue}`) : null),
      // Someone the article describes but does not name ("a senior official").
      !quote.speaker && quote.unnamed_speaker ? h('div', { className: 'row muted' }, 'Not named in the article') : null,
      more > 0 && at >= 0 && h('div', { className: 'row' },
        h('span', { className: 'grow muted' }, `${more} more by ${speaker.name}`),
        h('button', { title: `Previous quote by ${speaker.name}`, onclick: go(-1) }, '‹ Prev'),
        h('button', { title: `Next quote by ${speaker.name}`, onclick: go(1) }, 'Next ›')),
      h('div', { className: 'row' },
        copyButton('Copy quote', () => quoteText(quote, item.range))));
  }

  // “…” — Speaker, quoted in Title, Site, address: ready to paste with its source.
  // The words are read from the page (the worker does not send them: see forPage).
  function quoteText(q, range) {
    const text = range.toString().replace(/\s+/g, ' ').trim();
    const words = q.kind === 'indirect' ? text : `“${text.replace(/[\s,;:]+$/, '')}”`;
    const source = [analysis.title, analysis.site_name, analysis.url ?? location.href].filter(Boolean).join(', ');
    const by = q.speaker ?? q.unnamed_speaker;
    const who = by ? `${by}, ` : '';
    return `${words} — ${who}${q.kind === 'indirect' ? 'reported' : 'quoted'} in ${source}`;
  }

  function claimSection(claim) {
    return h('section', {},
      h('span', { className: 'tag claim' }, 'Claim to check'),
      h('span', { className: 'muted' }, `  score ${claim.score.toFixed(2)}`),
      claim.reasons.length ? h('div', { className: 'row muted' }, claim.reasons.join(' · ')) : null);
  }

  function authorSection(author) {
    return h('section', {},
      h('span', { className: 'tag author' }, author.kind === 'organization' ? 'Publisher' : 'Author'),
      h('div', { className: 'who' }, author.name),
      author.bio ? h('div', { className: 'bio' }, author.bio) : null,
      isWebLink(author.url) ? h('div', { className: 'row' },
        h('a', { href: author.url, target: '_blank', rel: 'noopener noreferrer' }, 'Profile ↗')) : null);
  }

  // Profile links come from the page: only plain web addresses become links.
  const isWebLink = (url) => /^https?:\/\//i.test(url ?? '');

  function copyButton(label, text) {
    const button = h('button', {}, label);
    button.onclick = () => guard(async () => {
      await copy(text());
      button.textContent = 'Copied ✓';
      setTimeout(() => { button.textContent = label; }, 1500);
    });
    return button;
  }

  async function copy(text) {
    try {
      await navigator.clipboard.writeText(text);
    } catch {
      // navigator.clipboard is missing on plain-http pages; a copy command
      // inside the click still reaches the clipboard there.
      const put = (e) => { e.clipboardData.setData('text/plain', text); e.preventDefault(); };
      document.addEventListener('copy', put, { capture: true, once: true });
      document.execCommand('copy');
      document.removeEventListener('copy', put, { capture: true });
    }
  }

  // ---- Pointer and keyboard -----------------------------------------------

  // Everything shown under the pointer, one per kind, quotes first, with the
  // client rect that was hit (the card sits against it).
  function hitsAt(x, y) {
    const hits = [];
    for (const item of visibleItems()) {
      const rects = item.range.getClientRects();
      for (let i = 0; i < rects.length; i++) {
        const r = rects[i];
        if (x >= r.left && x <= r.right && y >= r.top && y <= r.bottom) {
          if (!hits.some((hit) => hit.item.kind === item.kind)) hits.push({ item, rectIndex: i });
          break;
        }
      }
    }
    const order = (hit) => (isQuote(hit.item) ? 0 : hit.item.kind === 'author' ? 1 : 2);
    return hits.sort((a, b) => order(a) - order(b));
  }

  function onPointer(e) {
    if (!items.length) return;
    // A pinned card (Next ›, the popup, the keyboard) scrolls the page under a
    // still pointer: neither a move from before it (handled a frame late) nor
    // the mousemove the browser sends after the scroll is a hover.
    if (card.pinned && (e.timeStamp <= card.pinnedAt || (e.movementX === 0 && e.movementY === 0))) return;
    if (card.host && e.composedPath().includes(card.host)) return card.keep();
    const hits = hitsAt(e.clientX, e.clientY);
    if (!hits.length) return card.hideSoon();
    card.keep();
    const same = hits.length === card.shown.length && hits.every((hit, i) => hit.item === card.shown[i]);
    if (!same) card.show(hits.map((hit) => hit.item), hits[0].item.range, hits[0].rectIndex);
  }

  // Typing in the page's fields is never taken over.
  function editing(e) {
    const target = e.composedPath()[0];
    return target instanceof Element && (target.isContentEditable || /^(input|textarea|select)$/.test(target.localName));
  }

  // Alt+Shift+↓/↑: next/previous highlight. Esc: close the card, then clear.
  function onKey(e) {
    if (e.key === 'Escape') {
      if (card.shown.length) card.hide();
      else dismiss();
      return;
    }
    const arrow = { ArrowDown: 1, ArrowUp: -1 }[e.key];
    if (!arrow || !e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey || !items.length || editing(e)) return;
    e.preventDefault();
    step(arrow);
  }

  // Handlers run inside the page: a failure hides the card instead of
  // reaching the page's console.
  function guard(fn) {
    try {
      const result = fn();
      if (result instanceof Promise) result.catch(() => card.hide());
    } catch {
      card.hide();
    }
  }

  // Pointer and scroll work is batched per frame: getClientRects is cheap
  // only while layout is clean.
  let frame = 0;
  let lastMove = null;
  let moved = false;
  const schedule = () => {
    frame ||= requestAnimationFrame(() => {
      frame = 0;
      guard(() => {
        if (moved) onPointer(lastMove);
        moved = false;
        card.place();
      });
    });
  };
  document.addEventListener('mousemove', (e) => { lastMove = e; moved = true; schedule(); }, { capture: true, passive: true });
  window.addEventListener('scroll', schedule, { capture: true, passive: true });
  window.addEventListener('resize', schedule, { passive: true });
  document.addEventListener('keydown', (e) => guard(() => onKey(e)), { capture: true });
  document.addEventListener('mousedown', (e) => {
    if (card.pinned && !e.composedPath().includes(card.host)) guard(() => card.hide());
  }, { capture: true, passive: true });

  // ---- Dynamic pages ------------------------------------------------------

  // After an analysis Lede follows the page. A client-side navigation (the
  // address changes without a load: pushState, back and forward) clears the
  // old article's highlights at once and re-analyses; text replaced under
  // the highlights (hydration, a re-render) or new text in the article
  // makes the worker re-analyse, which re-anchors every highlight. Content
  // scripts cannot see the page's pushState calls, but a navigation always
  // changes the DOM, so the address is compared on every batch of mutations.
  // Everything else (ads, tickers, comments, Lede's own host) is ignored.
  const address = () => location.href.split('#')[0]; // a jump to an anchor is no navigation

  const watcher = {
    observer: null,
    on: false,
    url: '',
    since: 0, // when the first change of the current burst came

    start() {
      this.on = true;
      this.url = address();
      this.observer ??= new MutationObserver((records) => guard(() => this.check(records)));
      this.observer.observe(document, { childList: true, characterData: true, subtree: true });
    },

    stop() {
      this.on = false;
      this.observer?.disconnect();
      cancel('reanalyse');
      this.since = 0;
    },

    check(records) {
      if (!this.on) return;
      if (address() !== this.url) {
        this.url = address();
        clear();
        this.soon();
      } else if (changesArticle(records)) {
        this.soon();
      }
    },

    soon() {
      this.since ||= Date.now();
      const wait = Math.max(0, Math.min(SETTLE_MS, this.since + MAX_WAIT_MS - Date.now()));
      later('reanalyse', wait, async () => {
        this.since = 0;
        // The worker snapshots and paints again (or clears, if this is no
        // article any more). An extension reloaded meanwhile leaves this
        // script orphaned: then the watching ends.
        try {
          await chrome.runtime.sendMessage({ type: 'reanalyze' });
        } catch {
          this.stop();
        }
      });
    },
  };
  addEventListener('popstate', () => guard(() => watcher.check([])));

  // Painted text gone or edited, or new text in the article.
  function changesArticle(records) {
    if (records.some((r) => r.removedNodes.length) && [...anchors].some((t) => !t.isConnected)) return true;
    return records.some((r) => (r.type === 'characterData' ? anchors.has(r.target)
      : !!root?.contains(r.target) && [...r.addedNodes].some((n) => n !== card.host && n.textContent.trim())));
  }

  globalThis.lede = {
    snapshot,
    paint,
    configure: (prefs) => guard(() => configure(prefs)),
    reveal,
    selectors,
    clear: () => guard(clear),
    notice: (text) => guard(() => card.say(text)),
  };
})();
