// The shipped wasm module in node, many analyses in a row, as the extension's
// worker runs them: the heap (src/wasm_alloc.rs) must hand every analysis
// memory no other live value uses (the same page gives the same answer on the
// 1st and the 60th run, whatever ran between) and must reuse what analyses
// freed (linear memory stops growing once each page has been seen).

import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './harness.mjs';

const PKG = path.join(ROOT, 'dist/pkg');
// The snapshot format of src/adapters/snapshot.rs, as extension/walk.js writes it.
const [OPEN, TEXT, CLOSE] = ['\uFDD0', '\uFDD3', '\uFDD4'];
const el = (tag, ...inner) => OPEN + tag + inner.join('') + CLOSE;
const NAMES = ['Maria Lopez', 'James Okafor', 'Chen Wei', 'Anna Novak'];

function article(paragraphs, seed) {
  const ps = [];
  for (let i = 0; i < paragraphs; i++) {
    const name = NAMES[(i + seed) % NAMES.length];
    ps.push(el('p', TEXT + `Spending on roads rose ${(i * 7 + seed) % 90} percent in district ${i}, the ministry said. `
      + `\u201cWe cannot wait another year,\u201d said ${name}, who chairs the committee. `
      + `Officials said the plan would cost $${(i % 40) + 2} million and create ${(i * 13) % 700} jobs.`));
  }
  return el('html', el('body', el('article', el('h1', TEXT + `Budget talks, part ${seed}`), ...ps)));
}

let lede;
let memory;
before(async () => {
  lede = await import(pathToFileURL(path.join(PKG, 'lede.js')));
  ({ memory } = await lede.default({ module_or_path: fs.readFileSync(path.join(PKG, 'lede_bg.wasm')) }));
});

const analyse = (snapshot) => JSON.stringify(lede.analyzeSnapshot(snapshot, 'https://example.com/a', '2025-01-01'));

test('sixty analyses of pages of every size give the same answers and reuse the memory they free', () => {
  const pages = [article(3, 1), article(40, 2), article(400, 3), article(12, 4)];
  const first = pages.map(analyse);
  for (const [i, out] of first.entries()) {
    const r = JSON.parse(out);
    assert.ok(r.ok, `page ${i}: ${out.slice(0, 200)}`);
    assert.ok(r.analysis.quotes.length > 0, `page ${i} has quotations`);
  }
  const grown = [];
  for (let round = 0; round < 15; round++) {
    // Another order each round, so blocks freed by one page serve the next.
    for (let k = 0; k < pages.length; k++) {
      const i = (k * (round + 1)) % pages.length;
      assert.equal(analyse(pages[i]), first[i], `round ${round}: page ${i} answered differently`);
    }
    grown.push(memory.buffer.byteLength);
  }
  assert.equal(grown.at(-1), grown[4], `linear memory kept growing: ${grown.map((b) => (b / 2 ** 20).toFixed(1)).join(', ')} MB`);
});
