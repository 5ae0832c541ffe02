/* Etika handbook: offline use, installation and new editions. Loaded by every
 * page of a language's site (the extension's etika_handbook.offline, web builds only;
 * tools/offline.py writes the service worker and the manifest at `make html`).
 *
 * Registers the site's service worker (../../etika-sw.js from this script,
 * scope: the site's root, so the language chooser, both languages and the
 * downloads work offline) and links this language's web app manifest
 * (../etika.webmanifest). Over file:// or without service workers it does
 * nothing.
 *
 * The first registration precaches the whole site (about 27 MB, most of it
 * the checker's runtime and snapshot): it waits for the page's load event
 * and, on the checker's page, for the checker to be ready (or to have
 * failed: the event "etika-checker-settled"), so it never competes with the
 * checker's own start, and finds the runtime and the snapshot in the HTTP
 * cache already.
 *
 * A new edition: a page served by the service worker of an older edition
 * asks for an update at once; when the new edition's worker has installed
 * (it waits beside the old one; whether it was found by this page, by
 * another, or was installing or waiting already when this page looked), the
 * page shows "a new edition is ready"
 * with a button, sets window.etikaEdition = "outdated" and fires the event
 * "etika-edition-outdated" on the document (the checker then refuses to
 * check with the old rules: etika-checker-client.js). The button tells the
 * new worker to take over; every open page of the site then reloads (the
 * checker's draft survives a reload: sessionStorage), so no page shows or
 * mixes the old edition. If the update check or the new worker's install
 * fails (a file of the new edition not fetched), an open page asks again,
 * after 10 s, then less and less often. Without a service worker every page is revalidated
 * (no-cache) and a new edition shows on the next page load anyway.
 */
(function () {
  const script = document.currentScript;
  if (!script || !("serviceWorker" in navigator) || location.protocol === "file:") return;
  const site = new URL("../../", script.src);
  const en = (document.documentElement.lang || "ms").toLowerCase().startsWith("en");
  const TEXT = en
    ? { ready: "A new edition of this handbook is ready.", reload: "Show the new edition" }
    : { ready: "Edisi baharu buku panduan ini sudah sedia.", reload: "Papar edisi baharu" };
  const link = document.createElement("link");
  link.rel = "manifest";
  link.href = new URL("../etika.webmanifest", script.src).href;
  document.head.appendChild(link);

  const sw = navigator.serviceWorker;
  const controlled = Boolean(sw.controller);
  const RETRY_MS = 10000; // a failed install of a new edition: asked again after 10 s, 20 s, 40 s...
  const RETRIES = 6;

  // The notice, once per page.
  let waiting = null;
  function outdated(worker) {
    waiting = worker;
    if (window.etikaEdition === "outdated") return;
    window.etikaEdition = "outdated";
    const show = () => {
      const bar = document.createElement("div");
      bar.id = "etika-edition-notice";
      bar.setAttribute("role", "alert");
      Object.assign(bar.style, {
        position: "sticky", top: "0", zIndex: "1000", padding: ".6rem 1rem", background: "#00416a",
        color: "#ffffff", display: "flex", gap: "1rem", alignItems: "center", flexWrap: "wrap",
      });
      const text = document.createElement("span");
      text.textContent = TEXT.ready;
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = TEXT.reload;
      Object.assign(button.style, { font: "inherit", padding: ".3rem .8rem", cursor: "pointer" });
      button.addEventListener("click", () => {
        button.disabled = true;
        if (waiting) waiting.postMessage({ type: "activate-edition" });
        else location.reload();
      });
      bar.append(text, button);
      document.body.prepend(bar);
    };
    if (document.body) show();
    else document.addEventListener("DOMContentLoaded", show, { once: true });
    document.dispatchEvent(new Event("etika-edition-outdated"));
  }

  // A worker of a newer edition waiting (installed while an older one controls this page).
  // Every worker the registration has when this page looks is followed, not only those it hears
  // of later: the visit that brings a page also asks the browser for an update, and on a busy
  // machine the new edition's worker can be installing (its "updatefound" gone) or already
  // waiting before this script has the registration; an update asked then finds that worker,
  // the newest, byte for byte the same, and says nothing more.
  const followed = new Set();
  let retries = 0;
  function follow(reg, worker) {
    if (!worker || followed.has(worker)) return;
    followed.add(worker);
    const settle = () => {
      if (worker.state === "installed" && sw.controller) outdated(worker);
      else if (worker.state === "redundant" && !reg.installing && !reg.waiting) retry(reg);
    };
    worker.addEventListener("statechange", settle);
    settle();
  }
  // An update check that failed (the new edition's worker not fetched, or its install failed: a
  // file not fetched, the server busy or restarting): nothing would ask again before the next page
  // load, so ask again, less and less often.
  function check(reg) {
    reg.update().catch(() => retry(reg));
  }
  function retry(reg) {
    if (retries >= RETRIES || !sw.controller) return;
    setTimeout(() => check(reg), RETRY_MS * 2 ** retries++);
  }
  function watch(reg) {
    if (!reg) return;
    reg.addEventListener("updatefound", () => follow(reg, reg.installing));
    follow(reg, reg.installing);
    follow(reg, reg.waiting);
  }

  // The new edition took over (this page's button, or another page's): reload.
  let reloading = false;
  sw.addEventListener("controllerchange", () => {
    if (!controlled || reloading) return;
    reloading = true;
    location.reload();
  });

  if (controlled) {
    // A repeat visit: this page came from the cache; is there a newer edition?
    sw.getRegistration(site.href).then((reg) => {
      watch(reg);
      if (reg) check(reg);
    });
  }

  let done = false;
  const register = () => {
    if (done) return;
    done = true;
    sw.register(new URL("etika-sw.js", site).href, { scope: site.href }).then(
      (reg) => {
        if (!controlled) watch(reg);
      },
      () => {
        /* not served, or refused: the site works online as before */
      },
    );
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
