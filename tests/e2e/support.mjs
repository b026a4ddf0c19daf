// Shared helpers for the end-to-end tests: a static server for the release build in dist/, Chromium
// through playwright-core, keyboard helpers, the axe-core audit and the model's expected scores.
import { before, after } from 'node:test';
import { readFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { serveDirectory } from '../../tools/static-server.mjs';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dist = join(root, 'dist');
const require = createRequire(import.meta.url);

/**
 * Serves dist/ on a free loopback port; `headers` are added to every response, `files` replace files of
 * dist/ by path (e.g. { '/config.ini': '…' }), and `host` picks the address, so two servers can be two
 * origins. `etags: false` and `onResponse` are passed on (tools/static-server.mjs).
 */
export function serveDist(headers = {}, { files = {}, host, etags, onResponse } = {}) {
  return serveDirectory(dist, { headers, files, host, etags, onResponse });
}

/**
 * A stand-in for a service the site owner names (a form service, a counting service) on a free loopback
 * port: records every request it gets, preflights included, as `{ method, path, headers, body }` in
 * `requests`, and answers each with `answer(request, response, state)`. Resolves to that state, with its
 * `origin` and `close()`; a test may keep more in it (such as the status to answer with).
 */
export function recordingServer(answer, state = {}) {
  state.requests = [];
  const server = createServer((request, response) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      state.requests.push({
        method: request.method,
        path: request.url,
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      answer(request, response, state);
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      state.origin = `http://127.0.0.1:${server.address().port}`;
      state.close = () => new Promise((done) => server.close(done));
      resolve(state);
    });
  });
}

/**
 * For a test file: serves dist/ and starts Chromium before its tests, and closes both after them. The
 * returned object's `server` and `browser` are set by the time the tests run.
 */
export function servedCheck() {
  const check = {};
  before(async () => {
    check.server = await serveDist();
    check.browser = await launchBrowser();
  });
  after(async () => {
    await check.browser?.close();
    await check.server?.close();
  });
  return check;
}

/**
 * Headless Debian Chromium with the flags that work on these machines; `args` adds flags, such as a file
 * for the synthetic camera to show.
 */
export function launchBrowser({ args = [] } = {}) {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
      // A synthetic camera, for the workshop's QR scanner; no real device is ever opened.
      '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream',
      ...args,
    ],
  });
}

/**
 * Holds back the check's wasm in `context`, as on a slow connection: the page with its static start and
 * first question works, the app does not arrive. Returns a function that lets the wasm through.
 */
export async function holdBackWasm(context) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await context.route(/social-media-check-[0-9a-f]+_bg\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** Waits until the app (not the static placeholder) shows its start screen. */
export async function waitForApp(page) {
  await page.waitForSelector('#app .start:not(.static) button.primary');
}

/** Presses Tab until the focused element matches `selector`; fails after 40 presses. */
export async function tabTo(page, selector) {
  for (let presses = 0; presses < 40; presses++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Chooses option `index` of the radio group `name` with the keyboard alone. */
export async function chooseWithKeyboard(page, name, index) {
  await tabTo(page, `input[type=radio][name="${name}"]`);
  // Tab lands on the checked radio, or on the first one when none is checked yet.
  const current = await page.evaluate(
    (n) => [...document.querySelectorAll(`input[name="${n}"]`)].findIndex((r) => r === document.activeElement),
    name,
  );
  if (index === current) {
    await page.keyboard.press('Space');
  } else {
    const key = index > current ? 'ArrowDown' : 'ArrowUp';
    for (let step = 0; step < Math.abs(index - current); step++) await page.keyboard.press(key);
  }
  const checked = await page.evaluate(
    (n) => [...document.querySelectorAll(`input[name="${n}"]`)].findIndex((r) => r.checked),
    name,
  );
  if (checked !== index) throw new Error(`${name}: wanted option ${index}, got ${checked}`);
}

/** The slot names of a question, in the order the page shows them. */
export async function slotNames(page) {
  return page.evaluate(() => [...new Set([...document.querySelectorAll('main input[type=radio]')].map((r) => r.name))]);
}

/**
 * Answers the question on screen with the keyboard, taking each answer's digit from `digits`: one digit per
 * answer in the order the check asks (the radios are named `slot-N` by the answer's position N).
 */
export async function answerWithKeyboard(page, digits) {
  for (const name of await slotNames(page)) {
    const slot = Number(name.replace('slot-', ''));
    await chooseWithKeyboard(page, name, Number(digits[slot]));
  }
  // As after clicking: the card an answer reveals scrolls into view before anything else is clicked.
  await hostSettled(page);
}

/** What the model computes for an answer set written as one digit per slot (see model/examples). */
export function expected(digits) {
  const out = execFileSync('cargo', ['run', '-q', '-p', 'model', '--example', 'expected', '--', digits], {
    cwd: root,
    encoding: 'utf8',
  });
  return JSON.parse(out);
}

/** Runs axe-core on the page and returns its violations, each as "rule: target". */
export async function axeViolations(page) {
  const source = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluate(source);
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }),
  );
  return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} (${v.help})`));
}

/**
 * Waits for the whole result: it is drawn in two paints, the first screen and then the rest (the quick
 * win, the share panel, the charts), so anything below the first screen is read only after this.
 */
export async function resultDrawn(page) {
  await page.waitForSelector('.result .charts table', { state: 'attached' });
}

/** The numbers of the accessible tables on the result screen: [arguments, goals]. */
export async function resultTables(page) {
  await resultDrawn(page);
  return page.evaluate(() =>
    [...document.querySelectorAll('.result table')].map((table) =>
      [...table.querySelectorAll('tbody tr')].map((row) => Number(row.lastElementChild.textContent)),
    ),
  );
}

/**
 * Waits until the page stands still, or for an embedded check the page around it: its scroll position and
 * its frames' places and heights unchanged for three animation frames. An embedded check's frame resizes
 * itself and asks its host to scroll to a debunk card by messages that arrive a moment after each render,
 * and on the check's own page an answer scrolls its debunk card smoothly into view; a click aimed before
 * such a move ends would land beside its target, so clicks wait for it.
 */
export async function hostSettled(target) {
  const framed = typeof target.parentFrame === 'function' && target.parentFrame() !== null;
  await (framed ? target.parentFrame() : target).evaluate(() => new Promise((resolve) => {
    let last = null;
    let unchanged = 0;
    const look = () => {
      const frames = [...document.querySelectorAll('iframe')].map((frame) => {
        const box = frame.getBoundingClientRect();
        return `${box.top}/${box.height}`;
      });
      const now = `${scrollX},${scrollY}:${frames.join(';')}`;
      unchanged = now === last ? unchanged + 1 : 0;
      last = now;
      if (unchanged >= 3) resolve();
      else requestAnimationFrame(look);
    };
    look();
  }));
}

/**
 * Answers the question on screen by clicking, taking each slot's digit from `digits`, and returns once
 * the page stands still again: an answer reveals its card and scrolls it into view (an embedded check's
 * host page scrolls), and a click that follows, such as on „Weiter“, would otherwise land beside its target.
 */
export async function answerByClicking(page, digits) {
  for (const name of await slotNames(page)) {
    const slot = Number(name.replace('slot-', ''));
    await hostSettled(page);
    await page.check(`input[name="${name}"][value="${digits[slot]}"]`);
  }
  await hostSettled(page);
}

/** How many screens the check asks, from the kind of business to the second goal screen. */
export const QUESTIONS = 10;

/** Takes the whole check by clicking, from the start screen to the result. */
export async function completeByClicking(page, digits) {
  await waitForApp(page);
  await hostSettled(page);
  await page.click('.start button.primary');
  for (let question = 1; question <= QUESTIONS; question++) {
    await page.waitForSelector(`#progress-label >> text=/\\b${question}\\b/`);
    await answerByClicking(page, digits);
    await page.click('.step-nav button.primary');
  }
  await resultDrawn(page);
}

/**
 * Scrolls the result's share panel into view, as a visitor does before sharing: its QR code and image come
 * from the share worker, which starts only when the panel comes near the screen.
 */
export async function showSharePanel(page) {
  await page.locator('.result .share').scrollIntoViewIfNeeded();
}

/**
 * Waits until the service worker controls the page and has cached the release: the end of the first
 * load, after which the check needs no network.
 */
export async function offlineCacheReady(page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20_000 });
  await until(page, async () => (await caches.keys()).length === 1);
  await page.waitForLoadState('networkidle');
}

/**
 * Evaluates `predicate(arg)` in `page` until it is true, and fails after `timeout` ms. For predicates that
 * await something (the offline cache, the service worker): Playwright's waitForFunction takes the promise
 * such a predicate returns for a true value and would not wait at all.
 */
export async function until(page, predicate, arg = null, { timeout = 20_000 } = {}) {
  const end = Date.now() + timeout;
  let failure = null;
  // A navigation in between destroys the page's context; the next round asks the new page.
  while (!(await page.evaluate(predicate, arg).catch((error) => { failure = error; return false; }))) {
    if (Date.now() > end) {
      throw new Error(`until: still false after ${timeout} ms: ${predicate}${failure ? `; last error: ${failure.message}` : ''}`);
    }
    await new Promise((done) => setTimeout(done, 200));
  }
}

/**
 * Calls `check()` (in node, where it may ask several frames) until it returns something truthy, and returns
 * that; fails after `timeout` ms with `what` and the last value. For conditions that span the host page and
 * a frame, which no single page's wait can express.
 */
export async function poll(check, { timeout = 20_000, what = String(check) } = {}) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`poll: still false after ${timeout} ms: ${what}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/**
 * Resolves once `page` has handled every message posted to it so far by `from` (a frame, or the page
 * itself): posts a marker from there and waits for it. Messages from one window to another arrive in order,
 * so a test that asserts that a message changed nothing waits for this instead of a fixed time.
 */
export async function messagesHandled(page, from = page) {
  const id = `marker-${Math.random().toString(36).slice(2)}`;
  await page.evaluate((marker) => {
    window.__markers ??= new Set();
    window.addEventListener('message', function seen(event) {
      if (event.data?.marker === marker) {
        window.__markers.add(marker);
        window.removeEventListener('message', seen);
      }
    });
  }, id);
  await from.evaluate((marker) => (window.top === window ? window : window.parent).postMessage({ marker }, '*'), id);
  await page.waitForFunction((marker) => window.__markers.has(marker), id);
}
