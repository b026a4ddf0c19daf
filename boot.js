// Runs before the page renders: shows the static start screen of index.html in the language the app will
// use, so it never switches languages under the visitor's eyes. Like the app, it takes the language saved by
// an earlier visit first, then the page's ?lang=. (A language set only in config.ini shows once the app
// has read it.)
(() => {
  let lang = null;
  try {
    // The app saves one line `smc1.<language>.<screen>.<answers>` (model::Quiz::to_saved).
    lang = (localStorage.getItem('social-media-check') ?? '').split('.')[1];
  } catch {
    // Storage blocked: the address decides.
  }
  lang ||= new URLSearchParams(location.search).get('lang');
  if (lang?.startsWith('en')) document.documentElement.lang = 'en';
})();
