"""Generation as one pure function: catalog in, `{path: content}` out.

Paths are relative to the docs folder (`content/`): Markdown pages become site
pages; anything else (JSON, GeoJSON, JS, CSS) is copied as is. The MkDocs
adapter hands these files to MkDocs; `wegwijzer generate DIR` writes them to
disk so a builder without hooks can build the same site.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from . import vendor
from .files import Files, merge
from .model import Catalog
from .settings import SiteSettings


def generate(catalog: Catalog, settings: SiteSettings, root: Path) -> Files:
    from . import maps, opendata, pages, report, search_page

    return merge(
        [
            pages.generate(catalog, settings, root=root),  # also renders content/handboek
            maps.generate(catalog, settings),
            search_page.generate(catalog, settings),
            opendata.generate(catalog, settings, root=root),
            report.generate(catalog, settings),
            vendor.assets(root),
        ]
    )


def write_tree(root: Path, directory: Path, today: dt.date | None = None) -> int:
    """`wegwijzer generate DIR`: the docs folder with every generated file added."""
    import sys

    from .config import read_settings
    from .problems import format_problems
    from .validate import check_repository

    catalog, problems = check_repository(root, today=today)
    if any(p.is_error for p in problems):
        print(format_problems(problems), file=sys.stderr)
        return 1
    directory = Path(directory)
    if directory.exists():
        shutil.rmtree(directory)
    shutil.copytree(root / "content", directory)
    for path, content in generate(catalog, read_settings(root), root).items():
        target = directory / path
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(content, encoding="utf-8")
    print(f"{directory}: {sum(1 for _ in directory.rglob('*') if _.is_file())} bestanden")
    return 0
