/* The profile: which documents bind the reader. JKDM staff are bound by the
 * SOP, Perlis staff by the eBook; "both" shows everything. Remembered as a
 * setting of this browser (localStorage: a choice, never a draft). Changing it
 * fires "etika-profile" on document; the tools check again. */
import { T } from "./etika-checker-strings.js";

export const PROFILES = ["both", "jkdm", "perlis"];
const KEY = "etika.profile";

export function currentProfile() {
  try {
    const v = localStorage.getItem(KEY);
    return PROFILES.includes(v) ? v : "both";
  } catch (e) {
    return "both";
  }
}

/** A request to the engine with the profile in it. */
export function withProfile(request) {
  return Object.assign({}, request, { profile: currentProfile() });
}

export function setupProfile() {
  const select = document.getElementById("etika-profile");
  if (!select) return;
  for (const opt of select.options) {
    if (T.profiles[opt.value]) opt.textContent = T.profiles[opt.value];
  }
  select.value = currentProfile();
  select.addEventListener("change", () => {
    try {
      localStorage.setItem(KEY, select.value);
    } catch (e) {
      /* not remembered, still used on this page */
    }
    document.dispatchEvent(new CustomEvent("etika-profile", { detail: select.value }));
  });
}
