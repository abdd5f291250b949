"""Finished-HTML pages and the build shortcuts around them: what the MkDocs adapter hands to
Material's search, the shared "nu open" schedules, whitespace folding, the relative links
(`href`) against `posixpath.relpath`, the theme block cache keys, and the generator stream
(`iter_files`) against `generate()`."""

from __future__ import annotations

import datetime as dt
import posixpath
import random
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import quote

import pytest

from wegwijzer.blocks import finished
from wegwijzer.blocks.page import href, page, share_schedules
from wegwijzer.files import unique
from wegwijzer.generate import generate, iter_files, write_files
from wegwijzer.records.catalog import load_catalog
from wegwijzer.settings import read_settings
from wegwijzer.theme_cache import BlockCache

ROOT = Path(__file__).resolve().parent.parent
TODAY = dt.date(2026, 11, 22)


def _meta(text: str) -> dict:
    import yaml

    return yaml.safe_load(text.split("---\n")[1])


def test_page_flags_finished_html_and_search_exclusion():
    text = page(["<p>a</p>"], title="T", html=True, search=False)
    meta = _meta(text)
    assert finished.is_finished(meta)
    assert meta["search"] == {"exclude": True}
    assert not finished.is_finished(_meta(page(["# Markdown"], title="T")))
    assert finished.body_of(text) == "\n<p>a</p>\n"
    assert finished.html_of(finished.body_of(text)) == "<p>a</p>"


def test_search_sees_only_the_blocks_worth_finding():
    html = "\n\n".join(
        [
            '<div class="ww-record"><h1>Naam</h1><p>Omschrijving</p></div>',
            '<div class="ww-locaties" data-search-exclude>\n<h2 id="locaties">Locaties</h2></div>',
            '<section class="x">\n<h2 id="route">Route</h2></section>',
            '<footer class="ww-record-voet" data-search-exclude><p>Gecontroleerd</p></footer>',
            '<script type="application/ld+json">{"name": "Naam"}</script>',
        ]
    )
    kept = finished.search_html({}, html)
    assert "Omschrijving" in kept and "Route" in kept
    assert "Locaties" not in kept and "Gecontroleerd" not in kept and "ld+json" not in kept
    assert finished.search_html({"search": {"exclude": True}}, html) == ""


def test_anchor_ids_and_whitespace_folding():
    html = '<h2 id="contact">C</h2><section id="locatie-a&amp;b">x</section>'
    assert finished.anchor_ids(html) == {"contact", "locatie-a&b"}
    assert (
        finished.compact_whitespace("<div>\n    <p>a</p>\n\n  </div>") == "<div>\n<p>a</p>\n</div>"
    )


def test_a_repeated_schedule_is_written_once():
    def span(rooster):
        return f"<span class=\"nu-open\" data-rooster='{rooster}' hidden></span>"

    html = "".join([span('{"a":1}'), span('{"b":2}'), span('{"a":1}'), span('{"a":1}')])
    shared = share_schedules(html)
    assert shared.count('{"a":1}') == 1 and shared.count('{"b":2}') == 1
    assert '<span class="nu-open" id="ww-rooster-1" data-rooster=\'{"a":1}\' hidden>' in shared
    assert shared.count('data-rooster="#ww-rooster-1"') == 2
    assert share_schedules(span('{"b":2}')) == span('{"b":2}')  # nothing repeated, no id


def _relpath_href(from_path: str, to_path: str, anchor: str = "") -> str:
    """The original definition of `href`, on posixpath.relpath."""

    def site(path: str) -> str:
        if path == "index.md" or path.endswith("/index.md"):
            return path[: -len("index.md")]
        return path[:-3] + "/" if path.endswith(".md") else path

    here = site(from_path).rstrip("/") or "."
    there = site(to_path)
    rel = posixpath.relpath(there.rstrip("/") or ".", here)
    if rel == ".":
        rel = "./"
    elif there == "" or there.endswith("/"):
        rel += "/"
    rel = "/".join(quote(part, safe=".") for part in rel.split("/"))
    return rel + (f"#{quote(anchor, safe='')}" if anchor else "")


def test_href_equals_relpath_on_many_paths():
    parts = ["aanbieders", "diensten", "x", "y", "a b", "ç", "index", "sociale-kaart"]
    rng = random.Random(1)
    paths = ["index.md", "gemeenten/index.md", "api/v2/index.json", "assets/x.js"]
    for _ in range(300):
        depth = rng.randint(1, 4)
        name = "/".join(rng.choice(parts) for _ in range(depth))
        paths.append(name + rng.choice([".md", "/index.md", ".json"]))
    pages = [p for p in paths if p.endswith(".md")]
    for source in pages:
        for target in rng.sample(paths, 60) + [source, "index.md"]:
            for anchor in ("", "locatie-a"):
                assert href(source, target, anchor) == _relpath_href(source, target, anchor)


def test_block_cache_keys():
    cache = BlockCache()
    home = SimpleNamespace(url="", toc=[], meta={})
    routes = SimpleNamespace(url="gemeenten/", toc=[], meta={})
    nav = SimpleNamespace(pages=[home, routes])

    def record(url, **kw):
        return SimpleNamespace(url=url, toc=kw.get("toc", []), meta=kw.get("meta", {}))

    a = cache.key(record("diensten/p/a/"), nav, "../../..")
    b = cache.key(record("diensten/q/b/"), nav, "../../..")
    route = cache.key(record("gemeenten/stein/"), nav, "../..")
    provider = cache.key(record("aanbieders/x/"), nav, "../..")
    assert a == b  # same depth, same relation to every menu item: one rendering
    assert route != provider  # "../" versus "../../gemeenten/": rendered apart
    assert cache.key(routes, nav, "..") is None  # in the navigation: rendered as usual
    assert cache.key(record("x/", toc=["h"]), nav, "..") is None  # has a table of contents
    hidden = cache.key(record("aanbieders/y/", meta={"hide": ["toc"]}), nav, "../..")
    assert hidden != provider
    calls = []
    assert cache.render("nav", a, lambda: calls.append(1) or "A") == "A"
    assert cache.render("nav", b, lambda: calls.append(1) or "B") == "A"
    assert cache.render("nav", None, lambda: "C") == "C"
    assert calls == [1]


def test_block_cache_puts_each_title_in_one_shared_header():
    cache = BlockCache()
    seen = []

    def header(page):
        seen.append(page.url)
        title = page.meta.get("title") if page.meta else None
        return f'<a href="{page.url}">home</a><span>{title or page.title}</span>'

    a = SimpleNamespace(url="diensten/p/a/", meta={"title": "A &amp; <b>"}, title="x")
    b = SimpleNamespace(url="diensten/q/b/", meta={}, title="Dienst B")
    assert cache.titled("header", ("k",), a, header) == header(a)
    assert (
        cache.titled("header", ("k",), b, header)
        == '<a href="diensten/p/a/">home</a><span>Dienst B</span>'
    )
    assert seen == ["diensten/p/a/", "diensten/p/a/"]  # one stand-in rendering, one check
    assert cache.titled("header", None, b, header) == header(b)  # no key: rendered as usual

    twice = BlockCache()  # a header showing the title twice is never cut up
    double = lambda page: f"{page.title}|{page.title}"  # noqa: E731
    assert twice.titled("header", ("k",), b, double) == "Dienst B|Dienst B"
    assert twice.titled("header", ("k",), a, double) == "x|x"


def test_unique_refuses_a_path_made_twice():
    assert list(unique([("a", "1"), ("b", "2")])) == [("a", "1"), ("b", "2")]
    with pytest.raises(ValueError, match="twee generatoren maken a"):
        list(unique([("a", "1"), ("a", "2")]))


def test_the_stream_is_the_generated_tree(tmp_path):
    catalog, _ = load_catalog(ROOT, today=TODAY)
    settings = read_settings(ROOT)
    files = generate(catalog, settings, ROOT)
    streamed = list(iter_files(catalog, settings, ROOT))
    assert dict(streamed) == files and len(streamed) == len(files)
    written = write_files(catalog, settings, ROOT, tmp_path / "pages", tmp_path / "data")
    # in the generators' own order (MkDocs lists pages in that order), each page once
    assert sorted(path for path, _ in written) == sorted(files)
    for path, target in written:
        assert target.is_relative_to(tmp_path / ("pages" if path.endswith(".md") else "data"))
        content = files[path]
        data = content if isinstance(content, bytes) else content.encode("utf-8")
        assert target.read_bytes() == data, path
