// Lede's in-browser benchmark. For one page: parse the HTML with DOMParser
// (no script runs, nothing is fetched), then time, interleaved, for `reps`
// rounds after one warm-up round:
//   (a) Lede's whole analysis as the extension runs it: the content script's
//       walk of the DOM into a snapshot (extension/walk.js) then
//       analyzeSnapshot — extraction, metadata, authors, quotes, claims,
//       summary, and the result handed back to JS (the message between the
//       page and the service worker is not counted); a = a_walk + a_wasm;
//   (b) Mozilla Readability's parse() alone, on doc.cloneNode(true) (the clone
//       is made outside the timer: parse() modifies the document it reads);
//   (c) a bare TreeWalker pass over the text nodes, summing their lengths:
//       the floor any DOM reader pays (repeated until 1 ms has passed and
//       divided, as one pass is near the timer's resolution);
//   (d) for reference, the same analysis through the core's live-DOM adapter,
//       analyzeDom(doc, url, accessed), as the www demo runs it (web-sys reads
//       each node and attribute across the wasm boundary).
//   (e) for where (a)'s wasm time goes, the same snapshot's analysis run in
//       the Analyzer's steps, each timed: decoding the snapshot, then the
//       stages the steps report (reading the article, quotations, claims, the
//       summary with the result handed to JS). Not part of (a).
// Each figure is the median of its rounds.
//
// tests/bench/run.mjs drives it through window.ledeBench; opened by hand
// (node tests/bench/run.mjs --serve), it runs every page and fills the table.
import init, { Analyzer, analyzeDom, analyzeSnapshot } from '/dist/pkg/lede.js';

const wasm = await init({ module_or_path: '/dist/pkg/lede_bg.wasm' });

const median = (xs) => {
  const s = [...xs].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function treeWalk(doc) {
  const walker = doc.createTreeWalker(doc, NodeFilter.SHOW_TEXT);
  let chars = 0;
  let nodes = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    chars += n.data.length;
    nodes += 1;
  }
  return { chars, nodes };
}

// The extension's own walk (extension/walk.js, loaded by bench.html).
function snapshot(doc, url) {
  return { url, snapshot: globalThis.ledeWalk(doc).snapshot }; // as content.js sends it
}

// What an analysis found, or why it failed; with panic=abort a Rust panic
// is a wasm trap: it is reported and the run goes on.
function outcome(analyze) {
  try {
    const r = analyze();
    if (!r) return 'null result';
    return r.ok ? `ok q${r.analysis.quotes.length} c${r.analysis.claims.length}` : r.error;
  } catch (e) {
    return `THREW ${e && e.message ? e.message : e}`;
  }
}

const ledeSnapshot = (walk) => outcome(() => analyzeSnapshot(walk.snapshot, walk.url, '2025-01-01'));
const ledeDom = (doc, url) => outcome(() => analyzeDom(doc, url, '2025-01-01'));

/** Milliseconds per stage of one stepped analysis of `walk` (see (e) above). */
function stages(walk) {
  let t0 = performance.now();
  const analyzer = new Analyzer(walk.snapshot, walk.url, '2025-01-01');
  const spent = { 'decoding the snapshot': performance.now() - t0 };
  let stage = 'reading the article';
  for (;;) {
    t0 = performance.now();
    const r = analyzer.step();
    spent[stage] = (spent[stage] ?? 0) + performance.now() - t0;
    if (r.done) break;
    stage = r.stage; // what the next step does
  }
  analyzer.free();
  return spent;
}

function readability(doc) {
  try {
    const r = new Readability(doc).parse();
    return r ? 'ok' : 'null';
  } catch (e) {
    return `THREW ${e && e.message ? e.message : e}`;
  }
}

/** Per-call time of a fast `fn`: repeated until `minMs` has passed. */
function timeRepeated(fn, minMs = 1) {
  let n = 0;
  let out;
  const t0 = performance.now();
  let t;
  do {
    out = fn();
    n += 1;
    t = performance.now() - t0;
  } while (t < minMs);
  return [t / n, out];
}

function time(fn) {
  const t0 = performance.now();
  const out = fn();
  return [performance.now() - t0, out];
}

/** Benchmarks one page given as HTML text. */
function benchHtml(html, url, reps = 5) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const aWalk = [];
  const aWasm = [];
  const b = [];
  const c = [];
  const d = [];
  const e = [];
  let ledeOut;
  let domOut;
  let readOut;
  let walk;
  for (let i = -1; i < reps; i++) { // round -1 warms up and is not counted
    const [tw, snap] = time(() => snapshot(doc, url));
    const [ts, oa] = time(() => ledeSnapshot(snap));
    const clone = doc.cloneNode(true);
    const [tb, ob] = time(() => readability(clone));
    const [tc, oc] = timeRepeated(() => treeWalk(doc));
    const [td, od] = time(() => ledeDom(doc, url));
    const te = stages(snap);
    if (i < 0) continue;
    aWalk.push(tw); aWasm.push(ts); b.push(tb); c.push(tc); d.push(td); e.push(te);
    ledeOut = oa; domOut = od; readOut = ob; walk = oc;
  }
  return {
    bytes: html.length,
    elements: doc.getElementsByTagName('*').length,
    textNodes: walk.nodes,
    a: median(aWalk.map((w, k) => w + aWasm[k])),
    aWalk: median(aWalk),
    aWasm: median(aWasm),
    b: median(b),
    c: median(c),
    d: median(d),
    stages: Object.fromEntries(Object.keys(e[0] ?? {}).map((k) => [k, median(e.map((x) => x[k] ?? 0))])),
    lede: ledeOut === domOut ? ledeOut : `${ledeOut} (analyzeDom: ${domOut})`,
    readability: readOut,
  };
}

async function benchUrl(pageUrl, articleUrl, reps) {
  const res = await fetch(pageUrl);
  if (!res.ok) throw new Error(`${pageUrl}: HTTP ${res.status}`);
  return benchHtml(await res.text(), articleUrl, reps);
}

window.ledeBench = {
  benchHtml,
  benchUrl,
  crossOriginIsolated: self.crossOriginIsolated,
  /** The wasm linear memory now: it only grows, so after the runs it is the peak. */
  memoryBytes: () => wasm.memory.buffer.byteLength,
};

// Opened by hand: run every page the server lists and show the table.
const status = document.getElementById('status');
status.textContent = `ready (crossOriginIsolated: ${self.crossOriginIsolated})`;
if (new URLSearchParams(location.search).has('run')) {
  const pages = await (await fetch('/pages/index.json')).json();
  const body = document.querySelector('#results tbody');
  for (const [i, p] of pages.entries()) {
    status.textContent = `${i + 1}/${pages.length}: ${p.name}`;
    const r = await benchUrl(p.path, p.url, 5);
    const tr = document.createElement('tr');
    for (const v of [p.name, (r.bytes / 1024).toFixed(0), r.elements, r.a.toFixed(2), r.b.toFixed(2), r.c.toFixed(3), r.d.toFixed(2),
      (r.a / r.b).toFixed(2), (r.a / r.c).toFixed(1), r.lede]) {
      tr.append(Object.assign(document.createElement('td'), { textContent: v }));
    }
    body.append(tr);
    await new Promise((resolve) => setTimeout(resolve));
  }
  status.textContent = `done: ${pages.length} pages; wasm memory ${(wasm.memory.buffer.byteLength / 1048576).toFixed(1)} MB`;
}
document.body.dataset.ready = '1';
