// The way on stays in reach on a phone: the progress line after "Weiter", "Weiter" after an answer, the
// browser's Back and Forward between questions, the next question at the top of the screen in a blog's
// embed, and the consultant's contact button on a result someone shared.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveDirectory } from '../../tools/static-server.mjs';
import {
  serveDist, launchBrowser, waitForApp, answerByClicking, expected, hostSettled, poll, slotNames,
} from './support.mjs';

const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, reducedMotion: 'reduce' };
const DIGITS = '2' + '1302132' + '3021120';
const CONFIG = [
  'name = Muster Beratung',
  'contact_label = Termin vereinbaren',
  'contact_link = mailto:hallo@example.org?subject=Check',
].join('\n');

let browser;
let server;
let embedded;
let blog;

before(async () => {
  const folder = await mkdtemp(join(tmpdir(), 'nav-blog-'));
  blog = await serveDirectory(folder);
  // The blog is reached as localhost, the check as 127.0.0.1: two origins, as on the web.
  blog.url = blog.url.replace('127.0.0.1', 'localhost');
  server = await serveDist({}, { files: { '/config.ini': CONFIG } });
  // The consultant who embeds the check lists the blog, so the loader keeps the frame's progress.
  embedded = await serveDist({}, { files: { '/config.ini': `${CONFIG}\nhost_origin = ${new URL(blog.url).origin}` } });
  const filler = (words) => `<p>${'Lorem ipsum dolor sit amet. '.repeat(words)}</p>`;
  await writeFile(join(folder, 'index.html'), `<!doctype html><html lang="de"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Blog</title>
<style>body { margin: 0 auto; max-width: 46rem; padding: 0 8px; font: 18px/1.6 serif; }</style></head><body>
${filler(200)}
<div data-social-media-check><a href="${embedded.url}">Zum Social-Media-Check</a></div>
${filler(200)}
<script src="${embedded.url}embed.js" async></script>
</body></html>`);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
  await embedded?.close();
  await blog?.close();
});

/** Whether the element's box lies wholly within the window as it is scrolled now. */
function inViewport(target, selector) {
  return target.evaluate((s) => {
    const box = document.querySelector(s)?.getBoundingClientRect();
    return !!box && box.height > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
  }, selector);
}

/** Waits until the progress line says question `n`. */
function atQuestion(target, n) {
  return target.waitForSelector(`#progress-label >> text=/\\b${n}\\b/`);
}

test('on a phone the progress line and "Weiter" stay in view, and Back and Forward move between questions', async () => {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await page.goto(server.url);
  await waitForApp(page);
  await page.click('.start button.primary');
  for (let question = 1; question <= 2; question++) {
    await atQuestion(page, question);
    await answerByClicking(page, DIGITS);
    if (question === 2) {
      // The answer brought up the card, which the page scrolled to; "Weiter" is still in reach.
      await page.waitForSelector('.debunk');
      await poll(() => inViewport(page, '.step-nav button.primary'), { what: '"Weiter" in view after the answer' });
    }
    await page.click('.step-nav button.primary');
  }
  await atQuestion(page, 3);
  await poll(() => inViewport(page, '#progress-label'), { what: 'the progress line in view on question 3' });
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'step-heading', 'focus is on the heading');

  // The browser's Back shows question 2 with its answer; Forward returns to question 3.
  const heading3 = await page.textContent('#step-heading');
  await page.goBack();
  await atQuestion(page, 2);
  // Question 2 is the first argument the check asks; its radios are named by the argument's slot.
  const [name] = await slotNames(page);
  const slot = Number(name.replace('slot-', ''));
  assert.ok(await page.isChecked(`input[name="${name}"][value="${DIGITS[slot]}"]`), 'question 2 keeps its answer');
  assert.equal(new URL(page.url()).origin, new URL(server.url).origin, 'Back stays in the check');
  await page.goForward();
  await atQuestion(page, 3);
  assert.equal(await page.textContent('#step-heading'), heading3);
  await context.close();
});

test('a question the visitor never reached cannot be shown by a forged history entry', async () => {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await page.goto(server.url);
  await waitForApp(page);
  await page.click('.start button.primary');
  await atQuestion(page, 1);
  await page.evaluate(() => {
    history.pushState('q7', '');
    history.pushState('q0', '');
    history.back();
  });
  // The check moves only to what the model allows; question 8 needs the seven before it.
  await page.waitForFunction(() => history.state === 'q7');
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  assert.match(await page.textContent('#progress-label'), /\b1\b/);
  await context.close();
});

test('in a blog embed on a phone, the next question starts at the top of the screen after "Weiter"', async () => {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await page.goto(blog.url);
  // The loader makes the frame when its placeholder comes near the screen.
  await page.locator('[data-social-media-check]').scrollIntoViewIfNeeded();
  const element = page.locator('[data-social-media-check] iframe');
  const frame = await (await element.elementHandle()).contentFrame();
  await frame.waitForSelector('.start:not(.static) button.primary');
  await hostSettled(frame);
  await frame.click('.start button.primary');
  for (let question = 1; question <= 3; question++) {
    await atQuestion(frame, question);
    await answerByClicking(frame, DIGITS);
    await frame.click('.step-nav button.primary');
  }
  await atQuestion(frame, 4);
  await hostSettled(frame);

  const headingTop = await poll(async () => {
    const top = await page.evaluate(() => {
      const frameTop = document.querySelector('[data-social-media-check] iframe').getBoundingClientRect().top;
      return frameTop;
    }) + await frame.evaluate(() => document.querySelector('#step-heading').getBoundingClientRect().top);
    return top >= 0 && top < 100 ? { top } : false;
  }, { what: 'the heading within the top 100 px of the screen' });
  assert.ok(headingTop.top < 100, `the heading starts ${headingTop.top} px down the screen`);
  await context.close();
});

test('a shared result carries the consultant’s contact button, worded for whoever received it', async () => {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await page.goto(`${server.url}#r=${expected(DIGITS).code}`);
  await page.waitForSelector('.result-top .contact a');
  assert.equal((await page.textContent('.result-top .contact a')).trim(), 'Termin vereinbaren');
  assert.match(await page.textContent('.result-top .contact-text'), /diesem Ergebnis/);
  const href = await page.getAttribute('.result-top .contact a', 'href');
  assert.ok(href.startsWith('mailto:hallo@example.org?subject=Check&body='), href);
  assert.ok(decodeURIComponent(href).includes(`#r=${expected(DIGITS).code}`), 'the mail carries the result link');
  // Beside it, the way into the reader's own check.
  assert.equal(await page.locator('.shared-intro .primary').count(), 1);
  await context.close();
});
