/* etika-check in the browser: the page script of docs/checker.md.
 *
 * A classic script (so that it runs everywhere a page does): it knows the
 * bundle's build id, runtime path, snapshot and the checker's input kinds
 * (all written by wasm/build.py), starts the Web Worker at once and
 * imports the page's ES modules, which do the work (etika-checker-main.js
 * lists them). No bundler: the browser loads the modules as they are.
 */
(function () {
  "use strict";

  const BUILD_ID = "dev"; // replaced by wasm/build.py with the bundle's hash
  const RUNTIME_PATH = ""; // replaced by wasm/build.py: "pyodide/<version>/"
  const SNAPSHOT_PATH = ""; // replaced by wasm/build.py: "snapshots/<hash>.bin.gz" (or "": none)
  const INPUTS = []; // replaced by wasm/build.py: the input kinds (etika_check.model.INPUT_KINDS)
  const SCRIPT_URL = (document.currentScript && document.currentScript.src) || "";
  const BASE = new URL("./", SCRIPT_URL || location.href); // .../_static/wasm/

  try {
    performance.mark("etika-script-start");
  } catch (e) {
    /* old browsers */
  }

  // Opened from an unzipped folder (file://): modules, workers and WebAssembly
  // cannot load there. Show the page's own message (MyST prose, translated
  // with the page), which tells the reader to open the intranet address.
  if (location.protocol === "file:") {
    const show = () => {
      document.documentElement.classList.add("etika-file-protocol-page");
      const note = document.getElementById("etika-file-protocol");
      if (note) note.setAttribute("role", "alert");
    };
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", show, { once: true });
    else show();
    return;
  }

  // The worker starts now, as the page loads (not when the reader first
  // types, nor once the page's modules are loaded): the runtime and the
  // snapshot download meanwhile. Its settings travel in its URL (read by
  // etika-worker.js), so it fetches them without waiting for the manifest.
  // What it says before the worker client (etika-checker-client.js) takes it
  // over is kept for the client, and so is why it could not start.
  const early = { worker: null, shared: null, events: [], error: null };
  try {
    let query = "?v=" + BUILD_ID;
    if (RUNTIME_PATH) query += "&runtime=" + encodeURIComponent(RUNTIME_PATH);
    if (SNAPSHOT_PATH) query += "&snapshot=" + encodeURIComponent(SNAPSHOT_PATH);
    try {
      // A damaged copy seen before: past every cache (SNAPSHOT_NOTE, etika-checker-client.js).
      if (SNAPSHOT_PATH && localStorage.getItem("etika-snapshot-fresh") === SNAPSHOT_PATH) query += "&fresh=1";
    } catch (e) {
      /* storage blocked */
    }
    const url = new URL("etika-worker.js" + query, BASE).href;
    try {
      // The engine a handbook page of this tab started (etika-engine.js, issue 23: same URL and
      // options): warm, it answers at once. Otherwise (or without SharedWorker) this page's own.
      if (typeof SharedWorker === "function" && sessionStorage.getItem("etika-engine") === url) {
        early.shared = new SharedWorker(url, { type: "module", name: "etika-engine", extendedLifetime: true });
      }
    } catch (e) {
      early.shared = null;
    }
    early.worker = early.shared ? early.shared.port : new Worker(url, { type: "module" });
    early.worker.onmessage = (ev) => early.events.push(ev);
    (early.shared || early.worker).onerror = (ev) => {
      if (ev && ev.preventDefault) ev.preventDefault(); // reported by the client
      early.events.push(ev);
    };
  } catch (e) {
    early.worker = null;
    early.error = String(e && e.message ? e.message : e);
  }
  try {
    performance.mark("etika-worker-created");
  } catch (e) {
    /* old browsers */
  }

  import(new URL("etika-checker-main.js?v=" + BUILD_ID, BASE).href).then(
    (main) =>
      main.start({
        base: BASE.href,
        buildId: BUILD_ID,
        runtimePath: RUNTIME_PATH,
        snapshotPath: SNAPSHOT_PATH,
        inputs: INPUTS,
        early,
      }),
    (err) => {
      // The modules could not be loaded: say so where the status goes.
      const status = document.getElementById("etika-status");
      const root = document.getElementById("etika-checker");
      if (!status || !root) return;
      root.hidden = false;
      root.dataset.state = "error";
      status.setAttribute("role", "alert");
      status.textContent = String(err && err.message ? err.message : err);
    },
  );
})();
