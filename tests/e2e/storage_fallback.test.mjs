// Progress survives a reload without storage: where localStorage refuses the progress line (its quota used
// up before the first visit, or blocked so that even reading window.localStorage throws), the check keeps
// the line in its own address (#p=…, a fragment, which never reaches a server), and a reload of the tab
// finds the visitor where they were: on a question with their answers, or on their result.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { servedCheck, waitForApp, answerByClicking } from './support.mjs';

const check = servedCheck();
// A valid answer for every slot, however many there are: each scale and the business question have a 1.
const DIGITS = '1'.repeat(64);

const CONDITIONS = {
  'a storage whose quota was used up before the first visit': () => {
    Storage.prototype.setItem = function setItem() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  },
  'a storage blocked entirely': () => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
  },
};

/** What the visitor sees of where they are: the question's progress and heading, and what is ticked. */
function whereAmI(page) {
  return page.evaluate(() => ({
    progress: document.querySelector('#progress-label')?.textContent ?? null,
    heading: document.querySelector('#step-heading')?.textContent ?? null,
    checked: [...document.querySelectorAll('main input[type=radio]:checked')].map((radio) => radio.id),
  }));
}

/** The screen on view, told apart by its heading and its progress (two screens may share a heading). */
function screenOf(page) {
  return page.evaluate(() =>
    `${document.querySelector('#step-heading')?.textContent}|${document.querySelector('#progress-label')?.textContent}`);
}

/** Waits until the screen on view is another than `before` (or, with `same`, is `before` again). */
function screenChanged(page, before, same = false) {
  return page.waitForFunction(([screen, equal]) => {
    const now = `${document.querySelector('#step-heading')?.textContent}|${document.querySelector('#progress-label')?.textContent}`;
    return (now === screen) === equal;
  }, [before, same]);
}

/** Answers the question on screen and goes on, waiting until the next screen is there. */
async function answerAndGoOn(page) {
  const before = await screenOf(page);
  await answerByClicking(page, DIGITS);
  await page.click('.step-nav button.primary');
  await screenChanged(page, before);
}

for (const [condition, refuse] of Object.entries(CONDITIONS)) {
  test(`with ${condition}, a reload finds the visitor on their question and on their result`, async () => {
    const context = await check.browser.newContext({ viewport: { width: 360, height: 740 } });
    await context.addInitScript(refuse);
    const page = await context.newPage();
    await page.goto(check.server.url);
    await waitForApp(page);
    await page.click('.start button.primary');
    const notice = page.locator('.notice');
    await notice.waitFor();
    assert.match(await notice.textContent(), /nur in diesem Tab/, 'the notice says the progress stays in this tab');

    for (let step = 0; step < 3; step++) await answerAndGoOn(page);
    await answerByClicking(page, DIGITS);
    const there = await whereAmI(page);
    assert.ok(there.checked.length > 0);
    assert.match(new URL(page.url()).hash, /^#p=/, 'the progress is in the address');

    await page.reload();
    await page.waitForSelector('#app .question:not(.static)');
    assert.deepEqual(await whereAmI(page), there, 'the reload found the visitor where they were');
    const screen = await screenOf(page);
    await page.click('.step-nav button.secondary');
    await screenChanged(page, screen);
    assert.ok((await whereAmI(page)).checked.length > 0, 'the question before kept its answer');
    await page.click('.step-nav button.primary');
    await screenChanged(page, screen, true);

    // On to the result, however many questions there are.
    while (await page.locator('.result').count() === 0) await answerAndGoOn(page);
    const overall = await page.getAttribute('.result .overall-score', 'data-score');
    // The result link carries the answers in its own fragment, never the progress.
    const link = new URL(await page.inputValue('#share-link'));
    assert.match(link.hash, /^#r=/);
    assert.doesNotMatch(link.href, /#p=|[?&]p=/);

    await page.reload();
    await page.waitForSelector('.result .overall-score');
    assert.equal(await page.getAttribute('.result .overall-score', 'data-score'), overall);
    assert.equal(await page.locator('.shared-note').count(), 0, 'the own result, not a shared one');

    // The same address sent to someone as a link answers nothing for them: it opens at the start.
    const progressAddress = page.url();
    assert.match(new URL(progressAddress).hash, /^#p=/);
    const reader = await context.newPage();
    await reader.goto(progressAddress);
    await waitForApp(reader);
    assert.equal(await reader.locator('.result').count(), 0);
    await reader.close();

    // A result link opened in this tab is someone's result, not progress: it leaves the visitor's own alone.
    await page.goto(link.href);
    await page.waitForSelector('.shared-note');
    assert.match(new URL(page.url()).hash, /^#r=/, 'the result link stays as it was');
    await context.close();
  });
}
