"""The overview map per province, and what its popups say, in Debian's Chromium.

The sample site has 28 locations, few enough to load every province at once (as one file
would). This copy of it is built with `maps.provinces.ALL_AT_ONCE = 0` (an extra hook), so
it behaves as the national site does: the first view loads only the summary per province,
and a province's file comes when the reader clicks it, zooms in on it, or chooses one of its
municipalities. It also has a provider with a 24/7 crisis line and a location on appointment,
for the popups at a frozen clock (Europe/Amsterdam).
"""

from __future__ import annotations

import json
import re

import pytest
from conftest import axe_violations, served_copy
from playwright.sync_api import expect

MAP_PAGE = "sociale-kaart/kaart/"
SUMMARY = "assets/kaart/provincies.json"
NIGHT = "2026-11-25T03:30:00+01:00"  # Wednesday, half past three in the night
MORNING = "2026-11-25T10:00:00+01:00"

PER_PROVINCE = """\
from wegwijzer.maps import provinces


def on_config(config):
    provinces.ALL_AT_ONCE = 0  # load per province, as at national scale
    return config
"""

NIGHT_SERVICE = """\
naam: Jeugdhulp Nachtdienst
soort: jeugdhulpaanbieder
omschrijving: Begeleiding van gezinnen, en een crisisdienst die dag en nacht opneemt.
telefoonlijnen:
  - nummer: "046-4359393"
    doel: Aanmelden en vragen
    bereikbaar: "Mo-Fr 08:30-17:00; PH off"
  - nummer: "0800-2000"
    doel: Crisisdienst, als het thuis niet veilig is
    bereikbaar: "24/7"
    crisis: true
laatst_gecontroleerd: 2026-10-01
locaties:
  - id: crisisdienst
    naam: Crisisdienst Stein
    soort: kantoor
    adres: {straat: Kerkstraat 10, postcode: "6171 GA", plaats: Stein}
    coordinaten: {lat: 50.9702, lon: 5.7640}
    gemeente: GM0971
    openingstijden: "Mo-Fr 09:00-17:00; PH off"
  - id: spreekkamer
    naam: Spreekkamer op afspraak
    soort: kantoor
    op_afspraak: true
    openingstijden: "Mo-Fr 09:00-17:00; PH off"
    adres: {straat: Raadhuisplein 3, postcode: "6171 EA", plaats: Stein}
    coordinaten: {lat: 50.9691, lon: 5.7668}
    gemeente: GM0971
diensten:
  - id: begeleiding
    naam: Begeleiding thuis
    omschrijving: Een begeleider helpt het gezin met dagelijkse dingen.
    themas: [opvoeden]
    doelgroep: [ouders]
    toegang: vrij-toegankelijk
    verwijzers: [zelf]
    financiering: [gratis]
    locaties: [crisisdienst, spreekkamer]
    werkgebied: [GM0971]
"""


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    from conftest import ROOT

    config = (ROOT / "mkdocs.yml").read_text("utf-8")
    config = config.replace(
        "  - hooks/wegwijzer_hooks.py", "  - hooks/per_provincie.py\n  - hooks/wegwijzer_hooks.py"
    )
    files = {
        "hooks/per_provincie.py": PER_PROVINCE,
        "mkdocs.yml": config,
        "providers/jeugdhulp-nachtdienst.yaml": NIGHT_SERVICE,
    }
    with served_copy(tmp_path_factory, "per-provincie", files) as url:
        summary = json.loads(_get(url + SUMMARY))
        yield url, summary


def _get(url: str) -> str:
    from urllib.request import urlopen

    with urlopen(url) as answer:  # noqa: S310 (a local test server)
        return answer.read().decode("utf-8")


def data_requests(page) -> list[str]:
    return page.evaluate(
        "performance.getEntriesByType('resource').map((e) => e.name)"
        ".filter((u) => /\\.(geo)?json$/.test(u))"
    )


def province_files(page) -> list[str]:
    return sorted(re.sub(r".*/", "", u) for u in data_requests(page) if "/provincie/" in u)


def open_map(page, url: str, query: str = ""):
    errors: list[str] = []
    page.on("pageerror", lambda err: errors.append(str(err)))
    page.errors = errors
    page.goto(url + MAP_PAGE + query)
    page.wait_for_selector(".wwk-kaart[data-status=klaar]", timeout=15000)
    return page


def listed(page) -> list[str]:
    return sorted(
        page.eval_on_selector_all(".wwk-lijst > li[data-id]", "l => l.map(e => e.dataset.id)")
    )


def ids_in(url: str, province: dict) -> list[str]:
    return sorted(f["id"] for f in json.loads(_get(url + province["bestand"]))["features"])


def by_name(summary: dict, name: str) -> dict:
    return next(p for p in summary["provincies"] if p["naam"] == name)


# ----------------------------------------------------------------------------- per province


def test_the_first_view_loads_only_the_summary(page, site):
    url, summary = site
    assert summary["alles_laden"] is False
    total = sum(p["aantal"] for p in summary["provincies"])
    open_map(page, url)
    assert province_files(page) == []
    assert not [u for u in data_requests(page) if u.endswith(".geojson")], "not the country"
    circles = page.locator(".wwk-provincie")
    assert circles.count() == len(summary["provincies"])
    numbers = sorted(int(t) for t in circles.all_inner_texts())
    assert numbers == sorted(p["aantal"] for p in summary["provincies"])
    assert page.locator(".wwk-telling").inner_text() == f"{total} locaties"
    # the list says where its locations are, one button per province
    buttons = page.locator(".wwk-provincies button")
    assert buttons.count() == len(summary["provincies"])
    assert listed(page) == []
    assert page.errors == []


def test_clicking_a_province_loads_only_its_file(page, site):
    url, summary = site
    limburg = by_name(summary, "Limburg")
    open_map(page, url)
    page.locator(".wwk-provincie", has_text=str(limburg["aantal"])).first.click()
    page.wait_for_function(
        f"document.querySelectorAll('.wwk-lijst > li').length === {limburg['aantal']}"
    )
    page.wait_for_selector(".wwk-kaart[data-status=klaar]")
    assert province_files(page) == ["limburg.json"]
    assert listed(page) == ids_in(url, limburg)
    assert page.locator(".wwk-provincie").count() == len(summary["provincies"]) - 1
    total = sum(p["aantal"] for p in summary["provincies"])
    assert page.locator(".wwk-telling").inner_text() == f"{total} locaties"


def test_a_province_button_loads_it_and_moves_on_to_the_list(page, site):
    url, summary = site
    flevoland = by_name(summary, "Flevoland")
    open_map(page, url)
    page.locator(".wwk-provincies button", has_text="Flevoland").focus()
    page.keyboard.press("Enter")
    page.wait_for_function(
        f"document.querySelectorAll('.wwk-lijst > li').length === {flevoland['aantal']}"
    )
    assert province_files(page) == ["flevoland.json"]
    assert page.evaluate("document.activeElement.id") == "lijst"
    assert page.locator(".wwk-provincies button", has_text="Flevoland").count() == 0


def test_choosing_a_municipality_loads_only_its_province(page, site):
    url, summary = site
    code = next(c for c, p in summary["gemeenten"].items() if p == "zuid-holland")
    open_map(page, url)
    page.select_option("#wwk-filter-gemeente", code)
    page.wait_for_selector(".wwk-kaart[data-status=klaar]")
    page.wait_for_function("document.querySelectorAll('.wwk-lijst > li').length > 0")
    assert province_files(page) == ["zuid-holland.json"]
    features = json.loads(_get(url + by_name(summary, "Zuid-Holland")["bestand"]))["features"]
    expected = sorted(f["id"] for f in features if f["properties"]["gemeente"] == code)
    assert listed(page) == expected
    word = "locatie" if len(expected) == 1 else "locaties"
    assert page.locator(".wwk-telling").inner_text() == f"{len(expected)} {word}"
    assert page.locator(".wwk-provincie").count() == 0


def test_a_municipality_in_the_address_loads_its_province(page, site):
    url, summary = site
    code = next(c for c, p in summary["gemeenten"].items() if p == "flevoland")
    open_map(page, url, f"?gemeente={code}")
    page.wait_for_function("document.querySelectorAll('.wwk-lijst > li').length > 0")
    assert province_files(page) == ["flevoland.json"]


def test_zooming_in_loads_the_provinces_in_view(page, site):
    url, summary = site
    limburg = by_name(summary, "Limburg")
    open_map(page, url)
    page.evaluate(
        "([lat, lon]) => wegwijzerKaart.kaarten[0].map.setView([lat, lon], 11, {animate: false})",
        limburg["midden"],
    )
    page.wait_for_function(
        f"document.querySelectorAll('.wwk-lijst > li').length === {limburg['aantal']}"
    )
    assert province_files(page) == ["limburg.json"]


def test_a_type_filter_counts_without_loading(page, site):
    url, summary = site
    open_map(page, url)
    page.select_option("#wwk-filter-soort", "cjg")
    page.wait_for_selector(".wwk-kaart[data-status=klaar]")
    expected = sum(p["tellingen"].get("cjg|", 0) for p in summary["provincies"])
    assert expected > 0
    assert page.locator(".wwk-telling").inner_text() == f"{expected} locaties"
    assert province_files(page) == []


# ----------------------------------------------------------------------------- popups


def open_popup(page, location_id: str):
    page.evaluate(
        """(id) => new Promise((ok) => {
          const k = wegwijzerKaart.kaarten[0];
          const m = k.markers.find((m) => m.feature.properties.id === id);
          k.groep.zoomToShowLayer(m, () => setTimeout(ok, 400));
        })""",
        location_id,
    )
    page.evaluate_handle(
        "(id) => wegwijzerKaart.kaarten[0].markers.find((m) => m.feature.properties.id === id)"
        ".getElement()",
        location_id,
    ).as_element().click()
    page.wait_for_function(
        "document.querySelector('.leaflet-popup') &&"
        " getComputedStyle(document.querySelector('.leaflet-popup')).opacity === '1'"
    )
    return page.locator(".leaflet-popup .wwk-popup")


def test_popup_crisis_line_at_night(page, site):
    url, _ = site
    page.set_viewport_size({"width": 360, "height": 740})
    page.clock.set_fixed_time(NIGHT)
    open_map(page, url, "?gemeente=GM0971")
    popup = open_popup(page, "jeugdhulp-nachtdienst/crisisdienst")
    lines = popup.locator(".wwk-lijn")
    expect(lines).to_have_count(2)
    crisis = lines.nth(0)  # crisis lines first
    expect(crisis.locator("a.ww-tel")).to_have_attribute("href", "tel:+318002000")
    expect(crisis.locator(".ww-crisis")).to_have_text("crisislijn")
    expect(crisis.locator('.nu-open[data-soort="lijn"]')).to_have_text(
        "Nu bereikbaar · dag en nacht"
    )
    expect(crisis).to_contain_text("Bereikbaar: dag en nacht")
    office = lines.nth(1)
    expect(office.locator('.nu-open[data-soort="lijn"]')).to_have_text(
        "Nu niet bereikbaar · weer bereikbaar vandaag om 08:30"
    )
    # the door is closed at night, whatever the phone does
    expect(popup.locator(".wwk-popup-nu .nu-open")).to_have_attribute("data-status", "gesloten")
    box = crisis.locator("a.ww-tel").bounding_box()
    assert box["height"] >= 44 and box["width"] >= 44, box
    # the list below the map says the same
    item = page.locator('.wwk-lijst > li[data-id="jeugdhulp-nachtdienst/crisisdienst"]')
    expect(item.locator('.wwk-lijn .nu-open[data-soort="lijn"]').first).to_have_text(
        "Nu bereikbaar · dag en nacht"
    )
    assert axe_violations(page) == []


def test_on_appointment_is_never_open(page, site):
    url, _ = site
    page.clock.set_fixed_time(MORNING)  # within the hours in which appointments are made
    open_map(page, url, "?gemeente=GM0971")
    popup = open_popup(page, "jeugdhulp-nachtdienst/spreekkamer")
    expect(popup.locator(".ww-afspraak")).to_have_text("Op afspraak")
    expect(popup.locator(".wwk-popup-nu .nu-open")).to_have_count(0)
    expect(popup).not_to_contain_text("Nu open")
    item = page.locator('.wwk-lijst > li[data-id="jeugdhulp-nachtdienst/spreekkamer"]')
    expect(item.locator(".ww-afspraak")).to_have_text("Op afspraak")
    expect(item).not_to_contain_text("Nu open")
    # the other location of the same provider is open now: the clock is not the reason
    other = page.locator('.wwk-lijst > li[data-id="jeugdhulp-nachtdienst/crisisdienst"]')
    expect(other).to_contain_text("Nu open")


@pytest.mark.parametrize("size", [(320, 568), (360, 740)])
def test_the_popup_fits_a_small_phone(page, site, size):
    url, _ = site
    page.set_viewport_size({"width": size[0], "height": size[1]})
    # no frozen clock here: Leaflet pans the popup into view with an animation that follows
    # the clock (a fixed one never ends it)
    open_map(page, url, "?gemeente=GM0971")
    popup = open_popup(page, "jeugdhulp-nachtdienst/crisisdienst")
    page.wait_for_function("!wegwijzerKaart.kaarten[0].map._panAnim?._inProgress")
    box = page.locator(".leaflet-popup").bounding_box()
    assert box["x"] >= 0 and box["y"] >= 0, box
    assert box["x"] + box["width"] <= size[0] and box["y"] + box["height"] <= size[1], box
    close = page.locator(".leaflet-popup-close-button")
    c = close.bounding_box()
    hit = page.evaluate(
        "([x, y]) => document.elementFromPoint(x, y)?.closest('.leaflet-popup-close-button') !== null",
        [c["x"] + c["width"] / 2, c["y"] + c["height"] / 2],
    )
    assert hit, "something covers the close button"
    expect(popup.locator("a.ww-tel").first).to_be_visible()
    close.click()
    page.wait_for_selector(".leaflet-popup", state="detached")
