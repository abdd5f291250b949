"""Phone lines at a frozen clock (Europe/Amsterdam): Veilig Thuis (24/7, crisis line) is
"Nu bereikbaar · dag en nacht" in the middle of the night, an office line is "Nu niet
bereikbaar" then; a location on appointment shows "Op afspraak" and never "nu open". Every
page checked also passes axe at 320 px."""

from __future__ import annotations

import pytest
from conftest import axe_violations
from playwright.sync_api import expect

VEILIG_THUIS = "diensten/veilig-thuis/advies-en-melding/"
HEEMSTEDE = "aanbieders/cjg-heemstede/"  # "Mo-Th 09:00-17:00; Fr 09:00-12:00; PH off"
NIGHT = "2026-11-25T03:30:00+01:00"  # Wednesday, half past three in the night
MORNING = "2026-11-25T10:00:00+01:00"


def line_status(page, url: str, moment: str, number: str):
    page.clock.set_fixed_time(moment)
    page.goto(url)
    line = page.locator("li.ww-lijn", has=page.locator(f'a.ww-tel:text-is("{number}")')).first
    status = line.locator('.nu-open[data-soort="lijn"]')
    expect(status).to_be_visible()
    return line, status


def test_crisis_line_day_and_night_is_reachable_at_night(page, server_url):
    line, status = line_status(page, server_url + VEILIG_THUIS, NIGHT, "0800-2000")
    expect(status).to_have_text("Nu bereikbaar · dag en nacht")
    expect(status).to_have_attribute("data-status", "open")
    expect(line.locator(".ww-crisis")).to_have_text("crisislijn")
    expect(line.locator("a.ww-tel")).to_have_attribute("href", "tel:+318002000")
    expect(page.locator("body")).not_to_contain_text("Nu open")


@pytest.mark.parametrize(
    ("moment", "expected", "state"),
    [
        (NIGHT, "Nu niet bereikbaar · weer bereikbaar vandaag om 09:00", "gesloten"),
        (MORNING, "Nu bereikbaar · tot 17:00", "open"),
        (
            "2026-11-27T13:00:00+01:00",
            "Nu niet bereikbaar · weer bereikbaar maandag om 09:00",
            "gesloten",
        ),  # Friday afternoon
    ],
)
def test_office_line_is_closed_at_night(page, server_url, moment, expected, state):
    _line, status = line_status(page, server_url + HEEMSTEDE, moment, "023-5485600")
    expect(status).to_have_text(expected)
    expect(status).to_have_attribute("data-status", state)


def test_location_on_appointment_never_says_nu_open(page, server_url):
    page.clock.set_fixed_time(MORNING)  # within the hours in which appointments can be made
    page.goto(server_url + "aanbieders/jeugdbescherming-kennemerland/")
    office = page.locator("#locatie-kantoor-haarlem")
    expect(office.locator(".ww-afspraak")).to_have_text("Op afspraak")
    expect(office).not_to_contain_text("Nu open")
    expect(office.locator(".nu-open:not([data-soort])")).to_have_count(0)


@pytest.mark.parametrize(
    "path",
    [VEILIG_THUIS, HEEMSTEDE, "aanbieders/meerpunt-zoetermeer/", "gemeenten/zoetermeer/"],
)
def test_new_facts_pass_axe_on_a_small_phone(page, server_url, path):
    page.set_viewport_size({"width": 320, "height": 640})
    page.clock.set_fixed_time(NIGHT)
    page.goto(server_url + path)
    page.wait_for_load_state("load")
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    assert axe_violations(page) == []
