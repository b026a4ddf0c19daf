// The whole check, driven with the keyboard alone in real Chromium against the release build in dist/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  servedCheck, waitForApp, tabTo, answerWithKeyboard, expected, axeViolations, resultTables, offlineCacheReady,
  showSharePanel, QUESTIONS, holdBackWasm, resultDrawn, until,
} from './support.mjs';

const check = servedCheck();

/** Starts the check from the start screen with the keyboard and waits for the first question. */
async function startWithKeyboard(page) {
  await waitForApp(page);
  await tabTo(page, '.start button.primary');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.question');
}

async function focusedId(page) {
  return page.evaluate(() => document.activeElement?.id);
}

/** Goes through all ten screens with the keyboard, answering from `digits`, and opens the result. */
async function completeWithKeyboard(page, digits, onQuestion = async () => {}) {
  await startWithKeyboard(page);
  for (let question = 1; question <= QUESTIONS; question++) {
    assert.equal(await focusedId(page), 'step-heading', `focus is on the heading of question ${question}`);
    await onQuestion(question);
    await answerWithKeyboard(page, digits);
    await tabTo(page, '.step-nav button.primary');
    await page.keyboard.press('Enter');
  }
  await page.waitForSelector('.result');
  assert.equal(await focusedId(page), 'step-heading', 'focus is on the result heading');
}

async function assertResultMatchesModel(page, digits) {
  const model = expected(digits);
  const shown = Number(await page.getAttribute('.overall-score', 'data-score'));
  assert.equal(shown, model.overall, 'overall score');
  const [argumentScores, goalScores] = await resultTables(page);
  assert.deepEqual(argumentScores, model.chartedArguments, 'scores per argument, in the order they were asked');
  assert.deepEqual(goalScores, model.chartedGoals, 'scores per goal that is a topic');
  assert.equal(await page.locator('.next-steps > li').count(), 3);
}

test('German, keyboard only: ten screens, fifteen answers, debunk cards, and the model’s scores', async () => {
  const context = await check.browser.newContext();
  const page = await context.newPage();
  await page.goto(check.server.url);
  assert.equal(await page.getAttribute('html', 'lang'), 'de');
  const digits = '1' + '0123210' + '3210012';
  await completeWithKeyboard(page, digits, async (question) => {
    const progress = await page.textContent('#progress-label');
    assert.match(progress, new RegExp(`\\b${question}\\b.*\\b${QUESTIONS}\\b`));
  });
  await assertResultMatchesModel(page, digits);
  await context.close();
});

test('English, keyboard only: switch the language first, then the whole check', async () => {
  const context = await check.browser.newContext();
  const page = await context.newPage();
  await page.goto(check.server.url);
  await waitForApp(page);
  await tabTo(page, '.tools button[lang=en]');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  const digits = '3' + '3333222' + '1122333';
  await completeWithKeyboard(page, digits);
  await assertResultMatchesModel(page, digits);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await context.close();
});

test('an argument shows its debunk card with a fact and its source once answered', async () => {
  const context = await check.browser.newContext();
  const page = await context.newPage();
  await page.goto(check.server.url);
  await startWithKeyboard(page);
  await answerWithKeyboard(page, '2'.repeat(22));
  await page.keyboard.press('Tab');
  await page.click('.step-nav .primary');
  await page.waitForSelector('#progress-label >> text=/\\b2\\b/');
  assert.equal(await page.locator('.debunk').count(), 0, 'no card before answering');
  await answerWithKeyboard(page, '2'.repeat(22));
  await page.waitForSelector('.debunk .fact figcaption');
  assert.ok((await page.textContent('.debunk .fact blockquote')).length > 10);
  assert.ok((await page.textContent('.debunk figcaption')).length > 10);
  await context.close();
});

test('a reload resumes at the same step with every answer intact', async () => {
  const context = await check.browser.newContext();
  const page = await context.newPage();
  await page.goto(check.server.url);
  await startWithKeyboard(page);
  const digits = '2' + '1320' + '0'.repeat(10);
  for (let question = 1; question <= 5; question++) {
    await answerWithKeyboard(page, digits);
    await page.click('.step-nav .primary');
  }
  const heading = await page.textContent('#step-heading');
  await page.reload();
  await page.waitForSelector('#app .question');
  assert.equal(await page.textContent('#step-heading'), heading);
  assert.match(await page.textContent('#progress-label'), /\b6\b/);
  for (let question = 5; question >= 1; question--) {
    await page.click('.step-nav .secondary');
    const checked = await page.evaluate(() =>
      [...document.querySelectorAll('main input[type=radio]:checked')].map((r) => [r.name, r.value]),
    );
    assert.equal(checked.length, 1, `question ${question} kept its answer`);
    const [[name, value]] = checked;
    assert.equal(value, digits[Number(name.replace('slot-', ''))]);
  }
  await context.close();
});

test('a damaged saved state is discarded with a notice, never a blank page', async () => {
  const context = await check.browser.newContext();
  await context.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('social-media-check', '{"not":"ours"}');
      sessionStorage.setItem('seeded', '1');
    }
  });
  const page = await context.newPage();
  await page.goto(check.server.url);
  await waitForApp(page);
  assert.ok((await page.textContent('.notice')).length > 20);
  await page.click('.notice button');
  assert.equal(await page.locator('.notice').count(), 0);
  await context.close();
});

test('the start page shows its content before the app has loaded', async () => {
  const context = await check.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(check.server.url);
  const text = await page.textContent('#app');
  assert.match(text, /Meine Kunden sind nicht in Social Media/);
  assert.match(text, /Browser/);
  await context.close();
});

/**
 * Opens the check at phone size with its wasm held back, as on a slow connection: the page and its static
 * start are there, the app is not. Returns the page and a function that lets the wasm through.
 */
async function openWithoutApp(context, query = '') {
  const release = await holdBackWasm(context);
  const page = await context.newPage();
  await page.goto(check.server.url + query);
  return { page, release };
}

test('on a slow connection the visitor begins before the app has loaded, and the app carries on from there', async () => {
  const context = await check.browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const { page, release } = await openWithoutApp(context);

  // The static start opens the static first question; "Zurück" returns, and the start opens it again.
  await page.click('#app .start.static button.primary');
  await page.waitForSelector('#app .question.static');
  assert.equal(await focusedId(page), 'step-heading');
  assert.equal(await page.innerText('#progress-label'), 'Frage 1 von 10');
  assert.equal(await page.locator('#app input[name="slot-0"]').count(), 7);
  assert.deepEqual(await axeViolations(page), [], 'the static first question');
  await page.click('#app .question.static .step-nav button.secondary');
  await page.click('#app .start.static button.primary');

  // An option ticked and "Weiter" pressed before the app is there are not lost.
  await page.check('#slot-0-4');
  await page.click('#app .question.static .step-nav button.primary');
  assert.equal(await page.getAttribute('#app .question.static .step-nav button.primary', 'aria-busy'), 'true');
  release();
  await page.waitForSelector('#app .question:not(.static)');
  assert.match(await page.textContent('#progress-label'), /^Frage 2 von 10$/);
  assert.equal(await focusedId(page), 'step-heading');
  await page.click('.step-nav button.secondary');
  assert.ok(await page.isChecked('#slot-0-4'), 'the business chosen before the app arrived');
  assert.match(await page.evaluate(() => localStorage.getItem('social-media-check')), /^smc3\.de\.q0\./);

  // A visitor who comes back to a check begun is resumed by the app; the static start leaves that to it.
  const { page: again, release: releaseAgain } = await openWithoutApp(context);
  await again.waitForFunction(() => document.readyState !== 'loading');
  assert.ok(await again.isDisabled('#app .start.static button.primary'));
  releaseAgain();
  await again.waitForSelector('#app .question:not(.static)');
  await context.close();
});

test('when the app takes over the static first question, nothing moves and the ticked option keeps its focus', async () => {
  const context = await check.browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-GB' });
  const { page, release } = await openWithoutApp(context, '?lang=en');
  await page.click('#app .start.static button.primary');
  await page.check('#slot-0-2');
  assert.equal(await focusedId(page), 'slot-0-2');
  assert.equal(await page.innerText('#app .question.static legend'), 'What best describes your business?');
  const boxes = () => Promise.all(['header', 'h1', 'legend', '#slot-0-2', '.step-nav'].map((s) => page.locator(s).boundingBox()));
  const before = await boxes();
  release();
  await page.waitForSelector('#app .question:not(.static)');
  // Nothing moved: the page tools took the places the static page held for them.
  assert.deepEqual(await boxes(), before);
  assert.match(await page.textContent('#progress-label'), /^Question 1 of 10$/);
  assert.ok(await page.isChecked('#slot-0-2'));
  await page.waitForFunction(() => document.activeElement?.id === 'slot-0-2');
  await context.close();
});

test('axe-core finds no violations on the start page, a question, a debunk card and the result', async () => {
  const context = await check.browser.newContext();
  const page = await context.newPage();
  await page.goto(check.server.url);
  await waitForApp(page);
  assert.deepEqual(await axeViolations(page), [], 'start page');
  await startWithKeyboard(page);
  await page.click('.step-nav .primary');
  await page.waitForSelector('[role=alert]');
  assert.deepEqual(await axeViolations(page), [], 'a question asking for an answer');
  const digits = '0' + '1111111' + '2'.repeat(7);
  await answerWithKeyboard(page, digits);
  await page.click('.step-nav .primary');
  await answerWithKeyboard(page, digits);
  await page.waitForSelector('.debunk');
  assert.deepEqual(await axeViolations(page), [], 'a debunk card');
  await page.click('.step-nav .primary');
  for (let question = 3; question <= QUESTIONS; question++) {
    if (question === 9) assert.deepEqual(await axeViolations(page), [], 'a goal question');
    await answerWithKeyboard(page, digits);
    await page.click('.step-nav .primary');
  }
  await resultDrawn(page);
  assert.deepEqual(await axeViolations(page), [], 'the result');
  await context.close();
});

test('no request leaves the page’s origin, and none reaches the network after the first load', async () => {
  const context = await check.browser.newContext();
  const page = await context.newPage();
  const requests = [];
  page.on('request', (request) => requests.push(request));
  await page.goto(check.server.url);
  await waitForApp(page);
  // The first load ends with the offline cache in place (set up a few seconds after the start), which
  // holds what a participant needs.
  await offlineCacheReady(page);
  const firstLoad = requests.length;
  assert.ok(firstLoad >= 3, `the first load fetched the page, its script and its wasm: ${requests.map((r) => r.url())}`);
  let beforeResult;
  await completeWithKeyboard(page, '1'.repeat(22), async (question) => {
    if (question === QUESTIONS) beforeResult = requests.length;
  });
  assert.deepEqual(requests.slice(firstLoad, beforeResult).map((r) => r.url()), [], 'requests while answering');
  // The result is a screen of the same page: until the visitor scrolls towards its share panel, it loads
  // nothing at all.
  await page.waitForSelector('.result .share');
  // The share panel's observer reports within a frame of the panel's first layout.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  assert.deepEqual(requests.slice(beforeResult).map((r) => r.url()), [], 'requests for the result\'s first screen');
  // Then the share worker, for the QR code and the image; it passes through the service worker, which keeps
  // it for the next time, offline too.
  await showSharePanel(page);
  await page.waitForSelector('svg.qr-code');
  await page.waitForLoadState('networkidle');
  const afterResult = requests.slice(beforeResult);
  const paths = afterResult.map((r) => new URL(r.url()).pathname);
  for (const file of [/^\/share-worker-[0-9a-f]{15,16}\.js$/, /^\/share-worker-[0-9a-f]{15,16}_bg\.wasm$/, /^\/share-worker_loader\.js$/]) {
    assert.ok(paths.some((path) => file.test(path)), `${file} was loaded with the share panel: ${paths}`);
  }
  assert.ok(paths.every((path) => path.startsWith('/share-worker')), `only the share worker: ${paths}`);
  for (const request of afterResult) {
    const response = await request.response();
    assert.ok(response?.fromServiceWorker(), `${request.url()} went through the service worker`);
  }
  // The service worker puts a file it fetched in its cache after answering with it, so the cache is read
  // once the share worker's wasm is there; the wait fails the test if it never comes.
  await until(page, async () => {
    const cache = await caches.open((await caches.keys())[0]);
    return (await cache.keys()).some((request) => /\/share-worker-.*_bg\.wasm$/.test(new URL(request.url).pathname));
  });
  // A participant never opens the workshop or the embed page, so a visit neither loads nor caches them.
  const cached = await page.evaluate(async () => {
    const cache = await caches.open((await caches.keys())[0]);
    return (await cache.keys()).map((request) => new URL(request.url).pathname);
  });
  const visit = [...requests.map((r) => new URL(r.url()).pathname), ...cached];
  const elsewhere = visit.filter((path) => /workshop|embed/.test(path));
  assert.deepEqual(elsewhere, [], 'the workshop and embed pages stay out of a participant\'s visit');
  assert.ok(cached.some((path) => /^\/social-media-check-.*_bg\.wasm$/.test(path)), `the check is cached: ${cached}`);
  assert.ok(cached.some((path) => /^\/share-worker-.*_bg\.wasm$/.test(path)), `the share worker is kept: ${cached}`);
  const foreign = requests.filter((r) => new URL(r.url()).origin !== new URL(check.server.url).origin);
  assert.deepEqual(foreign.map((r) => r.url()), [], 'requests to other origins');
  await context.close();
});

test('every screen fits a 360 px phone without sideways scrolling', async () => {
  const context = await check.browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await page.goto(check.server.url);
  await waitForApp(page);
  assert.equal(await overflow(), 0, 'start');
  await startWithKeyboard(page);
  const digits = '2' + '3'.repeat(14);
  for (let question = 1; question <= QUESTIONS; question++) {
    await answerWithKeyboard(page, digits);
    assert.equal(await overflow(), 0, `question ${question}`);
    await page.click('.step-nav .primary');
  }
  await resultDrawn(page);
  assert.equal(await overflow(), 0, 'result');
  // The charts are folded away; a visitor who opens every fold sees them.
  await page.evaluate(() => document.querySelectorAll('.result details').forEach((d) => { d.open = true; }));
  await page.waitForFunction(() => document.querySelector('svg.bars').getBoundingClientRect().width > 0);
  assert.equal(await overflow(), 0, 'result with every fold open');
  // SVG text that runs past its chart does not widen the page, it is cut off: check the labels themselves.
  const cutOff = await page.evaluate(() =>
    [...document.querySelectorAll('svg.bars')].flatMap((svg) => {
      const right = svg.getBoundingClientRect().right;
      return [...svg.querySelectorAll('text')]
        .filter((text) => text.getBoundingClientRect().right > right + 0.5)
        .map((text) => text.textContent);
    }),
  );
  assert.ok(await page.locator('svg.bars text').count() >= 14, 'the labels and values of both charts');
  assert.deepEqual(cutOff, [], 'chart labels that do not fit');
  await context.close();
});
