// The page's strings, its functions called: node tests/js/strings_fill.mjs MODULE CALLS.json
// CALLS is [[lang, "a.b", [args...]], ...]; prints the results as a JSON list, in order.
// Run by tests/test_checker_strings.py against the module wasm/build.py writes.
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const { STRINGS } = await import(pathToFileURL(process.argv[2]).href);
const calls = JSON.parse(readFileSync(process.argv[3], "utf-8"));
const results = calls.map(([lang, path, args]) => {
  const v = path.split(".").reduce((t, k) => t[k], STRINGS[lang]);
  return typeof v === "function" ? v(...args) : v;
});
console.log(JSON.stringify(results));
