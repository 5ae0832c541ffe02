/* The report an officer hands over: the draft, the date and time, the rules'
 * edition and each finding with its clause, excerpt and message, in the
 * page's language. Copied, printed (the print stylesheet prints #etika-report
 * and nothing else: the title once, each finding with its line, what to do
 * and its clauses' titles, then the draft), or downloaded as text or JSON.
 * Built in the page from the last check: nothing leaves the machine.
 *
 * MyKad and phone numbers found in the draft are masked in every form of the
 * report (the printed page, the copy, the downloads) unless the officer asks
 * for them in full: a report is handed on, and the number is not needed to
 * show that it was there.
 */
import { T, LANG, localized } from "./etika-checker-strings.js";
import { el, cpToUtf16, byRule } from "./etika-checker-render.js";
import { client } from "./etika-checker-client.js";
import { currentProfile, withProfile } from "./etika-checker-profile.js";

let current = null; // {text, response, at: Date}; response may be cut ("total")

/** The rules whose words are personal numbers, masked in the report. */
const MASKED_RULES = new Set(["mykad-number", "mobile-number"]);

function unmasked() {
  const box = document.getElementById("etika-report-unmask");
  return !!(box && box.checked);
}

/** Digits hidden but the last two (the separators kept, so the shape still shows). */
export function maskNumber(s) {
  const digits = (s.match(/\d/g) || []).length;
  let seen = 0;
  return s.replace(/\d/g, (d) => (++seen > digits - 2 ? d : "•"));
}

/** The draft with the words of MASKED_RULES findings masked, and a function masking any text the same way. */
function masking(text, response) {
  const all = (response.findings || []).concat(response.reminders || []).filter((f) => MASKED_RULES.has(f.rule) && Array.isArray(f.span));
  if (!all.length || unmasked()) return { draft: text, mask: (s) => s };
  const map = cpToUtf16(text);
  const n = map.length - 1;
  const ranges = all.map((f) => [map[Math.min(n, f.span[0])], map[Math.min(n, f.span[1])]]).sort((a, b) => a[0] - b[0]);
  let out = "";
  let at = 0;
  const words = new Map();
  for (const [a, b] of ranges) {
    if (b <= at) continue;
    const from = Math.max(a, at);
    out += text.slice(at, from);
    const hidden = maskNumber(text.slice(from, b));
    words.set(text.slice(from, b), hidden);
    out += hidden;
    at = b;
  }
  out += text.slice(at);
  const mask = (s) => {
    let r = String(s || "");
    for (const [w, h] of words) if (w) r = r.split(w).join(h);
    return r;
  };
  return { draft: out, mask };
}

const TZ = "Asia/Kuala_Lumpur";

function isoMalaysia(d) {
  // 2026-11-23T10:30:00+08:00 (Malaysia has no daylight saving)
  return new Date(d.getTime() + 8 * 3600 * 1000).toISOString().slice(0, 19) + "+08:00";
}

let whenFormat = null; // made once: building a DateTimeFormat costs tens of ms

function humanWhen(d) {
  try {
    whenFormat =
      whenFormat ||
      new Intl.DateTimeFormat(LANG === "en" ? "en-GB" : "ms-MY", {
        weekday: "long", day: "numeric", month: "long", year: "numeric",
        hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: TZ,
      });
    return whenFormat.format(d) + " (UTC+8)";
  } catch (e) {
    return isoMalaysia(d);
  }
}

function editionOf(response) {
  const e = response.edition || response.version;
  if (!e) return { id: "", name: "" };
  if (typeof e === "string") return { id: e, name: e };
  return { id: e.id || "", name: localized(e.name) || e.id || "", date: e.date || "" };
}

function entry(f, mask, fixOf) {
  return {
    rule: f.rule,
    severity: f.severity,
    severity_label: T.severity[f.severity] || f.severity,
    title: localized(f.title),
    clauses: f.clauses || [],
    excerpt: mask(f.excerpt || ""),
    line: f.line || null,
    column: f.column || null,
    message: mask(localized(f.message)),
    fix: localized(fixOf[f.rule]),
  };
}

/** The report as data (the JSON download). */
export function reportData() {
  if (!current) return null;
  const { text, response, at } = current;
  const profile = currentProfile();
  const { draft, mask } = masking(text, response);
  const fixOf = response.fix || {};
  return {
    report: T.reportTitle,
    lang: LANG,
    checked_at: isoMalaysia(at),
    edition: editionOf(response),
    profile: { id: profile, name: T.profiles[profile] },
    draft,
    masked: draft !== text,
    findings: (response.findings || []).map((f) => entry(f, mask, fixOf)),
    reminders: (response.reminders || []).map((f) => entry(f, mask, fixOf)),
    note: T.reportFooter,
  };
}

/** The report as plain text (copy, the text download and the printed report). */
export function reportText() {
  const data = reportData();
  if (!data) return "";
  const out = [];
  out.push(T.reportTitle, "");
  out.push(`${T.reportWhen}: ${humanWhen(current.at)}`);
  if (data.edition.name) out.push(`${T.edition} ${data.edition.name}${data.edition.id && data.edition.id !== data.edition.name ? ` (${data.edition.id})` : ""}`);
  out.push(`${T.reportProfile}: ${data.profile.name}`, "");
  out.push(`${T.reportDraft}:`, data.draft, "");
  const item = (f, i) => {
    out.push(`${i + 1}. ${f.severity_label}: ${f.title}`);
    if (f.clauses.length) out.push(`   ${T.clauses}: ${f.clauses.join(", ")}`);
    if (f.excerpt) out.push(`   ${T.excerpt}${f.line ? ` (${T.line} ${f.line})` : ""}: “${f.excerpt}”`);
    out.push(`   ${f.message}`);
    if (f.fix) out.push(`   ${T.fixLabel} ${f.fix}`);
  };
  const total = (current.response.total && current.response.total.findings) || data.findings.length;
  if (data.findings.length) {
    out.push(T.findings(total) + ":");
    data.findings.forEach(item);
    if (total > data.findings.length) out.push(T.more(total - data.findings.length));
  } else out.push(T.reportNone);
  if (data.reminders.length) {
    out.push("", T.reminders + ":");
    data.reminders.forEach(item);
  }
  out.push("", T.reportFooter);
  return out.join("\n") + "\n";
}

function fileName(ext) {
  const stamp = current ? isoMalaysia(current.at).slice(0, 16).replace(/[T:]/g, "-") : "";
  return `${T.reportFile}-${stamp}.${ext}`;
}

function download(content, type, ext) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = el("a", { href: url, download: fileName(ext), hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

async function copy(text) {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch (e) {
    /* fall back below */
  }
  // Plain HTTP on an intranet has no Clipboard API: copy from a selection.
  const area = el("textarea", { class: "etika-offscreen", readonly: true, "aria-hidden": "true", tabindex: "-1" });
  area.value = text;
  document.body.append(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand("copy");
  } catch {
    /* not copied: ok stays false */
  }
  area.remove();
  return ok;
}

// The printed report: a block at the end of <body>, shown only in print.
function printBlock() {
  let block = document.getElementById("etika-report");
  if (!block) {
    block = el("section", { id: "etika-report", class: "etika-report", "aria-hidden": "true" });
    document.body.append(block);
  }
  return block;
}

function complete() {
  const r = current && current.response;
  const total = r && r.total;
  return !total || (total.findings <= (r.findings || []).length && total.reminders <= (r.reminders || []).length);
}

// A long paste's answer holds only the first findings: the report asks the
// engine for all of them when the reader wants the report (copy, print,
// download), not while they type.
async function full() {
  if (current && !complete()) {
    // Every finding: the JSON API caps each rule's findings unless a request sets its own limit.
    const { response } = await client.send(withProfile({ tool: "post", text: current.text, limit: Number.MAX_SAFE_INTEGER }));
    if (!response.error) current = { text: current.text, response, at: current.at };
    refresh();
  }
}

// The printed report (the whole draft and every finding as text) is written
// when printing starts (beforeprint, which the print button and the browser's
// own Print both fire), not after every check: with a long paste it is the
// costliest part of an answer.
function fillPrintBlock() {
  const block = printBlock();
  const data = reportData();
  if (!data) {
    block.replaceChildren();
    return;
  }
  const m = client.manifest;
  const clauseTitle = (id) => (m && m.clauses && m.clauses[id] ? localized(m.clauses[id].title) : "");
  const meta = el("dl", { class: "etika-report-meta" },
    el("dt", {}, T.reportWhen), el("dd", {}, humanWhen(current.at)),
    el("dt", {}, T.edition.replace(/:$/, "")), el("dd", {}, data.edition.name),
    el("dt", {}, T.reportProfile), el("dd", {}, data.profile.name));
  const section = (heading, entries) => {
    const list = el("ol", { class: "etika-report-findings" });
    for (const group of byRule(entries)) {
      const f = group[0];
      const item = el("li", { class: "etika-report-finding", "data-rule": f.rule },
        el("h3", {}, `${f.severity_label}: ${f.title}`));
      const places = group.filter((g) => g.line).map((g) => `${T.lineLabel(g.line)}${g.excerpt ? ` “${g.excerpt}”` : ""}`);
      if (places.length) item.append(el("p", {}, el("strong", {}, T.reportPlaces + ": "), places.join("; ")));
      item.append(el("p", {}, f.message));
      if (f.fix) item.append(el("p", {}, el("strong", {}, T.fixLabel + " "), f.fix));
      if (f.clauses.length) {
        item.append(el("p", { class: "etika-report-clauses" }, el("strong", {}, T.clauses + ": "),
          f.clauses.map((c) => (clauseTitle(c) ? `${c} (${clauseTitle(c)})` : c)).join("; ")));
      }
      list.append(item);
    }
    return [el("h2", {}, heading), list];
  };
  const total = (current.response.total && current.response.total.findings) || data.findings.length;
  const parts = [el("h1", {}, T.reportTitle), meta];
  if (data.findings.length) parts.push(...section(T.findings(total), data.findings));
  else parts.push(el("p", {}, T.reportNone));
  if (data.reminders.length) parts.push(...section(T.reminders, data.reminders));
  parts.push(el("h2", {}, T.reportDraft), el("pre", { class: "etika-report-draft" }, data.draft), el("p", { class: "etika-report-footer" }, T.reportFooter));
  block.replaceChildren(...parts);
}

function refresh() {
  const actions = document.getElementById("etika-report-actions");
  const has = !!current;
  if (actions) actions.hidden = !has;
  document.documentElement.classList.toggle("etika-has-report", has);
  printBlock().replaceChildren(); // an old report is never printed
}

window.addEventListener("beforeprint", fillPrintBlock);

/** The post tool calls this after each check (null: nothing to report). */
export function setPostReport(report) {
  current = report;
  refresh();
}

export function setupReport() {
  const said = document.getElementById("etika-report-said");
  const on = (id, fn) => {
    const b = document.getElementById(id);
    if (b) b.addEventListener("click", fn);
  };
  on("etika-report-copy", async () => {
    await full();
    const ok = await copy(reportText());
    if (said) said.textContent = ok ? T.reportCopied : T.reportCopyFailed;
  });
  on("etika-report-print", async () => {
    await full();
    window.print();
  });
  on("etika-report-text", async () => {
    await full();
    download(reportText(), "text/plain;charset=utf-8", "txt");
  });
  on("etika-report-json", async () => {
    await full();
    download(JSON.stringify(reportData(), null, 2) + "\n", "application/json", "json");
  });
  // The report follows the profile (its name is in it).
  document.addEventListener("etika-profile", refresh);
  refresh();
}
