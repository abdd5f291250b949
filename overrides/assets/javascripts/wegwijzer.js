/*
 * Wegwijzer: small enhancements of the generated pages. The pages work without it.
 *
 * The municipality picker on the home page: the list of links always works; this script
 * reveals the <select> (form[data-ww-kiezer]) and goes to the chosen municipality's page.
 * Option values are relative links written by the build; only same-origin targets are
 * followed. ES5, no dependencies.
 */
(function () {
  "use strict";

  function kiezers() {
    var forms = document.querySelectorAll("form[data-ww-kiezer]");
    Array.prototype.forEach.call(forms, function (form) {
      if (form.getAttribute("data-ww-klaar")) { return; }
      form.setAttribute("data-ww-klaar", "1");
      form.hidden = false;
      form.addEventListener("submit", function (event) {
        event.preventDefault();
        var select = form.querySelector("select");
        if (!select || !select.value) { return; }
        var doel = new URL(select.value, window.location.href);
        if (doel.origin === window.location.origin) {
          window.location.href = doel.href;
        }
      });
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", kiezers);
  } else {
    kiezers();
  }
  if (window.document$ && window.document$.subscribe) {
    window.document$.subscribe(kiezers); // Material's instant navigation, if enabled
  }
})();
