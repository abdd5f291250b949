"""No page downloads the country: the map script, Leaflet and map data only on pages with a
map, a small map with its own locations inline, and first-visit weights (every response,
gzip) within the issue's budgets at 360x740 and 320 px."""

from __future__ import annotations

import gzip
from urllib.parse import urlsplit

import pytest

SIZES = [(360, 740), (320, 740)]
MAP_SCRIPT = "assets/javascripts/kaart.js"
# Material's search (index, worker, lunr): gone since the header box opens the search page.
MATERIAL_SEARCH = ("search_index.json", "/workers/search", "/javascripts/lunr/")


def test_the_map_script_is_only_on_pages_with_a_map(site_dir):
    with_map = without = 0
    for path in site_dir.rglob("*.html"):
        html = path.read_text("utf-8")
        has_map = 'class="wwk-kaart' in html
        assert (MAP_SCRIPT in html) == has_map, path.relative_to(site_dir)
        with_map += has_map
        without += not has_map
    assert with_map >= 10 and without >= 50


def first_visit(page, site_dir, url: str, size) -> tuple[dict[str, int], list[str]]:
    """{site path: gzip bytes} of every response of a first visit, and the paths."""
    page.set_viewport_size({"width": size[0], "height": size[1]})
    loaded: list[str] = []
    page.on("requestfinished", lambda r: loaded.append(urlsplit(r.url).path))
    page.goto(url)
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(300)
    weights = {}
    for path in loaded:
        local = site_dir / path.lstrip("/")
        if local.is_dir():
            local = local / "index.html"
        if local.is_file():
            weights[path] = len(gzip.compress(local.read_bytes(), 6))
    return weights, loaded


PAGES = [  # (path, budget in KB: every response of the first visit, gzip)
    ("diensten/cjg-heemstede/informatie-en-advies/", 80),
    ("aanbieders/cjg-heemstede/", 150),
    ("aanbieders/cjg-kennemerland/", 150),
    ("gemeenten/stein/", 150),
    ("gemeenten/heemstede/", 150),
]


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}px")
@pytest.mark.parametrize(("path", "budget"), PAGES, ids=[p for p, _ in PAGES])
def test_first_visit_stays_within_budget(page, server_url, site_dir, path, budget, size):
    weights, loaded = first_visit(page, site_dir, server_url + path, size)
    assert not any(p.endswith(".geojson") for p in loaded), "de pagina laadt het hele land"
    assert not any("/vendor/leaflet" in p for p in loaded), "Leaflet vóór de kaart in beeld is"
    assert not any(s in p for p in loaded for s in MATERIAL_SEARCH), "Materials zoekindex"
    # every response counts; one that is not a file of the site (a 404) would weigh nothing
    assert set(loaded) == set(weights), set(loaded) - set(weights)
    total = sum(weights.values())
    assert total <= budget * 1024, (
        path,
        total // 1024,
        sorted(weights.items(), key=lambda x: -x[1]),
    )


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}px")
def test_a_small_map_draws_from_its_inline_data(page, server_url, site_dir, size):
    weights, loaded = first_visit(page, site_dir, server_url + "gemeenten/stein/", size)
    page.locator(".wwk-kaart-blok").first.scroll_into_view_if_needed()
    page.wait_for_selector(".wwk-kaart[data-locaties][data-status=klaar]", timeout=15000)
    ids = page.locator(".wwk-kaart[data-locaties]").first.get_attribute("data-locaties").split()
    markers = page.evaluate("wegwijzerKaart.kaarten[0].markers.length")
    assert markers == len(ids) > 0
    assert not any(p.endswith(".geojson") for p in loaded)
    assert any("/vendor/leaflet/leaflet.js" in p for p in loaded), "Leaflet komt bij de kaart"


def test_a_page_without_a_map_loads_no_map_code(page, server_url, site_dir):
    _, loaded = first_visit(page, site_dir, server_url + "handboek/", (360, 740))
    assert not any(("kaart" in p and p.endswith(".js")) or "leaflet" in p for p in loaded)
