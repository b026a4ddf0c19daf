// The content in the built app: cards that answer the answer, a privacy line true for the site owner's
// settings, and next steps that depend on the kind of business.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  servedCheck, serveDist, waitForApp, answerByClicking, completeByClicking, slotNames, hostSettled,
} from './support.mjs';

const PHONE = { width: 360, height: 740 };
const LAPTOP = { width: 1280, height: 800 };
const ARGUMENTS = 7;
const BUSINESSES = 7;
/** Every answer after the business: middling arguments and goals, so the result has three next steps. */
const REST = '1021012' + '3120312';

const check = servedCheck();

/** A fresh page at `viewport` with the check open on `url`. */
async function openCheck(url, viewport) {
  const context = await check.browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(url);
  await waitForApp(page);
  return { context, page };
}

/** The first line of the debunk card on screen after choosing option `index` of the radio group `name`. */
async function responseTo(page, name, index) {
  await page.check(`input[name="${name}"][value="${index}"]`);
  const line = page.locator('.debunk .response');
  await line.waitFor();
  return (await line.textContent()).trim();
}

test('at phone size, every debunk card opens with a line that differs between the lowest and the highest answer', async () => {
  const { context, page } = await openCheck(check.server.url, PHONE);
  await page.click('.start button.primary');
  await answerByClicking(page, '0' + REST);
  await page.click('.step-nav button.primary');
  const firstLines = [];
  for (let argument = 1; argument <= ARGUMENTS; argument++) {
    // The screen's one radio group, named by the argument's slot (the check asks them in its own order).
    await page.waitForSelector(`#progress-label >> text=/\\b${argument + 1}\\b/`);
    const [name] = await slotNames(page);
    const lowest = await responseTo(page, name, 0);
    const highest = await responseTo(page, name, 3);
    assert.ok(lowest.length > 20, `argument ${argument}: the lowest answer gets a first line`);
    assert.notEqual(lowest, highest, `argument ${argument}: the card answers the level chosen`);
    firstLines.push(lowest, highest);
    // The first line comes first, then the fact with its source; the argument explained folds away behind
    // "Warum?".
    const order = await page.evaluate(() =>
      [...document.querySelectorAll('.debunk > p, .debunk > figure, .debunk > details')].map((e) => e.className || e.tagName),
    );
    assert.deepEqual(order, ['response', 'fact', 'why'], `argument ${argument}: order of the card`);
    assert.equal(await page.locator('.debunk details.why').getAttribute('open'), null, `argument ${argument}: folded`);
    await hostSettled(page);
    await page.click('.step-nav button.primary');
  }
  assert.equal(new Set(firstLines).size, firstLines.length, 'no two first lines are the same');
  await context.close();
});

test('the privacy line says where the result goes: nowhere by default, to the embedding page with host_origin', async () => {
  const hosted = await serveDist({}, { files: { '/config.ini': 'host_origin = https://blog.example.org\n' } });
  try {
    const plain = await openCheck(check.server.url, LAPTOP);
    const withHost = await openCheck(hosted.url, LAPTOP);
    const defaultLine = (await plain.page.textContent('.start .privacy')).trim();
    const hostLine = (await withHost.page.textContent('.start .privacy')).trim();
    assert.match(defaultLine, /Nichts wird irgendwohin gesendet/);
    assert.notEqual(hostLine, defaultLine);
    assert.match(hostLine, /eingebunden/);
    assert.match(hostLine, /betreibt/);
    assert.match(hostLine, /Ergebnis/);

    await withHost.page.click('.tools button[lang=en]');
    await withHost.page.waitForFunction(() => document.documentElement.lang === 'en');
    assert.match(await withHost.page.textContent('.start .privacy'), /embedded in another website.*owner receives/);
    await plain.context.close();
    await withHost.context.close();
  } finally {
    await hosted.close();
  }
});

test('a walk in each kind of business ends in different concrete actions', async () => {
  const actionsPerBusiness = [];
  for (let business = 0; business < BUSINESSES; business++) {
    const context = await check.browser.newContext({ viewport: LAPTOP });
    const page = await context.newPage();
    await page.goto(check.server.url);
    await completeByClicking(page, `${business}${REST}`);
    const actions = await page.locator('.result .next-steps .action').allTextContents();
    assert.equal(actions.length, 3, `business ${business}: three next steps with an action each`);
    actionsPerBusiness.push(actions.join('\n'));
    // The honest notes come with every result.
    assert.match(await page.textContent('.result .notes'), /Monaten/);
    // An online shop cannot have a Google Business Profile (Google gives none to online-only businesses):
    // neither its quick win nor its concession offers one; a shop on the high street gets one.
    const advice = `${await page.textContent('.result .quick-win')} ${await page.textContent('.result .notes')}`;
    if (business === 3) assert.doesNotMatch(advice, /Unternehmensprofil/, 'no profile for an online shop');
    if (business === 0) assert.match(advice, /Unternehmensprofil/, 'a profile for a shop on the high street');
    assert.doesNotMatch(advice, /[Hh]eute erledigt/);
    await context.close();
  }
  assert.equal(
    new Set(actionsPerBusiness).size,
    BUSINESSES,
    'every kind of business gets its own actions',
  );
});
