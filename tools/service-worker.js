// The offline cache. tools/write-service-worker.mjs turns this template into dist/sw.js, filling in the
// release's version and the files a participant needs. A new release has a new version, so it installs into
// a new cache and deletes the old one when it takes over: a page never mixes files of two releases.
const VERSION = '__VERSION__';
const FILES = __FILES__;
const CACHE = `social-media-check-${VERSION}`;

// A file whose name carries a hash of its contents (`-` and at least 8 hex digits: Trunk writes 16, or 15
// when the hash begins with a zero) is the same in every release
// that has it, so the copy the page has just loaded may be taken from the browser's HTTP cache instead of
// being downloaded again. Every other file is fetched as usual.
const HASHED = /-[0-9a-f]{8,}[._]/;
const precacheRequest = (file) => new Request(file, HASHED.test(file) ? { cache: 'force-cache' } : {});

// The check's page puts the wasm it has just loaded into this cache on a first visit
// (tools/externalize-inline-scripts.mjs): on a host that forbids caching, the HTTP cache has no copy, and
// the install would download it again. A file found there is taken from it; the cache goes with the
// previous release's when this one takes over.
const HANDOFF = 'social-media-check-handoff';
const precache = async (cache, file) => {
  const request = precacheRequest(file);
  const handedOver = await caches.match(request, { cacheName: HANDOFF });
  return handedOver ? cache.put(request, handedOver) : cache.add(request);
};

// Each file is cached on its own, and one that fails (a file the listing names but the server lacks, or a
// network hiccup) is left out rather than failing the install: a failed install would keep every
// returning visitor on the previous release for as long as the listing stays broken. A file left out is
// fetched, and cached, when a page first asks for it.
self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => Promise.all(FILES.map((file) => precache(cache, file).catch(() => {}))))
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
// fragment (result links) do not change which file is served. A file not in the cache (the workshop's or
// the embed page's) is fetched and kept, so those pages work offline once they have been opened.
// Anything else goes to the network untouched.
// The site owner's settings are the exception: they change without a release. They come from the cache
// at once, so a slow network never delays the start, and are fetched again behind the page's back; an edit
// shows from the next visit on.
self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  // The folder and its index.html are the same page, cached once under the folder's address.
  const key = url.origin + url.pathname.replace(/\/index\.html$/, '/');
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      const cached = await cache.match(key);
      const settings = url.pathname.endsWith('/config.ini');
      if (cached && !settings) return cached;
      const fresh = fetch(request).then((response) => {
        // Kept without its query string, which never changes the file. The worker stays alive until the
        // copy is stored, so a page that has loaded a file has it offline, even if the network goes now.
        if (response.ok) event.waitUntil(cache.put(key, response.clone()).catch(() => {}));
        return response;
      });
      if (!cached) return fresh;
      event.waitUntil(fresh.catch(() => {}));
      return cached;
    }),
  );
});
