/* Tool 3: the attachment: only File.name and File.size are read, never the
 * content. The page's own button and labels (a native file input speaks the
 * browser's language); one summary, a heading per file (those with problems
 * first), the disclaimer once. */
import { T } from "./etika-checker-strings.js";
import { client } from "./etika-checker-client.js";
import { el, renderReport, renderError } from "./etika-checker-render.js";
import { withProfile } from "./etika-checker-profile.js";

export function setupFile() {
  const input = document.getElementById("etika-file-input");
  const button = document.getElementById("etika-file-button");
  const chosen = document.getElementById("etika-file-chosen");
  const region = document.getElementById("etika-file-results");
  if (!input || !region) return;
  if (button) button.addEventListener("click", () => input.click());
  const none = () => region.replaceChildren(el("p", { class: "etika-empty" }, T.fileNone));
  none();
  let files = [];
  async function check() {
    if (!files.length) {
      none();
      return;
    }
    region.setAttribute("aria-busy", "true");
    try {
      const blocks = [];
      let bad = 0;
      for (const f of files) {
        const { response } = await client.send(withProfile({ tool: "file", name: f.name, size: f.size }));
        const problems = (response.findings || []).length > 0 || !!response.error;
        if (problems) bad++;
        const block = el("section", { class: "etika-file", "data-file": f.name, "data-problems": String(problems) });
        const inner = el("div", {});
        if (problems || (response.reminders || []).length) renderReport(inner, response, { cleanMessage: false });
        else inner.append(el("p", { class: "etika-clean etika-file-clean" }, T.fileClean));
        block.append(el("h3", { class: "etika-file-name" }, el("code", {}, f.name), " (", T.bytes(f.size), ")"), ...inner.childNodes);
        blocks.push(block);
      }
      const summary = el("p", { class: "etika-file-summary", "data-bad": bad, "data-files": files.length }, el("strong", {}, T.fileSummary(bad, files.length)));
      const more = el("a", { href: "#tidak-disemak" }, T.notChecked);
      const disclaimer = el("p", { class: "etika-help etika-disclaimer" }, T.reportFooter, " ", more, ".");
      // Files with problems first (in the order chosen), then the others.
      blocks.sort((x, y) => (y.dataset.problems === "true") - (x.dataset.problems === "true"));
      region.replaceChildren(summary, ...blocks, disclaimer);
    } catch (err) {
      renderError(region, err);
    } finally {
      region.removeAttribute("aria-busy");
    }
  }
  input.addEventListener("change", () => {
    // Only File.name and File.size are touched: the content is never read.
    files = Array.from(input.files || []).map((f) => ({ name: f.name, size: f.size }));
    if (chosen) chosen.textContent = files.length ? T.fileCount(files.length) : T.fileNone;
    check();
  });
  document.addEventListener("etika-profile", check);
}
