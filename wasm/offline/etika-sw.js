/* Etika handbook: the site's service worker (scope: the site's root, so the
 * language chooser, both languages and the downloads in muat-turun/), so a
 * repeat visit works with the network gone. Written into _build/html/ by
 * tools/offline.py (`make html`), which fills in VERSION (a hash of every
 * precached file), PRECACHE (the site's files, paths from the root: pages of
 * both languages, styles, scripts, the EPUBs, and of the checker's bundle
 * what its manifest names) and ALIASES (a file whose bytes another precached
 * file already has, stored once: the two languages share the checker's
 * runtime, snapshot and most of their assets).
 *
 * - Precaches on install into "etika-offline:<scope path>:<VERSION>"; on
 *   activation deletes every other cache of this site (older editions, and
 *   the per-language caches of the service workers before this one).
 * - Answers only GET requests of this origin within its scope: a directory
 *   (/, /ms/) as its index.html; from the cache (query strings ignored:
 *   ?v=<hash> names the same file of this edition), else from the network.
 *   A request with cache mode "reload" (the checker's worker after a
 *   damaged snapshot) goes to the network, and a precached file so fetched
 *   replaces the cached copy. Nothing else is stored at run time; it never
 *   sees a draft: the draft is checked inside the page's Web Worker and is in
 *   no request.
 * - A new edition (a new VERSION) installs beside the old one and waits: the
 *   pages show "a new edition is ready" with a button (etika-offline.js),
 *   which posts {type: "activate-edition"}; this worker then takes over at
 *   once and the pages reload, so one page never mixes two editions.
 */
const VERSION = "dev";
const PRECACHE = [];
const ALIASES = {};

const SCOPE = new URL(self.registration.scope);
const PREFIX = "etika-offline:";
const CURRENT = PREFIX + SCOPE.pathname + ":" + VERSION;
const STORED = new Set(PRECACHE);

// The HTTP cache's rules apply ("default"): what the page has just loaded
// (the runtime and the snapshot, immutable) is not downloaded twice, and
// everything else (no-cache) is revalidated.
self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(CURRENT).then((cache) => cache.addAll(PRECACHE.map((p) => new URL(p, SCOPE).href))));
});

self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "activate-edition") self.skipWaiting();
});

// Every other cache of this site: "etika-offline:<path>:<version>" with a
// path within this scope (this worker's older editions and the per-language
// workers' caches).
self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys().then((names) =>
      Promise.all(
        names
          .filter((n) => n.startsWith(PREFIX + SCOPE.pathname) && n !== CURRENT)
          .map((n) => caches.delete(n)),
      ),
    ),
  );
});

// The precached path (from the scope) that answers a URL, or null.
function storedPath(url) {
  if (url.origin !== SCOPE.origin || !url.pathname.startsWith(SCOPE.pathname)) return null;
  let path = decodeURIComponent(url.pathname.slice(SCOPE.pathname.length));
  if (path === "" || path.endsWith("/")) path += "index.html";
  path = ALIASES[path] || path;
  return STORED.has(path) ? path : null;
}

// A stored response keeps the URL it was stored under (no query, and for an
// alias the other file's). A worker takes its location from its script's
// response, and the checker's worker reads its settings from its query
// (etika-worker.js?v=...&runtime=...), so such a hit is answered as a new
// response of the same status, headers and body, which keeps the URL asked for.
// Except a WebAssembly module (the runtime's pyodide.asm.wasm, which the
// languages share: /ms/'s is an alias of /en/'s): only the stored response
// itself carries the browser's cache of the code compiled from it
// (WebAssembly.compileStreaming, issue 23 "compile once"); a new Response has
// none, and the module would be compiled again on every start.
function asRequested(request, hit) {
  if (hit.url === request.url || new URL(request.url).pathname.endsWith(".wasm")) return hit;
  return new Response(hit.body, { status: hit.status, statusText: hit.statusText, headers: hit.headers });
}

async function fromNetworkKept(request, path) {
  const response = await fetch(request);
  if (response.ok && response.type === "basic") {
    const cache = await caches.open(CURRENT);
    await cache.put(new URL(path, SCOPE).href, response.clone());
  }
  return response;
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const path = storedPath(new URL(request.url));
  if (path === null) return;
  if (request.cache === "reload") {
    event.respondWith(fromNetworkKept(request, path));
    return;
  }
  event.respondWith(
    caches
      .open(CURRENT)
      .then((cache) => cache.match(new URL(path, SCOPE).href, { ignoreSearch: true }))
      .then((hit) => (hit ? asRequested(request, hit) : fetch(request))),
  );
});
