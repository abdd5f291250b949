"""Long overview lists continue on further pages, each under the size budget, all linked.

At national scale an age-group page was 5.7 MB and the overview map's list 6 MB. Here the
budget is made small, so this repository's records already need several pages per list;
no MkDocs needed.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from urllib.parse import unquote, urljoin

import pytest

from wegwijzer import maps
from wegwijzer.blocks import paging
from wegwijzer.pages import overviews
from wegwijzer.records.catalog import load_catalog
from wegwijzer.settings import read_settings
from wegwijzer.urls import page as url_of

ROOT = Path(__file__).resolve().parent.parent
TODAY = dt.date(2026, 11, 22)
BUDGET = 1500
SITE = "https://site.invalid/"


@pytest.fixture(scope="module")
def catalog():
    catalog, problems = load_catalog(ROOT, today=TODAY)
    assert not [p for p in problems if p.is_error]
    return catalog


@pytest.fixture
def small(monkeypatch):
    monkeypatch.setattr(paging, "BUDGET", BUDGET)


def _links(source: str, markdown: str) -> set[str]:
    """Docs paths of the generated pages a page links to (relative hrefs resolved)."""
    base = SITE + url_of(source)
    out = set()
    for target in re.findall(r'href="([^"#?]+)', markdown):
        absolute = urljoin(base, target)
        if absolute.startswith(SITE):
            out.add(unquote(absolute[len(SITE) :]))
    return out


def _pages_of(files: dict[str, str], source: str) -> list[str]:
    """The pages of the list whose first page is `source`, in order."""
    pages = [source]
    while True:
        nxt = paging.page_source(source, len(pages) + 1)
        if nxt not in files:
            return pages
        pages.append(nxt)


def _check_list(files: dict[str, str], source: str, item_links: set[str]) -> None:
    pages = _pages_of(files, source)
    assert len(pages) > 1, f"{source}: de lijst past op één pagina; het budget test niets"
    on_pages = []
    for number, path in enumerate(pages, start=1):
        text = files[path]
        # every page links to every other page of the list, and marks itself
        assert {url_of(p) for p in pages} - {url_of(path)} <= _links(path, text), path
        assert f"Dit is pagina {number}." in text
        assert text.count('aria-current="page"') == 1
        if number > 1:
            assert f"pagina {number} van {len(pages)}" in text
            assert "exclude: true" in text.split("---")[1], "alleen pagina 1 in de zoekfunctie"
        on_pages += [link for link in _links_list(path, text) if link in item_links]
    # every record of the list is on exactly one page (links resolved per page)
    assert sorted(on_pages) == sorted(item_links), source


def _links_list(source: str, markdown: str) -> list[str]:
    base = SITE + url_of(source)
    out = []
    for target in re.findall(r'<li><a href="([^"#?]+)', markdown):
        absolute = urljoin(base, target)
        out.append(unquote(absolute[len(SITE) :]))
    return out


def test_split_keeps_every_entry_in_order_under_the_budget():
    entries = [
        paging.Entry("x" * n, f"e{i}", "g" if i < 5 else "h")
        for i, n in enumerate([400, 700, 300, 900, 100, 2000, 50, 60])
    ]
    parts = paging.split("a/b.md", entries, budget=1000)
    assert [e for p in parts for e in p.entries] == entries
    # an entry costs its HTML and its group heading (one byte here)
    assert [[e.label for e in p.entries] for p in parts] == [
        ["e0"],
        ["e1"],
        ["e2"],
        ["e3"],
        ["e4"],
        ["e5"],
        ["e6", "e7"],
    ]
    assert [p.source for p in parts] == ["a/b.md"] + [f"a/b/{n}.md" for n in range(2, 8)]
    assert parts[6].range_label == "e6 – e7"
    for part in parts:
        size = sum(len(e.html) + len(e.group) for e in part.entries)
        assert size <= 1000 or len(part.entries) == 1
    # a group that runs over a break is "continued" on the next page
    previous = paging.previous_groups(parts)
    assert parts[1].groups(previous[1])[0][:2] == ("g", True)
    assert paging.split("x/index.md", entries, budget=10)[1].source == "x/lijst/2.md"
    assert [p.source for p in paging.split("a.md", [])] == ["a.md"]
    assert paging.navigation(paging.split("a.md", entries[:1]), parts[0], "x") == ""


def test_age_and_theme_lists_continue_on_linked_pages(catalog, small):
    files = overviews.generate(catalog)
    services = catalog.active_services()
    for group in overviews.AGE_GROUPS:
        chosen = {
            url_of(f"diensten/{s.provider_id}/{s.local_id}.md")
            for s in services
            if overviews.in_group(s, group)
        }
        if len(chosen) > 8:
            _check_list(files, overviews.age_path(group), chosen)
    theme = max(catalog.themes, key=lambda t: sum(t in s.themes for s in services))
    chosen = {
        url_of(f"diensten/{s.provider_id}/{s.local_id}.md") for s in services if theme in s.themes
    }
    _check_list(files, f"sociale-kaart/thema/{theme}.md", chosen)


def test_providers_and_cjg_lists_continue_on_linked_pages(catalog, small):
    files = overviews.generate(catalog)
    providers = {
        url_of(f"aanbieders/{p.id}.md")
        for p in catalog.providers.values()
        if p.status != "beeindigd"
    }
    _check_list(files, overviews.PROVIDERS, providers)
    pages = _pages_of(files, overviews.CJG)
    assert len(pages) > 1
    entries = [loc for loc in catalog.locations.values() if loc.kind in overviews.ENTRY_KINDS]
    anchors = [f'id="{loc.provider_id}-{loc.local_id}"' for loc in entries]
    for anchor in anchors:
        assert sum(files[p].count(anchor) for p in pages) == 1, anchor
    # a municipality's heading repeats, marked, when its locations run over a page break
    headings = [h for p in pages for h in re.findall(r"<h2>([^<]*)</h2>", files[p])]
    plain = [h for h in headings if not h.endswith(" (vervolg)")]
    assert len(plain) == len(set(plain))
    continued = [h.removesuffix(" (vervolg)") for h in headings if h.endswith(" (vervolg)")]
    assert continued and set(continued) <= set(plain)


def test_the_overview_maps_list_continues_on_linked_pages(catalog, small):
    files = maps.generate(catalog, read_settings(ROOT))
    pages = _pages_of(files, maps.PAGE_PATH)
    assert len(pages) > 1
    names = re.findall(r"<li><h3>", "".join(files[p] for p in pages))
    with_place = [loc for loc in catalog.locations.values() if loc.lat is not None]
    assert len(names) == len(with_place)
    first = files[maps.PAGE_PATH]
    assert "<noscript" in first and "Dit is pagina 1." in first
    for path in pages[1:]:
        assert url_of(maps.PAGE_PATH) in _links(path, files[path])


def test_without_a_small_budget_every_list_is_one_page(catalog):
    files = overviews.generate(catalog)
    assert not [p for p in files if re.search(r"/(lijst/)?\d+\.md$", p)]


def test_the_editors_report_continues_on_linked_pages(small):
    from wegwijzer.pages import report

    later = dt.date(2027, 12, 1)  # a year on: every record is overdue
    catalog, _ = load_catalog(ROOT, today=later)
    files = report.generate(catalog, read_settings(ROOT))
    pages = _pages_of(files, report.PAGE)
    assert len(pages) > 2
    fresh = report.build_report(catalog)["freshness"]
    pattern = r"<tr><td>(?:aanbieder|dienst|gemeente)</td>"
    rows = [row for p in pages for row in re.findall(pattern, files[p])]
    assert len(rows) == len(fresh["overdue"]) + len(fresh["due"]) > 50
    for path in pages:
        assert {url_of(p) for p in pages} - {url_of(path)} <= _links(path, files[path])
    assert files[report.PAGE].count("## Dekking per gemeente") == 1
    assert "## Verouderd (vervolg)" in files[pages[1]]


def test_a_list_over_several_pages_leaves_out_the_summaries(catalog, small):
    """Thousands of services nationally: name, provider and access only (the service's own
    page has the description); a list on one page keeps its summaries."""
    theme = max(catalog.themes, key=lambda t: sum(t in s.themes for s in catalog.services.values()))
    source = f"sociale-kaart/thema/{theme}.md"
    paged = overviews.generate(catalog)
    first = paged[source]
    assert len(_pages_of(paged, source)) > 1
    items = first[first.index('<ul class="ww-lijst ww-kort">') :]
    assert "<li><a href=" in items and " van " in items and "<b" in items
    assert "<br>" not in items[: items.index("</ul>")]
    paging.BUDGET = 10**9  # restored by the fixture
    whole = overviews.generate(catalog)[source]
    items = whole[whole.index('<ul class="ww-lijst">') :]
    assert "<br>" in items[: items.index("</ul>")]
