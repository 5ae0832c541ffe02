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

/** loadPyodide options that restore `bytes` (Uint8Array) with the module factory of pyodide.asm.mjs. */
export function restoreOptions(bytes, factory) {
  const need = snapshotHeapBytes(bytes);
  return {
    _loadSnapshot: bytes,
    createPyodideModule: async (settings) => {
      const mod = await factory(settings);
      if (mod.HEAP8.length < need) {
        const p = mod._malloc(need);
        if (!p) throw new Error("cannot grow memory for the snapshot");
        mod._free(p);
      }
      return mod;
    },
  };
}
