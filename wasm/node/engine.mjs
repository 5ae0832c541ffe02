// Load the checker in Node exactly as the worker does in the browser: Pyodide
// from wasm/node_modules (the npm package pinned in package-lock.json), the
// wheels listed in the bundle's manifest.json (docs/_static/wasm by default),
// unpacked with pyodide.unpackArchive, then glue.py.
import { readFile } from "node:fs/promises";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadPyodide } from "pyodide";

const HERE = dirname(fileURLToPath(import.meta.url));
export const ROOT = resolve(HERE, "..", "..");
export const DEFAULT_BUNDLE = join(ROOT, "docs", "_static", "wasm");

export async function loadEngine({ bundle = DEFAULT_BUNDLE } = {}) {
  const t0 = performance.now();
  const manifest = JSON.parse(await readFile(join(bundle, "manifest.json"), "utf8"));
  const pyodide = await loadPyodide({ stdout: () => {}, stderr: (s) => process.stderr.write(s + "\n") });
  const version = pyodide.version;
  if (version !== manifest.pyodide) {
    throw new Error(`Pyodide ${version} in node_modules, bundle built for ${manifest.pyodide}`);
  }
  const tRuntime = performance.now();
  const site = pyodide.runPython("import site; site.getsitepackages()[0]");
  for (const w of manifest.wheels) {
    const b = await readFile(join(bundle, w.file));
    // A Node Buffer is not a typed array Pyodide knows: view it as Uint8Array.
    const buf = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
    pyodide.unpackArchive(buf, "wheel", { extractDir: site });
  }
  pyodide.runPython("import importlib; importlib.invalidate_caches()");
  pyodide.runPython(await readFile(join(bundle, manifest.glue.file), "utf8"));
  const handleJson = pyodide.globals.get("etika_handle_json");
  const info = JSON.parse(pyodide.globals.get("etika_info")());
  return {
    pyodide,
    manifest,
    info,
    handleJson: (s) => handleJson(s),
    timings: { runtime: tRuntime - t0, ready: performance.now() - t0 },
  };
}
