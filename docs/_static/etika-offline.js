/* Etika handbook: offline use and installation. Loaded by every page of a
 * language's site (conf.py's setup(), web builds only; tools/offline.py writes the worker
 * and the manifest at `make html`).
 * Registers the site's service worker (../etika-sw.js, scope: the language's
 * site) and links the web app manifest (../etika.webmanifest). Over file://
 * or without service workers it does nothing.
 */
(function () {
  const script = document.currentScript;
  if (!script || !("serviceWorker" in navigator) || location.protocol === "file:") return;
  const root = new URL("../", script.src);
  const link = document.createElement("link");
  link.rel = "manifest";
  link.href = new URL("etika.webmanifest", root).href;
  document.head.appendChild(link);
  navigator.serviceWorker.register(new URL("etika-sw.js", root).href, { scope: root.href }).catch(() => {
    /* not served, or refused: the site works online as before */
  });
})();
