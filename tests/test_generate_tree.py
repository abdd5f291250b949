"""`wegwijzer generate DIR` writes every generated page and asset to disk, so a builder that
runs no hooks (properdocs, Zensical, plain MkDocs) builds the same site.

Builds DIR with plain `mkdocs build` and a copy of mkdocs.yml without `hooks:` and compares
the HTML pages with the normal hooked build (conftest `site_dir`); the open-data files and the
site's scripts (`browser/`, joined by `scripts.py`) must be the same bytes in both. The pages
must be the same HTML too: the hooked build hands finished pages around Python-Markdown,
renders Material's shared blocks once and folds white space, and none of that may change
what a page shows. Only white space after a line break may differ: "edit this page" comes
from the front matter `bron` in both (overrides/partials/actions.html).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import yaml
from conftest import ROOT, TODAY

BIN = Path(sys.executable).parent


def _files(site: Path, suffixes: tuple[str, ...]) -> set[str]:
    return {
        p.relative_to(site).as_posix()
        for p in site.rglob("*")
        if p.is_file() and p.suffix in suffixes
    }


_INDENT = re.compile(r"\n\s+")


def _same(html: str) -> str:
    """A page without what may differ: white space after line breaks."""
    return _INDENT.sub("\n", html)


def _plain_config(tmp_path: Path, docs: Path) -> Path:
    """mkdocs.yml with the same theme, nav and settings, but no hooks and docs_dir=docs."""
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text("utf-8"))
    assert config.pop("hooks"), "mkdocs.yml heeft geen hooks meer: pas deze test aan"
    config.pop("watch", None)  # what `mkdocs serve` watches; paths relative to the real root
    config["docs_dir"] = str(docs)
    theme = config["theme"]
    if theme.get("custom_dir"):
        theme["custom_dir"] = str(ROOT / theme["custom_dir"])
    path = tmp_path / "mkdocs.yml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), "utf-8")
    return path


def test_generated_tree_builds_without_hooks_to_the_same_pages(site_dir, tmp_path):
    docs = tmp_path / "docs"
    generate = subprocess.run(
        [str(BIN / "wegwijzer"), "--root", str(ROOT), "--datum", TODAY, "generate", str(docs)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert generate.returncode == 0, generate.stderr
    assert (docs / "api" / "v2" / "index.json").is_file()

    plain = tmp_path / "site"
    build = subprocess.run(
        [
            str(BIN / "mkdocs"),
            "build",
            "--strict",
            "-q",
            "-f",
            str(_plain_config(tmp_path, docs)),
            "-d",
            str(plain),
        ],
        cwd=tmp_path,
        env={**os.environ, "WEGWIJZER_DATUM": TODAY},
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert build.returncode == 0, build.stderr

    hooked_pages = _files(site_dir, (".html",))
    plain_pages = _files(plain, (".html",))
    assert len(hooked_pages) > 20
    assert sorted(hooked_pages - plain_pages) == [], "alleen in de gewone bouw"
    assert sorted(plain_pages - hooked_pages) == [], "alleen in de bouw zonder hooks"

    for path in sorted(hooked_pages - {"404.html"}):
        # 404.html: the hooks add the list of municipalities (pages/notfound.py); without
        # them the template's shorter page says the same in fewer words (overrides/404.html).
        hooked, plain_html = (_same((site / path).read_text("utf-8")) for site in (site_dir, plain))
        assert hooked == plain_html, f"{path} verschilt tussen de twee bouwwijzen"

    data = (".json", ".csv", ".geojson")
    hooked_data = {p for p in _files(site_dir, data) if p.startswith("api/")}
    assert hooked_data == {p for p in _files(plain, data) if p.startswith("api/")}
    for path in sorted(hooked_data):
        assert (site_dir / path).read_bytes() == (plain / path).read_bytes(), path

    ours = {p for p in _files(site_dir, (".js",)) if p.startswith("assets/javascripts/")}
    assert {"assets/javascripts/kaart.js", "assets/javascripts/zoeken.js"} <= ours
    assert ours == {p for p in _files(plain, (".js",)) if p.startswith("assets/javascripts/")}
    for path in sorted(ours):
        assert (site_dir / path).read_bytes() == (plain / path).read_bytes(), path
