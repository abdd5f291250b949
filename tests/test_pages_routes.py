"""Route pages per municipality: the route in force on the build date on top, the safety
route always, earlier (and announced) routes in `<details>` with "tot 1 januari 2017" dates."""

from __future__ import annotations

import datetime as dt

import pytest

from wegwijzer.pages.routes import editor_body, period, route_page
from wegwijzer.records.model import Catalog, Municipality, Provider, Route
from wegwijzer.settings import SiteSettings

SETTINGS = SiteSettings.from_mapping("https://github.com/org/repo", {})


def _route(start, end, summary, entry="cjg-x", **extra) -> Route:
    raw = {
        "geldig_vanaf": start,
        "samenvatting": summary,
        "eerste_aanspreekpunt": [{"wie": entry, "toelichting": "Balie"}],
        "verwijzers": [{"soort": "huisarts"}, {"soort": "gemeente", "wie": "gemeente-x"}],
        "veiligheid": {"lokaal_team": "gemeente-x", "toelichting": "Het team doet casemanagement."},
        **extra,
    }
    return Route(dt.date.fromisoformat(start), dt.date.fromisoformat(end) if end else None, raw)


def catalog_on(today: dt.date) -> tuple[Catalog, Municipality]:
    catalog = Catalog(today=today)
    for pid, name, phone in (
        ("cjg-x", "CJG Xstad", "046-8506910"),
        ("gemeente-x", "Gemeente Xstad", "046-4359393"),
    ):
        catalog.providers[pid] = Provider(
            id=pid,
            name=name,
            kind="cjg",
            description="Omschrijving van de organisatie.",
            raw={},
            source=f"providers/{pid}.yaml",
            last_reviewed=dt.date(2026, 1, 1),
            phone=phone,
        )
    municipality = Municipality(
        id="xstad",
        code="GM0999",
        name="Xstad",
        province="Limburg",
        region="Westelijke Mijnstreek",
        postcodes=[(6170, 6171)],
        last_reviewed=dt.date(2026, 1, 1),
        raw={},
        source="gemeenten/xstad.yaml",
        body="# Jeugdhulp in Xstad\n\n## Voor ouders\n\nTekst van de redactie.",
        routes=[
            _route(
                "2027-01-01",
                None,
                "Nieuwe route per 2027.",
                financiering={"pgb": "Via het loket.", "pgb_aanvragen_bij": "gemeente-x"},
            ),
            _route(
                "2017-01-01",
                "2026-12-31",
                "De gemeente regelt de toegang.",
                financiering={
                    "zorg_in_natura": "Een arrangement.",
                    "pgb": "Aanvragen bij de gemeente.",
                    "pgb_aanvragen_bij": "gemeente-x",
                },
            ),
            _route("2015-01-01", "2016-12-31", "Het CJG regelde de toegang."),
        ],
    )
    catalog.municipalities[municipality.code] = municipality
    return catalog, municipality


def sections(page: str) -> tuple[str, str]:
    """(route in force, everything after it)."""
    start = page.index('<section class="ww-route-nu"')
    end = page.index("</section>", start)
    return page[start:end], page[end:]


def test_route_in_force_on_top_and_history_below():
    catalog, municipality = catalog_on(dt.date(2026, 11, 22))
    page = route_page(catalog, SETTINGS, municipality)
    now, rest = sections(page)
    assert "De route naar jeugdhulp sinds 1 januari 2017" in now
    assert "De gemeente regelt de toegang." in now
    assert "Het CJG regelde de toegang." not in now
    assert "Nieuwe route per 2027." not in now
    assert "<summary>Van 1 januari 2015 tot 1 januari 2017</summary>" in rest
    assert "<summary>Vanaf 1 januari 2027 (aangekondigd)</summary>" in rest
    assert rest.index("Vanaf 1 januari 2027") < rest.index("Van 1 januari 2015")


def test_a_new_route_takes_over_on_its_first_day():
    catalog, municipality = catalog_on(dt.date(2027, 1, 1))
    now, rest = sections(route_page(catalog, SETTINGS, municipality))
    assert "sinds 1 januari 2027" in now and "Nieuwe route per 2027." in now
    assert "<summary>Van 1 januari 2017 tot 1 januari 2027</summary>" in rest
    assert "aangekondigd" not in rest


def safety_on_top(page: str) -> str:
    """The safety box, which comes before the route in force (first screen, first paper)."""
    start = page.index('<div class="ww-veilig"')
    assert start < page.index('<section class="ww-route-nu"')
    return page[start : page.index("</div>", start)]


def test_before_the_first_route_only_the_safety_route_is_shown():
    catalog, municipality = catalog_on(dt.date(2014, 6, 1))
    page = route_page(catalog, SETTINGS, municipality)
    now, _ = sections(page)
    assert "nog geen route beschreven" in now
    top = safety_on_top(page)
    assert 'href="tel:+318002000">0800-2000</a>' in top
    assert 'href="tel:112">112</a>' in top


@pytest.mark.parametrize("today", ["2016-06-01", "2026-11-22", "2030-01-01"])
def test_safety_route_is_always_on_top(today):
    catalog, municipality = catalog_on(dt.date.fromisoformat(today))
    now = safety_on_top(route_page(catalog, SETTINGS, municipality))
    assert 'href="tel:+318002000">0800-2000</a>' in now
    assert 'href="tel:112">112</a>' in now
    assert "Het team doet casemanagement." in now
    # the local team is a link to its page, labelled with its name, with a tel: link
    assert '<a href="../../aanbieders/gemeente-x/">Gemeente Xstad</a>' in now
    assert 'href="tel:+31464359393"' in now


def test_references_are_links_with_names():
    catalog, municipality = catalog_on(dt.date(2026, 11, 22))
    now, _ = sections(route_page(catalog, SETTINGS, municipality))
    assert '<a href="../../aanbieders/cjg-x/">CJG Xstad</a>' in now
    assert "PGB aanvragen bij" in now and "Zorg in natura" in now
    assert '<ol class="ww-route"' in now  # the visual step-by-step route


def test_editor_body_follows_the_route_without_a_second_h1():
    catalog, municipality = catalog_on(dt.date(2026, 11, 22))
    page = route_page(catalog, SETTINGS, municipality)
    assert page.count("Jeugdhulp in Xstad") == 2  # front matter title and the one H1
    assert page.index("</section>") < page.index('<h2 id="voor-ouders">Voor ouders')
    assert editor_body("# Titel\n\nTekst") == '<div class="ww-tekst"><p>Tekst</p></div>'
    assert editor_body("## Kop\n\nTekst") == (
        '<div class="ww-tekst"><h2 id="kop">Kop</h2>\n<p>Tekst</p></div>'
    )
    hostile = editor_body("<script>alert(1)</script>\n\n[x](javascript:alert(2))")
    assert "<script" not in hostile and "javascript" not in hostile and ">x</a>" in hostile


def test_period_wording():
    assert period(Route(dt.date(2015, 1, 1), dt.date(2016, 12, 31), {})) == (
        "van 1 januari 2015 tot 1 januari 2017"
    )
    assert period(Route(dt.date(2018, 1, 1), None, {})) == "sinds 1 januari 2018"


def test_route_page_front_matter_points_to_the_source():
    catalog, municipality = catalog_on(dt.date(2026, 11, 22))
    page = route_page(catalog, SETTINGS, municipality)
    assert 'bron: "gemeenten/xstad.yaml"' in page.split("---")[1]
    assert "Laatst gecontroleerd op" in page
    assert "https://github.com/org/repo/edit/main/gemeenten/xstad.yaml" in page
