/* The search page's snippets leave out the rule catalogue's folded examples:
 * they are drafts that break the rules (insults, example MyKad numbers) and
 * must not be shown out of their fold. Sphinx's searchtools.js builds each
 * snippet from the page's text (Search.htmlToText); this wraps it to drop
 * the examples first. Loaded on every page; it does something only where
 * searchtools.js runs. */
(function () {
  "use strict";
  if (typeof Search === "undefined" || typeof Search.htmlToText !== "function") return;
  const original = Search.htmlToText;
  Search.htmlToText = (htmlString, anchor) => {
    try {
      const doc = new DOMParser().parseFromString(htmlString, "text/html");
      doc.querySelectorAll(".etika-examples-fold, .etika-examples, .etika-example").forEach((e) => e.remove());
      htmlString = doc.documentElement.outerHTML;
    } catch (e) {
      /* the original snippet */
    }
    return original(htmlString, anchor);
  };
})();
