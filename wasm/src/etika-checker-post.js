/* Tool 1: the draft post, checked as the reader types, with its findings
 * highlighted in a mirror behind the textarea.
 *
 * The draft is kept in this page's own entry of the tab's history
 * (history.state, never sent anywhere), where no other page of the site can
 * read it: a reload, or following a clause link and coming back, finds the
 * draft and its findings again. The language switch hands it to the other
 * language's checker through sessionStorage for that one navigation (written
 * on the click, removed by the checker page that arrives). "Kosongkan /
 * Clear" forgets it, and so does closing the tab.
 *
 * Bounded rendering: however long the paste, at most MAX_MARKS highlights are
 * painted (in one linear sweep, the code point offsets computed only as far as
 * the last one) and at most MAX_LISTED findings are listed (render.js; the rest
 * are counted, and all are in the report); no handler forces a layout of the
 * pasted text. The mirror holds the whole draft (at most MAX_DRAFT_CHARS), so
 * it is exactly as tall as the box's text and scrolls with it to the end: a
 * mirror that ended at the last mark could not scroll as far as the box, and
 * its marks then sat on the wrong lines.
 *
 * The draft's length limit (MAX_DRAFT_CHARS): the browser lays out the whole
 * text of a textarea after a paste (no page code runs then, and a textarea
 * cannot lay out only its visible part), so the box accepts no more than it
 * can lay out within the page's 100 ms. A paste or keystroke that would make
 * the draft longer is refused before it reaches the box (beforeinput), or
 * undone before the box is drawn (input: an input method's text, which cannot
 * be refused in advance); the draft stays as it was and the reader is told
 * the limit and to check a longer draft in parts. tests/test_checker_browser.py
 * pastes drafts up to the limit and beyond it and checks that the page goes
 * on handling events while they are checked (the timings are make bench's).
 */
import { T, localized } from "./etika-checker-strings.js";
import { client } from "./etika-checker-client.js";
import { el, cpToUtf16, renderReport, runner, DEBOUNCE_MS } from "./etika-checker-render.js";
import { setPostReport } from "./etika-checker-report.js";
import { withProfile } from "./etika-checker-profile.js";

export const DRAFT_KEY = "etika.draft";
/** The engine is asked for this many findings at most (the rest are counted). */
export const MAX_ANSWER = 300;
/** The longest draft the box accepts, in characters (code points, as the
 * engine and etika-check count them). Measured in Chromium on the project's
 * 2-core machine (README, "Long pastes"), the browser's layout of this many
 * characters takes 5-10 ms of realistic Malay and English text and at most
 * about 50 ms of the slowest shapes tried (Tamil, Jawi, one word a line,
 * unbroken Thai): half the page's budget of 100 ms, for a slower machine. */
export const MAX_DRAFT_CHARS = 10_000;
const MAX_MARKS = 300;
/** The summary for screen readers is said once the results have stood this long. */
const SAY_AFTER_MS = 1500;
/** "Undo" after "Clear" is offered this long. */
const UNDO_MS = 10_000;
const SEVERITY_ORDER = ["error", "warning", "info"];

function loadDraft() {
  let value = "";
  try {
    const state = history.state;
    if (state && typeof state[DRAFT_KEY] === "string") value = state[DRAFT_KEY];
  } catch (e) {
    /* no history state */
  }
  try {
    // Handed over by the other language's checker (or left by an older page): taken, and removed.
    const handed = sessionStorage.getItem(DRAFT_KEY);
    if (handed !== null) {
      sessionStorage.removeItem(DRAFT_KEY);
      if (!value) value = handed;
    }
  } catch (e) {
    /* storage disabled */
  }
  if (value) saveDraft(value);
  return value;
}

function saveDraft(value) {
  try {
    const state = Object.assign({}, history.state && typeof history.state === "object" ? history.state : {});
    if (value) state[DRAFT_KEY] = value;
    else delete state[DRAFT_KEY];
    history.replaceState(state, "");
  } catch (e) {
    /* too large or refused: the draft is still in the box */
  }
}

// The language switch (a plain click, this tab): the draft goes along.
function handOverOnSwitch(text) {
  document.addEventListener(
    "click",
    (event) => {
      const link = event.target && event.target.closest && event.target.closest("a.etika-lang-switch");
      if (!link || !text.value || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
      try {
        sessionStorage.setItem(DRAFT_KEY, text.value);
      } catch (e) {
        /* storage disabled: the other page starts empty */
      }
    },
    true,
  );
}

/** The number of characters (code points) of `s`. */
export function codePoints(s) {
  let n = s.length;
  for (let i = 0; i + 1 < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n--;
      i++;
    }
  }
  return n;
}

export function setupPost() {
  const text = document.getElementById("etika-post-text");
  const mirror = document.getElementById("etika-post-mirror");
  const region = document.getElementById("etika-post-results");
  const clear = document.getElementById("etika-post-clear");
  if (!text || !region) return;
  text.placeholder = T.postPlaceholder;
  let shown = ""; // the text the current highlights belong to
  let shownMarks = []; // [{a, b, severity, rule}] in UTF-16 units of `shown`, sorted

  // Python spans (code points) -> UTF-16 ranges of `value`, the first MAX_MARKS by position.
  function marksFor(value, findings) {
    let upto = 0; // the offsets are needed up to the last span's end only
    for (const f of findings) if (Array.isArray(f.span)) upto = Math.max(upto, f.span[1] | 0);
    const map = cpToUtf16(value, upto);
    const n = map.length - 1;
    const marks = [];
    for (const f of findings) {
      if (!Array.isArray(f.span)) continue;
      let [a, b] = f.span;
      a = Math.max(0, Math.min(n, a | 0));
      b = Math.max(a, Math.min(n, b | 0));
      if (b > a) marks.push({ a: map[a], b: map[b], severity: f.severity, rule: f.rule });
    }
    marks.sort((x, y) => x.a - y.a || x.b - y.b);
    return marks.slice(0, MAX_MARKS);
  }

  // One sweep over the cut points: each segment is covered by the marks that
  // started at or before it and have not ended yet. The mirror's text is
  // transparent: it only places the marks. It is the whole draft, so that it
  // scrolls as far as the box does.
  function paint(value, marks) {
    if (!mirror) return;
    const cuts = new Set([0, value.length]);
    for (const m of marks) {
      cuts.add(m.a);
      cuts.add(m.b);
    }
    const points = [...cuts].sort((x, y) => x - y);
    const starts = [...marks].sort((x, y) => x.a - y.a);
    const ends = [...marks].sort((x, y) => x.b - y.b);
    const active = new Map(); // mark -> true
    let si = 0;
    let ei = 0;
    const nodes = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i];
      const b = points[i + 1];
      while (ei < ends.length && ends[ei].b <= a) active.delete(ends[ei++]);
      while (si < starts.length && starts[si].a <= a) {
        if (starts[si].b > a) active.set(starts[si], true);
        si++;
      }
      const seg = value.slice(a, b);
      if (!active.size) {
        nodes.push(document.createTextNode(seg));
        continue;
      }
      const covering = [...active.keys()];
      const sevs = new Set(covering.map((m) => m.severity));
      const sev = SEVERITY_ORDER.find((s) => sevs.has(s)) || "info";
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
    syncScroll();
  }

  // The mirror follows the box's scroll position. Reading text.scrollTop right
  // after a paste would make our handler lay out the whole pasted text (about
  // 0.3 s for 1 MB); the browser lays it out anyway to show it, so the mirror
  // reads the position once that frame is drawn (a task after the next frame).
  let scrollPending = false;
  function syncScroll() {
    if (!mirror || scrollPending) return;
    scrollPending = true;
    requestAnimationFrame(() =>
      setTimeout(() => {
        scrollPending = false;
        mirror.scrollTop = text.scrollTop;
      }, 0),
    );
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

  function showEmpty(value) {
    paintMirror(value, []);
    region.replaceChildren(el("p", { class: "etika-empty" }, T.empty));
    setPostReport(null);
    announceLater(null);
  }

  // ---- Screen readers: a short summary, once the reader pauses, only when it changed ----
  // (The results region itself is not live: replaced after every typing
  // pause, it would be read out again and again.)
  const said = document.getElementById("etika-post-said");
  let lastSaid = "";
  let sayTimer = null;
  function summaryOf(response) {
    if (!response || response.error) return "";
    const findings = response.findings || [];
    const total = (response.total && response.total.findings) || findings.length;
    if (!total) return T.summaryClean;
    const titles = [...new Set(findings.map((f) => localized(f.title)))];
    return T.summary(total, titles.slice(0, 3).join(", ") + (titles.length > 3 ? ", …" : ""));
  }
  function announceLater(response) {
    clearTimeout(sayTimer);
    const summary = summaryOf(response);
    sayTimer = setTimeout(() => {
      if (!said || summary === lastSaid) return;
      lastSaid = summary;
      said.textContent = summary;
    }, SAY_AFTER_MS);
  }

  // ---- A finding's place: its words selected in the box, scrolled into view ----
  function selectInDraft(hit) {
    const value = text.value;
    const map = cpToUtf16(value, hit.span[1]);
    const n = map.length - 1;
    const a = map[Math.min(n, hit.span[0])];
    const b = map[Math.min(n, hit.span[1])];
    text.focus({ preventScroll: true });
    text.setSelectionRange(a, b);
    // Where the words are: measured in the mirror, which lays the draft out as the box does.
    let top = null;
    if (mirror) {
      let at = 0;
      for (const node of mirror.childNodes) {
        const len = node.textContent.length;
        if (at + len > a) {
          const range = document.createRange();
          const textNode = node.nodeType === 3 ? node : node.firstChild;
          range.setStart(textNode, a - at);
          range.setEnd(textNode, Math.min(len, b - at));
          const r = range.getBoundingClientRect();
          top = r.top - mirror.getBoundingClientRect().top + mirror.scrollTop;
          break;
        }
        at += len;
      }
    }
    if (top !== null) text.scrollTop = Math.max(0, top - text.clientHeight / 3);
    text.scrollIntoView({ block: "nearest" });
    if (mirror) mirror.scrollTop = text.scrollTop;
  }

  const go = runner(
    region,
    (value) => (value.trim() ? withProfile({ tool: "post", text: value, limit: MAX_ANSWER }) : null),
    (response, value) => {
      if (response === null) {
        showEmpty(value);
        return;
      }
      const all = (response.findings || []).concat(response.reminders || []);
      // The reader may have typed on: only paint highlights that match the box.
      if (value === text.value) paintMirror(value, all);
      renderReport(region, response, { limit: true, onPlace: value === text.value ? selectInDraft : null });
      announceLater(response);
      region.dataset.checked = value.length;
      setPostReport(response.error ? null : { text: value, response, at: new Date() });
    },
  );
  // Typing is checked once the reader pauses (DEBOUNCE_MS); a paste, a drop or
  // the first text in an empty box at once (issue 23: the draft is in the box).
  let pause = null;
  function checkNow() {
    clearTimeout(pause);
    saveDraft(text.value);
    go(text.value);
  }
  const later = () => {
    clearTimeout(pause);
    pause = setTimeout(checkNow, DEBOUNCE_MS);
  };
  // ---- The length limit ----
  const editor = text.closest(".etika-editor") || text;
  const refusal = el("p", { id: "etika-post-limit", class: "etika-field-error", role: "alert", hidden: true });
  editor.after(refusal);
  const describedBy = text.getAttribute("aria-describedby") || "";
  function refuse(chars) {
    refusal.textContent = T.tooLong(chars, MAX_DRAFT_CHARS);
    refusal.hidden = false;
    text.setAttribute("aria-describedby", `${describedBy} ${refusal.id}`.trim());
  }
  function accept() {
    if (refusal.hidden) return;
    refusal.hidden = true;
    refusal.textContent = "";
    if (describedBy) text.setAttribute("aria-describedby", describedBy);
    else text.removeAttribute("aria-describedby");
  }
  // A paste, a drop or a keystroke: refused before it changes the box when the
  // draft would exceed the limit (the box, its undo history and the findings
  // stay as they were).
  text.addEventListener("beforeinput", (e) => {
    if (!e.cancelable || !e.inputType.startsWith("insert")) return;
    let data = e.data;
    if (data === null && e.dataTransfer) data = e.dataTransfer.getData("text/plain");
    if (data === null) data = e.inputType === "insertLineBreak" || e.inputType === "insertParagraph" ? "\n" : "";
    const selected = text.value.slice(text.selectionStart, text.selectionEnd);
    const chars = codePoints(text.value) - codePoints(selected) + codePoints(data.replace(/\r\n?/g, "\n"));
    if (chars > MAX_DRAFT_CHARS) {
      e.preventDefault();
      refuse(chars);
    }
  });
  // What could not be refused in advance (an input method's text, a redo, a
  // script setting the value) is undone here, in the same task, before the
  // browser lays the long text out.
  let accepted = text.value;
  function withinLimit() {
    const chars = codePoints(text.value);
    if (chars <= MAX_DRAFT_CHARS) {
      accepted = text.value;
      return true;
    }
    text.value = accepted;
    refuse(chars);
    return false;
  }
  // An input method's text is measured once it is done (compositionend).
  function edited(e) {
    const wasEmpty = accepted === "";
    if (!e.isComposing && !withinLimit()) return;
    accept();
    if (undoValue !== null && text.value !== "") hideUndo(); // typed on: the cleared draft is gone
    clearTimeout(sayTimer); // the summary waits until the reader pauses again
    if (shown !== text.value) repaintWhileTyping(text.value);
    if (!e.isComposing && (wasEmpty || String(e.inputType || "").startsWith("insertFrom"))) checkNow();
    else later();
  }
  text.addEventListener("input", edited);
  text.addEventListener("compositionend", edited);
  text.addEventListener("scroll", () => {
    if (mirror) mirror.scrollTop = text.scrollTop;
  });
  if (typeof ResizeObserver === "function" && mirror) {
    new ResizeObserver(() => {
      mirror.style.height = text.offsetHeight + "px";
      mirror.scrollTop = text.scrollTop;
    }).observe(text);
  }
  // "Clear": the draft goes at once, and "Undo" brings it back for a few
  // seconds (the box's own undo, Ctrl+Z, too: the draft is deleted as an edit).
  // "The draft was cleared" is said in a status region that is always in the page (a region
  // that appears with its text is not reliably read out), so a screen reader hears it.
  const undoRow = document.getElementById("etika-post-undo-row");
  const undo = document.getElementById("etika-post-undo");
  const undoSaid = document.getElementById("etika-post-undo-said");
  let undoValue = null;
  let undoTimer = null;
  function hideUndo() {
    clearTimeout(undoTimer);
    undoValue = null;
    if (undoSaid) undoSaid.textContent = "";
    if (!undoRow || undoRow.hidden) return;
    const hadFocus = undoRow.contains(document.activeElement);
    undoRow.hidden = true;
    if (hadFocus) text.focus(); // not lost to the page's top when the offer ends
  }
  if (clear) {
    clear.addEventListener("click", () => {
      const before = text.value;
      text.focus();
      text.select();
      let done;
      try {
        done = before !== "" && document.execCommand("delete");
      } catch {
        done = false;
      }
      if (!done || text.value !== "") {
        text.value = "";
        text.dispatchEvent(new Event("input", { bubbles: true }));
      }
      accepted = "";
      accept();
      saveDraft("");
      showEmpty("");
      go("");
      if (before && undoRow) {
        undoValue = before;
        if (undoSaid) undoSaid.textContent = T.cleared;
        undoRow.hidden = false;
        clearTimeout(undoTimer);
        undoTimer = setTimeout(hideUndo, UNDO_MS);
      }
    });
  }
  if (undo) {
    undo.addEventListener("click", () => {
      if (undoValue === null) return;
      text.value = undoValue;
      hideUndo();
      text.dispatchEvent(new Event("input", { bubbles: true }));
      text.focus();
    });
  }
  // The draft of this tab, if the reader left the page and came back.
  const kept = loadDraft(); // always: a handed-over draft leaves sessionStorage at once
  if (!text.value) text.value = kept;
  handOverOnSwitch(text);
  if (codePoints(text.value) > MAX_DRAFT_CHARS) {
    refuse(codePoints(text.value)); // kept by an earlier page, without the limit
    text.value = "";
  }
  accepted = text.value;
  if (text.value) paintMirror(text.value, []);
  region.replaceChildren(el("p", { class: "etika-empty" }, T.empty));
  // What the reader typed before the page script ran is kept, and checked as
  // soon as the checker is ready.
  client.whenReady().then(
    () => {
      if (text.value) {
        saveDraft(text.value);
        go(text.value);
      }
    },
    () => {},
  );
  // Re-run when the profile changes (the same draft, other documents' clauses).
  document.addEventListener("etika-profile", () => {
    if (text.value) go(text.value);
  });
}
