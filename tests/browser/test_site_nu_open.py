"""'Nu open' on a provider page at a frozen clock (Europe/Amsterdam): a weekday during and
after opening hours, Dutch public holidays, and overnight hours (a copy of the repository
with one extra provider open 20:00-02:00)."""

from __future__ import annotations

import pytest
from conftest import served_copy
from playwright.sync_api import expect

# CJG Stein: "Mo-Th 08:30-17:00; Fr 08:30-12:30; PH off", phone 046-8506910
PROVIDER = "aanbieders/cjg-westelijke-mijnstreek/"
STEIN = "#locatie-cjg-stein"


def status_at(page, url: str, moment: str, selector: str):
    page.clock.set_fixed_time(moment)
    page.goto(url)
    status = page.locator(f"{selector} .nu-open")
    expect(status).to_be_visible()
    return status


@pytest.mark.parametrize(
    ("moment", "expected", "state"),
    [
        ("2026-11-23T10:00:00+01:00", "Nu open · tot 17:00", "open"),  # Monday morning
        ("2026-11-23T18:00:00+01:00", "Gesloten · opent morgen om 08:30", "gesloten"),
        ("2026-11-27T13:00:00+01:00", "Gesloten · opent maandag om 08:30", "gesloten"),
        ("2026-12-25T10:00:00+01:00", "Gesloten · opent maandag om 08:30", "gesloten"),  # Kerst
        ("2027-04-27T10:00:00+02:00", "Gesloten · opent morgen om 08:30", "gesloten"),  # Koningsdag
    ],
)
def test_nu_open_at_a_frozen_clock(page, server_url, moment, expected, state):
    status = status_at(page, server_url + PROVIDER, moment, STEIN)
    expect(status).to_have_text(expected)
    expect(status).to_have_attribute("data-status", state)


def test_phone_is_a_tel_link(page, server_url):
    page.goto(server_url + PROVIDER)
    contact = page.locator("dl.ww-feiten").first
    expect(contact.locator('a[href="tel:+31468506910"]')).to_have_text("046-8506910")
    expect(page.locator(f'{STEIN} a[href="tel:+31468506910"]')).to_be_visible()


NIGHT = """\
# yaml-language-server: $schema=../schemas/provider.schema.json
naam: Nachtloket Jeugd
soort: veiligheid
omschrijving: Een loket dat 's avonds en 's nachts open is (testgegevens).
telefoon: "046-4359393"
laatst_gecontroleerd: 2026-10-01
voorbeelddata: true
locaties:
  - id: nachtloket
    naam: Nachtloket Stein
    soort: inlooppunt
    adres: {straat: Kerkstraat 30, postcode: "6171 GK", plaats: Stein}
    coordinaten: {lat: 50.9705, lon: 5.7650}
    gemeente: GM0971
    openingstijden: "Mo-Fr 20:00-02:00; PH off"
"""


@pytest.fixture(scope="module")
def night_url(tmp_path_factory):
    files = {"providers/nachtloket-jeugd.yaml": NIGHT}
    with served_copy(tmp_path_factory, "nacht", files) as url:
        yield url


@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        ("2026-11-23T23:30:00+01:00", "Nu open · tot 02:00"),  # Monday night
        ("2026-11-24T01:30:00+01:00", "Nu open · tot 02:00"),  # after midnight
        ("2026-11-24T03:00:00+01:00", "Gesloten · opent vandaag om 20:00"),
        ("2026-11-28T01:00:00+01:00", "Nu open · tot 02:00"),  # Friday night into Saturday
        ("2026-11-28T21:00:00+01:00", "Gesloten · opent maandag om 20:00"),
    ],
)
def test_nu_open_overnight(page, night_url, moment, expected):
    status = status_at(
        page, night_url + "aanbieders/nachtloket-jeugd/", moment, "#locatie-nachtloket"
    )
    expect(status).to_have_text(expected)
