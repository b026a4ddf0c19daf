// The built app under a strict Content-Security-Policy: no inline scripts, no eval, wasm allowed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launchBrowser, completeByClicking, showSharePanel, until } from './support.mjs';

// The policy README recommends to hosts; 'wasm-unsafe-eval' is the only exception to plain 'self'.
const POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
].join('; ');

let server;
let browser;

before(async () => {
  // With a brand colour, which the app sets through the style object, never through a style attribute.
  server = await serveDist(
    { 'content-security-policy': POLICY },
    { files: { '/config.ini': 'primary = #1a6b4f\nname = CSP Beratung' } },
  );
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** A page that records every policy violation, in the page and in its workers' console. */
async function watchedPage(context) {
  await context.addInitScript(() => {
    // Counts the messages from the QR worker, which posts only once its wasm runs.
    window.qrWorkerMessages = 0;
    const NativeWorker = window.Worker;
    window.Worker = class extends NativeWorker {
      constructor(...args) {
        super(...args);
        if (String(args[0]).includes('qr-worker')) {
          this.addEventListener('message', () => { window.qrWorkerMessages += 1; });
        }
      }
    };
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.violations.push(`${event.violatedDirective}: ${event.blockedURI}`),
    );
  });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) errors.push(message.text());
  });
  page.on('worker', (worker) =>
    worker.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) errors.push(message.text());
    }),
  );
  return { page, errors };
}

test('the check, its result, sharing and the workshop work under a strict policy', async () => {
  const context = await browser.newContext({ acceptDownloads: true, permissions: ['camera'] });
  const { page, errors } = await watchedPage(context);
  const response = await page.goto(server.url);
  assert.equal(response.headers()['content-security-policy'], POLICY);
  await page.waitForSelector('.owner');
  assert.equal(
    await page.$eval('.start button.primary', (button) => getComputedStyle(button).backgroundColor),
    'rgb(26, 107, 79)',
  );
  await completeByClicking(page, '2' + '1302132' + '3021120');
  await showSharePanel(page);
  await page.waitForSelector('svg.qr-code');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click('.share-actions button:has-text("Bild")'),
  ]);
  assert.match(download.suggestedFilename(), /\.png$/);
  const link = await page.inputValue('#share-link');
  assert.deepEqual(await page.evaluate(() => window.violations), [], 'violations in the check');

  await page.goto(`${server.url}workshop.html`);
  await page.waitForSelector('#workshop-name');
  await page.fill('#workshop-name', 'CSP');
  await page.click('form:has(#workshop-name) button[type=submit]');
  await page.fill('#result-links', link);
  await page.click('.collect button[type=submit]');
  await page.waitForSelector('.group .overall-score');
  await page.waitForSelector('.join svg.qr-code');
  // Chromium on Linux reads no QR codes with its barcode detector, so scanning starts the QR worker, whose
  // wasm must run under the policy too.
  await page.click('.scanner button');
  await page.waitForSelector('.scan-count');
  // The QR worker says it is ready once its wasm has started; only that proves the policy let it run.
  await until(page, () => window.qrWorkerMessages > 0);
  assert.deepEqual(await page.evaluate(() => window.violations), [], 'violations in the workshop');
  assert.deepEqual(errors, [], 'policy errors in the console');
  await context.close();
});
