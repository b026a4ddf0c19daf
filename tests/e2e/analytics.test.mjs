// Counting visits and the owner's own words (issue 22). A local service on loopback stands in for
// Plausible, Umami and Matomo at once (each kind at its own path) and records every request. A walk to the
// result sends check-started, one question-reached per question, check-completed with the band and
// contact-clicked, each in its service's documented shape, and never the answer code, a score, a cookie or
// the page's query or fragment. Without `analytics`, with Global Privacy Control or Do Not Track, and in the
// embed page's preview, nothing arrives: each of those walks ends with the contact button, whose link leads
// to the same recorder, so its visit there is the later, positive signal after which the recorder must hold
// nothing else. The owner's intro and contact line show in the page's form of address and language, never
// in another's; a link that tries to set counting or words changes nothing, and the preview notice lists it.
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import {
  serveDist, launchBrowser, completeByClicking, expected, poll, waitForApp, QUESTIONS, recordingServer,
} from './support.mjs';

const DIGITS = '2' + '1302132' + '3021120';
const BAND_KEYS = ['first-steps', 'building-up', 'well-placed', 'front-runner'];
const BAND_MINIMA = [0, 30, 55, 80];
const UMAMI_SITE = '4fb7fa4c-5b46-438d-94b3-3a8fb9bc2e8b';
/** A saved line at the result, for the tests of the owner's words: they need the result, not the walk. */
const AT_RESULT = (lang) => `smc3.${lang}.result.30000ZFM1YDC0X`;

let browser;
let recorder;
const servers = {};

/** The stand-in service: records every request and answers, with CORS; a GET is the contact link's page. */
function startRecorder() {
  return recordingServer((request, response) => {
    const page = request.method === 'GET';
    response.writeHead(page ? 200 : 202, {
      'access-control-allow-origin': request.headers.origin ?? '*',
      'content-type': page ? 'text/html' : 'application/json',
    });
    response.end(page ? '<!doctype html><title>Kontakt</title><p>Kontakt</p>' : '{}');
  });
}

/** The counts the recorder holds, without the visits of the contact link's page. */
const counts = () => recorder.requests.filter((request) => request.method === 'POST');
const arrived = (path) => () => recorder.requests.some((request) => request.method === 'GET' && request.path === path);

before(async () => {
  recorder = await startRecorder();
  const owner = ['name = Muster Beratung', `contact_link = ${recorder.origin}/contact`];
  const kinds = {
    plausible: [`analytics_endpoint = ${recorder.origin}/api/event`, 'analytics_site = muster-beratung.de'],
    umami: [`analytics_endpoint = ${recorder.origin}/api/send`, `analytics_site = ${UMAMI_SITE}`],
    matomo: [`analytics_endpoint = ${recorder.origin}/matomo.php`, 'analytics_site = 7'],
  };
  for (const [kind, lines] of Object.entries(kinds)) {
    servers[kind] = await serveDist({}, { files: { '/config.ini': [...owner, `analytics = ${kind}`, ...lines].join('\n') } });
  }
  servers.none = await serveDist({}, { files: { '/config.ini': owner.join('\n') } });
  servers.words = await serveDist({}, {
    files: {
      '/config.ini': [
        ...owner,
        'intro = Ich berate kleine Unternehmen. Finden Sie heraus, was Social Media Ihnen bringt.',
        'intro_du = Ich berate kleine Unternehmen. Finde heraus, was Social Media dir bringt.',
        'intro_en = I advise small businesses. Find out what social media can do for you.',
        'contact_text = Im Erstgespräch gehen wir Ihr Ergebnis durch.',
        'contact_text_du = Im Erstgespräch gehen wir dein Ergebnis durch.',
        'contact_text_en = In a first meeting we go through your result.',
      ].join('\n'),
    },
  });
  servers.sieOnly = await serveDist({}, {
    files: { '/config.ini': [...owner, 'contact_text = Im Erstgespräch gehen wir Ihr Ergebnis durch.'].join('\n') },
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await Promise.all(Object.values(servers).map((server) => server.close()));
  await recorder?.close();
});

beforeEach(() => {
  recorder.requests.length = 0;
});

/**
 * Takes the check at `server` to the result and presses the contact button, with a cookie of the check's
 * host set (the recorder shares the host, so a request with credentials would carry it), and waits until
 * the contact link's page was asked for. `init` runs in the page before its scripts. Returns the answer
 * code the check saved.
 */
async function walkAndContact(server, { init } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  if (init) await context.addInitScript(init);
  const page = await context.newPage();
  await page.goto(`${server.url}?utm_source=newsletter&lang=de`);
  await page.evaluate(() => { document.cookie = 'visitor=secret-session; path=/'; });
  await completeByClicking(page, DIGITS);
  const code = await page.evaluate(() => localStorage.getItem('social-media-check').split('.').pop());
  await page.click('.result .contact a.primary');
  await poll(arrived('/contact'), { what: 'the contact link opened at the recorder' });
  await context.close();
  return code;
}

/** What no count may carry. */
function assertNothingPrivate(request, code) {
  assert.equal(request.headers.cookie, undefined, 'a count carried a cookie');
  assert.equal(request.headers.referer, undefined, 'a count carried the page as referrer');
  for (const secret of [code, 'utm_source', 'newsletter', 'secret-session', '#', 'overall', 'score']) {
    assert.ok(!request.body.includes(secret), `${secret} in ${request.body}`);
  }
}

/** The band's key of DIGITS' overall score, as the counts name it. */
function bandKey() {
  const { overall } = expected(DIGITS);
  return BAND_KEYS[BAND_MINIMA.findLastIndex((min) => overall >= min)];
}

/** The event name and property of each count, read in its service's own shape. */
const readers = {
  plausible(request) {
    assert.equal(request.path, '/api/event');
    assert.match(request.headers['content-type'], /^text\/plain/);
    const body = JSON.parse(request.body);
    assert.equal(body.domain, 'muster-beratung.de');
    assert.equal(body.url, servers.plausible.url);
    return { name: body.name, property: body.props ?? {} };
  },
  umami(request) {
    assert.equal(request.path, '/api/send');
    const body = JSON.parse(request.body);
    assert.equal(body.type, 'event');
    const { payload } = body;
    assert.equal(payload.website, UMAMI_SITE);
    assert.equal(payload.hostname, '127.0.0.1');
    assert.equal(payload.url, servers.umami.url);
    assert.equal(payload.language, 'de');
    return { name: payload.name, property: payload.data ?? {} };
  },
  matomo(request) {
    assert.equal(request.path, '/matomo.php');
    assert.match(request.headers['content-type'], /^application\/x-www-form-urlencoded/);
    const fields = new URLSearchParams(request.body);
    assert.equal(fields.get('idsite'), '7');
    assert.equal(fields.get('rec'), '1');
    assert.equal(fields.get('url'), servers.matomo.url);
    assert.equal(fields.get('e_c'), 'social-media-check');
    const property = {};
    if (fields.has('e_v')) property.question = Number(fields.get('e_v'));
    if (fields.has('e_n')) property.band = fields.get('e_n');
    return { name: fields.get('e_a'), property };
  },
};

for (const kind of ['plausible', 'umami', 'matomo']) {
  test(`${kind}: a walk to the result counts the start, each question, the completion and the contact`, async () => {
    const code = await walkAndContact(servers[kind]);
    // Each count is a request of its own, and requests sent in order may arrive out of order: the contact's
    // count arriving does not mean that every earlier one has. The wait is for all of them; the assertions
    // below still find any count too many.
    await poll(() => counts().some((request) => request.body.includes('contact-clicked'))
      && counts().length >= 1 + QUESTIONS + 1 + 1, {
      what: 'contact-clicked and every count before it arrived',
    });
    const events = counts().map((request) => {
      assertNothingPrivate(request, code);
      return readers[kind](request);
    });
    const named = (name) => events.filter((event) => event.name === name);
    assert.equal(named('check-started').length, 1);
    assert.deepEqual(
      named('question-reached').map((event) => event.property.question).sort((a, b) => a - b),
      Array.from({ length: QUESTIONS }, (_, i) => i + 1),
    );
    assert.deepEqual(named('check-completed').map((event) => event.property.band), [bandKey()]);
    assert.equal(named('contact-clicked').length, 1);
    assert.equal(events.length, 1 + QUESTIONS + 1 + 1, JSON.stringify(events));
  });
}

test('without analytics in config.ini, nothing is counted', async () => {
  await walkAndContact(servers.none);
  assert.deepEqual(counts(), []);
});

test('with Global Privacy Control, or with Do Not Track, nothing is counted', async () => {
  for (const init of [
    () => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }),
    () => Object.defineProperty(Navigator.prototype, 'doNotTrack', { get: () => '1' }),
  ]) {
    recorder.requests.length = 0;
    await walkAndContact(servers.plausible, { init });
    assert.deepEqual(counts(), []);
  }
});

test("in the embed page's preview, nothing is counted", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${servers.plausible.url}embed.html`);
  await page.waitForSelector('.preview-frame');
  const frame = await (await page.$('.preview-frame')).contentFrame();
  await completeByClicking(frame, DIGITS);
  await frame.click('.result .contact a.primary');
  await poll(arrived('/contact'), { what: 'the contact link opened at the recorder' });
  await context.close();
  assert.deepEqual(counts(), []);
});

/** The start screen's text under the quote, its privacy line, and the result's line above the contact. */
async function ownWords(server, query, lang) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${server.url}${query}`);
  await waitForApp(page);
  // The app starts with the defaults when config.ini is slow, and takes the file's settings when it comes;
  // the owner's name, which only the file gives, says that they are in.
  await page.waitForSelector('#app header .owner');
  const intro = await page.textContent('.start .lead');
  const privacy = await page.textContent('.start .privacy');
  await page.evaluate((line) => localStorage.setItem('social-media-check', line), AT_RESULT(lang));
  await page.reload();
  await page.waitForSelector('.result .contact-text');
  const line = await page.textContent('.result .contact-text');
  await context.close();
  return { intro, privacy, line };
}

test("the owner's intro and contact line show in the page's form of address and language", async () => {
  const sie = await ownWords(servers.words, '', 'de');
  assert.equal(sie.intro, 'Ich berate kleine Unternehmen. Finden Sie heraus, was Social Media Ihnen bringt.');
  assert.equal(sie.line, 'Im Erstgespräch gehen wir Ihr Ergebnis durch.');
  const du = await ownWords(servers.words, '?address=du', 'de');
  assert.equal(du.intro, 'Ich berate kleine Unternehmen. Finde heraus, was Social Media dir bringt.');
  assert.equal(du.line, 'Im Erstgespräch gehen wir dein Ergebnis durch.');
  const en = await ownWords(servers.words, '?lang=en', 'en');
  assert.equal(en.intro, 'I advise small businesses. Find out what social media can do for you.');
  assert.equal(en.line, 'In a first meeting we go through your result.');
  // Without counting, the privacy line stays as it was.
  assert.match(sie.privacy, /kein Tracking/);
});

test("a du page without contact_text_du shows the check's own line, never the Sie one", async () => {
  const du = await ownWords(servers.sieOnly, '?address=du', 'de');
  assert.notEqual(du.line, 'Im Erstgespräch gehen wir Ihr Ergebnis durch.');
  assert.ok(du.line.trim().length > 0);
  assert.doesNotMatch(du.line, /\b(Ihr|Ihre|Ihnen|Sie)\b/);
  const sie = await ownWords(servers.sieOnly, '', 'de');
  assert.equal(sie.line, 'Im Erstgespräch gehen wir Ihr Ergebnis durch.');
  assert.ok(!sie.intro.includes('Ich berate'));
});

test('with counting on, the privacy line says so in every form', async () => {
  for (const [query, words] of [
    ['', /zählt anonym, ohne Cookies und ohne die Antworten/],
    ['?address=du', /zählt anonym, ohne Cookies und ohne die Antworten/],
    ['?lang=en', /counts anonymously, without cookies and without your answers/],
  ]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${servers.plausible.url}${query}`);
    await waitForApp(page);
    // The privacy line follows config.ini, which may come after the app's start; the owner's name, which
    // only the file gives, says that its settings are in.
    await page.waitForSelector('#app header .owner');
    const privacy = await page.textContent('.start .privacy');
    await context.close();
    assert.match(privacy, words);
    assert.doesNotMatch(privacy, /Tracking|tracking/);
  }
});

test('a crafted link sets neither counting nor words, and the preview notice lists it', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const crafted = encodeURIComponent(`${recorder.origin}/api/event`);
  await page.goto(`${servers.none.url}?preview&analytics=plausible&analytics_endpoint=${crafted}`
    + '&analytics_site=evil.example&intro=Konto%20gesperrt&contact_text_du=Hier%20entsperren');
  await waitForApp(page);
  assert.ok(!(await page.textContent('.start .lead')).includes('Konto gesperrt'));
  const notice = await page.textContent('.notice.preview');
  for (const key of ['analytics', 'analytics_endpoint', 'analytics_site', 'intro', 'contact_text_du']) {
    assert.ok(notice.includes(`„${key}“ lässt sich nur in config.ini festlegen`), `${key} is not in the notice: ${notice}`);
  }
  // Starting is counted at once where counting is on. The page's own request to the recorder, made after
  // the first question shows, is the later signal to wait for before looking for a count.
  await page.click('.start button.primary');
  await page.waitForSelector('#progress-label');
  await page.evaluate((url) => fetch(url, { mode: 'no-cors' }), `${recorder.origin}/after-start`);
  await poll(arrived('/after-start'), { what: 'the marker request arrived' });
  await context.close();
  assert.deepEqual(counts(), []);
});

test("the embed page's form takes the three counting fields into the lines for config.ini only", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${servers.none.url}embed.html`);
  await page.waitForSelector('#setting-analytics');
  await page.selectOption('#setting-analytics', 'umami');
  await page.waitForSelector('#setting-analytics[aria-invalid="true"]');
  await page.fill('#setting-analytics_endpoint', 'cloud.umami.is/api/send');
  await page.fill('#setting-analytics_site', UMAMI_SITE);
  await page.waitForFunction(() => !document.querySelector('#setting-analytics[aria-invalid]'));
  const lines = await page.inputValue('#code-config');
  assert.match(lines, new RegExp(
    `analytics = umami\\nanalytics_endpoint = https://cloud.umami.is/api/send\\nanalytics_site = ${UMAMI_SITE}\\n`,
  ));
  for (const snippet of ['#code-loader', '#code-iframe']) {
    assert.doesNotMatch(await page.inputValue(snippet), /analytics/);
  }
  await context.close();
});
