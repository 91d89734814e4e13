#!/usr/bin/env node
// Lede's in-browser benchmark runner. Serves the repository root on 127.0.0.1
// (only what the bench page needs: tests/bench/, dist/pkg/, Readability) and
// the corpus pages under /pages/, opens tests/bench/bench.html in Debian's
// Chromium and, page by page, times (a) Lede as the extension runs it (the
// content script's walk into a snapshot, then analyzeSnapshot), (b)
// Readability's parse() on a clone, (c) a TreeWalker pass (see bench.js).
// Prints per-page figures, the median and p95 of a/b and a/c, p95 of (a), peak
// wasm memory, and the size budgets (wasm raw and gzipped, dist/extension
// zipped). Also (d), the analysis through the live-DOM adapter (analyzeDom),
// for reference.
//
//   node tests/bench/run.mjs [--reps N] [--json FILE] [--filter SUBSTR] [--large DIR] [DIR...]
//   node tests/bench/run.mjs --serve      # only serve; open the printed URL
//   node tests/bench/run.mjs --profile FILE [...]   # also a CPU profile of the run
//
// --profile writes Chromium's sampling profile of the whole run (open it in
// DevTools' Performance panel) and prints the functions with the most self
// time; build with LEDE_WASM_NAMES=1 scripts/setup.sh to see Rust names.
//
// DIR: a corpus folder whose sub-folders hold page.html or source.html.
// Default: $LEDE_SHARED/peers/readability-test-pages and $LEDE_SHARED/corpus
// (LEDE_SHARED defaults to ../shared next to the repository). --large DIR: more
// pages (e.g. the generated 2 MB and 10 MB pages written by
// `cargo run --release --example bench_stages -- --emit DIR`), timed once after
// the warm-up and reported apart, outside the ratios.
// Needs: bash scripts/setup.sh (dist/pkg, dist/extension), npm devDependencies.
// Targets are reported, never asserted: the exit code is 0 unless a run fails.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SIZE_BUDGETS, gzipSize, zipSize } from './sizes.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SHARED = process.env.LEDE_SHARED ?? path.join(ROOT, '..', 'shared');
const TARGETS = { ratioAB: 0.5, p95A: 10, ...SIZE_BUDGETS };
const PAGE_TIMEOUT_MS = 120_000;
// Another build of dist/pkg (e.g. one made with other optimisation settings)
// can be measured in its place: LEDE_BENCH_PKG=/path/to/pkg.
const PKG = path.resolve(process.env.LEDE_BENCH_PKG ?? path.join(ROOT, 'dist', 'pkg'));

// ------------------------------------------------------------------ arguments
const args = process.argv.slice(2);
let reps = 5;
let jsonOut = null;
let filter = null;
let serveOnly = false;
let profileOut = null;
const dirs = [];
const largeDirs = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--reps') reps = Number(args[++i]);
  else if (a === '--json') jsonOut = args[++i];
  else if (a === '--filter') filter = args[++i];
  else if (a === '--serve') serveOnly = true;
  else if (a === '--profile') profileOut = args[++i];
  else if (a === '--large') largeDirs.push(args[++i]);
  else if (a.startsWith('--')) { console.error(`unknown option ${a}`); process.exit(2); }
  else dirs.push(a);
}
if (!Number.isInteger(reps) || reps < 1) { console.error('--reps wants a positive integer'); process.exit(2); }
if (dirs.length === 0) dirs.push(path.join(SHARED, 'peers', 'readability-test-pages'), path.join(SHARED, 'corpus'));

function listPages() {
  const pages = [];
  for (const dir of [...dirs, ...largeDirs]) {
    if (!fs.existsSync(dir)) { console.error(`no such corpus: ${dir}`); process.exit(2); }
    const corpus = path.basename(path.resolve(dir));
    for (const name of fs.readdirSync(dir).sort()) {
      const file = ['page.html', 'source.html'].map((f) => path.join(dir, name, f)).find((f) => fs.existsSync(f));
      if (!file || (filter && !`${corpus}/${name}`.includes(filter))) continue;
      pages.push({ name: `${corpus}/${name}`, file, bytes: fs.statSync(file).size, large: largeDirs.includes(dir) });
    }
  }
  return pages.map((p, i) => ({ ...p, path: `/pages/${i}.html`, url: `https://example.com/${p.name}` }));
}
const pages = listPages();
if (pages.length === 0) { console.error('no pages found'); process.exit(2); }

for (const f of [path.join(PKG, 'lede.js'), path.join(PKG, 'lede_bg.wasm'), path.join(ROOT, 'node_modules/@mozilla/readability/Readability.js')]) {
  if (!fs.existsSync(f)) {
    console.error(`${f} is missing: run bash scripts/setup.sh (and npm ci)`);
    process.exit(2);
  }
}

// ------------------------------------------------------------------ server
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm', '.json': 'application/json' };
const SERVED = ['/extension/walk.js', '/tests/bench/', '/dist/pkg/', '/node_modules/@mozilla/readability/'];
// Cross-origin isolation gives performance.now() its fine (5 µs) resolution
// instead of the coarse 100 µs one; every resource here is same-origin.
const ISOLATION = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };

function serve() {
  const server = http.createServer((req, res) => {
    const send = (code, body, type) => res.writeHead(code, { 'Content-Type': type, 'Cache-Control': 'no-cache', ...ISOLATION }).end(body);
    let p;
    try { p = decodeURIComponent(new URL(req.url, 'http://x').pathname); } catch { return send(400, 'bad request', 'text/plain'); }
    if (p === '/pages/index.json') return send(200, JSON.stringify(pages.map(({ name, path: pp, url }) => ({ name, path: pp, url }))), TYPES['.json']);
    const m = /^\/pages\/(\d+)\.html$/.exec(p);
    if (m && pages[Number(m[1])]) return send(200, fs.readFileSync(pages[Number(m[1])].file), TYPES['.html']);
    const base = p.startsWith('/dist/pkg/') ? PKG : ROOT;
    const file = path.join(base, p.startsWith('/dist/pkg/') ? p.slice('/dist/pkg/'.length) : p);
    if (!SERVED.some((s) => p.startsWith(s)) || !file.startsWith(base + path.sep) || !fs.statSync(file, { throwIfNoEntry: false })?.isFile()) {
      return send(404, 'not found', 'text/plain');
    }
    send(200, fs.readFileSync(file), TYPES[path.extname(file)] ?? 'application/octet-stream');
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// ------------------------------------------------------------------ sizes
function sizes() {
  const wasm = fs.readFileSync(path.join(PKG, 'lede_bg.wasm'));
  const js = fs.readFileSync(path.join(PKG, 'lede.js'));
  const ext = path.join(ROOT, 'dist/extension');
  return {
    wasmRaw: wasm.length,
    wasmGz: gzipSize(wasm),
    glueGz: gzipSize(js),
    extension: fs.existsSync(ext) ? zipSize(ext) : null,
  };
}

// ------------------------------------------------------------------ stats
const sorted = (xs) => [...xs].sort((x, y) => x - y);
const median = (xs) => { const s = sorted(xs); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
const pct = (xs, q) => { const s = sorted(xs); return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]; };
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const mark = (ok) => (ok ? 'met' : 'MISSED');

// Writes the profile and prints where the self time went, by function.
function reportProfile(profile) {
  fs.writeFileSync(profileOut, JSON.stringify(profile));
  const selfUs = new Map();
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  profile.samples.forEach((id, i) => {
    const { functionName, url } = byId.get(id).callFrame;
    const name = `${functionName || '(anonymous)'} ${url.split('/').pop()}`;
    selfUs.set(name, (selfUs.get(name) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const total = [...selfUs.values()].reduce((x, y) => x + y, 0);
  console.log(`\n== profile (${profileOut}): self time by function, of ${(total / 1000).toFixed(0)} ms`);
  for (const [name, us] of [...selfUs].sort(([, x], [, y]) => y - x).slice(0, 30)) {
    console.log(`${(100 * us / total).toFixed(1).padStart(5)}%  ${name.slice(0, 110)}`);
  }
}

// ------------------------------------------------------------------ run
const server = await serve();
const base = `http://127.0.0.1:${server.address().port}`;
if (serveOnly) {
  console.log(`${base}/tests/bench/bench.html?run  (Ctrl-C stops)`);
  await new Promise(() => {});
}

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const results = [];
let failures = 0;
let memoryBytes = null; // after the corpus pages
let memoryAllBytes = null; // after the large pages too
let isolated = null;
try {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${base}/tests/bench/bench.html`);
  await page.waitForFunction(() => document.body.dataset.ready === '1' || window.ledeBench, null, { timeout: 30_000 })
    .catch(() => { throw new Error(`bench page did not load: ${errors.join('; ')}`); });
  isolated = await page.evaluate(() => window.ledeBench.crossOriginIsolated);
  const profiler = profileOut && await page.context().newCDPSession(page);
  if (profiler) {
    await profiler.send('Profiler.enable');
    await profiler.send('Profiler.setSamplingInterval', { interval: 100 });
    await profiler.send('Profiler.start');
  }
  console.log(`${pages.length} pages, ${reps} rounds each after a warm-up (crossOriginIsolated: ${isolated})`);
  console.log(`${'page'.padEnd(58)} ${'KB'.padStart(6)} ${'elems'.padStart(6)} ${'a ms'.padStart(8)} ${'b ms'.padStart(8)} ${'c ms'.padStart(7)} ${'d ms'.padStart(8)} ${'a/b'.padStart(6)} ${'a/c'.padStart(7)}  lede`);
  console.log('  a: Lede as the extension runs it (walk + analyzeSnapshot)   b: Readability parse()   c: TreeWalker pass   d: Lede through analyzeDom (live-DOM adapter)');
  for (const p of pages) {
    if (p.large && memoryBytes == null) memoryBytes = await page.evaluate(() => window.ledeBench.memoryBytes()).catch(() => null);
    let timer;
    const r = await Promise.race([
      page.evaluate(({ path: pp, url, n }) => window.ledeBench.benchUrl(pp, url, n), { path: p.path, url: p.url, n: p.large ? 1 : reps }),
      new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`timed out after ${PAGE_TIMEOUT_MS} ms`)), PAGE_TIMEOUT_MS); }),
    ]).catch((e) => ({ error: e.message.split('\n')[0] }));
    clearTimeout(timer);
    if (r.error) {
      failures++;
      console.log(`${p.name.padEnd(58)} FAILED: ${r.error}`);
      if (/timed out/.test(r.error)) break; // the page is stuck in a run: stop here
      continue;
    }
    if (/^THREW/.test(r.lede)) failures++;
    const row = { name: p.name, bytes: p.bytes, large: p.large, ...r, ab: r.a / r.b, ac: r.a / r.c };
    results.push(row);
    console.log(`${p.name.slice(0, 58).padEnd(58)} ${(p.bytes / 1024).toFixed(0).padStart(6)} ${String(r.elements).padStart(6)} `
      + `${r.a.toFixed(2).padStart(8)} ${r.b.toFixed(2).padStart(8)} ${r.c.toFixed(3).padStart(7)} ${r.d.toFixed(2).padStart(8)} `
      + `${row.ab.toFixed(2).padStart(6)} ${row.ac.toFixed(1).padStart(7)}  ${r.lede}${r.readability === 'ok' ? '' : ` (readability: ${r.readability})`}`);
  }
  memoryBytes ??= await page.evaluate(() => window.ledeBench.memoryBytes()).catch(() => null);
  memoryAllBytes = await page.evaluate(() => window.ledeBench.memoryBytes()).catch(() => null);
  if (errors.length) console.log(`page errors: ${errors.join('; ')}`);
  if (profiler) reportProfile((await profiler.send('Profiler.stop')).profile);
} finally {
  await browser.close();
  server.close();
}

// ------------------------------------------------------------------ summary
const s = sizes();
const large = results.filter((r) => r.large);
const corpus = results.filter((r) => !r.large);
const ab = corpus.map((r) => r.ab);
const ac = corpus.map((r) => r.ac);
const a = corpus.map((r) => r.a);
const summary = {
  pages: corpus.length,
  reps,
  crossOriginIsolated: isolated,
  ratioAB: { median: median(ab), p95: pct(ab, 0.95) },
  ratioAC: { median: median(ac), p95: pct(ac, 0.95) },
  a: { median: median(a), p95: pct(a, 0.95), max: Math.max(...a), total: a.reduce((x, y) => x + y, 0) },
  b: { median: median(corpus.map((r) => r.b)), p95: pct(corpus.map((r) => r.b), 0.95), total: corpus.reduce((x, r) => x + r.b, 0) },
  c: { median: median(corpus.map((r) => r.c)), p95: pct(corpus.map((r) => r.c), 0.95) },
  aParts: { walkTotal: corpus.reduce((x, r) => x + r.aWalk, 0), wasmTotal: corpus.reduce((x, r) => x + r.aWasm, 0) },
  stages: Object.fromEntries(Object.keys(corpus[0]?.stages ?? {}).map((k) => [k, corpus.reduce((x, r) => x + (r.stages[k] ?? 0), 0)])),
  d: { median: median(corpus.map((r) => r.d)), p95: pct(corpus.map((r) => r.d), 0.95), total: corpus.reduce((x, r) => x + r.d, 0) },
  ratioDB: { median: median(corpus.map((r) => r.d / r.b)), p95: pct(corpus.map((r) => r.d / r.b), 0.95) },
  large: large.map(({ name, bytes, elements, a: la, b: lb, c: lc, d: ld }) => ({ name, bytes, elements, a: la, b: lb, c: lc, d: ld })),
  wasmMemoryBytes: memoryBytes,
  wasmMemoryAllBytes: memoryAllBytes,
  sizes: s,
  failures,
};
console.log('\n== summary');
console.log(`pages measured          ${summary.pages} (${failures} failed)`);
for (const r of large) {
  const mb = r.bytes / 1048576;
  console.log(`large: ${r.name} (${mb.toFixed(1)} MB, ${r.elements} elements): Lede ${r.a.toFixed(0)} ms (${(mb / (r.a / 1e3)).toFixed(1)} MB/s), `
    + `Readability ${r.b.toFixed(0)} ms, TreeWalker ${r.c.toFixed(1)} ms, analyzeDom ${r.d.toFixed(0)} ms  [not in the ratios below]`);
}
console.log(`a/b Lede / Readability  median ${summary.ratioAB.median.toFixed(2)}, p95 ${summary.ratioAB.p95.toFixed(2)}   target median <= ${TARGETS.ratioAB}: ${mark(summary.ratioAB.median <= TARGETS.ratioAB)}`);
console.log(`a/c Lede / TreeWalker   median ${summary.ratioAC.median.toFixed(1)}, p95 ${summary.ratioAC.p95.toFixed(1)}`);
console.log(`a Lede ms               median ${summary.a.median.toFixed(2)}, p95 ${summary.a.p95.toFixed(2)}, max ${summary.a.max.toFixed(2)}, total ${summary.a.total.toFixed(0)}   target p95 <= ${TARGETS.p95A} ms: ${mark(summary.a.p95 <= TARGETS.p95A)}`);
console.log(`b Readability ms        median ${summary.b.median.toFixed(2)}, p95 ${summary.b.p95.toFixed(2)}, total ${summary.b.total.toFixed(0)}`);
console.log(`c TreeWalker ms         median ${summary.c.median.toFixed(3)}, p95 ${summary.c.p95.toFixed(3)}`);
console.log(`  of a: the walk ${summary.aParts.walkTotal.toFixed(0)} ms, analyzeSnapshot ${summary.aParts.wasmTotal.toFixed(0)} ms in total`);
console.log(`  analyzeSnapshot in steps (e), totals: ${Object.entries(summary.stages).map(([k, v]) => `${k} ${v.toFixed(0)} ms`).join(', ')}`);
console.log(`d analyzeDom ms         median ${summary.d.median.toFixed(2)}, p95 ${summary.d.p95.toFixed(2)}, total ${summary.d.total.toFixed(0)}; `
  + `d/b median ${summary.ratioDB.median.toFixed(2)}, p95 ${summary.ratioDB.p95.toFixed(2)}`);
const mbOf = (n) => (n == null ? 'unknown' : `${(n / 1048576).toFixed(1)} MB`);
console.log(`peak wasm memory        ${mbOf(memoryBytes)} after the corpus pages${large.length ? `, ${mbOf(memoryAllBytes)} after the large pages` : ''} (linear memory; it never shrinks)`);
if (process.env.LEDE_BENCH_PKG) console.log(`wasm build measured     ${PKG} (LEDE_BENCH_PKG)`);
console.log(`wasm                    ${kb(s.wasmRaw)} raw, ${kb(s.wasmGz)} gzipped (-9)   target <= ${kb(TARGETS.wasmGz)}: ${mark(s.wasmGz <= TARGETS.wasmGz)}`);
console.log(`wasm-bindgen glue       ${kb(s.glueGz)} gzipped`);
if (s.extension) {
  console.log(`dist/extension zipped   ${kb(s.extension.bytes)} (${s.extension.files} files, deflate -9)   target <= ${kb(TARGETS.extZip)}: ${mark(s.extension.bytes <= TARGETS.extZip)}`);
} else {
  console.log('dist/extension zipped   not built');
}
if (jsonOut) fs.writeFileSync(jsonOut, `${JSON.stringify({ summary, results }, null, 2)}\n`);
process.exit(failures ? 1 : 0);
