#!/usr/bin/env node
// Serves the built demo, dist/www (assembled from www/ by scripts/setup.sh),
// on 127.0.0.1. The port comes from the first argument, else $PORT, else 8000;
// 0 picks a free one. The first line printed is the demo's URL.
//
//   node www/serve.mjs [port]
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// Relative to this file, not the working directory, so it runs from anywhere.
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'www');
const PORT = Number(process.argv[2] ?? process.env.PORT ?? 8000);

// application/wasm matters: WebAssembly.instantiateStreaming refuses anything else.
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
};

function send(res, code, text) {
  res.writeHead(code, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(`${text}\n`);
}

async function handle(req, res) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed');
  let file;
  try {
    file = path.join(ROOT, decodeURIComponent(new URL(req.url, 'http://x').pathname));
  } catch {
    return send(res, 400, 'Bad request');
  }
  if (file !== ROOT && !file.startsWith(ROOT + path.sep)) return send(res, 403, 'Forbidden');
  let info = await stat(file).catch(() => null);
  if (info?.isDirectory()) {
    file = path.join(file, 'index.html');
    info = await stat(file).catch(() => null);
  }
  if (!info?.isFile()) return send(res, 404, 'Not found');
  res.writeHead(200, {
    'Content-Type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': info.size,
    'Cache-Control': 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  });
  if (req.method === 'HEAD') return res.end();
  createReadStream(file).on('error', () => res.destroy()).pipe(res);
}

if (!Number.isInteger(PORT) || PORT < 0 || PORT > 65535) {
  console.error(`not a port: ${process.argv[2] ?? process.env.PORT}`);
  process.exit(2);
}
if (!(await stat(path.join(ROOT, 'index.html')).catch(() => null))) {
  console.error(`${ROOT}/index.html is missing: build it first with bash scripts/setup.sh`);
  process.exit(1);
}
const server = http.createServer((req, res) => {
  handle(req, res).catch(() => send(res, 500, 'Internal error'));
});
server.listen(PORT, '127.0.0.1', () => {
  console.log(`http://127.0.0.1:${server.address().port}/`);
  console.log(`Lede demo: serving ${ROOT} (Ctrl-C stops)`);
});
