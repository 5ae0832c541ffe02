// Run jsonapi requests through etika_check inside Node-Pyodide.
//   node wasm/node/run.mjs [--bundle DIR] [--snapshot] < requests.jsonl > responses.jsonl
// With --snapshot the runtime is restored from the bundle's memory snapshot
// (as the browser worker does) instead of started plainly.
// One request (a JSON object) per input line; one line out per request: the
// response JSON exactly as glue.py produced it, or {"__error__": "..."} when
// Python raised. The first line out is {"__info__": {...}} (versions, timings).
import { createInterface } from "node:readline";
import { loadEngine, DEFAULT_BUNDLE } from "./engine.mjs";

const args = process.argv.slice(2);
const i = args.indexOf("--bundle");
const bundle = i >= 0 ? args[i + 1] : DEFAULT_BUNDLE;

let engine;
try {
  engine = await loadEngine({ bundle, snapshot: args.includes("--snapshot") });
} catch (err) {
  process.stderr.write(`run.mjs: ${err && err.message ? err.message : err}\n`);
  process.exit(1);
}
process.stdout.write(JSON.stringify({ __info__: { ...engine.info, pyodide: engine.pyodide.version, timings: engine.timings } }) + "\n");
const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
for await (const line of rl) {
  if (!line.trim()) continue;
  let out;
  try {
    // Re-serialise in JS as the worker does (JSON.stringify of the request object).
    out = engine.handleJson(JSON.stringify(JSON.parse(line)));
  } catch (err) {
    out = JSON.stringify({ __error__: String(err && err.message ? err.message : err) });
  }
  process.stdout.write(out + "\n");
}
