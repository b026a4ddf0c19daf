/*
 * Social-Media-Check embed loader. Put it on any page with
 *
 *   <div data-social-media-check data-address="du"></div>
 *   <script src="https://example.org/check/embed.js" async></script>
 *
 * and each such element becomes the check, in a frame that always fits its content. The check is the
 * folder this script comes from. Every data- attribute except data-social-media-check is a setting of
 * config.ini (data-contact-link for contact_link) and overrides the file for this embed.
 *
 * The frame is made only when the element comes near the viewport, and nothing here moves focus or
 * scrolls the page on its own: it scrolls only to show what the visitor's answer brought up in the check. What the visitor does arrives as DOM events on the element, named
 * "social-media-check:<type>" with the message in `detail`; README.md lists them. Messages from any other
 * origin or frame than the check's are ignored.
 */
(() => {
  const script = document.currentScript;
  if (!script) return;
  const app = new URL('./', script.src);
  const SOURCE = 'social-media-check';
  /** The height a frame has until its content reports its own. */
  const FIRST_HEIGHT = 640;
  /** Frames are made this far before their element scrolls into view, so they are ready when it does. */
  const NEAR = '600px 0px';
  const frames = new Map();

  /** The element's settings as a query string: data-contact-link="…" becomes contact-link=…. */
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
    if (element.querySelector('iframe')) return;
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
    frames.set(frame.contentWindow, { element, frame });
  }

  /**
   * Scrolls the page so that the part of the check `top` pixels below the frame's top is in view, when the
   * check asks after the visitor answered (the frame is as tall as its content and cannot scroll itself).
   * Only while the visitor is acting: without a recent click or key, the page never moves.
   */
  function reveal(frame, top) {
    if (!(top >= 0) || navigator.userActivation?.isActive === false) return;
    const target = frame.getBoundingClientRect().top + top;
    if (target >= 0 && target < innerHeight * 2 / 3) return;
    const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    scrollTo({ top: scrollY + target - 16, behavior: smooth ? 'smooth' : 'auto' });
  }

  window.addEventListener('message', (event) => {
    if (event.origin !== app.origin) return;
    const embed = frames.get(event.source);
    const message = event.data;
    if (!embed || !message || message.source !== SOURCE) return;
    if (message.type === 'height') {
      const height = Math.ceil(Number(message.height));
      if (height > 0) embed.frame.style.height = `${height}px`;
      return;
    }
    if (message.type === 'reveal') {
      reveal(embed.frame, Number(message.top));
      return;
    }
    embed.element.dispatchEvent(new CustomEvent(`${SOURCE}:${message.type}`, { detail: message, bubbles: true }));
  });

  function start() {
    const elements = document.querySelectorAll('[data-social-media-check]');
    if (!('IntersectionObserver' in window)) {
      elements.forEach(load);
      return;
    }
    const observer = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting) {
          observer.unobserve(entry.target);
          load(entry.target);
        }
      }
    }, { rootMargin: NEAR });
    elements.forEach((element) => observer.observe(element));
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
