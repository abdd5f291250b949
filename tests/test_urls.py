"""wegwijzer.urls: record page sources and URLs, and every output that names a record page."""

from __future__ import annotations

from types import SimpleNamespace

from fixtures import ROOT, TODAY

from wegwijzer import urls
from wegwijzer.blocks.page import href
from wegwijzer.maps.geojson import locations_geojson
from wegwijzer.opendata import api
from wegwijzer.pages.components import record_target
from wegwijzer.records.catalog import load_catalog
from wegwijzer.records.published import select
from wegwijzer.search.index import prepare


def test_sources_and_pages():
    service = SimpleNamespace(provider_id="cjg-stein", local_id="advies")
    municipality = SimpleNamespace(id="stein")
    location = SimpleNamespace(provider_id="cjg-stein", local_id="hoofdlocatie")
    assert urls.provider_source("cjg-stein") == "aanbieders/cjg-stein.md"
    assert urls.service_source(service) == "diensten/cjg-stein/advies.md"
    assert urls.municipality_source(municipality) == "gemeenten/stein.md"
    assert urls.theme_source("opvoeden") == "sociale-kaart/thema/opvoeden.md"
    assert urls.location_anchor(location) == "locatie-hoofdlocatie"
    assert urls.provider_page("cjg-stein") == "aanbieders/cjg-stein/"
    assert urls.service_page(service) == "diensten/cjg-stein/advies/"
    assert urls.municipality_page(municipality) == "gemeenten/stein/"
    assert urls.theme_page("opvoeden") == "sociale-kaart/thema/opvoeden/"
    assert urls.site_path("index.md") == ""
    assert urls.site_path("aanbieders/index.md") == "aanbieders/"
    assert urls.site_path("kaart.geojson") == "kaart.geojson"


def test_segments_are_percent_encoded():
    odd = SimpleNamespace(provider_id="a b/c", local_id="d?#e")
    assert urls.service_page(odd) == "diensten/a%20b/c/d%3F%23e/"
    assert urls.page("handboek/één.md") == "handboek/%C3%A9%C3%A9n/"
    # a link from the site root is the page URL itself
    assert href("index.md", urls.service_source(odd)) == urls.service_page(odd)


def test_every_output_names_the_same_pages():
    catalog, _ = load_catalog(ROOT, today=TODAY)
    pub = select(catalog)
    service = next(s for s in catalog.active_services() if s.id in pub.shown)
    page = urls.service_page(service)
    assert record_target(service) == (urls.service_source(service), "")
    assert href("index.md", urls.service_source(service)) == page
    assert api.service_object(pub, service)["page"] == page
    assert prepare(catalog, service, "0").card["url"] == page
    features = locations_geojson(catalog)["features"]
    listed = [s for f in features for s in f["properties"]["diensten"]]
    assert listed and all(s["url"] == urls.service_page(catalog.services[s["id"]]) for s in listed)
    assert all(
        f["properties"]["aanbieder_url"] == urls.provider_page(f["properties"]["aanbieder"])
        for f in features
    )
