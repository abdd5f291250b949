"""Record text is untrusted: a hostile record in every text field renders inert.

Builds a catalog directly from model objects (so even values the schema would refuse, such
as a `javascript:` website, reach the generators), renders every page with
`wegwijzer.pages.generate`, runs the Markdown through Python-Markdown with the site's
extensions, and checks the HTML with a parser: no element or attribute came from record text,
no unsafe URL, and the JSON-LD parses and cannot close its `<script>`.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from html import unescape
from html.parser import HTMLParser

import markdown
import pytest
import yaml

from wegwijzer.pages import generate
from wegwijzer.pages.handbook import render_page
from wegwijzer.records.model import Catalog, Location, Municipality, Provider, Route, Service, Theme
from wegwijzer.settings import SiteSettings

TODAY = dt.date(2026, 11, 22)
EVIL = (
    "<script>alert(1)</script><img src=x onerror=alert(2)>\"'`${alert(3)}`"
    "</script><!-- [klik](javascript:alert(4)) *x* _y_ {: onclick=alert(5) }"
)
EXTENSIONS = ["attr_list", "md_in_html", "admonition", "def_list", "tables", "toc"]
SETTINGS = SiteSettings.from_mapping("https://github.com/org/repo", {})
ALLOWED_TAGS = {
    "a", "br", "code", "dd", "details", "div", "dl", "dt", "em", "footer", "form", "h1",
    "h2", "h3", "h4", "h5", "label", "li", "ol", "option", "p", "script", "section",
    "select", "span", "strong", "summary", "table", "tbody", "td", "th", "time", "tr", "ul",
    "button", "blockquote", "b", "i",
}  # fmt: skip


def hostile_catalog() -> Catalog:
    catalog = Catalog(today=TODAY)
    catalog.labels = {}
    catalog.themes["opvoeden"] = Theme("opvoeden", EVIL, EVIL, [EVIL])
    raw_location = {"omschrijving": EVIL, "toegankelijkheid": EVIL}
    location = Location(
        id="kwaad/plek",
        local_id="plek",
        provider_id="kwaad",
        name=EVIL,
        kind="cjg",
        raw=raw_location,
        source="providers/kwaad.yaml",
        line=1,
        municipality="GM0001",
        lat=52.0,
        lon=5.0,
        address={"straat": EVIL, "postcode": EVIL, "plaats": EVIL},
        opening_hours='Mo-Fr 08:30-17:00 "<script>alert(6)</script>"; PH off',
        phone=EVIL,
        email=EVIL,
        website="javascript:alert(7)",
    )
    service = Service(
        id="kwaad/dienst",
        local_id="dienst",
        provider_id="kwaad",
        name=EVIL,
        description=EVIL + "\n\n[link](javascript:alert(8)) <b onmouseover=alert(9)>x</b>",
        raw={"aanmelden": EVIL},
        source="providers/kwaad.yaml",
        line=2,
        themes=["opvoeden", EVIL],
        audience=["ouders", EVIL],
        access="verwijzing",
        funding=["gratis", EVIL],
        referrers=["huisarts", EVIL],
        delivery=[EVIL],
        location_ids=["kwaad/plek"],
        area=["GM0001", EVIL],
        languages=["nl", EVIL],
        age_min_months=-9,
        age_max_months=275,
        phone=EVIL,
        email=EVIL,
        website="javascript:alert(10)",
        last_reviewed=dt.date(2024, 1, 1),
    )
    provider = Provider(
        id="kwaad",
        name=EVIL,
        kind=EVIL,
        description=EVIL + "\n\n<iframe src=javascript:alert(11)></iframe>",
        raw={"telefoon_toelichting": EVIL},
        source="providers/kwaad.yaml",
        last_reviewed=dt.date(2024, 1, 1),
        sample=True,
        phone=EVIL,
        email=EVIL,
        website="javascript:alert(12)",
        locations=[location],
        services=[service],
    )
    route = {
        "samenvatting": EVIL,
        "eerste_aanspreekpunt": [{"wie": "kwaad/plek", "toelichting": EVIL}],
        "toegang_specialistisch": [
            {"wie": "kwaad/dienst", "hoe": EVIL},
            {"wat": EVIL, "wie": "kwaad", "hoe": EVIL},
        ],
        "verwijzers": [{"soort": EVIL, "wie": "kwaad", "toelichting": EVIL}],
        "financiering": {"zorg_in_natura": EVIL, "pgb": EVIL, "pgb_aanvragen_bij": "kwaad"},
        "veiligheid": {"lokaal_team": "kwaad", "toelichting": EVIL},
        "stappen": [{"titel": EVIL, "tekst": EVIL, "wie": "kwaad/dienst"}],
        "contacten": ["kwaad", "kwaad/dienst"],
    }
    municipality = Municipality(
        id="kwaadstad",
        code="GM0001",
        name=EVIL,
        province=EVIL,
        region=EVIL,
        postcodes=[(1000, 1001)],
        last_reviewed=dt.date(2024, 1, 1),
        raw={},
        source="gemeenten/kwaadstad.yaml",
        body="Gewone tekst.",
        sample=True,
        routes=[
            Route(dt.date(2017, 1, 1), None, route),
            Route(dt.date(2015, 1, 1), dt.date(2016, 12, 31), route),
        ],
    )
    catalog.providers["kwaad"] = provider
    catalog.locations[location.id] = location
    catalog.services[service.id] = service
    catalog.municipalities["GM0001"] = municipality
    return catalog


class Collector(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[tuple[dict, str]] = []
        self._script: dict | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.append((tag, attrs))
        if tag == "script":
            self._script = attrs
            self.scripts.append((attrs, ""))

    def handle_endtag(self, tag):
        if tag == "script":
            self._script = None

    def handle_data(self, data):
        if self._script is not None:
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)


def split(page: str) -> tuple[dict, str]:
    assert page.startswith("---\n")
    front, _, body = page[4:].partition("\n---\n")
    return yaml.safe_load(front), body


def render(page: str) -> str:
    _, body = split(page)
    return markdown.markdown(body, extensions=EXTENSIONS)


@pytest.fixture(scope="module")
def pages() -> dict[str, str]:
    return generate(hostile_catalog(), SETTINGS)


def test_every_kind_of_page_is_generated(pages):
    assert {
        "index.md",
        "aanbieders/kwaad.md",
        "diensten/kwaad/dienst.md",
        "gemeenten/kwaadstad.md",
        "gemeenten/index.md",
        "cjg-locaties.md",
        "sociale-kaart/thema/opvoeden.md",
    } <= set(pages)


def test_front_matter_title_is_escaped(pages):
    for path, page in pages.items():
        front, _ = split(page)
        assert "<" not in front["title"] and ">" not in front["title"], path
        assert "<" not in front.get("description", ""), path


def test_no_element_or_attribute_from_record_text(pages):
    for path, page in pages.items():
        parser = Collector()
        parser.feed(render(page))
        for tag, attrs in parser.tags:
            assert tag in ALLOWED_TAGS, (path, tag)
            for name, value in attrs.items():
                assert not name.startswith("on"), (path, tag, name)
                if name == "href":
                    assert value.split(":", 1)[0] in {"tel", "mailto", "https"} or (
                        ":" not in value.split("/", 1)[0]
                    ), (path, value)
        for attrs, raw in parser.scripts:
            # data only: JSON-LD, and a small map's own locations (blocks.map.embed)
            assert attrs in (
                {"type": "application/ld+json"},
                {"type": "application/json", "class": "wwk-gegevens"},
            ), path
            assert "<" not in raw and ">" not in raw, path


def test_json_ld_parses_and_cannot_break_out(pages):
    seen = 0
    for path in ("aanbieders/kwaad.md", "diensten/kwaad/dienst.md"):
        parser = Collector()
        parser.feed(render(pages[path]))
        scripts = [raw for attrs, raw in parser.scripts if attrs["type"] == "application/ld+json"]
        assert len(scripts) == 1
        raw = scripts[0]
        assert "<" not in raw and ">" not in raw
        data = json.loads(raw)
        assert data["@context"] == "https://schema.org"
        seen += 1
        assert all(not u.lower().startswith("javascript") for u in _urls(data))
    assert seen == 2


def _urls(data) -> list[str]:
    """Every value of a `url` or `serviceUrl` key in a JSON-LD tree."""
    if isinstance(data, list):
        return [u for item in data for u in _urls(item)]
    if isinstance(data, dict):
        own = [v for k, v in data.items() if k in ("url", "serviceUrl")]
        return own + [u for v in data.values() for u in _urls(v)]
    return []


def test_javascript_urls_never_become_links(pages):
    for path, page in pages.items():
        html = render(page)
        assert 'href="javascript' not in html.lower(), path
        assert "<iframe" not in html and "<img" not in html, path


def test_hostile_text_is_visible_as_text(pages):
    html = render(pages["aanbieders/kwaad.md"])
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "${alert(3)}" in html  # inert text in HTML, never inside a script


def test_handbook_cards_and_links_escape_record_text():
    catalog = hostile_catalog()
    source = (
        "Zie [[kwaad/dienst]] en [[kwaad|*eigen* _tekst_ <b>vet</b> `code`]].\n\n[[kwaad/dienst]]\n"
    )
    page, problems = render_page("handboek/x.md", source, catalog)
    assert problems == []
    _, body = split(page)
    html = markdown.markdown(body, extensions=EXTENSIONS)
    parser = Collector()
    parser.feed(html)
    assert {tag for tag, _ in parser.tags} <= ALLOWED_TAGS - {"em", "b", "code"}
    assert not any(name.startswith("on") for _, attrs in parser.tags for name in attrs)
    assert not parser.scripts
    labels = re.findall(r'<a class="ww-ref" href="[^"]*">(.*?)</a>', html)
    assert [unescape(label) for label in labels] == [EVIL, "*eigen* _tekst_ <b>vet</b> `code`"]
