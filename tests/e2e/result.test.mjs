// The way through and the result on a phone: ten screens and fifteen answers in Sie, du and English; the
// result's first screen holds the score, the band, the step that matters most and the contact button with a
// reason to talk, and the answer to the myth follows; links of answer code versions 1 and 2 open with the
// scores they showed; a shared result speaks of someone else's business; no screen scrolls sideways at 320
// px, even with a 60-character name; axe finds nothing on any screen; the printout carries the consultant on
// one A4 page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { inflateSync } from 'node:zlib';
import {
  serveDist, launchBrowser, waitForApp, completeByClicking, answerByClicking, axeViolations, expected, QUESTIONS, resultDrawn,
} from './support.mjs';

const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };
const DIGITS = '2' + '1302132' + '3021120';
const NAME_60 = 'Muster & Partner Social-Media-Beratung für Handwerk und Hand';
const CONTACT = 'mailto:hallo@muster-beratung.example?subject=Check';
const CONFIG = [
  `name = ${NAME_60}`,
  `contact_link = ${CONTACT}`,
  'contact_label = Erstgespräch vereinbaren',
  'contact_text = Im kostenlosen Erstgespräch gehen wir das Ergebnis gemeinsam durch.',
  // Each form has its own line: the one for Sie never stands on a du or an English page.
  'contact_text_du = Im kostenlosen Erstgespräch gehen wir dein Ergebnis gemeinsam durch.',
  'contact_text_en = In a free first meeting we go through the result together.',
].join('\n');

/** The three ways the check speaks: German "Sie", German "du" and English, each with its config. */
const LANGUAGES = [
  { name: 'Sie', lang: 'de', config: CONFIG },
  { name: 'du', lang: 'de', config: `${CONFIG}\naddress = du` },
  { name: 'English', lang: 'en', config: CONFIG },
];

let browser;
const servers = [];

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await Promise.all(servers.map((server) => server.close()));
});

async function serverWith(config) {
  const server = await serveDist({}, { files: { '/config.ini': config } });
  servers.push(server);
  return server;
}

/** A phone-sized page whose saved state starts the check in `lang`, once. */
async function phonePage(lang, viewport = PHONE.viewport) {
  const context = await browser.newContext({ ...PHONE, viewport });
  await context.addInitScript((code) => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('social-media-check', `smc3.${code}.start.30000000000003`);
      sessionStorage.setItem('seeded', '1');
    }
  }, lang);
  return { context, page: await context.newPage() };
}

/** Whether the element's box lies wholly within the first viewport (the page scrolled to its top). */
async function inFirstScreen(page, selector) {
  return page.evaluate((s) => {
    const box = document.querySelector(s)?.getBoundingClientRect();
    return !!box && box.height > 0 && box.top + window.scrollY >= 0 && box.bottom + window.scrollY <= window.innerHeight;
  }, selector);
}

/** The owner's settings without `contact_text`: the check words the line above the button itself. */
const CONFIG_WITHOUT_TEXT = CONFIG.split('\n').filter((line) => !line.startsWith('contact_text')).join('\n');

for (const { name, lang, config } of LANGUAGES) {
  test(`${name}: the way through is ten questions, as the start screen says, with fifteen answers`, async () => {
    const server = await serverWith(config);
    const { context, page } = await phonePage(lang);
    await page.goto(server.url);
    await waitForApp(page);
    const duration = await page.textContent('.start .duration');
    assert.match(duration, lang === 'en' ? /\b4 minutes, 10 questions\b/ : /\b4 Minuten, 10 Fragen\b/);
    await page.click('.start button.primary');
    const answered = new Set();
    let screens = 0;
    while (!(await page.locator('.result').count())) {
      screens += 1;
      await page.waitForSelector(`#progress-label >> text=/\\b${screens}\\b/`);
      const names = await page.$$eval('main input[type=radio]', (radios) => [...new Set(radios.map((r) => r.name))]);
      names.forEach((radio) => answered.add(radio));
      await answerByClicking(page, DIGITS);
      await page.click('.step-nav button.primary');
      await page.waitForFunction((next) => document.querySelector('.result')
        || new RegExp(`\\b${next}\\b`).test(document.querySelector('#progress-label')?.textContent ?? ''), screens + 1);
    }
    assert.equal(screens, QUESTIONS);
    assert.equal(screens, 10);
    assert.equal(answered.size, 15);
    await context.close();
  });

  test(`${name}: on arriving at the result, the score, the band, the top step and the contact button are in the first screen, the answer to the myth right below`, async () => {
    const server = await serverWith(config);
    const { context, page } = await phonePage(lang);
    await page.goto(server.url);
    await completeByClicking(page, DIGITS);
    await page.waitForSelector('.result-top .contact a');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'step-heading', 'focus is on the heading');
    for (const selector of ['.score-gauge', '.band', '.top-step h2', '.top-step .reason', '.result-top .contact-text', '.result-top .contact a']) {
      assert.ok(await inFirstScreen(page, selector), `${selector} is in the first 740 px`);
    }
    assert.equal(Number(await page.getAttribute('.overall-score', 'data-score')), expected(DIGITS).overall);
    assert.equal(await page.textContent('.gauge-score'), String(expected(DIGITS).overall));
    assert.match(await page.textContent('.contact-text'), lang === 'en' ? /first meeting/ : /Erstgespräch/);
    // The button comes again after the next steps.
    await page.waitForSelector('.quick-win');
    assert.equal(await page.locator('.contact a').count(), 2);
    // Right below the first screen, the start's myth gets its answer with the first card's figure.
    assert.equal(await page.evaluate(() => document.querySelector('.result-top').nextElementSibling?.className), 'myth-answer');
    assert.match(await page.textContent('.myth-answer'), lang === 'en' ? /42% .*Destatis/ : /42\u00a0% .*Destatis/);
    await context.close();
  });

  test(`${name}: without the owner's contact_text the button still comes with a reason to talk`, async () => {
    const server = await serverWith(config.replace(CONFIG, CONFIG_WITHOUT_TEXT));
    const { context, page } = await phonePage(lang);
    await page.goto(server.url);
    await completeByClicking(page, DIGITS);
    await page.waitForSelector('.result-top .contact a');
    const line = await page.textContent('.result-top .contact-text');
    assert.match(line, lang === 'en' ? /conversation|together/ : /Gespräch|gemeinsam/);
    assert.doesNotMatch(line, /Erstgespräch/);
    // du is addressed as du, Sie as Sie.
    if (name === 'du') assert.doesNotMatch(line, /\b(Sie|Ihr|Ihre|Ihnen)\b/);
    if (name === 'Sie') assert.doesNotMatch(line, /\b(du|dein|deine|dich|dir)\b/);
    for (const selector of ['.score-gauge', '.band', '.top-step h2', '.result-top .contact-text', '.result-top .contact a']) {
      assert.ok(await inFirstScreen(page, selector), `${selector} is in the first 740 px`);
    }
    assert.deepEqual(await axeViolations(page), []);
    await context.close();
  });

  test(`${name}: a shared result speaks of that business, never of "your" result`, async () => {
    const server = await serverWith(config);
    const { context, page } = await phonePage(lang);
    await page.goto(`${server.url}#r=${expected(DIGITS).code}`);
    await resultDrawn(page);
    const text = await page.innerText('main');
    // Second-person possessives before the result, its steps, points or scores: the sharer's, not the reader's.
    const possessive = /\b(?:Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres|dein|deine|deinen|deinem|deiner|deines)\s+(?:\S+\s+)?(?:Ergebnis|Ergebnisses|Schritte|Schritten|Punkte|Punkten|Werte|Stärke|Ziele)\b|\byour\s+(?:\S+\s+)?(?:result|steps|points|scores?|strengths?|goals)\b/i;
    assert.doesNotMatch(text, possessive);
    assert.match(await page.textContent('h1'), lang === 'en' ? /shared with you/ : /wurde mit (Ihnen|dir) geteilt/);
    const invitations = await page.locator('main button.primary').allTextContents();
    assert.equal(invitations.length, 2, 'the invitation at the top and at the bottom');
    const invitation = { Sie: 'Machen Sie den Check selbst', du: 'Mach den Check selbst', English: 'Take the check yourself' }[name];
    assert.deepEqual(invitations.map((t) => t.trim()), [invitation, invitation]);
    assert.match(await page.textContent('#next-steps-heading'), /dieses Unternehmen|this business/);
    await context.close();
  });
}

test('links made by versions 1 and 2 open with the scores they showed when they were made', async () => {
  const server = await serverWith(CONFIG);
  const { context, page } = await phonePage('de');
  // The same answers as a code of version 1 and of version 2 (model/tests/code_vectors.rs): 47 points.
  for (const code of ['10YN4TM6MCCV8J', '21H1TXSXT71A5R']) {
    // Each link opens in a page of its own. Both codes score 47, and a link that differs from the address
    // on view only in its fragment is a same-document navigation: the second result would be waited for
    // and read on the first one's page, before the app has read the second link.
    await page.goto('about:blank');
    await page.goto(`${server.url}#r=${code}`);
    await page.waitForSelector(`.result .overall-score[data-score="47"]`);
    assert.equal(await page.textContent('.gauge-score'), '47', code);
  }
  // A link of version 1 that asked every goal apart still charts all seven goals.
  await page.waitForSelector('.result .quick-win');
  assert.equal(await page.locator('.result table').nth(1).locator('tbody tr').count(), 7);
  await context.close();
});

test('the share panel on a phone: equal buttons, a visible “Kopiert ✓”, no QR code, “Antworten ändern”', async () => {
  const server = await serverWith(CONFIG);
  const { context, page } = await phonePage('de');
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
  await page.goto(server.url);
  await completeByClicking(page, DIGITS);
  const widths = await page.$$eval('.share-actions button', (buttons) => buttons.map((b) => Math.round(b.getBoundingClientRect().width)));
  assert.ok(widths.length >= 3 && widths.every((w) => w === widths[0]), `equal buttons: ${widths}`);
  await page.click('.share-actions button.primary');
  await page.waitForSelector('.share-actions button.primary >> text=Kopiert ✓');
  assert.ok(await page.isHidden('.qr'), 'no QR code to scan with the phone that shows it');
  const back = page.locator('.step-nav button');
  assert.equal((await back.textContent()).trim(), 'Antworten ändern');
  await back.click();
  await page.waitForSelector('.question');
  await context.close();
});

test('a light accent stays as chosen where it decorates and is darkened where it is text', async () => {
  const server = await serverWith(`${CONFIG}\naccent = #ffcc00`);
  const { context, page } = await phonePage('de');
  await page.goto(server.url);
  await completeByClicking(page, DIGITS);
  // The quick win is drawn with the result's second paint, after its first screen.
  await page.waitForSelector('.quick-win .quick-win-label');
  const [stripe, label] = await page.evaluate(() => [
    getComputedStyle(document.querySelector('.quick-win')).borderLeftColor,
    getComputedStyle(document.querySelector('.quick-win-label')).color,
  ]);
  assert.equal(stripe, 'rgb(255, 204, 0)', 'the stripe keeps the owner’s colour');
  assert.notEqual(label, 'rgb(255, 204, 0)', 'the label is darkened for contrast');
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});

/** Every screen of the check, in order: start, the ten screens with their cards, the result. */
async function everyScreen(page, visit) {
  await waitForApp(page);
  await visit('start');
  await page.click('.start button.primary');
  for (let question = 1; question <= QUESTIONS; question++) {
    await page.waitForSelector(`#progress-label >> text=/\\b${question}\\b/`);
    await answerByClicking(page, DIGITS);
    await visit(`question ${question}`);
    await page.click('.step-nav button.primary');
  }
  // The whole result, its second paint (next steps, share panel, charts) included, not its first screen alone.
  await resultDrawn(page);
  await visit('result');
  // Every fold open, as a reader who taps them all sees them.
  await page.evaluate(() => document.querySelectorAll('.result details').forEach((d) => { d.open = true; }));
  await visit('result with every step open');
}

test('no screen scrolls sideways at 320 px, branded with a 60-character name', async () => {
  for (const { name, lang, config } of LANGUAGES) {
    const server = await serverWith(config);
    const { context, page } = await phonePage(lang, { width: 320, height: 640 });
    const overflowing = [];
    const visit = async (screen) => {
      const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
      if (widths[0] > widths[1]) overflowing.push(`${name}, ${screen}: ${widths[0]} px wide`);
    };
    await page.goto(server.url);
    await everyScreen(page, visit);
    await page.goto(`${server.url}#r=${expected(DIGITS).code}`);
    await page.waitForSelector('.result h1 >> text=/geteilt|shared/');
    await visit('shared result');
    await page.goto(`${server.url}#r=nonsense`);
    await page.waitForSelector('.link-error');
    await visit('bad link');
    assert.deepEqual(overflowing, []);
    assert.match(await page.textContent('.bar'), /Muster/, 'the header shows the owner');
    await context.close();
  }
});

test('axe finds no violations on any screen at 360 × 740', async () => {
  const server = await serverWith(CONFIG);
  const { context, page } = await phonePage('de');
  const found = [];
  const visit = async (screen) => {
    for (const violation of await axeViolations(page)) found.push(`${screen}: ${violation}`);
  };
  await page.goto(server.url);
  await everyScreen(page, visit);
  await page.goto(`${server.url}#r=${expected(DIGITS).code}`);
  await page.waitForSelector('.result h1 >> text=/geteilt/');
  await visit('shared result');
  await page.goto(`${server.url}#r=nonsense`);
  await page.waitForSelector('.link-error');
  await visit('bad link');
  assert.deepEqual(found, []);
  await context.close();
});

/**
 * The text of a PDF as Chromium writes it: every content stream's glyph strings, decoded through the
 * ToUnicode map of the font they are set in. Enough for Chromium's own output, not a general PDF reader.
 */
function pdfText(pdf) {
  const source = pdf.toString('latin1');
  const objects = new Map();
  const objectPattern = /(\d+) 0 obj\s*([\s\S]*?)endobj/g;
  for (const [, number, body] of source.matchAll(objectPattern)) {
    const streamStart = body.indexOf('stream');
    let data = null;
    if (streamStart >= 0) {
      const begin = body.indexOf('\n', streamStart) + 1;
      const end = body.lastIndexOf('endstream');
      const raw = Buffer.from(body.slice(begin, end), 'latin1');
      try { data = inflateSync(raw).toString('latin1'); } catch { data = raw.toString('latin1'); }
    }
    objects.set(number, { dict: streamStart >= 0 ? body.slice(0, streamStart) : body, data });
  }
  const cmapOf = (number) => {
    const map = new Map();
    const text = objects.get(number)?.data ?? '';
    const sections = (kind) => [...text.matchAll(new RegExp(`begin${kind}([\\s\\S]*?)end${kind}`, 'g'))].map((m) => m[1]);
    for (const section of sections('bfchar')) {
      for (const [, from, to] of section.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
        map.set(from.toUpperCase(), String.fromCodePoint(...to.match(/.{4}/g).map((h) => parseInt(h, 16))));
      }
    }
    for (const section of sections('bfrange')) {
      for (const [, from, to, start] of section.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
        for (let code = parseInt(from, 16); code <= parseInt(to, 16); code++) {
          const key = code.toString(16).toUpperCase().padStart(from.length, '0');
          map.set(key, String.fromCodePoint(parseInt(start, 16) + code - parseInt(from, 16)));
        }
      }
    }
    return map;
  };
  const fonts = new Map();
  for (const { dict } of objects.values()) {
    for (const [, fontDict] of dict.matchAll(/\/Font\s*<<([\s\S]*?)>>/g)) {
      for (const [, fontName, fontNumber] of fontDict.matchAll(/\/(\S+?)\s+(\d+) 0 R/g)) {
        const font = objects.get(fontNumber)?.dict ?? '';
        const descendant = font.match(/\/DescendantFonts\s*\[\s*(\d+) 0 R/)?.[1];
        const toUnicode = font.match(/\/ToUnicode\s+(\d+) 0 R/)?.[1]
          ?? objects.get(descendant)?.dict.match(/\/ToUnicode\s+(\d+) 0 R/)?.[1];
        if (toUnicode) fonts.set(fontName, cmapOf(toUnicode));
      }
    }
  }
  let text = '';
  for (const { data } of objects.values()) {
    if (!data || !/\bTf\b/.test(data)) continue;
    let cmap = new Map();
    for (const [, fontName, strings] of data.matchAll(/\/(\S+)\s+[\d.]+\s+Tf|(\[[^\]]*\]\s*TJ|<[0-9A-Fa-f]*>\s*Tj)/g)) {
      if (fontName) { cmap = fonts.get(fontName) ?? new Map(); continue; }
      for (const [, hex] of strings.matchAll(/<([0-9A-Fa-f]*)>/g)) {
        for (const glyph of hex.match(/.{4}/g) ?? []) text += cmap.get(glyph.toUpperCase()) ?? '';
      }
      text += ' ';
    }
  }
  return text;
}

test('the printout holds the consultant’s name and contact as text on one A4 page', async () => {
  const server = await serverWith(CONFIG);
  for (const { lang } of [{ lang: 'de' }, { lang: 'en' }]) {
    const { context, page } = await phonePage(lang, { width: 1280, height: 800 });
    await page.goto(server.url);
    await completeByClicking(page, '0'.repeat(22));
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    assert.equal(pages.length, 1, `${lang}: pages in the PDF`);
    const squeezed = pdfText(pdf).replace(/\s+/g, '');
    for (const wanted of [NAME_60, 'hallo@muster-beratung.example', new URL(server.url).host]) {
      assert.ok(squeezed.includes(wanted.replace(/\s+/g, '')), `${lang}: “${wanted}” is text in the PDF`);
    }
    // The dead button is not printed; every next step is.
    await page.emulateMedia({ media: 'print' });
    assert.ok(await page.isHidden('.contact a'));
    const reasons = await page.locator('.next-steps .reason').all();
    assert.equal(reasons.length, 3, `${lang}: three next steps`);
    for (const reason of reasons) assert.ok(await reason.isVisible());
    await context.close();
  }
});
