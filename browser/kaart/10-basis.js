/*
 * Wegwijzer maps: draws every map of the site, and the list of the overview map.
 *
 * Reads (paths relative to the site root, also in a subfolder deployment):
 *   assets/kaart/provincies.json    the overview map's summary per province, and
 *   assets/kaart/provincie/<id>.json  a province's locations, when the reader gets there
 *                                   (wegwijzer/maps/provinces.py)
 *   assets/kaart/instellingen.json  {"tegels": {url, attribution, max_zoom} | null}
 *   assets/vendor/...               Leaflet 1.9 and leaflet.markercluster, served by the
 *                                   site; injected here only on pages that have a map.
 * Finds in the page (written by wegwijzer/maps):
 *   .wwk-kaart[data-kaart="overzicht"] inside .wwk-kaartapp: the overview map with its
 *     filter form, live count (role=status) and list. The list is built here from the data
 *     (100 at a time, "Toon meer"); map, count and list always show the same result.
 *     Popups and the list show the phone lines with "nu bereikbaar" (25-telefoon.js).
 *     Without JavaScript the page's <noscript> list of every location shows instead.
 *   .wwk-kaart[data-locaties="id id ..."]: a small map of these locations, whose data is
 *     inline in its block (script.wwk-gegevens, no country file); its text list stays for
 *     screen readers once the map is drawn.
 *   data-root on the element or an ancestor: relative path to the site root (optional;
 *     otherwise the root is taken from this script's own URL).
 *
 * Record text is untrusted: popups, tooltips, labels and list items are built with
 * createElement, textContent and setAttribute only; links get an href only from the data's
 * own site-relative URLs or a checked tel: URL. Tiles may fail to load (offline, blocked):
 * markers, clusters, popups, filters and the list do not depend on them, and the list and
 * filters work even when Leaflet itself does not load.
 * Runs on page load and on every page change of Material's instant navigation (document$).
 * Exposes window.wegwijzerKaart = {start, kaarten} for tests and the benchmark; a map
 * element gets data-status="klaar" (and performance mark "wegwijzer-kaart-getekend") once
 * its markers are drawn.
 *
 * The site serves this as one file, assets/javascripts/kaart.js: wegwijzer/scripts.py joins
 * browser/kaart/*.js in name order. Each file is a plain script that adds its part to
 * window.wegwijzerKaartDelen, which the last file (90-start.js) takes and removes again.
 *
 * This file, the basis the others use: creates that namespace and adds the small DOM and
 * URL helpers (el, voeg, soortKlasse, telling, paginaUrl, telUrl, siteRoot) and the list of
 * drawn maps (kaarten). Reads only the URL of the script itself, while it loads.
 */
(function (global) {
  "use strict";

  var k = global.wegwijzerKaartDelen = {};
  var doc = global.document;

  var eigen = doc && doc.currentScript && doc.currentScript.src;
  var scriptRoot = eigen
    ? eigen.replace(/[?#].*$/, "").replace(/assets\/javascripts\/kaart\.js$/, "")
    : null;

  function el(tag, klasse, tekst) {
    var node = doc.createElement(tag);
    if (klasse) { node.className = klasse; }
    if (tekst !== undefined && tekst !== null) { node.textContent = String(tekst); }
    return node;
  }

  function voeg(ouder, tag, klasse, tekst) {
    var node = el(tag, klasse, tekst);
    ouder.appendChild(node);
    return node;
  }

  function soortKlasse(soort) {
    return String(soort || "").toLowerCase().replace(/[^a-z0-9-]/g, "") || "onbekend";
  }

  function telling(n) { return n + (n === 1 ? " locatie" : " locaties"); }

  /* A site-relative record URL from the data ("aanbieders/x/"), made absolute; else null. */
  function paginaUrl(root, pad) {
    if (typeof pad !== "string" || !/^[a-z0-9][a-z0-9._/-]*$/i.test(pad) ||
        pad.indexOf("..") >= 0 || pad.indexOf("//") >= 0) {
      return null;
    }
    return root + pad;
  }

  function telUrl(waarde) {
    return typeof waarde === "string" && /^tel:\+?[0-9]{3,15}$/.test(waarde) ? waarde : null;
  }

  function siteRoot(element) {
    var drager = element.closest("[data-root]");
    if (drager) { return new URL(drager.getAttribute("data-root"), global.location.href).href; }
    return scriptRoot || new URL("/", global.location.href).href;
  }

  k.doc = doc;
  k.kaarten = []; // {element, map, groep, markers, getekend}; 90-start.js drops freed maps
  k.el = el;
  k.voeg = voeg;
  k.soortKlasse = soortKlasse;
  k.telling = telling;
  k.paginaUrl = paginaUrl;
  k.telUrl = telUrl;
  k.siteRoot = siteRoot;
})(window);
