// Moves the inline <script type="module"> that Trunk writes into each page (it starts the wasm) into a
// file of its own, so the pages run under a Content-Security-Policy without 'unsafe-inline'.
// Usage: node tools/externalize-inline-scripts.mjs dist
import { createHash } from 'node:crypto';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const dist = process.argv[2] ?? 'dist';
// Minified pages drop the quotes around attribute values, so both spellings are matched.
const inline = /<script type=("?)module\1>([\s\S]*?)<\/script>/g;

// The check's page (index.html) fetches its wasm itself and, on a first visit (no service worker in control
// yet), puts a copy into the cache `social-media-check-handoff`, from which the service worker's install
// takes it (tools/service-worker.js). A host that forbids caching (`no-store`) leaves nothing in the
// browser's HTTP cache, and the service worker would download the wasm, most of a visit's bytes, a second
// time. The fetch is the one wasm-bindgen's init would make, so it uses the page's preload of the wasm.
const wasmInit = /await init\(\{ module_or_path: ('[^']+_bg\.wasm') \}\)/;
const handOver = `
function handOver(response) {
  if (response.ok && self.caches && !navigator.serviceWorker?.controller) {
    const copy = response.clone();
    caches.open('social-media-check-handoff').then((cache) => cache.put(copy.url, copy)).catch(() => {});
  }
  return response;
}`;
function handingOverTheWasm(code) {
  if (!wasmInit.test(code)) {
    console.error('index.html: Trunk\'s starter no longer looks as tools/externalize-inline-scripts.mjs expects');
    process.exit(1);
  }
  return code.replace(wasmInit, (_, wasm) => `await init({ module_or_path: fetch(${wasm}).then(handOver) })`) + handOver;
}

for (const page of (await readdir(dist)).filter((name) => name.endsWith('.html'))) {
  const path = join(dist, page);
  let html = await readFile(path, 'utf8');
  for (const [tag, , inlineCode] of [...html.matchAll(inline)]) {
    const code = page === 'index.html' ? handingOverTheWasm(inlineCode) : inlineCode;
    const name = `start-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.js`;
    await writeFile(join(dist, name), code.trim() + '\n');
    html = html.replace(tag, `<script type="module" src="./${name}"></script>`);
  }
  if (/<script(?![^>]*\bsrc=)[^>]*>/.test(html)) {
    console.error(`${page} still has an inline script; the Content-Security-Policy would block it`);
    process.exit(1);
  }
  await writeFile(path, html);
}
