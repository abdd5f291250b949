"""One search for the whole site: Material's search plugin is gone (no index of its own is built
or downloaded), and every page's header has a plain form that opens the site's search page."""

from __future__ import annotations

import re


def test_material_search_index_is_not_built(site_dir):
    assert not (site_dir / "search" / "search_index.json").exists()
    assert not (site_dir / "search").exists()


def test_every_page_has_the_header_form_to_the_search_page(site_dir):
    pages = [
        site_dir / "index.html",
        site_dir / "handboek" / "poh-jeugd" / "index.html",
        site_dir / "gemeenten" / "stein" / "index.html",
    ]
    for path in pages:
        html = path.read_text("utf-8")
        form = re.search(r'<form class="ww-kopzoek"[^>]*>', html)
        assert form, path
        action = re.search(r'action="([^"]+)"', form.group(0)).group(1)
        target = (path.parent / action).resolve() / "index.html"
        assert target == (site_dir / "sociale-kaart" / "zoeken" / "index.html").resolve(), action
        # Material's search dialog (its input and result list) is not on the page
        assert 'name="q"' in html and "md-search__input" not in html
        assert "md-search-result" not in html


def test_no_page_but_the_search_page_loads_an_index(site_dir):
    for path in site_dir.rglob("*.html"):
        html = path.read_text("utf-8")
        if path.parent.name == "zoeken":
            continue
        assert "zoekindex" not in html or "sociale-kaart/zoekindex" not in html, path
        assert "search_index.json" not in html, path
