// Takes the check to its result without knowing its questions: how many screens there are and which
// answers each asks for is the check's business, and tests that need only some result stay true when
// they change.
import { hostSettled, resultDrawn, waitForApp } from './support.mjs';

/**
 * From the start screen to the result: on each screen it ticks the last option of every radio group not
 * answered yet and presses the primary button of the step navigation, then waits until another screen
 * (or the result) is there. A screen is known by the radio groups it asks, since each answer has a group
 * of its own.
 */
export async function walkToResult(page) {
  await waitForApp(page);
  await page.click('.start button.primary');
  for (let screens = 0; screens < 100; screens++) {
    await page.waitForSelector('.result, main input[type=radio]');
    if (await page.locator('.result').count()) {
      await resultDrawn(page);
      return;
    }
    const groups = await page.evaluate(() =>
      [...new Set([...document.querySelectorAll('main input[type=radio]')].map((radio) => radio.name))]);
    for (const name of groups) {
      if (await page.locator(`main input[name="${name}"]:checked`).count() === 0) {
        await page.check(`main input[name="${name}"] >> nth=-1`);
      }
    }
    // The answer's card scrolls into view; „Weiter“ is clicked once the page stands still.
    await hostSettled(page);
    await page.click('.step-nav button.primary');
    await page.waitForFunction(
      (before) => document.querySelector('.result') !== null
        || [...new Set([...document.querySelectorAll('main input[type=radio]')].map((radio) => radio.name))].join() !== before,
      groups.join(),
    );
  }
  throw new Error('no result after 100 screens');
}
