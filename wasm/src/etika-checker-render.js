/* Rendering: what etika_check.jsonapi.handle answers, as page elements.
 *
 * Rules this module keeps:
 *  - everything the reader typed or pasted is put in the page as text
 *    (textContent / createTextNode), never as HTML;
 *  - a finding is an element with data-rule, data-severity and data-clauses;
 *  - labels come from etika-checker-strings.js (T).
 */
import { T, localized } from "./etika-checker-strings.js";
import { client, noteFeedback, api } from "./etika-checker-client.js";

/** How long typing must pause before a check is sent. */
export const DEBOUNCE_MS = 150;
/** At most this many findings are listed (opts.limit): a long paste renders
 * in bounded time; the rest are counted ("and N more") and are in the report. */
export const MAX_LISTED = 50;

let wasmBase = new URL("./", location.href); // .../_static/wasm/, set by the page's start()

export function setBase(base) {
  wasmBase = new URL(base);
}

// ---- Small DOM helpers -----------------------------------------------------
export function onDom(fn) {
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", fn, { once: true });
  else fn();
}

export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") node.className = v;
    else if (k === "text") node.textContent = v;
    else node.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}

export function debounce(fn, ms) {
  let t = null;
  return (...args) => {
    clearTimeout(t);
    t = setTimeout(() => fn(...args), ms);
  };
}

// The site root relative to this page: Sphinx (>= 7.2) writes it on <html>
// as data-content_root; otherwise derive it from the bundle's URL
// (<root>/_static/wasm/).
export function siteRoot() {
  const cr = document.documentElement.dataset.content_root;
  if (cr !== undefined) return cr === "./" ? "" : cr;
  const root = new URL("../../", wasmBase);
  const here = new URL("./", location.href);
  let rel = "";
  let dir = here.pathname;
  while (dir.length > root.pathname.length && dir.startsWith(root.pathname)) {
    rel += "../";
    dir = dir.replace(/[^/]*\/$/, "");
  }
  return rel;
}

// Links from a finding open beside the draft (a new tab), so that reading a
// clause never takes the reader away from the draft they are fixing.
const BESIDE = { target: "_blank", rel: "noopener" };
function beside(title) {
  return title ? `${title} ${T.opensBeside}` : T.opensBeside;
}

// Links: handbook paths relative to the language root ("sop.html#sop-7-2"),
// from the bundle manifest, which has them from the handbook link contract
// (etika_check.links, as the engine's own links); this page prefixes the way
// back to that root.
export function clauseLink(id) {
  const m = client.manifest;
  const c = m && m.clauses && m.clauses[id];
  const title = c ? localized(c.title) : "";
  const path = c && c.href;
  if (!path) return el("span", { class: "etika-clause", "data-clause": id, text: id });
  return el("a", { class: "etika-clause", "data-clause": id, href: siteRoot() + path, title: beside(title), ...BESIDE }, id);
}

function instrumentLink(id) {
  const m = client.manifest;
  const i = m && m.instruments && m.instruments[id];
  const label = i ? localized(i.short || i.title) || id : id;
  const path = i && i.href;
  if (!path) return el("span", { class: "etika-instrument", "data-instrument": id, text: label });
  return el("a", { class: "etika-instrument", "data-instrument": id, href: siteRoot() + path, title: beside(""), ...BESIDE }, label);
}

// Python spans count code points; JS strings count UTF-16 code units.
// cpToUtf16(s)[i] is the UTF-16 offset of code point i (length = n + 1).
// With `upto`, the map stops after that many code points (the highlights of a
// long paste need only the offsets up to their last span, not the whole draft).
export function cpToUtf16(s, upto) {
  const map = [0];
  const last = upto === undefined ? Infinity : upto;
  let u = 0;
  while (u < s.length && map.length <= last) {
    const c = s.charCodeAt(u);
    u += c >= 0xd800 && c <= 0xdbff && u + 1 < s.length && (s.charCodeAt(u + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
    map.push(u);
  }
  return map;
}

// ---- Findings ----------------------------------------------------------------
// One card per rule: its title (plain words, the page's language) and verdict
// word, what to do instead (the rule's "fix"), each place in the draft it was
// found (the line, the words; opts.onPlace makes each a button that selects
// them in the box), the message, the clauses with their titles, and, folded,
// why (with the rule's id and its entry in the catalogue).
// The beginning of each clause's text, in the page's language: a data block the
// handbook writes on this page from its own clause pages (the clause-quotes directive).
let QUOTES = null;
export function clauseQuote(id) {
  if (QUOTES === null) {
    QUOTES = {};
    const block = document.getElementById("etika-clause-quotes");
    try {
      if (block) QUOTES = JSON.parse(block.textContent) || {};
    } catch (e) {
      QUOTES = {};
    }
  }
  return typeof QUOTES[id] === "string" ? QUOTES[id] : "";
}

function clauseRef(id) {
  const m = client.manifest;
  const c = m && m.clauses && m.clauses[id];
  const title = c ? localized(c.title) : "";
  const item = el("li", { class: "etika-clause-ref" }, clauseLink(id));
  if (title) item.append(" ", el("span", { class: "etika-clause-title" }, title));
  const quote = clauseQuote(id);
  if (quote) item.append(el("q", { class: "etika-clause-quote" }, quote));
  return item;
}

export function renderFinding(f, tag, whyText, opts) {
  opts = opts || {};
  const hits = opts.hits || [f];
  const sev = f.severity || "info";
  const clauses = Array.isArray(f.clauses) ? f.clauses : [];
  const instruments = Array.isArray(f.instruments) ? f.instruments : [];
  const item = el(tag || "li", {
    class: `etika-finding etika-sev-${sev}`,
    "data-rule": f.rule,
    "data-severity": sev,
    "data-clauses": clauses.join(" "),
    "data-instruments": instruments.join(" "),
    "data-hits": hits.length,
  });
  const head = el(
    "p",
    { class: "etika-finding-head" },
    el("span", { class: "etika-severity", "data-severity": sev }, T.severity[sev] || sev),
    " ",
    el("strong", { class: "etika-finding-title" }, localized(f.title)),
  );
  const message = localized(f.message);
  item.append(head);
  const fix = localized(opts.fix);
  if (fix) item.append(el("p", { class: "etika-fix" }, el("strong", {}, T.fixLabel + " "), fix));
  // Each place in the draft (a post's findings have spans; others do not).
  const placed = hits.filter((h) => Array.isArray(h.span));
  if (placed.length) {
    const list = el("ul", { class: "etika-places" });
    const shown = placed.slice(0, opts.maxPlaces || placed.length);
    for (const h of shown) {
      const label = [T.lineLabel(h.line || 1)];
      const words = h.excerpt ? el("q", { class: "etika-place-words" }, h.excerpt) : null;
      let node;
      if (opts.onPlace) {
        node = el("button", { type: "button", class: "etika-place", "data-span": h.span.join(","), "data-line": h.line || 1,
          title: T.showInDraft }, ...label, words ? ": " : "", words);
        node.addEventListener("click", () => opts.onPlace(h));
      } else {
        node = el("span", { class: "etika-place", "data-line": h.line || 1 }, ...label, words ? ": " : "", words);
      }
      list.append(el("li", {}, node));
    }
    if (shown.length < placed.length) list.append(el("li", { class: "etika-places-more" }, T.morePlaces(placed.length - shown.length)));
    item.append(list);
  }
  item.append(el("p", { class: "etika-message" }, message));
  if (clauses.length) {
    const refs = el("div", { class: "etika-refs" }, el("p", { class: "etika-meta" }, T.clauses + ":"));
    refs.append(el("ul", { class: "etika-clause-list" }, ...clauses.map(clauseRef)));
    item.append(refs);
  }
  if (instruments.length) {
    const laws = el("p", { class: "etika-laws etika-meta" }, T.instruments + ": ");
    instruments.forEach((c, i) => {
      if (i) laws.append(", ");
      laws.append(instrumentLink(c));
    });
    item.append(laws);
  }
  // The rule's reason, with its id and its catalogue entry, at hand but folded.
  const why = localized(whyText);
  if (why || (f.links && f.links.rule) || f.construction) {
    const fold = el("details", { class: "etika-why" }, el("summary", {}, T.why));
    if (why) fold.append(el("p", {}, why));
    if (f.links && f.links.rule) {
      fold.append(el("p", { class: "etika-rule etika-meta" }, T.rule + ": ",
        el("a", { class: "etika-rule-link", href: siteRoot() + f.links.rule, title: beside(""), ...BESIDE }, el("code", {}, f.rule))));
    }
    // what found it, so that a false alarm can be traced to its entry in the data
    if (f.construction) fold.append(el("p", { class: "etika-construction etika-meta" }, T.construction + ": ", el("code", {}, f.construction)));
    item.append(fold);
  }
  return item;
}

/** The findings grouped by rule, in the order each rule is first found: [[first, hits]]. */
export function byRule(findings) {
  const groups = new Map();
  for (const f of findings) {
    if (!groups.has(f.rule)) groups.set(f.rule, []);
    groups.get(f.rule).push(f);
  }
  return [...groups.values()];
}

export function renderReport(region, response, opts) {
  opts = opts || {};
  if (response && response.error) {
    region.replaceChildren(el("p", { class: "etika-error", role: "alert" }, T.error + " " + localized(response.error)));
    return;
  }
  const findings = response.findings || [];
  const reminders = response.reminders || [];
  const whyOf = response.why || {};
  const fixOf = response.fix || {};
  const out = [];
  if (opts.before) out.push(...opts.before);
  // With a "limit" the engine counts what it did not send ("total").
  const total = (response.total && response.total.findings) || findings.length;
  const card = (hits) => renderFinding(hits[0], "li", whyOf[hits[0].rule],
    { hits, fix: fixOf[hits[0].rule], onPlace: opts.onPlace, maxPlaces: opts.limit ? MAX_LISTED : 0 });
  if (findings.length) {
    out.push(el("p", { class: "etika-count", "data-count": total }, T.findings(total)));
    const list = el("ul", { class: "etika-findings" });
    for (const hits of byRule(findings)) list.append(card(hits));
    out.push(list);
    if (findings.length < total) {
      const rest = total - findings.length;
      out.push(el("p", { class: "etika-more", "data-more": rest }, T.more(rest)));
    }
  } else if (opts.cleanMessage !== false) {
    const more = el("a", { href: "#tidak-disemak" }, T.notChecked);
    out.push(
      el(
        "div",
        { class: "etika-clean", "data-clean": "" },
        el("p", {}, el("strong", {}, T.clean)),
        el("p", {}, T.cleanHelp, " ", more, "."),
      ),
    );
  }
  if (reminders.length) {
    const list = el("ul", { class: "etika-reminders" });
    for (const hits of byRule(reminders)) list.append(card(hits));
    out.push(el("div", { class: "etika-reminder-block" }, el("p", { class: "etika-reminders-head" }, T.reminders), list));
  }
  // The rules' edition: {"id", "date", "name": {"ms", "en"}} (older engines: "version").
  const edition = response.edition || response.version;
  if (edition) {
    let ed = String(edition);
    if (typeof edition === "object") ed = localized(edition.name) || edition.id || localized(edition);
    out.push(el("p", { class: "etika-edition", "data-edition": (edition && edition.id) || ed }, T.edition + " " + ed));
  }
  region.replaceChildren(...out);
}

export function renderError(region, err) {
  region.replaceChildren(el("p", { class: "etika-error", role: "alert" }, T.error + " " + (err && err.message ? err.message : String(err))));
}

// ---- Status --------------------------------------------------------------------
export function renderStatus() {
  const root = document.getElementById("etika-checker");
  if (!root) return;
  root.dataset.state = client.phase;
  const status = document.getElementById("etika-status");
  if (!status) return;
  if (client.phase === "loading") status.replaceChildren(el("span", { class: "etika-spinner", "aria-hidden": "true" }), T.loading);
  else if (client.phase === "ready") {
    // Ready: one quiet line (the task is the box, not the tool); how it started, smaller still.
    const how = T.started[client.start];
    status.replaceChildren(el("span", { class: "etika-tick", "aria-hidden": "true" }, "\u2713"), T.ready,
      ...(how ? [" ", el("span", { class: "etika-status-detail" }, how)] : []));
  }
  else {
    status.setAttribute("role", "alert");
    status.replaceChildren(el("strong", {}, `${T.failed} (${client.error}).`), " ", T.failedHelp, " ",
      el("a", { href: "#semak-baris-perintah" }, T.failedMore), ".");
  }
}

// A "latest wins" runner: one request in flight per tool; newer input
// replaces whatever was waiting.
export function runner(region, build, render) {
  let inFlight = false;
  let queued = null;
  async function go(input) {
    if (inFlight) {
      queued = input;
      return;
    }
    inFlight = true;
    try {
      const req = build(input);
      if (req === null) {
        render(null, input);
      } else {
        region.setAttribute("aria-busy", "true");
        const { response, ms } = await client.send(req);
        await client.manifestPromise; // clause links need it (it is tiny and long loaded)
        api.timings.lastCheckMs = ms;
        const t0 = performance.now();
        render(response, input);
        api.timings.lastRenderMs = performance.now() - t0;
        noteFeedback();
      }
    } catch (err) {
      renderError(region, err);
    } finally {
      region.removeAttribute("aria-busy");
      inFlight = false;
      if (queued !== null) {
        const next = queued;
        queued = null;
        go(next);
      }
    }
  }
  return go;
}
