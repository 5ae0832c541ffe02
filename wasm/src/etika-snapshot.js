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

// The snapshot's memory without its zero blocks (issue 23): Pyodide's
// snapshot is its header (offset bytes: magic, offset, the JavaScript side's
// state) and then the whole WebAssembly memory, 45 MB of which about 20 MB
// are zero (the C stack's region, the free memory zeroed at build time:
// wasm/node/snapshot.mjs). wasm/node/snapshot.mjs stores it sparse: the
// header, the memory's other BLOCK-byte blocks in order, a table of the zero
// runs (start block, block count; uint32 pairs) and a 16-byte trailer
// (uint32: the number of runs, the memory's length, SPARSE_MAGIC,
// SPARSE_VERSION; all little-endian). A snapshot without the trailer is
// Pyodide's own (dense) and restores as before.
export const SPARSE_MAGIC = 0x5a4b5445; // "ETKZ"
export const SPARSE_VERSION = 1;
export const SPARSE_BLOCK = 4096;

/** {offset, memory, runs, dataEnd}: where the snapshot's parts are (runs: [start, count, ...] in blocks). */
export function snapshotLayout(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const offset = bytes.length >= 16 ? view.getUint32(4, true) : 0;
  if (!(offset > 0 && offset < bytes.length)) throw new Error("not a Pyodide snapshot");
  const end = bytes.length - 16;
  if (
    end >= offset &&
    view.getUint32(end + 8, true) === SPARSE_MAGIC &&
    view.getUint32(end + 12, true) === SPARSE_VERSION
  ) {
    const n = view.getUint32(end, true);
    const dataEnd = end - 8 * n;
    if (dataEnd < offset) throw new Error("a damaged sparse snapshot");
    const runs = new Uint32Array(2 * n);
    for (let i = 0; i < 2 * n; i++) runs[i] = view.getUint32(dataEnd + 4 * i, true);
    return { offset, memory: view.getUint32(end + 4, true), runs, dataEnd };
  }
  return { offset, memory: bytes.length - offset, runs: new Uint32Array(0), dataEnd: bytes.length };
}

/** The heap size a snapshot restores (the WebAssembly memory it holds). */
export function snapshotHeapBytes(bytes) {
  return snapshotLayout(bytes).memory;
}

/** The snapshot's memory written into `heap` (a Uint8Array over the module's memory), zero runs included. */
export function copySnapshotMemory(bytes, heap, layout = snapshotLayout(bytes)) {
  const { offset, memory, runs, dataEnd } = layout;
  let at = 0;
  let from = offset;
  for (let i = 0; i < runs.length; i += 2) {
    const start = runs[i] * SPARSE_BLOCK;
    const stop = start + runs[i + 1] * SPARSE_BLOCK;
    if (start < at || stop > memory) throw new Error("a damaged sparse snapshot");
    heap.set(bytes.subarray(from, from + start - at), at);
    from += start - at;
    heap.fill(0, start, stop);
    at = stop;
  }
  if (at + dataEnd - from !== memory) throw new Error("a damaged sparse snapshot");
  heap.set(bytes.subarray(from, dataEnd), at);
}

/** A sparse snapshot (the format above) of Pyodide's dense one. */
export function sparseSnapshot(dense) {
  const offset = snapshotLayout(dense).offset;
  const memory = dense.subarray(offset);
  if (memory.length % SPARSE_BLOCK) throw new Error("the memory is not whole blocks");
  const words = new Uint32Array(dense.buffer, dense.byteOffset + offset, memory.length / 4);
  const per = SPARSE_BLOCK / 4;
  const zero = (b) => {
    for (let i = b * per, end = i + per; i < end; i++) if (words[i]) return false;
    return true;
  };
  const blocks = memory.length / SPARSE_BLOCK;
  const parts = [dense.subarray(0, offset)];
  const runs = [];
  let from = 0;
  for (let b = 0; b < blocks; ) {
    if (!zero(b)) {
      b++;
      continue;
    }
    let e = b + 1;
    while (e < blocks && zero(e)) e++;
    parts.push(memory.subarray(from * SPARSE_BLOCK, b * SPARSE_BLOCK));
    runs.push(b, e - b);
    from = b = e;
  }
  parts.push(memory.subarray(from * SPARSE_BLOCK));
  const tail = new DataView(new ArrayBuffer(4 * runs.length + 16));
  runs.forEach((v, i) => tail.setUint32(4 * i, v, true));
  [runs.length / 2, memory.length, SPARSE_MAGIC, SPARSE_VERSION].forEach((v, i) =>
    tail.setUint32(4 * runs.length + 4 * i, v, true),
  );
  parts.push(new Uint8Array(tail.buffer));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
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
 * The standard library (python_stdlib.zip) is not written into the module's
 * file system: the snapshot holds every module the checker imports, and a
 * restored interpreter opens no file (tests/test_wasm_parity.py audits it).
 * Pyodide's own step that installs it still makes the directories and sets
 * the runtime's version and site-packages path; only its FS.writeFile of the
 * zip is skipped. (withoutStdlibDownload, below, spares the download too.)
 *
 * `verified`, if given, is a promise that rejects if `bytes` are not the
 * snapshot they should be (the worker's sha256 check, run beside the copy):
 * the snapshot is copied into the module's memory as soon as both are there,
 * and nothing runs on it until `verified` has resolved (a rejection fails
 * the restore; the module, never run, is dropped).
 *
 * `stage(name)`, if given, is called as the module is created
 * ("instantiate"), once its WebAssembly is instantiated ("wasm"), once the
 * module is ready ("module"), after the snapshot is copied into its memory
 * ("copied") and once Python's side is set up again ("bootstrapped").
 */
export function restoreOptions(bytes, factory, { stage = () => {}, compiled = null, verified = null } = {}) {
  let snapshot = null;
  return {
    _loadSnapshot: new Uint8Array(0),
    createPyodideModule: async (settings) => {
      stage("instantiate");
      skipStdlib(settings);
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
      const layout = snapshotLayout(snapshot);
      const need = layout.memory;
      if (mod.HEAP8.length < need) {
        const p = mod._malloc(need);
        if (!p) throw new Error("cannot grow memory for the snapshot");
        mod._free(p);
      }
      const api = mod.API;
      if (!api || typeof api.restoreSnapshot !== "function" || typeof api.finalizeBootstrap !== "function") {
        throw new Error("this Pyodide cannot restore a snapshot here");
      }
      // The memory copied here, beside the check (API.restoreSnapshot would
      // copy it in loadPyodide's next step, where nothing else runs on the
      // module in between); API.restoreSnapshot then gets the header alone
      // (the build id it checks, the JavaScript side's state), with nothing
      // after it to copy.
      copySnapshotMemory(snapshot, mod.HEAPU8, layout);
      stage("copied");
      const header = snapshot.slice(0, layout.offset); // a copy: the whole snapshot is not kept for it
      snapshot = null; // the module's memory holds it now
      await verified;
      const restoreSnapshot = api.restoreSnapshot;
      const finalizeBootstrap = api.finalizeBootstrap;
      api.restoreSnapshot = () => restoreSnapshot.call(api, header);
      api.finalizeBootstrap = (...args) => {
        const out = finalizeBootstrap.apply(api, args);
        stage("bootstrapped");
        return out;
      };
      return mod;
    },
  };
}

// The standard library's zip as Pyodide fetches it (<indexURL>python_stdlib.zip)
// and writes it (/lib/python<major><minor>.zip).
const STDLIB_URL = /\/python_stdlib\.zip(\?.*)?$/;
const STDLIB_FILE = /^\/lib\/python\d+\.zip$/;

// Pyodide's preRun step that installs the standard library (Pyodide 314.0.7:
// the first, known by its run dependency "install-stdlib"), made to skip
// writing the zip. Without that step (another runtime), nothing changes.
function skipStdlib(settings) {
  const preRun = Array.isArray(settings.preRun) ? settings.preRun : [];
  const at = preRun.findIndex((f) => typeof f === "function" && String(f).includes("install-stdlib"));
  if (at < 0) return;
  const install = preRun[at];
  preRun[at] = async (mod) => {
    const fs = mod.FS;
    const writeFile = fs.writeFile;
    fs.writeFile = function (path, ...rest) {
      if (STDLIB_FILE.test(String(path))) return undefined;
      return writeFile.call(this, path, ...rest);
    };
    try {
      return await install(mod);
    } finally {
      fs.writeFile = writeFile;
    }
  };
}

/**
 * Run `start` (a restore: loadPyodide with restoreOptions) with the standard
 * library's download answered by an empty body, no request made: the restore
 * does not write it (above), so it need not cross the network or be read
 * from a cache. Every other fetch goes through; the browser's fetch is put
 * back as soon as `start` settles, before any plain start that may follow.
 * (Node's Pyodide reads the zip from its own directory, not through fetch.)
 */
export async function withoutStdlibDownload(start) {
  const realFetch = globalThis.fetch;
  if (typeof realFetch !== "function") return start();
  globalThis.fetch = function (input, init) {
    const url = typeof input === "string" ? input : input && input.url ? input.url : String(input);
    if (STDLIB_URL.test(url)) return Promise.resolve(new Response(new Uint8Array(0)));
    return realFetch.call(this, input, init);
  };
  try {
    return await start();
  } finally {
    globalThis.fetch = realFetch;
  }
}

/**
 * The sha256 of `bytes` (a Uint8Array) as 64 hex digits. WebCrypto where the
 * page is a secure context (HTTPS, localhost), else the JavaScript below
 * (an intranet served over plain HTTP has no crypto.subtle).
 */
export async function sha256Hex(bytes) {
  const subtle = globalThis.crypto && globalThis.crypto.subtle;
  const digest = subtle ? new Uint8Array(await subtle.digest("SHA-256", bytes)) : sha256(bytes);
  return Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join("");
}

const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
]);

/** SHA-256 (FIPS 180-4) in JavaScript: the digest of `bytes` as a Uint8Array. */
export function sha256(bytes) {
  const h = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
  const w = new Int32Array(64);
  const n = bytes.length;
  // The message, then 0x80, zeros and the length in bits (64-bit big-endian).
  const tail = new Uint8Array(((n % 64) + 9 <= 64 ? 64 : 128));
  tail.set(bytes.subarray(n - (n % 64)));
  tail[n % 64] = 0x80;
  const view = new DataView(tail.buffer);
  view.setUint32(tail.length - 8, Math.floor(n / 0x20000000));
  view.setUint32(tail.length - 4, (n * 8) >>> 0);
  let h0 = h[0], h1 = h[1], h2 = h[2], h3 = h[3], h4 = h[4], h5 = h[5], h6 = h[6], h7 = h[7]; // prettier-ignore
  const block = (src, at) => {
    for (let i = 0; i < 16; i++) {
      const j = at + 4 * i;
      w[i] = (src[j] << 24) | (src[j + 1] << 16) | (src[j + 2] << 8) | src[j + 3];
    }
    for (let i = 16; i < 64; i++) {
      const x = w[i - 15];
      const y = w[i - 2];
      const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
      const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
      w[i] = (w[i - 16] + s0 + w[i - 7] + s1) | 0;
    }
    let a = h0, b = h1, c = h2, d = h3, e = h4, f = h5, g = h6, hh = h7; // prettier-ignore
    for (let i = 0; i < 64; i++) {
      const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const t1 = (hh + S1 + ((e & f) ^ (~e & g)) + K[i] + w[i]) | 0;
      const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) | 0;
    }
    h0 = (h0 + a) | 0;
    h1 = (h1 + b) | 0;
    h2 = (h2 + c) | 0;
    h3 = (h3 + d) | 0;
    h4 = (h4 + e) | 0;
    h5 = (h5 + f) | 0;
    h6 = (h6 + g) | 0;
    h7 = (h7 + hh) | 0;
  };
  const whole = n - (n % 64);
  for (let at = 0; at < whole; at += 64) block(bytes, at);
  for (let at = 0; at < tail.length; at += 64) block(tail, at);
  const out = new Uint8Array(32);
  const outView = new DataView(out.buffer);
  [h0, h1, h2, h3, h4, h5, h6, h7].forEach((v, i) => outView.setUint32(4 * i, v >>> 0));
  return out;
}
