"""The maps in Debian's Chromium: overview map, filters, popups, embeds, hostile names.

Map tiles are always blocked by the `page` fixture, so every test here also
shows that the maps work without tiles. Requests that leave 127.0.0.1 fail a test.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from pathlib import Path

import pytest
from conftest import (
    AXE,
    HOOKS_BEHIND_THE_CHECK,
    ROOT,
    TILE_HOSTS,
    TODAY,
    axe_violations,
    build_site,
    copy_repo,
    serve,
)

from wegwijzer.records.catalog import load_catalog

MAP_PAGE = "sociale-kaart/kaart/"
SUMMARY = "assets/kaart/provincies.json"
HOSTILE = "<img src=x onerror=alert(1)>${alert(2)}`<script>alert(3)</script>\"'&amp;"
# elements a hostile name would create, and executable scripts that mention it
# (JSON-LD data in <script type="application/ld+json"> is not executed)
INJECTED = """() => document.querySelectorAll("img[src='x'], [onerror]").length
  + [...document.scripts].filter((s) => (!s.type || /javascript|module/.test(s.type))
      && s.textContent.includes("alert(")).length"""


# ----------------------------------------------------------------------------- helpers


def features(site: Path) -> list[dict]:
    """Every location of the overview map, from its province files (the compact form of
    wegwijzer.maps.compact: a missing field is null, the id is the feature's)."""
    found = []
    for path in sorted((site / "assets/kaart/provincie").glob("*.json")):
        for feature in json.loads(path.read_text("utf-8"))["features"]:
            props = {"tel": None, "rooster": None, "themas": [], **feature["properties"]}
            found.append({**feature, "properties": {**props, "id": feature["id"]}})
    return sorted(found, key=lambda f: f["id"])


def open_map(page, url: str, path: str = MAP_PAGE, selector: str = ".wwk-kaart"):
    errors: list[str] = []
    page.on("pageerror", lambda err: errors.append(str(err)))
    page.errors = errors
    page.goto(url + path)
    # a small map is drawn once it comes near the screen (Leaflet loads only then)
    page.evaluate("document.querySelector('.wwk-kaart-blok')?.scrollIntoView()")
    page.wait_for_selector(f"{selector}[data-status=klaar]", timeout=15000)
    return page


def drawn(page, index: int = 0) -> dict:
    """Locations on the map as drawn: single markers plus the numbers on the clusters."""
    return page.evaluate(
        """(i) => {
          const el = wegwijzerKaart.kaarten[i].element;
          const box = el.getBoundingClientRect();
          const inside = (n) => { const r = n.getBoundingClientRect();
            const x = r.left + r.width / 2, y = r.top + r.height / 2;
            return x >= box.left && x <= box.right && y >= box.top && y <= box.bottom; };
          const markers = [...el.querySelectorAll('.wwk-marker')].filter(inside);
          const clusters = [...el.querySelectorAll('.wwk-cluster')].filter(inside)
            .map((c) => parseInt(c.textContent, 10));
          return {markers: markers.length, clusters: clusters,
                  total: markers.length + clusters.reduce((a, b) => a + b, 0)};
        }""",
        index,
    )


def show_marker(page, location_id: str, index: int = 0):
    """Zoom (or spiderfy) until the location's own marker shows; returns its element."""
    page.evaluate(
        """([i, id]) => new Promise((ok) => {
          const k = wegwijzerKaart.kaarten[i];
          const m = k.markers.find((m) => m.feature.properties.id === id);
          k.groep.zoomToShowLayer(m, () => setTimeout(ok, 400));
        })""",
        [index, location_id],
    )
    return page.evaluate_handle(
        """([i, id]) => wegwijzerKaart.kaarten[i].markers
             .find((m) => m.feature.properties.id === id).getElement()""",
        [index, location_id],
    ).as_element()


def open_popup(page, location_id: str, index: int = 0):
    """Show the location's marker, then click it like a user."""
    show_marker(page, location_id, index).click()
    page.wait_for_selector(".leaflet-popup .wwk-popup")
    page.wait_for_function(
        "getComputedStyle(document.querySelector('.leaflet-popup')).opacity === '1'"
    )
    return page.locator(".leaflet-popup .wwk-popup")


def axe_in(page, selector: str) -> list[dict]:
    """axe-core on one part of a page (the rest of a record page is not the map's)."""
    page.add_script_tag(content=AXE.read_text("utf-8"))
    return page.evaluate(
        """(sel) => axe.run(sel, {runOnly: {type: 'tag',
              values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
            .then((r) => r.violations.map((v) => ({id: v.id, help: v.help,
              nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' '))})))""",
        selector,
    )


def visible_items(page) -> list[str]:
    return page.eval_on_selector_all(
        ".wwk-lijst > li[data-id]", "els => els.filter(e => !e.hidden).map(e => e.dataset.id)"
    )


# ----------------------------------------------------------------------------- the overview map


def test_every_location_with_coordinates_is_on_the_map(page, server_url, site_dir):
    catalog, _ = load_catalog(ROOT, today=dt.date.fromisoformat(TODAY))
    known = sorted(
        loc.id
        for loc in catalog.locations.values()
        if loc.lat is not None and catalog.providers[loc.provider_id].status != "beeindigd"
    )
    data = features(site_dir)
    assert sorted(f["id"] for f in data) == known
    open_map(page, server_url)
    result = drawn(page)
    assert result["total"] == len(known), result
    assert result["clusters"], "the sample data should be clustered at the start"
    assert page.locator(".wwk-telling").inner_text() == f"{len(known)} locaties"
    assert len(visible_items(page)) == len(known)
    assert page.locator(".wwk-kaart-melding").is_hidden()
    assert page.errors == []


def test_popup_has_a_working_phone_link(page, server_url, site_dir):
    located = [f for f in features(site_dir) if f["properties"]["tel"]]
    assert located, "the sample data has locations with a phone number"
    props = located[0]["properties"]
    open_map(page, server_url)
    popup = open_popup(page, props["id"])
    assert popup.locator(".wwk-popup-naam").inner_text() == props["naam"]
    tel = popup.locator("a[href^='tel:']")
    assert tel.get_attribute("href") == props["tel"]
    assert re.fullmatch(r"tel:\+31\d{9}|tel:\+?\d{3,15}", props["tel"])
    assert tel.inner_text() == props["telefoon"]
    # provider and service links point into this site
    for href in popup.locator("a:not([href^='tel:'])").evaluate_all("as => as.map(a => a.href)"):
        assert href.startswith(server_url), href
    provider = popup.locator(".wwk-popup-aanbieder a").get_attribute("href")
    assert page.request.get(provider).ok
    # "nu open" was decided in the browser
    if props["rooster"]:
        status = popup.locator(".wwk-popup-nu .nu-open").get_attribute("data-status")
        assert status in ("open", "gesloten")
    page.keyboard.press("Escape")
    page.wait_for_selector(".leaflet-popup", state="detached")


def test_keyboard_opens_a_popup(page, server_url, site_dir):
    props = features(site_dir)[0]["properties"]
    open_map(page, server_url)
    marker = show_marker(page, props["id"])
    assert marker.get_attribute("role") == "button"
    assert marker.get_attribute("aria-label").startswith(props["naam"])
    marker.focus()
    page.keyboard.press("Enter")
    page.wait_for_selector(".leaflet-popup .wwk-popup")
    assert page.locator(".wwk-popup-naam").inner_text() == props["naam"]
    # the focus moves into the popup; Escape closes it and returns to the marker
    assert page.evaluate("document.activeElement.classList.contains('wwk-popup')")
    page.keyboard.press("Escape")
    page.wait_for_selector(".leaflet-popup", state="detached")
    assert page.evaluate("document.activeElement.classList.contains('wwk-marker')")


def test_filters_change_map_and_list_together(page, server_url, site_dir):
    data = features(site_dir)
    by_municipality: dict[str, list[str]] = {}
    for f in data:
        by_municipality.setdefault(f["properties"]["gemeente"], []).append(f["id"])
    code, ids = max(by_municipality.items(), key=lambda kv: (len(kv[1]) < len(data), len(kv[1])))
    open_map(page, server_url)
    page.select_option("#wwk-filter-gemeente", code)
    page.wait_for_selector(".wwk-kaart[data-status=klaar]")
    assert sorted(visible_items(page)) == sorted(ids)
    assert drawn(page)["total"] == len(ids)
    word = "locatie" if len(ids) == 1 else "locaties"
    assert page.locator(".wwk-telling").inner_text() == f"{len(ids)} {word}"
    assert page.locator(".wwk-telling").get_attribute("aria-live") == "polite"
    assert f"gemeente={code}" in page.url

    # type and theme narrow the same result
    kind = data[0]["properties"]["soort"]
    page.select_option("#wwk-filter-gemeente", "")
    page.select_option("#wwk-filter-soort", kind)
    page.wait_for_selector(".wwk-kaart[data-status=klaar]")
    expected = sorted(f["id"] for f in data if f["properties"]["soort"] == kind)
    assert sorted(visible_items(page)) == expected
    assert drawn(page)["total"] == len(expected)
    theme = next(t for f in data for t in f["properties"]["themas"])
    page.select_option("#wwk-filter-thema", theme)
    page.wait_for_selector(".wwk-kaart[data-status=klaar]")
    expected = sorted(
        f["id"]
        for f in data
        if f["properties"]["soort"] == kind and theme in f["properties"]["themas"]
    )
    assert sorted(visible_items(page)) == expected
    assert drawn(page)["total"] == len(expected)
    assert page.locator(".wwk-geen").is_visible() == (not expected)

    page.click(".wwk-filters button[type=reset]")
    page.wait_for_function(
        f"document.querySelector('.wwk-telling').textContent === '{len(data)} locaties'"
    )
    page.wait_for_selector(".wwk-kaart[data-status=klaar]")
    assert len(visible_items(page)) == len(data)
    assert drawn(page)["total"] == len(data)


def test_a_filter_in_the_address_is_applied(page, server_url, site_dir):
    data = features(site_dir)
    code = data[0]["properties"]["gemeente"]
    ids = sorted(f["id"] for f in data if f["properties"]["gemeente"] == code)
    open_map(page, server_url, f"{MAP_PAGE}?gemeente={code}")
    assert page.locator("#wwk-filter-gemeente").input_value() == code
    assert sorted(visible_items(page)) == ids
    assert drawn(page)["total"] == len(ids)


def test_works_with_tiles_blocked(page, server_url, site_dir):
    tiles: list[str] = []
    page.on(
        "requestfailed",
        lambda r: tiles.append(r.url) if any(h in r.url for h in TILE_HOSTS) else None,
    )
    open_map(page, server_url)
    settings = json.loads((site_dir / "assets/kaart/instellingen.json").read_text("utf-8"))
    if settings["tegels"]:
        page.wait_for_timeout(300)
        assert tiles, "tiles were requested (and blocked)"
        assert page.locator(".leaflet-control-attribution").inner_text().strip()
    assert drawn(page)["total"] == len(features(site_dir))
    assert page.errors == []


def test_without_a_tile_layer(page, server_url, site_dir):
    """`tegels: geen` in mkdocs.yml: no tile layer, no tile requests, markers as always."""
    page.route(
        "**/assets/kaart/instellingen.json",
        lambda route: route.fulfill(content_type="application/json", body='{"tegels": null}'),
    )
    requested: list[str] = []
    page.on("request", lambda r: requested.append(r.url))
    open_map(page, server_url)
    assert page.locator(".leaflet-tile-pane img").count() == 0
    assert not [u for u in requested if any(host in u for host in TILE_HOSTS)]
    assert page.locator(".leaflet-control-attribution").inner_text().strip() == "Leaflet"
    assert drawn(page)["total"] == len(features(site_dir))


def test_map_page_passes_axe(page, server_url, site_dir):
    open_map(page, server_url)
    assert axe_violations(page) == []
    open_popup(page, features(site_dir)[0]["id"])
    assert axe_violations(page) == []


def test_without_javascript_the_list_has_every_location(browser, server_url, site_dir):
    context = browser.new_context(java_script_enabled=False)
    context.route(re.compile(r"^(?!http://127\.0\.0\.1)"), lambda route: route.abort())
    page = context.new_page()
    page.goto(server_url + MAP_PAGE)
    assert page.locator(".wwk-lijst > li").count() == len(features(site_dir))
    assert page.locator(".wwk-kaart-melding:not(.wwk-kaart-fout)").is_visible()
    assert page.locator(".wwk-kaart").is_hidden()
    assert page.locator(".wwk-filters").is_hidden()
    assert page.locator(".wwk-lijst a[href^='tel:']").count() > 0
    context.close()


def test_without_data_the_list_is_still_there(page, server_url, site_dir):
    page.route("**/assets/kaart/provincies.json", lambda route: route.fulfill(status=404))
    page.goto(server_url + MAP_PAGE)
    page.wait_for_selector(".wwk-kaart[data-status=fout]", state="attached")
    assert page.locator(".wwk-kaart-fout").is_visible()
    assert page.locator(".wwk-lijst > li").count() == len(features(site_dir))
    assert page.locator(".wwk-lijst a[href^='tel:']").count() > 0


def test_the_list_grows_a_hundred_at_a_time(page, server_url, site_dir):
    summary = json.loads((site_dir / SUMMARY).read_text("utf-8"))
    data = json.loads((site_dir / summary["provincies"][0]["bestand"]).read_text("utf-8"))
    one = data["features"][0]
    data["features"] = [{**one, "id": f"x/{n}"} for n in range(250)]
    province = {**summary["provincies"][0], "aantal": 250}
    summary["provincies"] = [province]
    page.route(
        "**/" + SUMMARY,
        lambda route: route.fulfill(content_type="application/json", body=json.dumps(summary)),
    )
    page.route(
        "**/" + province["bestand"],
        lambda route: route.fulfill(content_type="application/json", body=json.dumps(data)),
    )
    open_map(page, server_url)
    assert page.locator(".wwk-telling").inner_text() == "250 locaties"
    assert len(visible_items(page)) == 100
    more = page.locator(".wwk-meer button")
    assert more.inner_text() == "Toon meer locaties (nog 150)"
    more.click()
    assert len(visible_items(page)) == 200
    # the focus moves to the first new item (same name everywhere: ordered by id)
    first_new = sorted(f"x/{n}" for n in range(250))[100]
    assert page.evaluate("document.activeElement.tagName") == "H3"
    assert page.evaluate("document.activeElement.closest('li').dataset.id") == first_new
    more.click()
    assert len(visible_items(page)) == 250
    assert page.locator(".wwk-meer").is_hidden()
    assert drawn(page)["total"] == 250


def test_works_in_a_subfolder(page, site_dir, tmp_path):
    (tmp_path / "project").symlink_to(site_dir, target_is_directory=True)
    url, server = serve(tmp_path)
    try:
        open_map(page, url + "project/")
        assert drawn(page)["total"] == len(features(site_dir))
        loaded = page.evaluate("performance.getEntriesByType('resource').map((e) => e.name)")
        data = [u for u in loaded if u.endswith((".json", ".geojson", "leaflet.js"))]
        provinces = json.loads((site_dir / SUMMARY).read_text("utf-8"))["provincies"]
        assert len(data) == 3 + len(provinces), data
        assert all(u.startswith(url + "project/") for u in data), data
        assert not [u for u in data if u.endswith(".geojson")], "the country's file is not needed"
    finally:
        server.shutdown()


def test_embedded_maps_draw_their_locations(page, server_url, site_dir):
    pages = sorted(
        p for p in site_dir.rglob("index.html") if "data-locaties=" in p.read_text("utf-8")
    )
    assert pages, "geen enkele pagina bevat een kaart (blocks.map.embed)"
    for path in pages[:3]:
        rel = path.parent.relative_to(site_dir).as_posix() + "/"
        open_map(page, server_url, rel, selector=".wwk-kaart[data-locaties]")
        element = page.locator(".wwk-kaart[data-locaties]").first
        ids = element.get_attribute("data-locaties").split()
        assert element.get_attribute("aria-label").startswith("Kaart: ")
        assert drawn(page)["total"] == len(ids)
        assert page.locator(".wwk-kaart-blok .wwk-legenda").is_visible()
        assert page.errors == []
        assert axe_in(page, ".wwk-kaart-blok") == []


def test_a_small_map_without_inline_data_draws_from_the_province_files(page, server_url, site_dir):
    """The build always puts a small map's locations inline; a page without them (hand-written)
    gets the overview's province files, unpacked, and never the open-data GeoJSON."""
    path = next(
        p for p in sorted(site_dir.rglob("index.html")) if "data-locaties=" in p.read_text("utf-8")
    )
    rel = path.parent.relative_to(site_dir).as_posix() + "/"

    def without_inline(route):
        html = route.fetch().text()
        html = re.sub(
            r'<script type="application/json" class="wwk-gegevens">.*?</script>', "", html
        )
        route.fulfill(body=html, content_type="text/html; charset=utf-8")

    page.route(server_url + rel, without_inline)
    open_map(page, server_url, rel, selector=".wwk-kaart[data-locaties]")
    element = page.locator(".wwk-kaart[data-locaties]").first
    ids = element.get_attribute("data-locaties").split()
    assert page.locator("script.wwk-gegevens").count() == 0
    assert drawn(page)["total"] == len(ids)
    loaded = page.evaluate("performance.getEntriesByType('resource').map((e) => e.name)")
    assert [u for u in loaded if "/assets/kaart/provincie/" in u]
    assert not [u for u in loaded if u.endswith(".geojson")]
    # the popup has what the inline data would have given: kind label, provider link, hours
    props = next(f["properties"] for f in features(site_dir) if f["id"] == ids[0])
    popup = open_popup(page, ids[0])
    assert popup.locator(".wwk-popup-naam").inner_text() == props["naam"]
    provider = popup.locator(".wwk-popup-aanbieder a").get_attribute("href")
    assert provider.endswith(f"aanbieders/{props['aanbieder']}/")
    assert page.errors == []


# ----------------------------------------------------------------------------- hostile names


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    """The sample site plus providers/hostile.yaml: two locations at one address whose
    names, provider name and service name try to run script."""
    catalog, _ = load_catalog(ROOT, today=dt.date.fromisoformat(TODAY))
    base = next(
        loc
        for loc in sorted(catalog.locations.values(), key=lambda loc: loc.id)
        if loc.lat is not None and loc.address and loc.municipality in catalog.municipalities
    )
    repo = copy_repo(tmp_path_factory.mktemp("repo"))
    q = json.dumps  # a JSON string is a valid double-quoted YAML scalar
    locations = "".join(
        f"""
  - id: plek-{n}
    naam: {q(HOSTILE + " " + str(n))}
    soort: inlooppunt
    adres: {{straat: {q(base.address["straat"])}, postcode: {q(base.address["postcode"])}, plaats: {q(base.address["plaats"])}}}
    coordinaten: {{lat: {base.lat}, lon: {base.lon}}}
    gemeente: {base.municipality}
    openingstijden: "Mo-Fr 09:00-17:00; PH off"
    telefoon: "046-8506910"
"""
        for n in (1, 2)
    )
    (repo / "providers" / "hostile.yaml").write_text(
        f"""naam: {q(HOSTILE)}
soort: welzijn
omschrijving: Een aanbieder met een vijandige naam, om te zien dat de kaart niets uitvoert.
laatst_gecontroleerd: {TODAY}
locaties:{locations}
diensten:
  - id: dienst
    naam: {q(HOSTILE)}
    omschrijving: Een dienst met een vijandige naam.
    themas: [opvoeden]
    doelgroep: [ouders]
    toegang: vrij-toegankelijk
    financiering: [gratis]
    locaties: [plek-1, plek-2]
    werkgebied: [{base.municipality}]
""",
        encoding="utf-8",
    )
    dest = tmp_path_factory.mktemp("hostile-site")
    # Behind the check's HTML rule: the maps' own escaping is what is tested here.
    (repo / "hooks" / "wegwijzer_hooks.py").write_text(HOOKS_BEHIND_THE_CHECK, "utf-8")
    result = build_site(repo, dest)
    assert result.returncode == 0, result.stderr
    url, server = serve(dest)
    yield url, dest
    server.shutdown()
    shutil.rmtree(repo, ignore_errors=True)


def assert_nothing_injected(page):
    assert page.dialogs == []
    assert page.evaluate(INJECTED) == 0
    assert page.evaluate("typeof window.alert") == "function"


def test_hostile_names_execute_nothing(page, hostile_site):
    url, site = hostile_site
    open_map(page, url)
    names = [HOSTILE + " 1", HOSTILE + " 2"]
    # the list shows the names as text
    items = page.locator(".wwk-lijst > li[data-id^='hostile/'] h3").all_inner_texts()
    assert sorted(items) == names
    # two locations at one address: a cluster that spiderfies at the highest zoom
    page.evaluate(
        """() => new Promise((ok) => { const k = wegwijzerKaart.kaarten[0];
             const m = k.markers.find((m) => m.feature.properties.id === 'hostile/plek-1');
             k.groep.zoomToShowLayer(m, () => setTimeout(ok, 600)); })"""
    )
    for n, name in enumerate(names, 1):
        marker = page.evaluate_handle(
            f"""wegwijzerKaart.kaarten[0].markers
                 .find((m) => m.feature.properties.id === 'hostile/plek-{n}').getElement()"""
        ).as_element()
        assert marker is not None, "both locations at the same address are reachable"
        assert marker.get_attribute("aria-label").startswith(name)
        marker.hover()
        page.wait_for_selector(".leaflet-tooltip")
        assert page.locator(".leaflet-tooltip").inner_text() == name
        marker.click()
        page.wait_for_selector(".leaflet-popup .wwk-popup")
        popup = page.locator(".leaflet-popup .wwk-popup")
        assert popup.locator(".wwk-popup-naam").inner_text() == name
        assert popup.locator(".wwk-popup-aanbieder a").inner_text() == HOSTILE
        assert popup.locator(".wwk-popup-diensten a").inner_text() == HOSTILE
        assert_nothing_injected(page)
        page.keyboard.press("Escape")
    # filter to the hostile locations: still text only
    page.select_option("#wwk-filter-soort", "inlooppunt")
    page.wait_for_selector(".wwk-kaart[data-status=klaar]")
    assert_nothing_injected(page)
    assert page.errors == []
    # the generated page and data carry the name escaped, never as markup
    html = (site / "sociale-kaart/kaart/index.html").read_text("utf-8")
    assert "<img src=x" not in html and "<script>alert" not in html


def test_hostile_names_in_embedded_maps(page, hostile_site):
    url, site = hostile_site
    provider_page = site / "aanbieders/hostile/index.html"
    assert "data-locaties=" in provider_page.read_text("utf-8")
    open_map(page, url, "aanbieders/hostile/", selector=".wwk-kaart[data-locaties]")
    assert drawn(page)["total"] == 2
    assert_nothing_injected(page)


# ----------------------------------------------------------------------------- instant navigation


@pytest.fixture(scope="module")
def instant_site(tmp_path_factory):
    """The sample site with Material's instant navigation. Material only navigates
    instantly to URLs in sitemap.xml (it keeps their port and path), so site_url must
    be the address the test server listens on."""
    repo = copy_repo(tmp_path_factory.mktemp("instant-repo"))
    dest = tmp_path_factory.mktemp("instant-site")
    url, server = serve(dest)
    config = repo / "mkdocs.yml"
    text = config.read_text("utf-8")
    assert "  features:\n" in text
    text = text.replace("  features:\n", "  features:\n    - navigation.instant\n", 1)
    text = re.sub(r"(?m)^site_url:.*$", f"site_url: {url}", text)
    config.write_text(text, encoding="utf-8")
    result = build_site(repo, dest)
    assert result.returncode == 0, result.stderr
    yield url
    server.shutdown()


def test_maps_work_with_instant_navigation(page, instant_site, site_dir):
    total = len(features(site_dir))
    page.goto(instant_site)
    page.wait_for_load_state("networkidle")
    page.evaluate("window.zelfdePagina = true")
    page.locator("a[href$='sociale-kaart/kaart/']").first.click()
    page.wait_for_selector(".wwk-kaart[data-status=klaar]", timeout=15000)
    assert page.evaluate("window.zelfdePagina") is True, "instant navigation kept the page"
    assert drawn(page)["total"] == total
    # away and back again: the old map is freed, the new one drawn
    page.go_back()
    page.wait_for_function("!document.querySelector('.wwk-kaart')")
    page.go_forward()
    page.wait_for_selector(".wwk-kaart[data-status=klaar]", timeout=15000)
    assert page.evaluate("wegwijzerKaart.kaarten.length") == 1
    assert drawn(page)["total"] == total
