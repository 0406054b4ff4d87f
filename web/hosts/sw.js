// sw.js: offline after one visit. scripts/build.js writes dist/sw.js as
// `const VERSION = '<hash of the site's files>'; const FILES = [...];` and
// then this file. Installing caches every file of the site under that
// version and takes over at once; activating drops every other version's
// cache, so a new build (a new VERSION, so a new sw.js) replaces the old one
// on the next visit. Requests for the site's files are answered from the
// cache (whatever their query: ?lang=de, ?panel=coin), the rest from the network.
/* global VERSION, FILES */
const CACHE = `infotheory-${VERSION}`;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(FILES))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys.filter((key) => key.startsWith('infotheory-') && key !== CACHE).map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin) return;
  // caches.match, not caches.open: a worker being replaced must not bring back
  // the cache its successor has just dropped.
  event.respondWith(
    caches.match(event.request, { cacheName: CACHE, ignoreSearch: true }).then((hit) => hit ?? fetch(event.request)),
  );
});
