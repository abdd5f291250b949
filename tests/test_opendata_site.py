"""The open data in the real site (conftest `site_dir`, built with MkDocs and the hooks)."""

from __future__ import annotations

import json
import re

from conftest import TODAY


def _path_regex(template: str) -> re.Pattern:
    parts = re.split(r"(\{[^}]+\})", template.lstrip("/"))
    return re.compile("".join("[^/]+" if p.startswith("{") else re.escape(p) for p in parts) + "$")


def test_every_openapi_path_is_served_by_the_site(site_dir):
    doc = json.loads((site_dir / "api/v2/openapi.json").read_text("utf-8"))
    served = [p.relative_to(site_dir).as_posix() for p in (site_dir / "api").rglob("*")]
    for template in doc["paths"]:
        pattern = _path_regex(template)
        assert any(pattern.match(path) for path in served), template
    index = json.loads((site_dir / "api/v2/index.json").read_text("utf-8"))
    assert index["generated_at"] == TODAY
    assert (site_dir / "api/v1/locations.geojson").is_file()


def test_open_data_pages_are_built(site_dir):
    assert (site_dir / "open-data/index.html").is_file()
    velden = (site_dir / "open-data/velden/index.html").read_text("utf-8")
    assert "locaties[].openingstijden" in velden
    assert (site_dir / "redactie/actualiteit/index.html").is_file()


def test_editors_page_stays_out_of_the_parents_navigation_and_search(site_dir):
    home = (site_dir / "index.html").read_text("utf-8")
    assert "redactie/actualiteit" not in home
    # the site search indexes records only, never the editors' pages
    assert "redactie" not in (site_dir / "sociale-kaart/zoeken/index.html").read_text("utf-8")
