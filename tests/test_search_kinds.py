"""The other kinds of search documents (providers, CJG locations, routes, handbook pages) of
the sample repository, and the order of results on the page (`wegwijzer.search.order`)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from wegwijzer.check import check_repository
from wegwijzer.pages.handbook import sources_in
from wegwijzer.search import order
from wegwijzer.search.documents import others
from wegwijzer.search.index import FOLDER, build
from wegwijzer.search.unpack import ALL, unpack
from wegwijzer.settings import build_date, read_settings

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def catalog():
    catalog, _ = check_repository(ROOT, today=build_date(read_settings(ROOT).extra))
    return catalog


@pytest.fixture(scope="module")
def documents(catalog):
    return {o.key: o for o in others(catalog, sources_in(ROOT))}


def test_every_kind_is_there(documents):
    kinds = {o.card["soort"] for o in documents.values()}
    assert kinds == {"aanbieder", "cjg", "route", "handboek"}


def test_only_the_route_in_force_is_current(documents, catalog):
    zoetermeer = [o for o in documents.values() if o.key.startswith("route/GM0637/")]
    current = [o for o in zoetermeer if not o.card.get("oud")]
    old = [o for o in zoetermeer if o.card.get("oud")]
    assert [o.key for o in current] == ["route/GM0637/2018-01-01"]
    assert [o.key for o in old] == ["route/GM0637/2015-01-01"]
    assert old[0].card["url"] == "gemeenten/zoetermeer/#route-2015-01-01"
    assert "2016" in old[0].values["extra"].split()
    assert current[0].local_codes == {"GM0637"}


def test_a_handbook_snippet_has_no_heading_glued_to_it(documents):
    page = documents["handboek/handboek/poh-jeugd.md"]
    assert page.card["naam"] == "POH-jeugd bij de huisarts"
    assert page.card["url"] == "handboek/poh-jeugd/"
    assert page.card["tekst"].startswith("Veel ouders gaan met zorgen")
    assert "Wat doet de POH-jeugd?" in page.values["themas"]
    assert "Wat doet" not in page.card["tekst"]
    assert page.local_codes is None  # in every shard


def test_a_handbook_snippet_reads_an_admonition_as_text(documents):
    """`!!! danger "Direct gevaar? Bel 112"` is the site's Markdown, not words for a reader."""
    page = documents["handboek/handboek/veiligheid-en-meldcode.md"]
    assert "Direct gevaar? Bel 112" in page.values["tekst"]
    assert not [d.key for d in documents.values() if "!!!" in d.values["tekst"]]


def test_the_whole_catalogue_with_every_kind_stays_in_budget(catalog):
    built = build(catalog, sources_in(ROOT))
    raw = built.files[f"{FOLDER}/{built.manifest['alles']}"]
    assert len(gzip.compress(raw, 9)) <= 60_000
    documents = unpack(json.loads(raw), ALL)["documents"]
    assert {d.get("soort") for d in documents.values()} >= {None, "route"}


@pytest.mark.parametrize(
    ("query", "expected"),
    [("zoetermeer 2016", True), ("hoe ging het vroeger", True), ("pgb", False), ("12345", False)],
)
def test_asks_history(query, expected):
    assert order.asks_history(query) is expected


def test_order_services_first_unless_the_query_names_the_page():
    docs = {
        "a": {"soort": "handboek", "naam": "Veiligheid en de meldcode", "eigen": False},
        "b": {"naam": "Advies bij zorgen", "eigen": False},
        "c": {
            "soort": "route",
            "naam": "Route",
            "trefwoorden": "aanmelden gemeente",
            "eigen": True,
        },
        "d": {"soort": "route", "naam": "Eerdere route", "oud": 1, "eigen": True},
        "e": {"naam": "Hulp hier", "eigen": True},
    }
    hits = [(ref, 1.0) for ref in "abcde"]
    assert order.ordered(hits, docs, "zorgen") == ["e", "b", "a", "c"]
    assert order.ordered(hits, docs, "meldcode") == ["e", "a", "b", "c"]
    assert order.ordered(hits, docs, "aanmelden de gemeente") == ["c", "e", "b", "a"]
    assert order.ordered(hits, docs, "2016") == ["e", "b", "a", "c", "d"]
