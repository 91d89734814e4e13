#!/usr/bin/env node
// Mozilla Readability on a list of pages, for scripts/compare_peers.sh.
//
//   node scripts/compare/readability.js JOBS.json OUT.jsonl
//
// JOBS.json: [{"case": NAME, "path": HTML_FILE, "url": PAGE_URL}, ...]
// OUT.jsonl: one {"case", "ok", "text", "error"?, "ms"} per job, in order.
// The DOM is jsdom's (what Readability's own tests and the published
// article-extraction benchmark use); no page script runs. `text` is
// parse().textContent, unchanged. Needs `jsdom` and `@mozilla/readability`
// on NODE_PATH (the shell script sets it).
'use strict';
const fs = require('node:fs');
const { JSDOM, VirtualConsole } = require('jsdom');
const { Readability } = require('@mozilla/readability');

const [jobsFile, outFile] = process.argv.slice(2);
if (!jobsFile || !outFile) {
  console.error('usage: node readability.js JOBS.json OUT.jsonl');
  process.exit(2);
}
const jobs = JSON.parse(fs.readFileSync(jobsFile, 'utf8'));
const out = fs.openSync(outFile, 'w');
for (const job of jobs) {
  const rec = { case: job.case, ok: false, text: '' };
  const t0 = process.hrtime.bigint();
  try {
    const html = fs.readFileSync(job.path, 'utf8');
    // A silent console: jsdom reports every CSS it cannot parse.
    const dom = new JSDOM(html, { url: job.url || 'http://fakehost/test/page.html', virtualConsole: new VirtualConsole() });
    const article = new Readability(dom.window.document).parse();
    if (article && article.textContent && article.textContent.trim()) {
      rec.ok = true;
      rec.text = article.textContent;
    } else {
      rec.error = 'parse() returned no article';
    }
    dom.window.close();
  } catch (e) {
    rec.error = String(e && e.stack || e).slice(0, 300);
  }
  rec.ms = Number(process.hrtime.bigint() - t0) / 1e6;
  fs.writeSync(out, JSON.stringify(rec) + '\n');
}
fs.closeSync(out);
