/*
 * Wegwijzer maps, what a map shows of one location: its marker, the cluster icon and the
 * popup. Leaflet draws them; the content is made here.
 *
 * Reads the features of api/v1/locations.geojson (via 20-laden.js) and the schedules
 * (roosters) of "nu open". Record text is untrusted: icons and popups are built with
 * createElement, textContent and setAttribute only (Leaflet's own html option stays off);
 * links get an href only from paginaUrl or telUrl (10-basis.js).
 * Adds to window.wegwijzerKaartDelen:
 *   marker(L, feature)                 an L.marker with its feature, keyboard-reachable
 *   clusterIcoon(L)                    iconCreateFunction for the cluster group
 *   provincieMarker(L, provincie, n)   a province not loaded yet, as a circle with its count
 *   popup(feature, root, roosters)     the popup's element (with a hidden "nu open" span)
 */
(function (global) {
  "use strict";

  var k = global.wegwijzerKaartDelen;
  var doc = k.doc;
  var el = k.el;
  var voeg = k.voeg;
  var soortKlasse = k.soortKlasse;
  var telling = k.telling;
  var paginaUrl = k.paginaUrl;
  var telefoons = k.telefoons;
  var nuOpen = k.nuOpen;

  var Icoon = null;

  /* A div icon whose content and accessible name are set through the DOM, never as HTML. */
  function icoonKlasse(L) {
    if (!Icoon) {
      Icoon = L.DivIcon.extend({
        createIcon: function (oud) {
          var div = L.DivIcon.prototype.createIcon.call(this, oud); // html: false -> empty
          var o = this.options;
          div.appendChild(el("span", o.teken, o.tekst)).setAttribute("aria-hidden", "true");
          div.setAttribute("aria-label", o.label);
          return div;
        }
      });
    }
    return Icoon;
  }

  function marker(L, feature) {
    var p = feature.properties;
    var c = feature.geometry.coordinates;
    var Klasse = icoonKlasse(L);
    var m = L.marker([c[1], c[0]], {
      icon: new Klasse({
        html: false, className: "wwk-marker", iconSize: [30, 30], iconAnchor: [15, 15],
        popupAnchor: [0, -14], tooltipAnchor: [0, -14],
        teken: "wwk-teken wwk-teken--" + soortKlasse(p.soort),
        label: String(p.naam) + (p.soort_label ? " (" + p.soort_label + ")" : "")
      }),
      keyboard: true,
      riseOnHover: true
    });
    m.feature = feature;
    return m;
  }

  function clusterIcoon(L) {
    var Klasse = icoonKlasse(L);
    return function (cluster) {
      var n = cluster.getChildCount();
      var maat = n < 10 ? "klein" : n < 100 ? "middel" : "groot";
      return new Klasse({
        html: false, className: "wwk-cluster wwk-cluster--" + maat, iconSize: [40, 40],
        teken: "wwk-cluster-getal", tekst: String(n),
        label: telling(n) + ": inzoomen"
      });
    };
  }

  /* A province whose locations are not loaded yet: a circle with its count (the overview at
     national scale); a click or Enter loads it (60-filters.js). */
  function provincieMarker(L, provincie, n) {
    var Klasse = icoonKlasse(L);
    var m = L.marker(provincie.midden, {
      icon: new Klasse({
        html: false, className: "wwk-cluster wwk-cluster--groot wwk-provincie", iconSize: [44, 44],
        teken: "wwk-cluster-getal", tekst: String(n),
        label: provincie.naam + ": " + telling(n) + ", inzoomen"
      }),
      keyboard: true
    });
    m.provincie = provincie;
    return m;
  }

  function popup(feature, root, roosters) {
    var p = feature.properties;
    var box = el("div", "wwk-popup");
    voeg(voeg(box, "p", "wwk-popup-naam"), "strong", null, p.naam);
    voeg(box, "p", "wwk-popup-soort",
      (p.soort_label || "") + (p.gemeente_naam ? " \u00b7 " + p.gemeente_naam : ""));
    if (p.adres) { voeg(box, "p", "wwk-popup-adres", p.adres); }
    telefoons(box, p, roosters, "wwk-popup-tel");
    var rijen = Array.isArray(p.openingstijden_tekst) ? p.openingstijden_tekst : [];
    if (rijen.length) {
      var lijst = voeg(box, "ul", "wwk-popup-tijden");
      rijen.forEach(function (rij, i) {
        var li = voeg(lijst, "li");
        if (i === 0 && p.op_afspraak) { // the build puts "Op afspraak" first
          voeg(li, "strong", "ww-afspraak", rij[0]);
          li.appendChild(doc.createTextNode(": " + rij[1]));
        } else {
          li.textContent = rij[0] + ": " + rij[1];
        }
      });
    }
    nuOpen(voeg(box, "p", "wwk-popup-nu"), "span", p, roosters);
    var aanbieder = paginaUrl(root, p.aanbieder_url);
    if (aanbieder) {
      var van = voeg(box, "p", "wwk-popup-aanbieder", "Van ");
      voeg(van, "a", null, p.aanbieder_naam).setAttribute("href", aanbieder);
    }
    var diensten = (p.diensten || []).filter(function (d) { return paginaUrl(root, d.url); });
    if (diensten.length) {
      voeg(box, "p", "wwk-popup-kop", "Aanbod hier:");
      var ul = voeg(box, "ul", "wwk-popup-diensten");
      diensten.forEach(function (d) {
        voeg(voeg(ul, "li"), "a", null, d.naam).setAttribute("href", paginaUrl(root, d.url));
      });
    }
    return box;
  }

  k.marker = marker;
  k.clusterIcoon = clusterIcoon;
  k.provincieMarker = provincieMarker;
  k.popup = popup;
})(window);
