// Median latency of one check in Node-Pyodide.
//   node wasm/node/bench.mjs [--bundle DIR] [--runs N] < request.json
// Prints {"runs", "median_ms", "min_ms", "load_ms"} as JSON. The request is
// sent as JSON text exactly as the browser worker sends it; a few warm-up
// calls first (the first check imports and compiles the rule data).
import { readFileSync } from "node:fs";
import { loadEngine, DEFAULT_BUNDLE } from "./engine.mjs";

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const bundle = opt("--bundle", DEFAULT_BUNDLE);
const runs = Number(opt("--runs", "30"));
const request = JSON.stringify(JSON.parse(readFileSync(0, "utf8")));

const engine = await loadEngine({ bundle });
for (let i = 0; i < 3; i++) engine.handleJson(request);
const times = [];
for (let i = 0; i < runs; i++) {
  const t0 = performance.now();
  engine.handleJson(request);
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
const median = times.length % 2 ? times[(times.length - 1) / 2] : (times[times.length / 2 - 1] + times[times.length / 2]) / 2;
process.stdout.write(JSON.stringify({ runs, median_ms: median, min_ms: times[0], load_ms: engine.timings.ready }) + "\n");
