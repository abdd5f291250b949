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
 *   telefoons(parent, props, roosters, class)  the phone lines, with "nu bereikbaar"
 *   nuOpen(parent, tag, props, roosters)  the hidden "nu open" element (none on appointment)
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
  var telUrl = k.telUrl;

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

  /* A phone line's hours in words: "dag en nacht" for 24/7 (blocks/map.py line_hours). */
  function lijnUren(rijen) {
    if (!Array.isArray(rijen)) { return ""; }
    if (rijen.length === 1 && rijen[0][0] === "elke dag" && rijen[0][1] === "dag en nacht open") {
      return "dag en nacht";
    }
    return rijen.map(function (rij) { return rij[0] + ": " + rij[1]; }).join("; ");
  }

  /* A number as the site's button-sized tel: link (class ww-tel, as on the record pages), or
     as text when the data has no valid tel: URL for it. */
  function telLink(ouder, nummer, tel) {
    var href = telUrl(tel);
    if (href) {
      voeg(ouder, "a", "ww-tel", nummer).setAttribute("href", href);
    } else {
      ouder.appendChild(doc.createTextNode(nummer));
    }
  }

  /* The phone lines of a location (crisis lines first: the build orders them), each with its
   * crisis flag, what it is for, "Nu bereikbaar" from its hours (nu-open.js with
   * data-soort="lijn", the evaluator the record pages and the search use) and its hours in
   * words; the location's own number first when no line has it. Used by popup and list. */
  function telefoons(ouder, p, roosters, klasse) {
    var lijnen = Array.isArray(p.telefoonlijnen) ? p.telefoonlijnen : [];
    var nummers = lijnen.map(function (lijn) { return lijn && lijn.nummer; });
    if (p.telefoon && nummers.indexOf(p.telefoon) < 0) {
      telLink(voeg(ouder, "p", klasse, "Telefoon: "), String(p.telefoon), p.tel);
    }
    lijnen.forEach(function (lijn) {
      if (!lijn || !lijn.nummer) { return; }
      var rij = voeg(ouder, "p", klasse + " wwk-lijn", "Telefoon: ");
      telLink(rij, String(lijn.nummer), lijn.tel);
      if (lijn.crisis === true) {
        rij.appendChild(doc.createTextNode(" "));
        voeg(rij, "strong", "ww-crisis", "crisislijn");
      }
      if (lijn.doel) { voeg(rij, "span", "wwk-lijn-doel", " " + lijn.doel); }
      if (lijn.rooster && roosters[lijn.rooster]) {
        voeg(rij, "br");
        var nu = voeg(rij, "span", "nu-open");
        nu.setAttribute("data-soort", "lijn"); // "Nu bereikbaar", never "Nu open"
        nu.setAttribute("data-rooster", JSON.stringify(roosters[lijn.rooster]));
        nu.hidden = true;
      }
      var uren = lijnUren(lijn.bereikbaar_tekst);
      if (uren) {
        voeg(rij, "br");
        voeg(rij, "span", "wwk-lijn-uren", "Bereikbaar: " + uren);
      }
    });
  }

  /* The "nu open" element of a location; none for a location on appointment (never open). */
  function nuOpen(ouder, tag, p, roosters) {
    if (p.op_afspraak || !p.rooster || !roosters[p.rooster]) { return; }
    var span = voeg(ouder, tag, "nu-open");
    span.setAttribute("data-rooster", JSON.stringify(roosters[p.rooster]));
    span.hidden = true;
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
  k.telefoons = telefoons;
  k.nuOpen = nuOpen;
})(window);
