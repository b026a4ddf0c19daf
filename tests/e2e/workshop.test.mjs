// The workshop screen: collecting participants' result links and showing the group's picture; offline use.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { PNG } from 'pngjs';
import {
  serveDist, launchBrowser, completeByClicking, expected, axeViolations, offlineCacheReady,
} from './support.mjs';

let server;
let browser;
let workshopUrl;

before(async () => {
  server = await serveDist();
  browser = await launchBrowser();
  workshopUrl = `${server.url}workshop.html`;
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const PARTICIPANTS = [
  '0' + '0123012' + '30211203322130',
  '1' + '3333333' + '33333333333333',
  '2' + '1111000' + '01020300010203',
];

/** Takes the check in a fresh browser and returns the result link it shows. */
async function resultLink(digits) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.url);
  await completeByClicking(page, digits);
  const link = await page.inputValue('#share-link');
  await context.close();
  return link;
}

async function openWorkshop(context, name) {
  const page = await context.newPage();
  await page.goto(workshopUrl);
  await page.waitForSelector('#workshop-name');
  await page.fill('#workshop-name', name);
  await page.click('form:has(#workshop-name) button[type=submit]');
  await page.waitForSelector('#result-links');
  return page;
}

const roundHalfUp = (sum, n) => Math.floor((2 * sum + n) / (2 * n));

test('pasted links from several participants give the group’s counts, averages and a CSV', async () => {
  const links = [];
  for (const digits of PARTICIPANTS) links.push(await resultLink(digits));
  const tampered = links[0].replace(/#r=(.)(.)/, (_, a, b) => `#r=${a}${b === 'A' ? 'B' : 'A'}`);
  const chat = [
    `Anna (10:42): ${links[0]}`,
    '',
    `Ben: ${links[1]}`,
    `Clara hat geschrieben: ${links[2]} danke!`,
    `Anna nochmal: ${links[0]}`,
    `Dieter: ${tampered}`,
  ].join('\n');

  const context = await browser.newContext({ acceptDownloads: true });
  const requests = [];
  context.on('request', (request) => requests.push(new URL(request.url())));
  const page = await openWorkshop(context, 'Workshop Hamburg');
  // The offline cache fills itself a few seconds after the start; what follows must add nothing to it.
  await offlineCacheReady(page);
  const afterLoad = requests.length;
  await page.fill('#result-links', chat);
  await page.click('.collect button[type=submit]');
  await page.waitForSelector('.report');
  const report = await page.textContent('.report');
  assert.match(report, /\b3\b/, 'three added');
  assert.match(report, /\b1\b/, 'one duplicate');
  assert.equal(await page.locator('.rejected li').count(), 1, 'one link refused');
  assert.match(await page.textContent('.rejected li'), /\b6\b/, 'on line 6 of the paste');
  assert.equal(await page.locator('.participants li').count(), 3);

  const models = PARTICIPANTS.map(expected);
  const overall = roundHalfUp(models.reduce((sum, m) => sum + m.overall, 0), models.length);
  assert.equal(Number(await page.getAttribute('.group .overall-score', 'data-score')), overall);
  // The first table holds the answers per argument: how many chose each level.
  const counts = await page.evaluate(() =>
    [...document.querySelectorAll('.group table')[0].querySelectorAll('tbody tr')].map((row) =>
      [...row.querySelectorAll('td')].slice(0, 4).map((cell) => Number(cell.textContent)),
    ),
  );
  const expectedCounts = [...Array(7).keys()].map((argument) =>
    [0, 1, 2, 3].map((level) => PARTICIPANTS.filter((digits) => Number(digits[1 + argument]) === level).length),
  );
  assert.deepEqual(counts, expectedCounts);
  const averages = await page.evaluate(() =>
    [...document.querySelectorAll('.group table')[0].querySelectorAll('tbody tr')].map((row) =>
      Number(row.lastElementChild.textContent.match(/\d+/)[0]),
    ),
  );
  const expectedAverages = [...Array(7).keys()].map((argument) =>
    roundHalfUp(models.reduce((sum, m) => sum + m.arguments[argument], 0), models.length),
  );
  assert.deepEqual(averages, expectedAverages, 'averages per argument');
  assert.ok(await page.locator('.prompts li').count() >= 1, 'discussion prompts');

  const [image] = await Promise.all([
    page.waitForEvent('download'),
    page.click('.group .share-actions button >> nth=1'),
  ]);
  const png = PNG.sync.read(await readFile(await image.path()));
  assert.deepEqual([png.width, png.height], [1200, 630], 'the group picture as an image');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click('.group .share-actions button >> nth=0'),
  ]);
  const csv = (await readFile(await download.path(), 'utf8')).trim().split(/\r?\n/);
  assert.equal(csv.length, 1 + PARTICIPANTS.length);
  assert.match(csv[0], /^participant,code,overall,band,business,how-do-you-know,/);
  csv.slice(1).forEach((line, i) => {
    const [number, code, score] = line.split(',');
    assert.deepEqual([Number(number), code, Number(score)], [i + 1, models[i].code, models[i].overall]);
  });

  const sent = requests.slice(afterLoad).filter((url) => url.protocol !== 'blob:');
  assert.deepEqual(sent.map(String), [], 'collecting and exporting send nothing anywhere');
  await page.click('.participants li >> nth=1 >> button');
  assert.equal(await page.locator('.participants li').count(), 2, 'a participant can be removed');
  await page.reload();
  await page.waitForSelector('.participants');
  assert.equal(await page.locator('.participants li').count(), 2, 'the workshop survives a reload');
  assert.equal(await page.inputValue('#workshop-choice'), '0');
  await context.close();
});

test('several workshops can exist and be deleted', async () => {
  const context = await browser.newContext();
  const page = await openWorkshop(context, 'Erster');
  await page.fill('#workshop-name', 'Zweiter');
  await page.click('form:has(#workshop-name) button[type=submit]');
  await page.waitForFunction(() => document.querySelectorAll('#workshop-choice option').length === 2);
  await page.click('.workshops .danger');
  await page.click('.workshops .confirm .danger');
  await page.waitForFunction(() => document.querySelectorAll('#workshop-choice option').length === 1);
  assert.equal(await page.textContent('#workshop-choice option'), 'Erster');
  await context.close();
});

test('presentation mode shows the group in large type; axe finds no violations', async () => {
  const link = await resultLink(PARTICIPANTS[1]);
  const context = await browser.newContext();
  const page = await openWorkshop(context, 'Audit');
  assert.deepEqual(await axeViolations(page), [], 'the empty workshop screen');
  await page.fill('#result-links', `${link}\nnot a link`);
  await page.click('.collect button[type=submit]');
  await page.waitForSelector('.group .overall-score');
  assert.deepEqual(await axeViolations(page), [], 'the workshop screen with a group and a refused line');
  await page.click('.tools button[aria-pressed]');
  await page.waitForSelector('.presenting');
  assert.equal(await page.locator('.collect').count(), 0, 'collecting is hidden while presenting');
  assert.ok(await page.isVisible('.group'));
  assert.ok(await page.isVisible('.join svg.qr-code'));
  assert.deepEqual(await axeViolations(page), [], 'presentation mode');
  await context.close();
});

test('after the first visit the check, and the workshop once opened, work with no network at all', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.url);
  await offlineCacheReady(page);
  // A participant's cache leaves the workshop out; the facilitator's first visit to it keeps it offline.
  await page.goto(workshopUrl);
  await page.waitForSelector('#workshop-name');
  await page.waitForLoadState('networkidle');
  await page.goto(server.url);
  await context.setOffline(true);
  await page.reload();
  await completeByClicking(page, PARTICIPANTS[0]);
  await page.waitForSelector('svg.qr-code');
  await page.goto(workshopUrl);
  await page.waitForSelector('#workshop-name');
  await context.close();
});

test('a new release replaces the offline cache cleanly', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.url);
  await offlineCacheReady(page);
  const [oldCache] = await page.evaluate(() => caches.keys());
  // The next release: the same files under a new version, as the build writes it for changed files.
  const current = await readFile(new URL('../../dist/sw.js', import.meta.url), 'utf8');
  const version = current.match(/const VERSION = '([0-9a-f]+)'/)[1];
  await context.route('**/sw.js', (route) =>
    route.fulfill({ contentType: 'text/javascript', body: current.replace(version, 'nextrelease00000') }),
  );
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
  await page.waitForFunction(
    async () => JSON.stringify(await caches.keys()) === JSON.stringify(['social-media-check-nextrelease00000']),
    null,
    { timeout: 20_000 },
  );
  assert.notEqual(oldCache, 'social-media-check-nextrelease00000');
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('#app .start button.primary:not([disabled])');
  await context.close();
});

test('a QR code held up to the camera adds that participant, where the browser can detect barcodes', async () => {
  const link = await resultLink(PARTICIPANTS[2]);
  const context = await browser.newContext({ permissions: ['camera'] });
  // Chromium on Linux cannot detect barcodes (it lists no supported formats), so the test brings a detector that "sees" the participant's QR
  // code in every frame; the camera is Chromium's synthetic one. What is tested is the app's side: the
  // button, the camera, reading each code once, and adding it.
  await context.addInitScript((text) => {
    window.BarcodeDetector = class {
      static async getSupportedFormats() { return ['qr_code']; }
      constructor(options) { this.formats = options.formats; }
      async detect(video) { return video.readyState >= 2 ? [{ rawValue: text, format: 'qr_code' }] : []; }
    };
  }, link);
  const page = await openWorkshop(context, 'Scan');
  await page.click('.scanner button');
  await page.waitForSelector('.participants li');
  await page.waitForTimeout(1_500);
  assert.equal(await page.locator('.participants li').count(), 1, 'the same code is read once');
  await page.click('.scanner button');
  await page.waitForSelector('.scanner video', { state: 'detached' });
  await context.close();

  const plain = await browser.newContext();
  const without = await openWorkshop(plain, 'Ohne Kamera');
  await without.waitForTimeout(300);
  assert.equal(await without.locator('.scanner button').count(), 0, 'no scan button where QR codes cannot be read');
  await plain.close();
});
