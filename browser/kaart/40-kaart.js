/*
 * Wegwijzer maps, one Leaflet map: tiles, zoom, the clustered markers, and the popup's
 * keyboard behaviour (focus into the popup and back to its marker, Escape closes it).
 *
 * Reads the map data of 20-laden.js ({features, roosters, tegels}); tiles come from the
 * configured tile server and may fail to load: the map then gets wwk-kaart--zonder-tegels
 * and the markers stay usable.
 * Adds to window.wegwijzerKaartDelen:
 *   tekenKaart(L, element, gegeven, features, {root, wielZoom, maxZoom})
 *       draws the map in element, adds {element, map, groep, markers, getekend} to kaarten
 *       and returns it
 *   zoomOp(L, map, markers, maxZoom)  fits the map to these markers (no markers: the country)
 *   vul(kaart, markers)               shows exactly these markers; the element gets
 *       data-status="klaar", data-aantal and the performance mark "wegwijzer-kaart-getekend"
 *       once they are drawn (what the tests and the benchmark wait for)
 */
(function (global) {
  "use strict";

  var k = global.wegwijzerKaartDelen;
  var doc = k.doc;
  var el = k.el;
  var marker = k.marker;
  var clusterIcoon = k.clusterIcoon;
  var popup = k.popup;

  var NEDERLAND = [[50.75, 3.36], [53.55, 7.23]];
  var LEAFLET = '<a href="https://leafletjs.com">Leaflet</a>';
  var MIN_ZOOM = 6; // the whole country; fewer zoom levels also make clustering faster

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
    groep.bindPopup(function (laag) {
      var box = popup(laag.feature, root, gegeven.roosters);
      // "nu open" filled before Leaflet measures the popup (to pan all of it into view)
      if (global.wegwijzerNuOpen) { global.wegwijzerNuOpen(box); }
      return box;
    }, popupMaat(element));
    groep.bindTooltip(function (laag) { return el("span", null, laag.feature.properties.naam); },
      { direction: "top" });
    // Leaflet also opens the tooltip on click; with the popup open it only covers it
    groep.on("click", function () { groep.closeTooltip(); });
    var bron = null; // the marker element whose popup is open: focus returns there
    groep.on("popupopen", function (e) { // e.layer: the marker (the event bubbles up)
      inBeeld(element);
      var box = e.popup.getElement();
      var knop = box.querySelector(".leaflet-popup-close-button");
      if (knop) { knop.setAttribute("aria-label", "Sluiten"); knop.setAttribute("title", "Sluiten"); }
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
    k.kaarten.push(kaart);
    vul(kaart, markers);
    return kaart;
  }

  /* The popup fits inside the map, so inside a 320 px screen: Leaflet pans the map until
   * the popup (with the padding) is inside; a popup wider or taller than the map minus that
   * padding would be cut off by the map's edge, its close button (top right) first. So its
   * width and height follow the map's size when it opens, and its content scrolls. Popup
   * chrome: 20+24 px side margins, 13+13 px top and bottom, the 20 px tip, the anchor 14 px. */
  function popupMaat(element) {
    var links = [46, 10]; // left of the zoom buttons, so they never cover the popup's name
    var breed = Math.max(150, Math.min(320, element.clientWidth - 44 - links[0] - 20 - 6));
    return {
      maxWidth: breed,
      minWidth: Math.min(200, breed),
      maxHeight: Math.max(120, element.clientHeight - 26 - 20 - 14 - links[1] - 20 - 10),
      autoPanPaddingTopLeft: links,
      autoPanPaddingBottomRight: [20, 20]
    };
  }

  /* A popup opened on a map that is partly off screen would be cut off by the screen:
   * scroll the whole map into view (scroll-margin in kaart.css keeps it below the header). */
  function inBeeld(element) {
    var r = element.getBoundingClientRect();
    var hoogte = global.innerHeight || doc.documentElement.clientHeight;
    if (r.top < 0 || r.bottom > hoogte) {
      element.scrollIntoView({ block: r.height < hoogte ? "nearest" : "start" });
    }
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

  k.tekenKaart = tekenKaart;
  k.zoomOp = zoomOp;
  k.vul = vul;
})(window);
