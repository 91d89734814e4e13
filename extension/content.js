// Lede's content script. It walks the page into a snapshot for the core (which
// runs in the service worker, out of reach of the page's CSP) and paints the
// analysis with the CSS Custom Highlight API, so the page's own nodes and text
// are never changed: the one node Lede adds is the hover card's host, appended
// to <html> outside <body>. Injected on demand by background.js; re-injection
// finds the instance already living in this isolated world and keeps it.
(() => {
  if (globalThis.lede) return;

  // Subtrees that never hold article text (the core drops them too). JSON-LD
  // scripts are the exception: they carry the article's metadata.
  const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas',
    'iframe', 'object', 'embed', 'select', 'textarea']);

  // One highlight per kind of stretch. Claims only underline and sit on top,
  // so a quote inside a check-worthy sentence shows both.
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

  let analysis = null;
  let texts = []; // the Text nodes of the last snapshot, in the order ranges number them
  let items = []; // painted stretches: { kind, index, range }, kind as in HIGHLIGHTS

  // ---- Snapshot -----------------------------------------------------------

  function snapshot() {
    try {
      const events = [];
      const found = [];
      const CLOSE = null;
      const stack = [document];
      const pushChildren = (parent) => {
        for (let c = parent.lastChild; c; c = c.previousSibling) stack.push(c);
      };
      while (stack.length) {
        const node = stack.pop();
        if (node === CLOSE) {
          events.push({});
        } else if (node.nodeType === Node.TEXT_NODE) {
          events.push({ x: node.data });
          found.push(node);
        } else if (node.nodeType === Node.ELEMENT_NODE) {
          const tag = node.localName;
          const jsonLd = tag === 'script' && /ld\+json/i.test(node.type);
          if ((SKIPPED.has(tag) && !jsonLd) || node === card.host) continue;
          const event = { t: tag };
          if (node.attributes.length) event.a = Array.from(node.attributes, (a) => [a.name, a.value]);
          events.push(event);
          stack.push(CLOSE);
          pushChildren(node);
          // An open shadow root is read as part of its host, before the light
          // children, the order the core's live-DOM adapter uses.
          if (node.shadowRoot) pushChildren(node.shadowRoot);
        } else if (node.nodeType === Node.DOCUMENT_NODE) {
          pushChildren(node);
        }
      }
      texts = found;
      return { url: location.href, events };
    } catch (e) {
      return { error: `Could not read the page: ${e.message}` };
    }
  }

  // ---- Painting -----------------------------------------------------------

  function toRange(r) {
    if (!r) return null;
    const start = texts[r.start.node];
    const end = texts[r.end.node];
    // The page may have changed since the snapshot: place only what still fits.
    if (!start?.isConnected || !end?.isConnected) return null;
    if (r.start.offset > start.length || r.end.offset > end.length) return null;
    const range = new Range();
    range.setStart(start, r.start.offset);
    range.setEnd(end, r.end.offset);
    return range.collapsed ? null : range;
  }

  function clear() {
    for (const [, name] of HIGHLIGHTS) CSS.highlights.delete(name);
    CSS.highlights.delete(FOCUS);
    card.hide();
    items = [];
  }

  function paint(result) {
    try {
      clear();
      analysis = result;
      let missed = 0;
      const add = (kind, index, r) => {
        const range = toRange(r);
        if (range) items.push({ kind, index, range });
        else if (r) missed++;
      };
      result.quotes.forEach((q, i) => add(q.kind, i, q.range));
      result.authors.forEach((a, i) => a.ranges.forEach((r) => add('author', i, r)));
      result.claims.forEach((c, i) => add('claim', i, c.range));
      HIGHLIGHTS.forEach(([kind, name], priority) => {
        const ranges = items.filter((it) => it.kind === kind).map((it) => it.range);
        if (!ranges.length) return;
        const highlight = new Highlight(...ranges);
        highlight.priority = priority;
        CSS.highlights.set(name, highlight);
      });
      return { painted: items.length, missed };
    } catch (e) {
      return { error: `Could not highlight the page: ${e.message}` };
    }
  }

  const isQuote = (it) => it.kind in QUOTE_LABEL;

  // Scrolls a stretch into view, marks it, and opens its card there.
  // target: { quote | claim | author: index }.
  function reveal(target) {
    try {
      const [[key, index]] = Object.entries(target);
      const item = items.find((it) => it.index === index && (key === 'quote' ? isQuote(it) : it.kind === key));
      if (!item) return false;
      const el = item.range.startContainer.parentElement;
      el?.scrollIntoView({ block: 'center', inline: 'nearest' });
      const focus = new Highlight(item.range);
      focus.priority = HIGHLIGHTS.length;
      CSS.highlights.set(FOCUS, focus);
      card.show([item], item.range, 0, true);
      return true;
    } catch {
      return false;
    }
  }

  // ---- Hover card ---------------------------------------------------------

  const CARD_CSS = `
    .card { position: fixed; box-sizing: border-box; max-width: min(360px, calc(100vw - 16px));
      min-width: 220px; padding: 10px 12px; background: #fff; color: #1d1d1f;
      border: 1px solid #d7d7db; border-radius: 10px; box-shadow: 0 6px 24px rgba(0,0,0,.18);
      font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
      pointer-events: auto; text-align: start; }
    .card[hidden] { display: none; }
    section + section { margin-top: 8px; padding-top: 8px; border-top: 1px solid #ececef; }
    .tag { display: inline-block; padding: 1px 7px; border-radius: 999px; font-size: 11px;
      font-weight: 600; letter-spacing: .02em; text-transform: uppercase; color: #3a3000; }
    .direct { background: #ffd95a; } .partial { background: #ffecaa; }
    .indirect { background: #e7dcff; color: #2c1a66; } .author { background: #c9e6ff; color: #07365c; }
    .claim { background: #fde0da; color: #7a1d0c; }
    .who { margin-top: 4px; font-size: 15px; font-weight: 650; }
    .cue, .muted { color: #6b6b73; font-weight: 400; }
    .bio { margin-top: 4px; max-height: 8.4em; overflow: auto; }
    .row { display: flex; align-items: center; gap: 6px; margin-top: 6px; flex-wrap: wrap; }
    .grow { flex: 1; }
    button { font: inherit; font-size: 12px; padding: 2px 9px; border: 1px solid #c9c9cf;
      border-radius: 6px; background: #f6f6f8; color: inherit; cursor: pointer; }
    button:hover { background: #ececf0; }
    a { color: #0b57d0; }
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
    anchor: null, // { range, rectIndex }: the client rect the card sits against
    shown: [],
    // A card opened by reveal() has no pointer on its text: it stays until
    // Escape, a click elsewhere, or another highlight is hovered.
    pinned: false,
    hideTimer: 0,

    build() {
      this.host = document.createElement('lede-root');
      // CSSOM, not a style attribute: a page's CSP may forbid inline style attributes.
      this.host.style.cssText = 'all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; '
        + 'z-index: 2147483647; pointer-events: none;';
      const shadow = this.host.attachShadow({ mode: 'open' });
      // A constructed sheet, since a page's CSP may forbid <style> elements.
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(CARD_CSS);
      shadow.adoptedStyleSheets = [sheet];
      this.box = h('div', { className: 'card', hidden: true, role: 'dialog' });
      this.box.setAttribute('aria-label', 'Lede');
      shadow.append(this.box);
      document.documentElement.append(this.host);
    },

    show(hits, range, rectIndex, pinned = false) {
      if (!this.host?.isConnected) this.build();
      this.keep();
      this.pinned = pinned;
      this.shown = hits;
      this.anchor = { range, rectIndex };
      this.box.replaceChildren(...hits.map(section));
      this.box.hidden = false;
      this.place();
    },

    place() {
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
      if (!this.shown.length || this.pinned || this.hideTimer) return;
      this.hideTimer = setTimeout(() => {
        this.hideTimer = 0;
        this.hide();
      }, HIDE_DELAY_MS);
    },

    keep() {
      clearTimeout(this.hideTimer);
      this.hideTimer = 0;
    },
  };

  function section(item) {
    if (isQuote(item)) return quoteSection(item);
    if (item.kind === 'author') return authorSection(analysis.authors[item.index]);
    return claimSection(analysis.claims[item.index]);
  }

  function quoteSection(item) {
    const quote = analysis.quotes[item.index];
    const speaker = analysis.speakers.find((s) => s.quotes.includes(item.index));
    // Only quotes painted on this page can be stepped to.
    const own = speaker ? speaker.quotes.filter((i) => items.some((it) => isQuote(it) && it.index === i)) : [];
    const at = own.indexOf(item.index);
    const step = (delta) => () => guard(() => reveal({ quote: own[(at + delta + own.length) % own.length] }));
    const more = own.length - 1;
    return h('section', {},
      h('span', { className: `tag ${item.kind}` }, QUOTE_LABEL[item.kind]),
      h('div', { className: 'who' }, quote.speaker ?? 'Unattributed',
        quote.cue ? h('span', { className: 'cue' }, ` · ${quote.cue}`) : null),
      more > 0 && at >= 0 && h('div', { className: 'row' },
        h('span', { className: 'grow muted' }, `${more} more by ${speaker.name}`),
        h('button', { title: 'Previous quote by this speaker', onclick: step(-1) }, '‹ Prev'),
        h('button', { title: 'Next quote by this speaker', onclick: step(1) }, 'Next ›')),
      h('div', { className: 'row' },
        copyButton('Copy quote', () => quoteText(quote))));
  }

  function quoteText(q) {
    const source = [q.speaker, analysis.title && `“${analysis.title}”`, analysis.site_name, analysis.url]
      .filter(Boolean).join(', ');
    const words = q.kind === 'indirect' ? q.text : `“${q.text}”`;
    return source ? `${words}\n— ${source}` : words;
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

  // Everything under the pointer, one per kind, quotes first, with the
  // client rect that was hit (the card sits against it).
  function hitsAt(x, y) {
    const hits = [];
    for (const item of items) {
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
    if (card.host && e.composedPath().includes(card.host)) return card.keep();
    const hits = hitsAt(e.clientX, e.clientY);
    if (!hits.length) return card.hideSoon();
    card.keep();
    const same = hits.length === card.shown.length && hits.every((hit, i) => hit.item === card.shown[i]);
    if (!same) card.show(hits.map((hit) => hit.item), hits[0].item.range, hits[0].rectIndex);
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
        else if (card.anchor) card.place();
        moved = false;
      });
    });
  };
  document.addEventListener('mousemove', (e) => { lastMove = e; moved = true; schedule(); }, { capture: true, passive: true });
  window.addEventListener('scroll', schedule, { capture: true, passive: true });
  window.addEventListener('resize', schedule, { passive: true });
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape') guard(() => card.hide()); }, { capture: true });
  document.addEventListener('mousedown', (e) => {
    if (card.pinned && !e.composedPath().includes(card.host)) guard(() => card.hide());
  }, { capture: true, passive: true });

  globalThis.lede = { snapshot, paint, reveal, clear: () => guard(clear) };
})();
