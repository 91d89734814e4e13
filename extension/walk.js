// The DOM walk that feeds the core: its open/attribute/text/close events as
// one string, each introduced by a Unicode noncharacter (the format is
// described in src/adapters/snapshot.rs), plus the text nodes in the order the
// core's ranges number them. A classic script shared by the content script and
// the benchmark page, so both measure and send the same walk.
globalThis.ledeWalk = (() => {
  // Subtrees that never hold article text (the core drops them too). JSON-LD
  // scripts are the exception: they carry the article's metadata.
  const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas',
    'iframe', 'object', 'embed', 'select', 'textarea']);
  const CLOSE = null;
  // The attributes the core reads (READ_ATTRIBUTES in src/document.rs; a test
  // keeps the two lists equal). The rest (srcset, data-*, handlers) is most of
  // a page's markup and would only cross into the core to be dropped.
  const READ = new Set(['class', 'id', 'role', 'itemprop', 'style', 'hidden', 'aria-hidden', 'rel', 'href', 'content',
    'name', 'property', 'http-equiv', 'type', 'datetime', 'pubdate', 'lang', 'xml:lang', 'dir', 'data-component']);
  // The markers; the page's own strings never carry one to the core (the
  // replacement keeps their length, so offsets still match the page).
  const [OPEN, ATTR_NAME, ATTR_VALUE, TEXT, END] = ['\uFDD0', '\uFDD1', '\uFDD2', '\uFDD3', '\uFDD4'];
  const MARK = /[\uFDD0-\uFDD4]/;
  const clean = (s) => (MARK.test(s) ? s.replace(/[\uFDD0-\uFDD4]/g, '\uFFFD') : s);

  // skip(node): an element of the caller's own to leave out (the card host).
  return (root, skip = () => false) => {
    const parts = [];
    const texts = [];
    const stack = [root];
    const pushChildren = (parent) => {
      for (let c = parent.lastChild; c; c = c.previousSibling) stack.push(c);
    };
    while (stack.length) {
      const node = stack.pop();
      if (node === CLOSE) {
        parts.push(END);
      } else if (node.nodeType === Node.TEXT_NODE) {
        parts.push(TEXT, clean(node.data));
        texts.push(node);
      } else if (node.nodeType === Node.ELEMENT_NODE) {
        const tag = node.localName;
        const jsonLd = tag === 'script' && /ld\+json/i.test(node.type);
        if ((SKIPPED.has(tag) && !jsonLd) || skip(node)) continue;
        parts.push(OPEN, tag);
        // Names as strings, not the Attr objects `attributes` hands out: a third
        // of the walk's time on a typical page.
        if (node.hasAttributes()) {
          for (const name of node.getAttributeNames()) {
            if (READ.has(name)) parts.push(ATTR_NAME, name, ATTR_VALUE, clean(node.getAttribute(name)));
          }
        }
        stack.push(CLOSE);
        pushChildren(node);
        // An open shadow root is read as part of its host, before the light
        // children, the order the core's live-DOM adapter uses.
        if (node.shadowRoot) pushChildren(node.shadowRoot);
      } else if (node.nodeType === Node.DOCUMENT_NODE) {
        pushChildren(node);
      }
    }
    return { snapshot: parts.join(''), texts };
  };
})();
