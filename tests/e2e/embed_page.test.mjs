// The embed page (embed.html), as a consultant who knows no HTML uses it: the preview never covers the
// code, colours come from a picker, mistakes are shown at their field and never copied, web addresses are
// completed, the preview follows typing and can be as narrow as a phone, and the loader and the iframe
// carry only what differs from config.ini.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import {
  serveDist, launchBrowser, root, axeViolations, poll,
} from './support.mjs';

const PRIMARY = '#1a6b4f';
const SNIPPETS = ['#code-loader', '#code-iframe', '#code-config'];

let app;
let browser;

before(async () => {
  app = await serveDist({}, {
    files: {
      '/config.ini': [
        'name = Muster Beratung',
        `primary = ${PRIMARY}`,
        'contact_label = Termin vereinbaren',
        'contact_link = mailto:hallo@example.org?subject=Social-Media-Check',
      ].join('\n'),
    },
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await app?.close();
});

/** A fresh visit to the embed page (nothing kept from another test) at `viewport`. */
async function openEmbedPage(viewport = { width: 1280, height: 800 }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(`${app.url}embed.html`);
  await page.waitForSelector('#setting-name');
  await page.frameLocator('.preview-frame').locator('#app .start:not(.static) button.primary').waitFor();
  return { context, page };
}

/**
 * Waits until the preview frame shows the check at an address holding `part`, drawn by the app. Changing the
 * frame's `src` starts a navigation: until it commits, the frame still holds the previous check, whose start
 * screen a locator would find (and click) just as well.
 */
async function previewShows(page, part) {
  await page.waitForFunction((wanted) => {
    const preview = document.querySelector('.preview-frame').contentDocument;
    return preview !== null && preview.location.href.includes(wanted)
      && preview.querySelector('#app .start:not(.static) button.primary') !== null;
  }, part);
}

/** Every snippet's text, in one string. */
async function allSnippets(page) {
  return (await Promise.all(SNIPPETS.map((id) => page.inputValue(id)))).join('\n');
}

/** Keeps a screenshot for a person to look at, in target/screenshots/. */
async function screenshot(page, name) {
  const folder = join(root, 'target', 'screenshots');
  await mkdir(folder, { recursive: true });
  await page.screenshot({ path: join(folder, `${name}.png`) });
}

/**
 * What covers the corners of the snippet `id`, scrolled so that it stands at the top, middle and bottom
 * of the window: a list of "position corner: element" for each corner not showing the snippet itself.
 * Each corner is taken two pixels inside the rounded border, where the field itself is hit.
 */
function coveredCorners(page, id) {
  return page.evaluate(async (id) => {
    const field = document.querySelector(id);
    const covered = [];
    for (const block of ['start', 'center', 'end']) {
      field.scrollIntoView({ block });
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      const box = field.getBoundingClientRect();
      // A rounded corner's arc runs through (0.3 r, 0.3 r) from the box's corner.
      const inset = 2 + 0.3 * parseFloat(getComputedStyle(field).borderTopLeftRadius);
      const corners = {
        'top left': [box.left + inset, box.top + inset],
        'top right': [box.right - inset, box.top + inset],
        'bottom left': [box.left + inset, box.bottom - inset],
        'bottom right': [box.right - inset, box.bottom - inset],
      };
      for (const [corner, [x, y]] of Object.entries(corners)) {
        const hit = document.elementFromPoint(x, y);
        if (!field.contains(hit)) covered.push(`${block} ${corner}: ${hit?.outerHTML.slice(0, 80)}`);
      }
    }
    return covered;
  }, id);
}

test('at 1280 × 800, nothing covers the code, wherever it is scrolled to', async () => {
  const { context, page } = await openEmbedPage();
  // The preview grows to the check's height first; then the page has its final length.
  const previewFrame = await (await page.$('.preview-frame')).contentFrame();
  await poll(async () => {
    const content = await previewFrame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
    // The frame's height attribute follows the check's reports; its CSS may cap what is shown.
    const height = Number(await page.getAttribute('.preview-frame', 'height'));
    return Math.abs(height - content) < 1;
  }, { what: 'the preview as tall as the check in it' });
  for (const id of SNIPPETS) {
    assert.deepEqual(await coveredCorners(page, id), [], `${id} is covered`);
  }
  await page.evaluate(() => document.querySelector('#code-loader').scrollIntoView({ block: 'start' }));
  await screenshot(page, 'embed-page-1280-code');
  // The preview still stays in view beside the form while the owner works down it.
  await page.evaluate(() => document.querySelector('#setting-host_origin').scrollIntoView({ block: 'center' }));
  const preview = await page.$eval('.preview-frame', (frame) => frame.getBoundingClientRect().top);
  assert.ok(preview >= 0 && preview < 800, `the preview is out of view (${preview})`);
  await context.close();
});

test('a colour set with the picker reaches the text field, the preview and the code', async () => {
  const { context, page } = await openEmbedPage();
  const picker = page.getByLabel('Hauptfarbe im Farbwähler');
  assert.equal(await picker.getAttribute('type'), 'color');
  assert.equal(await picker.inputValue(), PRIMARY, 'the picker shows the colour of config.ini');
  // As a browser's colour dialog does: it sets the value and says so.
  await picker.evaluate((input) => {
    input.value = '#1f4e79';
    input.dispatchEvent(new Event('input', { bubbles: true }));
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
  assert.equal(await page.inputValue('#setting-primary'), '#1f4e79');
  assert.match(await page.inputValue('#code-loader'), /data-primary="#1f4e79"/);
  assert.match(await page.inputValue('#code-config'), /^primary = #1f4e79$/m);
  const preview = page.frameLocator('.preview-frame');
  await preview.locator('#app .start:not(.static) button.primary').waitFor();
  await page.waitForFunction(() => {
    const button = document.querySelector('.preview-frame').contentDocument?.querySelector('.start button.primary');
    return button && getComputedStyle(button).backgroundColor === 'rgb(31, 78, 121)';
  });

  // And the other way: a colour typed as text shows in the picker.
  await page.fill('#setting-primary', '#c60');
  assert.equal(await picker.inputValue(), '#cc6600');
  await context.close();
});

test('a bad colour is marked at its field, in plain words, and left out of every snippet', async () => {
  const { context, page } = await openEmbedPage();
  assert.equal(await page.locator('.embed-code .error').count(), 0);
  await page.fill('#setting-accent', 'grün');
  const field = page.locator('#setting-accent');
  assert.equal(await field.getAttribute('aria-invalid'), 'true');
  assert.equal(await field.getAttribute('aria-describedby'), 'setting-accent-note');
  const note = page.locator('#setting-accent-note');
  assert.ok(await note.isVisible());
  assert.equal(
    await note.textContent(),
    '„grün“ ist keine Farbe. Wählen Sie eine mit dem Farbwähler oder schreiben Sie sie als #1a6b4f.',
  );
  const code = await allSnippets(page);
  assert.doesNotMatch(code, /grün|gr%C3%BCn|accent/);
  assert.match(await page.locator('.embed-code .error').textContent(), /Ein Feld mit einem Fehler fehlt im Code/);
  // The preview never gets the mistake either, so it shows what the code does.
  await page.press('#setting-accent', 'Tab');
  assert.doesNotMatch(await page.getAttribute('.preview-frame', 'src'), /accent/);
  assert.deepEqual(await axeViolations(page), []);

  // Mended, the mark goes and the colour is copied.
  await page.fill('#setting-accent', '#b3400e');
  assert.equal(await field.getAttribute('aria-invalid'), null);
  assert.equal(await page.locator('#setting-accent-note').count(), 0);
  assert.match(await page.inputValue('#code-loader'), /data-accent="#b3400e"/);
  await context.close();
});

test('the loader and the iframe carry only what differs from config.ini; its lines carry everything', async () => {
  const { context, page } = await openEmbedPage();
  assert.equal(await page.inputValue('#setting-primary'), PRIMARY.toUpperCase());
  const loader = () => page.inputValue('#code-loader');
  // Unchanged, the loader holds no setting: config.ini gives them, also when it changes later.
  assert.equal(
    await loader(),
    `<div data-social-media-check>\n  <a href="${app.url}">Zum Social-Media-Check</a>\n</div>\n<script src="${app.url}embed.js" async></script>`,
  );
  assert.match(await page.inputValue('#code-iframe'), new RegExp(`^<iframe src="${app.url}" title=`));
  assert.match(await page.inputValue('#code-config'), /^primary = #1A6B4F$/m);
  assert.match(await page.inputValue('#code-config'), /^name = Muster Beratung$/m);
  assert.match(
    await page.locator('.code:has(#code-loader) .code-note').textContent(),
    /^Enthält nur, was von config\.ini abweicht/,
  );
  assert.equal(await page.getAttribute('#code-loader', 'aria-describedby'), 'code-loader-note');

  await page.fill('#setting-primary', '#c60');
  assert.match(await loader(), /^<div data-social-media-check data-primary="#c60">\n/);
  assert.match(await page.inputValue('#code-iframe'), /\?primary=%23c60"/);
  await page.selectOption('#setting-address', 'du');
  assert.match(await loader(), /data-primary="#c60" data-address="du"/);
  // Back to the file's colour, written otherwise: no difference, so nothing to carry.
  await page.fill('#setting-primary', '#1A6b4f');
  assert.doesNotMatch(await loader(), /data-primary/);
  assert.match(await page.inputValue('#code-config'), /^primary = #1A6b4f$/m);
  await context.close();
});

test('the preview follows typing without the field being left, and can be as wide as a phone', async () => {
  const { context, page } = await openEmbedPage();
  await page.click('#setting-accent');
  await page.keyboard.type('#1f4e79');
  await page.waitForFunction(() => document.querySelector('.preview-frame').getAttribute('src').includes('accent=%231f4e79'));
  await previewShows(page, 'accent=%231f4e79');
  const preview = page.frameLocator('.preview-frame');
  assert.equal(
    await preview.locator('html').evaluate((html) => html.style.getPropertyValue('--accent-decoration')),
    '#1F4E79',
  );
  assert.equal(await page.evaluate(() => document.activeElement.id), 'setting-accent', 'the field lost focus');

  // The width, with the keyboard: to the radio buttons, and an arrow key to the phone.
  const frameWidth = () => page.$eval('.preview-frame', (frame) => frame.getBoundingClientRect().width);
  assert.ok((await frameWidth()) > 500);
  await page.focus('input[name="preview-width"][value="desktop"]');
  await page.keyboard.press('ArrowRight');
  assert.ok(await page.isChecked('input[name="preview-width"][value="phone"]'));
  assert.equal(await frameWidth(), 360);
  await page.keyboard.press('ArrowLeft');
  assert.ok((await frameWidth()) > 500);
  await context.close();
});

test('the preview offers no link back to the embed page, and web addresses are completed', async () => {
  const { context, page } = await openEmbedPage();
  const preview = page.frameLocator('.preview-frame');
  // The preview notice is there, without its link to this page.
  await preview.locator('.preview h2').waitFor();
  assert.equal(await preview.locator('a[href*="embed"]').count(), 0);

  await page.fill('#setting-contact_link', 'www.muster-beratung.de/termin');
  assert.equal(await page.getAttribute('#setting-contact_link', 'aria-invalid'), null);
  assert.equal(
    await page.textContent('#setting-contact_link-note'),
    'Ergänzt zu https://www.muster-beratung.de/termin',
  );
  assert.equal(await page.getAttribute('#setting-contact_link', 'aria-describedby'), 'setting-contact_link-note');
  assert.match(await page.inputValue('#code-config'), /^contact_link = https:\/\/www\.muster-beratung\.de\/termin$/m);
  await page.fill('#setting-logo', 'logo.svg');
  assert.equal(await page.locator('#setting-logo-note').count(), 0);
  assert.match(await page.inputValue('#code-config'), /^logo = logo\.svg$/m);
  await page.fill('#setting-privacy_link', 'www.muster-beratung.de/datenschutz');
  await page.fill('#setting-lead_endpoint', 'formspree.io/f/abc');
  assert.match(await page.inputValue('#code-config'), /^privacy_link = https:\/\/www\.muster-beratung\.de\/datenschutz$/m);
  assert.match(await page.inputValue('#code-config'), /^lead_endpoint = https:\/\/formspree\.io\/f\/abc$/m);
  await page.fill('#setting-contact_text', 'Im Erstgespräch gehen wir Ihr Ergebnis durch.');
  assert.match(await page.inputValue('#code-config'), /^contact_text = Im Erstgespräch gehen wir Ihr Ergebnis durch\.$/m);
  // Settings only config.ini may set are in its lines alone.
  assert.doesNotMatch(await page.inputValue('#code-loader') + await page.inputValue('#code-iframe'), /contact|privacy|lead|logo/);
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});

test('what the owner typed survives a reload, mistakes included, until they reset to config.ini', async () => {
  const { context, page } = await openEmbedPage();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(app.url).origin });
  await page.fill('#setting-name', 'Beratung Beispiel');
  assert.match(await page.inputValue('#code-config'), /^name = Beratung Beispiel$/m, 'the code follows every key');
  await page.fill('#setting-accent', 'orange');
  await page.selectOption('#setting-address', 'du');
  // The preview is the check with the presentation settings; the name comes from config.ini only.
  const preview = page.frameLocator('.preview-frame');
  await page.waitForFunction(() => document.querySelector('.preview-frame').getAttribute('src').includes('address=du'));
  await previewShows(page, 'address=du');
  await preview.locator('#app .start:not(.static) button.primary').click();
  await preview.locator('#slot-0-0').check();
  await preview.locator('.step-nav button.primary').click();
  assert.match(await preview.locator('legend').textContent(), /\bdu\b|\bdich\b|\bdein/);
  assert.equal(await preview.locator('.owner').textContent(), 'Muster Beratung');

  const loader = await page.inputValue('#code-loader');
  await page.click('.code:has(#code-loader) button');
  await page.waitForFunction(() => document.querySelector('.code:has(#code-loader) .status').textContent !== '');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), loader);

  await page.reload();
  await page.waitForSelector('#setting-name');
  assert.equal(await page.inputValue('#setting-name'), 'Beratung Beispiel');
  assert.equal(await page.inputValue('#setting-accent'), 'orange');
  assert.equal(await page.getAttribute('#setting-accent', 'aria-invalid'), 'true');
  assert.equal(await page.inputValue('#setting-address'), 'du');
  // Resetting returns to config.ini, for this and the next visit, also in a choice the owner has changed
  // back and forth (an option once picked by hand no longer follows its `selected` attribute).
  await page.selectOption('#setting-address', 'sie');
  await page.selectOption('#setting-address', 'du');
  await page.click('text=Auf config.ini zurücksetzen');
  assert.equal(await page.inputValue('#setting-name'), 'Muster Beratung');
  assert.equal(await page.inputValue('#setting-address'), 'sie', 'the choice the owner made stays shown');
  await page.reload();
  await page.waitForSelector('#setting-name');
  assert.equal(await page.inputValue('#setting-accent'), '');
  assert.equal(await page.locator('text=Auf config.ini zurücksetzen').count(), 0);
  await context.close();
});

test('on a 360 × 740 phone, the page never scrolls sideways and nothing covers the code', async () => {
  const { context, page } = await openEmbedPage({ width: 360, height: 740 });
  const sideways = () => page.evaluate(() => document.scrollingElement.scrollWidth - document.scrollingElement.clientWidth);
  assert.equal(await sideways(), 0);
  await page.fill('#setting-primary', 'grün');
  await page.fill('#setting-contact_link', 'www.muster-beratung.de/ein-sehr-langer-pfad-zum-termin-kalender');
  await page.check('input[name="preview-width"][value="phone"]');
  assert.equal(await sideways(), 0);
  for (const id of SNIPPETS) {
    assert.deepEqual(await coveredCorners(page, id), [], `${id} is covered`);
  }
  await page.evaluate(() => document.querySelector('#setting-primary').scrollIntoView({ block: 'start' }));
  await screenshot(page, 'embed-page-360-form');
  await page.evaluate(() => document.querySelector('#code-loader').scrollIntoView({ block: 'center' }));
  await screenshot(page, 'embed-page-360-code');
  assert.deepEqual(await axeViolations(page), []);
  await context.close();
});

test('the mistakes speak the page\'s language: English, and German with du', async () => {
  const { context, page } = await openEmbedPage();
  await page.goto(`${app.url}embed.html?address=du`);
  await page.waitForSelector('#setting-name');
  await page.fill('#setting-primary', 'grün');
  assert.equal(
    await page.textContent('#setting-primary-note'),
    '„grün“ ist keine Farbe. Wähl eine mit dem Farbwähler oder schreib sie als #1a6b4f.',
  );
  // The page's own address asked for du, which config.ini does not say: so the loader carries it.
  assert.match(await page.inputValue('#code-loader'), /data-address="du"/);
  await page.click('.tools button[lang=en]');
  await page.fill('#setting-primary', 'green');
  assert.equal(
    await page.textContent('#setting-primary-note'),
    '“green” is not a colour. Pick one with the colour picker or write it as #1a6b4f.',
  );
  assert.equal(await page.getByLabel('Main colour in the colour picker').getAttribute('type'), 'color');
  await context.close();
});

test('the status agrees with the fields: with a mistake in one it does not say all is in order', async () => {
  const { context, page } = await openEmbedPage();
  const status = page.locator('#embed-status');
  assert.match(await status.textContent(), /^Alle Felder sind in Ordnung/);
  const preview = page.frameLocator('.preview-frame');
  await preview.locator('.preview h2').waitFor();

  await page.fill('#setting-accent', 'grün');
  await page.press('#setting-accent', 'Tab');
  assert.equal(await status.textContent(), 'Ein Feld hat einen Fehler; er steht am Feld. Vorschau und Code lassen dieses Feld aus, bis er behoben ist.');
  await page.fill('#setting-logo', 'javascript:alert(1)');
  assert.match(await status.textContent(), /^2 Felder haben einen Fehler/);
  // Nothing else on the page, the preview included, says all is in order meanwhile. The preview shows the
  // fields without their mistakes, so its notice never speaks for the form.
  await page.waitForFunction(() => !document.querySelector('.preview-frame').getAttribute('src').includes('accent'));
  await preview.locator('.preview h2').waitFor();
  assert.doesNotMatch(await page.locator('main').innerText(), /in Ordnung/);
  assert.doesNotMatch(await preview.locator('.preview').innerText(), /in Ordnung/);

  await page.fill('#setting-accent', '#b3400e');
  await page.fill('#setting-logo', '');
  assert.match(await status.textContent(), /^Alle Felder sind in Ordnung/);
  await context.close();
});

test('“config.ini herunterladen” saves exactly the lines shown for config.ini', async () => {
  const { context, page } = await openEmbedPage();
  await page.fill('#setting-name', 'Beratung Beispiel');
  await page.fill('#setting-contact_link', 'hallo@muster-beratung.de');
  await page.fill('#setting-contact_label_en', 'Book a meeting');
  const shown = await page.inputValue('#code-config');
  assert.match(shown, /^contact_label_en = Book a meeting$/m);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.click('.code:has(#code-config) button:has-text("config.ini herunterladen")'),
  ]);
  assert.equal(download.suggestedFilename(), 'config.ini');
  const chunks = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk);
  assert.equal(Buffer.concat(chunks).toString('utf8'), shown);
  await context.close();
});

test('the loader snippet keeps a link to the check for readers without scripts', async () => {
  const { context, page } = await openEmbedPage();
  await page.selectOption('#setting-address', 'du');
  const loader = await page.inputValue('#code-loader');
  const link = `<a href="${app.url}?address=du">Zum Social-Media-Check</a>`;
  assert.ok(loader.includes(`<div data-social-media-check data-address="du">\n  ${link}\n</div>`), loader);
  await context.close();
});
