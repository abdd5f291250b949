/*
 * Wegwijzer maps, the overview's filters: municipality, type and theme, kept in the URL
 * (?gemeente=&soort=&thema=, replaceState: a filtered map can be shared) and applied to the
 * count, the list and, when Leaflet loaded, the map: all three always show the same result.
 *
 * Reads in the page (.wwk-kaartapp): form.wwk-filters, the live count .wwk-telling
 * (role=status: spoken only when it changes) and, without the data, the page's own
 * <noscript class="wwk-reserve"> list (server-side, escaped HTML).
 * Adds to window.wegwijzerKaartDelen:
 *   overzicht(L, app, kaart, features, root, roosters)  starts filters, count and list;
 *       L and kaart are null when Leaflet did not load
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

  /* Filters, count, list and (when Leaflet loaded) map: always the same result. */
  function overzicht(L, app, kaart, features, root, roosters) {
    var form = app.querySelector("form.wwk-filters");
    var teller = app.querySelector(".wwk-telling");
    var lijst = new Lijst(app, root, roosters);
    var geordend = features.map(function (f) { return { f: f, sleutel: sorteerSleutel(f) }; })
      .sort(vergelijk).map(function (x) { return x.f; });
    var markerVan = {};
    if (kaart) { kaart.markers.forEach(function (m) { markerVan[m.feature.properties.id] = m; }); }
    var velden = ["gemeente", "soort", "thema"];
    var params = new URLSearchParams(global.location.search);
    var gekozen = false;
    velden.forEach(function (naam) {
      var veld = form && form.elements[naam];
      var waarde = params.get(naam);
      if (veld && waarde && Array.prototype.some.call(veld.options, function (o) { return o.value === waarde; })) {
        veld.value = waarde;
        gekozen = true;
      }
    });
    if (form) { form.hidden = false; }

    function toepassen(eerste, bijwerkenUrl) {
      var keuze = {};
      velden.forEach(function (naam) {
        keuze[naam] = form && form.elements[naam] ? form.elements[naam].value : "";
      });
      var resultaat = geordend.filter(function (f) {
        var p = f.properties;
        return (!keuze.gemeente || p.gemeente === keuze.gemeente) &&
          (!keuze.soort || p.soort === keuze.soort) &&
          (!keuze.thema || (p.themas || []).indexOf(keuze.thema) >= 0);
      });
      lijst.toon(resultaat);
      if (teller && teller.textContent !== telling(resultaat.length)) { // a live region:
        teller.textContent = telling(resultaat.length); // only speak when it changes
      }
      if (kaart && !(eerste && resultaat.length === features.length)) {
        var zichtbaar = resultaat.map(function (f) { return markerVan[f.properties.id]; });
        kaart.map.closePopup();
        zoomOp(L, kaart.map, zichtbaar, 15);
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

    if (form) {
      form.addEventListener("change", function () { toepassen(false, true); });
      form.addEventListener("submit", function (e) { e.preventDefault(); toepassen(false, true); });
      form.addEventListener("reset", function () {
        setTimeout(function () { toepassen(false, true); }, 0);
      });
    }
    toepassen(!gekozen, false);
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
