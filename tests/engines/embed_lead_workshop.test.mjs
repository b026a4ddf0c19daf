// More core journeys in Firefox ESR and WebKitGTK: the check embedded with the loader in a page of another
// origin, the lead form's one request after consent, and the workshop's paste and group view.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as pause } from 'node:timers/promises';
import {
  engines, launch, serveDist, serveDirectory, stopDisplay, TIMEOUT,
} from './support.mjs';

/** A form service stand-in that records every request it gets, preflights included, and answers with CORS. */
function startEndpoint() {
  const state = { requests: [] };
  const server = createServer((request, response) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      state.requests.push({ method: request.method, headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      response.writeHead(request.method === 'OPTIONS' ? 204 : 200, {
        'access-control-allow-origin': request.headers.origin ?? '*',
        'access-control-allow-methods': 'POST',
        'access-control-allow-headers': 'content-type, accept',
        'content-type': 'application/json',
      });
      response.end(request.method === 'OPTIONS' ? undefined : '{"ok":true}');
    });
  });
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => {
      state.url = `http://127.0.0.1:${server.address().port}/f/lead`;
      state.close = () => new Promise((closed) => server.close(closed));
      done(state);
    });
  });
}

/** The blog post that embeds the check: text, the placeholder, a log of the loader's DOM events. */
function blogPost(appUrl) {
  const filler = (words) => `<p>${'Lorem ipsum dolor sit amet. '.repeat(words)}</p>`;
  return `<!doctype html><html lang="de"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Blog</title>
<style>body { margin: 0 auto; max-width: 46rem; padding: 0 8px; font: 18px/1.6 serif; }</style>
</head><body>
${filler(20)}
<div id="embed" data-social-media-check><a href="${appUrl}">Zum Social-Media-Check</a></div>
${filler(300)}
<script>
  window.events = [];
  for (const type of ['started', 'step', 'completed']) {
    document.addEventListener('social-media-check:' + type, (event) => window.events.push(event.detail));
  }
</script>
<script src="${appUrl}embed.js" async></script>
</body></html>`;
}

for (const engine of engines) {
  describe(engine, () => {
    let blog;
    let embedded;
    let endpoint;
    let withLead;
    let plain;
    before(async () => {
      const folder = await mkdtemp(join(tmpdir(), 'engines-blog-'));
      blog = await serveDirectory(folder);
      // The blog is reached as localhost, the check as 127.0.0.1: two origins, as on the web.
      blog.url = blog.url.replace('127.0.0.1', 'localhost');
      await writeFile(join(folder, 'post.html'), '');
      blog.folder = folder;
      embedded = await serveDist({
        files: { '/config.ini': `name = Muster Beratung\nhost_origin = ${new URL(blog.url).origin}\n` },
      });
      await writeFile(join(folder, 'post.html'), blogPost(embedded.url));
      endpoint = await startEndpoint();
      withLead = await serveDist({
        files: {
          '/config.ini': [
            'name = Muster Beratung',
            `lead_endpoint = ${endpoint.url}`,
            'privacy_link = https://www.muster-beratung.example/datenschutz',
          ].join('\n'),
        },
      });
      plain = await serveDist();
    });
    after(async () => {
      await Promise.all([blog, embedded, endpoint, withLead, plain].map((server) => server?.close()));
      stopDisplay();
    });

    test('embedded in a page of another origin: the frame is as tall as its content, and the host hears the result', async () => {
      // Firefox has had `location.ancestorOrigins` since 2026 (ESR 153 has it), like Chromium and WebKit; the
      // check learns its host from the loader's handshake where a browser lacks it. Firefox runs with it
      // switched off, so that the handshake is what one of the engines relies on; WebKit uses its own.
      const reader = await launch(engine, {
        width: 800,
        height: 900,
        firefoxPrefs: { 'dom.location.ancestorOrigins.enabled': false },
      });
      try {
        await reader.open(`${blog.url}post.html`);
        await reader.waitFor('#embed iframe');
        // Waits until the frame is as tall as its content and nothing inside it scrolls: the loader sets its
        // height from the check's reports, which arrive a moment after each render.
        const assertFits = async (where) => {
          const end = Date.now() + TIMEOUT;
          for (;;) {
            const frameHeight = await reader.run(() => document.querySelector('#embed iframe').getBoundingClientRect().height);
            await reader.enterFrame('#embed iframe');
            const inner = await reader.run(() => ({
              content: Math.ceil(document.documentElement.getBoundingClientRect().height),
              scrolls: document.scrollingElement.scrollHeight > document.scrollingElement.clientHeight,
            }));
            await reader.leaveFrame();
            if (Math.abs(frameHeight - inner.content) < 1 && !inner.scrolls) return frameHeight;
            if (Date.now() > end) {
              assert.fail(`${where}: frame ${frameHeight} px, content ${inner.content} px, scrolls inside: ${inner.scrolls}`);
            }
            await pause(100);
          }
        };
        await reader.enterFrame('#embed iframe');
        await reader.waitForApp();
        const ancestorOrigins = await reader.run(() => 'ancestorOrigins' in location);
        assert.equal(ancestorOrigins, engine !== 'firefox', 'the way the check learns its host');
        await reader.leaveFrame();
        const start = await assertFits('start');

        await reader.enterFrame('#embed iframe');
        await reader.takeCheck();
        const score = await reader.score();
        const link = await reader.resultLink();
        await reader.leaveFrame();
        const result = await assertFits('result');
        assert.notEqual(result, start, 'the frame follows its content from the start to the result');

        // The host is listed in host_origin and heard the result through the loader, with the result's link.
        const completed = await reader.until(() => window.events.find((event) => event.type === 'completed'), null,
          { what: 'the completed event' });
        assert.equal(completed.overall, score);
        assert.equal(completed.link, link);
        const events = await reader.run(() => window.events.map((event) => event.type));
        assert.equal(events[0], 'started');
      } finally {
        await reader.close();
      }
    });

    test('the lead form sends one request, and only after consent', async () => {
      const visitor = await launch(engine);
      try {
        await visitor.open(withLead.url);
        await visitor.takeCheck();
        const score = await visitor.score();
        await visitor.click('.lead-open button');
        await visitor.type('#lead-name', 'Anna Beispiel');
        await visitor.type('#lead-email', 'anna@beispiel.example');
        // Without consent, pressing "Senden" leads to the checkbox and sends nothing.
        await visitor.click('.lead-send button');
        await visitor.waitFor('#lead-consent[aria-invalid=true]');
        assert.deepEqual(endpoint.requests, [], 'nothing before consent');
        await visitor.click('#lead-consent');
        await visitor.until(() => document.querySelector('.lead-send button')?.getAttribute('aria-disabled') === null,
          null, { what: 'the send button available' });
        await visitor.click('.lead-send button');
        // The form gives way to the thank-you line once the endpoint has answered.
        await visitor.until(() => document.querySelector('#lead-form form') === null && document.querySelector('#lead-status')?.textContent.trim(),
          null, { what: 'the thank-you line' });
        assert.deepEqual(endpoint.requests.map((request) => request.method), ['POST'], 'one request, no preflight');
        const body = new URLSearchParams(endpoint.requests[0].body);
        assert.equal(endpoint.requests[0].headers['content-type'], 'application/x-www-form-urlencoded');
        assert.equal(body.get('name'), 'Anna Beispiel');
        assert.equal(body.get('email'), 'anna@beispiel.example');
        assert.equal(Number(body.get('score')), score);
        assert.equal(body.get('consent'), 'yes');
        assert.equal(body.get('result_link'), await visitor.resultLink());
      } finally {
        endpoint.requests.length = 0;
        await visitor.close();
      }
    });

    test('the workshop adds pasted result links and shows the group', async () => {
      // Two participants, each in a browser of their own, with different answers.
      const participants = [];
      for (const offset of [0, 1]) {
        const participant = await launch(engine);
        try {
          await participant.open(plain.url);
          await participant.takeCheck({ offset });
          participants.push({
            score: await participant.score(),
            link: await participant.resultLink(),
          });
        } finally {
          await participant.close();
        }
      }
      const facilitator = await launch(engine, { width: 1280, height: 900 });
      try {
        await facilitator.open(`${plain.url}workshop.html`);
        await facilitator.type('#workshop-name', 'Workshop');
        await facilitator.click('form:has(#workshop-name) button[type=submit]');
        await facilitator.type('#result-links', `Anna: ${participants[0].link}\nBen: ${participants[1].link}\nkein Link`);
        await facilitator.click('.collect button[type=submit]');
        await facilitator.waitFor('.report');
        assert.equal(await facilitator.until(() => document.querySelectorAll('.participants li').length), 2);
        assert.equal(await facilitator.run(() => document.querySelectorAll('.rejected li').length), 1, 'the line without a link is refused');
        const group = Number(await facilitator.run(() => document.querySelector('.group .overall-score')?.dataset.score));
        const average = Math.floor((2 * (participants[0].score + participants[1].score) + 2) / 4);
        assert.equal(group, average, 'the group\'s overall score is the participants\' average');
      } finally {
        await facilitator.close();
      }
    });
  });
}
