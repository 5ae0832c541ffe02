/* etika-check in the browser: the Web Worker (a module worker: Pyodide 314's
 * loader refuses classic workers).
 *
 * Restores Pyodide (the site's own copy, _static/wasm/pyodide/<version>/)
 * from the bundle's memory snapshot (manifest.snapshot: the checker already
 * imported and warmed; see wasm/README.md), or, when the snapshot is missing,
 * stale or damaged, starts it plainly: the project's wheels from
 * _static/wasm/wheels/ (fetched and unpacked with pyodide.unpackArchive, never
 * loadPackage by name: that would reach for a CDN) and glue.py. Then answers
 * check requests. Nothing leaves the site.
 *
 * Protocol (structured-clone messages):
 *   page -> worker  {id, request}            request: the jsonapi dict
 *   worker -> page  {type: "status", phase: "loading"|"ready"|"error", ...}
 *                   {type: "result", id, json, ms}  json: the response string
 *                   {type: "result", id, error}
 *   the "ready" status carries timings {runtime, ready, start}, start being
 *   "snapshot" or "plain" (the page keeps them in etikaChecker.timings.worker)
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

const VERSION = new URLSearchParams(self.location.search).get("v") || "dev";

// The runtime's loader (pyodide.mjs) and module factory (pyodide.asm.mjs),
// imported once: a failed snapshot restore starts plainly with the same ones.
function importLoader(indexURL) {
  return Promise.all([import(indexURL + "pyodide.mjs"), import(indexURL + "pyodide.asm.mjs")]).then(
    ([loader, asm]) => ({ indexURL, loadPyodide: loader.loadPyodide, factory: asm.default }),
  );
}

function runtimeOptions(indexURL) {
  return {
    indexURL,
    lockFileURL: indexURL + "pyodide-lock.json",
    stdout: () => {},
    stderr: (s) => console.warn("[pyodide]", s),
  };
}

// The bundle's memory snapshot (manifest.snapshot, made by `make wasm`):
// Pyodide started, etika_check imported and warmed. Stored gzip-compressed
// under its content hash; a server that already decoded it (Content-Encoding)
// hands over the raw bytes, which are used as they are.
async function fetchSnapshot(entry) {
  const buf = new Uint8Array(await (await fetchOk(new URL(entry.file, BASE))).arrayBuffer());
  if (buf[0] !== 0x1f || buf[1] !== 0x8b) return buf;
  const stream = new Blob([buf]).stream().pipeThrough(new DecompressionStream("gzip"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

async function restore(loader, manifest) {
  const { restoreOptions, SNAPSHOT_BUILD_GLOBAL } = await import(new URL("etika-snapshot.js?v=" + VERSION, BASE).href);
  const bytes = await fetchSnapshot(manifest.snapshot);
  const pyodide = await loader.loadPyodide({ ...runtimeOptions(loader.indexURL), ...restoreOptions(bytes, loader.factory) });
  const built = pyodide.globals.get(SNAPSHOT_BUILD_GLOBAL);
  if (built !== manifest.build) throw new Error(`snapshot of bundle ${built}, not ${manifest.build}`);
  return pyodide;
}

async function unpackWheels(pyodide, wheels) {
  const site = pyodide.runPython("import site; site.getsitepackages()[0]");
  for (const buf of await Promise.all(wheels)) {
    pyodide.unpackArchive(buf, "wheel", { extractDir: site });
  }
  pyodide.runPython("import importlib; importlib.invalidate_caches()");
}

function fetchWheels(manifest) {
  return manifest.wheels.map((w) => fetchOk(versioned(w.file, w.sha256)).then((r) => r.arrayBuffer()));
}

async function boot() {
  post({ type: "status", phase: "loading" });
  const early = runtimeFromUrl();
  let loader = null;
  if (early) {
    loader = importLoader(new URL(early, BASE).href);
    loader.catch(() => {}); // reported below
  }
  const manifest = await (await fetchOk(new URL("manifest.json", BASE), { cache: "no-cache" })).json();
  const indexURL = new URL(manifest.indexURL, BASE).href;
  if (!loader || new URL(early, BASE).href !== indexURL) loader = importLoader(indexURL);
  let pyodide = null;
  let start = "plain";
  let wheels = null;
  if (manifest.snapshot) {
    try {
      pyodide = await Promise.race([restore(await loader, manifest), bootFailure]);
      start = "snapshot";
    } catch (err) {
      // Missing, stale or unrestorable: start normally, nothing to tell the reader.
      console.info("etika-check: memory snapshot not used (" + (err && err.message) + "); starting normally");
      pyodide = null;
    }
  }
  if (!pyodide) {
    // Start the wheel and glue downloads while the runtime loads.
    wheels = fetchWheels(manifest);
    const glue = fetchOk(versioned(manifest.glue.file, manifest.glue.sha256)).then((r) => r.text());
    const l = await Promise.race([loader, bootFailure]);
    pyodide = await Promise.race([l.loadPyodide(runtimeOptions(indexURL)), bootFailure]);
    await unpackWheels(pyodide, wheels);
    pyodide.runPython(await glue);
  }
  console.warn = consoleWarn;
  console.error = consoleError;
  const tRuntime = performance.now();
  handleJson = pyodide.globals.get("etika_handle_json");
  const info = JSON.parse(pyodide.globals.get("etika_info")());
  const tReady = performance.now();
  self.etikaStart = start;
  post({
    type: "status",
    phase: "ready",
    info,
    timings: { runtime: tRuntime - t0, ready: tReady - t0, start },
  });
  return { pyodide, manifest, start };
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

boot().then(
  ({ pyodide, manifest, start }) => {
    while (pending.length) answer(pending.shift());
    if (start === "snapshot") {
      // The snapshot holds every module the checker imported, but not the
      // files: unpack the wheels after the first answers, for anything read
      // later from site-packages.
      unpackWheels(pyodide, fetchWheels(manifest)).catch((err) =>
        console.warn("etika-check: wheels not unpacked after the snapshot:", err),
      );
    } else if (!pending.length) {
      try {
        pyodide.runPython("etika_warm_up()"); // glue.py: one request of each kind
      } catch (err) {
        /* a real request will report it */
      }
    }
    while (pending.length) answer(pending.shift());
  },
  (err) => {
    post({ type: "status", phase: "error", error: String(err && err.message ? err.message : err) });
  },
);
