/* Tool 2: the access time (JKDM SOP or Perlis eBook policy). */
import { T, LANG, localized } from "./etika-checker-strings.js";
import { client } from "./etika-checker-client.js";
import { el, debounce, renderReport, runner, DEBOUNCE_MS } from "./etika-checker-render.js";

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

export function setupTime() {
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
  client.whenReady().then(() => go(), () => {});
}
