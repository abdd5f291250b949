"""Issue 11 carried through: the pages, JSON-LD, GeoJSON and HSDS export of the sample data
show phone lines with their hours, crisis lines, "op afspraak", where help happens, regions
and the access to specialised care as a list; the data documentation explains them."""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from pathlib import Path

import pytest

from wegwijzer.generate import generate
from wegwijzer.maps.geojson import locations_geojson
from wegwijzer.opendata import hsds
from wegwijzer.records.catalog import load_catalog
from wegwijzer.records.published import select
from wegwijzer.settings import read_settings

ROOT = Path(__file__).resolve().parent.parent
TODAY = dt.date(2026, 11, 22)


@pytest.fixture(scope="module")
def catalog():
    catalog, problems = load_catalog(ROOT, today=TODAY)
    assert not [p for p in problems if p.is_error]
    return catalog


@pytest.fixture(scope="module")
def files(catalog):
    return generate(catalog, read_settings(ROOT), ROOT)


def _jsonld(page: str) -> dict:
    found = re.search(r'<script type="application/ld\+json">(.*?)</script>', page)
    return json.loads(found.group(1))


def test_service_page_lists_the_crisis_line_with_hours(files):
    page = files["diensten/veilig-thuis/advies-en-melding/index.md"]
    contact = page.split('id="contact"', 1)[1]
    assert '<strong class="ww-crisis">crisislijn</strong>' in contact
    assert '<span class="ww-bereikbaar">Bereikbaar: dag en nacht</span>' in contact
    live = re.search(r'<span class="nu-open" data-soort="lijn" data-rooster=\'([^\']+)\'', contact)
    assert json.loads(html.unescape(live.group(1)))["week"] == [[["00:00", "24:00"]]] * 7


def test_office_line_shows_its_hours_in_plain_dutch(files):
    page = files["aanbieders/cjg-heemstede/index.md"]
    assert (
        "Bereikbaar: maandag t/m donderdag: 09:00–17:00; vrijdag: 09:00–12:00; "
        "zaterdag, zondag en feestdagen: gesloten"
    ) in page


def test_location_on_appointment_never_gets_nu_open(files):
    page = files["aanbieders/jeugdbescherming-kennemerland/index.md"]
    section = page.split('id="locatie-kantoor-haarlem"', 1)[1].split("</section>", 1)[0]
    assert '<span class="ww-afspraak">Op afspraak</span>' in section
    assert "Afspraken mogelijk: maandag t/m vrijdag: 08:30–17:00" in section
    assert 'class="nu-open"' not in section.split("<dt>Telefoon</dt>")[0]


def test_route_page_lists_every_part_of_the_access(files):
    page = files["gemeenten/zoetermeer/index.md"]
    now = page.split("Wie verwijst naar gespecialiseerde jeugdhulp?", 1)[1]
    parts = re.findall(r"<li><strong>([^<]+)</strong>: <a", now.split("</ul>", 1)[0])
    assert parts == [
        "Gespecialiseerde jeugdhulp",
        "PGB-aanvragen",
        "Kinderopvang op sociaal-medische indicatie",
        "Jeugdhulp voor het voortgezet onderwijs",
        "(Semi)residentiële jeugdhulp",
    ]


def test_old_route_links_to_the_meerpunt_before_the_forum(files):
    provider = files["aanbieders/meerpunt-zoetermeer/index.md"]
    assert '<h2 id="eerdere-locaties">Eerdere locaties</h2>' in provider
    assert "tot en met 31 december 2017, Dorpsstraat 7, Zoetermeer" in provider
    route = files["gemeenten/zoetermeer/index.md"]
    assert "aanbieders/meerpunt-zoetermeer/#locatie-meerpunt-oud" in route
    # The old place is history: not among the locations with a map, hours and "nu open".
    assert 'id="locatie-meerpunt-oud" class' not in provider
    assert provider.count('id="locatie-meerpunt-oud"') == 1


def test_where_and_region_on_service_pages(files):
    home = files["diensten/cjg-westelijke-mijnstreek/opvoedondersteuning/index.md"]
    assert "<dt>Waar</dt><dd>Bij u thuis en op de locatie</dd>" in home
    assert "<dt>Werkgebied</dt><dd>jeugdregio Westelijke Mijnstreek: " in home
    school = files["diensten/schoolformaat/schoolmaatschappelijk-werk/index.md"]
    assert "<dt>Waar</dt><dd>Op school: alle basisscholen in het werkgebied</dd>" in school
    municipality = files["gemeenten/sittard-geleen/index.md"]
    assert "diensten/cjg-westelijke-mijnstreek/opvoedondersteuning/" in municipality


def test_jsonld_contact_points_have_hours(files):
    data = _jsonld(files["aanbieders/veilig-thuis/index.md"])
    assert data["contactPoint"] == [
        {
            "@type": "ContactPoint",
            "telephone": "+318002000",
            "contactType": "Advies of melding bij huiselijk geweld en "
            "kindermishandeling; gratis, ook anoniem",
            "hoursAvailable": [
                {
                    "@type": "OpeningHoursSpecification",
                    "dayOfWeek": [
                        "Monday",
                        "Tuesday",
                        "Wednesday",
                        "Thursday",
                        "Friday",
                        "Saturday",
                        "Sunday",
                    ],
                    "opens": "00:00",
                    "closes": "23:59",
                }
            ],
        }
    ]
    service = _jsonld(files["diensten/cjg-heemstede/informatie-en-advies/index.md"])
    phone = service["availableChannel"]["servicePhone"]
    assert phone["telephone"] == "+31235485600"
    assert [(h["dayOfWeek"], h["opens"], h["closes"]) for h in phone["hoursAvailable"]] == [
        (["Friday"], "09:00", "12:00"),
        (["Monday", "Tuesday", "Wednesday", "Thursday"], "09:00", "17:00"),
    ]


def test_jsonld_area_names_the_region(files):
    data = _jsonld(files["diensten/jeugdbescherming-kennemerland/jeugdbescherming/index.md"])
    assert data["areaServed"][0] == {
        "@type": "AdministrativeArea",
        "name": "Jeugdregio Zuid-Kennemerland en IJmond",
    }
    assert len(data["areaServed"]) == 8  # the region and its seven municipalities


def test_geojson_carries_lines_and_appointments(catalog):
    features = {f["id"]: f["properties"] for f in locations_geojson(catalog)["features"]}
    office = features["jeugdbescherming-kennemerland/kantoor-haarlem"]
    assert office["op_afspraak"] is True and office["rooster"] is None
    assert office["openingstijden_tekst"][0] == ["Op afspraak", "bel voor een afspraak"]
    assert "meerpunt-zoetermeer/meerpunt-oud" not in features
    assert "meerpunt-zoetermeer/meerpunt-forum" in features


def test_hsds_phones_and_line_schedules(catalog):
    tables = hsds.tables(select(catalog))
    phones = [p for p in tables["phones"] if p["number"] == "0800-2000" and "organization_id" in p]
    assert len(phones) == 2  # Veilig Thuis and Veilig Thuis Kennemerland
    assert {p["description"] for p in phones} == {
        "Advies of melding bij huiselijk geweld en kindermishandeling; gratis, ook anoniem "
        "Crisislijn. Dag en nacht bereikbaar."
    }
    service_id = next(
        s["id"] for s in tables["services"] if s["name"].startswith("Advies en melding bij")
    )
    hours = [s for s in tables["schedules"] if s.get("service_id") == service_id]
    assert [(s["byday"], s["opens_at"], s["closes_at"]) for s in hours] == [
        ("MO,TU,WE,TH,FR,SA,SU", "00:00:00", "23:59:59")
    ]
    assert hours[0]["description"].startswith("Telefonisch bereikbaar op 0800-2000: ")
    regions = [a for a in tables["service_areas"] if a["name"].startswith("Jeugdregio ")]
    assert {a["name"] for a in regions} == {
        "Jeugdregio Zuid-Kennemerland en IJmond",
        "Jeugdregio Westelijke Mijnstreek",
    }


def test_data_documentation_explains_referrers_and_regions(files):
    page = files["open-data/velden/index.md"]
    assert "Wijkteam of sociaal team" in page
    assert "De landelijke jeugdhulp" not in page
    assert "<code>zelf</code></td><td>Zelf aanmelden, zonder verwijzing</td>" in page
    assert "<td>Zuid-Kennemerland en IJmond</td><td>Beverwijk (GM0375)," in page
    assert "<code>telefoonlijnen[].bereikbaar</code>" in page
    assert "<code>locaties[].op_afspraak</code>" in page


def test_a_line_already_on_the_page_is_brief_at_a_location():
    """A service page shows its lines with hours under "Bellen en aanmelden"; a location
    below repeats such a line as one tap, without its hours a second time."""
    from wegwijzer.pages.contact import phone_lines_fact
    from wegwijzer.records.model import PhoneLine

    line = PhoneLine("030-1234567", "Aanmelden", "Mo-Fr 08:30-17:00; PH off")
    other = PhoneLine("030-7654321", "Crisis", "24/7", crisis=True)
    full = phone_lines_fact([line, other], TODAY)
    brief = phone_lines_fact([line, other], TODAY, frozenset([line]))
    assert full.count("ww-bereikbaar") == 2 and full.count("nu-open") == 2
    assert brief.count("ww-bereikbaar") == 1 and brief.count("nu-open") == 1
    assert 'href="tel:+31301234567">030-1234567</a>' in brief and "Aanmelden" in brief
    assert "crisislijn" in brief and "dag en nacht" in brief


def test_a_municipality_lists_its_services_under_their_access(files, catalog):
    """One heading per kind of access, in the schema's order; each line name and provider."""
    page = files["gemeenten/haarlem/index.md"]
    listed = page[page.index('id="aanbod"') :]
    listed = listed[: listed.index("</section>")]
    headings = re.findall(
        r'<h3 class="ww-toegang-kop"><span [^>]*>([^<]*)</span> \((\d+)\)', listed
    )
    labels = list(catalog.labels["dienst.toegang"].values())
    assert [label for label, _ in headings] == [x for x in labels if x in dict(headings)]
    assert len(headings) >= 2
    assert sum(int(n) for _, n in headings) == listed.count("<li>")
    assert "Vrij toegankelijk, zonder verwijzing" not in listed.split("</h3>", 1)[1].split("<h3")[0]


def test_a_service_jsonld_leaves_its_places_to_the_provider(files):
    """The places, with address and hours, are on the provider's page once; a service names
    its provider and its audience in one object."""
    service = _jsonld(files["diensten/cjg-heemstede/informatie-en-advies/index.md"])
    assert "serviceLocation" not in service["availableChannel"]
    assert set(service["provider"]) <= {"@type", "name", "url"}
    assert (
        service["audience"]["@type"] == "Audience"
        and "Ouders" in (service["audience"]["audienceType"])
    )
    provider = _jsonld(files["aanbieders/cjg-heemstede/index.md"])
    assert provider["location"][0]["address"]["addressCountry"] == "NL"
    assert provider["location"][0]["openingHoursSpecification"]
