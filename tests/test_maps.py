"""wegwijzer.maps without a browser: GeoJSON, the overview page, embeds, escaping, determinism."""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from html.parser import HTMLParser

import markdown
import pytest
from fixtures import ROOT, TODAY

from wegwijzer import maps, scripts
from wegwijzer.blocks import map as map_element
from wegwijzer.maps.geojson import locations_geojson
from wegwijzer.records.catalog import load_catalog
from wegwijzer.records.model import Catalog, Location, Municipality, Provider, Service, Theme
from wegwijzer.settings import SiteSettings

HOSTILE = "<img src=x onerror=alert(1)>${alert(2)}`<script>alert(3)</script>\"'&amp;"
LABELS = {"locatie.soort": {"cjg": "CJG", "inlooppunt": "Inlooppunt", "online": "Online"}}
# the Markdown extensions of mkdocs.yml that touch raw HTML
EXTENSIONS = ["attr_list", "md_in_html", "admonition", "toc"]


def location(provider: str, local: str, name: str, kind: str = "cjg", lat=50.9690, lon=5.7667):
    located = lat is not None
    return Location(
        id=f"{provider}/{local}",
        local_id=local,
        provider_id=provider,
        name=name,
        kind=kind,
        raw={},
        source=f"providers/{provider}.yaml",
        line=1,
        municipality="GM0971" if located else None,
        lat=lat,
        lon=lon,
        address={"straat": "Raadhuisplein 1", "postcode": "6171 EA", "plaats": "Stein"}
        if located
        else None,
        opening_hours="Mo-Fr 08:30-17:00; PH off" if located else None,
        phone="046-8506910",
    )


def catalog(name: str = "CJG Stein", order: int = 0) -> Catalog:
    """A provider with two located places (one with `name`) and one online place."""
    cat = Catalog(today=TODAY, labels=LABELS)
    cat.themes["opvoeden"] = Theme("opvoeden", "Opvoeden", "Vragen over opvoeden.")
    cat.municipalities["GM0971"] = Municipality(
        id="stein",
        code="GM0971",
        name="Stein",
        province="Limburg",
        region="Westelijke Mijnstreek",
        postcodes=[(6170, 6171)],
        last_reviewed=TODAY,
        raw={},
        source="gemeenten/stein.yaml",
    )
    provider = Provider(
        id="cjg",
        name=name,
        kind="cjg",
        description="Een centrum voor jeugd en gezin.",
        raw={},
        source="providers/cjg.yaml",
        last_reviewed=TODAY,
    )
    places = [
        location("cjg", "stein", name),
        location("cjg", "elsloo", "Inloop Elsloo", "inlooppunt", 50.9501, 5.7829),
        location("cjg", "online", "Online loket", "online", None, None),
    ]
    if order:
        random.Random(order).shuffle(places)
    for place in places:
        provider.locations.append(place)
        cat.locations[place.id] = place
    service = Service(
        id="cjg/advies",
        local_id="advies",
        provider_id="cjg",
        name=name,
        description="Advies over opvoeden.",
        raw={},
        source="providers/cjg.yaml",
        line=1,
        themes=["opvoeden"],
        audience=["ouders"],
        access="vrij-toegankelijk",
        funding=["gratis"],
        location_ids=["cjg/stein"],
        area=["GM0971"],
    )
    provider.services.append(service)
    cat.services[service.id] = service
    cat.providers[provider.id] = provider
    return cat


class Tags(HTMLParser):
    """Every start tag with its attributes, from HTML as a browser would parse it."""

    def __init__(self, source: str):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.feed(source)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def rendered(page: str) -> str:
    """The page body as MkDocs renders it (front matter off, site's Markdown extensions)."""
    body = page.split("\n---\n", 1)[1]
    return markdown.markdown(body, extensions=EXTENSIONS)


def assert_inert(source: str) -> None:
    for tag, attrs in Tags(source).tags:
        assert tag not in ("script", "img", "iframe", "object", "style"), (tag, attrs)
        assert not [name for name in attrs if name.startswith("on")], (tag, attrs)
        for name in ("href", "src"):
            value = attrs.get(name) or ""
            assert ":" not in value.split("/")[0] or value.startswith("tel:"), (tag, attrs)


# ----------------------------------------------------------------------------- GeoJSON


def test_one_feature_per_location_with_coordinates():
    files = maps.generate(catalog(), SiteSettings())
    data = json.loads(files[maps.GEOJSON_PATH])
    assert data["type"] == "FeatureCollection"
    assert [f["id"] for f in data["features"]] == ["cjg/elsloo", "cjg/stein"]
    stein = data["features"][1]
    assert stein["geometry"] == {"type": "Point", "coordinates": [5.7667, 50.969]}
    props = stein["properties"]
    # open data: the facts as written, not the map's display fields (those are the map's own)
    assert props["telefoon"] == "046-8506910" and "tel" not in props
    assert props["diensten"] == ["cjg/advies"]
    assert props["pagina"] == "aanbieders/cjg/"
    assert props["openingstijden"] == "Mo-Fr 08:30-17:00; PH off"
    assert "roosters" not in data and "rooster" not in props and "id" not in props
    assert not {"openingstijden_tekst", "aanbieder_url"} & set(props)


def test_open_data_geojson_rounds_to_a_metre_and_leaves_out_empty_fields():
    cat = catalog()
    cat.locations["cjg/stein"].lat = 50.96912345
    data = json.loads(maps.generate(cat, SiteSettings())[maps.GEOJSON_PATH])
    stein = data["features"][1]
    assert stein["geometry"]["coordinates"] == [5.7667, 50.96912]
    for feature in data["features"]:
        assert all(value not in (None, "", []) for value in feature["properties"].values())


def test_province_files_are_compact_and_unpack_to_the_map_data():
    """What kaart.js's uitpakken() (20-laden.js) does, done here: the result is the map data."""
    cat, _ = load_catalog(ROOT, today=TODAY)
    files = maps.generate(cat, SiteSettings())
    full = {f["id"]: f for f in locations_geojson(cat)["features"]}
    summary = json.loads(files["assets/kaart/provincies.json"])
    for province in summary["provincies"]:
        text = files[province["bestand"]]
        part = json.loads(text)
        assert "\n" not in text and ": " not in text[:200]  # no pretty-printing
        for feature in part["features"]:
            props = dict(feature["properties"])
            expected = full[feature["id"]]["properties"]
            words = props.pop("openingstijden_tekst")
            assert part["uren"][words] == expected["openingstijden_tekst"]
            assert part["soorten"][props["soort"]] == expected["soort_label"]
            assert part["gemeenten"][props["gemeente"]] == expected["gemeente_naam"]
            url = part["adressen"]["aanbieder"].replace("{id}", props["aanbieder"])
            assert url == expected["aanbieder_url"]
            services = [
                {"id": d[0], "naam": d[1], "url": part["adressen"]["dienst"].replace("{id}", d[0])}
                for d in props.pop("diensten")
            ]
            assert services == expected["diensten"]
            for line, want in zip(
                props.pop("telefoonlijnen"), expected["telefoonlijnen"], strict=True
            ):
                assert part["uren"][line["bereikbaar_tekst"]] == want["bereikbaar_tekst"]
                assert line["nummer"] == want["nummer"] and line.get("tel") == want["tel"]
            for key, value in props.items():
                assert value == expected[key], key
            assert not {"id", "openingstijden", "laatst_gecontroleerd"} & set(props)


def test_sample_data_has_a_feature_for_every_placed_location():
    cat, problems = load_catalog(ROOT, today=TODAY)
    assert not any(p.is_error for p in problems)
    data = json.loads(maps.generate(cat, SiteSettings())[maps.GEOJSON_PATH])
    placed = {
        loc.id
        for loc in cat.locations.values()
        if loc.lat is not None and cat.providers[loc.provider_id].status != "beeindigd"
    }
    assert {f["id"] for f in data["features"]} == placed
    assert placed, "the sample data has locations on the map"
    for feature in data["features"]:
        lon, lat = feature["geometry"]["coordinates"]
        assert 50.7 < lat < 53.7 and 3.3 < lon < 7.3


def test_output_is_deterministic_and_compact():
    first = maps.generate(catalog(), SiteSettings())
    for order in (1, 2, 3):
        assert maps.generate(catalog(order=order), SiteSettings()) == first
    text = first[maps.GEOJSON_PATH]
    assert text == json.dumps(
        json.loads(text), ensure_ascii=False, sort_keys=True, separators=(",", ":")
    )


def test_tile_settings():
    pdok = json.loads(maps.generate(catalog(), SiteSettings())[maps.SETTINGS_PATH])
    assert pdok["tegels"]["url"].startswith("https://service.pdok.nl/")
    assert "Kadaster" in pdok["tegels"]["attribution"]
    none = json.loads(maps.generate(catalog(), SiteSettings(tiles="geen"))[maps.SETTINGS_PATH])
    assert none == {"tegels": None}


# ----------------------------------------------------------------------------- the overview page


def test_overview_page_lists_every_location_and_its_filters():
    page = maps.generate(catalog(), SiteSettings())[maps.PAGE_PATH]
    assert page.startswith("---\ntitle: Kaart\n")
    html = rendered(page)
    tags = Tags(html).tags
    assert html.count("<li><h3>") == 2
    # by municipality, then name
    assert html.index("<h3>CJG Stein</h3>") < html.index("<h3>Inloop Elsloo</h3>")
    options = {a.get("value") for t, a in tags if t == "option"}
    assert {"GM0971", "cjg", "inlooppunt", "opvoeden"} <= options
    assert "online" not in options  # no online place on the map
    assert '<p class="wwk-telling" role="status" aria-live="polite">2 locaties</p>' in html
    assert 'href="tel:+31468506910"' in html
    assert 'href="../../aanbieders/cjg/"' in html and 'href="../../diensten/cjg/advies/"' in html
    assert "<noscript" in html  # the full list without JavaScript
    for label in ("Gemeente", "Soort locatie", "Thema"):
        assert f">{label}</label>" in html


def test_hostile_names_are_text_in_the_overview_page():
    page = maps.generate(catalog(HOSTILE), SiteSettings())[maps.PAGE_PATH]
    assert "<img" not in page and "<script" not in page
    assert "&lt;img src=x onerror=alert(1)&gt;${alert(2)}`&lt;script&gt;" in page
    assert "&amp;amp;" in page  # escaped once, so the reader sees the text as written
    assert_inert(rendered(page))


def test_hostile_names_are_data_in_the_geojson():
    text = maps.generate(catalog(HOSTILE), SiteSettings())[maps.GEOJSON_PATH]
    data = json.loads(text)
    names = {f["properties"]["naam"] for f in data["features"]}
    assert HOSTILE in names  # stays text: the browser sets it with textContent


# ----------------------------------------------------------------------------- embed


def test_embed_names_its_locations_and_has_a_text_fallback():
    block = map_element.embed(
        catalog(), ["cjg/stein", "cjg/online", "cjg/elsloo", "cjg/stein"], "CJG"
    )
    assert block.startswith("\n\n") and block.endswith("\n\n")  # a raw HTML block in Markdown
    tags = Tags(block).tags
    region = next(a for t, a in tags if "data-locaties" in a)
    assert region["data-locaties"] == "cjg/stein cjg/elsloo"  # online has no place
    assert region["role"] == "region" and region["aria-label"] == "Kaart: CJG"
    assert "hidden" in region and "data-root" not in region
    fallback = block[block.index('<ul class="wwk-kaart-tekst"') :]
    assert fallback.count("<li>") == 2 and "Raadhuisplein 1, 6171 EA Stein" in fallback
    assert '<div class="wwk-legenda-blok" hidden>' in block and "> CJG</li>" in block
    rooted = map_element.embed(catalog(), ["cjg/stein"], "CJG", root="../../")
    assert 'data-root="../../"' in rooted


def test_embed_without_a_place_is_empty_and_unknown_ids_fail():
    assert map_element.embed(catalog(), ["cjg/online"], "Online") == ""
    assert map_element.embed(catalog(), [], "Niets") == ""
    with pytest.raises(KeyError):
        map_element.embed(catalog(), ["bestaat/niet"], "Fout")


def test_embed_escapes_hostile_names_and_titles():
    block = map_element.embed(catalog(HOSTILE), ["cjg/stein"], HOSTILE)
    # the map's own data, inline: JSON that no name can close or leave
    data = re.search(r'<script type="application/json" class="wwk-gegevens">(.*?)</script>', block)
    assert (
        "<" not in data.group(1)
        and json.loads(data.group(1))["features"][0]["properties"]["naam"]
        == catalog(HOSTILE).locations["cjg/stein"].name
    )
    block = block.replace(data.group(0), "")
    assert "<img" not in block and "<script" not in block
    html = markdown.markdown(block, extensions=EXTENSIONS)
    assert_inert(html)
    region = next(a for t, a in Tags(html).tags if "data-locaties" in a)
    assert region["aria-label"] == "Kaart: " + HOSTILE


def test_the_site_loads_the_map_script_and_style():
    config = (ROOT / "mkdocs.yml").read_text("utf-8")
    # kaart.js only on pages with a map: the theme adds it there, not mkdocs.yml everywhere
    assert "assets/javascripts/kaart.js" not in config
    assert "assets/javascripts/kaart.js" in (ROOT / "overrides/main.html").read_text("utf-8")
    assert "assets/stylesheets/kaart.css" in config
    assert "sociale-kaart/kaart/index.md" in config  # every page as X/index.md (layout.py)
    script = scripts.assets(ROOT)["assets/javascripts/kaart.js"].decode("utf-8")
    assert "innerHTML" not in script and "insertAdjacentHTML" not in script
    for path in ("assets/kaart/provincies.json", "assets/vendor/leaflet/leaflet.js"):
        assert path in script
    assert '"api/v1/locations.geojson"' not in script  # open data, not the map's


def test_day_is_the_catalog_date():
    """The schedules start at the build date, so two builds on one day are identical."""
    files = maps.generate(catalog(), SiteSettings())
    summary = json.loads(files["assets/kaart/provincies.json"])
    roosters = [
        rooster
        for province in summary["provincies"]
        for rooster in json.loads(files[province["bestand"]])["roosters"].values()
    ]
    assert roosters
    # only a schedule with exceptions has dates ("van"); then they start at the build date
    starts = {r["van"] for r in roosters if "van" in r}
    assert starts <= {TODAY.isoformat()}
    assert isinstance(TODAY, dt.date)


# ----------------------------------------------------------------------------- per province


def test_the_overview_data_comes_per_province():
    cat, _ = load_catalog(ROOT, today=TODAY)
    files = maps.generate(cat, SiteSettings())
    everything = locations_geojson(cat)
    summary = json.loads(files["assets/kaart/provincies.json"])
    assert summary["alles_laden"] is True  # 28 locations: small enough to load at once
    seen = []
    for province in summary["provincies"]:
        part = json.loads(files[province["bestand"]])
        ids = [f["id"] for f in part["features"]]
        assert len(ids) == province["aantal"] > 0
        seen += ids
        names = {cat.municipalities[f["properties"]["gemeente"]].province for f in part["features"]}
        assert names == {province["naam"]}
        # only the schedules its features name, each as in the country's file
        keys = {f["properties"].get("rooster") for f in part["features"]} | {
            line.get("rooster")
            for f in part["features"]
            for line in f["properties"]["telefoonlijnen"]
        }
        assert set(part["roosters"]) == keys - {None}
        assert all(part["roosters"][k] == everything["roosters"][k] for k in part["roosters"])
        # the filters' counts without the file: every location, and per type and theme
        assert province["tellingen"]["|"] == province["aantal"]
        for kind in {f["properties"]["soort"] for f in part["features"]}:
            expected = sum(f["properties"]["soort"] == kind for f in part["features"])
            assert province["tellingen"][f"{kind}|"] == expected
        (south, west), (north, east) = province["grenzen"]
        for f in part["features"]:
            lon, lat = f["geometry"]["coordinates"]
            assert south <= lat <= north and west <= lon <= east
    assert sorted(seen) == sorted(f["id"] for f in everything["features"])
    for code, key in summary["gemeenten"].items():
        assert key in {p["id"] for p in summary["provincies"]}, code
    # the page preloads the summary and, all at once, every province's file
    page = files[maps.PAGE_PATH]
    assert 'href="../../assets/kaart/provincies.json"' in page
    assert all(f'href="../../{p["bestand"]}"' in page for p in summary["provincies"])
    assert 'locations.geojson" as=' not in page


def test_a_big_network_loads_per_province(monkeypatch):
    from wegwijzer.maps import provinces

    monkeypatch.setattr(provinces, "ALL_AT_ONCE", 5)
    cat, _ = load_catalog(ROOT, today=TODAY)
    files = maps.generate(cat, SiteSettings())
    summary = json.loads(files["assets/kaart/provincies.json"])
    assert summary["alles_laden"] is False
    page = files[maps.PAGE_PATH]
    assert 'href="../../assets/kaart/provincies.json"' in page
    assert "assets/kaart/provincie/" not in page  # nothing of a province before it is asked


def test_popup_data_has_the_phone_lines_crisis_first():
    cat, _ = load_catalog(ROOT, today=TODAY)
    provider = cat.providers["cjg-heemstede"]
    place = next(loc for loc in provider.locations if loc.lat is not None)
    lines = map_element.phone_lines_at(place, provider)
    assert [line.number for line in lines] == [line.number for line in provider.phone_lines]
    data = locations_geojson(cat)
    props = next(f["properties"] for f in data["features"] if f["id"] == place.id)
    assert [line["nummer"] for line in props["telefoonlijnen"]] == ["023-5485600"]
    assert props["telefoonlijnen"][0]["tel"] == "tel:+31235485600"
    assert map_element.line_hours([["elke dag", "dag en nacht open"]]) == "dag en nacht"
    assert {"telefoonlijnen", "op_afspraak"} <= map_element.POPUP


def test_the_list_without_javascript_has_lines_and_appointments():
    cat, _ = load_catalog(ROOT, today=TODAY)
    page = maps.generate(cat, SiteSettings())[maps.PAGE_PATH]
    assert '<a class="ww-tel" href="tel:+31235485600">023-5485600</a>' in page
    assert '<strong class="ww-afspraak">Op afspraak</strong>' in page
    assert "(bereikbaar: maandag t/m donderdag" in page
