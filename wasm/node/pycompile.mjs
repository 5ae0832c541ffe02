// Compile a pure-Python wheel to the bytecode of the pinned Pyodide runtime,
// inside that runtime (wasm/pycompile.py does the work):
//   node wasm/node/pycompile.mjs IN.whl OUT_DIR
// Prints the path of the compiled wheel (x-<ver>-cp3NN-none-any.whl). Needs
// SOURCE_DATE_EPOCH (zip member times and hash-based .pyc: same bytes from
// the same sources).
import { readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadPyodide } from "./engine.mjs";

const [input, outDir] = process.argv.slice(2);
const epoch = process.env.SOURCE_DATE_EPOCH;
if (!input || !outDir || !epoch) {
  process.stderr.write("usage: SOURCE_DATE_EPOCH=N node pycompile.mjs IN.whl OUT_DIR\n");
  process.exit(2);
}
const HERE = dirname(fileURLToPath(import.meta.url));
const pyodide = await loadPyodide({ stdout: () => {}, stderr: (s) => process.stderr.write(s + "\n"), env: { SOURCE_DATE_EPOCH: epoch } });
const name = basename(input);
pyodide.FS.mkdirTree("/work/in");
pyodide.FS.mkdirTree("/work/out");
pyodide.FS.writeFile(`/work/in/${name}`, readFileSync(input));
// the zip member stamping shared with the release (src/etika_tools/reproducible.py),
// then the compiler, in one namespace
pyodide.runPython(readFileSync(join(HERE, "..", "..", "src", "etika_tools", "reproducible.py"), "utf8"));
pyodide.runPython(readFileSync(join(HERE, "..", "pycompile.py"), "utf8"));
const outName = pyodide.globals.get("compile_wheel")(`/work/in/${name}`, "/work/out", Number(epoch));
const outPath = join(outDir, outName);
writeFileSync(outPath, pyodide.FS.readFile(`/work/out/${outName}`));
process.stdout.write(outPath + "\n");
