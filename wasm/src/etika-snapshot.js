/* Restoring Pyodide from the bundle's memory snapshot: shared by the worker
 * (etika-worker.js) and Node (wasm/node/engine.mjs).
 *
 * Pyodide's snapshot API is private and experimental (loadPyodide's
 * _makeSnapshot / _loadSnapshot options and pyodide.makeMemorySnapshot()):
 * the runtime is pinned exactly in wasm/package.json and the tests restore
 * a snapshot in Node and in Chromium. Pyodide 314.0.7 sets INITIAL_MEMORY to
 * the snapshot's size, but its module defines its own memory and ignores
 * that, so restoring a snapshot of an interpreter that grew (the checker
 * imported and warmed) fails with "offset is out of bounds". The module
 * factory is wrapped here to grow the memory first: one malloc of the
 * snapshot's heap size (and a free), whose bookkeeping the restore then
 * overwrites with the snapshot's own.
 */

// Python global set at snapshot time to the bundle's build id: a snapshot
// restored with another bundle (stale) is refused by the caller.
export const SNAPSHOT_BUILD_GLOBAL = "etika_snapshot_build";

/** The heap size a snapshot restores (its length less Pyodide's header). */
export function snapshotHeapBytes(bytes) {
  const header = new Uint32Array(bytes.buffer, bytes.byteOffset, 4);
  const offset = header[1];
  if (!(offset > 0 && offset < bytes.length)) throw new Error("not a Pyodide snapshot");
  return bytes.length - offset;
}

/**
 * loadPyodide options that restore a snapshot with the module factory of
 * pyodide.asm.mjs.
 *
 * `bytes` is a Uint8Array or a promise of one. loadPyodide waits for its
 * _loadSnapshot before it creates the runtime's module; it is given a
 * stand-in (an empty array) instead, so the module is created (WebAssembly
 * instantiated, standard library installed) while the snapshot downloads,
 * and the wrapped API.restoreSnapshot restores the real one. (Pyodide
 * 314.0.7 reads nothing else from it: INITIAL_MEMORY, set from its length,
 * is not used by the module; the memory is grown here instead.)
 *
 * `compiled`, if given, is a promise of pyodide.asm.wasm already compiled
 * (WebAssembly.compileStreaming, started as the worker starts): Pyodide's
 * loader adds two imports of its own and then calls
 * WebAssembly.instantiateStreaming(response, imports), so that one call,
 * and only while the module is being created, is answered with the
 * compiled module instead (WebAssembly.instantiate(module, imports)).
 *
 * `stage(name)`, if given, is called as the module is created
 * ("instantiate"), once its WebAssembly is instantiated ("wasm"), once the
 * module is ready ("module"), after the snapshot is copied into its memory
 * ("copied") and once Python's side is set up again ("bootstrapped").
 */
export function restoreOptions(bytes, factory, { stage = () => {}, compiled = null } = {}) {
  let snapshot = null;
  return {
    _loadSnapshot: new Uint8Array(0),
    createPyodideModule: async (settings) => {
      stage("instantiate");
      const instantiateWasm = settings.instantiateWasm;
      if (typeof instantiateWasm === "function") {
        settings.instantiateWasm = (imports, done) => {
          const streaming = WebAssembly.instantiateStreaming;
          if (compiled) {
            WebAssembly.instantiateStreaming = async (response, withImports) => {
              WebAssembly.instantiateStreaming = streaming;
              const module = await compiled;
              return { module, instance: await WebAssembly.instantiate(module, withImports) };
            };
          }
          return instantiateWasm(imports, (instance, module) => {
            WebAssembly.instantiateStreaming = streaming;
            stage("wasm");
            done(instance, module);
          });
        };
      }
      const mod = await factory(settings);
      stage("module");
      snapshot = await bytes;
      const need = snapshotHeapBytes(snapshot);
      if (mod.HEAP8.length < need) {
        const p = mod._malloc(need);
        if (!p) throw new Error("cannot grow memory for the snapshot");
        mod._free(p);
      }
      const api = mod.API;
      if (!api || typeof api.restoreSnapshot !== "function" || typeof api.finalizeBootstrap !== "function") {
        throw new Error("this Pyodide cannot restore a snapshot here");
      }
      const restoreSnapshot = api.restoreSnapshot;
      const finalizeBootstrap = api.finalizeBootstrap;
      api.restoreSnapshot = () => {
        const out = restoreSnapshot.call(api, snapshot);
        snapshot = null; // the module's memory holds it now
        stage("copied");
        return out;
      };
      api.finalizeBootstrap = (...args) => {
        const out = finalizeBootstrap.apply(api, args);
        stage("bootstrapped");
        return out;
      };
      return mod;
    },
  };
}
