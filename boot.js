// Runs before the page renders, and lets a visitor begin before the app has loaded.
//
// First it shows the static start screen of index.html in the language the app will use, so it never
// switches languages under the visitor's eyes. Like the app, it takes the language saved by an earlier
// visit first, then the page's ?lang=. (A language set only in config.ini shows once the app has read it.)
//
// Then, once the page is parsed, it enables the static start button: on a slow connection the wasm arrives
// a second or more after the page, and the visitor need not wait for it. The button opens the first
// question as plain HTML (template#first-question); "Zurück" returns to the start. What the visitor does
// there stays in the page (the ticked option, and "Weiter" marked data-pressed), and the app carries on
// from it when it starts (model::EarlyStart, dom::take_over_root). Where the app would not open on its
// start screen (a check resumed from storage or from the #p= in the address, a shared result in the
// address), the button waits for it.
(() => {
  let line = null;
  try {
    // The app saves one line `smc3.<language>.<screen>.<answers>` (model::Quiz::to_saved).
    line = localStorage.getItem('social-media-check');
  } catch {
    // Storage blocked: the address decides.
  }
  try {
    // Where storage refused it, the app keeps the line in the page's address instead (src/storage.rs).
    // Only on a reload (or Back and Forward), as the app does: a link with #p= is someone else's progress.
    const reloaded = ['reload', 'back_forward'].includes(performance.getEntriesByType('navigation')[0]?.type);
    if (!line && reloaded && location.hash.startsWith('#p=')) line = decodeURIComponent(location.hash.slice(3));
  } catch {
    // A damaged line is the app's to discard.
  }
  const saved = (line ?? '').split('.');
  const lang = saved[1] || new URLSearchParams(location.search).get('lang');
  if (lang?.startsWith('en')) document.documentElement.lang = 'en';

  if ((saved[2] || 'start') !== 'start' || location.hash.startsWith('#r=')) return;
  document.addEventListener(
    'readystatechange',
    () => {
      const button = document.querySelector('#app .start.static button.primary');
      if (button) button.disabled = false;
    },
    { once: true },
  );
  let startScreen = [];
  // The app's own elements never carry the class static, so once it has taken over, this does nothing.
  document.addEventListener('click', (event) => {
    const button = event.target.closest?.('#app .static button');
    if (!button) return;
    const app = document.getElementById('app');
    if (button.closest('.start')) {
      startScreen = [...app.childNodes];
      app.replaceChildren(document.getElementById('first-question').content.cloneNode(true));
      document.getElementById('step-heading').focus();
    } else if (button.classList.contains('secondary')) {
      app.replaceChildren(...startScreen);
      document.getElementById('step-heading').focus();
    } else if (button.classList.contains('primary')) {
      button.dataset.pressed = '';
      button.setAttribute('aria-busy', 'true');
    }
  });
})();

// A click counts only on the screen the visitor saw. When a click opens a new screen, the second click of
// a double click, or a tap already on its way, would land on whatever the new screen has in that place:
// an option of the next question, or its "Weiter". So every screen of the check notes when it appeared
// (a new #step-heading, the heading every screen has), and a pointer activation inside #app whose press
// began before that is swallowed: the click, and the second press of a double click, which would otherwise
// move focus or select a word. A press is timed by its event's timeStamp, which is when the input happened
// rather than when the page got round to it; the second click of a double click (`detail` 2 and up) by the
// first press of its run. Keyboard activations (`detail` 0) and deliberate clicks, whose press comes after
// the screen, pass untouched and undelayed. This covers the static start and first question as well as
// the app's screens: it is the same page, and this listener sees every click on it before the app does.
(() => {
  let heading = null;
  let shownAt = 0;
  new MutationObserver(() => {
    const now = document.getElementById('step-heading');
    if (now !== heading) {
      heading = now;
      shownAt = performance.now();
    }
  }).observe(document, { childList: true, subtree: true });

  // When the last pointer went down, and when the first press of the current run of clicks did.
  let pressedAt = -Infinity;
  let runStartedAt = -Infinity;
  const inCheck = (event) => event.target instanceof Node && !!document.getElementById('app')?.contains(event.target);
  const swallow = (event) => {
    event.preventDefault();
    event.stopImmediatePropagation();
  };
  addEventListener('pointerdown', (event) => {
    pressedAt = event.timeStamp;
  }, { capture: true, passive: true });
  addEventListener('mousedown', (event) => {
    if (event.detail <= 1) runStartedAt = pressedAt;
    else if (runStartedAt < shownAt && inCheck(event)) swallow(event);
  }, { capture: true });
  addEventListener('click', (event) => {
    if (event.detail === 0 || !inCheck(event)) return;
    const began = event.detail >= 2 ? runStartedAt : pressedAt;
    if (began < shownAt) swallow(event);
  }, { capture: true });
})();
