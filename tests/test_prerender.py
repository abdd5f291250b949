"""Record pages written outside MkDocs' page loop (`wegwijzer.prerender`) are the pages MkDocs
would write: the sample site and a site with a hostile record, built once by the new path and
once by the plain one (WEGWIJZER_PAGINAS=mkdocs), are the same to the byte, every file.

And the prototypes are safe against template changes: a template that does what the probes
cannot follow renders those pages fully, and a prototype that would give another page than
the template stops the build (checked here with small Jinja templates, no MkDocs).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import jinja2
import pytest
from conftest import HOOKS_BEHIND_THE_CHECK, ROOT, TODAY, copy_repo

from wegwijzer import prerender

LOGGED = re.compile(
    r"(\d+) pagina's buiten de paginalus geschreven: (\d+) ingevuld uit (\d+) voorbeeldpagina's, "
    r"(\d+) met het hele sjabloon"
)
EVIL = (
    "<script>alert('x')</script><img src=x onerror=alert(2)>\"'`${alert(3)}` & &amp; &lt;"
    " {{ 7*7 }} {% raw %} Één café, 😀 jeugd\u00a0hulp"
)


def build(root: Path, dest: Path, paths: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "WEGWIJZER_DATUM": TODAY, "WEGWIJZER_PAGINAS": paths}
    mkdocs = Path(sys.executable).parent / "mkdocs"
    cmd = [str(mkdocs), "build", "--strict", "-f", str(root / "mkdocs.yml"), "-d", str(dest)]
    result = subprocess.run(cmd, cwd=root, env=env, capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stderr
    return result


def tree(site: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(site)): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()
    }


def assert_same_site(root: Path, tmp_path: Path) -> re.Match:
    fast = build(root, tmp_path / "snel", "snel")
    build(root, tmp_path / "mkdocs", "mkdocs")
    a, b = tree(tmp_path / "snel"), tree(tmp_path / "mkdocs")
    assert sorted(a) == sorted(b)
    different = [path for path in a if a[path] != b[path]]
    assert different == [], f"{len(different)} bestanden verschillen, o.a. {different[:5]}"
    logged = LOGGED.search(fast.stderr)
    assert logged, fast.stderr
    return logged


def test_the_sample_site_is_the_same_to_the_byte(tmp_path):
    logged = assert_same_site(ROOT, tmp_path)
    written, filled, prototypes, full = map(int, logged.groups())
    assert written >= 100 and filled == written and full == 0
    assert prototypes < 20  # a handful of kinds of page, not one per page
    # The sitemap lists the pages written outside the loop (MkDocs makes it from its pages).
    sitemap = (tmp_path / "snel" / "sitemap.xml").read_text("utf-8")
    assert "/diensten/cjg-heemstede/cjg-op-school/</loc>" in sitemap


def test_a_hostile_record_is_the_same_to_the_byte(tmp_path):
    root = tmp_path / "repo"
    root.mkdir()
    copy_repo(root)
    (root / "hooks" / "wegwijzer_hooks.py").write_text(HOOKS_BEHIND_THE_CHECK, "utf-8")
    hostile = (ROOT / "providers" / "jip-venlo.yaml").read_text("utf-8")
    name = re.search(r"^naam: (.*)$", hostile, re.MULTILINE).group(0)
    quoted = '"' + EVIL.replace("\\", "\\\\").replace('"', '\\"') + '"'
    # Every page of the provider gets the text as its title, and one page also a probe's
    # marker character: that page is rendered with the whole template.
    hostile = hostile.replace(name, f"naam: {quoted}", 1)
    service = re.compile(r"^(diensten:\n  - id: .*\n    naam: ).*$", re.MULTILINE)
    hostile = service.sub(lambda m: m.group(1) + quoted[:-1] + ' \ue010"', hostile, count=1)
    assert "\ue010" in hostile
    (root / "providers" / "jip-venlo.yaml").write_text(hostile, "utf-8")
    logged = assert_same_site(root, tmp_path)
    assert int(logged.group(4)) >= 1  # the page with the marker
    page = (tmp_path / "snel" / "aanbieders" / "jip-venlo" / "index.html").read_text("utf-8")
    assert "<script>alert('x')" not in page and "Één café, 😀" in page


# The prototypes themselves, with small templates in Material's manner.


def page(
    url: str, title: str, content: str, description: str = "Over de dienst"
) -> SimpleNamespace:
    meta = {"title": title, "description": description, "kant_en_klaar": True}
    return SimpleNamespace(
        url=url,
        file=SimpleNamespace(src_uri=url + "index.md"),
        meta=meta,
        content=content,
        canonical_url="https://example.org/" + url,
        abs_url="/" + url,
        edit_url=None,
    )


BASE = (
    "<title>{{ page.meta.title | striptags }} - Site</title>\n"
    '<meta name="description" content="{{ page.meta.description }}">\n'
    '<link rel="canonical" href="{{ page.canonical_url }}">\n'
    '<a aria-label="{{ page.meta.title | e }}">{{ page.meta.title }}</a>\n'
    '{% if "<h1" not in page.content %}<h1>{{ page.title | d("Site", true) }}</h1>{% endif %}\n'
    "{{ page.content }}\n"
)


def renderer(source: str) -> prerender.Prerenderer:
    template = jinja2.Environment().from_string(source)

    def load(p):
        return p.meta, p.content

    def render(p):
        p.title = p.meta["title"]
        return template.render(page=p)

    return prerender.Prerenderer(load, render, lambda p: ("diepte", p.url.count("/")))


PAGES = [
    page("a/x/", "Één & <b>twee</b>", "<h1>Één</h1>\n\n<p>tekst</p>"),
    page("a/y/", 'Zeg "hoi"', "<p>geen kop</p>"),
    page("a/z/", "Drie's", "<p>ook geen kop</p>", description="<script>"),
    page("b/w/", "Vier", "<h1>Vier</h1>"),
]


def test_a_page_from_a_prototype_is_the_page_the_template_gives():
    fast = renderer(BASE)
    pages = [fast.page(p) for p in PAGES]
    plain = jinja2.Environment().from_string(BASE)
    for p, html in zip(PAGES, pages, strict=True):
        p.title = p.meta["title"]
        assert html == prerender.finished.compact_whitespace(plain.render(page=p))
    # One prototype per answer to '"<h1" in page.content': with and without a heading.
    assert fast.counts == {"prototype": 2, "full": 0, "filled": 4}


@pytest.mark.parametrize(
    "line",
    [
        "{{ page.meta.title | replace('e', 'E') }}",  # a method on the value
        "{{ page.meta.title | urlencode }}",
        "{{ page.meta.title | truncate(5) }}",  # a value cut: its marker is lost
        "{{ page.url }}",  # the page's own address
        "{{ page.meta.title | length }}",
    ],
)
def test_what_the_probes_cannot_follow_is_rendered_fully(line):
    fast = renderer(BASE + line)
    plain = jinja2.Environment().from_string(BASE + line)
    for p in PAGES:
        p.title = p.meta["title"]
        assert fast.page(p) == prerender.finished.compact_whitespace(plain.render(page=p))
    assert fast.counts["filled"] == 0 and fast.counts["full"] == len(PAGES)


def test_a_prototype_that_would_differ_from_the_template_stops_the_build():
    # The upper-cased address is neither a probe nor the page's own text: only the check
    # against the whole template finds it.
    fast = renderer(BASE + "{{ page.file.src_uri | upper }}")
    with pytest.raises(RuntimeError, match="wijkt af van het sjabloon"):
        for p in PAGES:
            fast.page(p)
