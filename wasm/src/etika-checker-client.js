/* The worker client: takes over the Web Worker (etika-worker.js, which
 * loads Pyodide and the checker from this site only) that the page script
 * etika-checker.js started as the page loaded, sends it requests and hands
 * back what etika_check.jsonapi.handle answers.
 *
 * The page's other modules see the checker through `client`:
 *   client.phase            "loading" | "ready" | "error"
 *   client.send(request)    -> Promise<{response, ms}>
 *   client.whenReady()      -> Promise, resolved once Pyodide is ready
 *   client.onPhase(fn)      fn() on every phase change
 *   client.manifest         manifest.json (clause -> page map), once loaded
 *   client.outdated         true once a newer edition is known (etika-offline.js: its
 *                           service worker is waiting): send() then refuses (T.outdated),
 *                           #etika-checker gets data-edition="outdated" and an alert
 *   client.start            once ready: "snapshot" or "plain", how the worker started
 *                           (also #etika-checker's data-start; the status line says it)
 *   client.warm             once ready: true when the engine was ready before this page
 *                           connected (a handbook page warmed it: etika-engine.js; also
 *                           #etika-checker's data-warm and etikaChecker.timings.warm)
 * and window.etikaChecker keeps the small public API the benchmarks use.
 */
import { LANG, T } from "./etika-checker-strings.js";

const LOAD_TIMEOUT_MS = 120000;
// The note that this browser's cached copy of the snapshot (its file, as the
// page script names it) was damaged: etika-checker.js then asks the worker
// for a fresh one (&fresh=1). A file name, nothing else.
export const SNAPSHOT_NOTE = "etika-snapshot-fresh";
// The note that the checker was ready once in this browser: the handbook's
// pages then warm its engine in idle time (etika-engine.js, USED_NOTE).
export const USED_NOTE = "etika-checker-used";
// Compile once (issue 23, item 2; etika-worker.js, tierUp): once per edition and kind
// of cache (the service worker's or the HTTP cache's, each keeping its own copy of
// the browser's compiled code), a second after the checker is ready, the worker
// runs its warm-up requests for TIER_UP.ms, in the background, so that V8 keeps
// the optimised code of pyodide.asm.wasm for the next start. The note
// (TIER_UP.note + kind) holds the build id once the worker said it was done. Not
// on a device that asks to save data, and not in a browser driven by automation
// (navigator.webdriver: the test suites open hundreds of fresh profiles, each of
// which would spend 3 s of CPU on it) unless the driver asks for it
// (window.etikaTierUpUnderAutomation: make bench-wasm, and the test of it).
const TIER_UP = { note: "etika-wasm-tiered-", delayMs: 1000, ms: 3000 };

// etikaChecker.timings.tierUp says what this page did: "asked" (then "tiered" holds the time the
// worker said it was done), "noted" (done before for this edition and cache), "save-data",
// "automation" or "no-storage".
function tierUpOnce(worker, buildId) {
  const timings = api.timings;
  try {
    const conn = navigator.connection;
    if (conn && conn.saveData) return void (timings.tierUp = "save-data");
    if (navigator.webdriver && !window.etikaTierUpUnderAutomation) return void (timings.tierUp = "automation");
    const kind = navigator.serviceWorker && navigator.serviceWorker.controller ? "sw" : "http";
    if (localStorage.getItem(TIER_UP.note + kind) === buildId) return void (timings.tierUp = "noted");
    client.tierUpNote = () => localStorage.setItem(TIER_UP.note + kind, buildId);
    timings.tierUp = "asked";
    setTimeout(() => {
      if (!client.outdated) worker.postMessage({ type: "tier-up", ms: TIER_UP.ms });
    }, TIER_UP.delayMs);
  } catch (e) {
    timings.tierUp = "no-storage"; // storage blocked: no note, so no warm-up either
  }
}

function noteSnapshot(msg) {
  try {
    if (msg.state === "damaged") localStorage.setItem(SNAPSHOT_NOTE, msg.file);
    else if (localStorage.getItem(SNAPSHOT_NOTE) === msg.file) localStorage.removeItem(SNAPSHOT_NOTE);
  } catch (e) {
    /* storage blocked: the next visit may restore the cached copy, fail its check and start plainly again */
  }
}

function mark(name) {
  try {
    performance.mark(name);
  } catch (e) {
    /* old browsers */
  }
}

export const client = {
  phase: "loading",
  error: null,
  manifest: null,
  manifestPromise: null,
  worker: null,
  nextId: 1,
  waiting: new Map(), // id -> {resolve, reject}
  readyListeners: [],
  phaseListeners: [],
  firstFeedback: null,
  start: null,
  warm: false,
  outdated: false,
  tierUpNote: null,
  send,
  whenReady,
  onPhase: (fn) => client.phaseListeners.push(fn),
};

export const api = (window.etikaChecker = {
  lang: LANG,
  state: () => client.phase,
  timings: {},
  check: (request) => send(request),
  whenReady,
});

function whenReady() {
  return new Promise((resolve, reject) => {
    if (client.phase === "ready") resolve();
    else if (client.phase === "error") reject(new Error(client.error));
    else client.readyListeners.push({ resolve, reject });
  });
}

function setPhase(phase, detail) {
  client.phase = phase;
  if (phase === "error") client.error = detail || "?";
  const listeners = client.readyListeners.splice(0);
  for (const l of listeners) {
    if (phase === "ready") l.resolve();
    else if (phase === "error") l.reject(new Error(client.error));
    else client.readyListeners.push(l);
  }
  for (const l of [...client.waiting.values()]) {
    if (phase === "error") l.reject(new Error(client.error));
  }
  if (phase === "error") client.waiting.clear();
  for (const fn of client.phaseListeners) fn(phase);
  if ((phase === "ready" || phase === "error") && !api.settled) {
    // _static/etika-offline.js waits for this before precaching the site.
    api.settled = true;
    document.dispatchEvent(new Event("etika-checker-settled"));
  }
}

function send(request) {
  if (client.outdated) return Promise.reject(new Error(T.outdated));
  if (client.phase === "error") return Promise.reject(new Error(client.error));
  const id = client.nextId++;
  return new Promise((resolve, reject) => {
    client.waiting.set(id, { resolve, reject });
    client.worker.postMessage({ id, request });
  });
}

// The worker's stages (etika-worker.js: epoch milliseconds) as times on this
// page's timeline (milliseconds since its navigation started), beside the
// page's marks: etikaChecker.timings.stages.
function onPageTimeline(stages) {
  const out = {};
  for (const [name, t] of Object.entries(stages || {})) out[name] = t - performance.timeOrigin;
  return out;
}

// A newer edition is known: the rules this page's worker holds are not the
// current ones. Say so above the tools, and check nothing more.
function becomeOutdated() {
  if (client.outdated) return;
  client.outdated = true;
  const root = document.getElementById("etika-checker");
  if (!root) return;
  root.dataset.edition = "outdated";
  const note = document.createElement("p");
  note.className = "etika-outdated";
  note.setAttribute("role", "alert");
  note.textContent = T.outdated;
  root.prepend(note);
}

function watchEdition() {
  const check = () => {
    if (window.etikaEdition === "outdated") {
      if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", becomeOutdated, { once: true });
      else becomeOutdated();
    }
  };
  document.addEventListener("etika-edition-outdated", check);
  check();
}

/**
 * Take over the worker that etika-checker.js started as the page loaded
 * (config.early: {worker, shared, events, error}, worker being a Worker or
 * the port of `shared`, the SharedWorker of the engine a handbook page
 * warmed; events what the worker said meanwhile, error why it could not
 * start) and fetch the manifest.
 * config: {base, early}.
 */
export function startClient(config) {
  const base = new URL(config.base);
  // The manifest maps clause ids to handbook pages (from clauses.toml).
  client.manifestPromise = fetch(new URL("manifest.json", base), { cache: "no-cache" })
    .then((r) => (r.ok ? r.json() : null))
    .catch(() => null)
    .then((m) => {
      client.manifest = m;
      return m;
    });

  watchEdition();
  const early = config.early || {};
  const worker = early.worker;
  if (!worker) {
    setPhase("error", early.error || "no worker");
    return;
  }
  client.worker = worker;
  const timer = setTimeout(() => {
    if (client.phase === "loading") setPhase("error", "timeout");
  }, LOAD_TIMEOUT_MS);
  worker.onmessage = (ev) => {
    const msg = ev.data || {};
    if (msg.type === "status") {
      if (msg.phase === "ready") {
        clearTimeout(timer);
        api.timings.worker = msg.timings;
        if (msg.timings) api.timings.stages = onPageTimeline(msg.timings.stages);
        api.info = msg.info;
        client.start = (msg.timings && msg.timings.start) || null;
        client.warm = api.timings.warm = msg.warm === true;
        const showStart = () => {
          const root = document.getElementById("etika-checker");
          if (root && client.start) root.dataset.start = client.start;
          if (root) root.dataset.warm = String(client.warm);
        };
        if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", showStart, { once: true });
        else showStart();
        mark("etika-ready");
        try {
          localStorage.setItem(USED_NOTE, "1");
        } catch (e) {
          /* storage blocked: no page warms the engine */
        }
        setPhase("ready");
        tierUpOnce(worker, config.buildId);
      } else if (msg.phase === "error") {
        clearTimeout(timer);
        setPhase("error", msg.error);
      }
    } else if (msg.type === "snapshot") {
      noteSnapshot(msg);
    } else if (msg.type === "tiered") {
      api.timings.tiered = performance.now();
      try {
        if (client.tierUpNote) client.tierUpNote();
      } catch (e) {
        /* storage blocked */
      }
    } else if (msg.type === "result") {
      const w = client.waiting.get(msg.id);
      if (msg.stages) api.timings.stages = onPageTimeline(msg.stages);
      if (!w) return;
      api.timings.lastAnswerAt = performance.now(); // the answer is on the page's thread
      client.waiting.delete(msg.id);
      if (msg.error) w.reject(new Error(msg.error));
      else {
        try {
          const t0 = performance.now();
          const response = JSON.parse(msg.json);
          api.timings.lastParseMs = performance.now() - t0;
          w.resolve({ response, ms: msg.ms });
        } catch (err) {
          w.reject(err);
        }
      }
    }
  };
  (early.shared || worker).onerror = (ev) => {
    clearTimeout(timer);
    if (ev && ev.preventDefault) ev.preventDefault();
    setPhase("error", (ev && ev.message) || "worker error");
  };
  // What the worker said before this module was loaded, in order.
  const onerror = (early.shared || worker).onerror;
  for (const ev of (early.events || []).splice(0)) (ev.type === "error" ? onerror : worker.onmessage)(ev);
}

/** Note the first result shown to the reader (the benchmark's "first feedback"). */
export function noteFeedback() {
  if (client.firstFeedback) return;
  client.firstFeedback = performance.now();
  api.timings.firstFeedback = client.firstFeedback;
  mark("etika-first-feedback");
}
