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
// start screen (a check resumed from storage, a shared result in the address), the button waits for it.
(() => {
  let saved = [];
  try {
    // The app saves one line `smc1.<language>.<screen>.<answers>` (model::Quiz::to_saved).
    saved = (localStorage.getItem('social-media-check') ?? '').split('.');
  } catch {
    // Storage blocked: the address decides.
  }
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
