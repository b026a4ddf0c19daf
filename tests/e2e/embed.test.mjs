// The check on other people's pages: a blog at another origin embeds it with the loader, the frame follows
// its content, the host hears the documented events, and the site owner's settings (good and bad) apply.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import {
  serveDist, launchBrowser, completeByClicking, answerByClicking, expected, root, QUESTIONS, poll, messagesHandled, resultDrawn,
} from './support.mjs';
import { serveDirectory } from '../../tools/static-server.mjs';

const DIGITS = '1' + '2031302' + '3120133';
const PRIMARY = '#1a6b4f';

let blog;
let app;
let browser;

/** The blog post: text above and below the embed, a search field that has focus, and a log of events. */
/**
 * The host page scrolls smoothly to each debunk card the visitor's answer brings up; a click while it
 * scrolls can land beside its target. These tests are about what the host hears, so their pages ask for
 * reduced motion and the scroll is instant (tests/e2e/phone.test.mjs checks the smooth one).
 */
const STEADY = { reducedMotion: 'reduce' };

function blogPost(appUrl, attributes) {
  const filler = (words) => `<p>${'Lorem ipsum dolor sit amet. '.repeat(words)}</p>`;
  return `<!doctype html><html lang="de"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Blog</title>
<style>body { margin: 0 auto; max-width: 46rem; padding: 0 8px; font: 18px/1.6 serif; } p { margin: 0 0 1rem; }</style>
</head><body>
<input id="search" type="search" aria-label="Suche" autofocus>
${filler(400)}
<div id="embed" data-social-media-check ${attributes}><a href="${appUrl}">Zum Social-Media-Check</a></div>
${filler(300)}
<script>
  window.received = [];
  window.domEvents = [];
  window.addEventListener('message', (event) => {
    if (event.data && event.data.source === 'social-media-check') window.received.push(event.data);
  });
  for (const type of ['started', 'step', 'completed', 'shared', 'height']) {
    document.addEventListener('social-media-check:' + type, (event) => window.domEvents.push(event.detail));
  }
</script>
<script src="${appUrl}embed.js" async></script>
</body></html>`;
}

before(async () => {
  const folder = await mkdtemp(join(tmpdir(), 'blog-'));
  blog = await serveDirectory(folder);
  // The blog is reached as localhost, the check as 127.0.0.1: two origins, as on the web.
  blog.url = blog.url.replace('127.0.0.1', 'localhost');
  blog.folder = folder;
  app = await serveDist({}, {
    files: {
      '/config.ini': [
        '# A consultant’s settings',
        'name = Muster Beratung',
        `primary = ${PRIMARY}`,
        'contact_label = Termin vereinbaren',
        'contact_link = mailto:hallo@example.org?subject=Social-Media-Check',
        `host_origin = ${new URL(blog.url).origin}`,
      ].join('\n'),
    },
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await app?.close();
  await blog?.close();
});

async function publish(name, html) {
  await writeFile(join(blog.folder, name), html);
  return `${blog.url}${name}`;
}

/** Opens a blog page `name` that holds nothing but a plain iframe of `src`, as the iframe snippet makes. */
async function openInPlainFrame(name, src) {
  const url = await publish(name, `<!doctype html><html lang="de"><head><meta charset="utf-8"><title>${name}</title></head>
<body><iframe title="Social-Media-Check" src="${src}" style="width:100%;height:640px;border:0"></iframe></body></html>`);
  const page = await browser.newPage(STEADY);
  await page.goto(url);
  const frame = await (await page.$('iframe')).contentFrame();
  return { page, frame };
}

/** The frame's layout: its own height, its content's, and whether anything inside scrolls. */
function frameLayout(page) {
  return page.evaluate(() => {
    const frame = document.querySelector('#embed iframe');
    return { frameHeight: frame.getBoundingClientRect().height };
  });
}

/** The content's height inside the frame and whether anything there scrolls. */
function innerLayout(frame) {
  return frame.evaluate(() => ({
    content: Math.ceil(document.documentElement.getBoundingClientRect().height),
    scrollHeight: document.scrollingElement.scrollHeight,
    clientHeight: document.scrollingElement.clientHeight,
    scrollWidth: document.scrollingElement.scrollWidth,
    clientWidth: document.scrollingElement.clientWidth,
  }));
}

async function assertFitsContent(page, frame, where) {
  // The loader sizes the frame when the check reports a new height, and the frame lays itself out anew
  // with the next rendering; both take a moment.
  let inner;
  let frameHeight;
  await poll(async () => {
    inner = await innerLayout(frame);
    ({ frameHeight } = await frameLayout(page));
    return Math.abs(frameHeight - inner.content) < 1 && Math.abs(frameHeight - inner.clientHeight) < 1;
  }, { what: `${where}: the frame fits its content` }).catch(() => {});
  assert.ok(Math.abs(frameHeight - inner.content) < 1, `${where}: frame ${frameHeight} px, content ${inner.content} px`);
  assert.ok(inner.scrollHeight <= inner.clientHeight, `${where}: the frame scrolls inside (${inner.scrollHeight} > ${inner.clientHeight})`);
  assert.ok(inner.scrollWidth <= inner.clientWidth, `${where}: the frame scrolls sideways`);
  return inner.content;
}

test('a blog at another origin embeds the check: lazy, still, self-sizing, themed, and told the result', async () => {
  const url = await publish('post.html', blogPost(app.url, 'data-address="du" aria-label="Social-Media-Check"'));
  const context = await browser.newContext({ ...STEADY, viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const appRequests = [];
  page.on('request', (request) => {
    if (request.url().startsWith(app.url)) appRequests.push(request.url());
  });
  await page.goto(url);
  await page.waitForFunction(() => document.activeElement?.id === 'search');

  // Far below the viewport, the embed costs the reader nothing: no frame, and nothing but the loader. The
  // loader has run and its observer has reported once the next frames are drawn.
  await page.waitForFunction(() => window.SocialMediaCheck !== undefined);
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  assert.equal(await page.$('#embed iframe'), null, 'the frame was made before it came near');
  assert.deepEqual(appRequests, [`${app.url}embed.js`]);

  // Scrolled near, the frame loads; the page's scroll position and focus stay where the reader left them.
  const top = await page.evaluate(() => {
    const y = document.querySelector('#embed').getBoundingClientRect().top + window.scrollY - 1000;
    window.scrollTo(0, y);
    return window.scrollY;
  });
  await page.waitForSelector('#embed iframe');
  const frame = await (await page.$('#embed iframe')).contentFrame();
  await frame.waitForSelector('#app .start:not(.static) button.primary');
  // The loader resizes the frame (and would scroll or focus, were it to) when the check reports its height.
  await page.waitForFunction(() => window.received.some((m) => m.type === 'height'));
  await messagesHandled(page, frame);
  assert.equal(await page.evaluate(() => window.scrollY), top, 'the host page scrolled on load');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'search', 'the embed took focus on load');

  // The reader scrolls on to the check (a frame out of sight does not lay itself out, so it reports its
  // height once in view), which fits its content from the first screen on.
  await page.evaluate(() => window.scrollBy(0, 600));
  await assertFitsContent(page, frame, 'start');

  // The consultant's theme and the embed's "du".
  assert.equal(
    await frame.$eval('.start button.primary', (button) => getComputedStyle(button).backgroundColor),
    'rgb(26, 107, 79)',
  );
  assert.equal(await frame.$eval('html', (html) => html.lang), 'de-x-du');
  assert.equal(await frame.textContent('.owner'), 'Muster Beratung');

  // Through the whole check; the frame follows each step's height.
  const heights = new Set();
  await frame.click('.start button.primary');
  for (let question = 1; question <= QUESTIONS; question++) {
    await frame.waitForSelector(`#progress-label >> text=/\\b${question}\\b/`);
    // The first question addresses nobody (index.html shows it before the settings are read); the second does.
    if (question === 2) {
      const asked = await frame.textContent('legend');
      assert.match(asked, /\bdu\b|\bdich\b|\bdein/);
      assert.doesNotMatch(asked, /\bSie\b|\bIhr/);
    }
    await answerByClicking(frame, DIGITS);
    if (question === 2 || question === 9 || question === QUESTIONS) heights.add(await assertFitsContent(page, frame, `question ${question}`));
    await frame.click('.step-nav button.primary');
  }
  await resultDrawn(frame);
  heights.add(await assertFitsContent(page, frame, 'result'));
  // No field is smaller than 16 px, below which iOS zooms into a field it focuses.
  const fieldSizes = await frame.$$eval('input:not([type=radio]), textarea, select', (fields) =>
    fields.map((field) => parseFloat(getComputedStyle(field).fontSize)));
  assert.ok(fieldSizes.length > 0 && fieldSizes.every((size) => size >= 16), `field sizes ${fieldSizes}`);
  assert.ok(heights.size >= 2, 'the frame kept one height throughout');

  // The host heard every step and the result, with the scores the model computes.
  const model = expected(DIGITS);
  await page.waitForFunction(() => window.received.some((m) => m.type === 'completed'));
  // `height` and `progress` (the frame's storage is blocked in this browser context) are the loader's.
  const received = await page.evaluate(() => window.received.filter((m) => !['height', 'progress'].includes(m.type)));
  assert.equal(received[0].type, 'started');
  assert.deepEqual(received.filter((m) => m.type === 'step').map((m) => m.step), [...Array(QUESTIONS).keys()].map((i) => i + 1));
  const completed = received.find((m) => m.type === 'completed');
  assert.equal(completed.overall, model.overall);
  assert.deepEqual(Object.values(completed.arguments), model.arguments);
  assert.deepEqual(Object.values(completed.goals).map((goal) => goal.reach), model.goals);
  assert.equal(completed.link, `${app.url}?address=du#r=${model.code}`);
  // The loader passes the same messages on as DOM events on the placeholder.
  assert.ok((await page.evaluate(() => window.domEvents.map((d) => d.type))).includes('completed'));

  // The contact button opens a mail to the consultant, under the owner's subject, ready to send with the
  // result link (du form: it addresses nobody).
  const href = await frame.getAttribute('.contact a', 'href');
  const prefix = 'mailto:hallo@example.org?subject=Social-Media-Check&body=';
  assert.ok(href.startsWith(prefix), href);
  assert.equal(
    decodeURIComponent(href.slice(prefix.length)),
    `Hallo,\r\n\r\nich habe den Social-Media-Check gemacht und würde mein Ergebnis gern besprechen:\r\n${completed.link}`,
  );
  assert.equal(await frame.textContent('.contact a'), 'Termin vereinbaren');

  // Sharing is reported too.
  for (const origin of [new URL(app.url).origin, new URL(blog.url).origin]) {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  }
  await frame.click('.share-actions button.primary');
  await page.waitForFunction(() => window.received.some((m) => m.type === 'shared' && m.method === 'link'));

  // A message from any other origin than the check's is ignored: the host page itself cannot resize the frame.
  const before = (await frameLayout(page)).frameHeight;
  await page.evaluate(() => window.postMessage({ source: 'social-media-check', type: 'height', height: 5 }, '*'));
  await messagesHandled(page);
  assert.equal((await frameLayout(page)).frameHeight, before);
  assert.ok(!(await page.evaluate(() => window.domEvents.some((d) => d.height === 5))));
  await context.close();
});

test('without a host origin in the settings, the embed tells its host nothing but its height', async () => {
  const other = await serveDist({}, { files: { '/config.ini': 'name = Ohne Ereignisse' } });
  try {
    const url = await publish('quiet.html', blogPost(other.url, ''));
    const page = await browser.newPage(STEADY);
    await page.goto(url);
    await page.evaluate(() => document.querySelector('#embed').scrollIntoView());
    const frame = await (await page.waitForSelector('#embed iframe')).contentFrame();
    await completeByClicking(frame, DIGITS);
    await page.waitForFunction(() => window.received.some((m) => m.type === 'height'));
    // Whatever the check posted when its result appeared has arrived once a later message from the frame has.
    await messagesHandled(page, frame);
    assert.deepEqual(
      await page.evaluate(() => [...new Set(window.received.map((m) => m.type))]),
      ['height'],
    );
    await page.close();
  } finally {
    await other.close();
  }
});

test('a plain iframe without the loader shows the compact layout', async () => {
  const { page, frame } = await openInPlainFrame('plain.html', `${app.url}?address=sie`);
  await frame.waitForSelector('#app .start:not(.static) button.primary');
  assert.equal(await frame.$eval('html', (html) => html.className), 'embedded');
  assert.equal(await frame.$eval('html', (html) => html.lang), 'de');
  await frame.click('.start button.primary');
  await frame.check('#slot-0-0');
  await frame.click('.step-nav button.primary');
  // The first argument's question addresses the reader in the form the settings ask for.
  assert.match(await frame.textContent('legend'), /\b(Sie|Ihr\w*)\b/);
  await page.close();
});

test('in a framed preview, the link to the embed page opens it in the whole tab', async () => {
  const { page, frame } = await openInPlainFrame('framed-preview.html', `${app.url}?preview`);
  await frame.click('.preview a');
  await page.waitForURL(`${app.url}embed.html`);
  await page.waitForSelector('#setting-name');
  await page.close();
});

test('a settings file full of mistakes never breaks the check and tells the owner what is wrong', async () => {
  const broken = await serveDist({}, {
    files: {
      '/config.ini': [
        'nmae = Tippfehler',
        'primary = blau',
        'contact_link = javascript:alert(document.cookie)',
        'logo = fehlt.svg',
        'address = ihr',
        'ohne Gleichheitszeichen',
      ].join('\n'),
    },
  });
  try {
    const page = await browser.newPage(STEADY);
    const warnings = [];
    page.on('console', (message) => {
      if (message.type() === 'warning' && message.text().startsWith('Social-Media-Check:')) warnings.push(message.text());
    });
    await page.goto(`${broken.url}?preview`);
    await page.waitForSelector('#app .start:not(.static) button.primary');
    await page.waitForFunction(() => document.querySelectorAll('.preview li').length === 6);
    const listed = await page.$$eval('.preview li', (items) => items.map((item) => item.textContent));
    assert.match(listed[0], /^config\.ini, Zeile 1: .*„nmae“.*„name“/);
    assert.match(listed[1], /„blau“ ist keine Farbe/);
    assert.match(listed[2], /javascript:alert/);
    assert.match(listed.join('\n'), /„ihr“/);
    assert.match(listed.join('\n'), /Zeile 6/);
    assert.match(listed.join('\n'), /Das Logo „fehlt\.svg“ lässt sich nicht laden/);
    assert.equal(warnings.length, 6, warnings.join('\n'));
    // Every bad setting kept its default: the default colour, "Sie", no logo, no contact button.
    assert.equal(
      await page.$eval('.start button.primary', (button) => getComputedStyle(button).backgroundColor),
      'rgb(11, 92, 173)',
    );
    assert.equal(await page.$('.logo'), null);
    await completeByClicking(page, DIGITS);
    const result = await page.textContent('.result');
    assert.match(result, /\bSie\b|\bIhr/);
    assert.doesNotMatch(result, /\bdu\b|\bdein/);
    assert.equal(await page.$('a[href^="javascript"], .contact'), null);

    // Without ?preview the visitors see none of it.
    await page.goto(broken.url);
    await page.waitForSelector('.result');
    assert.equal(await page.$('.preview'), null);
    await page.close();

    // An owner who runs the check in English reads the problems in English.
    const english = await browser.newPage(STEADY);
    await english.goto(`${broken.url}?preview&lang=en`);
    await english.waitForSelector('.preview li');
    assert.match(await english.textContent('.preview li'), /^config\.ini, line 1: There is no setting “nmae”/);
    await english.close();
  } finally {
    await broken.close();
  }
});

test('the loader is small: under 3 KB gzip', async () => {
  const loader = await readFile(join(root, 'dist', 'embed.js'));
  const size = gzipSync(loader, { level: 9 }).length;
  assert.ok(size < 3000, `embed.js is ${size} B gzip`);
});

test('a page with the loader twice, which also calls SocialMediaCheck.load() again, hears each event once', async () => {
  // A theme and a plugin each add the loader; a single-page site asks it to look again after a view.
  const html = blogPost(app.url, 'data-address="du"').replace(
    '</body>',
    `<script src="${app.url}embed.js" async></script></body>`,
  );
  const url = await publish('twice.html', html);
  const page = await browser.newPage(STEADY);
  await page.goto(url);
  await page.waitForFunction(() => window.SocialMediaCheck && document.querySelectorAll('script[src$="embed.js"]').length === 2);
  await page.evaluate(() => document.querySelector('#embed').scrollIntoView());
  const frame = await (await page.waitForSelector('#embed iframe')).contentFrame();
  await frame.waitForSelector('#app .start:not(.static) button.primary');
  await page.evaluate(() => window.SocialMediaCheck.load());
  // load() hands the placeholder to the loaders' observers, which would make a second frame only when they
  // report, after the next frames are drawn: the count is taken after that.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  assert.equal(await page.locator('#embed iframe').count(), 1, 'one frame for the placeholder');

  await frame.click('.start button.primary');
  await frame.waitForSelector('#progress-label >> text=/\\b1\\b/');
  await answerByClicking(frame, DIGITS);
  await frame.click('.step-nav button.primary');
  await frame.waitForSelector('#progress-label >> text=/\\b2\\b/');
  // Every copy of the loader handles a message in the same task, so once the second step has arrived, any
  // copy of it and of every earlier event has too.
  await page.waitForFunction(() => window.domEvents.some((detail) => detail.type === 'step' && detail.step === 2));
  const heard = await page.evaluate(() => window.domEvents.map((detail) => `${detail.type}${detail.step ?? ''}`));
  assert.deepEqual(heard, ['started', 'step1', 'step2']);
  // The frame sent each of them once: the page's own listener counts the messages themselves.
  const sent = await page.evaluate(() => window.received.filter((m) => m.type !== 'height' && m.type !== 'progress')
    .map((m) => `${m.type}${m.step ?? ''}`));
  assert.deepEqual(sent, heard);
  await page.close();
});
