"""The site's pages: catalog in, `{docs path: Markdown}` out.

`generate(catalog, settings, root)` emits every generated page: the home page (`home`),
provider and service pages (`records`), route pages per municipality and their index
(`routes`), the overviews by theme and age, all providers and the CJG locations
(`overviews`) and, when `root` is given, the handbook pages with their record references
rendered (`handbook`; a reference to an unknown id raises `ValueError` naming file and
line, so the build fails even where the check has not run). Pages are Markdown files of raw HTML blocks built with
`wegwijzer.html`; paths are relative to the docs folder. Output is deterministic: records
are visited in sorted order and the only date used is `catalog.today`. `iter_files` yields
the same pages one at a time (the record pages are made as they are asked for), for callers
that write them out instead of holding 25,000 pages in memory.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..files import unique
from ..records.model import Catalog
from ..records.problems import format_problems
from ..settings import SiteSettings
from . import home, overviews, records, routes
from .handbook import handbook_problems, render, sources_in

__all__ = ["generate", "handbook_problems"]


def generate(catalog: Catalog, settings: SiteSettings, root: Path | None = None) -> dict[str, str]:
    return dict(sorted(unique(iter_files(catalog, settings, root))))


def iter_files(
    catalog: Catalog, settings: SiteSettings, root: Path | None = None
) -> Iterator[tuple[str, str]]:
    """The pages one at a time, record pages last; the handbook is checked before any page."""
    parts = []
    if root is not None:
        handbook, problems = render(sources_in(root), catalog)
        errors = [p for p in problems if p.is_error]
        if errors:
            raise ValueError(
                f"{len(errors)} fout(en) in het handboek:\n" + format_problems(errors, "text")
            )
        parts.append(handbook)
    parts += [home.generate(catalog), routes.generate(catalog, settings)]
    parts.append(overviews.generate(catalog))
    for part in parts:
        yield from part.items()
    yield from records.iter_pages(catalog, settings)
