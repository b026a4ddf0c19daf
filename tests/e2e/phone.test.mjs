// The check on a 360 × 740 phone: what an answer brings up comes into view, on the check's own page and
// inside a blog post that embeds it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  serveDist, launchBrowser, waitForApp, poll, messagesHandled, holdBackWasm, hostSettled,
} from './support.mjs';
import { serveDirectory } from '../../tools/static-server.mjs';

const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };

let app;
let blog;
let browser;

before(async () => {
  const folder = await mkdtemp(join(tmpdir(), 'phone-blog-'));
  blog = await serveDirectory(folder);
  // Two origins, as on the web: the blog as localhost, the check as 127.0.0.1.
  blog.url = blog.url.replace('127.0.0.1', 'localhost');
  app = await serveDist();
  const filler = `<p>${'Lorem ipsum dolor sit amet. '.repeat(120)}</p>`;
  await writeFile(join(folder, 'post.html'), `<!doctype html><html lang="de"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Blog</title></head><body>
${filler}<div data-social-media-check></div>${filler}
<script src="${app.url}embed.js" async></script></body></html>`);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await app?.close();
  await blog?.close();
});

/** Where the debunk card's heading (its first line) stands in the viewport of `page`, in CSS pixels. */
async function cardTop(page, frame = null) {
  const inner = await (frame ?? page).evaluate(() =>
    document.querySelector('#debunk-card h2')?.getBoundingClientRect().top ?? null);
  assert.notEqual(inner, null, 'the debunk card is shown');
  if (!frame) return inner;
  const frameTop = await page.evaluate(() => document.querySelector('[data-social-media-check] iframe').getBoundingClientRect().top);
  return frameTop + inner;
}

/** Waits (smooth scrolling takes a moment) until the card's first line is on screen; returns where it is. */
async function cardComesIntoView(page, frame = null) {
  // The card is drawn by the render after the answer; a first look before it would end the wait below with
  // "the debunk card is shown" failed instead of waiting for the scroll.
  await (frame ?? page).waitForSelector('#debunk-card h2');
  let top;
  await poll(async () => {
    top = await cardTop(page, frame);
    return top >= 0 && top < 740 - 24;
  }, { what: 'the card on screen' }).catch(() => {});
  return top;
}

/** Answers question 1 with the first option, then the first argument asked with `option`, by tapping. */
async function answerFirstArgument(target, option) {
  await target.locator('.start button.primary').click();
  await target.locator('input[name="slot-0"][value="0"]').check();
  await target.locator('.step-nav button.primary').click();
  await target.locator(`main input[type=radio][value="${option}"]`).first().check();
}

for (const [form, query] of [['German Sie', ''], ['German du', '?address=du'], ['English', '?lang=en']]) {
  test(`on a phone, the debunk card’s first line comes into view after an answer (${form})`, async () => {
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    await page.goto(app.url + query);
    await waitForApp(page);
    await answerFirstArgument(page, 3);
    const top = await cardComesIntoView(page);
    assert.ok(top >= 0 && top < 740 - 24, `the card's heading is on screen: ${top}`);
    // A changed answer (tapping it scrolls the options back into view) brings the card back too; for a
    // visitor who asked for reduced motion, at once rather than smoothly.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.locator('main input[type=radio][value="0"]').first().check();
    const again = await cardComesIntoView(page);
    assert.ok(again >= 0 && again < 740 - 24, `on screen again after a changed answer: ${again}`);
    await context.close();
  });
}

test('inside a blog post on a phone, the host page scrolls to the debunk card after an answer, and never before', async () => {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await page.goto(`${blog.url}post.html`);
  // Scroll the blog to the check, as a reader would; the frame loads as it comes near.
  await page.evaluate(() => document.querySelector('[data-social-media-check]').scrollIntoView());
  const frameElement = await page.waitForSelector('[data-social-media-check] iframe');
  const frame = await frameElement.contentFrame();
  await waitForApp(frame);
  const before = await page.evaluate(() => scrollY);
  // The loader would scroll, if it did, on a message of the check's: once the frame has its content's
  // height, the check has reported, and once a later message from the frame has arrived, that report has
  // been handled.
  await poll(async () => {
    const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    const height = await page.evaluate(() => document.querySelector('[data-social-media-check] iframe').getBoundingClientRect().height);
    return Math.abs(height - content) < 1;
  }, { what: 'the frame sized to its content' });
  await messagesHandled(page, frame);
  assert.equal(await page.evaluate(() => scrollY), before, 'loading the check never scrolls the page');
  await answerFirstArgument(frame, 3);
  const top = await cardComesIntoView(page, frame);
  assert.ok(top >= 0 && top < 740 - 24, `the card's heading is on the host page's screen: ${top}`);
  await context.close();
});

// The owner's name as the header shows it: whole (neither cut with "…" nor clamped to fewer lines than it
// needs, which scrollWidth and scrollHeight beyond the box's own size give away) and inside the screen.
const ownerNameShown = (page) => page.evaluate(() => {
  const element = document.querySelector('#app header .owner');
  const box = element.getBoundingClientRect();
  return {
    text: element.textContent,
    cut: element.scrollHeight > element.clientHeight + 1 || element.scrollWidth > element.clientWidth + 1,
    inside: box.left >= 0 && box.right <= innerWidth,
  };
});

for (const [device, options] of [['a 360 px phone', PHONE], ['a 1280 px laptop', { viewport: { width: 1280, height: 800 } }]]) {
  test(`on ${device} the owner’s name stays readable in the header of every screen, which never changes height on the questions`, async () => {
    // As long as two lines beside the language switch hold on a phone's start screen.
    const name = 'Steuerberatung Mustermann & Partner';
    const owner = await serveDist({}, { files: { '/config.ini': `name = ${name}` } });
    const context = await browser.newContext(options);
    try {
      // The app's own start screen first, in a page of its own.
      const start = await context.newPage();
      await start.goto(owner.url);
      await waitForApp(start);
      await start.waitForSelector('#app header .owner');
      assert.deepEqual(await ownerNameShown(start), { text: name, cut: false, inside: true }, 'the start screen: the name is shown whole');
      await start.close();
      // The static first question of index.html, shown while the app is held back, gives the height the
      // header has before the app takes over.
      const release = await holdBackWasm(context);
      const page = await context.newPage();
      await page.goto(owner.url);
      await page.click('#app .start.static button.primary');
      await page.waitForSelector('#app .question.static');
      const header = () => page.evaluate(() => document.querySelector('#app header').getBoundingClientRect().height);
      const staticHeight = await header();
      release();
      await page.waitForSelector('#app .question:not(.static)');
      await page.waitForSelector('#app header .owner');
      const heights = new Set([staticHeight]);
      // Every question, however many there are: answer each radio group, go on, until the result.
      for (let screen = 0; !(await page.$('.result')); screen++) {
        assert.ok(screen < 100, 'the check ends in a result');
        const where = await page.textContent('#progress-label');
        assert.deepEqual(await ownerNameShown(page), { text: name, cut: false, inside: true }, `${where}: the name is shown whole`);
        heights.add(await header());
        for (const group of await page.evaluate(() => [...new Set([...document.querySelectorAll('#app main input[type=radio]')].map((r) => r.name))])) {
          await page.check(`input[name="${group}"] >> nth=0`);
        }
        // The answer's card scrolls into view; „Weiter“ is clicked once the page stands still.
        await hostSettled(page);
        await page.click('.step-nav button.primary');
        await page.waitForFunction((before) => document.querySelector('.result')
          || (document.querySelector('#progress-label') && document.querySelector('#progress-label').textContent !== before), where);
      }
      assert.equal(heights.size, 1, `the header's height changed: ${[...heights]}`);
      await page.waitForSelector('#app header .owner');
      assert.deepEqual(await ownerNameShown(page), { text: name, cut: false, inside: true }, 'the result: the name is shown whole');
    } finally {
      await context.close();
      await owner.close();
    }
  });
}

test('on a 360 px phone without an owner’s name, the product’s name stands whole in the result’s header', async () => {
  const plain = await serveDist({}, { files: { '/config.ini': '' } });
  const context = await browser.newContext(PHONE);
  try {
    const page = await context.newPage();
    await page.goto(plain.url);
    await waitForApp(page);
    // A finished check, as storage keeps it: the reload opens its result.
    await page.evaluate(() => localStorage.setItem('social-media-check', 'smc3.de.result.30000ZFM1YDC0X'));
    await page.reload();
    await page.waitForSelector('.result .overall-score');
    const brand = await page.evaluate(() => {
      const element = document.querySelector('#app header .brand > span');
      return {
        text: element.textContent,
        cut: element.scrollHeight > element.clientHeight + 1 || element.scrollWidth > element.clientWidth + 1,
      };
    });
    assert.deepEqual(brand, { text: 'Social-Media-Check', cut: false });
  } finally {
    await context.close();
    await plain.close();
  }
});
