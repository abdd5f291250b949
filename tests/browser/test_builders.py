"""The same site from every builder, for after Material's end of life (5 May 2027).

MkDocs with the hooks is the primary build (conftest `site_dir`). ProperDocs and Zensical run
no hooks here: they build the tree `wegwijzer generate --bouwer ...` writes, with the
configuration it writes, each from its own venv (`requirements-<builder>.lock`, made by
`make test`). Each output is checked against the primary build: the same page list; no broken
link (linkchecker) served under `/wegwijzer/` as on GitHub Pages and at `/`; the same record
facts on a provider, a service and a route page, with "edit this page" pointing to the record;
the search page finds the same services in Chromium; the maps draw their markers; axe finds
nothing on one page of every kind. Where a builder differs by design (Zensical's own search
dialog in the header) the README says so.
"""

from __future__ import annotations

import datetime as dt
import functools
import http.server
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import pytest
from conftest import ROOT, TODAY, axe_violations
from playwright.sync_api import expect

from wegwijzer.builders import write_config
from wegwijzer.check import check_repository
from wegwijzer.pages.notfound import municipalities

PREFIX = "wegwijzer/"
BUILDERS = ("properdocs", "zensical")
RECORD_PAGES = {
    "aanbieder": ("aanbieders/cjg-venlo/", "providers/cjg-venlo.yaml"),
    "dienst": ("diensten/cjg-heemstede/coaching-en-gesprekken/", "providers/cjg-heemstede.yaml"),
    "route": ("gemeenten/stein/", "gemeenten/stein.yaml"),
}
# One page of every kind (tests/browser/test_site_accessibility.py checks every page of the
# primary build; here it is the builders' own theme around them that is checked).
EVERY_KIND = [
    "",  # home
    "aanbieders/",  # overview
    "aanbieders/cjg-venlo/",  # provider
    "diensten/cjg-heemstede/coaching-en-gesprekken/",  # service
    "gemeenten/stein/",  # route
    "sociale-kaart/thema/opvoeden/",  # theme (and age group) listing
    "sociale-kaart/kaart/",  # overview map
    "sociale-kaart/zoeken/",  # search page
    "handboek/route-naar-jeugdhulp/",  # handbook
    "open-data/",  # open data
    "redactie/actualiteit/",  # editors' report
]


def _pages(site: Path) -> set[str]:
    return {p.relative_to(site).as_posix() for p in site.rglob("*.html")}


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    """The tree of `wegwijzer generate` and a configuration per builder, in one folder
    (Zensical wants its docs and site folders inside the folder of its configuration)."""
    work = tmp_path_factory.mktemp("bouwers")
    result = subprocess.run(
        [
            str(Path(sys.executable).parent / "wegwijzer"),
            "--root",
            str(ROOT),
            "--datum",
            TODAY,
            "generate",
            str(work / "docs"),
            "--bouwer",
            "zensical",
            "--config",
            str(work / "zensical.yml"),
            "--site",
            str(work / "zensical" / PREFIX),
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    assert not (work / "docs" / "gemeenten" / "stein.md").exists(), "een tweede pagina op X/"
    catalog, _ = check_repository(ROOT, today=dt.date.fromisoformat(TODAY))
    write_config(
        ROOT,
        work / "docs",
        work / "properdocs" / PREFIX,
        work / "properdocs.yml",
        "properdocs",
        municipalities(catalog),
    )
    return work


@pytest.fixture(scope="module", params=BUILDERS)
def built(request, generated) -> tuple[str, Path]:
    """(builder, its site); the site lies in `<builder>/wegwijzer/` to be served under a prefix."""
    builder = request.param
    program = ROOT / f".venv-{builder}" / "bin" / builder
    assert program.exists(), f"{program} ontbreekt: make test installeert het"
    options = ["--strict", "--clean"] if builder == "zensical" else ["--strict", "--quiet"]
    result = subprocess.run(
        [str(program), "build", *options, "-f", str(generated / f"{builder}.yml")],
        cwd=generated,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    return builder, generated / builder / PREFIX


class _Handler(http.server.SimpleHTTPRequestHandler):
    """Quiet, and says "LinkChecker" so that linkchecker may ask more than 10 URLs a second."""

    def log_message(self, *args):
        pass

    def end_headers(self):
        self.send_header("LinkChecker", "wegwijzer-test")
        super().end_headers()


class _Server(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        pass


@pytest.fixture(scope="module")
def served(built):
    """Base URLs of the builder's site: under /wegwijzer/ (as on GitHub Pages) and at /."""
    builder, site = built
    servers, urls = [], []
    for directory in (site.parent, site):
        handler = functools.partial(_Handler, directory=str(directory))
        server = _Server(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        urls.append(f"http://127.0.0.1:{server.server_address[1]}/")
    yield {"prefix": urls[0] + PREFIX, "root": urls[1]}
    for server in servers:
        server.shutdown()


def test_every_builder_makes_the_pages_of_the_primary_build(built, site_dir):
    builder, site = built
    primary, pages = _pages(site_dir), _pages(site)
    assert len(primary) > 100
    assert sorted(primary - pages) == [], f"ontbreekt in de bouw met {builder}"
    assert sorted(pages - primary) == [], f"alleen in de bouw met {builder}"


def test_no_broken_links_under_a_prefix_and_at_the_root(served):
    # linkchecker drops to user 'nobody' when run as root: its settings must be world-readable.
    folder = Path(tempfile.mkdtemp(prefix="wegwijzer-linkchecker-"))
    try:
        os.chmod(folder, 0o755)
        settings = folder / "linkcheckerrc"
        settings.write_text("[checking]\nmaxrequestspersecond=200\n", "utf-8")
        os.chmod(settings, 0o644)
        for where, url in served.items():
            result = subprocess.run(
                [
                    str(Path(sys.executable).parent / "linkchecker"),
                    "-f",
                    str(settings),
                    "--no-status",
                    "--no-warnings",
                    url,
                ],
                capture_output=True,
                text=True,
                timeout=600,
            )
            counted = re.search(r"(\d+) links? in (\d+) URLs? checked", result.stdout)
            assert counted and int(counted.group(2)) > 300, result.stdout[-2000:]
            assert result.returncode == 0, f"{where}: " + result.stdout[-4000:]
            assert "0 errors found" in result.stdout, f"{where}: " + result.stdout[-4000:]
    finally:
        shutil.rmtree(folder, ignore_errors=True)


_BODY = re.compile(r'<div class="ww-record .*?(?=</article>)', re.S)
_SPACE = re.compile(r"\s+")


def _record(html: str) -> str:
    """The record's part of a page, white space folded (the hooked build compacts it), without
    `data-search-exclude`: Zensical removes that attribute once it has built its index."""
    found = _BODY.search(html)
    assert found, "geen recordinhoud op de pagina"
    return _SPACE.sub(" ", found.group(0).replace(" data-search-exclude", "")).strip()


@pytest.mark.parametrize("kind", sorted(RECORD_PAGES))
def test_record_pages_show_the_same_facts(built, site_dir, kind):
    builder, site = built
    path, source = RECORD_PAGES[kind]
    primary = (site_dir / path / "index.html").read_text("utf-8")
    html = (site / path / "index.html").read_text("utf-8")
    assert _record(html) == _record(primary), f"{kind}: de inhoud verschilt bij {builder}"
    assert 'href="tel:' in _record(html)
    edit = f'href="https://github.com/wegwijzer-jeugd/wegwijzer/edit/main/{source}"'
    assert edit in primary and edit in html, (
        f"{kind}: 'bewerk deze pagina' wijst niet naar {source}"
    )


def _found(page, base: str) -> list[str]:
    """The search page: choose Heemstede, type a query; the names of the results."""
    page.goto(base + "sociale-kaart/zoeken/")
    page.select_option("#ww-gemeente", label="Heemstede")
    page.fill("#ww-q", "scheiding")
    page.wait_for_function(
        "() => new URLSearchParams(location.search).get('q') === 'scheiding'"
        " && document.getElementById('ww-uitkomst').dataset.klaar === 'ja'"
    )
    return page.locator("#ww-resultaten .ww-resultaat-naam").all_inner_texts()


def test_the_search_page_finds_the_same_services(built, served, page, server_url):
    primary = _found(page, server_url)
    names = _found(page, served["prefix"])
    assert names, f"de zoekpagina van {built[0]} vindt niets"
    assert names == primary
    page.locator("#ww-resultaten h3 a").first.click()
    page.wait_for_load_state("load")
    assert "/wegwijzer/diensten/" in page.url
    expect(page.locator("h1")).to_have_text(names[0])


@pytest.mark.parametrize("path", ["sociale-kaart/kaart/", "cjg-locaties/"])
def test_the_maps_draw_their_markers(served, page, path):
    errors: list[str] = []
    page.on("pageerror", lambda err: errors.append(str(err)))
    page.goto(served["prefix"] + path)
    page.wait_for_selector(".wwk-kaart[data-status=klaar]", timeout=15000)
    drawn = page.locator(".wwk-kaart .wwk-marker, .wwk-kaart .wwk-cluster").count()
    assert drawn > 0, "de kaart tekent geen locaties"
    assert errors == []


def test_axe_finds_nothing_on_every_kind_of_page(served, page):
    found = {}
    for path in EVERY_KIND:
        page.goto(served["prefix"] + path)
        violations = axe_violations(page)
        if violations:
            found[path or "home"] = violations
    assert found == {}


def test_the_404_page_lists_every_municipality(served, page, site_dir):
    """The 404 page is a theme template: without the hooks its list of municipalities comes
    from the configuration that `wegwijzer generate --bouwer` writes."""
    listed = (site_dir / "404.html").read_text("utf-8").split('class="ww-404-gemeenten"')[1]
    primary = re.findall(r"<li><a [^>]*>([^<]+)</a></li>", listed.split("</ul>")[0])
    page.goto(served["prefix"] + "404.html")
    assert page.locator("h1").inner_text() == "Deze pagina bestaat niet (meer)"
    assert page.locator(".ww-404-gemeenten a").all_inner_texts() == primary
    assert len(primary) >= 10 and page.locator("a[href='tel:112']").count() == 1
    assert axe_violations(page) == []
    page.locator(".ww-404-gemeenten a", has_text="Stein").click()
    page.wait_for_load_state("load")
    assert page.locator("h1").inner_text() == "Jeugdhulp in Stein"
