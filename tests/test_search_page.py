"""The search page (`sociale-kaart/zoeken.md`): form and facets, the manifest, the scripts it
loads by relative URLs, the list per municipality for visitors without JavaScript, and
escaping of record text in all of it. The browser side is in tests/browser/test_search.py.
"""

from __future__ import annotations

import json
import re

import markdown
import pytest
from test_search_index import BEEK, HEEMSTEDE, STEIN, make_catalog

from wegwijzer.search import page as search_page
from wegwijzer.search.index import FOLDER
from wegwijzer.settings import SiteSettings

EVIL = "</script><script>alert(1)</script><img src=x onerror=alert(2)>`${alert(3)}`"
EXTENSIONS = ["attr_list", "md_in_html", "admonition", "def_list", "toc"]


@pytest.fixture(scope="module")
def files():
    return search_page.generate(make_catalog(), SiteSettings())


@pytest.fixture(scope="module")
def html(files):
    """The page body as MkDocs renders it (front matter off, the site's extensions)."""
    source = files[search_page.PATH]
    body = source.split("\n---\n", 1)[1]
    return markdown.markdown(body, extensions=EXTENSIONS)


def manifest_of(html: str) -> dict:
    match = re.search(
        r'<script type="application/json" id="ww-zoek-gegevens">(.*?)</script>', html, re.S
    )
    assert match
    return json.loads(match.group(1))


def test_generate_emits_the_page_and_the_index_files(files):
    assert search_page.PATH == "sociale-kaart/zoeken.md"
    index_files = [p for p in files if p.startswith(FOLDER + "/")]
    # a file per group of municipalities (Beek and Stein: one region), names, whole catalogue
    assert len(index_files) == 2 + 2
    assert all(isinstance(files[p], bytes) for p in index_files)
    assert isinstance(files[search_page.PATH], str)


def test_front_matter(files):
    front = files[search_page.PATH].split("\n---\n", 1)[0]
    assert 'title: "Zoeken in de sociale kaart"' in front


def test_manifest_in_the_page(files, html):
    manifest = manifest_of(html)
    assert manifest["map"] == "../zoekindex/"  # from sociale-kaart/zoeken/
    assert manifest["wortel"] == "../../"
    codes = [m["code"] for m in manifest["gemeenten"]]
    assert codes == [BEEK, HEEMSTEDE, STEIN]  # by name
    for entry in manifest["gemeenten"]:
        assert f"{FOLDER}/{entry['shard']}" in files
    assert f"{FOLDER}/{manifest['namen']}" in files
    assert manifest["synoniemen"]["scheiding"] == ["echtscheid"]


def test_form_and_facets(html):
    assert re.search(r'<form class="ww-zoek-formulier" id="ww-zoekformulier"[^>]* hidden>', html)
    for name in ("q", "gemeente", "postcode", "leeftijd", "thema", "toegang", "kosten", "voor"):
        assert f'name="{name}"' in html
        assert f'<label for="ww-{name}">' in html  # every field has a label
    assert 'type="checkbox" id="ww-open" name="open"' in html
    assert '<option value="zwanger">Zwanger / nog niet geboren</option>' in html
    assert '<option value="0">0 jaar (baby)</option>' in html
    assert '<option value="23">23 jaar</option>' in html
    assert f'<option value="{HEEMSTEDE}">Heemstede</option>' in html
    assert '<option value="echtscheiding">Scheiden en uit elkaar gaan</option>' in html
    assert '<option value="verwijzing">Verwijzing nodig</option>' in html
    assert '<option value="pgb">PGB</option>' in html
    assert '<option value="jongeren">Jongeren</option>' in html
    assert 'role="status"' in html and 'aria-live="polite"' in html


def test_scripts_and_stylesheet_load_by_relative_urls_in_order(html):
    sources = re.findall(r'<script src="([^"]+)" defer></script>', html)
    assert sources == [
        "../../assets/vendor/lunr/lunr.min.js",
        "../../assets/vendor/lunr/lunr.stemmer.support.js",
        "../../assets/vendor/lunr/lunr.nl.js",
        "../../assets/javascripts/zoek-pipeline.js",
        "../../assets/javascripts/zoeken.js",
    ]
    assert '<link rel="stylesheet" href="../../assets/stylesheets/zoeken.css">' in html
    # Material's search dialog is gone, so nothing has to hide ?q= from it any more.
    assert "wegwijzerZoekQ" not in html


def test_without_javascript_a_list_per_municipality(html):
    fallback = html[html.index('id="ww-zonder-script"') :]
    links = re.findall(r'<a href="([^"]+)">Aanbod in ([^<]+)</a>', fallback)
    assert links == [
        ("../../gemeenten/beek/#aanbod", "Beek"),
        ("../../gemeenten/heemstede/#aanbod", "Heemstede"),
        ("../../gemeenten/stein/#aanbod", "Stein"),
    ]


def test_safety_numbers_are_one_tap_away(html):
    assert '<a href="tel:112">112</a>' in html
    assert '<a href="tel:+318002000">0800-2000</a>' in html


def test_record_text_is_escaped_in_the_page_and_the_manifest():
    catalog = make_catalog()
    catalog.municipalities[STEIN].name = EVIL
    catalog.themes["opvoeden"].label = EVIL
    page = search_page.generate(catalog, SiteSettings())[search_page.PATH]
    assert "<script>alert" not in page and "<img" not in page
    assert page.count("</script>") == page.count("<script")  # none closed early
    html = markdown.markdown(page.split("\n---\n", 1)[1], extensions=EXTENSIONS)
    names = [m["naam"] for m in manifest_of(html)["gemeenten"]]
    assert EVIL in names  # the data survives, as data


def test_two_builds_give_the_same_files():
    assert search_page.generate(make_catalog(), SiteSettings()) == search_page.generate(
        make_catalog(reverse=True), SiteSettings()
    )
