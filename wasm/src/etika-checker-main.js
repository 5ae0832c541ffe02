/* The checker page (docs/checker.md): wires the modules together.
 *
 *   etika-checker.js          classic bootstrap: build id, runtime path, starts the worker, imports this
 *   etika-checker-strings.js  the UI strings (ms, en)
 *   etika-checker-client.js   the worker client
 *   etika-checker-render.js   DOM helpers and rendering of findings
 *   etika-checker-post.js, -time.js, -file.js, -account.js   one module per tool
 *   etika-checker-profile.js  which documents bind the reader (a remembered setting)
 *   etika-checker-report.js   the report to copy, print or download
 */
import { T } from "./etika-checker-strings.js";
import { client, startClient } from "./etika-checker-client.js";
import { onDom, renderStatus, setBase } from "./etika-checker-render.js";
import { setupPost } from "./etika-checker-post.js";
import { setupTime } from "./etika-checker-time.js";
import { setupFile } from "./etika-checker-file.js";
import { setupAccount } from "./etika-checker-account.js";
import { setupProfile } from "./etika-checker-profile.js";
import { setupReport } from "./etika-checker-report.js";

function fillLabels() {
  for (const node of document.querySelectorAll("[data-etika-label]")) {
    const key = node.getAttribute("data-etika-label");
    const v = T[key];
    if (typeof v === "string") node.textContent = v;
  }
  for (const node of document.querySelectorAll("[data-etika-aria]")) {
    const v = T[node.getAttribute("data-etika-aria")];
    if (typeof v === "string") node.setAttribute("aria-label", v);
  }
  for (const opt of document.querySelectorAll("#etika-time-policy option")) {
    const v = T.policies[opt.value];
    if (v) opt.textContent = v;
  }
}

// One tool per input kind of the checker; the page sets up those the bundle
// names (config.inputs: etika_check.model.INPUT_KINDS, written by wasm/build.py).
const TOOLS = { post: setupPost, time: setupTime, file: setupFile, account: setupAccount };

/** config: {base: the bundle's URL (.../_static/wasm/), buildId, runtimePath, snapshotPath, inputs, early: the worker started by etika-checker.js}. */
export function start(config) {
  setBase(config.base);
  client.onPhase(() => onDom(renderStatus));
  startClient(config);
  onDom(() => {
    fillLabels();
    // Hidden in the HTML so that without JavaScript no empty widget shows.
    for (const node of document.querySelectorAll("#etika-checker[hidden], .etika-widget[hidden], [data-etika-js][hidden]")) node.hidden = false;
    renderStatus();
    setupProfile();
    setupReport();
    for (const kind of config.inputs) {
      if (TOOLS[kind]) TOOLS[kind]();
      else console.error(`etika-check: no tool on this page for the input kind ${kind}`);
    }
  });
}
