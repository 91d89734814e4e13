// The DOM walk that feeds the core: a flat record of open/text/close events
// (see src/adapters/snapshot.rs) plus the text nodes in the order the core's
// ranges number them. A classic script shared by the content script and the
// benchmark page, so both measure and send the same walk.
globalThis.ledeWalk = (() => {
  // Subtrees that never hold article text (the core drops them too). JSON-LD
  // scripts are the exception: they carry the article's metadata.
  const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas',
    'iframe', 'object', 'embed', 'select', 'textarea']);
  const CLOSE = null;

  // skip(node): an element of the caller's own to leave out (the card host).
  return (root, skip = () => false) => {
    const events = [];
    const texts = [];
    const stack = [root];
    const pushChildren = (parent) => {
      for (let c = parent.lastChild; c; c = c.previousSibling) stack.push(c);
    };
    while (stack.length) {
      const node = stack.pop();
      if (node === CLOSE) {
        events.push({});
      } else if (node.nodeType === Node.TEXT_NODE) {
        events.push({ x: node.data });
        texts.push(node);
      } else if (node.nodeType === Node.ELEMENT_NODE) {
        const tag = node.localName;
        const jsonLd = tag === 'script' && /ld\+json/i.test(node.type);
        if ((SKIPPED.has(tag) && !jsonLd) || skip(node)) continue;
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
    return { events, texts };
  };
})();
