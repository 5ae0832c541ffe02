// The shape of the page's STRINGS (wasm/src/etika-checker-strings.js) in each language:
// each key with "text", "EMPTY" or "function(<arity>)", nested tables as objects.
// Run by tests/test_checker_strings.py: node tests/js/strings_shape.mjs FILE
import { pathToFileURL } from "node:url";

globalThis.document = { documentElement: { lang: "ms" } }; // what the module reads at load
const { STRINGS } = await import(pathToFileURL(process.argv[2]).href);
const shape = (v) =>
  typeof v === "function"
    ? `function(${v.length})`
    : v && typeof v === "object"
      ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, shape(v[k])]))
      : typeof v === "string" && v.trim()
        ? "text"
        : "EMPTY";
console.log(JSON.stringify(Object.fromEntries(Object.entries(STRINGS).map(([lang, t]) => [lang, shape(t)]))));
