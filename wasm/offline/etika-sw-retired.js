/* Etika handbook: the per-language service worker (<lang>/etika-sw.js) of
 * editions before the site-wide one (<site>/etika-sw.js), retired. A browser
 * that registered the old one checks this URL for an update; without this
 * file it would keep the old worker, which answers /<lang>/ from its cache
 * (its scope is narrower than the site's, so it wins), and show the old
 * edition for ever. This one takes over, deletes the old worker's caches,
 * unregisters itself and reloads the pages it held, which the site-wide
 * worker then serves (tools/offline.py copies this file into each language).
 */
const SCOPE = new URL(self.registration.scope);

self.addEventListener("install", () => self.skipWaiting());

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(
        names.filter((n) => n.startsWith("etika-offline:" + SCOPE.pathname + ":")).map((n) => caches.delete(n)),
      );
      await self.registration.unregister();
      const pages = await self.clients.matchAll({ type: "window" });
      await Promise.all(pages.map((page) => page.navigate(page.url).catch(() => {})));
    })(),
  );
});
