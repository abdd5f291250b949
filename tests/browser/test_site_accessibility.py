"""axe-core finds no WCAG 2.1 A/AA violations on one page of every kind."""

from __future__ import annotations

import pytest
from conftest import axe_violations

PAGES = [
    "",  # home
    "aanbieders/cjg-westelijke-mijnstreek/",  # provider
    "diensten/cjg-lelystad/zwangerschap/",  # service
    "gemeenten/zoetermeer/",  # route
    "gemeenten/",  # municipality index
    "cjg-locaties/",  # CJG locations
    "handboek/veiligheid-en-meldcode/",  # handbook with cards
    "sociale-kaart/",  # overview
    "sociale-kaart/leeftijd/",
    "sociale-kaart/thema/opvoeden/",
    "aanbieders/",
]


@pytest.mark.parametrize("path", PAGES)
def test_no_axe_violations(page, server_url, path):
    page.clock.set_fixed_time("2026-11-23T10:00:00+01:00")
    page.goto(server_url + path)
    page.wait_for_load_state("load")
    for details in page.locator("details").all():  # check the folded history too
        details.evaluate("d => d.open = true")
    assert axe_violations(page) == []
