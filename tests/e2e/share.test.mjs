// Sharing a result: the link, opening it elsewhere, bad links, the QR code, the image and the printout.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import {
  servedCheck, waitForApp, completeByClicking, answerByClicking, expected, resultTables, showSharePanel,
} from './support.mjs';

const check = servedCheck();

const DIGITS = '2' + '1302132' + '3021120';

async function shownScores(page) {
  const overall = Number(await page.getAttribute('.overall-score', 'data-score'));
  const [argumentScores, goalScores] = await resultTables(page);
  return { overall, arguments: argumentScores, goals: goalScores };
}

/** The result link of a finished check, copied with the button and read back from the clipboard. */
async function finishAndCopyLink(context) {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(check.server.url).origin });
  const page = await context.newPage();
  await page.goto(check.server.url);
  await completeByClicking(page, DIGITS);
  await page.click('.share-actions button.primary');
  await page.waitForSelector('.share .status:not(:empty)');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, await page.inputValue('#share-link'), 'the clipboard holds the shown link');
  return { page, link: copied };
}

test('a copied result link opens the same result read-only in a fresh browser', async () => {
  const sender = await check.browser.newContext();
  const { link } = await finishAndCopyLink(sender);
  const fragment = new URL(link).hash.slice(1);
  assert.ok(fragment.length <= 32, `${fragment} is at most 32 characters`);
  assert.match(fragment, /^r=[0-9A-Z]+$/);
  await sender.close();

  const recipient = await check.browser.newContext();
  const page = await recipient.newPage();
  await page.goto(link);
  await page.waitForSelector('.result');
  const model = expected(DIGITS);
  assert.deepEqual(await shownScores(page), { overall: model.overall, arguments: model.chartedArguments, goals: model.chartedGoals });
  assert.equal(await page.locator('.share').count(), 0, 'read-only: no sharing of someone else’s result');
  assert.equal(await page.locator('.step-nav .primary').count(), 1, 'an invitation to take the check');
  await recipient.close();
});

test('opening a result link never overwrites the recipient’s own progress', async () => {
  const sender = await check.browser.newContext();
  const { link } = await finishAndCopyLink(sender);
  await sender.close();

  const recipient = await check.browser.newContext();
  const page = await recipient.newPage();
  await page.goto(check.server.url);
  await waitForApp(page);
  await page.click('.start button.primary');
  const own = '0' + '3'.repeat(14);
  for (let question = 1; question <= 3; question++) {
    await answerByClicking(page, own);
    await page.click('.step-nav .primary');
  }
  const saved = await page.evaluate(() => localStorage.getItem('social-media-check'));
  await page.goto(link);
  await page.waitForSelector('.result');
  assert.equal(await page.evaluate(() => localStorage.getItem('social-media-check')), saved);
  await page.click('.step-nav .primary');
  await page.waitForSelector('.question');
  assert.match(await page.textContent('#progress-label'), /\b4\b/, 'back at the own fourth question');
  assert.equal(new URL(page.url()).hash, '', 'the result link is gone from the address bar');
  await page.reload();
  await page.waitForSelector('#app .question');
  await recipient.close();
});

test('a result link pasted into an open tab shows that result', async () => {
  const context = await check.browser.newContext();
  const page = await context.newPage();
  await page.goto(check.server.url);
  await waitForApp(page);
  const model = expected(DIGITS);
  await page.evaluate((code) => { location.hash = `r=${code}`; }, model.code);
  await page.waitForSelector('.result');
  assert.equal((await shownScores(page)).overall, model.overall);
  await context.close();
});

/** The checksum the answer code uses (see model/src/code.rs), to build a well-formed code of version 4. */
function codeWithChecksum(symbols) {
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  const values = [...symbols].map((c) => alphabet.indexOf(c));
  const sum = values.reduce((total, value, i) => total + value * (i + 1), 0) % 1021;
  return symbols + alphabet[sum >> 5] + alphabet[sum & 31];
}

test('bad links explain themselves in the user’s language and offer the check', async () => {
  const good = expected(DIGITS).code;
  const changed = good.slice(0, 5) + (good[5] === 'A' ? 'B' : 'A') + good.slice(6);
  const bad = {
    truncated: good.slice(0, -1),
    'one character changed': changed,
    'unknown version': codeWithChecksum('4' + good.slice(1, 12)),
    'random text': 'hello-world',
    '10 KB of garbage': 'x9'.repeat(5_000),
    'script in the fragment': encodeURIComponent('<script>alert(1)</script>'),
    'markup in the fragment': '<img src=x onerror=alert(1)>',
  };
  for (const [lang, heading] of [['de', /Link/], ['en', /link/]]) {
    const context = await check.browser.newContext();
    await context.addInitScript((code) => {
      if (!localStorage.getItem('social-media-check')) localStorage.setItem('social-media-check', `smc3.${code}.start.30000000000003`);
    }, lang);
    const page = await context.newPage();
    const dialogs = [];
    page.on('dialog', (dialog) => { dialogs.push(dialog.message()); dialog.dismiss(); });
    for (const [what, code] of Object.entries(bad)) {
      await page.goto(`${check.server.url}#r=${code}`);
      await page.waitForSelector('.link-error h1');
      assert.equal(await page.getAttribute('html', 'lang'), lang, what);
      assert.match(await page.textContent('.link-error h1'), heading, what);
      assert.ok((await page.textContent('.link-error p')).length > 30, `${what}: the reason is given`);
      assert.equal(await page.locator('img, main script').count(), 0, `${what}: nothing injected`);
      await page.click('.link-error .primary');
      await page.waitForSelector('.start');
    }
    assert.deepEqual(dialogs, [], 'no script ran');
    await context.close();
  }
});

test('the QR code decodes to the result link', async () => {
  const context = await check.browser.newContext({ deviceScaleFactor: 2 });
  const page = await context.newPage();
  await page.goto(check.server.url);
  await completeByClicking(page, DIGITS);
  const link = await page.inputValue('#share-link');
  await showSharePanel(page);
  const png = PNG.sync.read(await page.locator('svg.qr-code').screenshot());
  const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  assert.ok(decoded, 'a QR code was found');
  assert.equal(decoded.data, link);
  await context.close();
});

test('the image downloads as a 1200 × 630 PNG', async () => {
  const context = await check.browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(check.server.url);
  await completeByClicking(page, DIGITS);
  await showSharePanel(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click('.share-actions button:has-text("Bild")'),
  ]);
  assert.match(download.suggestedFilename(), /\.png$/);
  const png = PNG.sync.read(await readFile(await download.path()));
  assert.deepEqual([png.width, png.height], [1200, 630]);
  // Not a blank canvas: the card's coloured panel is there.
  const [r, g, b] = png.data.subarray(0, 3);
  assert.notDeepEqual([r, g, b], [255, 255, 255]);
  await context.close();
});

test('the printout puts the whole result on one A4 page', async () => {
  for (const lang of ['de', 'en']) {
    const context = await check.browser.newContext();
    await context.addInitScript((code) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('social-media-check', `smc3.${code}.start.30000000000003`);
        sessionStorage.setItem('seeded', '1');
      }
    }, lang);
    const page = await context.newPage();
    await page.goto(check.server.url);
    await completeByClicking(page, '0'.repeat(22));
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    assert.equal(pages.length, 1, `${lang}: pages in the PDF`);
    await page.emulateMedia({ media: 'print' });
    assert.ok(await page.isVisible('.next-steps'), 'the next steps are printed');
    assert.ok(await page.isHidden('.share'), 'the share controls are not');
    await context.close();
  }
});

test('the Share button appears only where the browser can share, and shares the link', async () => {
  const plain = await check.browser.newContext();
  const without = await plain.newPage();
  await without.goto(check.server.url);
  const hasShare = await without.evaluate(() => 'share' in navigator);
  await completeByClicking(without, DIGITS);
  assert.equal(await without.locator('.share-actions button').count(), hasShare ? 4 : 3);
  await plain.close();

  const sharing = await check.browser.newContext();
  await sharing.addInitScript(() => {
    window.shared = [];
    navigator.share = async (data) => { window.shared.push(data); };
  });
  const page = await sharing.newPage();
  await page.goto(check.server.url);
  await completeByClicking(page, DIGITS);
  await page.click('.share-actions button:has-text("Teilen")');
  await page.waitForFunction(() => window.shared.length === 1);
  const [data] = await page.evaluate(() => window.shared);
  assert.equal(data.url, await page.inputValue('#share-link'));
  assert.match(data.text, new RegExp(`\\b${expected(DIGITS).overall}\\b`), 'the text names the score');
  await sharing.close();
});
