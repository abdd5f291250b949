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

    def municipality_files(self) -> list[Path]:
        folder = self.municipalities
        return (
            sorted(p for p in folder.glob("*.md") if p.name != "index.md")
            if folder.is_dir()
            else []
        )
