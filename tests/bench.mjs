// The first-view benchmark: how many gzip bytes load before the first question is usable, and how long
// that takes, as medians over several runs in fresh headless Chromium contexts against dist/.
// Run it with scripts/bench, which builds the release first.
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { serveDist, launchBrowser, root } from './e2e/support.mjs';

const runs = Number(process.argv[2] ?? 7);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const server = await serveDist();
const browser = await launchBrowser();
const samples = [];
try {
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const loaded = [];
    page.on('requestfinished', (request) => loaded.push(new URL(request.url()).pathname));
    await page.goto(server.url, { waitUntil: 'commit' });
    await page.waitForSelector('#app .start button.primary:not([disabled])');
    const ready = await page.evaluate(() => performance.now());
    await page.click('#app .start button.primary');
    await page.waitForSelector('#app .question input[type=radio]');
    const usable = await page.evaluate(() => performance.now());
    let bytes = 0;
    for (const path of new Set(loaded)) {
      const file = join(root, 'dist', path.endsWith('/') ? `${path}index.html` : path);
      bytes += gzipSync(await readFile(file), { level: 9 }).length;
    }
    samples.push({ bytes, ready, usable, files: [...new Set(loaded)] });
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}

const result = {
  runs,
  files: samples[0].files,
  firstViewGzipBytes: median(samples.map((s) => s.bytes)),
  appReadyMs: Math.round(median(samples.map((s) => s.ready))),
  firstQuestionUsableMs: Math.round(median(samples.map((s) => s.usable))),
  budgetGzipBytes: 120_000,
};
console.log(JSON.stringify(result, null, 2));
if (result.firstViewGzipBytes > result.budgetGzipBytes) {
  console.error(`over budget: ${result.firstViewGzipBytes} B gzip > ${result.budgetGzipBytes} B`);
  process.exit(1);
}
