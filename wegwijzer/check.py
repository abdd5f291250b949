"""Everything `wegwijzer check` and the build check, in one call.

Reads a repository: the records (through `catalog.load_catalog`) and the
handbook pages (whose `[[id]]` references must name existing records). Emits
the catalog and every problem, sorted, so the CLI and the MkDocs build fail
on exactly the same list.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from .records.catalog import load_catalog
from .records.model import Catalog
from .records.problems import Problem, sort_problems
from .records.project import Project


def check_repository(
    root: Path, today: dt.date | None = None, paths: list[Path] | None = None
) -> tuple[Catalog, list[Problem]]:
    from .pages.handbook import handbook_problems

    catalog, problems = load_catalog(root, today=today, paths=paths)
    found = handbook_problems(Path(root), catalog)
    if paths is not None:
        wanted = {Project(Path(root)).relative(p) for p in paths}
        found = [p for p in found if p.path in wanted]
    return catalog, sort_problems(problems + found)
