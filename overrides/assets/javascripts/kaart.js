/*
 * Wegwijzer maps: draws every map of the site, and the list of the overview map, from one
 * data file.
 *
 * Reads (paths relative to the site root, also in a subfolder deployment):
 *   api/v1/locations.geojson        every location (wegwijzer.geojson), also open data
 *   assets/kaart/instellingen.json  {"tegels": {url, attribution, max_zoom} | null}
 *   assets/vendor/...               Leaflet 1.9 and leaflet.markercluster, served by the
 *                                   site; injected here only on pages that have a map.
 * Finds in the page (written by wegwijzer/maps):
 *   .wwk-kaart[data-kaart="overzicht"] inside .wwk-kaartapp: the overview map with its
 *     filter form, live count (role=status) and list. The list is built here from the data
 *     (100 at a time, "Toon meer"); map, count and list always show the same result.
 *     Without JavaScript the page's <noscript> list of every location shows instead.
 *   .wwk-kaart[data-locaties="id id ..."]: a small map of these locations; its text list
 *     stays for screen readers once the map is drawn.
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
 */
(function (global) {
  "use strict";

  var doc = global.document;
  if (!doc || !doc.querySelectorAll) { return; }

  var GEOJSON = "api/v1/locations.geojson";
  var INSTELLINGEN = "assets/kaart/instellingen.json";
  var CSS = ["assets/vendor/leaflet/leaflet.css", "assets/vendor/markercluster/MarkerCluster.css"];
  var JS = ["assets/vendor/leaflet/leaflet.js", "assets/vendor/markercluster/leaflet.markercluster.js"];
  var NEDERLAND = [[50.75, 3.36], [53.55, 7.23]];
  var LEAFLET = '<a href="https://leafletjs.com">Leaflet</a>';
  var PAGINA = 100; // list items shown at once; "Toon meer" adds the next ones
  var MIN_ZOOM = 6; // the whole country; fewer zoom levels also make clustering faster

  var eigen = doc.currentScript && doc.currentScript.src;
  var scriptRoot = eigen
    ? eigen.replace(/[?#].*$/, "").replace(/assets\/javascripts\/kaart\.js$/, "")
    : null;

  var scripts = {}; // url -> Promise
  var stijlen = {}; // url -> {link, klaar: Promise}
  var data = {}; // site root -> Promise of {features, roosters, tegels}
  var kaarten = []; // {element, map, groep, markers, getekend}
  var Icoon = null;

  /* ------------------------------------------------------------------ helpers */

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
    if (typeof pad !== "string" || !/^[a-z0-9][a-z0-9._\/-]*$/i.test(pad) ||
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

  /* ------------------------------------------------------------------ loading */

  function laadScript(url) {
    if (!scripts[url]) {
      scripts[url] = new Promise(function (klaar, mislukt) {
        var script = doc.createElement("script");
        script.src = url;
        script.async = false; // injected scripts run in insertion order (Leaflet first)
        script.onload = klaar;
        script.onerror = function () { delete scripts[url]; mislukt(new Error(url)); };
        doc.head.appendChild(script);
      });
    }
    return scripts[url];
  }

  /* Instant navigation may swap the <head>: a stylesheet added earlier is added again. */
  function laadCss(url) {
    var link = stijlen[url] && stijlen[url].link;
    if (!link || !link.isConnected) {
      link = doc.createElement("link");
      link.rel = "stylesheet";
      link.href = url;
      var klaar = new Promise(function (ok) {
        link.onload = ok;
        link.onerror = ok; // a map without Leaflet's CSS is ugly, not broken
      });
      doc.head.appendChild(link);
      stijlen[url] = { link: link, klaar: klaar };
    }
    return stijlen[url].klaar;
  }

  function leaflet(root) {
    var wachten = CSS.map(function (pad) { return laadCss(root + pad); });
    if (!(global.L && global.L.markerClusterGroup)) {
      wachten = wachten.concat(JS.map(function (pad) { return laadScript(root + pad); }));
    }
    return Promise.all(wachten).then(function () { return global.L; });
  }

  function json(url) {
    return global.fetch(url, { credentials: "same-origin" }).then(function (antwoord) {
      if (!antwoord.ok) { throw new Error(url + ": " + antwoord.status); }
      return antwoord.json();
    });
  }

  function gegevens(root) {
    if (!data[root]) {
      data[root] = Promise.all([
        json(root + GEOJSON),
        json(root + INSTELLINGEN).catch(function () { return { tegels: null }; })
      ]).then(function (delen) {
        var features = (delen[0].features || []).filter(function (f) {
          var c = f && f.geometry && f.geometry.coordinates;
          return f.properties && c && isFinite(c[0]) && isFinite(c[1]);
        });
        return { features: features, roosters: delen[0].roosters || {}, tegels: delen[1].tegels };
      });
      data[root].catch(function () { delete data[root]; });
    }
    return data[root];
  }

  /* ------------------------------------------------------------------ markers, popups */

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

  function popup(feature, root, roosters) {
    var p = feature.properties;
    var box = el("div", "wwk-popup");
    voeg(voeg(box, "p", "wwk-popup-naam"), "strong", null, p.naam);
    voeg(box, "p", "wwk-popup-soort",
      (p.soort_label || "") + (p.gemeente_naam ? " \u00b7 " + p.gemeente_naam : ""));
    if (p.adres) { voeg(box, "p", "wwk-popup-adres", p.adres); }
    var rijen = p.openingstijden_tekst || [];
    if (rijen.length) {
      var lijst = voeg(box, "ul", "wwk-popup-tijden");
      rijen.forEach(function (rij) { voeg(lijst, "li", null, rij[0] + ": " + rij[1]); });
    }
    if (p.rooster && roosters[p.rooster]) {
      var nu = voeg(box, "p", "wwk-popup-nu");
      var span = voeg(nu, "span", "nu-open");
      span.setAttribute("data-rooster", JSON.stringify(roosters[p.rooster]));
      span.hidden = true;
    }
    if (p.telefoon) {
      var tel = voeg(box, "p", "wwk-popup-tel", "Telefoon: ");
      var href = telUrl(p.tel);
      if (href) {
        voeg(tel, "a", null, p.telefoon).setAttribute("href", href);
      } else {
        tel.appendChild(doc.createTextNode(p.telefoon));
      }
    }
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

  /* ------------------------------------------------------------------ one map */

  function tekenKaart(L, element, gegeven, features, opties) {
    var tegels = gegeven.tegels;
    var maxZoom = (tegels && tegels.max_zoom) || 18;
    element.hidden = false;
    var map = L.map(element, {
      minZoom: MIN_ZOOM,
      maxZoom: maxZoom,
      scrollWheelZoom: !!opties.wielZoom,
      zoomControl: false
    });
    L.control.zoom({ zoomInTitle: "Inzoomen", zoomOutTitle: "Uitzoomen" }).addTo(map);
    map.attributionControl.setPrefix(LEAFLET);
    if (tegels && tegels.url) {
      L.tileLayer(tegels.url, { attribution: tegels.attribution || "", maxZoom: maxZoom })
        .on("tileerror", function () { element.classList.add("wwk-kaart--zonder-tegels"); })
        .addTo(map);
    }
    var markers = features.map(function (f) { return marker(L, f); });
    zoomOp(L, map, markers, opties.maxZoom || 15);
    var groep = L.markerClusterGroup({
      showCoverageOnHover: false,
      spiderfyOnMaxZoom: true,
      maxClusterRadius: 50,
      iconCreateFunction: clusterIcoon(L)
    });
    var root = opties.root;
    var breed = Math.max(160, Math.min(320, element.clientWidth - 90)); // fits a phone
    groep.bindPopup(function (laag) { return popup(laag.feature, root, gegeven.roosters); }, {
      maxWidth: breed, minWidth: Math.min(200, breed),
      autoPanPaddingTopLeft: [50, 20], autoPanPaddingBottomRight: [20, 20]
    });
    groep.bindTooltip(function (laag) { return el("span", null, laag.feature.properties.naam); },
      { direction: "top" });
    // Leaflet also opens the tooltip on click; with the popup open it only covers it
    groep.on("click", function () { groep.closeTooltip(); });
    var bron = null; // the marker element whose popup is open: focus returns there
    groep.on("popupopen", function (e) { // e.layer: the marker (the event bubbles up)
      var box = e.popup.getElement();
      var knop = box.querySelector(".leaflet-popup-close-button");
      if (knop) { knop.setAttribute("aria-label", "Sluiten"); knop.setAttribute("title", "Sluiten"); }
      if (global.wegwijzerNuOpen) { global.wegwijzerNuOpen(box); }
      bron = e.layer && e.layer.getElement ? e.layer.getElement() : null;
      if (bron && doc.activeElement === bron) { // opened from the keyboard or by a click
        var inhoud = box.querySelector(".wwk-popup");
        inhoud.setAttribute("tabindex", "-1");
        inhoud.focus({ preventScroll: true });
      }
    });
    groep.on("popupclose", function (e) {
      var box = e.popup.getElement();
      if (bron && box && box.contains(doc.activeElement) && doc.body.contains(bron)) {
        bron.focus({ preventScroll: true });
      }
      bron = null;
    });
    // Escape closes the popup wherever the focus is in the map (Leaflet only listens
    // when the map container itself has the focus)
    element.addEventListener("keydown", function (e) {
      if ((e.key === "Escape" || e.key === "Esc") && map.hasLayer(groep.getPopup())) {
        e.stopPropagation();
        map.closePopup();
      }
    });
    groep.addTo(map);
    var kaart = { element: element, map: map, groep: groep, markers: markers, getekend: null };
    kaarten.push(kaart);
    vul(kaart, markers);
    return kaart;
  }

  function zoomOp(L, map, markers, maxZoom) {
    if (!markers.length) {
      map.fitBounds(NEDERLAND);
      return;
    }
    var grenzen = L.latLngBounds(markers.map(function (m) { return m.getLatLng(); }));
    map.fitBounds(grenzen, { padding: [36, 36], maxZoom: maxZoom, animate: false });
  }

  /* Put markers in the cluster group (synchronously: no chunk of an earlier filter can
   * still be running), then mark the map drawn after the next frame. */
  function vul(kaart, markers) {
    var element = kaart.element;
    element.setAttribute("data-status", "bezig");
    kaart.groep.clearLayers();
    kaart.groep.addLayers(markers);
    var beurt = kaart.beurt = (kaart.beurt || 0) + 1;
    var klaar = function () {
      if (beurt !== kaart.beurt) { return; }
      kaart.getekend = global.performance ? global.performance.now() : Date.now();
      if (global.performance && performance.mark) { performance.mark("wegwijzer-kaart-getekend"); }
      element.setAttribute("data-aantal", String(markers.length));
      element.setAttribute("data-status", "klaar");
    };
    if (global.requestAnimationFrame) {
      global.requestAnimationFrame(function () { setTimeout(klaar, 0); });
    } else {
      setTimeout(klaar, 0);
    }
  }

  /* ------------------------------------------------------------------ overview: list */

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
    if (p.telefoon) {
      var tel = voeg(li, "p", null, "Telefoon: ");
      var href = telUrl(p.tel);
      if (href) {
        voeg(tel, "a", null, p.telefoon).setAttribute("href", href);
      } else {
        tel.appendChild(doc.createTextNode(p.telefoon));
      }
    }
    var rijen = p.openingstijden_tekst || [];
    if (rijen.length) {
      var open = voeg(li, "p", null, "Open: " + rijen.map(function (rij) {
        return rij[0] + " " + rij[1];
      }).join("; "));
      if (p.rooster && roosters[p.rooster]) {
        open.appendChild(doc.createTextNode(" "));
        var span = voeg(open, "span", "nu-open");
        span.setAttribute("data-rooster", JSON.stringify(roosters[p.rooster]));
        span.hidden = true;
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

  /* ------------------------------------------------------------------ overview: filters */

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

  /* ------------------------------------------------------------------ start */

  function bouw(element) {
    var root = siteRoot(element);
    var app = element.closest(".wwk-kaartapp");
    var blok = element.closest(".wwk-kaart-blok");
    var wens = element.getAttribute("data-locaties");
    var kaartLib = leaflet(root).catch(function (fout) {
      if (global.console) { global.console.warn("Wegwijzer-kaart: Leaflet laadt niet", fout); }
      return null; // the overview's list and filters work without the map
    });
    Promise.all([kaartLib, gegevens(root)]).then(function (delen) {
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
      var kaart = null;
      if (L) {
        kaart = tekenKaart(L, element, gegeven, features, {
          root: root, wielZoom: !!app, maxZoom: wens !== null ? 15 : 14
        });
      } else {
        element.setAttribute("data-status", "fout");
      }
      if (app) {
        if (kaart) {
          Array.prototype.forEach.call(app.querySelectorAll(".wwk-legenda-blok"), function (m) { m.hidden = false; });
        }
        overzicht(L, app, kaart, features, root, gegeven.roosters);
      }
      if (blok && kaart) {
        var tekst = blok.querySelector(".wwk-kaart-tekst");
        if (tekst) { tekst.classList.add("wwk-alleen-voorlezen"); }
        var uitleg = blok.querySelector(".wwk-legenda-blok");
        if (uitleg) { uitleg.hidden = false; }
      }
    }).catch(function (fout) {
      element.hidden = true;
      element.setAttribute("data-status", "fout");
      if (app) {
        var melding = app.querySelector(".wwk-kaart-fout");
        if (melding) { melding.hidden = false; }
        lijstZonderGegevens(app);
      }
      if (global.console) { global.console.warn("Wegwijzer-kaart:", fout); }
    });
  }

  function start() {
    // maps of a page that instant navigation replaced: free them
    kaarten = kaarten.filter(function (kaart) {
      if (doc.body.contains(kaart.element)) { return true; }
      kaart.map.remove();
      return false;
    });
    api.kaarten = kaarten;
    Array.prototype.forEach.call(doc.querySelectorAll(".wwk-kaart:not([data-status])"), function (element) {
      element.setAttribute("data-status", "laden");
      bouw(element);
    });
  }

  var api = { start: start, kaarten: kaarten };
  global.wegwijzerKaart = api;

  if (global.document$ && typeof global.document$.subscribe === "function") {
    global.document$.subscribe(function () { start(); }); // also emits for the first page
  } else if (doc.readyState === "loading") {
    doc.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})(window);
