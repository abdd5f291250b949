"""The prose half of a municipality: `content/gemeenten/<naam>.md` beside `gemeenten/<naam>.yaml`.

Reads the Markdown pages under `content/gemeenten/` and pairs each with its route data file;
emits the page text (the body of the route page) per data file, and a `Problem` for a page
that still carries its route data as front matter (the layout before `wegwijzer migreer`) or
that has no data file (it would be published as a stray page without a route).
"""

from __future__ import annotations

from pathlib import Path

from .problems import Problem
from .project import Project
from .recovery import decode


def body_of(project: Project, data_file: Path) -> tuple[str, list[Problem]]:
    """The Markdown that goes below the route of `data_file` ("" when there is none)."""
    page = project.page_of(data_file)
    if not page.exists():
        return "", []
    text, problems = decode(page.read_bytes(), project.relative(page))
    if text is None or _has_front_matter(text):
        return "", problems  # reported by `stray_pages`
    return text, problems


def stray_pages(project: Project) -> list[Problem]:
    """Pages in the old layout, and pages without route data."""
    problems = []
    for page in project.page_files():
        rel = project.relative(page)
        data = project.municipalities / f"{page.stem}.yaml"
        data_rel = project.relative(data)
        text = page.read_bytes().decode("utf-8", errors="replace")
        if _has_front_matter(text):
            problems.append(
                Problem(
                    rel,
                    1,
                    1,
                    "",
                    f"de gegevens van de route staan nu in {data_rel}, niet bovenaan de pagina; "
                    "zet ze om met .venv/bin/wegwijzer migreer",
                )
            )
        elif not data.exists():
            problems.append(
                Problem(
                    rel,
                    1,
                    1,
                    "",
                    f"bij deze pagina hoort {data_rel} met de route; maak die met "
                    f'.venv/bin/wegwijzer new gemeente "<naam>", of verwijder de pagina',
                )
            )
    return problems


def _has_front_matter(text: str) -> bool:
    return text.lstrip("\ufeff").split("\n", 1)[0].rstrip("\r") == "---"
