// The workshop screen: collecting participants' result links and showing the group's picture; offline use.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import {
  servedCheck, serveDist, launchBrowser, completeByClicking, expected, axeViolations, offlineCacheReady, root,
  until, showSharePanel,
} from './support.mjs';

const check = servedCheck();
/** The workshop screen's address, once the server runs. */
const workshopUrl = () => `${check.server.url}workshop.html`;

const PARTICIPANTS = [
  '0' + '0123012' + '3021120',
  '1' + '3333333' + '3333333',
  '2' + '1111000' + '0102030',
];

/** Takes the check in a fresh browser and returns the result link it shows. */
async function resultLink(digits) {
  return (await resultWithQr(digits)).link;
}

/** Takes the check and returns the result link and its QR code as the result shows it (size and path). */
async function resultWithQr(digits) {
  const context = await check.browser.newContext();
  const page = await context.newPage();
  await page.goto(check.server.url);
  await completeByClicking(page, digits);
  const link = await page.inputValue('#share-link');
  await showSharePanel(page);
  await page.waitForSelector('svg.qr-code path');
  const qr = await page.evaluate(() => {
    const svg = document.querySelector('svg.qr-code');
    return { size: svg.viewBox.baseVal.width, path: svg.querySelector('path').getAttribute('d') };
  });
  await context.close();
  return { link, qr };
}

/** What the model computes for many answer sets, in one run of its example. */
function expectedMany(sets) {
  const out = execFileSync('cargo', ['run', '-q', '-p', 'model', '--example', 'expected', '--', ...sets], {
    cwd: root,
    encoding: 'utf8',
  });
  return out.trim().split('\n').map((line) => JSON.parse(line));
}

async function openWorkshop(context, name) {
  const page = await context.newPage();
  await page.goto(workshopUrl());
  await page.waitForSelector('#workshop-name');
  await page.fill('#workshop-name', name);
  await page.click('form:has(#workshop-name) button[type=submit]');
  await page.waitForSelector('#result-links');
  return page;
}

const roundHalfUp = (sum, n) => Math.floor((2 * sum + n) / (2 * n));

/** The group's average per argument, as the first table of the group view (the arguments) states it. */
function argumentAverages(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.group table')[0].querySelectorAll('tbody tr')].map((row) =>
      Number(row.lastElementChild.textContent.match(/\d+/)[0]),
    ),
  );
}

test('pasted links from several participants give the group’s counts, averages and a CSV', async () => {
  const links = [];
  for (const digits of PARTICIPANTS) links.push(await resultLink(digits));
  const tampered = links[0].replace(/#r=(.)(.)/, (_, a, b) => `#r=${a}${b === 'A' ? 'B' : 'A'}`);
  const chat = [
    `Anna (10:42): ${links[0]}`,
    '',
    `Ben: ${links[1]}`,
    `Clara hat geschrieben: ${links[2]} danke!`,
    `Anna (10:45): ${links[0]}`,
    `Dieter: ${tampered}`,
  ].join('\n');

  const context = await check.browser.newContext({ acceptDownloads: true });
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
  // The rows come in the order the check asks the arguments; the digits are in the order of their slots.
  const expectedCounts = models[0].argumentSlots.map((slot) =>
    [0, 1, 2, 3].map((level) => PARTICIPANTS.filter((digits) => Number(digits[1 + slot]) === level).length),
  );
  assert.deepEqual(counts, expectedCounts);
  const averages = await argumentAverages(page);
  const expectedAverages = [...Array(7).keys()].map((row) =>
    roundHalfUp(models.reduce((sum, m) => sum + m.chartedArguments[row], 0), models.length),
  );
  assert.deepEqual(averages, expectedAverages, 'averages per argument');
  assert.ok(await page.locator('.prompts li').count() >= 1, 'discussion prompts');

  const names = await page.locator('.participants li span').allTextContents();
  assert.deepEqual(names.map((text) => text.match(/\((.*)\)/)?.[1]), ['Anna', 'Ben', 'Clara hat geschrieben']);

  const [image] = await Promise.all([
    page.waitForEvent('download'),
    page.click('.group .share-actions button >> nth=2'),
  ]);
  const png = PNG.sync.read(await readFile(await image.path()));
  assert.deepEqual([png.width, png.height], [1200, 630], 'the group picture as an image');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click('.group .share-actions button >> nth=1'),
  ]);
  const csv = (await readFile(await download.path(), 'utf8')).trim().split(/\r?\n/);
  assert.equal(csv.length, 1 + PARTICIPANTS.length);
  assert.match(csv[0], /^participant,name,code,overall,band,business,how-do-you-know,/);
  csv.slice(1).forEach((line, i) => {
    const [number, , code, score] = line.split(',');
    assert.deepEqual([Number(number), code, Number(score)], [i + 1, models[i].code, models[i].overall]);
  });
  const [excel] = await Promise.all([
    page.waitForEvent('download'),
    page.click('.group .share-actions button >> nth=0'),
  ]);
  const spreadsheet = await readFile(await excel.path(), 'utf8');
  assert.ok(spreadsheet.startsWith('\ufeffparticipant;name;code;overall;band;'), 'semicolons and a byte order mark');
  assert.match(spreadsheet.split('\r\n')[1], new RegExp(`^1;Anna;${models[0].code};${models[0].overall};`));

  const sent = requests.slice(afterLoad).filter((url) => url.protocol !== 'blob:');
  assert.deepEqual(sent.map(String), [], 'collecting and exporting send nothing anywhere');
  await page.click('.participants summary');
  await page.click('.participants li >> nth=1 >> button');
  assert.equal(await page.locator('.participants li').count(), 2, 'a participant can be removed');
  await page.reload();
  await page.waitForSelector('.participants');
  assert.equal(await page.locator('.participants li').count(), 2, 'the workshop survives a reload');
  assert.equal(await page.inputValue('#workshop-choice'), '0');
  await context.close();
});

test('several workshops can exist and be deleted', async () => {
  const context = await check.browser.newContext();
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

test('the workshop screen shows the group first and folds collecting away; axe finds no violations', async () => {
  const link = await resultLink(PARTICIPANTS[1]);
  const context = await check.browser.newContext();
  const page = await openWorkshop(context, 'Audit');
  assert.ok(await page.isVisible('#result-links'), 'collecting is open while there are no results');
  assert.deepEqual(await axeViolations(page), [], 'the empty workshop screen');
  await page.fill('#result-links', `${link}\nnot a link`);
  await page.click('.collect button[type=submit]');
  await page.waitForSelector('.group .overall-score');
  assert.deepEqual(await axeViolations(page), [], 'the workshop screen with a group and a refused line');
  await page.reload();
  await page.waitForSelector('.group .overall-score');
  const order = await page.evaluate(() => {
    const group = document.querySelector('.group');
    const collect = document.querySelector('.collect-fold');
    return group.compareDocumentPosition(collect) & Node.DOCUMENT_POSITION_FOLLOWING;
  });
  assert.ok(order, 'the group view comes before collecting');
  assert.equal(await page.isVisible('#result-links'), false, 'collecting is folded away once there are results');
  assert.equal(await page.locator('.participants li').count(), 1, 'the participant is in the list');
  assert.equal(await page.isVisible('.participants li'), false, 'which is folded away too');
  await context.close();
});

test('presentation at 1920 × 1080: every slide by keyboard, large type, no scrolling, no axe violations', async () => {
  const links = [];
  for (const digits of PARTICIPANTS) links.push(await resultLink(digits));
  const context = await check.browser.newContext({ viewport: { width: 1920, height: 1080 } });
  const page = await openWorkshop(context, 'Beamer');
  await page.fill('#result-links', links.join('\n'));
  await page.click('.collect button[type=submit]');
  await page.waitForSelector('.group .overall-score');
  await page.click('.tools button[aria-pressed]');
  await page.waitForSelector('.slides');
  const total = Number((await page.textContent('.slide-position')).match(/(\d+)\D+(\d+)/)[2]);
  assert.ok(total >= 5, `join, bands, arguments, goals and at least one question: ${total}`);
  const keys = ['ArrowRight', 'PageDown', 'ArrowDown'];
  const kinds = [];
  for (let slide = 0; slide < total; slide++) {
    await page.waitForSelector(`.slide[data-slide="${slide}"]`);
    if (slide === 0) await page.waitForSelector('.slide svg.qr-code');
    const metrics = await page.evaluate(() => {
      const size = (element) => parseFloat(getComputedStyle(element).fontSize);
      const slideElement = document.querySelector('.slide');
      // Legends and bar labels are chart labels, held to their own minimum.
      const body = [...slideElement.querySelectorAll('p, h2, li:not(.chart-label)')]
        .filter((e) => e.textContent.trim() !== '');
      const labels = [...slideElement.querySelectorAll('.chart-label')];
      return {
        kind: slideElement.firstElementChild?.className || slideElement.querySelector('h2')?.textContent,
        body: Math.min(...body.map(size)),
        labels: labels.length ? Math.min(...labels.map(size)) : null,
        pageScroll: document.scrollingElement.scrollHeight - window.innerHeight,
        slideOverflow: slideElement.scrollHeight - slideElement.clientHeight,
      };
    });
    kinds.push(metrics.kind);
    assert.ok(metrics.body >= 32, `slide ${slide}: body text ${metrics.body} px`);
    if (metrics.labels !== null) assert.ok(metrics.labels >= 24, `slide ${slide}: chart labels ${metrics.labels} px`);
    assert.ok(metrics.pageScroll <= 0, `slide ${slide}: the page scrolls by ${metrics.pageScroll} px`);
    assert.ok(metrics.slideOverflow <= 0, `slide ${slide}: the slide overflows by ${metrics.slideOverflow} px`);
    assert.deepEqual(await axeViolations(page), [], `slide ${slide}`);
    await page.screenshot({ path: join(tmpdir(), `workshop-slide-${slide}.png`) });
    await page.keyboard.press(keys[slide % keys.length]);
  }
  assert.ok(kinds[0].includes('slide-join'), 'the join slide comes first');
  await page.waitForSelector(`.slide[data-slide="${total - 1}"]`);
  await page.keyboard.press('PageUp');
  await page.waitForSelector(`.slide[data-slide="${total - 2}"]`);
  await page.keyboard.press('ArrowLeft');
  await page.waitForSelector(`.slide[data-slide="${total - 3}"]`);
  await page.click('.slide-nav button >> nth=1');
  await page.waitForSelector(`.slide[data-slide="${total - 2}"]`);
  await page.click('.cover-toggle');
  await page.waitForSelector('.slide-covered');
  assert.deepEqual(await axeViolations(page), [], 'a covered slide');
  await page.click('.slide-covered button');
  await page.waitForSelector('.slide-covered', { state: 'detached' });
  await context.close();
});

test('200 participants pasted from chat lines with names: counts, averages, names and the spreadsheet CSV', async () => {
  // Pseudo-random answers, the same on every run; every fifth participant answered like the one before.
  let seed = 7;
  const random = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed; };
  const sets = [];
  for (let i = 0; i < 200; i++) {
    sets.push(i % 5 === 4 ? sets[i - 1] : [...Array(22)].map(() => String((random() >> 8) % 4)).join(''));
  }
  const models = expectedMany(sets);
  const chat = models.map((model, i) => `[10:${String(i % 60).padStart(2, '0')}] Person ${i}: ${check.server.url}#r=${model.code}`);
  chat.splice(50, 0, chat[10]);
  const context = await check.browser.newContext({ acceptDownloads: true });
  const page = await openWorkshop(context, 'Großgruppe');
  await page.fill('#result-links', chat.join('\n'));
  await page.click('.collect button[type=submit]');
  await page.waitForSelector('.group .overall-score');
  assert.match(await page.textContent('.report'), /\b200\b[^]*\b1\b/, '200 added, one already there');
  assert.match(await page.textContent('.participants summary'), /\(200\)/);
  const names = await page.locator('.participants li span').allTextContents();
  assert.deepEqual(names.map((text) => text.match(/\((.*)\)/)[1]), models.map((_, i) => `Person ${i}`));
  const overall = roundHalfUp(models.reduce((sum, m) => sum + m.overall, 0), models.length);
  assert.equal(Number(await page.getAttribute('.group .overall-score', 'data-score')), overall);
  const averages = await argumentAverages(page);
  assert.deepEqual(
    averages,
    [...Array(7).keys()].map((row) => roundHalfUp(models.reduce((sum, m) => sum + m.chartedArguments[row], 0), models.length)),
  );
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click('.group .share-actions button >> nth=0'),
  ]);
  const rows = (await readFile(await download.path(), 'utf8')).trim().split('\r\n').slice(1).map((line) => line.split(';'));
  assert.equal(rows.length, 200);
  rows.forEach((row, i) => {
    assert.deepEqual(row.slice(0, 4), [String(i + 1), `Person ${i}`, models[i].code, String(models[i].overall)]);
  });
  await context.close();
});

test('a browser that can save nowhere warns in the facilitator’s language and keeps the participants', async () => {
  const link = await resultLink(PARTICIPANTS[0]);
  const context = await check.browser.newContext({ acceptDownloads: true });
  // A full localStorage, and no IndexedDB to fall back on.
  await context.addInitScript(() => {
    Storage.prototype.setItem = function setItem() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    window.databaseOpens = 0;
    IDBFactory.prototype.open = function open() {
      window.databaseOpens += 1;
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
  });
  const page = await openWorkshop(context, 'Voll');
  // The new workshop is saved behind the screen's back, and the warning would follow that save: the screen
  // asks the database once as it loads (for workshops kept there) and once more to save the new workshop.
  // Its answer, a refusal at once, is drawn before the test's next look at the page.
  await page.waitForFunction(() => window.databaseOpens >= 2);
  assert.equal(await page.locator('.save-failed').count(), 0, 'nothing to lose yet, so no warning');
  await page.fill('#result-links', `Anna: ${link}`);
  await page.click('.collect button[type=submit]');
  await page.waitForSelector('.save-failed');
  assert.match(await page.textContent('.save-failed'), /nicht speichern/);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('.save-failed button')]);
  const csv = await readFile(await download.path(), 'utf8');
  assert.match(csv.split('\r\n')[1], /^1;Anna;/);
  assert.equal(await page.locator('.participants li').count(), 1, 'the participant stays while the page is open');
  await context.close();
});

test('a participant who joined with the facilitator’s contact sends their named result by e-mail', async () => {
  const context = await check.browser.newContext();
  const page = await openWorkshop(context, 'Mit Kontakt');
  await page.fill('#workshop-contact', 'anna@');
  await page.waitForSelector('#workshop-contact-error');
  await page.fill('#workshop-contact', 'leitung@beratung.example.de');
  await page.waitForSelector('.contact-shown');
  const joinLink = await page.getAttribute('.join-link a', 'href');
  assert.equal(new URL(joinLink).searchParams.get('workshop'), 'leitung@beratung.example.de');
  assert.deepEqual(await axeViolations(page), [], 'the workshop screen with a contact');

  const participant = await (await check.browser.newContext()).newPage();
  await participant.goto(joinLink);
  await completeByClicking(participant, PARTICIPANTS[2]);
  await participant.waitForSelector('.send-to-facilitator');
  assert.match(await participant.textContent('.send-recipient'), /leitung@beratung\.example\.de/, 'the recipient is shown');
  await participant.fill('#send-name', 'Carla');
  const href = await participant.getAttribute('.send-to-facilitator a.primary', 'href');
  const mail = new URL(href);
  assert.equal(mail.protocol, 'mailto:');
  assert.equal(mail.pathname, 'leitung@beratung.example.de');
  const body = mail.searchParams.get('body');
  assert.match(body, /#r=[0-9A-Z]+&n=Carla$/, 'the result link, with the name beside the code');
  assert.deepEqual(await axeViolations(participant), [], 'the result with the send panel');
  await participant.context().close();

  await page.reload();
  await page.waitForSelector('#result-links');
  await page.fill('#result-links', body.split('\n').pop());
  await page.click('.collect button[type=submit]');
  await page.waitForSelector('.group .overall-score');
  assert.match(await page.textContent('.participants li span'), /\(Carla\)/);
  assert.equal(await page.inputValue('#workshop-contact'), 'leitung@beratung.example.de', 'the contact is kept');
  await context.close();
});

/** A Y4M video (one 640 × 480 frame, repeated) showing the QR codes side by side on a grey background. */
function y4mWithQrCodes(codes) {
  const [width, height, module] = [640, 480, 6];
  const luma = Buffer.alloc(width * height, 128);
  codes.forEach(({ size, path }, index) => {
    const left = 20 + index * (size * module + 20);
    const top = Math.floor((height - size * module) / 2);
    const paint = (x, y, w, h, value) => {
      for (let row = y; row < y + h; row++) luma.fill(value, row * width + x, row * width + x + w);
    };
    paint(left, top, size * module, size * module, 255);
    for (const [, x, y, run] of path.matchAll(/M(\d+) (\d+)h(\d+)/g)) {
      paint(left + x * module, top + y * module, run * module, module, 0);
    }
  });
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128);
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F5:1 Ip A1:1 C420jpeg\n`);
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma]);
  return Buffer.concat([header, frame, frame]);
}

test('without a barcode detector, the camera’s frames are decoded in wasm and add every participant shown', async () => {
  const shown = [await resultWithQr(PARTICIPANTS[0]), await resultWithQr(PARTICIPANTS[1])];
  const video = join(await mkdtemp(join(tmpdir(), 'workshop-camera-')), 'codes.y4m');
  await writeFile(video, y4mWithQrCodes(shown.map(({ qr }) => qr)));
  const camera = await launchBrowser({ args: [`--use-file-for-fake-video-capture=${video}`] });
  try {
    const context = await camera.newContext({ permissions: ['camera'] });
    await context.addInitScript(() => {
      delete window.BarcodeDetector;
      // Counts the QR worker's answers, one per camera frame it searched.
      window.framesSearched = 0;
      const Original = window.Worker;
      window.Worker = class extends Original {
        constructor(...args) {
          super(...args);
          this.addEventListener('message', () => { window.framesSearched += 1; });
        }
      };
    });
    const page = await context.newPage();
    await page.goto(workshopUrl());
    await page.waitForSelector('#workshop-name');
    await page.fill('#workshop-name', 'Kamera');
    await page.click('form:has(#workshop-name) button[type=submit]');
    await page.click('.scanner button');
    await page.waitForFunction(() => document.querySelectorAll('.participants li').length === 2, null, { timeout: 20_000 });
    // The camera keeps showing both codes: ten more frames searched add nobody again.
    const searched = await page.evaluate(() => window.framesSearched);
    await page.waitForFunction((n) => window.framesSearched >= n + 10, searched, { timeout: 20_000 });
    assert.equal(await page.locator('.participants li').count(), 2, 'each code is added once');
    assert.match(await page.textContent('.scan-count'), /✓[^]*\b2\b/, 'a tick and the running count');
    const codes = shown.map(({ link }) => link.split('#r=')[1]);
    const models = PARTICIPANTS.slice(0, 2).map(expected);
    assert.deepEqual(codes, models.map((m) => m.code));
    await page.click('.scanner button');
    await page.waitForSelector('.scanner video', { state: 'detached' });
    await context.close();
  } finally {
    await camera.close();
  }
});

/**
 * The paths of the site's own files among `requests` that were answered, as the offline cache keys them (a
 * folder's index.html under the folder): what it must hold for those pages to work offline.
 */
async function answeredFiles(requests, origin) {
  const paths = new Set();
  for (const request of requests) {
    const url = new URL(request.url());
    if (url.origin !== origin || request.method() !== 'GET' || url.pathname === '/sw.js') continue;
    if ((await request.response())?.ok()) paths.add(url.pathname.replace(/\/index\.html$/, '/'));
  }
  return [...paths];
}

test('after the first visit the check, and the workshop once opened, work with no network at all', async () => {
  const context = await check.browser.newContext();
  const page = await context.newPage();
  await page.goto(check.server.url);
  await offlineCacheReady(page);
  // From here on the service worker answers every request, and keeps what it fetched for the first time.
  const requests = [];
  page.on('request', (request) => requests.push(request));
  // The share worker (QR code, image) is kept once a result's share panel has started it.
  await completeByClicking(page, PARTICIPANTS[0]);
  await showSharePanel(page);
  await page.waitForSelector('svg.qr-code');
  await page.evaluate(() => localStorage.clear());
  // A participant's cache leaves the workshop out; the facilitator's first visit to it keeps it offline.
  await page.goto(workshopUrl());
  await page.waitForSelector('#workshop-name');
  // The service worker answers a file it fetched before it has put the file in its cache: the network
  // goes off only once everything asked for since the first load is there.
  const files = await answeredFiles(requests, new URL(check.server.url).origin);
  assert.ok(files.includes('/workshop.html'), `the workshop page was asked for: ${files}`);
  assert.ok(files.some((path) => /^\/share-worker-.*_bg\.wasm$/.test(path)), `the share worker was asked for: ${files}`);
  await until(page, async (wanted) => {
    const cache = await caches.open((await caches.keys()).find((name) => name !== 'social-media-check-handoff'));
    const held = new Set((await cache.keys()).map((request) => new URL(request.url).pathname));
    return wanted.every((path) => held.has(path));
  }, files);
  await page.goto(check.server.url);
  await context.setOffline(true);
  await page.reload();
  await completeByClicking(page, PARTICIPANTS[1]);
  await showSharePanel(page);
  await page.waitForSelector('svg.qr-code');
  await page.goto(workshopUrl());
  await page.waitForSelector('#workshop-name');
  await context.close();
});

test('a new release replaces the offline cache cleanly', async () => {
  // A server of its own, whose sw.js the test replaces by the next release's while the visitor is there.
  const files = {};
  const site = await serveDist({}, { files });
  const context = await check.browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(site.url);
    await offlineCacheReady(page);
    const [oldCache] = await page.evaluate(() => caches.keys());
    // The next release: the same files under a new version, as the build writes it for changed files.
    const current = await readFile(new URL('../../dist/sw.js', import.meta.url), 'utf8');
    const version = current.match(/\bVERSION\s*=\s*["']([0-9a-f]+)["']/)[1];
    assert.equal(oldCache, `social-media-check-${version}`, 'the first visit cached this release');
    files['/sw.js'] = current.replace(version, 'nextrelease00000');
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).update());
    await until(page, async () => JSON.stringify(await caches.keys()) === JSON.stringify(['social-media-check-nextrelease00000']));
    await context.setOffline(true);
    await page.reload();
    await page.waitForSelector('#app .start:not(.static) button.primary');
  } finally {
    await context.close();
    await site.close();
  }
});

test('a QR code held up to the camera adds that participant, where the browser can detect barcodes', async () => {
  const link = await resultLink(PARTICIPANTS[2]);
  const context = await check.browser.newContext({ permissions: ['camera'] });
  // Chromium on Linux cannot detect barcodes (it lists no supported formats), so the test brings a detector that "sees" the participant's QR
  // code in every frame; the camera is Chromium's synthetic one. What is tested is the app's side: the
  // button, the camera, reading each code once, and adding it.
  await context.addInitScript((text) => {
    window.BarcodeDetector = class {
      static async getSupportedFormats() { return ['qr_code']; }
      constructor(options) { this.formats = options.formats; }
      async detect(video) {
        window.detections = (window.detections ?? 0) + 1;
        return video.readyState >= 2 ? [{ rawValue: text, format: 'qr_code' }] : [];
      }
    };
  }, link);
  const page = await openWorkshop(context, 'Scan');
  await page.click('.scanner button');
  await page.waitForSelector('.participants li', { state: 'attached' });
  // The detector keeps seeing the code: ten more detections add nobody again.
  const detections = await page.evaluate(() => window.detections);
  await page.waitForFunction((n) => window.detections >= n + 10, detections);
  assert.equal(await page.locator('.participants li').count(), 1, 'the same code is read once');
  await page.click('.scanner button');
  await page.waitForSelector('.scanner video', { state: 'detached' });
  await context.close();

  const plain = await check.browser.newContext();
  await plain.addInitScript(() => {
    delete Navigator.prototype.mediaDevices;
    // The scanner decides whether to offer its button once the browser has said which codes it detects.
    const detector = window.BarcodeDetector;
    if (detector) {
      const formats = detector.getSupportedFormats.bind(detector);
      detector.getSupportedFormats = () => {
        const answer = formats();
        window.formatsAnswered = answer.then(() => true, () => true);
        return answer;
      };
    }
  });
  const without = await openWorkshop(plain, 'Ohne Kamera');
  // Once that answer is in and the page has rendered twice since, the scanner shows what it will show.
  await without.waitForFunction(() => !window.BarcodeDetector || window.formatsAnswered !== undefined);
  await without.evaluate(async () => {
    await window.formatsAnswered;
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  });
  assert.equal(await without.locator('.scanner button').count(), 0, 'no scan button without a camera');
  await plain.close();
});

test('with a full localStorage, a workshop of 30 participants is kept in IndexedDB and survives a reload', async () => {
  let seed = 11;
  const random = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed; };
  const sets = [...Array(30)].map(() => [...Array(22)].map(() => String((random() >> 8) % 4)).join(''));
  const models = expectedMany(sets);
  const chat = models.map((model, i) => `Person ${i}: ${check.server.url}#r=${model.code}`).join('\n');
  const context = await check.browser.newContext();
  await context.addInitScript(() => {
    Storage.prototype.setItem = function setItem() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  const page = await openWorkshop(context, 'Voller Speicher');
  await page.fill('#result-links', chat);
  await page.click('.collect button[type=submit]');
  await page.waitForSelector('.group .overall-score');
  // The screen says where the workshops are, and warns of nothing: they are kept.
  await page.waitForSelector('.kept-in-database');
  assert.match(await page.textContent('.kept-in-database'), /IndexedDB/);
  assert.equal(await page.locator('.save-failed').count(), 0);
  const overall = await page.getAttribute('.group .overall-score', 'data-score');

  await page.reload();
  await page.waitForSelector('.participants summary');
  assert.match(await page.textContent('.participants summary'), /\(30\)/);
  const names = await page.locator('.participants li span').allTextContents();
  assert.deepEqual(names.map((text) => text.match(/\((.*)\)/)[1]), models.map((_, i) => `Person ${i}`));
  assert.equal(await page.getAttribute('.group .overall-score', 'data-score'), overall);
  assert.match(await page.textContent('main'), /Voller Speicher/);
  await page.waitForSelector('.kept-in-database');
  await context.close();
});
