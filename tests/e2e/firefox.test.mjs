// The Firefox package (scripts/build-firefox.sh): the same files as the
// Chromium build, a manifest Firefox accepts, and Mozilla's own linter
// (web-ext lint, as addons.mozilla.org runs it) finds nothing to report.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from './harness.mjs';

const FIREFOX = path.join(ROOT, 'dist/firefox');
const CHROMIUM = path.join(ROOT, 'dist/extension');
const manifest = (dir) => JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
const files = (dir) => fs.readdirSync(dir, { recursive: true }).sort();

test('dist/firefox holds the Chromium build’s files, with a Firefox manifest', () => {
  assert.deepEqual(files(FIREFOX), files(CHROMIUM));
  for (const file of files(CHROMIUM)) {
    const full = path.join(CHROMIUM, file);
    if (file !== 'manifest.json' && fs.statSync(full).isFile()) {
      assert.ok(fs.readFileSync(full).equals(fs.readFileSync(path.join(FIREFOX, file))), `${file} differs`);
    }
  }
  const { background, browser_specific_settings: gecko, ...rest } = manifest(FIREFOX);
  const { background: _, minimum_chrome_version: __, ...chromium } = manifest(CHROMIUM);
  assert.deepEqual(rest, chromium);
  assert.deepEqual(background, { scripts: ['background.js'], type: 'module' });
  assert.equal(gecko.gecko.id, 'lede@lede.invalid');
  assert.ok(Number.parseFloat(gecko.gecko.strict_min_version) >= 140, 'the CSS Custom Highlight API needs Firefox 140');
  assert.deepEqual(manifest(FIREFOX).permissions, ['activeTab', 'scripting']);
});

test('web-ext lint reports no error, warning or notice', { timeout: 120_000 }, async () => {
  const bin = path.join(ROOT, 'node_modules/.bin/web-ext');
  const { stdout } = await promisify(execFile)(bin,
    ['lint', '--source-dir', FIREFOX, '--output', 'json', '--no-config-discovery'],
    { env: { ...process.env, NO_UPDATE_NOTIFIER: '1' }, maxBuffer: 16 << 20 })
    // web-ext exits non-zero when it finds errors; its report is still on stdout.
    .catch((e) => e);
  const report = JSON.parse(stdout);
  const messages = [...report.errors, ...report.warnings, ...report.notices].map((m) => `${m.code} ${m.file ?? ''}: ${m.message}`);
  assert.deepEqual(messages, []);
  assert.deepEqual(report.summary, { errors: 0, notices: 0, warnings: 0 });
});
