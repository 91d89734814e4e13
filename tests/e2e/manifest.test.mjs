// The shipped extension asks for no more than it needs, and the test build
// differs from it only by the host permission the tests rely on.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ROOT, EXTENSION } from './harness.mjs';

const SHIPPED = path.join(ROOT, 'dist/extension');
const manifest = (dir) => JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8'));

test('the shipped manifest asks for activeTab and scripting only', () => {
  const m = manifest(SHIPPED);
  assert.equal(m.manifest_version, 3);
  assert.deepEqual(m.permissions, ['activeTab', 'scripting']);
  assert.equal(m.host_permissions, undefined);
  assert.equal(m.content_scripts, undefined);
  assert.equal(m.web_accessible_resources, undefined);
  assert.deepEqual(m.background, { service_worker: 'background.js', type: 'module' });
});

test('the extension pages may run wasm and reach nothing but the extension', () => {
  // Chromium's default extension CSP refuses WebAssembly: it must be allowed here.
  const csp = manifest(SHIPPED).content_security_policy.extension_pages.split(';').map((d) => d.trim());
  assert.ok(csp.includes("default-src 'self'"), csp.join('; '));
  assert.ok(csp.includes("script-src 'self' 'wasm-unsafe-eval'"), csp.join('; '));
});

test('every file the extension loads is in the build', () => {
  const m = manifest(SHIPPED);
  const named = [m.background.service_worker, m.action.default_popup, m.options_ui.page,
    ...Object.values(m.icons), ...Object.values(m.action.default_icon),
    'walk.js', 'content.js', 'highlights.css', 'pkg/lede.js', 'pkg/lede_bg.wasm'];
  for (const file of named) assert.ok(fs.existsSync(path.join(SHIPPED, file)), `missing ${file}`);
  // And everything the pages and the worker load in turn.
  for (const page of [m.action.default_popup, m.options_ui.page, m.background.service_worker, 'popup.js', 'options.js']) {
    const text = fs.readFileSync(path.join(SHIPPED, page), 'utf8');
    for (const [, attribute, module] of text.matchAll(/(?:src|href)="([^":]+)"|from '\.\/([^']+)'/g)) {
      const file = attribute ?? module;
      assert.ok(fs.existsSync(path.join(SHIPPED, file)), `${page} loads missing ${file}`);
    }
  }
});

test('a keyboard shortcut analyses the page; an options page sets the defaults', () => {
  const m = manifest(SHIPPED);
  assert.deepEqual(m.commands, { analyze: { suggested_key: { default: 'Alt+Shift+L' }, description: 'Analyse this page' } });
  assert.deepEqual(m.options_ui, { page: 'options.html', open_in_tab: false });
});

test('the test build adds only the 127.0.0.1 host permission', () => {
  const { host_permissions: hosts, ...rest } = manifest(EXTENSION);
  assert.deepEqual(hosts, ['http://127.0.0.1/*']);
  assert.deepEqual(rest, manifest(SHIPPED));
});
