// A click counts only on what the visitor saw: the second click of a double click on a button that opens a
// new screen answers nothing there and moves no further, on the app's screens as on the static first
// question that index.html shows before the app has loaded. A deliberate click on the new screen works at
// once. Answers are read from the progress line the app saves (model::Quiz::to_saved), whose last part is
// the answer code and the part before it the screen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { servedCheck, waitForApp, answerByClicking, completeByClicking, QUESTIONS, holdBackWasm } from './support.mjs';

const check = servedCheck();
const KEY = 'social-media-check';
// A valid answer for every slot, however many there are: each scale and the business question have a 1.
const DIGITS = '1'.repeat(64);

/** The saved progress line as { screen, code }, or null before the app has saved one. */
async function saved(page) {
  const line = await page.evaluate((key) => localStorage.getItem(key), KEY);
  if (!line) return null;
  const parts = line.split('.');
  return { screen: parts.at(-2), code: parts.at(-1) };
}

/** Waits until the app has saved the visitor on `screen` (e.g. 'q0'), and returns the line. */
async function savedOn(page, screen) {
  await page.waitForFunction(
    ([key, wanted]) => (localStorage.getItem(key) ?? '').split('.').at(-2) === wanted,
    [KEY, screen],
  );
  return saved(page);
}

/** The heading of the screen on view, once it is visible and painted: what a visitor waits for. */
async function settledHeading(page) {
  await page.locator('#step-heading').waitFor({ state: 'visible' });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve())));
  return page.innerText('#step-heading');
}

const checkedRadios = (page) => page.$$eval('main input[type=radio]:checked', (radios) => radios.map((r) => r.id));

test('a double click on "Check starten" opens the first question and answers nothing there', async () => {
  const context = await check.browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto(check.server.url);
  await waitForApp(page);
  const before = await saved(page);
  assert.equal(before.screen, 'start');

  await page.dblclick('.start button.primary');
  const after = await savedOn(page, 'q0');
  assert.equal(after.code, before.code, 'no answer was given by the second click');
  assert.deepEqual(await checkedRadios(page), []);
  assert.equal(await page.locator('[role=alert]').count(), 0, 'the second click pressed nothing either');
  assert.equal((await saved(page)).screen, 'q0', 'one screen on, not two');

  // A deliberate click once the question is on view counts at once.
  await settledHeading(page);
  await page.click('label[for="slot-0-1"]');
  assert.ok(await page.isChecked('#slot-0-1'));
  assert.notEqual((await saved(page)).code, before.code);
  await context.close();
});

test('a double click on "Weiter" moves one question on and answers nothing there', async () => {
  const context = await check.browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto(check.server.url);
  await waitForApp(page);
  await page.click('.start button.primary');
  // Through every question but the last, each double-clicked on: every one moves exactly one screen (on a
  // phone the bar with "Weiter" stays in place, so the second click lands on the next screen's "Weiter").
  for (let question = 0; question < QUESTIONS - 1; question++) {
    await savedOn(page, `q${question}`);
    await settledHeading(page);
    await answerByClicking(page, DIGITS);
    const before = await saved(page);
    const progress = await page.innerText('#progress-label');
    await page.dblclick('.step-nav button.primary');
    const after = await savedOn(page, `q${question + 1}`);
    assert.equal(after.code, before.code, `question ${question + 2} got no answer from the second click`);
    assert.notEqual(await page.innerText('#progress-label'), progress);
    assert.deepEqual(await checkedRadios(page), [], `question ${question + 2} shows no answer`);
    assert.equal(await page.locator('[role=alert]').count(), 0, 'the second click pressed nothing either');
    assert.equal((await saved(page)).screen, `q${question + 1}`, 'one screen on, not two');
  }
  // A deliberate click right after the new screen appeared works.
  await settledHeading(page);
  const name = (await page.$eval('main input[type=radio]', (radio) => radio.name));
  await page.click(`main input[name="${name}"] >> nth=0`);
  assert.equal((await checkedRadios(page)).length, 1);
  await context.close();
});

test('every change of screen brings a new heading, also between screens that begin alike', async () => {
  // boot.js knows a new screen by a new #step-heading element and swallows the rest of a double click on
  // the button that opened it. Screens that begin with the same tag (the start and a link's error are both
  // sections, the own and the shared result both the result's view) must not share their elements.
  const context = await check.browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const isGone = (element) => element.evaluate((heading) => !heading.isConnected);

  await page.goto(`${check.server.url}#r=nonsense`);
  const errorHeading = await page.waitForSelector('.link-error #step-heading');
  await page.click('.link-error .primary');
  await page.waitForSelector('.start:not(.static) #step-heading');
  assert.ok(await isGone(errorHeading), 'the start has a heading of its own, not the error screen\'s');

  // With the visitor's own check finished, a shared result's "take the check yourself" leads to it.
  await completeByClicking(page, DIGITS);
  const link = await page.inputValue('#share-link');
  await page.goto(link);
  await page.waitForSelector('.shared-intro');
  const sharedHeading = await page.$('#step-heading');
  await page.click('.shared-intro .primary');
  await page.waitForFunction(() => !document.querySelector('.shared-intro') && document.querySelector('.result #step-heading'));
  assert.ok(await isGone(sharedHeading), 'the own result has a heading of its own, not the shared one\'s');
  await context.close();
});

/**
 * Opens the check with its wasm held back, as on a slow connection: the page and its static start are
 * there, the app is not. Returns the page and a function that lets the wasm through.
 */
async function openWithoutApp(context) {
  const release = await holdBackWasm(context);
  const page = await context.newPage();
  await page.goto(check.server.url);
  return { page, release };
}

test('a double click on the static start, before the app has loaded, answers nothing on the static question', async () => {
  // The code of a check with nothing answered, as a fresh visit saves it.
  const fresh = await check.browser.newContext();
  const freshPage = await fresh.newPage();
  await freshPage.goto(check.server.url);
  await waitForApp(freshPage);
  const nothing = (await saved(freshPage)).code;
  await fresh.close();

  const context = await check.browser.newContext({ viewport: { width: 360, height: 740 } });
  const { page, release } = await openWithoutApp(context);
  await page.waitForSelector('#app .start.static button.primary:enabled');
  await page.dblclick('#app .start.static button.primary');
  await page.waitForSelector('#app .question.static');
  assert.deepEqual(await checkedRadios(page), [], 'the second click ticked no option');
  assert.equal(await page.locator('#app .question.static [data-pressed]').count(), 0, 'nor pressed "Weiter"');

  // The app carries on from there: on the first question, with nothing answered.
  release();
  await page.waitForSelector('#app .question:not(.static)');
  const line = await savedOn(page, 'q0');
  assert.equal(line.code, nothing);
  assert.deepEqual(await checkedRadios(page), []);
  await context.close();
});

test('a deliberate click on the static first question counts at once, and a double click on its "Weiter" moves one step', async () => {
  const context = await check.browser.newContext({ viewport: { width: 360, height: 740 } });
  const { page, release } = await openWithoutApp(context);
  await page.waitForSelector('#app .start.static button.primary:enabled');
  await page.click('#app .start.static button.primary');
  await settledHeading(page);
  await page.click('label[for="slot-0-3"]');
  assert.ok(await page.isChecked('#slot-0-3'));
  // "Weiter" waits for the app here; pressed twice, it still means one step.
  await page.dblclick('#app .question.static .step-nav button.primary');
  release();
  await page.waitForSelector('#app .question:not(.static)');
  await savedOn(page, 'q1');
  assert.deepEqual(await checkedRadios(page), [], 'the second question shows no answer');
  await page.click('.step-nav button.secondary');
  await savedOn(page, 'q0');
  assert.ok(await page.isChecked('#slot-0-3'), 'the business chosen before the app arrived');
  await context.close();
});
