// Load the checker in Node exactly as the worker does in the browser: Pyodide
// from wasm/node_modules (the npm package pinned in package-lock.json), the
// wheels listed in the bundle's manifest.json (docs/_static/wasm by default),
// unpacked with pyodide.unpackArchive, then glue.py. With `snapshot`, the
// runtime is restored from the bundle's memory snapshot instead (as the
// worker does), the same code path: wasm/src/etika-snapshot.js, and, as in
// the worker, nothing else: no wheel is unpacked and glue.py is not run (the
// snapshot holds every module the checker imports, its rules loaded), so the
// parity tests prove a restored interpreter answers on its own.
import { readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gunzipSync } from "node:zlib";
import { createHash } from "node:crypto";
import { restoreOptions, SNAPSHOT_BUILD_GLOBAL } from "../src/etika-snapshot.js";

const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(HERE, "..", "..");
export const DEFAULT_BUNDLE = join(ROOT, "docs", "_static", "wasm");
// The pinned runtime: wasm/node_modules/pyodide, or ETIKA_PYODIDE_DIR (wasm/build.py
// sets it from --node-modules, e.g. a release built in a copy of the tree).
export const PYODIDE_DIR = process.env.ETIKA_PYODIDE_DIR || join(HERE, "..", "node_modules", "pyodide");
const { loadPyodide } = await import(pathToFileURL(join(PYODIDE_DIR, "pyodide.mjs")).href);
export { loadPyodide };

export async function readManifest(bundle = DEFAULT_BUNDLE) {
  return JSON.parse(await readFile(join(bundle, "manifest.json"), "utf8"));
}

export async function unpackWheels(pyodide, bundle, manifest) {
  const site = pyodide.runPython("import site; site.getsitepackages()[0]");
  for (const w of manifest.wheels) {
    const b = await readFile(join(bundle, w.file));
    // A Node Buffer is not a typed array Pyodide knows: view it as Uint8Array.
    const buf = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
    pyodide.unpackArchive(buf, "wheel", { extractDir: site });
  }
  pyodide.runPython("import importlib; importlib.invalidate_caches()");
}

export async function loadEngine({ bundle = DEFAULT_BUNDLE, snapshot = false, pyodideOptions = {} } = {}) {
  const t0 = performance.now();
  const manifest = await readManifest(bundle);
  let pyodide;
  const base = { stdout: () => {}, stderr: (s) => process.stderr.write(s + "\n"), ...pyodideOptions };
  if (snapshot) {
    if (!manifest.snapshot) throw new Error("the bundle has no snapshot");
    const bytes = new Uint8Array(gunzipSync(await readFile(join(bundle, manifest.snapshot.file))));
    // As the worker does: the bytes must be those the build named it by.
    const digest = createHash("sha256").update(bytes).digest("hex");
    if (digest !== manifest.snapshot.raw_sha256) throw new Error(`snapshot damaged (sha256 ${digest})`);
    const factory = (await import(pathToFileURL(join(PYODIDE_DIR, "pyodide.asm.mjs")).href)).default;
    pyodide = await loadPyodide({ ...base, ...restoreOptions(bytes, factory) });
    const built = pyodide.globals.get(SNAPSHOT_BUILD_GLOBAL);
    if (built !== manifest.build) throw new Error(`snapshot of build ${built}, bundle ${manifest.build}`);
  } else {
    pyodide = await loadPyodide(base);
  }
  const version = pyodide.version;
  if (version !== manifest.pyodide) {
    throw new Error(`Pyodide ${version} in node_modules, bundle built for ${manifest.pyodide}`);
  }
  const tRuntime = performance.now();
  if (!snapshot) {
    await unpackWheels(pyodide, bundle, manifest);
    pyodide.runPython(await readFile(join(bundle, manifest.glue.file), "utf8"));
  }
  const handleJson = pyodide.globals.get("etika_handle_json");
  const info = JSON.parse(pyodide.globals.get("etika_info")());
  return {
    pyodide,
    manifest,
    info: { ...info, start: snapshot ? "snapshot" : "plain" },
    handleJson: (s) => handleJson(s),
    timings: { runtime: tRuntime - t0, ready: performance.now() - t0 },
  };
}
