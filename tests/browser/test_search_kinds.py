"""One search for every kind of page (issue 15), as a parent on a 360x740 phone: providers,
CJG locations, the route in force of a municipality (an ended route only when the query asks
for the past), handbook pages; each card says in plain Dutch what it is, and services come
first when the query is about help. A postcode shared by two municipalities asks which one
and keeps the query (issue 11). Hostile text in a handbook title and a provider's name stays
text. The order on the page equals `wegwijzer.search.order` over lunr.py's ranking.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import quote

import pytest
from conftest import HOOKS_BEHIND_THE_CHECK, axe_violations, served_copy
from playwright.sync_api import expect

from browser.test_search import HOSTILE, INJECTED
from browser.test_search_any_hour import PHONE, ZOEK, code_of, done, manifest, names, watch_errors

ROOT = Path(__file__).resolve().parents[2]


def cards(page) -> list[tuple[str, str]]:
    """(kind, title) of every card, in order."""
    found = page.locator("#ww-resultaten .ww-resultaat").evaluate_all(
        "els => els.map(e => [e.dataset.soort, e.querySelector('h3').innerText])"
    )
    return [tuple(card) for card in found]


def search(page, server_url: str, query: str, **params) -> list[tuple[str, str]]:
    page.set_viewport_size(PHONE)
    extra = "".join(f"&{k}={quote(v)}" for k, v in params.items())
    page.goto(f"{server_url}{ZOEK}?q={quote(query)}{extra}")
    done(page)
    return cards(page)


# --- each kind is found and labelled ---------------------------------------------------------


def test_a_provider_is_found_by_its_name(page, server_url):
    found = search(page, server_url, "Stichting Georganiseerde eerstelijnszorg")
    assert found[0][0] == "aanbieder", found
    card = page.locator("#ww-resultaten .ww-resultaat").first
    expect(card.locator(".ww-resultaat-soort")).to_have_text("Organisatie")
    assert card.locator("h3 a").get_attribute("href") == "../../aanbieders/sgz-poh-jeugd/"


def test_the_route_in_force_is_found_and_not_the_old_one(page, server_url):
    errors = watch_errors(page)
    found = search(page, server_url, "aanmelden gemeente zoetermeer")
    expect(page.locator("#ww-status")).to_contain_text("U noemde de gemeente Zoetermeer")
    assert ("route", "Route naar jeugdhulp in Zoetermeer") in found[:3], found
    assert not [c for c in found if c[0] == "oud"], found
    route = page.locator('#ww-resultaten [data-soort="route"]').first
    expect(route.locator(".ww-resultaat-soort")).to_have_text("Route naar jeugdhulp")
    assert route.locator("h3 a").get_attribute("href") == "../../gemeenten/zoetermeer/"
    route.locator("h3 a").click()
    expect(page.locator("h1")).to_contain_text("Jeugdhulp in Zoetermeer")
    assert errors == []


@pytest.mark.parametrize("query", ["zoetermeer 2016", "vroeger zoetermeer"])
def test_the_old_route_only_when_the_query_asks_for_the_past(page, server_url, query):
    search(page, server_url, query)
    old = page.locator('#ww-resultaten [data-soort="oud"]')
    expect(old).to_have_count(1)
    expect(old.locator(".ww-resultaat-soort")).to_have_text("Eerdere route (geschiedenis)")
    expect(old.locator("h3")).to_contain_text("van 1 januari 2015 tot 1 januari 2018")
    assert (
        old.locator("h3 a").get_attribute("href") == "../../gemeenten/zoetermeer/#route-2015-01-01"
    )


def test_a_handbook_page_is_found_by_a_title_word(page, server_url):
    found = search(page, server_url, "meldcode")
    assert ("handboek", "Veiligheid en de meldcode") in found[:3], found
    card = page.locator('#ww-resultaten [data-soort="handboek"]').first
    expect(card.locator(".ww-resultaat-soort")).to_have_text("Handboek")
    snippet = card.locator(".ww-resultaat-tekst").inner_text()
    # a snippet of the text, with no heading glued to it
    assert snippet.startswith("De veiligheid van het kind"), snippet
    assert "Veiligheid en de meldcode" not in snippet


def test_a_cjg_location_is_found_by_its_name(page, server_url):
    found = search(page, server_url, "Atolplaza")
    assert found[0] == ("cjg", "CJG Lelystad in Atolplaza"), found
    card = page.locator("#ww-resultaten .ww-resultaat").first
    expect(card.locator(".ww-resultaat-soort")).to_have_text("CJG-locatie")
    expect(card.locator(".ww-resultaat-tekst")).to_have_text("Atolplein 14 8232 BA Lelystad")
    href = card.locator("h3 a").get_attribute("href")
    assert href == "../../aanbieders/cjg-lelystad/#locatie-atolplaza"


def test_services_come_first_when_the_query_is_about_help(page, server_url):
    found = search(page, server_url, "scheiding")
    kinds = [kind for kind, _ in found]
    assert kinds[0] == "dienst"
    # no provider, route or page the query does not name stands above a service
    last_service = max(i for i, k in enumerate(kinds) if k == "dienst")
    assert all(k == "dienst" for k in kinds[: last_service + 1]), found
    # filters are about services: with one, only services remain
    page.locator("#ww-filters").evaluate("d => { d.open = true }")
    page.select_option("#ww-thema", "echtscheiding")
    done(page)
    assert {kind for kind, _ in cards(page)} == {"dienst"}


@pytest.mark.parametrize(
    ("query", "gemeente"),
    [("poh", ""), ("meldcode", ""), ("pgb", ""), ("cjg heemstede", ""), ("aanmelden jeugdhulp", "Zoetermeer"),
     ("zoetermeer 2016", ""), ("route jeugdhulp", "Stein")],
)  # fmt: skip
def test_ranking_with_every_kind_equals_python(page, server_url, site_dir, query, gemeente):
    from wegwijzer.search import order
    from wegwijzer.search import pipeline as sp
    from wegwijzer.search.unpack import ALL, unpack

    data = manifest(site_dir)
    rest = query
    if gemeente:
        code = code_of(site_dir, gemeente)
        shard_file = next(m["shard"] for m in data["gemeenten"] if m["code"] == code)
    else:
        named = [m for m in data["gemeenten"] if m["naam"].lower() in query.split()]
        shard_file = named[0]["shard"] if named else data["alles"]
        code = named[0]["code"] if named else ALL
        if named:
            rest = " ".join(w for w in query.split() if w != named[0]["naam"].lower())
    file = json.loads((site_dir / "sociale-kaart" / "zoekindex" / shard_file).read_text())
    shard = unpack(file, code)
    docs = shard["documents"]
    refs = order.ordered(sp.search(shard["index"], rest, data["synoniemen"]), docs, rest)
    expected = [docs[ref]["naam"] for ref in refs]
    params = {"gemeente": code_of(site_dir, gemeente)} if gemeente else {}
    search(page, server_url, query, **params)
    assert len({docs[r].get("soort", "dienst") for r in refs}) > 1, "only one kind"
    assert expected and names(page) == expected[:30]


def test_the_header_search_on_a_handbook_page_finds_services_and_pages(page, server_url):
    page.set_viewport_size(PHONE)
    page.goto(server_url + "handboek/veiligheid-en-meldcode/")
    page.fill("#ww-kopzoek-q", "veilig thuis")
    page.press("#ww-kopzoek-q", "Enter")
    done(page)
    found = cards(page)
    # the organisation the query names, and its services
    assert ("aanbieder", "Veilig Thuis") in found[:3], found
    service = "Advies en melding bij huiselijk geweld en kindermishandeling"
    assert ("dienst", service) in found[:5], found


def test_axe_on_the_search_page_with_every_kind_of_card(page, server_url):
    found = search(page, server_url, "poh")
    assert {"dienst", "aanbieder", "handboek"} <= {kind for kind, _ in found}
    assert axe_violations(page) == []
    page.set_viewport_size({"width": 320, "height": 640})
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 320, width


# --- a shared postcode, and hostile text in the new kinds ----------------------------------------

HANDBOOK = """\
---
title: "Kwaadboek ${alert('titel')} <b>vet</b>"
---

# Kwaadboek

## Kop ${alert('kop')}

Tekst van het kwaadboek ${alert('tekst')} en `<script>alert('code')</script>`.
"""


def _shared(name: str) -> str:
    """The municipality's route data with 2107 shared; the test fails loudly if it is not."""
    text = (ROOT / "gemeenten" / name).read_text("utf-8")
    shared, n = re.subn(
        r"^(postcodes: .*)$", r'\1\ngedeelde_postcodes: ["2107"]', text, count=1, flags=re.M
    )
    assert n == 1, name
    return shared


@pytest.fixture(scope="module")
def changed_url(tmp_path_factory):
    files = {
        "gemeenten/heemstede.yaml": _shared("heemstede.yaml"),
        "gemeenten/bloemendaal.yaml": _shared("bloemendaal.yaml"),
        "content/handboek/kwaadboek.md": HANDBOOK,
        "providers/hostile.yaml": HOSTILE,
        "hooks/wegwijzer_hooks.py": HOOKS_BEHIND_THE_CHECK,
    }
    with served_copy(tmp_path_factory, "zoeken-soorten", files) as url:
        yield url


def test_a_shared_postcode_asks_which_municipality_and_keeps_the_query(page, changed_url):
    page.set_viewport_size(PHONE)
    errors = watch_errors(page)
    page.goto(changed_url + ZOEK)
    page.fill("#ww-q", "scheiding")
    page.fill("#ww-postcode", "2107")
    page.press("#ww-postcode", "Enter")
    done(page)
    melding = page.locator("#ww-postcode-melding")
    expect(melding).to_have_text(
        "Postcode 2107 ligt in twee gemeenten: Bloemendaal en Heemstede. In welke gemeente woont u?"
    )
    buttons = page.locator("#ww-postcode-keuze button")
    expect(buttons).to_have_text(["Bloemendaal", "Heemstede"])
    expect(buttons.first).to_be_focused()
    expect(page.locator("#ww-gemeente")).to_have_value("")
    assert axe_violations(page) == []
    buttons.nth(1).click()
    done(page)
    expect(page.locator("#ww-gemeente")).to_have_value("GM0397")
    expect(page.locator("#ww-q")).to_have_value("scheiding")
    expect(page.locator("#ww-postcode-keuze")).to_be_hidden()
    expect(melding).to_contain_text("U koos de gemeente Heemstede")
    expect(page.locator("#ww-status")).to_contain_text("in Heemstede")
    expect(page.locator("#ww-resultaten .ww-resultaat").first).to_contain_text("CJG Heemstede")
    expect(page.locator("#ww-uitkomst-kop")).to_be_focused()
    assert "gemeente=GM0397" in page.url and "postcode=2107" in page.url
    # the shared link gives the same page, without asking again
    page.goto(page.url)
    done(page)
    expect(page.locator("#ww-postcode-keuze")).to_be_hidden()
    expect(page.locator("#ww-status")).to_contain_text("in Heemstede")
    assert errors == []


def test_hostile_text_in_a_handbook_title_and_a_provider_name_stays_text(page, changed_url):
    errors = watch_errors(page)
    found = search(page, changed_url, "kwaadboek")
    assert found[0] == ("handboek", "Kwaadboek ${alert('titel')} <b>vet</b>"), found
    card = page.locator("#ww-resultaten .ww-resultaat").first
    expect(card.locator(".ww-resultaat-tekst")).to_contain_text("${alert('tekst')}")
    found = search(page, changed_url, "kwaad")
    provider = page.locator('#ww-resultaten [data-soort="aanbieder"]').first
    expect(provider.locator("h3")).to_contain_text("Kwaad <script>alert('script')</script>")
    expect(provider.locator(".ww-resultaat-tekst")).to_contain_text("${alert('template')}")
    page.wait_for_timeout(300)
    assert page.evaluate(INJECTED) == []
    assert page.dialogs == []
    assert errors == []
