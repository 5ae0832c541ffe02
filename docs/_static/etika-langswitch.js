/* Language switch: keep the #anchor when going to the same page in the other
 * language (clause anchors are identical in both builds).  Without JavaScript
 * the link still leads to the page. */
(function () {
  "use strict";
  function update() {
    var links = document.querySelectorAll("a.etika-lang-switch");
    for (var i = 0; i < links.length; i++) {
      var base = links[i].getAttribute("href").split("#")[0];
      links[i].setAttribute("href", base + (window.location.hash || ""));
    }
  }
  document.addEventListener("click", function (event) {
    var target = event.target;
    if (target && target.closest && target.closest("a.etika-lang-switch")) update();
  }, true);
  window.addEventListener("hashchange", update);
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", update);
  else update();
})();
