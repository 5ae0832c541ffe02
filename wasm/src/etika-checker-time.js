/* Tool 2: the access time (JKDM SOP or Perlis eBook policy). */
import { T, LANG, localized } from "./etika-checker-strings.js";
import { currentProfile } from "./etika-checker-profile.js";
import { el, debounce, renderReport, runner, DEBOUNCE_MS } from "./etika-checker-render.js";

function nowInMalaysia() {
  // "YYYY-MM-DD HH:MM" of the current time at UTC+8 (no DST in Malaysia).
  const d = new Date(Date.now() + 8 * 3600 * 1000);
  return d.toISOString().slice(0, 16).replace("T", " ");
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

// "2026-11-23 10:30" (or with a T): a real calendar date and time of day.
const WHEN_RE = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}))$/;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

function realDate(y, m, d) {
  if (y < 1 || m < 1 || m > 12 || d < 1) return false;
  const dt = new Date(Date.UTC(2000, m - 1, d));
  dt.setUTCFullYear(y);
  return dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

/** The "when" box as the engine's ISO form, null for "now", or undefined if it cannot be read. */
export function readWhen(value) {
  const v = value.trim();
  if (!v) return null;
  const m = WHEN_RE.exec(v);
  if (!m || !realDate(+m[1], +m[2], +m[3]) || +m[4] > 23 || +m[5] > 59) return undefined;
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:00+08:00`;
}

/** The holidays box as a list, and the first entry that is not a date (or null). */
export function readHolidays(value) {
  const list = value ? value.split(/[\s,;]+/).filter(Boolean) : [];
  const bad = list.find((h) => {
    const m = DATE_RE.exec(h);
    return !m || !realDate(+m[1], +m[2], +m[3]);
  });
  return { list, bad: bad === undefined ? null : bad };
}

// A field's own error line, after the field; the field is marked invalid.
function fieldError(input, message) {
  const id = input.id + "-error";
  let node = document.getElementById(id);
  if (!message) {
    if (node) node.remove();
    input.removeAttribute("aria-invalid");
    input.removeAttribute("aria-describedby");
    return;
  }
  if (!node) {
    node = el("p", { id, class: "etika-field-error", role: "alert" });
    input.after(node);
  }
  node.textContent = message;
  input.setAttribute("aria-invalid", "true");
  input.setAttribute("aria-describedby", id);
}

const PROFILE_POLICY = { jkdm: "jkdm-2010", perlis: "perlis-2021" };

export function setupTime() {
  const when = document.getElementById("etika-time-when");
  const now = document.getElementById("etika-time-now");
  const policy = document.getElementById("etika-time-policy");
  const holidays = document.getElementById("etika-time-holidays");
  const region = document.getElementById("etika-time-results");
  if (!when || !policy || !region) return;
  when.placeholder = "2026-11-23 10:30";
  when.value = nowInMalaysia();
  let edited = false; // untouched: ask the engine for "now"
  let used = false; // a result is shown only after the reader uses the tool
  let asked = null;
  const go = runner(
    region,
    () => asked,
    (response) => {
      // Checked "now": show the time the engine used in the (untouched) box.
      if (!edited && typeof response.when === "string" && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(response.when)) {
        when.value = response.when.slice(0, 16).replace("T", " ");
      }
      region.dataset.policy = response.policy || "";
      region.dataset.when = response.when || "";
      region.dataset.holidays = asked.holidays.join(",");
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
  // Read both fields; a field that cannot be read says so under itself (in
  // the page's language) and the last result stays as it was.
  function check() {
    used = true;
    const value = edited ? readWhen(when.value) : null;
    const hol = holidays ? readHolidays(holidays.value) : { list: [], bad: null };
    fieldError(when, value === undefined ? T.badWhen(when.value.trim()) : "");
    if (holidays) fieldError(holidays, hol.bad ? T.badHoliday(hol.bad) : "");
    if (value === undefined || hol.bad) return;
    asked = { tool: "time", when: value, policy: policy.value, holidays: hol.list };
    go();
  }
  const later = debounce(check, DEBOUNCE_MS);
  when.addEventListener("input", () => {
    edited = !!when.value.trim();
    later();
  });
  if (now) {
    now.addEventListener("click", () => {
      edited = false;
      when.value = nowInMalaysia();
      check();
    });
  }
  policy.addEventListener("change", check);
  if (holidays) holidays.addEventListener("input", later);
  // The profile chooses the policy (JKDM: the SOP's, Perlis: the eBook's).
  const followProfile = () => {
    const p = PROFILE_POLICY[currentProfile()];
    if (p && policy.value !== p) {
      policy.value = p;
      if (used) check();
    }
  };
  followProfile();
  document.addEventListener("etika-profile", followProfile);
}
