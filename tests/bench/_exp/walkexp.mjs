import { chromium } from 'playwright-core';
import fs from 'node:fs';
import path from 'node:path';
const dirs = ['/work/shared/peers/readability-test-pages', '/work/shared/corpus'];
const pages = [];
for (const d of dirs) for (const n of fs.readdirSync(d).sort()) {
  const f = ['page.html', 'source.html'].map((x) => path.join(d, n, x)).find((x) => fs.existsSync(x));
  if (f) pages.push(fs.readFileSync(f, 'utf8'));
}
const variants = fs.readFileSync(process.argv[2], 'utf8');
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--headless=new'] });
const p = await b.newPage();
await p.goto('about:blank');
await p.evaluate(variants);
const totals = {};
for (let round = 0; round < 3; round++) for (const html of pages) {
  const r = await p.evaluate((h) => {
    const doc = new DOMParser().parseFromString(h, 'text/html');
    const out = {};
    for (const [name, fn] of Object.entries(globalThis.VARIANTS)) {
      fn(doc); // warm
      const t0 = performance.now();
      for (let i = 0; i < 3; i++) fn(doc);
      out[name] = (performance.now() - t0) / 3;
    }
    return out;
  }, html);
  if (round > 0) for (const [k, v] of Object.entries(r)) totals[k] = (totals[k] ?? 0) + v / 2;
}
for (const [k, v] of Object.entries(totals)) console.log(k.padEnd(20), v.toFixed(1), 'ms');
console.log(JSON.stringify(await p.evaluate(() => globalThis.__st)));
await b.close();
