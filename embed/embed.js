/*
 * Social-Media-Check embed loader. Put it on any page with
 *
 *   <div data-social-media-check data-address="du"></div>
 *   <script src="https://example.org/check/embed.js" async></script>
 *
 * and each such element becomes the check, in a frame that always fits its content. The check is the
 * folder this script comes from. The data- attributes data-lang, data-address, data-primary and
 * data-accent set the presentation for this embed; everything else (name, logo, contact, host_origin)
 * only the site owner's config.ini sets.
 *
 * Elements added later (single-page sites) become the check too: the loader watches the page, and
 * SocialMediaCheck.load() looks at once. An element that a framework moves or re-attaches keeps its frame,
 * which keeps resizing and reporting.
 *
 * The frame is made only when the element comes near the viewport, and nothing here moves focus or
 * scrolls the page on its own: it scrolls only to show what the visitor's answer brought up in the check.
 * What the visitor does arrives as DOM events on the element, named
 * "social-media-check:<type>" with the message in `detail`, if the check's config.ini lists this page's
 * origin in host_origin; README.md lists them. Messages from any other origin or frame than the check's
 * are ignored.
 *
 * Where the browser blocks the frame's own storage, the check gives its progress line (language, screen
 * and answer code; nothing else) to this page, which keeps it under one key in its localStorage and hands
 * it back when the page is reloaded: only for a page listed in host_origin.
 */
(() => {
  const script = document.currentScript;
  if (!script) return;
  const app = new URL('./', script.src);
  const SOURCE = 'social-media-check';
  const SELECTOR = '[data-social-media-check]';
  /** The height a frame has until its content reports its own. */
  const FIRST_HEIGHT = 640;
  /** No frame grows taller than this, whatever it reports. */
  const MAX_HEIGHT = 20000;
  /**
   * A frame may grow this many times in a row without the reader doing anything in this page; a pause,
   * a shrink or a new page in the frame ends the run. A layout that grows because the frame grew would
   * otherwise grow for ever.
   */
  const GROWTH_STEPS = 8;
  const GROWTH_PAUSE_MS = 1000;
  /** Frames are made this far before their element scrolls into view, so they are ready when it does. */
  const NEAR = '600px 0px';
  /** Where this page keeps the visitor's progress for this check, if the check gives it. */
  const KEY = `${SOURCE}:progress:${app.href}`;
  const embeds = new Set();
  // A page may include the loader twice (a theme and a plugin each add it, or a single-page site adds it
  // again on every view). Each copy would handle every message from the frame, so the page would hear each
  // event once per copy. One copy per check does the work: a later copy of the same check only asks it to
  // look for new placeholders. The registry is keyed by a shared symbol, so it needs no global name.
  const REGISTRY = Symbol.for(`${SOURCE}:loaders`);
  const loaders = window[REGISTRY] || (window[REGISTRY] = new Map());
  const first = loaders.get(app.href);
  if (first) {
    first();
    return;
  }

  /** The element's presentation settings as a query string: data-primary="…" becomes primary=…. */
  function query(element) {
    const params = new URLSearchParams();
    for (const attribute of element.attributes) {
      const name = attribute.name;
      if (name.startsWith('data-') && name !== 'data-social-media-check') {
        params.set(name.slice(5), attribute.value);
      }
    }
    const text = params.toString();
    return text ? `?${text}` : '';
  }

  function load(element) {
    const existing = element.querySelector('iframe');
    if (existing) {
      // A framework's copy of an element keeps the copied frame; it is as much the check as the first. A
      // frame of another check (a loader from another folder) is that loader's.
      const ours = existing.src.startsWith(app.href);
      if (ours && ![...embeds].some((embed) => embed.frame === existing)) track(element, existing);
      return;
    }
    const frame = document.createElement('iframe');
    frame.src = app.href + query(element);
    frame.title = element.getAttribute('aria-label') || 'Social-Media-Check';
    // The frame is always as tall as its content, so it never needs a scrollbar of its own.
    frame.setAttribute('scrolling', 'no');
    // A frame from another origin may copy the result link and open the share sheet only when allowed to.
    frame.allow = 'clipboard-write; web-share';
    frame.style.display = 'block';
    frame.style.width = '100%';
    frame.style.border = '0';
    frame.style.height = `${FIRST_HEIGHT}px`;
    element.replaceChildren(frame);
    track(element, frame);
  }

  function track(element, frame) {
    const embed = { element, frame, height: FIRST_HEIGHT, wanted: FIRST_HEIGHT, grown: 0, lastGrowth: 0 };
    embeds.add(embed);
    // Each page in the frame (the result page after the check, a re-attached frame) needs the handshake.
    // It gets it when it has loaded, and again with its first height, should it have started listening
    // only after loading.
    frame.addEventListener('load', () => {
      embed.greeted = null;
      embed.grown = 0;
      handshake(frame.contentWindow);
    });
  }

  /** From the handshake's origin, the check learns which page embeds it; it gets back the progress kept. */
  function handshake(target) {
    target?.postMessage({ source: SOURCE, type: 'host', saved: stored() }, app.origin);
  }

  /** The embed whose frame sent a message; looked up each time, as a re-attached frame is a new window. */
  function embedOf(source) {
    for (const embed of embeds) if (embed.frame.contentWindow === source) return embed;
    return null;
  }

  function resize(embed, reported) {
    const wanted = Math.min(Math.ceil(Number(reported)), MAX_HEIGHT);
    if (!(wanted > 0)) return;
    embed.wanted = wanted;
    // Content that shrinks is no loop: the count starts again.
    if (wanted < embed.height) embed.grown = 0;
    if (wanted > embed.height) {
      // Every growth asked for counts towards the pause, granted or not: a loop never pauses.
      const now = performance.now();
      if (now - embed.lastGrowth > GROWTH_PAUSE_MS) embed.grown = 0;
      embed.lastGrowth = now;
      if (embed.grown >= GROWTH_STEPS) return;
      embed.grown += 1;
    }
    embed.height = wanted;
    embed.frame.style.height = `${wanted}px`;
  }

  // The reader did something: frames may grow again, to the height they last asked for.
  function onInput() {
    for (const embed of embeds) {
      embed.grown = 0;
      if (embed.wanted !== embed.height) resize(embed, embed.wanted);
    }
  }
  for (const type of ['pointerdown', 'keydown', 'touchstart', 'wheel', 'blur']) {
    window.addEventListener(type, onInput, { capture: true, passive: true });
  }

  function stored() {
    try {
      return localStorage.getItem(KEY);
    } catch {
      return null;
    }
  }

  function keep(saved) {
    if (typeof saved !== 'string' || !/^[\w.-]{1,200}$/.test(saved)) return;
    try {
      localStorage.setItem(KEY, saved);
    } catch {
      // Without storage here too, the progress lasts as long as the page.
    }
  }

  /**
   * Scrolls the page so that the part of the check `top` pixels below the frame's top is in view, when the
   * check asks after the visitor answered (the frame is as tall as its content and cannot scroll itself).
   * For a new screen (`screen`), that part goes to the top of the window unless it is there already, so
   * the next question starts at the top, not half-way down a phone's screen. Only while the visitor is
   * acting: without a recent click or key, the page never moves.
   */
  function reveal(frame, top, screen) {
    if (!(top >= 0) || navigator.userActivation?.isActive === false) return;
    const target = frame.getBoundingClientRect().top + top;
    if (target >= 0 && target < (screen ? 48 : innerHeight * 2 / 3)) return;
    const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    scrollTo({ top: scrollY + target - 16, behavior: smooth ? 'smooth' : 'auto' });
  }

  window.addEventListener('message', (event) => {
    if (event.origin !== app.origin) return;
    const embed = embedOf(event.source);
    const message = event.data;
    if (!embed || !message || message.source !== SOURCE) return;
    switch (message.type) {
      case 'height':
        if (embed.greeted !== event.source) {
          embed.greeted = event.source;
          handshake(event.source);
        }
        resize(embed, message.height);
        // A height that comes with `reveal` follows the visitor's answer, which brought up its card there,
        // or their move to a new screen (`screen`).
        if (message.reveal !== undefined) reveal(embed.frame, Number(message.reveal), message.screen === 1);
        return;
      case 'progress':
        keep(message.saved);
        return;

      default:
        embed.element.dispatchEvent(new CustomEvent(`${SOURCE}:${message.type}`, { detail: message, bubbles: true }));
    }
  });

  const near = 'IntersectionObserver' in window
    ? new IntersectionObserver((entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting) {
          near.unobserve(entry.target);
          load(entry.target);
        }
      }
    }, { rootMargin: NEAR })
    : null;

  /** Makes every placeholder in `root` (and `root` itself) the check once it comes near. */
  function scan(root = document) {
    const elements = [...root.querySelectorAll(SELECTOR)];
    if (root.matches?.(SELECTOR)) elements.push(root);
    for (const element of elements) {
      if (near) near.observe(element);
      else load(element);
    }
  }

  function start() {
    scan();
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) if (node.nodeType === Node.ELEMENT_NODE) scan(node);
      }
    }).observe(document.documentElement, { childList: true, subtree: true });
  }

  loaders.set(app.href, () => scan());
  // Looks at once for new placeholders, for every check whose loader is on the page.
  window.SocialMediaCheck = { load: () => loaders.forEach((look) => look()) };
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
