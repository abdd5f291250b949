/*
 * Wegwijzer maps, how to reach a location: its phone lines and whether it is open now, for
 * the popups (30-markers.js, which runs after this file) and the overview's list (50-lijst.js).
 *
 * Reads a feature's properties (telefoonlijnen, telefoon, tel, op_afspraak, rooster) and the
 * schedules (roosters). Record text is untrusted: built with createElement and textContent
 * only; a number gets an href only from telUrl (10-basis.js). "Nu bereikbaar" and "nu open"
 * are decided by nu-open.js (the evaluator the record pages and the search use).
 * Adds to window.wegwijzerKaartDelen:
 *   telefoons(parent, props, roosters, class)  the phone lines, with "nu bereikbaar"
 *   nuOpen(parent, tag, props, roosters)  the hidden "nu open" element (none on appointment)
 */
(function (global) {
  "use strict";

  var k = global.wegwijzerKaartDelen;
  var doc = k.doc;
  var voeg = k.voeg;
  var telUrl = k.telUrl;

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

  k.telefoons = telefoons;
  k.nuOpen = nuOpen;
})(window);
