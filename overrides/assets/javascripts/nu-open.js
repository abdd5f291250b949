/*
 * Wegwijzer "nu open": decides in the browser whether a location is open now.
 *
 * A static page is read days after the build, so the build only prepares a schedule
 * (wegwijzer.records.hours.schedule(), put on an element as data-rooster='{"week": ...}') and this
 * script decides, in Europe/Amsterdam time whatever the visitor's own clock zone:
 *
 *   <span class="nu-open" data-rooster="{&quot;week&quot;:...}" hidden></span>
 *     -> "Nu open · tot 17:00"                  data-status="open"
 *     -> "Gesloten · opent maandag om 08:30"     data-status="gesloten"
 *
 * Runs on DOMContentLoaded, on every page change of Material's instant navigation, when the
 * tab becomes visible again and once a minute. Other scripts (map popups, search results)
 * call window.wegwijzerNuOpen(element) on DOM they add. Text is written with textContent
 * only. No dependencies; ES5, so it also runs on old phones.
 *
 * Schedule shape (only "week" is always there):
 *   {"week": [7 lists, maandag..zondag, of ["HH:MM", "HH:MM"] pairs; close may be "24:00"],
 *    "feestdagen": [pairs on every Dutch public holiday],
 *    "van": "YYYY-MM-DD", "tot": "YYYY-MM-DD" (exclusive),
 *    "uitzonderingen": {"YYYY-MM-DD": [pairs], "YYYY-MM-DD/YYYY-MM-DD": [pairs], ...}}
 * ([] = closed all day; a "first/last" key covers both days and every day between).
 * An overnight range is split at midnight; this script joins the parts again. The public
 * holidays are the ones of opening-hours-py for the Netherlands (feestdag() below), so a page
 * need not list them; other exceptions only count inside [van, tot).
 *
 * A phone line (data-soort="lijn") is not a door: it says "Nu bereikbaar · dag en nacht" or
 * "Nu niet bereikbaar · weer bereikbaar maandag om 08:30", never "Nu open". A location that
 * is only open on appointment gets no [data-rooster] element at all (the build decides).
 *
 * data-rooster="#some-id" means "the schedule of the element with that id": a page with many
 * locations writes each distinct schedule once (wegwijzer.pages.components.share_schedules).
 */
(function (global) {
  "use strict";

  var TIJDZONE = "Europe/Amsterdam";
  var DAGEN = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"];
  var MAANDEN = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
    "september", "oktober", "november", "december"];
  var DAG_MS = 86400000;
  var PUNT = " \u00b7 "; // " · "
  var VOORUIT = 370; // days searched for the next opening

  var klok = null;

  /* Wall-clock time in Amsterdam at instant ms: {dag: day number (UTC-based), minuut}. */
  function amsterdam(ms) {
    if (!klok) {
      klok = new Intl.DateTimeFormat("en-GB", {
        timeZone: TIJDZONE, hourCycle: "h23",
        year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit"
      });
    }
    var delen = {};
    klok.formatToParts(new Date(ms)).forEach(function (deel) {
      delen[deel.type] = parseInt(deel.value, 10);
    });
    var uur = delen.hour === 24 ? 0 : delen.hour; // some engines write midnight as 24:00
    return {
      dag: Math.round(Date.UTC(delen.year, delen.month - 1, delen.day) / DAG_MS),
      minuut: uur * 60 + delen.minute
    };
  }

  function twee(n) { return (n < 10 ? "0" : "") + n; }

  function isoDatum(dag) {
    var d = new Date(dag * DAG_MS);
    return d.getUTCFullYear() + "-" + twee(d.getUTCMonth() + 1) + "-" + twee(d.getUTCDate());
  }

  function weekdag(dag) { return (new Date(dag * DAG_MS).getUTCDay() + 6) % 7; } // 0 = maandag

  function minuten(tekst) {
    var delen = String(tekst).split(":");
    return parseInt(delen[0], 10) * 60 + parseInt(delen[1], 10);
  }

  function tijd(minuut) { return twee(Math.floor(minuut / 60)) + ":" + twee(minuut % 60); }

  var feestdagen = {}; // year -> {day number: true}

  /* Easter Sunday of `jaar` as a day number (anonymous Gregorian algorithm). */
  function pasen(jaar) {
    var a = jaar % 19, b = Math.floor(jaar / 100), c = jaar % 100;
    var d = Math.floor(b / 4), e = b % 4, f = Math.floor((b + 8) / 25);
    var g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
    var i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
    var m = Math.floor((a + 11 * h + 22 * l) / 451);
    var maand = Math.floor((h + l - 7 * m + 114) / 31);
    var dag = ((h + l - 7 * m + 114) % 31) + 1;
    return Date.UTC(jaar, maand - 1, dag) / DAG_MS;
  }

  /* Dutch public holidays (PH): nieuwjaarsdag, Pasen, Koningsdag, Hemelvaart, Pinksteren,
     Kerstmis; the same days as opening-hours-py (no Goede Vrijdag, no 5 mei). */
  function feestdag(dag) {
    var jaar = new Date(dag * DAG_MS).getUTCFullYear();
    var lijst = feestdagen[jaar];
    if (!lijst) {
      var p = pasen(jaar);
      var koning = Date.UTC(jaar, 3, 27) / DAG_MS;
      if (weekdag(koning) === 6) { koning -= 1; } // on a Sunday: the Saturday before
      lijst = {};
      [Date.UTC(jaar, 0, 1) / DAG_MS, p, p + 1, koning, p + 39, p + 49, p + 50,
        Date.UTC(jaar, 11, 25) / DAG_MS, Date.UTC(jaar, 11, 26) / DAG_MS].forEach(function (d) {
        lijst[d] = true;
      });
      feestdagen[jaar] = lijst;
    }
    return lijst[dag] === true;
  }

  /* The hours of an exception for date `sleutel` (YYYY-MM-DD), or null. */
  function uitzondering(uitzonderingen, sleutel) {
    if (Object.prototype.hasOwnProperty.call(uitzonderingen, sleutel)) {
      return uitzonderingen[sleutel];
    }
    for (var naam in uitzonderingen) {
      var streep = naam.indexOf("/");
      if (streep > 0 && Object.prototype.hasOwnProperty.call(uitzonderingen, naam) &&
          naam.slice(0, streep) <= sleutel && sleutel <= naam.slice(streep + 1)) {
        return uitzonderingen[naam];
      }
    }
    return null;
  }

  /* Open intervals [[from, to], ...] in minutes of calendar day `dag`, sorted. */
  function vakken(rooster, dag) {
    var sleutel = isoDatum(dag);
    var lijst = null;
    var binnen = (!rooster.van || sleutel >= rooster.van) && (!rooster.tot || sleutel < rooster.tot);
    if (binnen && rooster.uitzonderingen) {
      lijst = uitzondering(rooster.uitzonderingen, sleutel);
    }
    if (lijst === null && rooster.feestdagen && feestdag(dag)) {
      lijst = rooster.feestdagen;
    }
    if (lijst === null) {
      lijst = (rooster.week || [])[weekdag(dag)];
    }
    return (lijst || []).map(function (paar) {
      return [minuten(paar[0]), minuten(paar[1])];
    }).sort(function (a, b) { return a[0] - b[0]; });
  }

  function dagNaam(dag, vandaag) {
    var verschil = dag - vandaag;
    if (verschil === 0) { return "vandaag"; }
    if (verschil === 1) { return "morgen"; }
    if (verschil < 7) { return DAGEN[weekdag(dag)]; }
    var d = new Date(dag * DAG_MS);
    return DAGEN[weekdag(dag)] + " " + d.getUTCDate() + " " + MAANDEN[d.getUTCMonth()];
  }

  /* {open: bool, tekst: "..."} for a schedule at instant ms (milliseconds since 1970). */
  function status(rooster, ms) {
    var nu = amsterdam(ms);
    var i, j, vak, lijst;
    var huidig = vakken(rooster, nu.dag);
    for (i = 0; i < huidig.length; i++) {
      if (huidig[i][0] <= nu.minuut && nu.minuut < huidig[i][1]) {
        // open: follow the interval over midnight(s) to find the closing time
        var dag = nu.dag;
        var einde = huidig[i][1];
        var verder = true;
        while (einde >= 1440 && verder) {
          if (dag - nu.dag >= 7) {
            return { open: true, tekst: "Nu open" + PUNT + "dag en nacht" };
          }
          verder = false;
          lijst = vakken(rooster, dag + 1);
          for (j = 0; j < lijst.length; j++) {
            if (lijst[j][0] === 0 && lijst[j][1] > 0) {
              dag += 1;
              einde = lijst[j][1];
              verder = true;
              break;
            }
          }
        }
        var tekst;
        if (dag === nu.dag) {
          tekst = "tot " + tijd(einde); // may be "tot 24:00"
        } else if (dag === nu.dag + 1 && einde <= 360) {
          tekst = "tot " + tijd(einde); // a night opening: "tot 02:00"
        } else {
          tekst = "tot " + dagNaam(dag, nu.dag) + " " + tijd(einde);
        }
        return { open: true, tekst: "Nu open" + PUNT + tekst };
      }
    }
    for (i = 0; i <= VOORUIT; i++) {
      lijst = i === 0 ? huidig : vakken(rooster, nu.dag + i);
      for (j = 0; j < lijst.length; j++) {
        vak = lijst[j];
        if (vak[1] > vak[0] && (i > 0 || vak[0] > nu.minuut)) {
          return {
            open: false,
            tekst: "Gesloten" + PUNT + "opent " + dagNaam(nu.dag + i, nu.dag) + " om " + tijd(vak[0])
          };
        }
      }
    }
    return { open: false, tekst: "Gesloten" };
  }

  /* The same status in the words of a phone line. */
  function alsLijn(tekst) {
    if (tekst.indexOf("Nu open") === 0) {
      return "Nu bereikbaar" + tekst.slice("Nu open".length);
    }
    return "Nu niet bereikbaar" + tekst.slice("Gesloten".length).replace(PUNT + "opent ", PUNT + "weer bereikbaar ");
  }

  function roosterTekst(element) {
    var waarde = element.getAttribute("data-rooster");
    if (waarde && waarde.charAt(0) === "#") {
      var doc = element.ownerDocument || global.document;
      var bron = doc && doc.getElementById ? doc.getElementById(waarde.slice(1)) : null;
      waarde = bron ? bron.getAttribute("data-rooster") : null;
    }
    return waarde;
  }

  function toon(element, ms) {
    var rooster;
    try {
      rooster = JSON.parse(roosterTekst(element));
    } catch (fout) {
      return; // leave a broken schedule alone rather than guess
    }
    if (!rooster || typeof rooster !== "object") { return; }
    var uitkomst = status(rooster, ms);
    var lijn = element.getAttribute("data-soort") === "lijn";
    element.textContent = lijn ? alsLijn(uitkomst.tekst) : uitkomst.tekst;
    element.setAttribute("data-status", uitkomst.open ? "open" : "gesloten");
    if (element.hasAttribute && element.hasAttribute("hidden")) {
      element.removeAttribute("hidden");
    }
  }

  /* Fill every [data-rooster] element in root (an element or a document; default document). */
  function nuOpen(root) {
    var ms = Date.now();
    root = root || global.document;
    if (!root) { return; }
    if (root.getAttribute && root.getAttribute("data-rooster") !== null) {
      toon(root, ms);
    }
    if (root.querySelectorAll) {
      var elementen = root.querySelectorAll("[data-rooster]");
      for (var i = 0; i < elementen.length; i++) { toon(elementen[i], ms); }
    }
  }

  var api = { status: status, amsterdam: amsterdam, nuOpen: nuOpen, alsLijn: alsLijn, feestdag: feestdag };

  if (typeof module === "object" && module && module.exports) {
    module.exports = api; // for node --test; the browser has no `module`
  }
  global.wegwijzerNuOpen = nuOpen;

  var doc = global.document;
  if (doc && doc.addEventListener) {
    var start = function () { nuOpen(doc); };
    if (doc.readyState === "loading") {
      doc.addEventListener("DOMContentLoaded", start);
    } else {
      start();
    }
    doc.addEventListener("visibilitychange", function () {
      if (doc.visibilityState === "visible") { start(); }
    });
    // Material for MkDocs with navigation.instant swaps pages without DOMContentLoaded
    if (global.document$ && typeof global.document$.subscribe === "function") {
      global.document$.subscribe(start);
    }
    if (typeof global.setInterval === "function") {
      global.setInterval(start, 60000);
    }
  }
})(typeof window !== "undefined" ? window : this);
