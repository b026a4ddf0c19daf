// The contact button speaks the page's language (issue 24): an English page shows `contact_label_en`, and
// without it the English default, never the German `contact_label`. The button is on the visitor's own
// result only, so the test walks there, answering whatever each screen asks: the number of screens is the
// check's business, not this test's.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launchBrowser } from './support.mjs';
import { walkToResult } from './walk.mjs';

const GERMAN_LABEL = 'Termin vereinbaren';
const OWNER = ['name = Muster Beratung', 'contact_link = mailto:hallo@example.org', `contact_label = ${GERMAN_LABEL}`];

let browser;
const servers = [];

before(async () => {
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await Promise.all(servers.map((server) => server.close()));
});

/** The labels of the contact buttons on the result of a check served with `config`. */
async function contactLabels(config) {
  const server = await serveDist({}, { files: { '/config.ini': config.join('\n') } });
  servers.push(server);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.url);
  await walkToResult(page);
  await page.waitForSelector('.result .contact a');
  const labels = (await page.locator('.result .contact a').allTextContents()).map((label) => label.trim());
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await context.close();
  return labels;
}

test('an English page with only the German contact_label shows the English default label', async () => {
  const labels = await contactLabels([...OWNER, 'lang = en']);
  assert.ok(labels.length > 0);
  assert.deepEqual(labels, labels.map(() => 'Get in touch'));
});

test('an English page with contact_label_en shows that label', async () => {
  const labels = await contactLabels([...OWNER, 'contact_label_en = Book a meeting', 'lang = en']);
  assert.ok(labels.length > 0);
  assert.deepEqual(labels, labels.map(() => 'Book a meeting'));
});
