#!/usr/bin/env bash
# dist/firefox: the Firefox package, from the same files as dist/extension.
# Only the manifest differs: Firefox runs the background as a (module) event
# page, not a service worker, and wants a gecko id. Firefox 140 is the first
# with the CSS Custom Highlight API and the data-collection declaration
# (142 on Android). Run by scripts/setup.sh after it builds dist/extension.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

[ -f dist/extension/manifest.json ] || { echo "build-firefox: dist/extension is not built (run scripts/setup.sh)" >&2; exit 1; }
tmp="dist/firefox.tmp.$$"
rm -rf "$tmp"
cp -R dist/extension "$tmp"
node -e '
  const fs = require("fs"), f = process.argv[1];
  const m = JSON.parse(fs.readFileSync(f, "utf8"));
  m.background = { scripts: [m.background.service_worker], type: "module" };
  delete m.minimum_chrome_version;
  m.browser_specific_settings = {
    gecko: { id: "lede@lede.invalid", strict_min_version: "140.0", data_collection_permissions: { required: ["none"] } },
    gecko_android: { strict_min_version: "142.0" },
  };
  fs.writeFileSync(f, JSON.stringify(m, null, 2) + "\n");
' "$tmp/manifest.json"
rm -rf dist/firefox
mv "$tmp" dist/firefox
