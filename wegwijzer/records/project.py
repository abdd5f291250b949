"""Where a Wegwijzer repository keeps its records.

Reads nothing; names the folders and files of a repository root so that the
CLI, the MkDocs hooks and the tests agree on them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Project:
    root: Path

    @property
    def providers(self) -> Path:
        return self.root / "providers"

    @property
    def municipalities(self) -> Path:
        """The route data, one YAML file per municipality (`gemeenten/<naam>.yaml`): outside
        `content/`, so no builder copies it into the site, and a plain YAML file, so the
        editor's YAML extension gives completion and hover help from the schema."""
        return self.root / "gemeenten"

    @property
    def municipality_pages(self) -> Path:
        """The prose of each route page (`content/gemeenten/<naam>.md`), Markdown only."""
        return self.root / "content" / "gemeenten"

    @property
    def handbook(self) -> Path:
        return self.root / "content" / "handboek"

    @property
    def taxonomy(self) -> Path:
        return self.root / "taxonomie" / "themas.yaml"

    @property
    def regions(self) -> Path:
        return self.root / "taxonomie" / "jeugdregios.yaml"

    @property
    def schemas(self) -> Path:
        return self.root / "schemas"

    def relative(self, path: Path) -> str:
        """Repository path with forward slashes, as editors and GitHub show it."""
        try:
            return Path(path).resolve().relative_to(self.root.resolve()).as_posix()
        except ValueError:
            return Path(path).as_posix()

    def provider_files(self) -> list[Path]:
        return sorted(self.providers.rglob("*.yaml")) if self.providers.is_dir() else []

    def refused_files(self) -> list[Path]:
        """Record files under a name that is not read (`.yml`, `.YAML`): reported, not ignored."""
        names = (".yml", ".yaml", ".json")
        found = [
            p
            for folder in (self.providers, self.municipalities)
            if folder.is_dir()
            for p in folder.rglob("*")
        ]
        return sorted(p for p in found if p.suffix.lower() in names and p.suffix != ".yaml")

    def municipality_files(self) -> list[Path]:
        folder = self.municipalities
        return sorted(folder.glob("*.yaml")) if folder.is_dir() else []

    def page_of(self, data_file: Path) -> Path:
        """The Markdown page that goes with `gemeenten/<naam>.yaml`."""
        return self.municipality_pages / f"{Path(data_file).stem}.md"

    def page_files(self) -> list[Path]:
        folder = self.municipality_pages
        return (
            sorted(p for p in folder.glob("*.md") if p.name != "index.md")
            if folder.is_dir()
            else []
        )
