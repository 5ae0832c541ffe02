// ESLint (flat config) for the browser side: `make lint` runs it over src/ and node/.
// Pinned in package.json (devDependencies), installed by `npm ci` (make wasm-deps).
import js from "@eslint/js";
import globals from "globals";

export default [
  { ignores: ["node_modules/**", "dist/**"] },
  js.configs.recommended,
  {
    // the page's ES modules and the module worker
    files: ["src/**/*.js"],
    languageOptions: { ecmaVersion: 2022, sourceType: "module", globals: { ...globals.browser } },
    rules: {
      "no-unused-vars": ["error", { args: "after-used", argsIgnorePattern: "^_", caughtErrors: "none" }],
      eqeqeq: ["error", "always", { null: "ignore" }],
      "no-var": "error",
      "prefer-const": "error",
    },
  },
  {
    // the page script written into the page: a classic script
    files: ["src/etika-checker.js"],
    languageOptions: { sourceType: "script" },
  },
  {
    files: ["src/etika-worker.js", "src/etika-snapshot.js"],
    languageOptions: { globals: { ...globals.worker, ...globals.node } },
  },
  {
    // Node: the parity, bench and snapshot scripts, and this file
    files: ["node/**/*.mjs", "eslint.config.js"],
    languageOptions: { ecmaVersion: 2022, sourceType: "module", globals: { ...globals.node } },
  },
];
