/* etika-check in the browser: the engine warmed on the handbook's pages
 * (issue 23, item 4).
 *
 * A classic script, loaded async in the <head> of every handbook page but
 * the checker's (docs/_templates/page.html). Once the page has loaded, in
 * idle time, it starts the checker's worker (etika-worker.js, restored from
 * the memory snapshot, off the main thread) as a SharedWorker that the
 * browser keeps across navigations where it can (extendedLifetime:
 * Chromium), and leaves a note for this tab (sessionStorage ENGINE_NOTE:
 * the worker's URL, dropped if it fails), and the checker page
 * (etika-checker.js) then connects to the same engine instead of starting
 * its own, and answers at once. Where the browser drops a shared worker with
 * its last page (no extendedLifetime), the checker page starts the engine
 * again, as on a first visit.
 *
 * Only in a browser that has used the checker before (localStorage
 * USED_NOTE, left by etika-checker-client.js once the checker was ready):
 * its files are then in the browser's caches, so warming costs this page no
 * download, and a reader who never opens the checker never fetches its 14 MB.
 * It does nothing either when the reader's device asks to save data
 * (navigator.connection.saveData) or reports little memory
 * (navigator.deviceMemory under MIN_DEVICE_MEMORY_GB), when the browser has
 * no SharedWorker, on a page opened from a file, or without a snapshot in
 * the bundle (a plain start is too heavy to make unasked). The engine
 * fetches the site's own files only (the worker's Content-Security-Policy,
 * tools/serve.py); no draft is involved until the checker page sends one.
 *
 * window.etikaEngine: {state, reason}, state being "off" (reason says why:
 * "file", "no-shared-worker", "no-snapshot", "checker-not-used", "save-data",
 * "low-memory"...),
 * "waiting" (for idle time), "loading", "ready" or "error"; and warmed: true
 * once the ready engine has run its warm-up (etika-worker.js: its first
 * check's own cost paid while nobody waits).
 *
 * The worker's URL and the SharedWorker's options must be exactly those of
 * etika-checker.js (same build id, runtime, snapshot; same name, type and
 * lifetime), or the checker page would start a second engine:
 * tests/test_wasm_warm_browser.py proves the checker page uses this one.
 */
(function () {
  "use strict";

  const BUILD_ID = "dev"; // replaced by wasm/build.py, as in etika-checker.js
  const RUNTIME_PATH = ""; // replaced by wasm/build.py: "pyodide/<version>/"
  const SNAPSHOT_PATH = ""; // replaced by wasm/build.py: "snapshots/<hash>.bin.gz" (or "": none)
  const ENGINE_NOTE = "etika-engine"; // sessionStorage: the URL of this tab's engine
  const USED_NOTE = "etika-checker-used"; // localStorage: the checker was ready once in this browser
  const MIN_DEVICE_MEMORY_GB = 2; // a restored engine holds about 100 MB
  const SCRIPT_URL = (document.currentScript && document.currentScript.src) || "";

  const engine = (window.etikaEngine = { state: "off", reason: null });

  function reasonNotToStart() {
    if (location.protocol === "file:") return "file";
    if (!SCRIPT_URL) return "no-script-url";
    if (typeof SharedWorker !== "function") return "no-shared-worker";
    if (BUILD_ID === "dev" || !RUNTIME_PATH || !SNAPSHOT_PATH) return "no-snapshot";
    try {
      if (!localStorage.getItem(USED_NOTE)) return "checker-not-used";
    } catch (e) {
      return "no-storage"; // nor could the checker page find the engine
    }
    const connection = navigator.connection;
    if (connection && connection.saveData) return "save-data";
    if (typeof navigator.deviceMemory === "number" && navigator.deviceMemory < MIN_DEVICE_MEMORY_GB) {
      return "low-memory";
    }
    return null;
  }

  function workerUrl() {
    let query = "?v=" + BUILD_ID;
    query += "&runtime=" + encodeURIComponent(RUNTIME_PATH);
    query += "&snapshot=" + encodeURIComponent(SNAPSHOT_PATH);
    try {
      // A damaged copy seen before (etika-checker-client.js's note): as the checker page asks.
      if (localStorage.getItem("etika-snapshot-fresh") === SNAPSHOT_PATH) query += "&fresh=1";
    } catch (e) {
      /* storage blocked */
    }
    return new URL("etika-worker.js" + query, new URL("./", SCRIPT_URL)).href;
  }

  function note(url) {
    try {
      if (url) sessionStorage.setItem(ENGINE_NOTE, url);
      else sessionStorage.removeItem(ENGINE_NOTE);
    } catch (e) {
      /* storage blocked: the checker page starts its own engine */
    }
  }

  function start() {
    const url = workerUrl();
    let shared;
    try {
      shared = new SharedWorker(url, { type: "module", name: "etika-engine", extendedLifetime: true });
    } catch (e) {
      engine.state = "error";
      engine.reason = String(e && e.message ? e.message : e);
      return;
    }
    engine.state = "loading";
    note(url); // the checker page joins it even before it is ready
    shared.onerror = () => {
      engine.state = "error";
      note(null);
    };
    shared.port.onmessage = (ev) => {
      const msg = ev.data || {};
      if (msg.type === "warmed") engine.warmed = true;
      if (msg.type !== "status") return;
      engine.state = msg.phase;
      note(msg.phase === "ready" ? url : null);
    };
  }

  const reason = reasonNotToStart();
  if (reason) {
    engine.reason = reason;
    return;
  }
  engine.state = "waiting";
  const idle = (fn) =>
    typeof window.requestIdleCallback === "function" ? window.requestIdleCallback(fn, { timeout: 3000 }) : setTimeout(fn, 200);
  if (document.readyState === "complete") idle(start);
  else window.addEventListener("load", () => idle(start), { once: true });
})();
