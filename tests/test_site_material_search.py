"""Material's own site search (`search/search_index.json`, loaded by every visitor who opens
the search box): the handbook, the routes and the overview pages are in it; a provider only
with its name, kind, description and contact; service pages and the long lists of services
are not (the sociale-kaart search finds services)."""

from __future__ import annotations

import json


def _index(site_dir) -> list[dict]:
    return json.loads((site_dir / "search" / "search_index.json").read_text("utf-8"))["docs"]


def test_handbook_routes_and_overviews_are_searchable(site_dir):
    pages = {doc["location"].split("#")[0] for doc in _index(site_dir)}
    for expected in (
        "handboek/",
        "handboek/poh-jeugd/",
        "gemeenten/stein/",
        "gemeenten/",
        "sociale-kaart/",
        "sociale-kaart/themas/",
        "cjg-locaties/",
        "aanbieders/",
        "open-data/",
    ):
        assert expected in pages, expected


def test_service_pages_are_not_in_material_search(site_dir):
    assert not [d for d in _index(site_dir) if d["location"].startswith("diensten/")]


def test_a_provider_is_found_by_name_without_its_locations_and_services(site_dir):
    docs = [d for d in _index(site_dir) if d["location"].startswith("aanbieders/cjg-lelystad/")]
    assert docs and docs[0]["title"] == "Centrum voor Jeugd en Gezin Lelystad"
    anchors = {d["location"].partition("#")[2] for d in docs}
    assert anchors <= {"", "contact"}, anchors  # no #locaties, #aanbod, footer
    text = " ".join(d["text"] for d in docs)
    assert "Openingstijden" not in text and "Laatst gecontroleerd" not in text


def test_long_lists_of_services_stay_out_of_material_search(site_dir):
    docs = _index(site_dir)
    route = " ".join(d["text"] for d in docs if d["location"].startswith("gemeenten/stein/"))
    assert "Veilig Thuis" in route  # the route itself is searchable
    theme = [d for d in docs if d["location"].startswith("sociale-kaart/thema/")]
    assert theme and all(len(d["text"]) < 1000 for d in theme)
    everything = (site_dir / "search" / "search_index.json").stat().st_size
    assert everything < 250_000, everything  # the sample site; it was 448 KB with every page
