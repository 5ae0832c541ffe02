/* Tool 1: the draft post, checked as the reader types, with its findings
 * highlighted in a mirror behind the textarea. */
import { T } from "./etika-checker-strings.js";
import { client } from "./etika-checker-client.js";
import { el, debounce, cpToUtf16, renderReport, runner, DEBOUNCE_MS } from "./etika-checker-render.js";

export function setupPost() {
  const text = document.getElementById("etika-post-text");
  const mirror = document.getElementById("etika-post-mirror");
  const region = document.getElementById("etika-post-results");
  if (!text || !region) return;
  text.placeholder = T.postPlaceholder;
  let shown = ""; // the text the current highlights belong to

  let shownMarks = []; // [{a, b, severity, rule}] in UTF-16 units of `shown`

  // Python spans (code points) -> UTF-16 ranges of `value`.
  function marksFor(value, findings) {
    const map = cpToUtf16(value);
    const n = map.length - 1;
    const marks = [];
    for (const f of findings) {
      if (!Array.isArray(f.span)) continue;
      let [a, b] = f.span;
      a = Math.max(0, Math.min(n, a | 0));
      b = Math.max(a, Math.min(n, b | 0));
      if (b > a) marks.push({ a: map[a], b: map[b], severity: f.severity, rule: f.rule });
    }
    return marks;
  }

  function paint(value, marks) {
    if (!mirror) return;
    const cuts = new Set([0, value.length]);
    for (const m of marks) {
      cuts.add(m.a);
      cuts.add(m.b);
    }
    const points = [...cuts].sort((x, y) => x - y);
    const nodes = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i];
      const b = points[i + 1];
      const seg = value.slice(a, b);
      const covering = marks.filter((m) => m.a <= a && m.b >= b);
      if (!covering.length) {
        nodes.push(document.createTextNode(seg));
        continue;
      }
      const sevs = covering.map((m) => m.severity);
      const sev = sevs.includes("error") ? "error" : sevs.includes("warning") ? "warning" : "info";
      nodes.push(
        el(
          "mark",
          {
            class: `etika-mark etika-sev-${sev}`,
            "data-rule": [...new Set(covering.map((m) => m.rule))].join(" "),
            "data-severity": sev,
          },
          seg,
        ),
      );
    }
    // A trailing newline needs something after it to take up a line.
    nodes.push(document.createTextNode("\u200b"));
    mirror.replaceChildren(...nodes);
    mirror.scrollTop = text.scrollTop;
  }

  function paintMirror(value, findings) {
    shown = value;
    shownMarks = marksFor(value, findings);
    paint(value, shownMarks);
  }

  // While the reader types, keep the marks that lie wholly before the first
  // changed character (they still cover the same text) until the new
  // results arrive; drop the others.
  function repaintWhileTyping(value) {
    let p = 0;
    const max = Math.min(value.length, shown.length);
    while (p < max && value.charCodeAt(p) === shown.charCodeAt(p)) p++;
    paint(value, shownMarks.filter((m) => m.b < p));
  }

  const go = runner(
    region,
    (value) => (value.trim() ? { tool: "post", text: value } : null),
    (response, value) => {
      if (response === null) {
        paintMirror(value, []);
        region.replaceChildren(el("p", { class: "etika-empty" }, T.empty));
        return;
      }
      const all = (response.findings || []).concat(response.reminders || []);
      // The reader may have typed on: only paint highlights that match the box.
      if (value === text.value) paintMirror(value, all);
      renderReport(region, response);
      region.dataset.checked = value.length;
    },
  );
  const later = debounce(() => go(text.value), DEBOUNCE_MS);
  text.addEventListener("input", () => {
    if (shown !== text.value) repaintWhileTyping(text.value);
    later();
  });
  text.addEventListener("scroll", () => {
    if (mirror) mirror.scrollTop = text.scrollTop;
  });
  if (typeof ResizeObserver === "function" && mirror) {
    new ResizeObserver(() => {
      mirror.style.height = text.offsetHeight + "px";
      mirror.scrollTop = text.scrollTop;
    }).observe(text);
  }
  region.replaceChildren(el("p", { class: "etika-empty" }, T.empty));
  client.whenReady().then(
    () => {
      if (text.value) go(text.value);
    },
    () => {},
  );
}
