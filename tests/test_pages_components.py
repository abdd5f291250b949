"""Shared page bits: relative links, Dutch dates and ages, review notices, report links,
front matter; and the generated site as a whole: deterministic and small record pages."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml

from wegwijzer.blocks.page import date_nl, href, page
from wegwijzer.pages import generate
from wegwijzer.pages.components import age_text, phone_link
from wegwijzer.pages.notices import record_footer, report_url, review_notice
from wegwijzer.records.catalog import load_catalog
from wegwijzer.records.model import is_stale
from wegwijzer.settings import SiteSettings

ROOT = Path(__file__).resolve().parent.parent
TODAY = dt.date(2026, 11, 22)
SETTINGS = SiteSettings.from_mapping("https://github.com/org/repo", {})


@pytest.mark.parametrize(
    ("source", "target", "anchor", "expected"),
    [
        ("aanbieders/x.md", "diensten/x/y.md", "", "../../diensten/x/y/"),
        ("index.md", "gemeenten/stein.md", "", "gemeenten/stein/"),
        ("aanbieders/x.md", "index.md", "", "../../"),
        ("index.md", "index.md", "", "./"),
        ("handboek/index.md", "aanbieders/x.md", "locatie-a", "../aanbieders/x/#locatie-a"),
        ("handboek/p.md", "aanbieders/x.md", "", "../../aanbieders/x/"),
        ("aanbieders/index.md", "aanbieders/x.md", "", "x/"),
        ("cjg-locaties.md", 'aanbieders/a"b<c.md', "", "../aanbieders/a%22b%3Cc/"),
    ],
)
def test_relative_links_for_directory_urls(source, target, anchor, expected):
    assert href(source, target, anchor) == expected


def test_dutch_dates():
    assert date_nl(dt.date(2017, 1, 1)) == "1 januari 2017"
    assert date_nl(dt.date(2026, 10, 5)) == "5 oktober 2026"


@pytest.mark.parametrize(
    ("low", "high", "expected"),
    [
        (-9, 275, "vanaf de zwangerschap tot en met 22 jaar"),
        (-9, 11, "vanaf de zwangerschap tot 1 jaar"),
        (0, 215, "vanaf de geboorte tot en met 17 jaar"),
        (144, 299, "vanaf 12 jaar tot en met 24 jaar"),
        (18, 47, "vanaf 18 maanden tot en met 3 jaar"),
        (None, None, "alle leeftijden"),
    ],
)
def test_ages(low, high, expected):
    assert age_text(low, high) == expected


def test_review_notice_after_twelve_months():
    assert not is_stale(dt.date(2025, 11, 22), TODAY)
    assert is_stale(dt.date(2025, 11, 21), TODAY)
    fresh = review_notice(dt.date(2026, 10, 5), TODAY)
    assert "Laatst gecontroleerd op" in fresh and "5 oktober 2026" in fresh
    assert "Mogelijk verouderd" not in fresh
    old = review_notice(dt.date(2025, 1, 31), TODAY)
    assert "Mogelijk verouderd" in old and "31 januari 2025" in old


def test_report_link_carries_the_record_id():
    link = report_url(SETTINGS, "cjg-x/dienst & zo", "Naam")
    parts = urlsplit(link)
    assert (parts.scheme, parts.netloc, parts.path) == (
        "https",
        "github.com",
        "/org/repo/issues/new",
    )
    query = parse_qs(parts.query)
    assert query["title"] == ["Fout in cjg-x/dienst & zo"]
    assert "cjg-x/dienst & zo" in query["body"][0]
    footer = record_footer(SETTINGS, "cjg-x", "CJG", "providers/cjg-x.yaml", TODAY, TODAY)
    assert "Klopt er iets niet? <a href=" in footer and ">Meld een fout</a>" in footer
    assert (
        '<a href="https://github.com/org/repo/edit/main/providers/cjg-x.yaml">'
        "Wijzig deze gegevens</a>"
    ) in footer


def test_report_link_is_an_email_to_the_editors_with_page_and_record():
    settings = SiteSettings.from_mapping(
        "https://github.com/org/repo",
        {"redactie_email": "redactie@example.nl"},
        "https://example.nl/wegwijzer",
    )
    link = report_url(settings, "cjg-x/dienst", "Dienst & zo", "diensten/cjg-x/dienst.md")
    parts = urlsplit(link)
    assert (parts.scheme, parts.path) == ("mailto", "redactie@example.nl")
    query = parse_qs(parts.query)
    assert query["subject"] == ["Fout in cjg-x/dienst"]
    assert query["body"] == [
        "https://example.nl/wegwijzer/diensten/cjg-x/dienst/\nWat klopt er niet, en wat moet het zijn?\n"
    ]
    # short: it is on every record page (the address stays readable, "/" and ":" unescaped)
    assert len(link) < 180
    footer = record_footer(settings, "cjg-x", "CJG", "providers/cjg-x.yaml", TODAY, TODAY)
    # the edit link and the file path are only in the hidden editors' part
    editors = footer[footer.index('<p class="ww-redactie" data-ww-redactie hidden>') :]
    assert "Wijzig deze gegevens" in editors and "providers/cjg-x.yaml" in editors
    assert "providers/cjg-x.yaml" not in footer.replace(editors, "")


def test_phone_links():
    assert phone_link("046-8506910") == (
        '<a class="ww-tel" href="tel:+31468506910">046-8506910</a>'
    )
    assert phone_link("0800-2000") == '<a class="ww-tel" href="tel:+318002000">0800-2000</a>'
    assert phone_link("geen nummer <b>") == "geen nummer &lt;b&gt;"


def test_front_matter_is_yaml_with_an_escaped_title():
    text = page(["<p>x</p>"], title='A & B <i>"x"</i>\u2028', source="providers/a.yaml")
    front = yaml.safe_load(text.split("---")[1])
    assert front == {
        "title": "A &amp; B &lt;i&gt;&quot;x&quot;&lt;/i&gt;",
        "bron": "providers/a.yaml",
    }


@pytest.fixture(scope="module")
def real_pages():
    catalog, _ = load_catalog(ROOT, today=TODAY)
    return catalog, generate(catalog, SETTINGS, ROOT)


def test_generation_is_deterministic(real_pages):
    catalog, pages = real_pages
    again, _ = load_catalog(ROOT, today=TODAY)
    assert generate(again, SETTINGS, ROOT) == pages
    assert list(pages) == sorted(pages)


def test_every_record_has_a_page(real_pages):
    catalog, pages = real_pages
    for pid in catalog.providers:
        assert f"aanbieders/{pid}.md" in pages
    for service in catalog.services.values():
        assert f"diensten/{service.provider_id}/{service.local_id}.md" in pages
    for municipality in catalog.municipalities.values():
        assert f"gemeenten/{municipality.id}.md" in pages


def test_record_page_markdown_stays_small(real_pages):
    """The Markdown of a record page; the built HTML (with Material's chrome) is checked
    against 40 KB in the browser tests."""
    _, pages = real_pages
    sizes = {
        p: len(c.encode()) for p, c in pages.items() if p.startswith(("aanbieders/", "diensten/"))
    }
    assert max(sizes.values()) < 24_000, max(sizes.items(), key=lambda kv: kv[1])
