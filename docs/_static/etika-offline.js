/* Etika handbook: offline use and installation. Loaded by every page of a
 * language's site (conf.py's setup(), web builds only; tools/offline.py writes the worker
 * and the manifest at `make html`).
 * Registers the site's service worker (../etika-sw.js, scope: the language's
 * site) and links the web app manifest (../etika.webmanifest). Over file://
 * or without service workers it does nothing.
 *
 * The first registration precaches the whole site (about 25 MB, most of it
 * the checker's runtime and snapshot): it waits for the page's load event
 * and, on the checker's page, for the checker to be ready (or to have
 * failed: the event "etika-checker-settled"), so it never competes with the
 * checker's own start, and finds the runtime and the snapshot in the HTTP
 * cache already.
 */
(function () {
  const script = document.currentScript;
  if (!script || !("serviceWorker" in navigator) || location.protocol === "file:") return;
  const root = new URL("../", script.src);
  const link = document.createElement("link");
  link.rel = "manifest";
  link.href = new URL("etika.webmanifest", root).href;
  document.head.appendChild(link);
  let done = false;
  const register = () => {
    if (done) return;
    done = true;
    navigator.serviceWorker.register(new URL("etika-sw.js", root).href, { scope: root.href }).catch(() => {
      /* not served, or refused: the site works online as before */
    });
  };
  const afterLoad = () => {
    const checker = window.etikaChecker;
    if (!document.getElementById("etika-checker") || (checker && checker.settled)) {
      register();
      return;
    }
    document.addEventListener("etika-checker-settled", register, { once: true });
    setTimeout(register, 60000); // a checker that never settles must not keep the site from going offline
  };
  if (document.readyState === "complete") afterLoad();
  else window.addEventListener("load", afterLoad, { once: true });
})();
