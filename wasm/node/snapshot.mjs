// Make the bundle's memory snapshot (run by wasm/build.py at `make wasm`):
//   SOURCE_DATE_EPOCH=N node wasm/node/snapshot.mjs BUNDLE_DIR OUT_FILE
// Starts the pinned Pyodide with _makeSnapshot, unpacks the bundle's wheels,
// runs glue.py, warms every tool (etika_warm_up), records the bundle's build
// id in the interpreter (SNAPSHOT_BUILD_GLOBAL) and writes
// pyodide.makeMemorySnapshot() to OUT_FILE (raw; build.py compresses it).
//
// Reproducible: the clock reads SOURCE_DATE_EPOCH, the entropy source gives
// constant bytes and the command line is a constant while the snapshot is made, so the same bundle gives
// the same snapshot bytes. Hence every restored interpreter starts with the
// same hash seed and `random` state (the checker uses neither for anything
// a reader could tell; the draft never leaves the worker).
import nodeCrypto from "node:crypto";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { loadPyodide, readManifest, unpackWheels } from "./engine.mjs";
import { SNAPSHOT_BUILD_GLOBAL } from "../src/etika-snapshot.js";

const [bundle, out] = process.argv.slice(2);
const epoch = Number(process.env.SOURCE_DATE_EPOCH);
if (!bundle || !out || !Number.isFinite(epoch)) {
  process.stderr.write("usage: SOURCE_DATE_EPOCH=N node snapshot.mjs BUNDLE_DIR OUT_FILE\n");
  process.exit(2);
}
// Emscripten copies process.argv into the interpreter's memory (sys.argv):
// the paths of this run must not reach the snapshot.
process.argv = [process.argv[0], "snapshot.mjs"];
let tick = 0;
Date.now = () => epoch * 1000;
performance.now = () => (tick += 1);
nodeCrypto.randomFillSync = (view) => view.fill(7);

const manifest = await readManifest(bundle);
const pyodide = await loadPyodide({ _makeSnapshot: true, stdout: () => {}, stderr: (s) => process.stderr.write(s + "\n") });
if (pyodide.version !== manifest.pyodide) {
  throw new Error(`Pyodide ${pyodide.version} in node_modules, bundle built for ${manifest.pyodide}`);
}
await unpackWheels(pyodide, bundle, manifest);
pyodide.runPython(await readFile(join(bundle, manifest.glue.file), "utf8"));
pyodide.runPython("etika_warm_up()");
pyodide.globals.set(SNAPSHOT_BUILD_GLOBAL, manifest.build);
await writeFile(out, pyodide.makeMemorySnapshot());
