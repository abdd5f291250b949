/*
 * Wegwijzer maps, the start (the last file of browser/kaart/, so every part is there): finds
 * the maps of the page and builds each once its data and Leaflet are there.
 *
 * Reads every .wwk-kaart of the page without data-status (data-locaties: the ids of a small
 * map; inside .wwk-kaartapp: the overview with filters and list, whose data comes per
 * province (55-bron.js); .wwk-kaart-blok: a small map with its text list and legend) and the parts in window.wegwijzerKaartDelen, which it
 * then removes (the page keeps only the globals it had before the split into files).
 * A small map (.wwk-kaart-blok) is built once it comes within 100 px of the screen.
 * Runs on page load and on every page change of Material's instant navigation (document$);
 * maps of a page that was replaced are freed. A map element goes data-status "laden", then
 * "klaar" (drawn) or "fout" (no data, or no Leaflet: the overview's list and filters work
 * without the map).
 * Exposes window.wegwijzerKaart = {start, kaarten} for tests and the benchmark.
 */
(function (global) {
  "use strict";

  var k = global.wegwijzerKaartDelen;
  delete global.wegwijzerKaartDelen;

  var doc = k.doc;
  if (!doc || !doc.querySelectorAll) { return; }

  function leafletOfNiets(root) {
    return k.leaflet(root).catch(function (fout) {
      if (global.console) { global.console.warn("Wegwijzer-kaart: Leaflet laadt niet", fout); }
      return null; // the overview's list and filters work without the map
    });
  }

  function mislukt(element, app, fout) {
    element.hidden = true;
    element.setAttribute("data-status", "fout");
    if (app) {
      verberg(app, ".wwk-legenda-blok, form.wwk-filters, .wwk-naar-lijst");
      var melding = app.querySelector(".wwk-kaart-fout");
      if (melding) { melding.hidden = false; }
      k.lijstZonderGegevens(app);
    }
    if (global.console) { global.console.warn("Wegwijzer-kaart:", fout); }
  }

  /* The overview: the summary per province, then (a small network) every province or (the
     country) none until the reader gets there; 60-filters.js does the rest. */
  function bouwOverzicht(element, app, root) {
    Promise.all([leafletOfNiets(root), k.samenvatting(root)]).then(function (delen) {
      var L = delen[0];
      var bron = new k.Bron(root, delen[1]);
      var eerst = bron.alles ? bron.laad(bron.provincies.map(function (p) { return p.id; })) : null;
      return Promise.resolve(eerst).then(function () {
        if (!doc.body.contains(element)) { return; } // the page changed meanwhile
        if (global.performance && performance.mark) { performance.mark("wegwijzer-kaart-gegevens"); }
        var kaart = null;
        if (L) {
          kaart = k.tekenKaart(L, element, { tegels: delen[1].tegels, roosters: bron.roosters }, [], {
            root: root, wielZoom: true, maxZoom: 14
          });
        } else {
          element.hidden = true; // the overview's map has its place from the start (no shift)
          element.setAttribute("data-status", "fout");
          verberg(app, ".wwk-legenda-blok");
        }
        k.overzicht(L, app, kaart, bron, root);
      });
    }).catch(function (fout) { mislukt(element, app, fout); });
  }

  function bouw(element) {
    var root = k.siteRoot(element);
    var app = element.closest(".wwk-kaartapp");
    if (app) { bouwOverzicht(element, app, root); return; }
    var blok = element.closest(".wwk-kaart-blok");
    var wens = element.getAttribute("data-locaties");
    var inline = blok && blok.querySelector("script.wwk-gegevens");
    Promise.all([leafletOfNiets(root), k.gegevens(root, inline)]).then(function (delen) {
      var L = delen[0];
      var gegeven = delen[1];
      if (!doc.body.contains(element)) { return; } // the page changed meanwhile
      var features = gegeven.features;
      if (global.performance && performance.mark) { performance.mark("wegwijzer-kaart-gegevens"); }
      if (wens !== null) {
        var ids = {};
        wens.split(/\s+/).forEach(function (id) { if (id) { ids[id] = true; } });
        features = features.filter(function (f) { return ids[f.properties.id]; });
        if (!features.length) { throw new Error("geen van deze locaties staat in de kaartgegevens"); }
      }
      if (!L) {
        element.setAttribute("data-status", "fout");
        return;
      }
      k.tekenKaart(L, element, gegeven, features, { root: root, wielZoom: false, maxZoom: 15 });
      if (blok) {
        var tekst = blok.querySelector(".wwk-kaart-tekst");
        if (tekst) { tekst.classList.add("wwk-alleen-voorlezen"); }
        var uitleg = blok.querySelector(".wwk-legenda-blok");
        if (uitleg) { uitleg.hidden = false; }
      }
    }).catch(function (fout) { mislukt(element, null, fout); });
  }

  function verberg(app, kiezer) {
    Array.prototype.forEach.call(app.querySelectorAll(kiezer), function (m) { m.hidden = true; });
  }

  function start() {
    // maps of a page that instant navigation replaced: free them
    k.kaarten = k.kaarten.filter(function (kaart) {
      if (doc.body.contains(kaart.element)) { return true; }
      kaart.map.remove();
      return false;
    });
    api.kaarten = k.kaarten;
    Array.prototype.forEach.call(doc.querySelectorAll(".wwk-kaart:not([data-status])"), function (element) {
      element.setAttribute("data-status", "laden");
      var blok = !element.closest(".wwk-kaartapp") && element.closest(".wwk-kaart-blok");
      if (blok && global.IntersectionObserver) {
        wachtOpZicht(blok, function () { bouw(element); });
      } else {
        bouw(element);
      }
    });
  }

  /* A small map below the first screen: Leaflet (55 KB) only once the reader scrolls near
     it, so a parent who only wants the phone number does not pay for the map. */
  function wachtOpZicht(blok, klaar) {
    var kijker = new global.IntersectionObserver(function (items) {
      if (items.some(function (item) { return item.isIntersecting; })) {
        kijker.disconnect();
        klaar();
      }
    }, { rootMargin: "100px 0px" });
    kijker.observe(blok);
  }

  var api = { start: start, kaarten: k.kaarten };
  global.wegwijzerKaart = api;

  if (global.document$ && typeof global.document$.subscribe === "function") {
    global.document$.subscribe(function () { start(); }); // also emits for the first page
  } else if (doc.readyState === "loading") {
    doc.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})(window);
