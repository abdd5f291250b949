// Tests for overrides/assets/javascripts/nu-open.js; run with `node --test tests/js/`.
// The schedules below are the output of wegwijzer.hours.schedule_json(..., date(2026, 1, 1), 600);
// tests/test_nu_open_js.py cross-checks freshly generated schedules against Python.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import vm from "node:vm";

const SCRIPT = fileURLToPath(
  new URL("../../overrides/assets/javascripts/nu-open.js", import.meta.url),
);
const require = createRequire(import.meta.url);
const { status } = require(SCRIPT);

// "Mo-Fr 08:30-17:00; PH off"
const KANTOOR = {
  tot: "2027-08-24",
  uitzonderingen: {
    "2026-01-01": [], "2026-04-06": [], "2026-04-27": [], "2026-05-14": [], "2026-05-25": [],
    "2026-12-25": [], "2027-01-01": [], "2027-03-29": [], "2027-04-27": [], "2027-05-06": [],
    "2027-05-17": [],
  },
  van: "2026-01-01",
  week: [
    [["08:30", "17:00"]], [["08:30", "17:00"]], [["08:30", "17:00"]], [["08:30", "17:00"]],
    [["08:30", "17:00"]], [], [],
  ],
};

// "Fr 22:00-02:00"
const NACHT = {
  tot: "2027-08-24",
  uitzonderingen: {},
  van: "2026-01-01",
  week: [[], [], [], [], [["22:00", "24:00"]], [["00:00", "02:00"]], []],
};

const at = (iso) => Date.parse(iso); // always with an explicit UTC offset

test("weekday, winter time (CET, UTC+1)", () => {
  // Monday 12 January 2026, 10:00 in Amsterdam
  assert.deepEqual(status(KANTOOR, at("2026-01-12T09:00:00Z")), {
    open: true, tekst: "Nu open · tot 17:00",
  });
  // 16:30 UTC is 17:30 in Amsterdam: closed (a UTC clock would say open)
  assert.deepEqual(status(KANTOOR, at("2026-01-12T16:30:00Z")), {
    open: false, tekst: "Gesloten · opent morgen om 08:30",
  });
  // 07:45 UTC is 08:45 in Amsterdam: open (a UTC clock would say closed)
  assert.equal(status(KANTOOR, at("2026-01-12T07:45:00Z")).open, true);
});

test("weekday, summer time (CEST, UTC+2)", () => {
  // Monday 13 July 2026: 06:45 UTC is 08:45 in Amsterdam
  assert.deepEqual(status(KANTOOR, at("2026-07-13T06:45:00Z")), {
    open: true, tekst: "Nu open · tot 17:00",
  });
  // 06:15 UTC is 08:15 CEST: closed, opens today; 06:30 UTC is exactly 08:30 CEST: open
  assert.deepEqual(status(KANTOOR, at("2026-07-13T06:15:00Z")), {
    open: false, tekst: "Gesloten · opent vandaag om 08:30",
  });
  assert.equal(status(KANTOOR, at("2026-07-13T06:30:00Z")).open, true);
  // 15:00 UTC is 17:00 CEST: closing time itself is closed
  assert.equal(status(KANTOOR, at("2026-07-13T15:00:00Z")).open, false);
  assert.equal(status(KANTOOR, at("2026-07-13T14:59:00Z")).open, true);
});

test("after closing on Friday: opens on Monday", () => {
  assert.deepEqual(status(KANTOOR, at("2026-07-17T18:00:00+02:00")), {
    open: false, tekst: "Gesloten · opent maandag om 08:30",
  });
  assert.deepEqual(status(KANTOOR, at("2026-07-18T12:00:00+02:00")), {
    open: false, tekst: "Gesloten · opent maandag om 08:30",
  });
});

test("Dutch public holidays with PH off are closed", () => {
  // Koningsdag, Tuesday 27 April 2027, 10:00 CEST
  assert.deepEqual(status(KANTOOR, at("2027-04-27T10:00:00+02:00")), {
    open: false, tekst: "Gesloten · opent morgen om 08:30",
  });
  // Eerste Kerstdag, Friday 25 December 2026, 10:00 CET
  assert.deepEqual(status(KANTOOR, at("2026-12-25T10:00:00+01:00")), {
    open: false, tekst: "Gesloten · opent maandag om 08:30",
  });
  // Thursday 24 December: open, and closed from 17:00 until Monday
  assert.equal(status(KANTOOR, at("2026-12-24T10:00:00+01:00")).open, true);
  assert.deepEqual(status(KANTOOR, at("2026-12-24T17:30:00+01:00")), {
    open: false, tekst: "Gesloten · opent maandag om 08:30",
  });
  // Tweede Paasdag 2026 (Monday 6 April): closed, opens Tuesday
  assert.deepEqual(status(KANTOOR, at("2026-04-06T09:00:00+02:00")), {
    open: false, tekst: "Gesloten · opent morgen om 08:30",
  });
});

test("overnight range Friday 22:00-02:00", () => {
  // Friday 9 January 2026, 23:00 CET
  assert.deepEqual(status(NACHT, at("2026-01-09T23:00:00+01:00")), {
    open: true, tekst: "Nu open · tot 02:00",
  });
  // Saturday 01:00: still open (the Friday night)
  assert.deepEqual(status(NACHT, at("2026-01-10T01:00:00+01:00")), {
    open: true, tekst: "Nu open · tot 02:00",
  });
  // Saturday 02:00: closed until next Friday
  assert.deepEqual(status(NACHT, at("2026-01-10T02:00:00+01:00")), {
    open: false, tekst: "Gesloten · opent vrijdag om 22:00",
  });
  // Friday 20:00 in summer
  assert.deepEqual(status(NACHT, at("2026-07-17T20:00:00+02:00")), {
    open: false, tekst: "Gesloten · opent vandaag om 22:00",
  });
  // Thursday: opens tomorrow
  assert.deepEqual(status(NACHT, at("2026-07-16T20:00:00+02:00")), {
    open: false, tekst: "Gesloten · opent morgen om 22:00",
  });
});

test("beyond the horizon the weekly pattern applies", () => {
  // Monday 25 December 2028 is past "tot": weekly pattern, so open
  assert.equal(status(KANTOOR, at("2028-12-25T10:00:00+01:00")).open, true);
  // an exception listed outside [van, tot) is ignored as well
  const oud = { ...KANTOOR, uitzonderingen: { "2028-12-25": [] } };
  assert.equal(status(oud, at("2028-12-25T10:00:00+01:00")).open, true);
});

test("long closures, 24/7 and never open", () => {
  const vakantie = { ...KANTOOR, uitzonderingen: {} };
  for (let d = 21; d <= 31; d++) vakantie.uitzonderingen[`2026-12-${d}`] = [];
  vakantie.uitzonderingen["2027-01-01"] = [];
  assert.deepEqual(status(vakantie, at("2026-12-21T10:00:00+01:00")), {
    open: false, tekst: "Gesloten · opent maandag 4 januari om 08:30",
  });
  const altijd = { week: Array.from({ length: 7 }, () => [["00:00", "24:00"]]) };
  assert.deepEqual(status(altijd, at("2026-07-13T12:00:00Z")), {
    open: true, tekst: "Nu open · dag en nacht",
  });
  const nooit = { week: [[], [], [], [], [], [], []], uitzonderingen: {} };
  assert.deepEqual(status(nooit, at("2026-07-13T12:00:00Z")), {
    open: false, tekst: "Gesloten",
  });
  // open until midnight only
  const avond = { week: Array.from({ length: 7 }, () => [["18:00", "24:00"]]) };
  assert.deepEqual(status(avond, at("2026-07-13T20:00:00Z")), {
    open: true, tekst: "Nu open · tot 24:00",
  });
});

// ---------------------------------------------------------------- the script in a "browser"

function fakeElement(attributes) {
  const attrs = { ...attributes };
  return {
    textContent: "",
    attrs,
    getAttribute: (name) => (name in attrs ? attrs[name] : null),
    setAttribute: (name, value) => { attrs[name] = String(value); },
    hasAttribute: (name) => name in attrs,
    removeAttribute: (name) => { delete attrs[name]; },
    querySelectorAll: () => [],
  };
}

function browser(nowIso, elements) {
  const listeners = {};
  const document = {
    readyState: "loading",
    visibilityState: "visible",
    addEventListener: (type, fn) => { (listeners[type] ||= []).push(fn); },
    getElementById: (id) => elements.find((el) => el.attrs.id === id) || null,
    querySelectorAll: (selector) => {
      assert.equal(selector, "[data-rooster]");
      return elements.filter((el) => el.getAttribute("data-rooster") !== null);
    },
  };
  const context = vm.createContext({ document });
  context.window = context; // as in a browser, window is the global object
  vm.runInContext(`Date.now = function () { return ${at(nowIso)}; };`, context);
  vm.runInContext(readFileSync(SCRIPT, "utf8"), context, { filename: "nu-open.js" });
  return { context, fire: (type) => (listeners[type] || []).forEach((fn) => fn()) };
}

test("fills data-rooster elements on DOMContentLoaded, with textContent only", () => {
  const open = fakeElement({ "data-rooster": JSON.stringify(KANTOOR), hidden: "" });
  const nacht = fakeElement({ "data-rooster": JSON.stringify(NACHT) });
  const kapot = fakeElement({ "data-rooster": "{niet json" });
  kapot.textContent = "origineel";
  // Monday 12 January 2026, 10:00 in Amsterdam
  const { context, fire } = browser("2026-01-12T09:00:00Z", [open, nacht, kapot]);
  assert.equal(open.textContent, "", "nothing happens before DOMContentLoaded");
  fire("DOMContentLoaded");
  assert.equal(open.textContent, "Nu open · tot 17:00");
  assert.equal(open.attrs["data-status"], "open");
  assert.equal("hidden" in open.attrs, false, "the hidden attribute is removed");
  assert.equal(nacht.textContent, "Gesloten · opent vrijdag om 22:00");
  assert.equal(nacht.attrs["data-status"], "gesloten");
  assert.equal(kapot.textContent, "origineel", "a broken schedule is left alone");
  assert.equal("data-status" in kapot.attrs, false);

  // other scripts call window.wegwijzerNuOpen(root) on DOM they add
  assert.equal(typeof context.wegwijzerNuOpen, "function");
  const popup = fakeElement({ "data-rooster": JSON.stringify(KANTOOR) });
  context.wegwijzerNuOpen(popup);
  assert.equal(popup.textContent, "Nu open · tot 17:00");
});

test("uses Date.now() and Europe/Amsterdam in the page too (Koningsdag, summer time)", () => {
  const el = fakeElement({ "data-rooster": JSON.stringify(KANTOOR) });
  const { fire } = browser("2027-04-27T08:00:00Z", [el]); // 10:00 CEST
  fire("DOMContentLoaded");
  assert.equal(el.textContent, "Gesloten · opent morgen om 08:30");
  assert.equal(el.attrs["data-status"], "gesloten");
});

test("data-rooster=\"#id\" uses the schedule of the element with that id", () => {
  const eerste = fakeElement({ id: "ww-rooster-1", "data-rooster": JSON.stringify(KANTOOR) });
  const zelfde = fakeElement({ "data-rooster": "#ww-rooster-1", hidden: "" });
  const weg = fakeElement({ "data-rooster": "#bestaat-niet" });
  weg.textContent = "origineel";
  const { fire } = browser("2026-01-12T09:00:00Z", [eerste, zelfde, weg]);
  fire("DOMContentLoaded");
  assert.equal(zelfde.textContent, "Nu open · tot 17:00");
  assert.equal(zelfde.attrs["data-status"], "open");
  assert.equal("hidden" in zelfde.attrs, false);
  assert.equal(weg.textContent, "origineel", "an unknown id is left alone");
});

// "24/7": every day 00:00-24:00
const ALTIJD = {
  tot: "2027-08-24",
  uitzonderingen: {},
  van: "2026-01-01",
  week: [0, 1, 2, 3, 4, 5, 6].map(() => [["00:00", "24:00"]]),
};

test("a phone line says 'bereikbaar', never 'open': 24/7 line and office line at night", () => {
  const crisis = fakeElement({ "data-rooster": JSON.stringify(ALTIJD), "data-soort": "lijn" });
  const kantoor = fakeElement({ "data-rooster": JSON.stringify(KANTOOR), "data-soort": "lijn" });
  const deur = fakeElement({ "data-rooster": JSON.stringify(KANTOOR) });
  const { fire } = browser("2026-01-14T02:30:00Z", [crisis, kantoor, deur]); // Wed 03:30 CET
  fire("DOMContentLoaded");
  assert.equal(crisis.textContent, "Nu bereikbaar · dag en nacht");
  assert.equal(crisis.attrs["data-status"], "open");
  assert.equal(kantoor.textContent, "Nu niet bereikbaar · weer bereikbaar vandaag om 08:30");
  assert.equal(kantoor.attrs["data-status"], "gesloten");
  assert.equal(deur.textContent, "Gesloten · opent vandaag om 08:30");
});
