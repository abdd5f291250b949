/*
 * Wegwijzer maps, data loading: Leaflet (with leaflet.markercluster and their CSS) and the
 * map data, each fetched once per site root and shared by every map of the page.
 *
 * Reads (paths relative to the site root): assets/kaart/provincies.json (the overview map's
 * summary per province) and assets/kaart/provincie/<id>.json (a province's locations, named by
 * the summary, in the compact form of wegwijzer/maps/compact.py that uitpakken() undoes; a map
 * without inline data loads every province), assets/kaart/instellingen.json (tiles; without
 * it the maps have no tiles) and assets/vendor/... (Leaflet, injected as <script> and <link>
 * only on pages that have a map). api/v1/locations.geojson is open data, not the map's.
 * Adds to window.wegwijzerKaartDelen:
 *   leaflet(root)   Promise of Leaflet's L, with markerClusterGroup
 *   gegevens(root, inline)  Promise of {features (only those with coordinates), roosters,
 *                   tegels}; from the inline <script> of a small map when given
 *   samenvatting(root)  Promise of the overview's summary, with its tegels
 *   provincie(root, p)  Promise of {features, roosters} of province p of the summary
 * A failed load is forgotten, so the next page change tries again.
 */
(function (global) {
  "use strict";

  var k = global.wegwijzerKaartDelen;
  var doc = k.doc;

  var SAMENVATTING = "assets/kaart/provincies.json";
  var INSTELLINGEN = "assets/kaart/instellingen.json";
  var CSS = ["assets/vendor/leaflet/leaflet.css", "assets/vendor/markercluster/MarkerCluster.css"];
  var JS = ["assets/vendor/leaflet/leaflet.js", "assets/vendor/markercluster/leaflet.markercluster.js"];

  var scripts = {}; // url -> Promise
  var stijlen = {}; // url -> {link, klaar: Promise}
  var data = {}; // site root -> Promise of {features, roosters, tegels}

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

  function eigen(object, sleutel) {
    return object && typeof sleutel === "string" && Object.prototype.hasOwnProperty.call(object, sleutel)
      ? object[sleutel] : undefined;
  }

  /* A province file as the build wrote it (wegwijzer/maps/compact.py) back in the shape of
     the inline data: hours in words from `uren`, labels and municipality names from `soorten`
     and `gemeenten`, page URLs from `adressen`, services as {id, naam, url}, the id in the
     properties. Fields already there are left as they are. */
  function uitpakken(verzameling) {
    var uren = verzameling.uren || {};
    var adressen = verzameling.adressen || {};
    function adres(soort, id) {
      var sjabloon = eigen(adressen, soort);
      return typeof sjabloon === "string" && typeof id === "string" ? sjabloon.replace("{id}", id) : null;
    }
    function woorden(waarde) {
      return typeof waarde === "string" ? (eigen(uren, waarde) || []) : waarde;
    }
    (verzameling.features || []).forEach(function (f) {
      var p = f && f.properties;
      if (!p) { return; }
      if (p.id === undefined) { p.id = f.id; }
      p.openingstijden_tekst = woorden(p.openingstijden_tekst);
      if (p.soort_label === undefined) { p.soort_label = eigen(verzameling.soorten, p.soort); }
      if (p.gemeente_naam === undefined) { p.gemeente_naam = eigen(verzameling.gemeenten, p.gemeente); }
      if (p.aanbieder_url === undefined) { p.aanbieder_url = adres("aanbieder", p.aanbieder); }
      (p.telefoonlijnen || []).forEach(function (lijn) {
        if (lijn) { lijn.bereikbaar_tekst = woorden(lijn.bereikbaar_tekst); }
      });
      p.diensten = (p.diensten || []).map(function (d) {
        return Array.isArray(d) ? { id: d[0], naam: d[1], url: d.length > 2 ? d[2] : adres("dienst", d[0]) } : d;
      });
    });
    return verzameling;
  }

  function bruikbaar(verzameling, tegels) {
    var features = (verzameling.features || []).filter(function (f) {
      var c = f && f.geometry && f.geometry.coordinates;
      return f.properties && c && isFinite(c[0]) && isFinite(c[1]);
    });
    return { features: features, roosters: verzameling.roosters || {}, tegels: tegels };
  }

  function instellingen(root) {
    return json(root + INSTELLINGEN).catch(function () { return { tegels: null }; });
  }

  /* A small map carries its own few locations inline (script.wwk-gegevens): only the tile
     settings are fetched, never the country's data. A map without inline data (the build
     makes none; a hand-written page might) gets every province of the overview. */
  function gegevens(root, inline) {
    if (inline) {
      var verzameling;
      try { verzameling = JSON.parse(inline.textContent); } catch (fout) { return Promise.reject(fout); }
      return instellingen(root).then(function (i) { return bruikbaar(verzameling, i.tegels); });
    }
    if (!data[root]) {
      data[root] = samenvatting(root).then(function (s) {
        return Promise.all(s.provincies.map(function (p) { return provincie(root, p); })).then(function (delen) {
          var samen = { features: [], roosters: {} };
          delen.forEach(function (deel) {
            samen.features = samen.features.concat(deel.features);
            Object.keys(deel.roosters).forEach(function (sleutel) { samen.roosters[sleutel] = deel.roosters[sleutel]; });
          });
          return bruikbaar(samen, s.tegels);
        });
      });
      data[root].catch(function () { delete data[root]; });
    }
    return data[root];
  }

  /* The overview's summary per province (with the tile settings), once per site root. */
  function samenvatting(root) {
    var sleutel = root + SAMENVATTING;
    if (!data[sleutel]) {
      data[sleutel] = Promise.all([json(sleutel), instellingen(root)]).then(function (delen) {
        var s = delen[0];
        if (!s || !Array.isArray(s.provincies)) { throw new Error(sleutel + ": geen provincies"); }
        s.tegels = delen[1].tegels;
        return s;
      });
      data[sleutel].catch(function () { delete data[sleutel]; });
    }
    return data[sleutel];
  }

  /* One province's locations; its file name comes from the summary and must be one of ours. */
  function provincie(root, p) {
    if (typeof p.bestand !== "string" || !/^assets\/kaart\/provincie\/[a-z0-9-]+\.json$/.test(p.bestand)) {
      return Promise.reject(new Error("onbekend bestand voor " + p.id));
    }
    var sleutel = root + p.bestand;
    if (!data[sleutel]) {
      data[sleutel] = json(sleutel).then(function (v) { return bruikbaar(uitpakken(v), null); });
      data[sleutel].catch(function () { delete data[sleutel]; });
    }
    return data[sleutel];
  }

  k.samenvatting = samenvatting;
  k.provincie = provincie;
  k.leaflet = leaflet;
  k.gegevens = gegevens;
})(window);
