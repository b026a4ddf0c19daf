// Shared helpers for the core journeys in the other engines: Firefox ESR over WebDriver BiDi (through
// puppeteer-core, which needs no geckodriver) and WebKitGTK's MiniBrowser over classic WebDriver (through
// Debian's WebKitWebDriver, spoken to over plain HTTP). Both are wrapped in one small `Session`, so each
// journey is written once and runs in both. The walk through the check is generic: it answers whatever
// radio groups a screen shows and presses its primary button until the result appears, so it follows
// changes in the number of screens and answers without an edit here.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { serveDirectory } from '../../tools/static-server.mjs';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dist = join(root, 'dist');

/** The engines these journeys run in; `ENGINES=firefox` (or `webkit`) picks one, for working on a test. */
export const engines = (process.env.ENGINES ?? 'firefox,webkit').split(',').map((name) => name.trim()).filter(Boolean);

const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';
const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER ?? '/usr/bin/WebKitWebDriver';
// Debian's libwebkit2gtk-4.1-0 ships MiniBrowser outside PATH (`dpkg -L libwebkit2gtk-4.1-0`).
const MINIBROWSER = process.env.MINIBROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/**
 * Generous, since these machines are shared and slow: every wait is for a condition and returns as soon as
 * it holds, so a long limit costs nothing when all goes well.
 */
export const TIMEOUT = 60_000;

/**
 * Serves dist/ like tests/e2e/support.mjs does, on `host` (two hosts are two origins); `files` replace
 * files by path. The returned server can also go offline (`server.offline = true`), so a test sees what a
 * visitor without network sees.
 */
export function serveDist({ files = {}, host, headers = {} } = {}) {
  return serveDirectory(dist, { files, host, headers });
}

/** Serves a folder (a host page, say) the same way. */
export { serveDirectory };

/**
 * MiniBrowser is a GTK window and needs an X display; without one (CI, a terminal over ssh), a private
 * Xvfb is started for the whole run and stopped at its end.
 */
let display = process.env.DISPLAY ?? null;
let xvfb = null;
async function ensureDisplay() {
  if (display) return display;
  xvfb = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  let out = '';
  for await (const chunk of xvfb.stdout) {
    out += chunk;
    if (out.includes('\n')) break;
  }
  display = `:${out.trim()}`;
  xvfb.unref();
  process.once('exit', () => xvfb?.kill());
  return display;
}

/** Stops the private Xvfb, if one was started; for a test file's `after`. */
export function stopDisplay() {
  xvfb?.kill();
  xvfb = null;
  if (!process.env.DISPLAY) display = null;
}

function freePort() {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail).listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });
}

/**
 * Starts `engine` ('firefox' or 'webkit') with a fresh profile and returns a `Session` on a blank page. Each
 * launch is a new profile: nothing of an earlier one (storage, service worker, cache) is there.
 * `firefoxPrefs` sets Firefox preferences (about:config) for this launch.
 */
export async function launch(engine, { width = 1024, height = 800, firefoxPrefs = {} } = {}) {
  if (engine === 'firefox') {
    const browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      extraPrefsFirefox: firefoxPrefs,
      defaultViewport: { width, height },
      protocolTimeout: TIMEOUT * 2,
    });
    const [page = await browser.newPage()] = await browser.pages();
    page.setDefaultTimeout(TIMEOUT);
    return new FirefoxSession(browser, page);
  }
  if (engine === 'webkit') {
    const port = await freePort();
    const driver = spawn(WEBKIT_DRIVER, [`--port=${port}`], {
      stdio: 'ignore',
      env: { ...process.env, DISPLAY: await ensureDisplay() },
    });
    const session = new WebKitSession(driver, `http://127.0.0.1:${port}`);
    await session.start({ width, height });
    return session;
  }
  throw new Error(`unknown engine ${engine}`);
}

/** What both sessions share: waiting for conditions and walking through the check. */
class Session {
  /**
   * Evaluates `predicate(arg)` in the current document until it returns something truthy, and returns
   * that; fails after `timeout` ms, naming `what`. A navigation in between is no error: the next round asks
   * the new document.
   */
  async until(predicate, arg = null, { timeout = TIMEOUT, what = String(predicate) } = {}) {
    const end = Date.now() + timeout;
    let failure = null;
    for (;;) {
      const value = await this.run(predicate, arg).catch((error) => {
        failure = error;
        return null;
      });
      if (value) return value;
      if (Date.now() > end) {
        throw new Error(`${this.engine}: still waiting after ${timeout} ms for ${what}${failure ? `; last error: ${failure.message}` : ''}`);
      }
      await new Promise((done) => setTimeout(done, 100));
    }
  }

  /** Waits until an element matches `selector` in the current document. */
  waitFor(selector, options = {}) {
    return this.until((s) => document.querySelector(s) !== null, selector, { what: selector, ...options });
  }

  /**
   * Waits until the page, or the page around a frame, stands still (scroll position, frames' places and
   * heights unchanged for three animation frames): the loader resizes the frame and scrolls its page a
   * moment after each render, and on the check's own page an answer may scroll its debunk card smoothly
   * into view; a click aimed before such a move would land beside its target.
   */
  async hostSettled() {
    await this.inTop(() => this.run(() => new Promise((done) => {
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
        if (unchanged >= 3) done(true);
        else requestAnimationFrame(look);
      };
      look();
    })));
  }

  /**
   * Inside a frame, scrolls the host page so that the element matching `selector` stands in the middle of
   * its viewport, and waits until the page stands still: a frame as tall as its content never scrolls
   * itself, and a driver that scrolls the host page on its own aims at where the element was before the
   * loader's next resize. Outside a frame it waits until the page stands still; the drivers scroll the page
   * themselves.
   */
  async bringIntoView(selector) {
    await this.hostSettled();
    if (!this.inFrame) return;
    const inner = await this.run((s) => {
      const box = document.querySelector(s)?.getBoundingClientRect();
      return box ? { top: box.top, height: box.height } : null;
    }, selector);
    if (inner === null) return;
    await this.inTop(() => this.run(({ top, height, frameSelector }) => {
      const frame = document.querySelector(frameSelector).getBoundingClientRect();
      window.scrollTo({ top: scrollY + frame.top + top + height / 2 - innerHeight / 2, behavior: 'instant' });
      return true;
    }, { ...inner, frameSelector: this.frameSelector }));
    await this.hostSettled();
  }

  /** Waits until the app (not index.html's static start) shows its start screen. */
  waitForApp() {
    return this.waitFor('#app .start:not(.static) button.primary');
  }

  /**
   * Takes the check from its start screen to the result. On each screen it answers every radio group
   * that has no answer yet (group g of screen s gets option (s + g + offset) mod its option count, so the
   * answers vary), then presses the primary button and waits for the next screen or the result. Returns the answers
   * given, as { radio name: value }. `screens` stops early after that many screens, on the next one.
   */
  async takeCheck({ screens = Infinity, offset = 0 } = {}) {
    await this.waitForApp();
    await this.hostSettled();
    await this.click('#app .start button.primary');
    const answers = {};
    for (let screen = 0; ; screen++) {
      const state = await this.until(screenState, null, { what: 'a question or the result' });
      if (state.result || screen >= screens) return answers;
      if (screen > 100) throw new Error(`${this.engine}: more than 100 screens without a result`);
      for (const [group, { name, options, checked }] of state.groups.entries()) {
        if (checked !== null) {
          answers[name] = checked;
          continue;
        }
        const value = options[(screen + group + offset) % options.length];
        await this.hostSettled();
        await this.click(`input[type=radio][name="${name}"][value="${value}"]`);
        await this.until(
          ([n, v]) => document.querySelector(`input[type=radio][name="${n}"][value="${v}"]`)?.checked,
          [name, value],
          { what: `${name} = ${value} checked` },
        );
        answers[name] = value;
      }
      await this.hostSettled();
      await this.click('.step-nav button.primary');
      await this.until(
        (before) => document.querySelector('.result') !== null || (document.querySelector('#app .question') !== null
          && `${document.querySelector('#progress-label')?.textContent}|${document.querySelector('#step-heading')?.textContent}` !== before),
        state.signature,
        { what: `the screen after "${state.signature}"` },
      );
    }
  }

  /**
   * The result link the result's share panel offers; the panel comes with the result's second paint, after
   * its first screen.
   */
  async resultLink() {
    await this.waitFor('#share-link');
    return this.run(() => document.querySelector('#share-link').value);
  }

  /** The overall score the result on screen states. */
  async score() {
    await this.waitFor('.result .overall-score[data-score]');
    return Number(await this.run(() => document.querySelector('.result .overall-score').dataset.score));
  }
}

/**
 * What the check shows (evaluated in the page): the result, or a question with its radio groups, each with
 * its options' values and the checked one, and a signature that changes from screen to screen.
 */
function screenState() {
  if (document.querySelector('.result')) return { result: true };
  if (!document.querySelector('#app .step-nav button.primary')) return null;
  const names = [...new Set([...document.querySelectorAll('#app main input[type=radio]')].map((radio) => radio.name))];
  if (names.length === 0) return null;
  const groups = names.map((name) => {
    const radios = [...document.querySelectorAll(`#app main input[type=radio][name="${name}"]`)];
    return { name, options: radios.map((radio) => radio.value), checked: radios.find((radio) => radio.checked)?.value ?? null };
  });
  const signature = `${document.querySelector('#progress-label')?.textContent}|${document.querySelector('#step-heading')?.textContent}`;
  return { result: false, groups, signature };
}

/** Firefox ESR through puppeteer-core over WebDriver BiDi. */
class FirefoxSession extends Session {
  constructor(browser, page) {
    super();
    this.engine = 'firefox';
    this.browser = browser;
    this.page = page;
    this.frame = page.mainFrame();
  }

  get inFrame() {
    return this.frame !== this.page.mainFrame();
  }

  async version() {
    return this.browser.version();
  }

  async open(url) {
    this.frame = this.page.mainFrame();
    await this.page.goto(url, { timeout: TIMEOUT });
  }

  async reload() {
    this.frame = this.page.mainFrame();
    await this.page.reload({ timeout: TIMEOUT });
  }

  run(fn, arg = null) {
    return this.frame.evaluate(fn, arg);
  }

  async click(selector) {
    await this.frame.waitForSelector(selector, { visible: true, timeout: TIMEOUT });
    await this.bringIntoView(selector);
    const element = await this.frame.waitForSelector(selector, { visible: true, timeout: TIMEOUT });
    await element.click();
  }

  async type(selector, text) {
    const element = await this.frame.waitForSelector(selector, { visible: true, timeout: TIMEOUT });
    await element.type(text);
  }

  async enterFrame(selector) {
    const element = await this.frame.waitForSelector(selector, { timeout: TIMEOUT });
    this.frame = await element.contentFrame();
    this.frameSelector = selector;
  }

  leaveFrame() {
    this.frame = this.page.mainFrame();
  }

  async inTop(action) {
    const frame = this.frame;
    this.frame = this.page.mainFrame();
    try {
      return await action();
    } finally {
      this.frame = frame;
    }
  }

  async close() {
    await this.browser.close();
  }
}

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** WebKitGTK's MiniBrowser through WebKitWebDriver, over classic WebDriver's HTTP API. */
class WebKitSession extends Session {
  constructor(driver, base) {
    super();
    this.engine = 'webkit';
    this.driver = driver;
    this.base = base;
    this.inFrame = false;
    this.exited = once(driver, 'exit');
  }

  async command(method, path, body) {
    const url = `${this.base}${this.id ? `/session/${this.id}` : ''}${path}`;
    const response = await fetch(url, {
      method,
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const answer = await response.json();
    if (!response.ok) throw new Error(`webkit: ${method} ${path}: ${answer.value?.error}: ${answer.value?.message}`);
    return answer.value;
  }

  async start({ width, height }) {
    // The driver listens a moment after it starts.
    const end = Date.now() + TIMEOUT;
    for (;;) {
      const ready = await fetch(`${this.base}/status`).then((r) => r.ok, () => false);
      if (ready) break;
      if (Date.now() > end) throw new Error('webkit: WebKitWebDriver never answered');
      await new Promise((done) => setTimeout(done, 100));
    }
    const session = await this.command('POST', '/session', {
      capabilities: {
        alwaysMatch: {
          'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
        },
      },
    });
    this.id = session.sessionId;
    this.browserVersion = session.capabilities.browserVersion;
    await this.command('POST', '/timeouts', { script: TIMEOUT, pageLoad: TIMEOUT * 2, implicit: 0 });
    await this.command('POST', '/window/rect', { width, height });
  }

  async version() {
    return `MiniBrowser (WebKitGTK) ${this.browserVersion}`;
  }

  async open(url) {
    this.inFrame = false;
    await this.command('POST', '/url', { url });
  }

  async reload() {
    this.inFrame = false;
    await this.command('POST', '/refresh', {});
  }

  /**
   * Runs `fn(arg)` in the current document and returns its (awaited) value. Errors in the page come back
   * as errors here.
   */
  async run(fn, arg = null) {
    const script = `const done = arguments[1];
      Promise.resolve().then(() => (${fn})(arguments[0]))
        .then((value) => done({ value: value === undefined ? null : value }), (error) => done({ error: String(error) + ' ' + ((error && error.stack) || '') }));`;
    const result = await this.command('POST', '/execute/async', { script, args: [arg] });
    if (result?.error) throw new Error(`webkit: in the page: ${result.error}`);
    return result?.value ?? null;
  }

  async find(selector) {
    await this.until((s) => {
      const element = document.querySelector(s);
      if (!element) return false;
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
    }, selector, { what: `${selector} shown` });
    const element = await this.command('POST', '/element', { using: 'css selector', value: selector });
    return element[ELEMENT];
  }

  async click(selector) {
    await this.find(selector);
    await this.bringIntoView(selector);
    await this.command('POST', `/element/${await this.find(selector)}/click`, {});
  }

  async type(selector, text) {
    // WebDriver types a line break as the Enter key (U+E007); WebKitWebDriver drops a plain "\n".
    await this.command('POST', `/element/${await this.find(selector)}/value`, { text: text.replaceAll('\n', '\uE007') });
  }

  async enterFrame(selector) {
    await this.waitFor(selector);
    const element = await this.command('POST', '/element', { using: 'css selector', value: selector });
    await this.command('POST', '/frame', { id: { [ELEMENT]: element[ELEMENT] } });
    this.inFrame = true;
    this.frameSelector = selector;
  }

  async leaveFrame() {
    await this.command('POST', '/frame/parent', {});
    this.inFrame = false;
  }

  async inTop(action) {
    const wasInFrame = this.inFrame;
    let frameElement = null;
    if (wasInFrame) {
      await this.command('POST', '/frame/parent', {});
      this.inFrame = false;
      frameElement = await this.command('POST', '/element', { using: 'css selector', value: this.frameSelector });
    }
    try {
      return await action();
    } finally {
      if (wasInFrame) {
        await this.command('POST', '/frame', { id: frameElement });
        this.inFrame = true;
      }
    }
  }

  async close() {
    await this.command('DELETE', '', undefined).catch(() => {});
    this.driver.kill();
    await this.exited;
  }
}
