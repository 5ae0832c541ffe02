/* Etika handbook: the service worker of one language's site (/<lang>/), so a
 * repeat visit works with the network gone. Written into _build/html/<lang>/
 * by tools/offline.py (`make html`), which fills in VERSION (a hash of every
 * precached file) and PRECACHE (the site's files: pages, styles, scripts,
 * the checker's runtime, snapshot and wheels).
 *
 * - Precaches on install into "etika-offline:<scope path>:<VERSION>"; on
 *   activation deletes this scope's caches of any other version (a new
 *   edition replaces the old one cleanly; the other language's are left).
 * - Answers only GET requests for this site's own origin, from the cache
 *   (query strings ignored: ?v=<hash> names the same file of this edition),
 *   else from the network. It never caches anything at run time and never
 *   sees a draft: the draft is checked inside the page's Web Worker and is
 *   in no request.
 * - No skipWaiting/clients.claim: a new edition takes over when the pages of
 *   the old one are closed, so one page never mixes two editions.
 */
const VERSION = "dev";
const PRECACHE = [];

const PREFIX = "etika-offline:" + new URL(self.registration.scope).pathname + ":";
const CURRENT = PREFIX + VERSION;

// The HTTP cache's rules apply ("default"): what the page has just loaded
// (the runtime and the snapshot, immutable) is not downloaded twice, and
// everything else (no-cache) is revalidated.
self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CURRENT).then((cache) => cache.addAll(PRECACHE)));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) => Promise.all(names.filter((n) => n.startsWith(PREFIX) && n !== CURRENT).map((n) => caches.delete(n)))),
  );
});

// A stored response keeps the URL it was stored under (no query). A worker
// takes its location from its script's response, and the checker's worker
// reads its settings from its query (etika-worker.js?v=...&runtime=...), so
// a hit for a URL with a query is answered as a new response of the same
// status, headers and body, which then keeps the URL asked for.
function asRequested(request, hit) {
  if (!new URL(request.url).search) return hit;
  return new Response(hit.body, { status: hit.status, statusText: hit.statusText, headers: hit.headers });
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    caches
      .open(CURRENT)
      .then((cache) => cache.match(request, { ignoreSearch: true }))
      .then((hit) => (hit ? asRequested(request, hit) : fetch(request))),
  );
});
