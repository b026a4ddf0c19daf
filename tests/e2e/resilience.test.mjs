// The check under an unlucky visitor's conditions: storage that refuses every write, a config.ini that
// hangs. Nothing the visitor enters is lost while the page is open, and the check never waits long.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  servedCheck, waitForApp, answerByClicking, QUESTIONS,
} from './support.mjs';

const check = servedCheck();

const DIGITS = '2' + '1302132' + '3021120';

test('a full storage shows a notice once and loses no answer while the page is open', async () => {
  const context = await check.browser.newContext({ viewport: { width: 360, height: 740 } });
  // Every write fails as it does when the quota is used up.
  await context.addInitScript(() => {
    Storage.prototype.setItem = function setItem() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  const page = await context.newPage();
  await page.goto(check.server.url);
  await waitForApp(page);
  await page.click('.start button.primary');
  const notice = page.locator('.notice');
  await notice.waitFor();
  assert.match(await notice.textContent(), /nicht(s)? speichern/, 'the notice says that nothing can be saved');
  for (let question = 1; question <= 4; question++) {
    await page.waitForSelector(`#progress-label >> text=/\\b${question}\\b/`);
    await answerByClicking(page, DIGITS);
    await page.click('.step-nav button.primary');
  }
  assert.equal(await notice.count(), 1, 'the notice shows once, not at every answer');
  // Back through every question: each answer is still there.
  for (let question = 4; question >= 1; question--) {
    await page.click('.step-nav button.secondary');
    await page.waitForSelector(`#progress-label >> text=/\\b${question}\\b/`);
    const checked = await page.$$eval('main input[type=radio]:checked', (radios) =>
      radios.map((radio) => [Number(radio.name.replace('slot-', '')), radio.value]));
    for (const [slot, value] of checked) assert.equal(value, DIGITS[slot], `question ${question} kept its answer`);
    assert.ok(checked.length > 0, `question ${question} has its answer checked`);
  }
  await context.close();
});

test('a config.ini that hangs leaves the start usable, and its settings follow without moving the visitor', async () => {
  const context = await check.browser.newContext();
  const page = await context.newPage();
  let release;
  const arrived = new Promise((resolve) => { release = resolve; });
  await page.route('**/config.ini', async (route) => {
    await arrived;
    await route.fulfill({ contentType: 'text/plain', body: 'name = Späte Beratung\naddress = du\n' });
  });
  await page.goto(check.server.url, { waitUntil: 'commit' });
  // The app waits two seconds for the settings, then starts with the defaults: the file is still held
  // back here, so the start can only come from that fallback.
  await page.waitForSelector('#app .start:not(.static) button.primary');
  assert.equal(await page.locator('.owner').count(), 0, 'no owner settings yet');
  await page.click('.start button.primary');
  await page.waitForSelector('#progress-label >> text=/\\b1\\b/');
  await answerByClicking(page, DIGITS);
  await page.click('.step-nav button.primary');
  await page.waitForSelector('#progress-label >> text=/\\b2\\b/');
  release();
  await page.waitForSelector('.owner >> text=Späte Beratung');
  // The visitor is where they were, now addressed as the owner asked.
  assert.match(await page.textContent('#progress-label'), /\b2\b/);
  assert.match(await page.textContent('main'), /\b(du|dich|dir|dein\w*)\b/i, 'the late settings apply: du');
  await context.close();
});

test('the result appears on the same page, with no page load after the last answer', async () => {
  const context = await check.browser.newContext();
  const page = await context.newPage();
  await page.goto(check.server.url);
  await waitForApp(page);
  // Each screen is an entry in the browser's history (a same-document navigation); a page load is not.
  let navigations = 0;
  page.on('load', () => { navigations += 1; });
  await page.click('.start button.primary');
  for (let question = 1; question <= QUESTIONS; question++) {
    await page.waitForSelector(`#progress-label >> text=/\\b${question}\\b/`);
    await answerByClicking(page, DIGITS);
    await page.click('.step-nav button.primary');
  }
  await page.waitForSelector('.result .overall-score');
  assert.equal(navigations, 0, 'no page load between the start and the result');
  assert.equal(new URL(page.url()).pathname, '/', 'the result is on the check\'s own page');
  await context.close();
});
