// One download per file, whatever the host says: on a host that forbids caching (`Cache-Control:
// no-store`) and sends no ETags, the browser's HTTP cache keeps nothing, so the offline cache cannot take
// the files the page has just loaded from there. The page hands its wasm, most of a visit's bytes, to the
// offline cache itself, and the service worker takes it from there instead of downloading it again.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launchBrowser, waitForApp, offlineCacheReady } from './support.mjs';

let server;
let browser;
const requests = [];

before(async () => {
  server = await serveDist({ 'cache-control': 'no-store' }, {
    etags: false,
    onResponse: (path) => requests.push(path),
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

test('on a host that sends no-store and no ETags, the first visit downloads the check’s wasm once', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.url);
  await waitForApp(page);
  await offlineCacheReady(page);
  const counts = {};
  for (const path of requests) counts[path] = (counts[path] ?? 0) + 1;
  const wasm = Object.keys(counts).filter((path) => /^\/social-media-check-[0-9a-f]+_bg\.wasm$/.test(path));
  assert.equal(wasm.length, 1, `the check's wasm was loaded: ${JSON.stringify(counts)}`);
  assert.equal(counts[wasm[0]], 1, `the wasm once: ${JSON.stringify(counts)}`);
  // The offline cache holds it all the same.
  const cached = await page.evaluate(async () => {
    const cache = await caches.open((await caches.keys()).find((name) => name !== 'social-media-check-handoff'));
    return (await cache.keys()).map((request) => new URL(request.url).pathname);
  });
  assert.ok(cached.includes(wasm[0]), `the wasm is in the offline cache: ${cached}`);
  console.log(JSON.stringify(counts));
  await context.close();
});
