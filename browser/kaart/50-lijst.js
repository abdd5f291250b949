/*
 * Wegwijzer maps, the list below the overview map: every location that the filters let
 * through, with the same facts as its popup, as headings and links (screen readers, and
 * the list also works when Leaflet does not load).
 *
 * Reads in the page (.wwk-kaartapp, written by wegwijzer/maps): ul.wwk-lijst, .wwk-meer
 * with its "Toon meer" button and .wwk-geen ("no locations"). Record text is untrusted:
 * items are built with createElement, textContent and setAttribute only.
 * Adds to window.wegwijzerKaartDelen:
 *   Lijst(app, root, roosters)   the list; .toon(features) shows them from the start,
 *                                PAGINA (100) at a time; "Toon meer" moves the focus to
 *                                the first new item
 *   sorteerSleutel(f), vergelijk  the order of the server-side list: municipality, name, id
 */
(function (global) {
  "use strict";

  var k = global.wegwijzerKaartDelen;
  var doc = k.doc;
  var el = k.el;
  var voeg = k.voeg;
  var soortKlasse = k.soortKlasse;
  var paginaUrl = k.paginaUrl;

  var PAGINA = 100; // list items shown at once; "Toon meer" adds the next ones

  /* One location in the list: the same facts as the popup, as headings and links. */
  function lijstItem(feature, root, roosters) {
    var p = feature.properties;
    var li = el("li", "wwk-locatie");
    li.setAttribute("data-id", p.id);
    voeg(li, "h3", null, p.naam);
    var soort = voeg(li, "p", "wwk-locatie-soort");
    soort.appendChild(el("span", "wwk-teken wwk-teken--klein wwk-teken--" + soortKlasse(p.soort)))
      .setAttribute("aria-hidden", "true");
    soort.appendChild(doc.createTextNode(
      " " + (p.soort_label || "") + (p.gemeente_naam ? " \u00b7 " + p.gemeente_naam : "")));
    if (p.adres) { voeg(li, "p", null, p.adres); }
    k.telefoons(li, p, roosters, "wwk-locatie-tel");
    var rijen = Array.isArray(p.openingstijden_tekst) ? p.openingstijden_tekst : [];
    if (rijen.length) {
      var open = voeg(li, "p");
      if (p.op_afspraak) { // the build puts "Op afspraak" first; it is never "nu open"
        voeg(open, "strong", "ww-afspraak", rijen[0][0]);
        open.appendChild(doc.createTextNode(": " + rijen[0][1]));
        if (rijen.length > 1) {
          voeg(open, "br");
          open.appendChild(doc.createTextNode("Afspraken mogelijk: " + rijen.slice(1).map(function (rij) {
            return rij[0] + " " + rij[1];
          }).join("; ")));
        }
      } else {
        open.textContent = "Open: " + rijen.map(function (rij) { return rij[0] + " " + rij[1]; }).join("; ");
        open.appendChild(doc.createTextNode(" "));
        k.nuOpen(open, "span", p, roosters);
      }
    }
    var aanbieder = paginaUrl(root, p.aanbieder_url);
    var van = voeg(li, "p", null, "Van ");
    if (aanbieder) {
      voeg(van, "a", null, p.aanbieder_naam).setAttribute("href", aanbieder);
    } else {
      van.appendChild(doc.createTextNode(p.aanbieder_naam || ""));
    }
    var diensten = (p.diensten || []).filter(function (d) { return paginaUrl(root, d.url); });
    if (diensten.length) {
      van.appendChild(doc.createTextNode(". Aanbod: "));
      diensten.forEach(function (d, i) {
        if (i) { van.appendChild(doc.createTextNode(", ")); }
        voeg(van, "a", null, d.naam).setAttribute("href", paginaUrl(root, d.url));
      });
    }
    return li;
  }

  /* The list below the map, PAGINA items at a time ("Toon meer"), in the order of the
   * server-side list: municipality, then name. */
  function Lijst(app, root, roosters) {
    this.ul = app.querySelector("ul.wwk-lijst");
    this.meer = app.querySelector(".wwk-meer");
    this.geen = app.querySelector(".wwk-geen");
    this.root = root;
    this.roosters = roosters;
    this.rij = [];
    this.getoond = 0;
    var lijst = this;
    var knop = this.meer && this.meer.querySelector("button");
    if (knop) { knop.addEventListener("click", function () { lijst.verder(true); }); }
    this.ul.hidden = false;
  }

  Lijst.prototype.toon = function (features) {
    while (this.ul.firstChild) { this.ul.removeChild(this.ul.firstChild); }
    this.rij = features;
    this.getoond = 0;
    if (this.geen) { this.geen.hidden = features.length > 0; }
    this.verder(false);
  };

  Lijst.prototype.verder = function (focus) {
    var stuk = this.rij.slice(this.getoond, this.getoond + PAGINA);
    var lijst = this;
    var eerste = null;
    stuk.forEach(function (f) {
      var li = lijstItem(f, lijst.root, lijst.roosters);
      lijst.ul.appendChild(li);
      if (global.wegwijzerNuOpen) { global.wegwijzerNuOpen(li); }
      eerste = eerste || li;
    });
    this.getoond += stuk.length;
    var rest = this.rij.length - this.getoond;
    if (this.meer) {
      this.meer.hidden = rest <= 0;
      var knop = this.meer.querySelector("button");
      if (knop) { knop.textContent = "Toon meer locaties (nog " + rest + ")"; }
    }
    if (focus && eerste) { // keyboard and screen reader users continue at the new items
      var kop = eerste.querySelector("h3");
      kop.setAttribute("tabindex", "-1");
      kop.focus();
    }
  };

  function sorteerSleutel(f) {
    var p = f.properties;
    return [String(p.gemeente_naam || "").toLowerCase(), String(p.naam).toLowerCase(), p.id];
  }

  function vergelijk(a, b) {
    for (var i = 0; i < 3; i++) {
      if (a.sleutel[i] < b.sleutel[i]) { return -1; }
      if (a.sleutel[i] > b.sleutel[i]) { return 1; }
    }
    return 0;
  }

  k.Lijst = Lijst;
  k.sorteerSleutel = sorteerSleutel;
  k.vergelijk = vergelijk;
})(window);
