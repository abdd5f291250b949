"""Finding help at any hour (issue 15), as a parent on a 360x740 phone and on a desktop.

One search for the whole site: the header's box on any page opens the site search, which
before a municipality is chosen searches the whole catalogue (it fits the first-search budget)
and says where each service is; a municipality named in the query is searched as if chosen.
"Nu open of bereikbaar" counts phone lines with their own hours, and at night or on Christmas
morning the result area lists what can be called now (Veilig Thuis, 112), never nothing.
Results come into view with focus; arrow keys in the municipality list neither search per
key nor pile up history; bad queries and unknown codes in the URL get a Dutch message and no
console error. Expectations come from the files the build wrote.
"""

from __future__ import annotations

import gzip
import json
import re
from urllib.parse import quote

import pytest
from conftest import axe_violations
from playwright.sync_api import expect

from wegwijzer.search.unpack import ALL, unpack

ZOEK = "sociale-kaart/zoeken/"
PHONE = {"width": 360, "height": 740}
SATURDAY_NIGHT = "2026-12-05T22:00:00+01:00"
CHRISTMAS_MORNING = "2026-12-25T09:30:00+01:00"
TUESDAY_MORNING = "2026-11-24T10:00:00+01:00"


def manifest(site) -> dict:
    html = (site / "sociale-kaart" / "zoeken" / "index.html").read_text("utf-8")
    data = re.search(r'id="ww-zoek-gegevens">(.*?)</script>', html, re.S)
    return json.loads(data.group(1))


def code_of(site, name: str) -> str:
    return next(m["code"] for m in manifest(site)["gemeenten"] if m["naam"] == name)


def done(page) -> None:
    page.wait_for_function("document.getElementById('ww-uitkomst')?.dataset.klaar === 'ja'")


def watch_errors(page) -> list[str]:
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    return errors


def names(page) -> list[str]:
    return page.locator("#ww-resultaten .ww-resultaat-naam").all_inner_texts()


def heading_in_view_with_focus(page) -> None:
    expect(page.locator("#ww-uitkomst-kop")).to_be_focused()
    top = page.evaluate("document.getElementById('ww-uitkomst-kop').getBoundingClientRect().top")
    height = page.evaluate("window.innerHeight")
    assert 0 <= top < height - 100, top


# --- one search for the whole site ---------------------------------------------------------


def test_the_whole_catalogue_fits_and_is_small(site_dir):
    data = manifest(site_dir)
    assert data["alles"], "the sample catalogue must be searchable before a municipality"
    raw = (site_dir / "sociale-kaart" / "zoekindex" / data["alles"]).read_bytes()
    assert len(gzip.compress(raw, 9)) <= 60_000
    docs = unpack(json.loads(raw), ALL)["documents"]
    assert not any(d["eigen"] for d in docs.values())  # no municipality is "own" here
    veilig = [d for d in docs.values() if d.get("telefoon") == "0800-2000"]
    assert veilig and all(d.get("lijnen") for d in veilig)  # the 24/7 line is in the shard


@pytest.mark.parametrize("size", [PHONE, {"width": 1280, "height": 800}])
def test_the_header_search_finds_services_on_a_handbook_page(page, server_url, size):
    page.set_viewport_size(size)
    errors = watch_errors(page)
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(server_url + "handboek/poh-jeugd/")
    assert not [u for u in requests if "zoekindex" in u or "search_index" in u]
    box = page.locator("#ww-kopzoek-q")
    expect(box).to_be_visible()
    box.fill("scheiding")
    box.press("Enter")
    done(page)
    assert page.url.endswith(ZOEK + "?q=scheiding")
    expect(page.locator("#ww-q")).to_have_value("scheiding")
    expect(page.locator("#ww-status")).to_contain_text("in het hele aanbod")
    found = names(page)
    assert "Hulp bij scheiding" in found and "Coaching, gesprekken en hulp op maat" in found
    # every service card says where the service is
    services = page.locator('#ww-resultaten .ww-resultaat[data-soort="dienst"]')
    assert services.locator(".ww-resultaat-waar").count() == services.count() > 0
    assert errors == []


def test_every_example_word_of_the_hint_finds_something(page, server_url):
    page.goto(server_url + ZOEK)
    hint = page.locator("#ww-q-uitleg").inner_text()
    words = re.search(r"Bijvoorbeeld: (.*?)\.", hint).group(1).replace(" of ", ", ").split(", ")
    assert len(words) >= 3, hint
    for word in words:
        page.goto(server_url + ZOEK + "?q=" + quote(word))
        done(page)
        assert names(page), word


@pytest.mark.parametrize("query", ["echtscheding", "slapen", "pesten", "autisme", "adhd"])
def test_before_a_municipality_the_parents_words_find_help(page, server_url, query):
    page.goto(server_url + ZOEK + "?q=" + query)
    done(page)
    assert names(page), query


def test_a_municipality_in_the_query_is_searched_as_chosen(page, server_url, site_dir):
    page.set_viewport_size(PHONE)
    page.goto(server_url + ZOEK + "?q=" + quote("scheiding heemstede"))
    done(page)
    expect(page.locator("#ww-status")).to_contain_text("U noemde de gemeente Heemstede")
    first = page.locator("#ww-resultaten .ww-resultaat").first
    expect(first).to_contain_text("CJG Heemstede")


# --- nu open of bereikbaar -------------------------------------------------------------------


@pytest.mark.parametrize("moment", [SATURDAY_NIGHT, CHRISTMAS_MORNING])
def test_at_night_and_on_christmas_there_is_always_someone_to_call(
    page, server_url, site_dir, moment
):
    page.set_viewport_size(PHONE)
    page.clock.set_fixed_time(moment)
    errors = watch_errors(page)
    heemstede = code_of(site_dir, "Heemstede")
    page.goto(f"{server_url}{ZOEK}?gemeente={heemstede}&open=1&q=scheiding")
    done(page)
    expect(page.locator("#ww-status")).to_contain_text("nu niets open")
    calls = page.locator("#ww-resultaten a[href^='tel:']")
    hrefs = calls.evaluate_all("a => a.map(x => x.getAttribute('href'))")
    assert "tel:+318002000" in hrefs and "tel:112" in hrefs
    expect(page.locator("#ww-resultaten")).to_contain_text("Dag en nacht bereikbaar")

    # without a query: Veilig Thuis counts as available now, by its phone line
    page.goto(f"{server_url}{ZOEK}?gemeente={heemstede}&open=1")
    done(page)
    found = names(page)
    assert found and all("Veilig Thuis" in n or "melding" in n for n in found), found
    cards = page.locator("#ww-resultaten .ww-resultaat")
    for i in range(cards.count()):
        expect(cards.nth(i).locator(".ww-bereikbaar")).to_have_text("Dag en nacht bereikbaar")
    assert errors == []


def test_on_a_weekday_the_card_says_until_when_the_phone_is_answered(page, server_url, site_dir):
    page.clock.set_fixed_time(TUESDAY_MORNING)
    heemstede = code_of(site_dir, "Heemstede")
    page.goto(f"{server_url}{ZOEK}?gemeente={heemstede}&open=1")
    done(page)
    expect(page.locator("#ww-open-label")).to_contain_text("Nu open of bereikbaar")
    texts = page.locator("#ww-resultaten .ww-bereikbaar").all_inner_texts()
    assert "Telefonisch bereikbaar tot 17:00" in texts, texts
    assert "Dag en nacht bereikbaar" in texts, texts


# --- results in view, history ----------------------------------------------------------------


def test_choosing_a_municipality_or_enter_brings_the_results_into_view(page, server_url, site_dir):
    page.set_viewport_size(PHONE)
    page.goto(server_url + ZOEK)
    page.select_option("#ww-gemeente", code_of(site_dir, "Heemstede"))
    done(page)
    heading_in_view_with_focus(page)
    page.evaluate("window.scrollTo(0, 0)")
    page.locator("#ww-q").fill("pesten")
    page.locator("#ww-q").press("Enter")
    page.wait_for_function("new URLSearchParams(location.search).get('q') === 'pesten'")
    done(page)
    heading_in_view_with_focus(page)
    expect(page.locator("#ww-status")).to_have_attribute("aria-live", "polite")


def test_arrow_keys_in_the_municipality_list_do_not_search_per_key(page, server_url):
    page.goto(server_url + ZOEK)
    done(page)
    before = page.evaluate("history.length")
    page.evaluate(
        """() => { window.zoekStappen = 0;
        new MutationObserver(() => { if (document.getElementById('ww-uitkomst').dataset.klaar
          === 'nee') window.zoekStappen++ }).observe(document.getElementById('ww-uitkomst'),
          {attributes: true, attributeFilter: ['data-klaar']}) }"""
    )
    select = page.locator("#ww-gemeente")
    select.focus()
    for _ in range(4):
        select.press("ArrowDown")
    page.wait_for_function("new URLSearchParams(location.search).get('gemeente')")
    done(page)
    assert page.evaluate("window.zoekStappen") == 1  # one search after the pause
    assert page.evaluate("history.length") == before + 1  # one step back, not four
    expect(select).to_be_focused()  # browsing the list keeps the focus there
    chosen = select.input_value()
    select.press("Enter")
    done(page)
    assert page.evaluate("history.length") == before + 1
    assert page.evaluate("new URLSearchParams(location.search).get('gemeente')") == chosen
    page.go_back()
    page.wait_for_function("!new URLSearchParams(location.search).get('gemeente')")


# --- bad input -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("a", "Typ minstens twee letters"),
        ("?!.,;", "geen letters of cijfers"),
        ("de het een", "kunnen we niet zoeken"),
        ("x" * 500, "Geen resultaten"),
        ("<img src=x onerror=alert(1)>${alert(2)}", "Geen resultaten"),
    ],
)
def test_bad_queries_get_a_dutch_message_and_no_error(page, server_url, query, message):
    errors = watch_errors(page)
    page.on("dialog", lambda d: errors.append("dialog " + d.message))
    page.goto(server_url + ZOEK + "?q=" + quote(query))
    done(page)
    expect(page.locator("#ww-status")).to_contain_text(message)
    assert page.locator("#ww-resultaten img").count() == 0
    assert errors == []


def test_unknown_municipality_code_in_the_url_is_said(page, server_url):
    errors = watch_errors(page)
    page.goto(server_url + ZOEK + "?gemeente=GM9999&q=pesten")
    done(page)
    expect(page.locator("#ww-postcode-melding")).to_contain_text("kennen we niet")
    assert names(page)  # the query is still searched in the whole catalogue
    page.goto(server_url + ZOEK + "?postcode=9999")
    done(page)
    expect(page.locator("#ww-postcode-melding")).to_contain_text("Postcode 9999 kennen we niet")
    assert errors == []


def test_axe_on_the_search_results_at_320px(page, server_url, site_dir):
    page.set_viewport_size({"width": 320, "height": 640})
    page.clock.set_fixed_time(SATURDAY_NIGHT)
    heemstede = code_of(site_dir, "Heemstede")
    page.goto(f"{server_url}{ZOEK}?gemeente={heemstede}&open=1&q=scheiding")
    done(page)
    assert axe_violations(page) == []
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 320, width


@pytest.mark.parametrize("query", ["scheiding", "opvoedn", "ggz", "slapen kind"])
def test_whole_catalogue_ranking_equals_python(page, server_url, site_dir, query):
    from wegwijzer.search import order
    from wegwijzer.search import pipeline as sp

    data = manifest(site_dir)
    file = json.loads((site_dir / "sociale-kaart" / "zoekindex" / data["alles"]).read_text())
    shard = unpack(file, ALL)
    docs = shard["documents"]
    hits = sp.search(shard["index"], query, data["synoniemen"])
    expected = [docs[ref]["naam"] for ref in order.ordered(hits, docs, query)]
    page.goto(server_url + ZOEK + "?q=" + quote(query))
    done(page)
    assert expected and names(page) == expected[:30]
