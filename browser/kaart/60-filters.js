/*
 * Wegwijzer maps, the overview's filters: municipality, type and theme, kept in the URL
 * (?gemeente=&soort=&thema=, replaceState: a filtered map can be shared) and applied to the
 * count, the list and, when Leaflet loaded, the map: all three always show the same result.
 *
 * Reads in the page (.wwk-kaartapp): form.wwk-filters, the live count .wwk-telling
 * (role=status: spoken only when it changes) and, without the data, the page's own
 * <noscript class="wwk-reserve"> list (server-side, escaped HTML).
 * Adds to window.wegwijzerKaartDelen:
 *   overzicht(L, app, kaart, bron, root)  starts filters, count and list, loading provinces
 *       (55-bron.js) as the reader zooms, clicks or chooses; L and kaart are null when
 *       Leaflet did not load
 *   lijstZonderGegevens(app)  puts the <noscript> list of every location in place
 */
(function (global) {
  "use strict";

  var k = global.wegwijzerKaartDelen;
  var doc = k.doc;
  var telling = k.telling;
  var Lijst = k.Lijst;
  var sorteerSleutel = k.sorteerSleutel;
  var vergelijk = k.vergelijk;
  var zoomOp = k.zoomOp;
  var vul = k.vul;

  var ZOOM_LADEN = 9; // from this zoom on, the provinces in view are loaded

  /* Filters, count, list and (when Leaflet loaded) map: always the same result. Locations
   * come from bron (55-bron.js): the provinces not loaded yet count by the summary and show
   * as a circle on the map and a button above the list. */
  function overzicht(L, app, kaart, bron, root) {
    var form = app.querySelector("form.wwk-filters");
    var teller = app.querySelector(".wwk-telling");
    var lijst = new Lijst(app, root, bron.roosters);
    var geordend = [];
    var versie = -1;
    var markerVan = {};
    var laag = kaart ? L.layerGroup().addTo(kaart.map) : null;
    var knoppen = doc.createElement("div");
    knoppen.className = "wwk-provincies";
    knoppen.hidden = true;
    lijst.ul.parentNode.insertBefore(knoppen, lijst.ul);
    var velden = ["gemeente", "soort", "thema"];
    var params = new URLSearchParams(global.location.search);
    velden.forEach(function (naam) {
      var veld = form && form.elements[naam];
      var waarde = params.get(naam);
      if (veld && waarde && Array.prototype.some.call(veld.options, function (o) { return o.value === waarde; })) {
        veld.value = waarde;
      }
    });
    if (form) { form.hidden = false; }

    function markerVoor(f) {
      var id = f.properties.id;
      if (!markerVan[id]) {
        markerVan[id] = k.marker(L, f);
        kaart.markers.push(markerVan[id]);
      }
      return markerVan[id];
    }

    function keuzeNu() {
      var keuze = {};
      velden.forEach(function (naam) {
        keuze[naam] = form && form.elements[naam] ? form.elements[naam].value : "";
      });
      return keuze;
    }

    /* Wait for a province file: the map is not "klaar" meanwhile. */
    function laad(ids, daarna) {
      if (kaart) {
        kaart.beurt = (kaart.beurt || 0) + 1; // an earlier "klaar" no longer counts
        kaart.element.setAttribute("data-status", "bezig");
      }
      bron.laad(ids).then(daarna, function (fout) {
        if (global.console) { global.console.warn("Wegwijzer-kaart:", fout); }
        var melding = app.querySelector(".wwk-kaart-fout");
        if (melding) { melding.hidden = false; }
        k.lijstZonderGegevens(app);
      });
    }

    function naarProvincie(p) {
      var vanKnop = knoppen.contains(doc.activeElement);
      laad([p.id], function () {
        toepassen(false, false);
        if (kaart) { kaart.map.fitBounds(p.grenzen, { padding: [24, 24], maxZoom: 12, animate: false }); }
        var kop = app.querySelector("#lijst");
        if (kop && vanKnop) { // the button is gone: go on at the list
          kop.setAttribute("tabindex", "-1");
          kop.focus();
        }
      });
    }

    function toonOntbrekend(ontbrekend) {
      while (knoppen.firstChild) { knoppen.removeChild(knoppen.firstChild); }
      knoppen.hidden = !ontbrekend.length;
      if (!ontbrekend.length) { return; }
      k.voeg(knoppen, "p", null, "Nog niet in de lijst hieronder: kies een gemeente, zoom in op " +
        "de kaart of kies een provincie.");
      var ul = k.voeg(knoppen, "ul");
      ontbrekend.forEach(function (x) {
        var knop = k.voeg(k.voeg(ul, "li"), "button", "md-button", x.p.naam + " (" + telling(x.n) + ")");
        knop.type = "button";
        knop.addEventListener("click", function () { naarProvincie(x.p); });
      });
      if (laag) {
        ontbrekend.forEach(function (x) {
          k.provincieMarker(L, x.p, x.n).on("click", function () { naarProvincie(x.p); }).addTo(laag);
        });
      }
    }

    function toepassen(zoomen, bijwerkenUrl) {
      var keuze = keuzeNu();
      var eigen = keuze.gemeente && bron.provincieVan(keuze.gemeente);
      if (eigen && !bron.geladen[eigen]) { // a municipality: its province's file first
        laad([eigen], function () { toepassen(zoomen, bijwerkenUrl); });
        return;
      }
      if (versie !== bron.versie) {
        versie = bron.versie;
        geordend = bron.features.map(function (f) { return { f: f, sleutel: sorteerSleutel(f) }; })
          .sort(vergelijk).map(function (x) { return x.f; });
      }
      var resultaat = geordend.filter(function (f) {
        var p = f.properties;
        return (!keuze.gemeente || p.gemeente === keuze.gemeente) &&
          (!keuze.soort || p.soort === keuze.soort) &&
          (!keuze.thema || (p.themas || []).indexOf(keuze.thema) >= 0);
      });
      var ontbrekend = keuze.gemeente ? [] : bron.ontbrekend().map(function (p) {
        return { p: p, n: bron.aantal(p, keuze.soort, keuze.thema) };
      }).filter(function (x) { return x.n > 0; });
      var totaal = ontbrekend.reduce(function (som, x) { return som + x.n; }, resultaat.length);
      lijst.toon(resultaat);
      if (lijst.geen) { lijst.geen.hidden = totaal > 0; }
      if (laag) { laag.clearLayers(); }
      toonOntbrekend(ontbrekend);
      if (teller && teller.textContent !== telling(totaal)) { // a live region:
        teller.textContent = telling(totaal); // only speak when it changes
      }
      if (kaart) {
        var zichtbaar = resultaat.map(markerVoor);
        if (zoomen) {
          kaart.map.closePopup();
          zoomOp(L, kaart.map, ontbrekend.length ? [] : zichtbaar, 15); // [] : the country
        }
        vul(kaart, zichtbaar);
      }
      if (bijwerkenUrl && global.history && global.history.replaceState) {
        var query = new URLSearchParams();
        velden.forEach(function (naam) { if (keuze[naam]) { query.set(naam, keuze[naam]); } });
        var tekst = query.toString();
        global.history.replaceState(global.history.state, "",
          global.location.pathname + (tekst ? "?" + tekst : "") + global.location.hash);
      }
    }

    if (kaart) { // zoomed in far enough: load the provinces in view
      kaart.map.on("moveend", function () {
        if (kaart.map.getZoom() < ZOOM_LADEN || keuzeNu().gemeente) { return; }
        var beeld = kaart.map.getBounds();
        var ids = bron.ontbrekend().filter(function (p) {
          return beeld.intersects(L.latLngBounds(p.grenzen));
        }).map(function (p) { return p.id; });
        if (ids.length) { laad(ids, function () { toepassen(false, false); }); }
      });
    }
    if (form) {
      form.addEventListener("change", function () { toepassen(true, true); });
      form.addEventListener("submit", function (e) { e.preventDefault(); toepassen(true, true); });
      form.addEventListener("reset", function () {
        setTimeout(function () { toepassen(true, true); }, 0);
      });
    }
    toepassen(true, false);
  }

  /* Without the data the overview still lists every location: the page's own
   * <noscript> list (server-side, escaped HTML of this page) is put in place. */
  function lijstZonderGegevens(app) {
    var reserve = app.querySelector("noscript.wwk-reserve");
    var lijst = app.querySelector("ul.wwk-lijst");
    if (!reserve || !lijst || !global.DOMParser) { return; }
    var kopie = new global.DOMParser().parseFromString(reserve.textContent, "text/html")
      .querySelector("ul.wwk-lijst");
    if (kopie) {
      lijst.replaceWith(doc.importNode(kopie, true));
    }
  }

  k.overzicht = overzicht;
  k.lijstZonderGegevens = lijstZonderGegevens;
})(window);
