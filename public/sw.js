// Crossroads service worker. scripts/post-build.mjs fills in VERSION and
// PRECACHE from the files of each build, so the cache holds exactly one build.
const VERSION = "__VERSION__";
const PRECACHE = __PRECACHE__;
const CACHE = `crossroads-${VERSION}`;

self.addEventListener("install", (event) => {
  // No skipWaiting here: an update waits until the user chooses to reload.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((key) => key.startsWith("crossroads-") && key !== CACHE)
            .map((key) => caches.delete(key)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "skip-waiting") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    // Every screen is index.html plus a fragment, so the cached shell answers all of them.
    event.respondWith(
      caches
        .open(CACHE)
        .then((cache) => cache.match("index.html"))
        .then((cached) => cached || fetch(request)),
    );
    return;
  }
  event.respondWith(caches.match(request).then((cached) => cached || fetch(request)));
});
