// The check's core journeys in Firefox ESR and WebKitGTK (the full suite runs in Chromium, tests/e2e/):
// start to result in German and in English, a reload that resumes, the result's link opened in a fresh
// profile, and the whole check offline after the first visit.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { engines, launch, serveDist, stopDisplay } from './support.mjs';

for (const engine of engines) {
  describe(engine, () => {
    let server;
    before(async () => {
      server = await serveDist();
    });
    after(async () => {
      await server?.close();
      stopDisplay();
    });

    test('German: from the start to the result, whose link opens the same result in a fresh profile', async () => {
      const visitor = await launch(engine);
      let link;
      let score;
      try {
        await visitor.open(server.url);
        const answers = await visitor.takeCheck();
        assert.ok(Object.keys(answers).length >= 7, `answered ${JSON.stringify(answers)}`);
        assert.equal(await visitor.run(() => document.documentElement.lang), 'de');
        assert.equal(await visitor.run(() => document.querySelector('header .tools button')?.lang), 'en');
        score = await visitor.score();
        assert.ok(score >= 0 && score <= 100, `score ${score}`);
        link = await visitor.resultLink();
        assert.match(link, /#r=[0-9A-Z]+$/, 'the share panel offers the result link');
      } finally {
        await visitor.close();
      }

      // The recipient has never seen the check: a new profile, nothing stored.
      const recipient = await launch(engine);
      try {
        await recipient.open(link);
        assert.equal(await recipient.score(), score, 'the link shows the same overall score');
        // The whole result is drawn once its charts are (its second paint); a shared one offers no panel to
        // share it on as one's own.
        await recipient.waitFor('.result table');
        const own = await recipient.run(() => document.querySelector('#share-link') !== null);
        assert.equal(own, false, 'a shared result is read-only: no share panel of one\'s own');
        const stored = await recipient.run(() => Object.keys(localStorage).filter((key) => localStorage.getItem(key)?.includes('.result.')));
        assert.deepEqual(stored, [], 'opening a link never stores it as the recipient\'s own result');
      } finally {
        await recipient.close();
      }
    });

    test('English: from the start to the result', async () => {
      const visitor = await launch(engine);
      try {
        await visitor.open(`${server.url}?lang=en`);
        await visitor.takeCheck();
        assert.equal(await visitor.run(() => document.documentElement.lang), 'en');
        const score = await visitor.score();
        assert.ok(score >= 0 && score <= 100, `score ${score}`);
        // The page speaks English: its language switch offers German.
        assert.equal(await visitor.run(() => document.querySelector('header .tools button')?.lang), 'de');
      } finally {
        await visitor.close();
      }
    });

    test('a reload resumes at the same screen with the answers given', async () => {
      const visitor = await launch(engine);
      try {
        await visitor.open(server.url);
        const answers = await visitor.takeCheck({ screens: 3 });
        const screen = () => visitor.run(() => ({
          progress: document.querySelector('#progress-label')?.textContent,
          heading: document.querySelector('#step-heading')?.textContent,
        }));
        const before = await screen();
        assert.ok(before.heading, 'on a question');
        // The app saves each answer as it is given; the reload comes after the save.
        await visitor.until(() => Object.keys(localStorage).length > 0, null, { what: 'the saved progress' });
        await visitor.reload();
        await visitor.waitFor('#app .question');
        assert.deepEqual(await screen(), before, 'the same screen after the reload');
        // The screen before keeps its answers.
        await visitor.click('.step-nav button.secondary');
        await visitor.until((b) => document.querySelector('#step-heading')?.textContent !== b, before.heading, { what: 'the screen before' });
        const checked = await visitor.run(() =>
          [...document.querySelectorAll('#app main input[type=radio]:checked')].map((radio) => [radio.name, radio.value]));
        assert.ok(checked.length > 0, 'the screen before has its answers');
        for (const [name, value] of checked) assert.equal(value, answers[name], `${name} kept its answer`);
      } finally {
        await visitor.close();
      }
    });

    test('after the first visit the check works with the host gone, from the start to the result', async () => {
      const visitor = await launch(engine);
      const offline = await serveDist();
      try {
        await visitor.open(offline.url);
        await visitor.waitForApp();
        // The first visit ends with the service worker in control and the release in the offline cache.
        await visitor.until(async () => navigator.serviceWorker.controller !== null && (await caches.keys()).length === 1,
          null, { what: 'the service worker in control' });
        offline.offline = true;
        await visitor.reload();
        const answers = await visitor.takeCheck();
        assert.ok(Object.keys(answers).length >= 7);
        const score = await visitor.score();
        assert.ok(score >= 0 && score <= 100, `score ${score} offline`);
      } finally {
        await visitor.close();
        await offline.close();
      }
    });
  });
}
