// The size budgets of issue #7 and how they are measured: the wasm gzipped
// (zlib level 9; GNU gzip -9 gives ~600 bytes less), the extension as a zip
// archive. `node tests/bench/sizes.mjs` checks dist/ against them (scripts/test.sh
// runs it); tests/bench/run.mjs prints them with the timings.

import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

export const SIZE_BUDGETS = { wasmGz: 150 * 1024, extZip: 250 * 1024 };

export const gzipSize = (bytes) => zlib.gzipSync(bytes, { level: 9 }).length;

// A zip archive of a folder (deflate level 9), written with zlib alone, as a
// store would receive the extension package.
export function zipSize(dir) {
  const files = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((x, y) => x.name.localeCompare(y.name))) {
      const f = path.join(d, e.name);
      if (e.isDirectory()) walk(f); else if (e.isFile()) files.push(f);
    }
  };
  walk(dir);
  let local = 0;
  let central = 0;
  for (const f of files) {
    const name = Buffer.byteLength(path.relative(dir, f).split(path.sep).join('/'));
    const data = fs.readFileSync(f);
    const deflated = zlib.deflateRawSync(data, { level: 9 }).length;
    zlib.crc32(data); // computed as a real writer would; its size is fixed
    local += 30 + name + Math.min(deflated, data.length);
    central += 46 + name;
  }
  return { bytes: local + central + 22, files: files.length };
}


if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  const wasm = gzipSize(fs.readFileSync(path.join(root, 'dist/pkg/lede_bg.wasm')));
  const ext = zipSize(path.join(root, 'dist/extension')).bytes;
  console.log(`dist/pkg/lede_bg.wasm  ${wasm} bytes gzipped, budget ${SIZE_BUDGETS.wasmGz}`);
  console.log(`dist/extension         ${ext} bytes zipped, budget ${SIZE_BUDGETS.extZip}`);
  process.exit(wasm <= SIZE_BUDGETS.wasmGz && ext <= SIZE_BUDGETS.extZip ? 0 : 1);
}
