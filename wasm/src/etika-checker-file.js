/* Tool 3: the attachment: only File.name and File.size are read, never the content. */
import { T } from "./etika-checker-strings.js";
import { client } from "./etika-checker-client.js";
import { el, renderReport, renderError } from "./etika-checker-render.js";

export function setupFile() {
  const input = document.getElementById("etika-file-input");
  const region = document.getElementById("etika-file-results");
  if (!input || !region) return;
  region.replaceChildren(el("p", { class: "etika-empty" }, T.fileNone));
  input.addEventListener("change", async () => {
    // Only File.name and File.size are touched: the content is never read.
    const files = Array.from(input.files || []).map((f) => ({ name: f.name, size: f.size }));
    if (!files.length) {
      region.replaceChildren(el("p", { class: "etika-empty" }, T.fileNone));
      return;
    }
    region.setAttribute("aria-busy", "true");
    try {
      const blocks = [];
      for (const f of files) {
        const { response } = await client.send({ tool: "file", name: f.name, size: f.size });
        const block = el("div", { class: "etika-file", "data-file": f.name });
        const inner = el("div", {});
        renderReport(inner, response);
        block.append(el("p", { class: "etika-file-name" }, el("code", {}, f.name), " (", T.bytes(f.size), ")"), ...inner.childNodes);
        blocks.push(block);
      }
      region.replaceChildren(...blocks);
    } catch (err) {
      renderError(region, err);
    } finally {
      region.removeAttribute("aria-busy");
    }
  });
}
