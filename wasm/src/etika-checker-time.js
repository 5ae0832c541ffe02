/* Tool 2: the access time (JKDM SOP or Perlis eBook policy).
 *
 * The field is empty on arrival and nothing is said until the reader uses the
 * tool: an empty field (or "Sekarang / Now") asks about the present. It takes
 * the forms people type: 10:00, 9:00, 10.30, 2:30 pm, 25/12/2026 10:00,
 * 2026-12-25 10:00 (a time alone is today, Malaysian time). The answer says
 * the verdict once, naming the time ("now" only for the present), the public
 * holiday if the day is one, and the clause; the policy's reading is folded.
 * Public holidays come from the engine (the `holidays` package): Perlis's for
 * the eBook; for the JKDM SOP the national list and the state the officer
 * chooses once (remembered in this browser).
 */
import { T, LANG, localized } from "./etika-checker-strings.js";
import { currentProfile } from "./etika-checker-profile.js";
import { el, debounce, runner, clauseLink, DEBOUNCE_MS } from "./etika-checker-render.js";

const STATE_KEY = "etika.state";

/** Today's date in Malaysia (UTC+8, no DST) as [y, m, d]. */
function todayInMalaysia() {
  const d = new Date(Date.now() + 8 * 3600 * 1000);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

let whenFormat = null;
function formatWhen(iso) {
  const d = new Date(iso);
  if (isNaN(d)) return iso;
  try {
    const locale = LANG === "en" ? "en-GB" : "ms-MY";
    whenFormat = whenFormat || {
      date: new Intl.DateTimeFormat(locale, {
        weekday: "long", day: "numeric", month: "long", year: "numeric", timeZone: "Asia/Kuala_Lumpur",
      }),
      time: new Intl.DateTimeFormat(locale, { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: "Asia/Kuala_Lumpur" }),
    };
    return T.dateTime(whenFormat.date.format(d), whenFormat.time.format(d));
  } catch (e) {
    return iso;
  }
}

// A date: 2026-12-25, 25/12/2026, 25-12-2026 or 25.12.2026.
const DATE = String.raw`(?:(\d{4})-(\d{1,2})-(\d{1,2})|(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}))`;
// A time of day: 10:00, 9:00, 10.30, 10:30:00, with am/pm (or pagi/petang/malam).
const TIME = String.raw`(\d{1,2})[:.](\d{2})(?::\d{2})?\s*(am|pm|a\.m\.|p\.m\.|pagi|ptg|petang|malam)?`;
const WHEN_RE = new RegExp(String.raw`^(?:${DATE}(?:\s*[T ,]\s*|\s+))?${TIME}$`, "i");
const DATE_ONLY_RE = new RegExp(`^${DATE}$`);

function realDate(y, m, d) {
  if (y < 1 || m < 1 || m > 12 || d < 1) return false;
  const dt = new Date(Date.UTC(2000, m - 1, d));
  dt.setUTCFullYear(y);
  return dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
}

const pad = (n, w = 2) => String(n).padStart(w, "0");

function dateOf(m, i) {
  // m[i..i+2]: y-m-d; m[i+3..i+5]: d/m/y
  if (m[i] !== undefined) return [+m[i], +m[i + 1], +m[i + 2]];
  if (m[i + 3] !== undefined) return [+m[i + 5], +m[i + 4], +m[i + 3]];
  return null;
}

/** The "when" box as the engine's ISO form, null for "now", or undefined if it cannot be read. */
export function readWhen(value) {
  const v = value.trim();
  if (!v) return null;
  const m = WHEN_RE.exec(v);
  if (!m) return undefined;
  const [y, mo, d] = dateOf(m, 1) || todayInMalaysia();
  let h = +m[7];
  const min = +m[8];
  const half = (m[9] || "").toLowerCase().replace(/\./g, "");
  if (half) {
    if (h < 1 || h > 12) return undefined;
    const pm = half === "pm" || half === "ptg" || half === "petang" || half === "malam";
    h = (h % 12) + (pm ? 12 : 0);
  }
  if (!realDate(y, mo, d) || h > 23 || min > 59) return undefined;
  return `${pad(y, 4)}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(min)}:00+08:00`;
}

/** The days-off box as a list of YYYY-MM-DD, and the first entry that is not a date (or null). */
export function readHolidays(value) {
  const raw = value ? value.split(/[\s,;]+/).filter(Boolean) : [];
  const list = [];
  let bad = null;
  for (const h of raw) {
    const m = DATE_ONLY_RE.exec(h);
    const ymd = m && dateOf(m, 1);
    if (!ymd || !realDate(...ymd)) {
      if (bad === null) bad = h;
      continue;
    }
    list.push(`${pad(ymd[0], 4)}-${pad(ymd[1])}-${pad(ymd[2])}`);
  }
  return { list, bad };
}

// A field's own error line, after the field; the field is marked invalid.
function fieldError(input, message, help) {
  const id = input.id + "-error";
  let node = document.getElementById(id);
  const describedBy = [help, message ? id : null].filter(Boolean).join(" ");
  if (describedBy) input.setAttribute("aria-describedby", describedBy);
  else input.removeAttribute("aria-describedby");
  if (!message) {
    if (node) node.remove();
    input.removeAttribute("aria-invalid");
    return;
  }
  if (!node) {
    node = el("p", { id, class: "etika-field-error", role: "alert" });
    input.after(node);
  }
  node.textContent = message;
  input.setAttribute("aria-invalid", "true");
}

const PROFILE_POLICY = { jkdm: "jkdm-2010", perlis: "perlis-2021" };

function savedState() {
  try {
    return localStorage.getItem(STATE_KEY) || "";
  } catch (e) {
    return "";
  }
}

export function setupTime() {
  const when = document.getElementById("etika-time-when");
  const now = document.getElementById("etika-time-now");
  const policy = document.getElementById("etika-time-policy");
  const holidays = document.getElementById("etika-time-holidays");
  const state = document.getElementById("etika-time-state");
  const stateRow = document.getElementById("etika-time-state-row");
  const stateFixed = document.getElementById("etika-time-state-fixed");
  const region = document.getElementById("etika-time-results");
  if (!when || !policy || !region) return;
  when.removeAttribute("placeholder");
  if (holidays) holidays.removeAttribute("placeholder");
  const whenHelp = when.getAttribute("aria-describedby") || "";
  const holidaysHelp = holidays ? holidays.getAttribute("aria-describedby") || "" : "";
  if (state) {
    const first = state.querySelector("option[value='']");
    if (first) first.textContent = T.stateNational;
    const saved = savedState();
    if ([...state.options].some((o) => o.value === saved)) state.value = saved;
    state.addEventListener("change", () => {
      try {
        localStorage.setItem(STATE_KEY, state.value);
      } catch (e) {
        /* not remembered, still used on this page */
      }
      if (used) check();
    });
  }
  // The state is the officer's to choose under the JKDM SOP only; the eBook is Perlis's.
  function showState() {
    const officer = policy.value === "jkdm-2010";
    if (stateRow) stateRow.hidden = !officer;
    if (stateFixed) stateFixed.hidden = officer;
  }
  showState();

  let used = false; // a result is shown only after the reader uses the tool
  let asked = null;
  let serial = 0; // the answer to an older question is not shown
  const go = runner(
    region,
    () => asked,
    (response, question) => {
      if (!question || question.serial !== serial) return; // a newer question (or an error) came since
      render(response, question);
    },
  );

  function render(response, question) {
    region.dataset.policy = response.policy || "";
    region.dataset.when = response.when || "";
    region.dataset.holidays = question.holidays.join(",");
    region.dataset.state = response.holiday_state || "";
    if (response.error) {
      region.replaceChildren(el("p", { class: "etika-error", role: "alert" }, T.error + " " + localized(response.error)));
      return;
    }
    const out = [];
    const at = response.when ? formatWhen(response.when) : "";
    const present = question.when === null;
    if (typeof response.allowed === "boolean") {
      const text = present
        ? response.allowed ? T.allowedNow(at) : T.notAllowedNow(at)
        : response.allowed ? T.allowedAt(at) : T.notAllowedAt(at);
      out.push(
        el("p", { class: "etika-verdict", "data-allowed": String(response.allowed), "data-present": String(present) },
          el("strong", {}, text)),
      );
    }
    if (response.holiday) {
      out.push(el("p", { class: "etika-holiday", "data-holiday": response.holiday.en || "" }, T.holidayIs(localized(response.holiday))));
    }
    const next = response.next_window;
    if (next && !response.allowed) {
      const iso = typeof next === "string" ? next : next.start || "";
      out.push(el("p", { class: "etika-next", "data-next": iso }, T.nextWindow + " ", el("time", { datetime: iso }, formatWhen(iso)), "."));
    }
    if (response.window_ends && response.allowed) {
      const iso = response.window_ends;
      out.push(el("p", { class: "etika-until", "data-until": iso }, T.windowEnds + " ", el("time", { datetime: iso }, formatWhen(iso)), "."));
    }
    // The clause the verdict rests on (the finding's message would say the verdict again).
    for (const f of response.findings || []) {
      const refs = el("p", { class: "etika-time-rule etika-meta", "data-rule": f.rule, "data-clauses": (f.clauses || []).join(" ") }, T.clauses + ": ");
      (f.clauses || []).forEach((c, i) => {
        if (i) refs.append(", ");
        refs.append(clauseLink(c));
      });
      out.push(refs);
    }
    if (response.assumption) {
      out.push(el("details", { class: "etika-assumption-fold" }, el("summary", {}, T.howRead),
        el("p", { class: "etika-assumption etika-help" }, localized(response.assumption))));
    }
    region.replaceChildren(...out);
  }

  // Read both fields; a field that cannot be read says so under itself (in
  // the page's language), and the answer to an earlier question goes: an
  // answer is never left under a question it does not answer.
  function check() {
    used = true;
    const value = readWhen(when.value);
    const hol = holidays ? readHolidays(holidays.value) : { list: [], bad: null };
    fieldError(when, value === undefined ? T.badWhen(when.value.trim()) : "", whenHelp);
    if (holidays) fieldError(holidays, hol.bad ? T.badHoliday(hol.bad) : "", holidaysHelp);
    serial++;
    if (value === undefined || hol.bad) {
      asked = null;
      region.replaceChildren();
      for (const k of ["policy", "when", "holidays", "state"]) delete region.dataset[k];
      return;
    }
    const officer = policy.value === "jkdm-2010";
    asked = { tool: "time", when: value, policy: policy.value, holidays: hol.list };
    if (officer && state && state.value) asked.state = state.value;
    go({ when: value, holidays: hol.list, serial });
  }
  const later = debounce(check, DEBOUNCE_MS);
  when.addEventListener("input", later);
  when.addEventListener("keydown", (e) => {
    if (e.key === "Enter") check();
  });
  if (now) {
    now.addEventListener("click", () => {
      when.value = "";
      check();
    });
  }
  policy.addEventListener("change", () => {
    showState();
    check();
  });
  if (holidays) holidays.addEventListener("input", later);
  // The profile chooses the policy (JKDM: the SOP's, Perlis: the eBook's).
  const followProfile = () => {
    const p = PROFILE_POLICY[currentProfile()];
    if (p && policy.value !== p) {
      policy.value = p;
      showState();
      if (used) check();
    }
  };
  followProfile();
  document.addEventListener("etika-profile", followProfile);
}
