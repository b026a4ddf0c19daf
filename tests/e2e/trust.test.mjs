// Only the site owner decides what the check says and where results go: crafted links, embedding pages
// that name themselves, injected snippet lines, single-page sites, blocked frame storage and a broken
// deployment, each tried as an attacker or an unlucky visitor would.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile, readFile, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  serveDist, launchBrowser, completeByClicking, answerByClicking, waitForApp, offlineCacheReady, root, until,
  poll, messagesHandled,
} from './support.mjs';
import { serveDirectory } from '../../tools/static-server.mjs';

const DIGITS = '1' + '2031302' + '3120133';
const OWNER_CONFIG = [
  'name = Muster Beratung',
  'logo = logo.svg',
  'contact_label = Termin vereinbaren',
  'contact_link = mailto:hallo@example.org',
];
const LOGO = '<svg xmlns="http://www.w3.org/2000/svg" width="32" height="32"><rect width="32" height="32" fill="#1a6b4f"/></svg>';

let blog;
let browser;

before(async () => {
  const folder = await mkdtemp(join(tmpdir(), 'trust-blog-'));
  blog = await serveDirectory(folder);
  // The blog is reached as localhost, the check as 127.0.0.1: two origins, as on the web.
  blog.url = blog.url.replace('127.0.0.1', 'localhost');
  blog.origin = new URL(blog.url).origin;
  blog.folder = folder;
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await blog?.close();
});

/**
 * Serves the release with `lines` as its config.ini (and the owner's logo), and gives `use` a browser
 * context of its own; both are closed afterwards, also when the test fails.
 */
async function withApp(lines, use) {
  const app = await serveDist({}, { files: { '/config.ini': lines.join('\n'), '/logo.svg': LOGO } });
  const context = await browser.newContext();
  try {
    return await use(app, context);
  } finally {
    await context.close();
    await app.close();
  }
}

/** A blog page at the blog's origin that logs every message and DOM event of the check. */
async function publish(name, body, appUrl) {
  await writeFile(join(blog.folder, name), `<!doctype html><html lang="de"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${name}</title></head><body>
${body}
<script>
  window.received = [];
  window.domEvents = [];
  window.addEventListener('message', (event) => {
    if (event.data && event.data.source === 'social-media-check') window.received.push(event.data);
  });
  for (const type of ['started', 'step', 'completed', 'shared']) {
    document.addEventListener('social-media-check:' + type, (event) => window.domEvents.push(event.detail));
  }
</script>
<script src="${appUrl}embed.js" async></script>
</body></html>`);
  return `${blog.url}${name}`;
}

/** The loader's frame in `page`, once the check in it is ready. */
async function checkFrame(page, selector = '[data-social-media-check] iframe') {
  const frame = await (await page.waitForSelector(selector)).contentFrame();
  await waitForApp(frame);
  return frame;
}

/** Waits until the frame is as tall as the check's content in it, and returns that height. */
async function fitsContent(page, frame, selector) {
  let frameHeight;
  let content;
  const fits = await poll(async () => {
    frameHeight = await page.$eval(selector, (element) => element.getBoundingClientRect().height);
    content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    return Math.abs(frameHeight - content) < 1;
  }, { what: `${selector} fits its content` }).catch(() => false);
  if (fits) return content;
  assert.fail(`the frame is ${frameHeight} px, its content ${content} px`);
}

test('a crafted link keeps the owner’s name, contact and logo and makes no request to another origin', async () => {
  await withApp(OWNER_CONFIG, async (app, context) => {
    const page = await context.newPage();
    const foreign = [];
    page.on('request', (request) => {
      if (!request.url().startsWith(app.url) && !request.url().startsWith('data:')) foreign.push(request.url());
    });
    const crafted = new URLSearchParams({
      name: 'Sicherheitswarnung: Konto gesperrt',
      contact_label: 'Jetzt entsperren',
      contact_link: `${blog.url}phish`,
      logo: `${blog.url}pixel.gif`,
    });
    await page.goto(`${app.url}?${crafted}&preview`);
    await waitForApp(page);
    assert.equal(await page.textContent('.owner'), 'Muster Beratung');
    assert.equal(await page.getAttribute('.logo', 'src'), 'logo.svg');
    assert.equal(await page.title(), 'Social-Media-Check – Muster Beratung');
    // The owner's notice lists each refused setting.
    const listed = await page.$$eval('.preview li', (items) => items.map((item) => item.textContent));
    for (const key of ['name', 'contact_label', 'contact_link', 'logo']) {
      assert.ok(listed.some((text) => text.includes(`„${key}“ lässt sich nur in config.ini festlegen`)), `${key}: ${listed.join('\n')}`);
    }
    await completeByClicking(page, DIGITS);
    await page.waitForSelector('.contact a');
    assert.equal(await page.textContent('.contact a'), 'Termin vereinbaren');
    assert.match(await page.getAttribute('.contact a', 'href'), /^mailto:hallo@example\.org\?subject=Mein%20Ergebnis%20im%20Social-Media-Check&body=/);
    assert.equal(await page.textContent('.owner'), 'Muster Beratung');
    assert.doesNotMatch(await page.content(), /Sicherheitswarnung|Jetzt entsperren|pixel\.gif|phish/);
    assert.deepEqual(foreign, []);
    await page.close();
  });
});

test('a page at an origin not in host_origin hears only the height, also when it names itself', async () => {
  await withApp([...OWNER_CONFIG, 'host_origin = https://blog.example.org'], async (app, context) => {
    const url = await publish('self-named.html',
      `<div id="embed" data-social-media-check data-host-origin="${blog.origin}"></div>`, app.url);
    const page = await context.newPage();
    await page.goto(url);
    const frame = await checkFrame(page);
    await completeByClicking(frame, DIGITS);
    await page.waitForFunction(() => window.received.some((m) => m.type === 'height'));
    // The result reports its height last; anything else would have arrived with it. And whatever the check
    // posted when its result appeared has been handled once a later message from the frame has.
    await fitsContent(page, frame, '#embed iframe');
    await messagesHandled(page, frame);
    assert.deepEqual(await page.evaluate(() => [...new Set(window.received.map((m) => m.type))]), ['height']);
    assert.deepEqual(await page.evaluate(() => window.domEvents), []);
    await page.close();
  });
  // The same page, listed by the owner, hears the visitor start: the events do flow where they may.
  await withApp([...OWNER_CONFIG, `host_origin = ${blog.origin}`], async (app, context) => {
    const url = await publish('listed.html', '<div id="embed" data-social-media-check></div>', app.url);
    const page = await context.newPage();
    await page.goto(url);
    const frame = await checkFrame(page);
    await frame.click('.start button.primary');
    await page.waitForFunction(() => window.domEvents.some((d) => d.type === 'started'));
    await page.close();
  });
});

test('a line break in a value never reaches the config.ini snippet', async () => {
  await withApp(OWNER_CONFIG, async (app, context) => {
    const page = await context.newPage();
    const injection = 'Muster%0Ahost_origin%20%3D%20https%3A%2F%2Fattacker.example';
    await page.goto(`${app.url}embed.html?name=${injection}`);
    await page.waitForSelector('#setting-name');
    assert.equal(await page.inputValue('#setting-name'), 'Muster Beratung', 'the address set the name');
    assert.doesNotMatch(await page.inputValue('#code-config'), /attacker|^host_origin/m);
    // Nor from what the form kept in storage, however it got there.
    await page.evaluate((saved) => localStorage.setItem('social-media-check-embed-form', saved),
      `name=${injection}&accent=%23c60%0Aname%3DB`);
    await page.reload();
    await page.waitForSelector('#setting-name');
    const config = await page.inputValue('#code-config');
    assert.equal(config.split('\n').filter((line) => line.startsWith('host_origin')).length, 0, config);
    assert.match(config, /^name = Musterhost_origin = https:\/\/attacker\.example$/m);
    assert.doesNotMatch(config, /accent/, 'a value the check refuses is copied');
    assert.doesNotMatch(await page.inputValue('#code-loader'), /data-name|attacker/);
  });
});

test('the loader embeds a placeholder added after load, and a re-attached one keeps resizing and reporting', async () => {
  await withApp([...OWNER_CONFIG, `host_origin = ${blog.origin}`], async (app, context) => {
    const url = await publish('spa.html', '<main id="view"><p>Startseite</p></main>', app.url);
    const page = await context.newPage();
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(url);
    await page.waitForFunction(() => typeof window.SocialMediaCheck?.load === 'function');
    // The site's router renders the check's page later, as single-page sites do.
    await page.evaluate(() => {
      const element = document.createElement('div');
      element.id = 'late';
      element.setAttribute('data-social-media-check', '');
      element.setAttribute('data-address', 'du');
      document.querySelector('#view').replaceChildren(element);
    });
    let frame = await checkFrame(page, '#late iframe');
    assert.equal(await frame.$eval('html', (html) => html.lang), 'de-x-du');
    await fitsContent(page, frame, '#late iframe');

    // The framework takes the element out and puts it back: the frame reloads in it.
    await frame.evaluate(() => { window.beforeReattaching = true; });
    await page.evaluate(() => {
      const element = document.querySelector('#late');
      const view = document.querySelector('#view');
      element.remove();
      view.append(element);
    });
    // The document loaded anew in the frame has none of the old one's marks.
    await poll(async () => {
      const current = await (await page.waitForSelector('#late iframe')).contentFrame();
      return current && !(await current.evaluate(() => window.beforeReattaching === true).catch(() => true));
    }, { what: 'the check loaded anew in the re-attached frame' });
    frame = await checkFrame(page, '#late iframe');
    await completeByClicking(frame, DIGITS);
    const height = await fitsContent(page, frame, '#late iframe');
    assert.ok(height > 1000, `the result is only ${height} px tall`);
    await page.waitForFunction(() => window.domEvents.some((d) => d.type === 'completed'));
    await page.close();
  });
});

test('a frame whose content grows with it stops growing after a few steps', async () => {
  // A stand-in for a check whose layout grows with its frame: it reports a taller height every 10 ms.
  const folder = await mkdtemp(join(tmpdir(), 'growing-'));
  await writeFile(join(folder, 'embed.js'), await readFile(join(root, 'dist', 'embed.js')));
  await writeFile(join(folder, 'index.html'), `<!doctype html><title>Wächst</title><script>
    let height = 640;
    setInterval(() => parent.postMessage({ source: 'social-media-check', type: 'height', height: height += 100 }, '*'), 10);
  </script>`);
  const growing = await serveDirectory(folder);
  const page = await browser.newPage();
  try {
    const url = await publish('growing.html', '<div id="embed" data-social-media-check></div>', growing.url);
    await page.goto(url);
    await page.waitForSelector('#embed iframe');
    const frameHeight = () => page.$eval('#embed iframe', (frame) => frame.getBoundingClientRect().height);
    await page.waitForFunction(() => document.querySelector('#embed iframe').getBoundingClientRect().height > 640);
    // The page's own listener counts the reports; the loader has handled all but the last it counted. Waiting
    // for a number of reports, not for a time, gives the loader the same chances to grow on a slow machine.
    const reports = () => page.evaluate(() => window.received.filter((m) => m.type === 'height').length);
    const moreReports = async (count) => {
      const seen = await reports();
      await page.waitForFunction((n) => window.received.filter((m) => m.type === 'height').length >= n, seen + count);
    };
    await moreReports(30);
    const first = await frameHeight();
    // Eight steps of at most 100 px each, whatever arrived meanwhile (some 30 reports or more).
    assert.ok(first <= 640 + 8 * 100 + 100, `grew to ${first} px without the reader doing anything`);
    await moreReports(30);
    assert.equal(await frameHeight(), first, 'it went on growing');
    // The reader does something: a few more steps, then it stops again.
    await page.mouse.click(5, 5);
    await moreReports(30);
    const second = await frameHeight();
    assert.ok(second > first, 'input did not let it grow again');
    await moreReports(30);
    assert.equal(await frameHeight(), second);
  } finally {
    await page.close();
    await growing.close();
  }
});

test('with its frame’s storage blocked, the check resumes after the host page reloads', async () => {
  await withApp([...OWNER_CONFIG, `host_origin = ${blog.origin}`], async (app, context) => {
    // The browser blocks storage for the check's frame, as many do for other sites' frames.
    await context.addInitScript((appOrigin) => {
      if (location.origin === appOrigin && window.top !== window) {
        Object.defineProperty(window, 'localStorage', {
          get() { throw new DOMException('blocked', 'SecurityError'); },
        });
      }
    }, new URL(app.url).origin);
    const url = await publish('blocked.html', '<div id="embed" data-social-media-check></div>', app.url);
    const page = await context.newPage();
    await page.goto(url);
    let frame = await checkFrame(page);
    await frame.click('.start button.primary');
    for (let question = 1; question <= 4; question++) {
      await frame.waitForSelector(`#progress-label >> text=/\\b${question}\\b/`);
      await answerByClicking(frame, DIGITS);
      await frame.click('.step-nav button.primary');
    }
    await frame.waitForSelector('#progress-label >> text=/\\b5\\b/');
    // The host page keeps the progress line under its one key, and nothing else.
    const key = `social-media-check:progress:${app.url}`;
    await page.waitForFunction((k) => /^smc\d+\./.test(localStorage.getItem(k) ?? ''), key);
    assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), [key]);

    // After the reload the check opens where the visitor was, at the fifth question.
    await page.reload();
    frame = await (await page.waitForSelector('#embed iframe')).contentFrame();
    await frame.waitForSelector('#progress-label >> text=/\\b5\\b/');
    assert.equal(await frame.$$eval('main input[type=radio]:checked', (radios) => radios.length), 0);
    await frame.click('.step-nav button.secondary');
    await frame.waitForSelector('#progress-label >> text=/\\b4\\b/');
    assert.equal(await frame.$$eval('main input[type=radio]:checked', (radios) => radios.length), 1);
    await page.close();
  });
});

test('a page not in host_origin gets no progress to keep', async () => {
  await withApp(OWNER_CONFIG, async (app, context) => {
    await context.addInitScript((appOrigin) => {
      if (location.origin === appOrigin && window.top !== window) {
        Object.defineProperty(window, 'localStorage', {
          get() { throw new DOMException('blocked', 'SecurityError'); },
        });
      }
    }, new URL(app.url).origin);
    const url = await publish('unlisted.html', '<div id="embed" data-social-media-check></div>', app.url);
    const page = await context.newPage();
    await page.goto(url);
    const frame = await checkFrame(page);
    await frame.click('.start button.primary');
    await answerByClicking(frame, DIGITS);
    await frame.click('.step-nav button.primary');
    await frame.waitForSelector('#progress-label >> text=/\\b2\\b/');
    // The progress the check would give the loader after that answer has arrived once a later message has.
    await messagesHandled(page, frame);
    assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), []);
  });
});

test('a deployment whose listing names a missing file, and then the fixed one, reach the returning visitor', async () => {
  const sw = await readFile(join(root, 'dist', 'sw.js'), 'utf8');
  const index = await readFile(join(root, 'dist', 'index.html'), 'utf8');
  const site = await mkdtemp(join(tmpdir(), 'deployments-'));
  await cp(join(root, 'dist'), site, { recursive: true });
  /** Deploys a release: the built files with a marked index.html, and a listing of `extra` files besides. */
  const deploy = async (name, extra = []) => {
    await writeFile(join(site, 'index.html'), index.replace('<title>', `<meta name="release" content="${name}"><title>`));
    await writeFile(join(site, 'sw.js'), sw
      .replace(/\bVERSION\s*=\s*(["'])[^"']*\1/, `VERSION = '${name}'`)
      .replace(/\bFILES\s*=\s*(\[[^\]]*\])/, (_, files) => `FILES = ${JSON.stringify([...JSON.parse(files), ...extra])}`));
  };
  await deploy('a');
  const app = await serveDirectory(site);
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const cached = () => page.evaluate(async () => (await caches.keys()).join());
    /**
     * Waits until release `name` has taken over: its cache alone, its worker active, and the check's page
     * that the page's own requests get is that release's.
     */
    const takenOver = (name) => until(page, async (release) => {
      const registration = await navigator.serviceWorker.getRegistration();
      return (await caches.keys()).join() === `social-media-check-${release}`
        && registration?.active?.state === 'activated'
        && (await (await fetch('./')).text()).includes(`<meta name="release" content="${release}">`);
    }, name, { timeout: 20_000 });
    await page.goto(app.url);
    await waitForApp(page);
    await offlineCacheReady(page);
    assert.equal(await cached(), 'social-media-check-a');

    // Release b lists a file the server does not have.
    await deploy('b', ['./missing.js']);
    await page.reload();
    await takenOver('b');

    // The fixed release c follows as any release does.
    await deploy('c');
    await page.reload();
    await takenOver('c');
    // The visitor's next visit shows the fixed release.
    const next = await context.newPage();
    await next.goto(app.url);
    await waitForApp(next);
    assert.equal(await next.getAttribute('meta[name=release]', 'content'), 'c');
  } finally {
    await context.close();
    await app.close();
  }
});
