/*
 * Wegwijzer: small enhancements of the generated pages. The pages work without it.
 *
 * The municipality picker on the home page: the list of links always works; this script
 * reveals the <select> (form[data-ww-kiezer]) and goes to the chosen municipality's page.
 * Option values are relative links written by the build; only same-origin targets are
 * followed.
 *
 * The editors' view: "?redactie" in a page address turns it on (remembered in this browser's
 * localStorage), "?redactie=uit" off; it reveals the editors' parts ([data-ww-redactie]:
 * "Wijzig deze gegevens" with the record's file), which parents never see. ES5, no
 * dependencies.
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

  var SLEUTEL = "wegwijzer-redactie";

  function redactie() {
    var aan = false;
    try {
      var vraag = new URLSearchParams(window.location.search);
      if (vraag.has("redactie")) {
        if (vraag.get("redactie") === "uit") {
          window.localStorage.removeItem(SLEUTEL);
        } else {
          window.localStorage.setItem(SLEUTEL, "1");
        }
      }
      aan = window.localStorage.getItem(SLEUTEL) === "1";
    } catch (fout) {
      aan = /[?&]redactie(=|&|$)(?!uit)/.test(window.location.search); // no localStorage
    }
    var delen = document.querySelectorAll("[data-ww-redactie]");
    Array.prototype.forEach.call(delen, function (deel) { deel.hidden = !aan; });
  }

  function alles() {
    kiezers();
    redactie();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", alles);
  } else {
    alles();
  }
  if (window.document$ && window.document$.subscribe) {
    window.document$.subscribe(alles); // Material's instant navigation, if enabled
  }
})();
