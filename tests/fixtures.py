"""Helpers for the bad-input fixtures in tests/data/invalid/.

Each fixture carries its expected problems as comment lines
`# verwacht: LINE:COL: field: message` (at the end of the file, or at the end
of the front matter for a handbook page), so a fixture and its
expectation can never drift apart.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from wegwijzer.check import check_repository

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
INVALID = DATA / "invalid"
VALID = DATA / "valid"
TODAY = dt.date(2026, 11, 22)
MARK = "# verwacht: "


def expectations(path: Path) -> list[str]:
    text = path.read_bytes().decode("utf-8", errors="replace")
    return [line[len(MARK) :].rstrip("\r") for line in text.splitlines() if line.startswith(MARK)]


def basis_repo(dest: Path) -> Path:
    """A tiny valid repository (tests/data/basis) with the project's own schemas and
    mkdocs.yml (its Markdown extensions are what the handbook check renders with)."""
    shutil.copytree(DATA / "basis", dest)
    shutil.copytree(ROOT / "schemas", dest / "schemas")
    shutil.copy(ROOT / "mkdocs.yml", dest / "mkdocs.yml")
    return dest


def edit(path: Path, old: str, new: str) -> None:
    """Replace `old` (which must be there, so a stale test fails loudly) by `new` in a file."""
    text = path.read_text("utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def target(root: Path, fixture: Path) -> Path:
    """Where the fixture goes in the repository, under a valid file name (the file name is the
    record's id, and `<record>_<field>_<reason>` has underscores)."""
    record = fixture.name.split("_", 1)[0]
    if record == "regios":  # the one regions file replaces that of the basis repository
        return root / "taxonomie" / "jeugdregios.yaml"
    folder = {
        "handboek": "content/handboek",
        "gemeente": "gemeenten",
        "pagina": "content/gemeenten",  # the prose of a route page
    }.get(record, "providers")
    return root / folder / fixture.name.replace("_", "-")


def problems_for(root: Path, fixture: Path) -> list[str]:
    """Problems reported in the fixture's own file, as `line:col: field: message`."""
    dest = target(root, fixture)
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(fixture, dest)
    _, problems = check_repository(root, today=TODAY)
    rel = dest.relative_to(root).as_posix()
    return [p.text()[len(rel) + 1 :] for p in problems if p.path == rel]
