// ESLint (flat config) for every script the project writes: the browser modules (wasm/src/), the
// site's service workers (wasm/offline/), the handbook pages' scripts (docs/_static/), and the
// Node scripts (wasm/node/, tests/js/). `make lint` runs it from the project's root
// (`wasm/node_modules/.bin/eslint -c wasm/eslint.config.js`), so the paths below are from there.
// Pinned in package.json (devDependencies), installed by `npm ci` (make wasm-deps).
import js from "@eslint/js";
import globals from "globals";

const rules = {
  "no-unused-vars": ["error", { args: "after-used", argsIgnorePattern: "^_", caughtErrors: "none" }],
  eqeqeq: ["error", "always", { null: "ignore" }],
  "no-var": "error",
  "prefer-const": "error",
};

export default [
  // docs/_static/wasm/: the browser bundle wasm/build.py writes there (gitignored, generated)
  { ignores: ["**/node_modules/**", "**/dist/**", "docs/_static/wasm/**"] },
  js.configs.recommended,
  {
    // the page's ES modules and the module worker
    files: ["wasm/src/**/*.js"],
    languageOptions: { ecmaVersion: 2022, sourceType: "module", globals: { ...globals.browser } },
    rules,
  },
  {
    // the page script written into the page: a classic script
    files: ["wasm/src/etika-checker.js"],
    languageOptions: { sourceType: "script" },
  },
  {
    files: ["wasm/src/etika-worker.js", "wasm/src/etika-snapshot.js"],
    languageOptions: { globals: { ...globals.worker, ...globals.node } },
  },
  {
    // the site's service workers (tools/offline.py fills in their constants): classic scripts
    files: ["wasm/offline/*.js"],
    languageOptions: { ecmaVersion: 2022, sourceType: "script", globals: { ...globals.serviceworker } },
    rules: { "no-unused-vars": rules["no-unused-vars"] },
  },
  {
    // the handbook pages' classic scripts (the extension adds them); Search is Sphinx's searchtools.js
    files: ["docs/_static/*.js"],
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: "script",
      globals: { ...globals.browser, Search: "readonly" },
    },
    rules: { "no-unused-vars": rules["no-unused-vars"] },
  },
  {
    // Node: the parity, bench and snapshot scripts, the tests' scripts, and this file
    files: ["wasm/node/**/*.mjs", "tests/js/**/*.mjs", "wasm/eslint.config.js"],
    languageOptions: { ecmaVersion: 2022, sourceType: "module", globals: { ...globals.node } },
  },
];
