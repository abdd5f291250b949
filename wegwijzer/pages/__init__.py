"""The site's pages: catalog in, `{docs path: Markdown}` out.

`generate(catalog, settings, root)` emits every generated page: the home page (`home`),
provider and service pages (`records`), route pages per municipality and their index
(`routes`), the overviews by theme and age, all providers and the CJG locations
(`overviews`) and, when `root` is given, the handbook pages with their record references
rendered (`handbook`; a reference to an unknown id raises `ValueError` naming file and
line, so the build fails even where the check has not run). Pages are Markdown files of raw HTML blocks built with
`wegwijzer.html`; paths are relative to the docs folder. Output is deterministic: records
are visited in sorted order and the only date used is `catalog.today`.
"""

from __future__ import annotations

from pathlib import Path

from ..files import merge
from ..model import Catalog
from ..problems import format_problems
from ..settings import SiteSettings
from . import home, overviews, records, routes
from .handbook import handbook_problems, render, sources_in

__all__ = ["generate", "handbook_problems"]


def generate(catalog: Catalog, settings: SiteSettings, root: Path | None = None) -> dict[str, str]:
    parts = [
        home.generate(catalog),
        records.generate(catalog, settings),
        routes.generate(catalog, settings),
        overviews.generate(catalog),
    ]
    if root is not None:
        handbook, problems = render(sources_in(root), catalog)
        errors = [p for p in problems if p.is_error]
        if errors:
            raise ValueError(
                f"{len(errors)} fout(en) in het handboek:\n" + format_problems(errors, "text")
            )
        parts.append(handbook)
    return merge(parts)
