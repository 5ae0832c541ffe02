/* etika-check in the browser: the page script of docs/checker.md.
 *
 * Starts the Web Worker (etika-worker.js, which loads Pyodide and the
 * project's wheels from this site only) as soon as the script runs, wires the
 * four tools (draft post, access time, attachment, official account name) and
 * renders what etika_check.jsonapi.handle answers.
 *
 * Rules this file keeps:
 *  - everything the reader typed or pasted is put in the page as text
 *    (textContent / createTextNode), never as HTML;
 *  - labels come from the small ms/en table below, chosen by <html lang>;
 *    the prose of the page is MyST and goes through gettext;
 *  - a finding is an element with data-rule, data-severity and data-clauses;
 *  - spans from Python are code-point indices; JavaScript strings are UTF-16,
 *    so they are converted (cpToUtf16) before highlighting.
 */
(function () {
  "use strict";

  const SCRIPT_URL = (document.currentScript && document.currentScript.src) || "";
  const WASM_BASE = new URL("./", SCRIPT_URL || location.href); // .../_static/wasm/
  const LANG = (document.documentElement.lang || "ms").toLowerCase().startsWith("en") ? "en" : "ms";
  const BUILD_ID = "dev"; // replaced by wasm/build.py with the bundle's hash
  const RUNTIME_PATH = ""; // replaced by wasm/build.py: "pyodide/<version>/"
  const LOAD_TIMEOUT_MS = 120000;
  const DEBOUNCE_MS = 150;

  const STRINGS = {
    ms: {
      loading: "Memuatkan pemeriksa dalam pelayar anda… Anda boleh mula menaip; semakan bermula sebaik sahaja ia sedia.",
      ready: "Pemeriksa sedia. Semakan dibuat dalam pelayar anda: tiada apa-apa dihantar ke mana-mana.",
      failed: "Pemeriksa tidak dapat dimuatkan dalam pelayar ini",
      failedHelp: "Anda masih boleh menyemak draf dengan alat baris perintah:",
      cli: "etika-check post draf.txt",
      checking: "Menyemak…",
      postLabel: "Draf hantaran",
      postPlaceholder: "Tulis draf hantaran media sosial di sini…",
      clean: "Tiada penemuan.",
      cleanHelp: "Pemeriksa tidak menemui apa-apa yang melanggar peraturan yang disemaknya. Ini semakan kendiri, bukan kelulusan: ia tidak menyemak ketepatan fakta, gambar, pautan atau nada keseluruhan, dan hantaran rasmi masih memerlukan kelulusan mengikut tatacara jabatan.",
      notChecked: "Apa yang tidak disemak",
      empty: "Tulis sesuatu untuk disemak.",
      findings: (n) => `${n} penemuan`,
      reminders: "Peringatan",
      severity: { error: "Ralat", warning: "Amaran", info: "Maklumat" }, // as the rule catalogue
      clauses: "Klausa",
      instruments: "Undang-undang dan pekeliling",
      excerpt: "Petikan",
      timeLabel: "Masa akses (waktu Malaysia, UTC+8)",
      timeNow: "Sekarang",
      timeNowHelp: "Kosongkan atau tekan “Sekarang” untuk menyemak masa semasa.",
      policyLabel: "Dasar",
      policies: { "jkdm-2010": "SOP JKDM (2010)", "perlis-2021": "eBook PSUK Perlis (2021)" },
      holidaysLabel: "Cuti umum tambahan (YYYY-MM-DD, dipisahkan dengan koma)",
      allowed: "Dibenarkan pada masa ini.",
      notAllowed: "Tidak dibenarkan pada masa ini.",
      nextWindow: "Tetingkap seterusnya bermula:",
      windowEnds: "Tetingkap ini berakhir:",
      checkedTime: "Masa disemak:",
      rule: "Peraturan",
      fileLabel: "Lampiran",
      fileNone: "Tiada fail dipilih.",
      bytes: (n) => `${n.toLocaleString("ms-MY")} bait`,
      accountLabel: "Nama akaun rasmi",
      accountPlaceholder: "Contoh: Facebook Rasmi Jabatan Kastam Diraja Malaysia",
      edition: "Edisi peraturan:",
      error: "Semakan gagal:",
      highlight: "Serlahan penemuan dalam draf",
      postResults: "Hasil semakan draf",
      timeResults: "Hasil semakan masa akses",
      fileResults: "Hasil semakan lampiran",
      accountResults: "Hasil semakan nama akaun",
    },
    en: {
      loading: "Loading the checker in your browser… You can start typing; checking starts as soon as it is ready.",
      ready: "The checker is ready. Checks run in your browser: nothing is sent anywhere.",
      failed: "The checker could not be loaded in this browser",
      failedHelp: "You can still check a draft with the command-line tool:",
      cli: "etika-check post draft.txt",
      checking: "Checking…",
      postLabel: "Draft post",
      postPlaceholder: "Write your social media draft here…",
      clean: "Nothing found.",
      cleanHelp: "The checker found nothing against the rules it checks. This is a self-check, not an approval: it does not check facts, images, links or the overall tone, and an official post still needs approval under the department's procedure.",
      notChecked: "What is not checked",
      empty: "Write something to check.",
      findings: (n) => (n === 1 ? "1 finding" : `${n} findings`),
      reminders: "Reminders",
      severity: { error: "Error", warning: "Warning", info: "Info" },
      clauses: "Clauses",
      instruments: "Laws and circulars",
      excerpt: "Excerpt",
      timeLabel: "Access time (Malaysia time, UTC+8)",
      timeNow: "Now",
      timeNowHelp: "Clear it or press “Now” to check the current time.",
      policyLabel: "Policy",
      policies: { "jkdm-2010": "JKDM SOP (2010)", "perlis-2021": "PSUK Perlis eBook (2021)" },
      holidaysLabel: "Extra public holidays (YYYY-MM-DD, comma-separated)",
      allowed: "Allowed at this time.",
      notAllowed: "Not allowed at this time.",
      nextWindow: "The next window starts:",
      windowEnds: "This window ends:",
      checkedTime: "Time checked:",
      rule: "Rule",
      fileLabel: "Attachment",
      fileNone: "No file chosen.",
      bytes: (n) => `${n.toLocaleString("en-GB")} bytes`,
      accountLabel: "Official account name",
      accountPlaceholder: "Example: Facebook Rasmi Jabatan Kastam Diraja Malaysia",
      edition: "Rules edition:",
      error: "The check failed:",
      highlight: "Findings highlighted in the draft",
      postResults: "Results of the draft check",
      timeResults: "Results of the access time check",
      fileResults: "Results of the attachment check",
      accountResults: "Results of the account name check",
    },
  };
  const T = STRINGS[LANG];

  // ---- The worker ---------------------------------------------------------
  const state = {
    phase: "loading",
    manifest: null,
    worker: null,
    nextId: 1,
    waiting: new Map(), // id -> {resolve, reject}
    readyListeners: [],
    firstFeedback: null,
  };
  const api = (window.etikaChecker = {
    lang: LANG,
    state: () => state.phase,
    timings: {},
    check: (request) => send(request),
    whenReady: () =>
      new Promise((resolve, reject) => {
        if (state.phase === "ready") resolve();
        else if (state.phase === "error") reject(new Error(state.error));
        else state.readyListeners.push({ resolve, reject });
      }),
  });
  try {
    performance.mark("etika-script-start");
  } catch (e) {
    /* old browsers */
  }

  function setPhase(phase, detail) {
    state.phase = phase;
    if (phase === "error") state.error = detail || "?";
    const listeners = state.readyListeners.splice(0);
    for (const l of listeners) {
      if (phase === "ready") l.resolve();
      else if (phase === "error") l.reject(new Error(state.error));
      else state.readyListeners.push(l);
    }
    for (const l of [...state.waiting.values()]) {
      if (phase === "error") l.reject(new Error(state.error));
    }
    if (phase === "error") state.waiting.clear();
    onDom(renderStatus);
  }

  function startWorker() {
    let worker;
    try {
      const query = "?v=" + BUILD_ID + (RUNTIME_PATH ? "&runtime=" + encodeURIComponent(RUNTIME_PATH) : "");
      worker = new Worker(new URL("etika-worker.js" + query, WASM_BASE));
    } catch (err) {
      setPhase("error", String(err && err.message ? err.message : err));
      return;
    }
    state.worker = worker;
    const timer = setTimeout(() => {
      if (state.phase === "loading") setPhase("error", "timeout");
    }, LOAD_TIMEOUT_MS);
    worker.onmessage = (ev) => {
      const msg = ev.data || {};
      if (msg.type === "status") {
        if (msg.phase === "ready") {
          clearTimeout(timer);
          api.timings.worker = msg.timings;
          api.info = msg.info;
          try {
            performance.mark("etika-ready");
          } catch (e) {
            /* ignore */
          }
          setPhase("ready");
        } else if (msg.phase === "error") {
          clearTimeout(timer);
          setPhase("error", msg.error);
        }
      } else if (msg.type === "result") {
        const w = state.waiting.get(msg.id);
        if (!w) return;
        state.waiting.delete(msg.id);
        if (msg.error) w.reject(new Error(msg.error));
        else {
          try {
            w.resolve({ response: JSON.parse(msg.json), ms: msg.ms });
          } catch (err) {
            w.reject(err);
          }
        }
      }
    };
    worker.onerror = (ev) => {
      clearTimeout(timer);
      if (ev && ev.preventDefault) ev.preventDefault();
      setPhase("error", (ev && ev.message) || "worker error");
    };
  }

  function send(request) {
    if (state.phase === "error") return Promise.reject(new Error(state.error));
    const id = state.nextId++;
    return new Promise((resolve, reject) => {
      state.waiting.set(id, { resolve, reject });
      state.worker.postMessage({ id, request });
    });
  }

  // The manifest maps clause ids to handbook pages (from clauses.toml).
  const manifestPromise = fetch(new URL("manifest.json", WASM_BASE), { cache: "no-cache" })
    .then((r) => (r.ok ? r.json() : null))
    .catch(() => null)
    .then((m) => {
      state.manifest = m;
      return m;
    });

  startWorker();

  // ---- Small DOM helpers -------------------------------------------------
  function onDom(fn) {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", fn, { once: true });
    else fn();
  }

  function el(tag, attrs, ...children) {
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

  function debounce(fn, ms) {
    let t = null;
    return (...args) => {
      clearTimeout(t);
      t = setTimeout(() => fn(...args), ms);
    };
  }

  function localized(v) {
    if (v === null || v === undefined) return "";
    if (typeof v === "string") return v;
    return v[LANG] || v.ms || v.en || "";
  }

  // The site root relative to this page: Sphinx (>= 7.2) writes it on <html>
  // as data-content_root; otherwise derive it from this script's URL
  // (<root>/_static/wasm/etika-checker.js).
  function siteRoot() {
    const cr = document.documentElement.dataset.content_root;
    if (cr !== undefined) return cr === "./" ? "" : cr;
    const root = new URL("../../", WASM_BASE);
    const here = new URL("./", location.href);
    let rel = "";
    let dir = here.pathname;
    while (dir.length > root.pathname.length && dir.startsWith(root.pathname)) {
      rel += "../";
      dir = dir.replace(/[^/]*\/$/, "");
    }
    return rel;
  }

  function clauseAnchor(id) {
    return id.toLowerCase().replace(/\./g, "-");
  }

  // Links: the engine gives each finding handbook paths relative to the
  // language root ("sop.html#sop-7-2"); this page prefixes the way back to
  // that root. Without them, the manifest's clause -> page map (clauses.toml).
  function clauseLink(id, links) {
    const m = state.manifest;
    const c = m && m.clauses && m.clauses[id];
    const title = c ? localized(c.title) : "";
    let path = links && links.clauses && links.clauses[id];
    if (!path && c) path = `${c.page}.html#${clauseAnchor(id)}`;
    if (!path) return el("span", { class: "etika-clause", "data-clause": id, text: id });
    return el("a", { class: "etika-clause", "data-clause": id, href: siteRoot() + path, title }, id);
  }

  function instrumentLink(id, links) {
    const m = state.manifest;
    const i = m && m.instruments && m.instruments[id];
    const label = i ? localized(i.short || i.title) || id : id;
    const path = (links && links.instruments && links.instruments[id]) || `perundangan/${id}.html`;
    return el("a", { class: "etika-instrument", "data-instrument": id, href: siteRoot() + path }, label);
  }

  // Python spans count code points; JS strings count UTF-16 code units.
  // cpToUtf16(s)[i] is the UTF-16 offset of code point i (length = n + 1).
  function cpToUtf16(s) {
    const map = [0];
    let u = 0;
    for (const ch of s) {
      u += ch.length;
      map.push(u);
    }
    return map;
  }

  // ---- Rendering findings -------------------------------------------------
  function renderFinding(f, tag) {
    const sev = f.severity || "info";
    const clauses = Array.isArray(f.clauses) ? f.clauses : [];
    const instruments = Array.isArray(f.instruments) ? f.instruments : [];
    const item = el(tag || "li", {
      class: `etika-finding etika-sev-${sev}`,
      "data-rule": f.rule,
      "data-severity": sev,
      "data-clauses": clauses.join(" "),
      "data-instruments": instruments.join(" "),
    });
    const head = el(
      "p",
      { class: "etika-finding-head" },
      el("span", { class: "etika-severity", "data-severity": sev }, (T.severity[sev] || sev) + ": "),
      el("strong", { class: "etika-finding-title" }, localized(f.title)),
    );
    item.append(head, el("p", { class: "etika-message" }, localized(f.message)));
    if (f.excerpt) {
      item.append(el("p", { class: "etika-excerpt" }, el("span", {}, T.excerpt + ": "), el("q", {}, f.excerpt)));
    }
    if (clauses.length || instruments.length) {
      const refs = el("p", { class: "etika-refs" });
      if (clauses.length) {
        refs.append(T.clauses + ": ");
        clauses.forEach((c, i) => {
          if (i) refs.append(", ");
          refs.append(clauseLink(c, f.links));
        });
      }
      if (instruments.length) {
        if (clauses.length) refs.append(" · ");
        refs.append(T.instruments + ": ");
        instruments.forEach((c, i) => {
          if (i) refs.append(", ");
          refs.append(instrumentLink(c, f.links));
        });
      }
      item.append(refs);
    }
    if (f.links && f.links.rule) {
      item.append(
        el("p", { class: "etika-rule" }, T.rule + ": ", el("a", { class: "etika-rule-link", href: siteRoot() + f.links.rule }, f.rule)),
      );
    }
    return item;
  }

  function renderReport(region, response, opts) {
    opts = opts || {};
    if (response && response.error) {
      region.replaceChildren(el("p", { class: "etika-error", role: "alert" }, T.error + " " + localized(response.error)));
      return;
    }
    const findings = response.findings || [];
    const reminders = response.reminders || [];
    const out = [];
    if (opts.before) out.push(...opts.before);
    if (findings.length) {
      out.push(el("p", { class: "etika-count", "data-count": findings.length }, T.findings(findings.length)));
      const list = el("ul", { class: "etika-findings" });
      for (const f of findings) list.append(renderFinding(f));
      out.push(list);
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
      for (const f of reminders) list.append(renderFinding(f));
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

  function renderError(region, err) {
    region.replaceChildren(el("p", { class: "etika-error", role: "alert" }, T.error + " " + (err && err.message ? err.message : String(err))));
  }

  // ---- Status --------------------------------------------------------------
  function renderStatus() {
    const root = document.getElementById("etika-checker");
    if (!root) return;
    root.dataset.state = state.phase;
    const status = document.getElementById("etika-status");
    if (!status) return;
    if (state.phase === "loading") status.replaceChildren(el("span", { class: "etika-spinner", "aria-hidden": "true" }), T.loading);
    else if (state.phase === "ready") status.replaceChildren(T.ready);
    else {
      status.setAttribute("role", "alert");
      status.replaceChildren(
        el("strong", {}, `${T.failed} (${state.error}).`),
        " ",
        T.failedHelp,
        " ",
        el("code", {}, T.cli),
      );
    }
  }

  // A "latest wins" runner: one request in flight per tool; newer input
  // replaces whatever was waiting.
  function runner(region, build, render) {
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
          const { response, ms } = await send(req);
          await manifestPromise; // clause links need it (it is tiny and long loaded)
          api.timings.lastCheckMs = ms;
          render(response, input);
          if (!state.firstFeedback) {
            state.firstFeedback = performance.now();
            api.timings.firstFeedback = state.firstFeedback;
            try {
              performance.mark("etika-first-feedback");
            } catch (e) {
              /* ignore */
            }
          }
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

  // ---- Tool 1: the draft post -----------------------------------------------
  function setupPost() {
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
    api.whenReady().then(
      () => {
        if (text.value) go(text.value);
      },
      () => {},
    );
  }

  // ---- Tool 2: the access time ---------------------------------------------
  function nowInMalaysia() {
    // YYYY-MM-DDTHH:MM of the current time at UTC+8 (no DST in Malaysia).
    const d = new Date(Date.now() + 8 * 3600 * 1000);
    return d.toISOString().slice(0, 16);
  }

  function formatWhen(iso) {
    const d = new Date(iso);
    if (isNaN(d)) return iso;
    try {
      return new Intl.DateTimeFormat(LANG === "en" ? "en-GB" : "ms-MY", {
        weekday: "long",
        day: "numeric",
        month: "long",
        year: "numeric",
        hour: "2-digit",
        minute: "2-digit",
        hourCycle: "h23",
        timeZone: "Asia/Kuala_Lumpur",
      }).format(d);
    } catch (e) {
      return iso;
    }
  }

  function setupTime() {
    const when = document.getElementById("etika-time-when");
    const now = document.getElementById("etika-time-now");
    const policy = document.getElementById("etika-time-policy");
    const holidays = document.getElementById("etika-time-holidays");
    const region = document.getElementById("etika-time-results");
    if (!when || !policy || !region) return;
    when.value = nowInMalaysia();
    let edited = false; // untouched: ask the engine for "now"
    let askedHolidays = "";
    const go = runner(
      region,
      () => {
        const list = holidays && holidays.value ? holidays.value.split(/[\s,;]+/).filter(Boolean) : [];
        const value = edited && when.value ? `${when.value.length === 16 ? when.value + ":00" : when.value}+08:00` : null;
        askedHolidays = list.join(",");
        return { tool: "time", when: value, policy: policy.value, holidays: list };
      },
      (response) => {
        // Checked "now": show the time the engine used in the (untouched) box.
        if (!edited && typeof response.when === "string" && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(response.when)) {
          when.value = response.when.slice(0, 16);
        }
        region.dataset.policy = response.policy || "";
        region.dataset.when = response.when || "";
        region.dataset.holidays = askedHolidays;
        const before = [];
        if (response.when) {
          before.push(el("p", { class: "etika-when" }, T.checkedTime + " ", el("time", { datetime: response.when }, formatWhen(response.when))));
        }
        if (typeof response.allowed === "boolean") {
          before.push(
            el(
              "p",
              { class: "etika-verdict", "data-allowed": String(response.allowed) },
              el("strong", {}, response.allowed ? T.allowed : T.notAllowed),
            ),
          );
        }
        const next = response.next_window;
        if (next && !response.allowed) {
          const iso = typeof next === "string" ? next : next.start || "";
          before.push(el("p", { class: "etika-next", "data-next": iso }, T.nextWindow + " ", el("time", { datetime: iso }, formatWhen(iso))));
        }
        if (response.window_ends && response.allowed) {
          const iso = response.window_ends;
          before.push(el("p", { class: "etika-until", "data-until": iso }, T.windowEnds + " ", el("time", { datetime: iso }, formatWhen(iso))));
        }
        if (response.assumption) before.push(el("p", { class: "etika-assumption etika-help" }, localized(response.assumption)));
        renderReport(region, response, { before, cleanMessage: false });
      },
    );
    const later = debounce(() => go(), DEBOUNCE_MS);
    when.addEventListener("input", () => {
      edited = !!when.value;
      later();
    });
    if (now) {
      now.addEventListener("click", () => {
        edited = false;
        when.value = nowInMalaysia();
        go();
      });
    }
    policy.addEventListener("change", () => go());
    if (holidays) holidays.addEventListener("input", later);
    api.whenReady().then(() => go(), () => {});
  }

  // ---- Tool 3: the attachment (name and size only) -------------------------
  function setupFile() {
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
          const { response } = await send({ tool: "file", name: f.name, size: f.size });
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

  // ---- Tool 4: the official account name -----------------------------------
  function setupAccount() {
    const input = document.getElementById("etika-account-name");
    const region = document.getElementById("etika-account-results");
    if (!input || !region) return;
    input.placeholder = T.accountPlaceholder;
    region.replaceChildren(el("p", { class: "etika-empty" }, T.empty));
    const go = runner(
      region,
      (value) => (value.trim() ? { tool: "account", name: value } : null),
      (response) => {
        if (response === null) region.replaceChildren(el("p", { class: "etika-empty" }, T.empty));
        else renderReport(region, response);
      },
    );
    const later = debounce(() => go(input.value), DEBOUNCE_MS);
    input.addEventListener("input", later);
    api.whenReady().then(() => {
      if (input.value) go(input.value);
    }, () => {});
  }

  // ---- Labels and start ---------------------------------------------------
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

  onDom(() => {
    fillLabels();
    // Hidden in the HTML so that without JavaScript no empty widget shows.
    for (const node of document.querySelectorAll("#etika-checker[hidden], .etika-widget[hidden]")) node.hidden = false;
    renderStatus();
    setupPost();
    setupTime();
    setupFile();
    setupAccount();
  });
})();
