/* The checker page's UI strings, Malay (the original) and English (a faithful
 * translation), chosen by <html lang>. Only labels of the widgets live here:
 * the prose of the page is MyST and goes through gettext like the rest of the
 * handbook. Every string a reader sees from the page script comes from T. */

export const LANG = (document.documentElement.lang || "ms").toLowerCase().startsWith("en") ? "en" : "ms";

// The strings themselves are the [page] table of the checker's catalogue
// (src/etika_check/data/strings.toml), written into the bundle by wasm/build.py.
import { STRINGS } from "./etika-checker-strings-data.js";

export { STRINGS };
export const T = STRINGS[LANG];

/** A {ms, en} value from the engine (or a plain string) in the page language. */
export function localized(v) {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  return v[LANG] || v.ms || v.en || "";
}
