// The offline cache. tools/write-service-worker.mjs turns this template into dist/sw.js, filling in the
// release's version and its files. A new release has a new version, so it installs into a new cache and
// deletes the old one when it takes over: a page never mixes files of two releases from the cache.
const VERSION = '__VERSION__';
const FILES = __FILES__;
const CACHE = `social-media-check-${VERSION}`;

/** The release's files as absolute addresses without query, to tell them from anything else asked for. */
const LISTED = new Set(FILES.map((file) => new URL(file, self.location.href).href));

// Each file is cached on its own, and one that fails (a file the listing names but the server lacks, or a
// network hiccup) is left out rather than failing the install: a failed install would keep every
// returning visitor on the previous release for as long as the listing stays broken. A file left out is
// fetched, and cached, when a page first asks for it.
self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => Promise.all(FILES.map((file) => cache.add(file).catch(() => {}))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((names) => Promise.all(names.filter((name) => name !== CACHE).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

// Cache first, for the page's own files only; the query string (settings such as the language) and the
// fragment (result links) do not change which file is served. Anything else goes to the network untouched.
// The site owner's settings are the exception: they change without a release. They come from the cache
// at once, so a slow network never delays the start, and are fetched again behind the page's back; an edit
// shows from the next visit on.
self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (url.pathname.endsWith('/config.ini')) {
    event.respondWith(
      caches.open(CACHE).then(async (cache) => {
        const cached = await cache.match(request, { ignoreSearch: true });
        const fresh = fetch(request).then((response) => {
          if (response.ok) cache.put(request, response.clone());
          return response;
        });
        if (!cached) return fresh;
        event.waitUntil(fresh.catch(() => {}));
        return cached;
      }),
    );
    return;
  }
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      const cached = await cache.match(request, { ignoreSearch: true });
      if (cached) return cached;
      const response = await fetch(request);
      if (response.ok && LISTED.has(url.origin + url.pathname)) {
        event.waitUntil(cache.put(url.origin + url.pathname, response.clone()));
      }
      return response;
    }),
  );
});
