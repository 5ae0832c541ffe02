/* Tool 4: the official account name. */
import { T } from "./etika-checker-strings.js";
import { client } from "./etika-checker-client.js";
import { withProfile } from "./etika-checker-profile.js";
import { el, debounce, renderReport, runner, DEBOUNCE_MS } from "./etika-checker-render.js";

export function setupAccount() {
  const input = document.getElementById("etika-account-name");
  const region = document.getElementById("etika-account-results");
  if (!input || !region) return;
  input.placeholder = T.accountPlaceholder;
  region.replaceChildren(el("p", { class: "etika-empty" }, T.empty));
  const go = runner(
    region,
    (value) => (value.trim() ? withProfile({ tool: "account", name: value }) : null),
    (response) => {
      if (response === null) region.replaceChildren(el("p", { class: "etika-empty" }, T.empty));
      else renderReport(region, response);
    },
  );
  const later = debounce(() => go(input.value), DEBOUNCE_MS);
  input.addEventListener("input", later);
  document.addEventListener("etika-profile", () => {
    if (input.value.trim()) go(input.value);
  });
  client.whenReady().then(() => {
    if (input.value) go(input.value);
  }, () => {});
}
