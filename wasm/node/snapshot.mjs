// Make the bundle's memory snapshot (run by wasm/build.py at `make wasm`):
//   SOURCE_DATE_EPOCH=N node wasm/node/snapshot.mjs BUNDLE_DIR OUT_FILE
// Starts the pinned Pyodide with _makeSnapshot, unpacks the bundle's wheels,
// runs glue.py, warms every tool (etika_warm_up), records the bundle's build
// id in the interpreter (SNAPSHOT_BUILD_GLOBAL), drops the modules only the
// start-up used, zeroes the C heap's free memory and writes
// pyodide.makeMemorySnapshot(), without its zero blocks (sparseSnapshot,
// wasm/src/etika-snapshot.js), to OUT_FILE (build.py compresses it).
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
import { SNAPSHOT_BUILD_GLOBAL, sparseSnapshot } from "../src/etika-snapshot.js";

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

// What only the start-up used, dropped (issue 23, item 3: what the checker
// never imports is not in the snapshot). etika_check and holidays read their
// own version once, as they are imported, with importlib.metadata, which
// reads the installed METADATA with the email package: 22 modules and about
// 0.9 MB of the heap that a restored interpreter never runs (it opens no
// file: importlib.metadata could not work there anyway). Their entries in
// sys.modules go, and so do the names other modules bound to them (etika_check's
// and holidays.version's `version`, importlib's `metadata`); the strings they
// read (__version__) stay. The names dropped are printed on stderr.
const DROP_START_ONLY = `
import gc, sys, types
_start_only = ("email", "importlib.metadata")
_dropped = {n for n in sys.modules if n in _start_only or n.startswith(tuple(p + "." for p in _start_only))}
for _n in _dropped:
    del sys.modules[_n]
_unbound = []
for _m in list(sys.modules.values()):
    if not isinstance(_m, types.ModuleType):
        continue
    for _k, _v in list(_m.__dict__.items()):
        if isinstance(_v, types.ModuleType):
            _owner = _v.__name__
        else:
            try:
                _owner = type(_v).__module__ if isinstance(_v, BaseException) else getattr(_v, "__module__", None)
            except Exception:
                _owner = None
        if _owner in _dropped:
            del _m.__dict__[_k]
            _unbound.append(_m.__name__ + "." + _k)
print("snapshot: dropped", len(_dropped), "modules;", "unbound", " ".join(sorted(_unbound)), file=sys.stderr)
del _start_only, _dropped, _unbound, _n, _m, _k, _v, _owner
gc.collect()
`;

const manifest = await readManifest(bundle);
const pyodide = await loadPyodide({ _makeSnapshot: true, stdout: () => {}, stderr: (s) => process.stderr.write(s + "\n") });
if (pyodide.version !== manifest.pyodide) {
  throw new Error(`Pyodide ${pyodide.version} in node_modules, bundle built for ${manifest.pyodide}`);
}
await unpackWheels(pyodide, bundle, manifest);
pyodide.runPython(await readFile(join(bundle, manifest.glue.file), "utf8"));
pyodide.runPython("etika_warm_up()");
pyodide.globals.set(SNAPSHOT_BUILD_GLOBAL, manifest.build);
pyodide.runPython(DROP_START_ONLY);
zeroFreeMemory(pyodide._module);
await writeFile(out, sparseSnapshot(pyodide.makeMemorySnapshot()));

// The C heap's free memory zeroed (issue 23: the snapshot no larger). The
// snapshot is the whole WebAssembly memory, and about 9 MB of it is memory
// malloc holds free (the wheels' bytes while they were unpacked, the import
// system's reads of .pyc files, the warm-up's garbage): old bytes that gzip
// cannot squeeze. Every free chunk is allocated (largest first, the memory
// forbidden to grow meanwhile), filled with zeros and freed again; what is
// left of it is malloc's own bookkeeping. The interpreter's state is the same
// (the same chunks free), its compressed snapshot 1.5 MB smaller. Python's own
// allocator (pymalloc) keeps its free blocks inside its arenas: untouched.
function zeroFreeMemory(mod) {
  const grow = WebAssembly.Memory.prototype.grow;
  const length = mod.HEAP8.length;
  const held = [];
  WebAssembly.Memory.prototype.grow = function () {
    throw new RangeError("the memory does not grow while its free chunks are zeroed");
  };
  try {
    for (let size = 1 << 24; size >= 16; size >>= 1) {
      for (let p = mod._malloc(size); p; p = mod._malloc(size)) {
        mod.HEAP8.fill(0, p, p + size);
        held.push(p);
      }
    }
  } finally {
    WebAssembly.Memory.prototype.grow = grow;
    for (const p of held) mod._free(p);
  }
  if (mod.HEAP8.length !== length) throw new Error("the memory grew while its free chunks were zeroed");
}
