// The workshop in the consultant's name and without loose ends (issue 24): the screen, the slides and the
// group image carry `name` from config.ini; stepping through every slide logs no console error; every
// column of the group's tables is filled and names no score the scale cannot take; and a participant who
// came by the join link finds the way to send their result from the result's first screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { PNG } from 'pngjs';
import { serveDist, launchBrowser, expected } from './support.mjs';
import { walkToResult } from './walk.mjs';

const OWNER = 'Muster Beratung';
const PARTICIPANTS = [
  '0' + '0123012' + '30211203322130',
  '1' + '3333333' + '33333333333333',
  '2' + '1111000' + '01020300010203',
];

let server;
let browser;

before(async () => {
  server = await serveDist({}, { files: { '/config.ini': `name = ${OWNER}\n` } });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

/** The workshop screen with a new workshop holding the three participants, pasted as result links. */
async function workshopWithResults(context) {
  const page = await context.newPage();
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${server.url}workshop.html`);
  await page.waitForSelector('#workshop-name');
  await page.fill('#workshop-name', 'Montag');
  await page.click('form:has(#workshop-name) button[type=submit]');
  await page.waitForSelector('#result-links');
  const links = PARTICIPANTS.map((digits, i) => `Person ${i + 1}: ${server.url}#r=${expected(digits).code}`);
  await page.fill('#result-links', links.join('\n'));
  await page.click('.collect button[type=submit]');
  await page.waitForSelector('.group .overall-score');
  return { page, errors };
}

test('stepping through every slide logs no console error, and every slide carries the consultant', async () => {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const { page, errors } = await workshopWithResults(context);
  assert.match(await page.textContent('.bar .brand'), new RegExp(`^${OWNER}`));
  assert.doesNotMatch(await page.textContent('.bar .brand'), /Social-Media-Check/);
  await page.click('.tools button[aria-pressed]');
  await page.waitForSelector('.slides');
  const total = Number((await page.textContent('.slide-position')).match(/(\d+)\D+(\d+)/)[2]);
  assert.ok(total >= 5, `join, bands, arguments, goals and at least one question: ${total}`);
  for (let slide = 0; slide < total; slide++) {
    await page.waitForSelector(`.slide[data-slide="${slide}"]`);
    if (slide === 0) await page.waitForSelector('.slide svg.qr-code');
    assert.equal(await page.textContent('.slide-owner'), OWNER, `slide ${slide}`);
    await page.keyboard.press('ArrowRight');
  }
  // And back again, by the buttons.
  for (let slide = total - 1; slide > 0; slide--) {
    await page.waitForSelector(`.slide[data-slide="${slide}"]`);
    await page.click('.slide-nav button >> nth=0');
  }
  await page.waitForSelector('.slide[data-slide="0"]');
  // Anything logged arrives before the page answers this round trip.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done))));
  assert.deepEqual(errors, []);
  await context.close();
});

test('every column of the group tables is filled, with averages and only levels someone chose', async () => {
  const context = await browser.newContext();
  const { page, errors } = await workshopWithResults(context);
  const tables = await page.evaluate(() =>
    [...document.querySelectorAll('.group table')].map((table) =>
      [...table.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent.trim()))));
  assert.equal(tables.length, 3, 'arguments, importance, reach');
  for (const [t, rows] of tables.entries()) {
    assert.ok(rows.length > 0);
    for (const row of rows) {
      assert.ok(row.every((cell) => cell !== ''), `table ${t}: an empty cell in ${JSON.stringify(row)}`);
      // The counts per level, then "Durchschnitt 54 · von 33 bis 100" or "… · alle bei 67".
      const counts = row.slice(1, -1).map(Number);
      const [mean, ...range] = row.at(-1).match(/\d+/g).map(Number);
      const chosen = [0, 33, 67, 100].filter((_, level) => counts[level] > 0);
      assert.match(row.at(-1), /^Durchschnitt \d+ · (von \d+ bis \d+|alle bei \d+)$/);
      assert.ok(mean >= 0 && mean <= 100);
      assert.deepEqual(range, range.length === 1 ? [chosen[0]] : [chosen[0], chosen.at(-1)], row.join(' | '));
    }
  }
  assert.doesNotMatch(await page.innerText('.group'), /die meisten/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the group image names the consultant, not the product', async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const { page } = await workshopWithResults(context);
  // The image is drawn from an SVG; its text is that SVG's, so the test reads the SVG the page draws.
  await page.evaluate(() => {
    window.drawnSvgs = [];
    const original = URL.createObjectURL;
    URL.createObjectURL = (blob) => {
      if (blob.type.startsWith('image/svg')) blob.text().then((text) => window.drawnSvgs.push(text));
      return original(blob);
    };
  });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click('.group .share-actions button >> nth=2'),
  ]);
  const chunks = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk);
  const png = PNG.sync.read(Buffer.concat(chunks));
  assert.equal(png.width, 1200);
  await page.waitForFunction(() => window.drawnSvgs.length > 0);
  const svgs = await page.evaluate(() => window.drawnSvgs);
  assert.ok(svgs.some((svg) => svg.includes(OWNER)), 'the consultant is on the image');
  assert.ok(svgs.every((svg) => !svg.includes('Social-Media-Check')), 'the product is not');
  await context.close();
});

test('a participant who came by the join link finds the send button in the result’s first screen', async () => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto(`${server.url}?workshop=${encodeURIComponent('leitung@beratung.example.de')}`);
  await walkToResult(page);
  const opener = page.locator('.result-top .send-open button');
  await opener.waitFor();
  assert.match(await opener.textContent(), /^An die Workshop-Leitung senden/);
  await page.evaluate(() => window.scrollTo(0, 0));
  const box = await opener.evaluate((button) => {
    const rect = button.getBoundingClientRect();
    return { top: rect.top + window.scrollY, bottom: rect.bottom + window.scrollY };
  });
  assert.ok(box.top >= 0 && box.bottom <= 740, `the button is ${box.top}–${box.bottom} px down`);
  await opener.click();
  // It leads to the panel and its first field, ready to type.
  await page.waitForFunction(() => document.activeElement?.id === 'send-name');
  await page.waitForFunction(() => {
    const panel = document.querySelector('#send-to-facilitator').getBoundingClientRect();
    return panel.top < window.innerHeight && panel.bottom > 0;
  });
  await context.close();
});
