// One visit of one app on one profile, from the start page through every answer to the result, in a fresh
// browser context (cold cache, no service worker). Times are taken inside the page, so the driver's round
// trips do not count: a helper waits for an element, clicks it at once, and notes when the awaited element is
// first usable (visible and enabled), also when it appears on a new page after a navigation.

/** The two profiles. The phone's is Lighthouse's mobile one: 4 × CPU slowdown, 1.6 Mbit/s, 150 ms round trip. */
export const profiles = [
  { name: 'desktop', context: { viewport: { width: 1280, height: 800 } }, cpuSlowdown: 1, network: null },
  {
    name: 'phone',
    context: { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
    cpuSlowdown: 4,
    network: { offline: false, latency: 150, downloadThroughput: 1_600_000 / 8, uploadThroughput: 750_000 / 8 },
  },
];

/** One choice per slot, in the order the questions ask them (the business, seven arguments, seven goals × 2). */
const choices = '120123012301230';

/** How long the visit goes on after the result is shown, for what the page (or its service worker) still loads. */
export const AFTER_RESULT_MS = 8000;

/**
 * Installed in every document of the visit. sessionStorage carries what is awaited and when it was seen across
 * a navigation within the tab; the layout shifts of the start screen, before the first click, are summed there.
 */
function pageHelper() {
  if (!location.protocol.startsWith('http')) return;
  const store = sessionStorage;
  const now = () => performance.timeOrigin + performance.now();
  // The driver's clicks are not trusted input, so the browser would count every screen they open as a
  // shift; only the shifts before the first click are the start screen's own, which a visitor sees unasked.
  new PerformanceObserver((list) => {
    let sum = Number(store.getItem('bench-cls') ?? 0);
    const clicked = Number(store.getItem('bench-clicked') ?? Infinity);
    for (const entry of list.getEntries()) {
      if (!entry.hadRecentInput && performance.timeOrigin + entry.startTime < clicked) sum += entry.value;
    }
    store.setItem('bench-cls', String(sum));
  }).observe({ type: 'layout-shift', buffered: true });

  const usable = (element) => element.checkVisibility() && element.getClientRects().length > 0 && !element.disabled;
  const find = ({ selector, except = [] }) =>
    [...document.querySelectorAll(selector)].find((element) => usable(element) && !except.includes(element.name));
  // Resolves with the time the target is first usable: checked after every DOM change and every frame.
  const when = (target) =>
    new Promise((resolve) => {
      let done = false;
      const check = () => {
        if (done || !find(target)) return;
        done = true;
        observer.disconnect();
        resolve(now());
      };
      const observer = new MutationObserver(check);
      observer.observe(document, { subtree: true, childList: true, attributes: true });
      const frame = () => {
        check();
        if (!done) requestAnimationFrame(frame);
      };
      frame();
    });
  const watch = () => {
    const target = JSON.parse(store.getItem('bench-awaited') ?? 'null');
    if (target && !store.getItem('bench-seen')) when(target).then((time) => store.setItem('bench-seen', String(time)));
  };
  const frames = () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));

  window.benchHelper = {
    /** Clicks `click` as soon as it is usable and starts waiting for `target`. */
    async act(click, target) {
      store.removeItem('bench-seen');
      store.setItem('bench-awaited', JSON.stringify(target));
      await when({ selector: click });
      store.setItem('bench-clicked', String(now()));
      find({ selector: click }).click();
      watch();
    },
    /** Answers the question on screen, group by group, from `digits`; returns its radio names. */
    async answer(selector, digits) {
      const groups = [...new Set([...document.querySelectorAll(selector)].map((radio) => radio.name))];
      groups.forEach((name, index) => document.querySelectorAll(`input[name="${name}"]`)[Number(digits[index])].click());
      await frames();
      return groups;
    },
  };
  watch();
}

/** Waits (in the page, through navigations) for the target of the last `act` and returns [clicked, seen]. */
async function seen(page) {
  const handle = await page.waitForFunction(
    () => sessionStorage.getItem('bench-seen') && [sessionStorage.getItem('bench-clicked'), sessionStorage.getItem('bench-seen')].map(Number),
    null,
    { polling: 200, timeout: 120_000 },
  );
  return handle.jsonValue();
}

async function act(page, click, target) {
  await page.evaluate(([click, target]) => window.benchHelper.act(click, target), [click, target]);
  return seen(page);
}

/**
 * Throttles the page through a CDP session, and each worker the page starts (the service worker, the share
 * worker) through a session of its own: a page's network conditions do not reach its workers' fetches.
 */
async function throttle(context, page, profile) {
  const session = await context.newCDPSession(page);
  if (profile.cpuSlowdown > 1) await session.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown });
  if (!profile.network) return;
  await session.send('Network.enable');
  await session.send('Network.emulateNetworkConditions', profile.network);
  let id = 0;
  const sendTo = (sessionId, method, params = {}) => {
    id += 1;
    return session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
  };
  session.on('Target.attachedToTarget', async ({ sessionId, targetInfo }) => {
    if (targetInfo.type.endsWith('worker')) {
      await sendTo(sessionId, 'Network.enable');
      await sendTo(sessionId, 'Network.emulateNetworkConditions', profile.network);
    }
    await sendTo(sessionId, 'Runtime.runIfWaitingForDebugger');
  });
  await session.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: false });
}

/**
 * Visits `app` (served by `server`) once and returns its times in ms, the responses sent before the first
 * question was usable and until AFTER_RESULT_MS after the result, and the start screen's layout shift.
 */
export async function visit(browser, app, server, profile) {
  const context = await browser.newContext(profile.context);
  try {
    await context.addInitScript(pageHelper);
    const page = await context.newPage();
    await throttle(context, page, profile);
    const { start, radios, next, result } = app.selectors;
    const sent = server.responses.length;
    await page.goto(server.url, { waitUntil: 'commit' });
    const [, firstSeen] = await act(page, start, { selector: radios });
    const firstQuestionMs = firstSeen - (await page.evaluate(() => performance.timeOrigin));
    const steps = [];
    let secondQuestionMs;
    let resultMs;
    let resultSeen;
    for (let slot = 0; slot < choices.length; ) {
      const names = await page.evaluate(([selector, digits]) => window.benchHelper.answer(selector, digits), [radios, choices.slice(slot)]);
      if (names.length === 0) throw new Error(`${app.name}: no question on screen after ${slot} answers`);
      slot += names.length;
      if (slot < choices.length) {
        const [clicked, shown] = await act(page, next, { selector: radios, except: names });
        steps.push(shown - clicked);
        secondQuestionMs ??= shown - (await page.evaluate(() => performance.timeOrigin));
      } else {
        const [clicked, shown] = await act(page, next, { selector: result });
        resultMs = shown - clicked;
        resultSeen = shown;
      }
    }
    await page.waitForTimeout(Math.max(0, resultSeen + AFTER_RESULT_MS - (performance.timeOrigin + performance.now())));
    const responses = server.responses.slice(sent);
    return {
      firstQuestionMs,
      secondQuestionMs,
      steps,
      resultMs,
      beforeFirstQuestion: responses.filter((response) => response.time <= firstSeen),
      wholeVisit: responses.filter((response) => response.time <= resultSeen + AFTER_RESULT_MS),
      layoutShift: await page.evaluate(() => Number(sessionStorage.getItem('bench-cls') ?? 0)),
    };
  } finally {
    await context.close();
  }
}
