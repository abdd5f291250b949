"""Parents see no developer chrome: no repository link, edit pencil or file path on any page;
"Meld een fout" is a mailto: to the editors with the page address and the record id; the
editors' view (`?redactie`) shows "Wijzig deze gegevens" (CONTRIBUTING.md says how)."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml
from conftest import ROOT

EDITORS = re.compile(r'<p class="ww-redactie" data-ww-redactie hidden>.*?</p>', re.S)
PROVIDER = "aanbieders/cjg-heemstede/"
SIZES = [(360, 740), (320, 740)]
# Pages that are not parents' pages: the editors' own pages and the open-data page for
# developers who reuse the data (there the repository is the point).
NOT_FOR_PARENTS = ("redactie/", "open-data/", "api/")


def redactie_email() -> str:
    config = (ROOT / "mkdocs.yml").read_text("utf-8")
    # mkdocs.yml has !!python/name tags only in other configs; this one is plain YAML
    return yaml.safe_load(config)["extra"]["wegwijzer"]["redactie_email"]


def test_no_page_shows_developer_chrome(site_dir):
    pages = sorted(site_dir.rglob("*.html"))
    assert len(pages) > 100
    found = {}
    for path in pages:
        if path.relative_to(site_dir).as_posix().startswith(NOT_FOR_PARENTS):
            continue
        html = EDITORS.sub("", path.read_text("utf-8"))
        hits = [
            what
            for what, needle in (
                ("repository link", 'class="md-source"'),
                ("edit pencil", "md-content__button"),
                ("GitHub", "github.com"),
                ("file path", "bestand providers/"),
                ("file path", "(bestand "),
            )
            if needle in html
        ]
        if hits:
            found[path.relative_to(site_dir).as_posix()] = hits
    assert found == {}


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}px")
def test_report_a_mistake_is_an_email_to_the_editors(page, server_url, size):
    page.set_viewport_size({"width": size[0], "height": size[1]})
    page.goto(server_url + PROVIDER)
    link = page.get_by_role("link", name="Meld een fout")
    link.scroll_into_view_if_needed()
    assert link.is_visible()
    href = link.get_attribute("href")
    parts = urlsplit(href)
    assert parts.scheme == "mailto"
    assert parts.path == redactie_email()
    query = parse_qs(parts.query)
    assert "cjg-heemstede" in query["subject"][0]
    body = query["body"][0]
    assert "https://wegwijzer-jeugd.github.io/wegwijzer/aanbieders/cjg-heemstede/" in body
    assert "cjg-heemstede" in body
    # the editors' link is there for editors, not for parents
    assert page.get_by_role("link", name="Wijzig deze gegevens").count() == 0
    assert page.get_by_text("providers/cjg-heemstede.yaml").is_hidden()


def test_the_editors_view_shows_the_edit_link_until_turned_off(page, server_url):
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(server_url + PROVIDER + "?redactie")
    edit = page.get_by_role("link", name="Wijzig deze gegevens")
    assert edit.get_attribute("href").endswith("/edit/main/providers/cjg-heemstede.yaml")
    assert edit.is_visible()
    # remembered on the next page, without ?redactie
    page.goto(server_url + "diensten/cjg-heemstede/informatie-en-advies/")
    edit = page.get_by_role("link", name="Wijzig deze gegevens")
    edit.scroll_into_view_if_needed()
    assert edit.is_visible()
    page.goto(server_url + PROVIDER + "?redactie=uit")
    assert page.get_by_role("link", name="Wijzig deze gegevens").count() == 0
