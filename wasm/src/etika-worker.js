/* etika-check in the browser: the Web Worker (a module worker: Pyodide 314's
 * loader refuses classic workers).
 *
 * Restores Pyodide (the site's own copy, _static/wasm/pyodide/<version>/)
 * from the bundle's memory snapshot (the checker imported, its rules loaded
 * and every tool warmed; see wasm/README.md): a restored worker fetches the
 * runtime's files and the snapshot, nothing else. When the snapshot is
 * missing, stale or damaged, it starts Pyodide plainly: the project's wheels
 * from _static/wasm/wheels/ (fetched and unpacked with pyodide.unpackArchive,
 * never loadPackage by name: that would reach for a CDN) and glue.py. Then
 * answers check requests. Nothing leaves the site.
 *
 * The page starts the worker as it loads (before the reader types) and names
 * in its URL (etika-worker.js?v=<build>&runtime=<dir>&snapshot=<file>, all
 * written into etika-checker.js by wasm/build.py) the runtime's directory
 * and the snapshot, so everything is fetched at once, in parallel; the
 * manifest is read only for a plain start.
 *
 * Protocol (structured-clone messages):
 *   page -> worker  {id, request}            request: the jsonapi dict
 *   worker -> page  {type: "status", phase: "loading"|"ready"|"error", ...}
 *                   {type: "result", id, json, ms}  json: the response string
 *                   {type: "result", id, error}
 *                   {type: "warmed"}  (a shared engine) its idle warm-up done
 *                   {type: "snapshot", state, file}  state: "damaged" (this
 *                     visit's copy failed its sha256 or its gzip: the page
 *                     notes that the next visit asks for a fresh one, &fresh=1),
 *                     "verified" (a fresh copy checked and kept: the note goes)
 *   the "ready" status carries timings {runtime, ready, start, stages}, start
 *   being "snapshot" or "plain" (the page keeps them in
 *   etikaChecker.timings.worker); the first result carries stages again,
 *   with "first-check". stages: {name: time}, times in milliseconds since
 *   the epoch (performance.timeOrigin + performance.now(); the page puts
 *   them on its own timeline), the same names as this worker's performance
 *   marks "etika-worker-<name>":
 *     start        this module runs
 *     loader       pyodide.mjs and pyodide.asm.mjs imported
 *     snapshot     the snapshot's bytes fetched (gzip-decoded: "decoded")
 *     verified     their sha256 is the one in the file's name
 *     compiled     pyodide.asm.wasm compiled (beside the snapshot's download)
 *     instantiate  the runtime's module being created (also beside it)
 *     wasm         pyodide.asm.wasm instantiated
 *     module       the module ready (standard library installed; not on a
 *                  restore, whose snapshot holds what the checker imports)
 *     copied       the snapshot (once in hand) copied into the module's memory
 *     bootstrapped Python's side set up again after the restore
 *     restored     loadPyodide done (snapshot restored, or plain start)
 *     manifest, wheels, glue   (plain start only)
 *     ready        the checker answers
 *     warmed       (a shared engine, restored, nobody waiting) glue.py's
 *                  warm-up requests answered, so the first page's check
 *                  finds the WebAssembly code compiled
 *     first-check  the first request answered
 * The request goes to Python as a JSON string and comes back as one
 * (glue.py): what the page gets is exactly `etika-check --format json`.
 */
const BASE = new URL("./", self.location.href); // .../_static/wasm/
const PARAMS = new URLSearchParams(self.location.search);
const VERSION = PARAMS.get("v") || "dev";
const stages = {};
let handleJson = null;
let answered = 0;
const pending = [];

function stage(name) {
  stages[name] = performance.timeOrigin + performance.now();
  try {
    performance.mark("etika-worker-" + name);
  } catch (e) {
    /* old browsers */
  }
}
stage("start");

// A dedicated worker (a page's own) or a shared one: the engine that the
// handbook's pages start in idle time (etika-engine.js) and the checker page
// connects to, kept across navigations where the browser allows it
// (SharedWorker with extendedLifetime). Shared, it answers each page on its
// own port, tells every page its status and snapshot notes, and tells a page
// that connects once it is ready so at once ("ready" with warm: true).
const SHARED = "onconnect" in self; // a SharedWorkerGlobalScope
const ports = [];
let lastStatus = null;

function post(msg, port = null) {
  if (msg.type === "status") lastStatus = msg;
  if (port) port.postMessage(msg);
  else if (!SHARED) self.postMessage(msg);
  else for (const p of ports) p.postMessage(msg);
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
bootFailure.catch(() => {}); // raced below; unhandled only when boot is over
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

// What the page put in the worker's URL: the runtime's directory
// (pyodide/<version>/) and the snapshot (snapshots/<hash>.bin.gz). Anything
// else is ignored (the manifest then says where they are).
function fromUrl(name, pattern) {
  const value = PARAMS.get(name);
  return value && pattern.test(value) && !value.includes("..") ? value : null;
}
const EARLY_RUNTIME = fromUrl("runtime", /^[A-Za-z0-9._/-]+\/$/);
// The snapshot's file is named by the sha256 of its (decoded) bytes
// (wasm/build.py): the worker checks what it got against that name.
const SNAPSHOT_NAME = /^snapshots\/([0-9a-f]{64})\.bin(\.gz)?$/;
const EARLY_SNAPSHOT = fromUrl("snapshot", SNAPSHOT_NAME);
// fresh=1: the page was told (by this worker, on an earlier visit) that its
// cached copy of this snapshot was damaged: fetch it from the server, past
// every cache (etika-checker-client.js keeps that note).
const FRESH = PARAMS.get("fresh") === "1";

// The runtime's loader (pyodide.mjs) and module factory (pyodide.asm.mjs),
// imported once: a failed snapshot restore starts plainly with the same ones.
function importLoader(indexURL) {
  return Promise.all([import(indexURL + "pyodide.mjs"), import(indexURL + "pyodide.asm.mjs")]).then(
    ([loader, asm]) => {
      stage("loader");
      return { indexURL, loadPyodide: loader.loadPyodide, factory: asm.default };
    },
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

// A snapshot that arrived damaged (cut short, bytes changed: its sha256 is
// not its name's, or its gzip stream is broken), as against one that is
// missing (HTTP error, offline), stale or of another runtime.
class Damaged extends Error {}
let damaged = null; // the Damaged error of this visit, if any

// The snapshot's bytes, gzip-decoded. Stored gzip-compressed under its
// content hash; a server that labels it Content-Encoding: gzip has the
// browser decode it, and the raw bytes are used as they are.
async function readSnapshot(url, init, mark) {
  const response = await fetchOk(url, init);
  let buf;
  try {
    buf = new Uint8Array(await response.arrayBuffer());
  } catch (err) {
    throw new Damaged("body: " + (err && err.message));
  }
  mark("snapshot");
  if (buf[0] !== 0x1f || buf[1] !== 0x8b) return buf;
  try {
    const stream = new Blob([buf]).stream().pipeThrough(new DecompressionStream("gzip"));
    buf = new Uint8Array(await new Response(stream).arrayBuffer());
  } catch (err) {
    throw new Damaged("gzip: " + (err && err.message));
  }
  mark("decoded");
  return buf;
}

// The site's offline caches (etika-sw.js: "etika-offline:<scope>:<version>")
// that hold `url`, each with its copy deleted. (No Cache Storage outside a
// secure context: nothing to drop.)
async function dropCached(url) {
  if (!self.caches) return [];
  const dropped = [];
  for (const name of await caches.keys()) {
    if (!name.startsWith("etika-offline:")) continue;
    const cache = await caches.open(name);
    if (await cache.delete(url, { ignoreSearch: true })) dropped.push(cache);
  }
  return dropped;
}

// The checked copy put back where a damaged one was dropped, decoded (as the
// service worker's precache keeps it).
async function keepIn(dropped, url, raw) {
  const headers = { "Content-Type": "application/octet-stream" };
  await Promise.all(dropped.map((cache) => cache.put(url, new Response(raw, { headers }))));
}

// The snapshot's bytes ({raw}) and the promise of their check against the
// sha256 in its name ({check}, rejected with Damaged). The bytes come as soon
// as they are read, unchecked: the restore copies them into the runtime's
// memory while WebCrypto hashes them off this thread, and waits for the check
// before Python runs on them (etika-snapshot.js, `verified`), so a damaged
// copy is never run, and the hash (about 0.1 s for 45 MB) is no longer a step
// of its own on the critical path. `fresh`: past every cache (the service
// worker's copy dropped first, the HTTP cache's replaced by cache: "reload"),
// and the checked copy put back in the offline cache.
async function fetchSnapshot(file, fresh, mark = stage) {
  const url = new URL(file, BASE).href;
  const digest = SNAPSHOT_NAME.exec(file)[1];
  const noteDamage = (err) => {
    if (err instanceof Damaged) damaged = err;
    throw err;
  };
  const [dropped, { sha256Hex }] = await Promise.all([fresh ? dropCached(url) : [], snapshotModule()]);
  const raw = await readSnapshot(url, fresh ? { cache: "reload" } : undefined, mark).catch(noteDamage);
  const check = sha256Hex(raw)
    .then(async (got) => {
      mark("verified");
      if (got !== digest) throw new Damaged(`sha256 ${got.slice(0, 16)}..., not ${digest.slice(0, 16)}...`);
      if (fresh) {
        await keepIn(dropped, url, raw);
        post({ type: "snapshot", state: "verified", file });
      }
    })
    .catch(noteDamage);
  check.catch(() => {}); // awaited by the restore, or by the repair
  return { raw, check };
}

// After a plain start that a damaged snapshot caused: drop the damaged copy
// from the offline caches and the HTTP cache (a fresh download replaces it),
// so the next visit restores the right one. Until a good copy is in hand the
// page keeps a note (etika-checker-client.js) that makes the next visit ask
// for a fresh one.
async function repairSnapshot(file) {
  post({ type: "snapshot", state: "damaged", file });
  if (FRESH) return; // this visit's copy came from the server already
  try {
    await (await fetchSnapshot(file, true, () => {})).check;
  } catch (err) {
    /* the server's copy is no better: the next visit tries again */
  }
}

let snapshotModulePromise = null;
const snapshotModule = () =>
  (snapshotModulePromise ??= import(new URL("etika-snapshot.js?v=" + VERSION, BASE).href));

// pyodide.asm.wasm compiled while the snapshot downloads (restoreOptions).
function compileWasm(indexURL) {
  const compiled = WebAssembly.compileStreaming(fetchOk(indexURL + "pyodide.asm.wasm")).then((m) => {
    stage("compiled");
    return m;
  });
  compiled.catch(() => {}); // the runtime's own loader reports it
  return compiled;
}

async function restore(loaderPromise, bytes, compiled) {
  const [loader, { restoreOptions, withoutStdlibDownload, SNAPSHOT_BUILD_GLOBAL }] = await Promise.all([
    loaderPromise,
    snapshotModule(),
  ]);
  // The snapshot holds what the checker imports: the standard library is
  // neither downloaded nor written (etika-snapshot.js).
  const pyodide = await withoutStdlibDownload(() =>
    loader.loadPyodide({
      ...runtimeOptions(loader.indexURL),
      ...restoreOptions(
        bytes.then((b) => b.raw),
        loader.factory,
        { stage, compiled, verified: bytes.then((b) => b.check) },
      ),
    }),
  );
  stage("restored");
  const built = pyodide.globals.get(SNAPSHOT_BUILD_GLOBAL);
  // The page's build id (etika-checker.js and this worker's ?v=) is the
  // manifest's: a snapshot of another bundle is stale.
  if (built !== VERSION) throw new Error(`snapshot of bundle ${built}, not ${VERSION}`);
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

let manifestPromise = null;
function fetchManifest() {
  manifestPromise ??= fetchOk(new URL("manifest.json", BASE), { cache: "no-cache" })
    .then((r) => r.json())
    .then((m) => {
      stage("manifest");
      return m;
    });
  return manifestPromise;
}

async function boot() {
  post({ type: "status", phase: "loading" });
  // Everything at once: the runtime's modules (which fetch pyodide.asm.wasm,
  // the standard library and the lock file as soon as loadPyodide is
  // called) and the snapshot.
  let loader = EARLY_RUNTIME ? importLoader(new URL(EARLY_RUNTIME, BASE).href) : null;
  let snapshotFile = EARLY_SNAPSHOT;
  let bytes = EARLY_SNAPSHOT ? fetchSnapshot(EARLY_SNAPSHOT, FRESH) : null;
  let compiled = EARLY_RUNTIME && bytes ? compileWasm(new URL(EARLY_RUNTIME, BASE).href) : null;
  if (loader) loader.catch(() => {}); // reported below
  if (bytes) bytes.catch(() => {}); // a plain start follows
  if (!loader || !bytes) {
    // An older page (or a foreign URL): the manifest says where things are.
    const manifest = await fetchManifest();
    const indexURL = new URL(manifest.indexURL, BASE).href;
    if (!loader || new URL(EARLY_RUNTIME, BASE).href !== indexURL) loader = importLoader(indexURL);
    if (!bytes && manifest.snapshot && SNAPSHOT_NAME.test(manifest.snapshot.file)) {
      snapshotFile = manifest.snapshot.file;
      bytes = fetchSnapshot(snapshotFile, false);
    }
    if (bytes) compiled = compileWasm(indexURL);
  }
  let pyodide = null;
  let start = "plain";
  if (bytes) {
    try {
      pyodide = await Promise.race([restore(loader, bytes, compiled), bootFailure]);
      start = "snapshot";
    } catch (err) {
      // Missing, stale, damaged or unrestorable: start normally (the page
      // says which start it made).
      console.info("etika-check: memory snapshot not used (" + (err && err.message) + "); starting normally");
      pyodide = null;
    }
  }
  if (!pyodide) {
    const manifest = await fetchManifest();
    // Start the wheel and glue downloads while the runtime loads.
    const wheels = fetchWheels(manifest);
    const glue = fetchOk(versioned(manifest.glue.file, manifest.glue.sha256)).then((r) => r.text());
    const l = await Promise.race([loader, bootFailure]);
    pyodide = await Promise.race([l.loadPyodide(runtimeOptions(l.indexURL)), bootFailure]);
    stage("restored");
    await unpackWheels(pyodide, wheels);
    stage("wheels");
    pyodide.runPython(await glue);
    stage("glue");
  }
  console.warn = consoleWarn;
  console.error = consoleError;
  const tRuntime = performance.now();
  handleJson = pyodide.globals.get("etika_handle_json");
  const info = JSON.parse(pyodide.globals.get("etika_info")());
  stage("ready");
  const t0 = stages.start - performance.timeOrigin;
  self.etikaStart = start;
  post({
    type: "status",
    phase: "ready",
    info,
    timings: { runtime: tRuntime - t0, ready: performance.now() - t0, start, stages: { ...stages } },
  });
  return { pyodide, start, damagedFile: damaged ? snapshotFile : null };
}

function answer(msg, port) {
  const started = performance.now();
  let reply;
  try {
    const json = handleJson(JSON.stringify(msg.request));
    reply = { type: "result", id: msg.id, json, ms: performance.now() - started };
  } catch (err) {
    reply = { type: "result", id: msg.id, error: String(err && err.message ? err.message : err) };
  }
  if (!answered++) {
    stage("first-check");
    reply.stages = { ...stages };
  }
  post(reply, port);
}

// glue.py's warm-up requests one at a time, each in a task of its own, and
// only while no page has asked anything (stage "warmed" once done).
function warmUp(pyodide) {
  const requests = JSON.parse(pyodide.runPython("import json; json.dumps(globals().get('IDLE_WARM_UP', WARM_UP))"));
  const next = () => {
    if (answered || pending.length) return; // a page's request came first: it warms the code itself
    if (!requests.length) {
      stage("warmed");
      post({ type: "warmed" }); // to the pages connected (etika-engine.js notes it)
      return;
    }
    try {
      handleJson(JSON.stringify(requests.shift()));
    } catch (err) {
      /* a real request will report it */
    }
    setTimeout(next, 0);
  };
  setTimeout(next, 0);
}

// Compile once (issue 23, item 2): V8 keeps the machine code it compiled from
// pyodide.asm.wasm for the next start (its cache of compiled WebAssembly,
// kept with the cached response the module was compiled from: the service
// worker's, or the HTTP cache's), but only once enough of the module has been
// optimised (TurboFan; about 1 MB of code in Chromium 156), and then after a
// pause of about 2 s. A reader's few checks never get there, so every start
// compiled the module again, and the first check ran unoptimised, function by
// function compiled as it was first called (after a browser restart, in
// `make bench-wasm`: the module ready 0.13 s and the first check 0.07 s later
// than after a visit that had checked drafts for 3 s). Asked by the page once
// per edition and kind of cache (etika-checker-client.js, TIER_UP), the worker
// answers glue.py's warm-up requests again and again for `ms`, a few at a time
// between the page's own (which never wait for more than one of them), waits
// for V8 to write its cache, and says so ("tiered").
function tierUp(ms, port) {
  if (!handleJson || tiering) return;
  tiering = true;
  const requests = JSON.parse(
    pyodideRef.runPython("import json; json.dumps(globals().get('IDLE_WARM_UP', WARM_UP))"),
  ).map((r) => JSON.stringify(r));
  const until = performance.now() + ms;
  let i = 0;
  const slice = () => {
    const end = Math.min(until, performance.now() + 20);
    while (performance.now() < end) {
      try {
        handleJson(requests[i++ % requests.length]);
      } catch (err) {
        /* a real request will report it */
      }
    }
    if (performance.now() < until) setTimeout(slice, 0);
    else {
      stage("tiered-up");
      setTimeout(() => post({ type: "tiered" }, port), TIER_UP_SETTLE_MS);
    }
  };
  setTimeout(slice, 0);
}
// How long V8 waits, once enough code is optimised, before it writes its cache (and some margin).
const TIER_UP_SETTLE_MS = 3000;
let tiering = false;
let pyodideRef = null;

function receive(msg, port) {
  if (msg && msg.type === "tier-up" && typeof msg.ms === "number") {
    tierUp(Math.min(msg.ms, 10000), port);
    return;
  }
  if (!msg || typeof msg !== "object" || !("request" in msg)) return;
  if (handleJson) answer(msg, port);
  else pending.push([msg, port]);
}

if (SHARED) {
  self.onconnect = (ev) => {
    const port = ev.ports[0];
    ports.push(port);
    port.onmessage = (e) => receive(e.data, port);
    if (lastStatus) port.postMessage(lastStatus.phase === "ready" ? { ...lastStatus, warm: true } : lastStatus);
  };
} else {
  self.onmessage = (ev) => receive(ev.data, null);
}

boot().then(
  ({ pyodide, start, damagedFile }) => {
    pyodideRef = pyodide;
    while (pending.length) answer(...pending.shift());
    if (damagedFile) repairSnapshot(damagedFile);
    if (start === "plain") {
      // A restored interpreter is warm already (the snapshot was taken after
      // the same warm-up); a plain one warms up now, unless the reader is
      // waiting.
      try {
        pyodide.runPython("etika_warm_up()"); // glue.py: one request of each kind
      } catch (err) {
        /* a real request will report it */
      }
    } else if (SHARED && !answered) {
      // The engine a handbook page started in idle time (etika-engine.js):
      // nobody is waiting, so its first check's own cost is paid now. The
      // snapshot holds Python warm, but not the browser's machine code: V8
      // compiles each WebAssembly function the first time it runs, and a
      // reader's first draft took 45-67 ms in the worker where the next took
      // 4-16 ms. The warm-up's requests are glue.py's IDLE_WARM_UP, answered
      // into the void; a request that arrives meanwhile waits at most for
      // the one being answered.
      warmUp(pyodide);
    }
    while (pending.length) answer(...pending.shift());
  },
  (err) => {
    post({ type: "status", phase: "error", error: String(err && err.message ? err.message : err) });
  },
);
