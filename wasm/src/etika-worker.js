/* etika-check in the browser: the Web Worker (a module worker: Pyodide 314's
 * loader refuses classic workers).
 *
 * Loads Pyodide from the site's own copy (_static/wasm/pyodide/<version>/), the
 * project's wheels from _static/wasm/wheels/ (fetched and unpacked with
 * pyodide.unpackArchive, never loadPackage by name: that would reach for a
 * CDN), then answers check requests. Nothing leaves the site.
 *
 * Protocol (structured-clone messages):
 *   page -> worker  {id, request}            request: the jsonapi dict
 *   worker -> page  {type: "status", phase: "loading"|"ready"|"error", ...}
 *                   {type: "result", id, json, ms}  json: the response string
 *                   {type: "result", id, error}
 * The request goes to Python as a JSON string and comes back as one
 * (glue.py): what the page gets is exactly `etika-check --format json`.
 */
const BASE = new URL("./", self.location.href); // .../_static/wasm/
const t0 = performance.now();
let handleJson = null;
const pending = [];

function post(msg) {
  self.postMessage(msg);
}

async function fetchOk(url, init) {
  const r = await fetch(url, init);
  if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
  return r;
}

// Wheel URLs carry their sha256 so the HTTP cache may keep them as long as it
// likes: a rebuilt wheel gets a new URL. manifest.json is always revalidated.
function versioned(file, sha) {
  return new URL(file, BASE).href + "?v=" + sha.slice(0, 16);
}

// Pyodide's loader (0.25 to 314) only logs (and then waits for ever) when
// pyodide.asm.wasm cannot be fetched or compiled, or python_stdlib.zip cannot
// be fetched. Watch for those two messages so the page can say so at once.
let failBoot;
const bootFailure = new Promise((_, reject) => {
  failBoot = reject;
});
const consoleWarn = console.warn;
const consoleError = console.error;
console.warn = (...args) => {
  if (String(args[0]).includes("wasm instantiation failed")) {
    failBoot(new Error("pyodide.asm.wasm"));
  }
  consoleWarn.apply(console, args);
};
console.error = (...args) => {
  if (String(args[0]).includes("installing the standard library")) {
    failBoot(new Error("python_stdlib.zip"));
  }
  consoleError.apply(console, args);
};

// The page names the runtime's directory in the worker's URL
// (etika-worker.js?v=<build>&runtime=pyodide/<version>/), so the runtime
// starts loading at once, beside the manifest request.
function runtimeFromUrl() {
  const rt = new URLSearchParams(self.location.search).get("runtime");
  return rt && /^[A-Za-z0-9._\/-]+\/$/.test(rt) && !rt.includes("..") ? rt : null;
}

async function startRuntime(indexURL) {
  const { loadPyodide } = await import(indexURL + "pyodide.mjs");
  return loadPyodide({
    indexURL,
    lockFileURL: indexURL + "pyodide-lock.json",
    stdout: () => {},
    stderr: (s) => console.warn("[pyodide]", s),
  });
}

async function boot() {
  post({ type: "status", phase: "loading" });
  const early = runtimeFromUrl();
  let runtime = null;
  if (early) {
    runtime = startRuntime(new URL(early, BASE).href);
    runtime.catch(() => {}); // reported through the race below
  }
  const manifest = await (await fetchOk(new URL("manifest.json", BASE), { cache: "no-cache" })).json();
  const indexURL = new URL(manifest.indexURL, BASE).href;
  // Start the wheel and glue downloads while the runtime loads.
  const wheels = manifest.wheels.map((w) =>
    fetchOk(versioned(w.file, w.sha256)).then((r) => r.arrayBuffer()),
  );
  const glue = fetchOk(versioned(manifest.glue.file, manifest.glue.sha256)).then((r) => r.text());
  if (!runtime || new URL(early, BASE).href !== indexURL) runtime = startRuntime(indexURL);
  const pyodide = await Promise.race([runtime, bootFailure]);
  console.warn = consoleWarn;
  console.error = consoleError;
  const tRuntime = performance.now();
  const site = pyodide.runPython("import site; site.getsitepackages()[0]");
  for (const buf of await Promise.all(wheels)) {
    pyodide.unpackArchive(buf, "wheel", { extractDir: site });
  }
  pyodide.runPython("import importlib; importlib.invalidate_caches()");
  pyodide.runPython(await glue);
  handleJson = pyodide.globals.get("etika_handle_json");
  const info = JSON.parse(pyodide.globals.get("etika_info")());
  const tReady = performance.now();
  post({
    type: "status",
    phase: "ready",
    info,
    timings: { runtime: tRuntime - t0, ready: tReady - t0 },
  });
}

function answer(msg) {
  const started = performance.now();
  try {
    const json = handleJson(JSON.stringify(msg.request));
    post({ type: "result", id: msg.id, json, ms: performance.now() - started });
  } catch (err) {
    post({ type: "result", id: msg.id, error: String(err && err.message ? err.message : err) });
  }
}

self.onmessage = (ev) => {
  const msg = ev.data;
  if (!msg || typeof msg !== "object" || !("request" in msg)) return;
  if (handleJson) answer(msg);
  else pending.push(msg);
};

// One request of each kind, answered into the void: the first real check
// then finds the rule data loaded and the patterns compiled.
const WARM_UP = [
  { tool: "post", text: "Semakan awal: 880515-02-5511 bodoh." },
  { tool: "time", when: "2026-01-05T10:00:00+08:00", policy: "jkdm-2010", holidays: [] },
  { tool: "file", name: "a.pdf", size: 1 },
  { tool: "account", name: "Facebook Rasmi JKDM" },
];

boot().then(
  () => {
    if (!pending.length) {
      for (const request of WARM_UP) {
        try {
          handleJson(JSON.stringify(request));
        } catch (err) {
          /* a real request will report it */
        }
      }
    }
    while (pending.length) answer(pending.shift());
  },
  (err) => {
    post({ type: "status", phase: "error", error: String(err && err.message ? err.message : err) });
  },
);
