/*
 * Wegwijzer maps, where the overview's locations come from: the summary per province
 * (assets/kaart/provincies.json) and each province's file, loaded once when it is needed.
 *
 * Reads the summary of 20-laden.js: {alles_laden, provincies: [{id, naam, aantal, midden,
 * grenzen, bestand, tellingen: {"soort|thema": n}}], gemeenten: {code: province id}}.
 * A small network (alles_laden) loads every province at the start; at national scale the
 * overview shows a circle per province and loads a province when the reader zooms in on it,
 * clicks it or chooses one of its municipalities (60-filters.js decides when).
 * Adds to window.wegwijzerKaartDelen:
 *   Bron(root, samenvatting)  .features (loaded so far), .roosters (their schedules, one object
 *       that grows), .laad(ids) -> Promise, .ontbrekend() provinces not loaded,
 *       .provincieVan(gemeente), .aantal(provincie, soort, thema) from the summary's counts
 */
(function (global) {
  "use strict";

  var k = global.wegwijzerKaartDelen;

  function Bron(root, samenvatting) {
    var bron = this;
    this.root = root;
    this.alles = samenvatting.alles_laden === true;
    this.provincies = samenvatting.provincies.filter(function (p) {
      return p && typeof p.id === "string" && Array.isArray(p.midden) && Array.isArray(p.grenzen);
    });
    this.perId = {};
    this.provincies.forEach(function (p) { bron.perId[p.id] = p; });
    this.gemeenten = samenvatting.gemeenten || {};
    this.geladen = {};
    this.features = [];
    this.roosters = {};
    this.versie = 0; // grows with every province loaded (the filters sort again then)
  }

  Bron.prototype.laad = function (ids) {
    var bron = this;
    return Promise.all(ids.filter(function (id) {
      return bron.perId[id] && !bron.geladen[id];
    }).map(function (id) {
      return k.provincie(bron.root, bron.perId[id]).then(function (deel) {
        if (bron.geladen[id]) { return; } // two requests for one province: keep one copy
        bron.geladen[id] = true;
        bron.versie += 1;
        Array.prototype.push.apply(bron.features, deel.features);
        Object.keys(deel.roosters).forEach(function (s) { bron.roosters[s] = deel.roosters[s]; });
      });
    }));
  };

  Bron.prototype.ontbrekend = function () {
    var bron = this;
    return this.provincies.filter(function (p) { return !bron.geladen[p.id]; });
  };

  Bron.prototype.provincieVan = function (gemeente) {
    return Object.prototype.hasOwnProperty.call(this.gemeenten, gemeente)
      ? this.gemeenten[gemeente] : null;
  };

  Bron.prototype.aantal = function (p, soort, thema) {
    var n = (p.tellingen || {})[(soort || "") + "|" + (thema || "")];
    return typeof n === "number" ? n : 0;
  };

  k.Bron = Bron;
})(window);
