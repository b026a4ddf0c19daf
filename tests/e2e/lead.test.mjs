// Leads only with consent (issue 14): with `lead_endpoint` in config.ini the visitor's own result offers
// "Ergebnis an <Name> senden". Nothing reaches the endpoint before the visitor ticked the consent and
// pressed "Senden"; then exactly one form-encoded POST with the documented fields; a failing endpoint keeps
// everything typed and offers the e-mail route; without a lead endpoint there is no form and no request.
// The endpoint is a local server the test starts, which records every request it gets, preflights included.
// The page runs under the README's strict Content-Security-Policy with the endpoint in `connect-src`.
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import {
  serveDist, launchBrowser, completeByClicking, axeViolations, expected, tabTo, recordingServer, waitForApp,
} from './support.mjs';

const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };
const LAPTOP = { viewport: { width: 1280, height: 800 } };
const DIGITS = '2' + '1302132' + '3021120';
const CONTACT = 'mailto:hallo@muster-beratung.example?subject=Check';
const PRIVACY = 'https://www.muster-beratung.example/datenschutz';
const FIELDS = ['name', 'email', 'message', 'score', 'band', 'result_link', 'lang', 'consent', 'consent_text'];

let browser;
let endpoint;
let leadServer;
let plainServer;

/** The stand-in form service: records every request and answers with `endpoint.status`, with CORS. */
async function startEndpoint() {
  const state = await recordingServer((request, response, { status }) => {
    const cors = {
      'access-control-allow-origin': request.headers.origin ?? '*',
      'access-control-allow-methods': 'POST',
      'access-control-allow-headers': 'content-type, accept',
    };
    if (request.method === 'OPTIONS') {
      response.writeHead(204, cors);
      response.end();
      return;
    }
    response.writeHead(status, { ...cors, 'content-type': 'application/json' });
    response.end(status === 200 ? '{"ok":true}' : '{"error":"broken"}');
  }, { status: 200 });
  state.url = `${state.origin}/f/lead`;
  return state;
}

before(async () => {
  endpoint = await startEndpoint();
  // The README's policy for hosts, with the endpoint added to connect-src as the README tells owners to.
  const policy = [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    `connect-src 'self' ${endpoint.origin}`,
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
  ].join('; ');
  const owner = ['name = Muster Beratung', `contact_link = ${CONTACT}`, 'contact_label = Erstgespräch vereinbaren'];
  leadServer = await serveDist(
    { 'content-security-policy': policy },
    { files: { '/config.ini': [...owner, `lead_endpoint = ${endpoint.url}`, `privacy_link = ${PRIVACY}`].join('\n') } },
  );
  plainServer = await serveDist({}, { files: { '/config.ini': owner.join('\n') } });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await leadServer?.close();
  await plainServer?.close();
  await endpoint?.close();
});

beforeEach(() => {
  endpoint.requests.length = 0;
  endpoint.status = 200;
});

/** A page whose every request and CSP violation is recorded. */
async function recordedPage(device = PHONE) {
  const context = await browser.newContext(device);
  await context.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      window.violations.push(`${event.violatedDirective}: ${event.blockedURI}`),
    );
  });
  const page = await context.newPage();
  const requests = [];
  page.on('request', (request) => requests.push(request.url()));
  return { context, page, requests };
}

/** A page with the check taken and the lead form opened from the result's first screen. */
async function openedForm() {
  const recorded = await recordedPage();
  await recorded.page.goto(leadServer.url);
  await completeByClicking(recorded.page, DIGITS);
  await recorded.page.click('.lead-open button');
  return recorded;
}

const toEndpoint = (requests) => requests.filter((url) => new URL(url).origin === endpoint.origin);

/** Fills the form's fields by typing into them, as a visitor does. */
async function fillFields(page) {
  await page.fill('#lead-name', 'Anna Beispiel');
  await page.fill('#lead-email', 'anna@beispiel.example');
  await page.fill('#lead-message', 'Gern ein Gespräch & bald: 50 % + mehr');
}

test('without lead_endpoint there is no form and no request ever goes to the endpoint', async () => {
  const { context, page, requests } = await recordedPage();
  await page.goto(plainServer.url);
  // index.html's static start has a privacy line of its own, with the same words: the app's line, which
  // knows the owner's settings, is there only once the app has taken over.
  await waitForApp(page);
  assert.match(await page.textContent('.start .privacy'), /Nichts wird irgendwohin gesendet/);
  await completeByClicking(page, DIGITS);
  await page.waitForSelector('.result-top .contact a');
  assert.equal(await page.locator('.lead-form, .lead-open, #lead-name').count(), 0);
  assert.deepEqual(toEndpoint(requests), []);
  assert.deepEqual(endpoint.requests, []);
  await context.close();
});

test('the start screen says that the result goes to the owner only with consent, at the end', async () => {
  const { context, page } = await recordedPage();
  await page.goto(leadServer.url);
  await page.waitForFunction(() => /Muster Beratung/.test(document.querySelector('#app .start .privacy')?.textContent ?? ''));
  const line = await page.textContent('.start .privacy');
  assert.match(line, /An Muster Beratung geht das Ergebnis nur, wenn man am Ende zustimmt und es absendet/);
  assert.doesNotMatch(line, /Nichts wird/);
  await page.click('.bar button:has-text("English")');
  assert.match(await page.textContent('.start .privacy'), /Only if you agree and send it at the end does your result go to Muster Beratung/);
  await context.close();
});

test('on a phone the first screen keeps score and contact; its button leads to the form, and a shared result has none', async () => {
  const { context, page } = await recordedPage();
  await page.goto(leadServer.url);
  await completeByClicking(page, DIGITS);
  await page.waitForSelector('.lead-open button');
  const inFirstScreen = (selector) => page.evaluate((s) => {
    const box = document.querySelector(s).getBoundingClientRect();
    return box.height > 0 && box.top + window.scrollY >= 0 && box.bottom + window.scrollY <= window.innerHeight;
  }, selector);
  for (const selector of ['.overall-score', '.band', '.result-top .contact a', '.lead-open button']) {
    assert.ok(await inFirstScreen(selector), `${selector} is in the first 740 px`);
  }
  assert.equal((await page.textContent('.lead-open button')).trim(), 'Ergebnis an Muster Beratung senden ↓');
  assert.ok(!(await inFirstScreen('#lead-name')), 'the form itself stands lower');
  await page.click('.lead-open button');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'lead-name');
  await page.waitForFunction(() => document.querySelector('#lead-form').getBoundingClientRect().top < window.innerHeight / 2);
  assert.equal(await page.isChecked('#lead-consent'), false, 'the consent starts unticked');
  const privacy = page.locator('label[for=lead-consent] a');
  assert.equal(await privacy.getAttribute('href'), PRIVACY);
  assert.equal(await privacy.getAttribute('target'), '_blank');
  assert.equal(await privacy.getAttribute('rel'), 'noopener');
  assert.equal(await page.getAttribute('#lead-email', 'type'), 'email');
  assert.equal(await page.getAttribute('#lead-email', 'autocomplete'), 'email');
  assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 360, 'no sideways scroll');
  await page.emulateMedia({ media: 'print' });
  assert.ok(await page.isHidden('#lead-form') && await page.isHidden('.lead-open'), 'a printout has no form');
  await page.emulateMedia({ media: 'screen' });

  await page.goto(`${leadServer.url}#r=${expected(DIGITS).code}`);
  await page.waitForSelector('.result h1 >> text=/geteilt/');
  assert.equal(await page.locator('.lead-form, .lead-open').count(), 0, 'someone else’s result offers no lead form');
  assert.deepEqual(endpoint.requests, []);
  await context.close();
});

test('without consent nothing is sent: the button stays unavailable and says why; axe finds nothing', async () => {
  const { context, page, requests } = await openedForm();
  await fillFields(page);
  const send = page.locator('.lead-send button');
  assert.equal(await send.getAttribute('aria-disabled'), 'true');
  assert.equal(await send.getAttribute('aria-describedby'), 'lead-consent-hint');
  assert.match(await page.textContent('#lead-consent-hint'), /Sie können senden, sobald Sie oben zugestimmt haben/);
  // Playwright waits for an aria-disabled button to become enabled; a visitor's tap does not wait.
  await send.click({ force: true });
  await page.press('#lead-email', 'Enter');
  // Pressing it leads to the consent, marked, with the reason read out.
  await page.waitForSelector('#lead-consent[aria-invalid=true]');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'lead-consent');
  assert.equal(await page.getAttribute('#lead-consent', 'aria-describedby'), 'lead-consent-hint');
  assert.equal(await send.getAttribute('aria-disabled'), 'true');
  assert.deepEqual(toEndpoint(requests), [], 'the page asked the endpoint nothing');
  assert.deepEqual(endpoint.requests, [], 'the endpoint heard nothing');
  assert.deepEqual(await axeViolations(page), []);

  // Required fields: a message at each, in the visitor's language, and focus at the first.
  await page.fill('#lead-name', '');
  await page.fill('#lead-email', 'anna@');
  await page.check('#lead-consent');
  assert.equal(await send.getAttribute('aria-disabled'), null);
  await send.click();
  await page.waitForSelector('#lead-name-error');
  assert.equal(await page.textContent('#lead-name-error'), 'Bitte geben Sie Ihren Namen ein.');
  assert.match(await page.textContent('#lead-email-error'), /vollständige E-Mail-Adresse/);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'lead-name');
  assert.deepEqual(await axeViolations(page), []);
  assert.deepEqual(endpoint.requests, [], 'still nothing');
  await context.close();
});

test('with consent a double click sends exactly one POST with the documented fields, then thanks', async () => {
  const { context, page, requests } = await openedForm();
  await fillFields(page);
  await page.check('#lead-consent');
  assert.deepEqual(endpoint.requests, []);
  // The live region is there before the send, so a screen reader announces what appears in it.
  const status = await page.$('#lead-status[role=status]');
  await page.dblclick('.lead-send button');
  await page.waitForSelector('.lead-status >> text=Danke! Ihr Ergebnis ist angekommen.');
  assert.equal(await status.evaluate((element) => element.isConnected && element.textContent), 'Danke! Ihr Ergebnis ist angekommen.');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'lead-status');
  assert.equal(await page.locator('#lead-form form').count(), 0, 'the form is replaced by the thank-you line');

  assert.equal(endpoint.requests.length, 1, `one request, no preflight: ${endpoint.requests.map((r) => r.method)}`);
  const [request] = endpoint.requests;
  assert.equal(request.method, 'POST');
  assert.equal(request.path, '/f/lead');
  assert.equal(request.headers['content-type'], 'application/x-www-form-urlencoded');
  assert.equal(request.headers.accept, 'application/json');
  assert.equal(request.headers.referer, undefined, 'no referrer: the result link travels in the body only');
  assert.equal(request.headers.cookie, undefined);
  assert.equal(request.headers.origin, new URL(leadServer.url).origin);
  const body = new URLSearchParams(request.body);
  assert.deepEqual([...body.keys()], FIELDS);
  const want = expected(DIGITS);
  assert.equal(body.get('name'), 'Anna Beispiel');
  assert.equal(body.get('email'), 'anna@beispiel.example');
  assert.equal(body.get('message'), 'Gern ein Gespräch & bald: 50 % + mehr');
  assert.equal(body.get('score'), await page.getAttribute('.overall-score', 'data-score'));
  assert.equal(Number(body.get('score')), want.overall);
  assert.equal(body.get('band'), (await page.textContent('.band strong')).trim());
  assert.equal(body.get('result_link'), await page.inputValue('#share-link'));
  assert.equal(new URL(body.get('result_link')).hash, `#r=${want.code}`);
  assert.equal(body.get('lang'), 'de');
  assert.equal(body.get('consent'), 'yes');
  assert.match(body.get('consent_text'), /^Ich bin einverstanden, .* an Muster Beratung gehen/);
  assert.equal(toEndpoint(requests).length, 1);

  // The result link opens the same result.
  await page.goto(body.get('result_link'));
  await page.waitForSelector('.result h1 >> text=/geteilt/');
  assert.equal(Number(await page.getAttribute('.overall-score', 'data-score')), want.overall);
  assert.equal(endpoint.requests.length, 1);
  assert.deepEqual(await page.evaluate(() => window.violations), [], 'nothing broke the strict policy');
  await context.close();
});

test('a failing endpoint shows the error, keeps what was typed and offers the e-mail route', async () => {
  endpoint.status = 500;
  const { context, page } = await openedForm();
  await fillFields(page);
  await page.check('#lead-consent');
  await page.click('.lead-send button');
  await page.waitForSelector('.lead-alert >> text=Das Senden hat nicht geklappt.');
  assert.equal(endpoint.requests.length, 1);
  assert.equal(await page.inputValue('#lead-name'), 'Anna Beispiel');
  assert.equal(await page.inputValue('#lead-email'), 'anna@beispiel.example');
  assert.equal(await page.inputValue('#lead-message'), 'Gern ein Gespräch & bald: 50 % + mehr');
  assert.equal(await page.isChecked('#lead-consent'), true);
  const route = page.locator('.lead-alert a');
  assert.equal((await route.textContent()).trim(), 'Ergebnis per E-Mail senden');
  const href = await route.getAttribute('href');
  assert.ok(href.startsWith(`${CONTACT}&body=`), href);
  // The mail's text ends with the result link.
  const body = decodeURIComponent(href.split('body=')[1]);
  assert.equal(new URL(body.split('\r\n').at(-1)).hash, `#r=${expected(DIGITS).code}`);
  assert.deepEqual(await axeViolations(page), []);

  // Another try, once the service works again, sends once more and thanks.
  endpoint.status = 200;
  await page.click('.lead-send button');
  await page.waitForSelector('.lead-status >> text=Danke!');
  assert.equal(endpoint.requests.length, 2);
  assert.equal(await page.locator('.lead-alert p').count(), 0);
  await context.close();
});

for (const [size, device] of [['phone', PHONE], ['laptop', LAPTOP]]) {
  test(`${size}: the form works by keyboard alone`, async () => {
    const { context, page } = await recordedPage(device);
    await page.goto(leadServer.url);
    await completeByClicking(page, DIGITS);
    await page.focus('#step-heading');
    await tabTo(page, '.lead-open button');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'lead-name');
    await page.keyboard.type('Anna Beispiel');
    await page.keyboard.press('Tab');
    await page.keyboard.type('anna@beispiel.example');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Bitte melden');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'lead-consent');
    await page.keyboard.press('Space');
    assert.equal(await page.isChecked('#lead-consent'), true);
    await tabTo(page, '.lead-send button');
    assert.deepEqual(endpoint.requests, []);
    await page.keyboard.press(size === 'phone' ? 'Enter' : 'Space');
    await page.waitForSelector('.lead-status >> text=Danke!');
    assert.equal(endpoint.requests.length, 1);
    const body = new URLSearchParams(endpoint.requests[0].body);
    assert.deepEqual([body.get('name'), body.get('email'), body.get('message')], ['Anna Beispiel', 'anna@beispiel.example', 'Bitte melden']);
    await context.close();
  });
}
