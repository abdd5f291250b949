"""A synthetic repository on disk: the generated records plus the source's site skeleton.

Reads the source repository (default: the one this package lives in): its taxonomy,
handbook pages, schemas, hooks, overrides, mkdocs.yml and content pages. Emits, in the
target folder, the generated record files and handbook copies (`records`), the copied
skeleton without the source's municipality pages, a `node_modules` symlink to the
source's, and a marker file that allows `--overschrijf` later.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import yaml

from .generator import Generator
from .sizes import Sizes

REPO = Path(__file__).resolve().parents[2]
REFERENCE_DATE = dt.date(2026, 11, 22)
MARKER = ".wegwijzer-synthetisch"
COPIED = ("schemas", "hooks", "overrides", "browser")


def taxonomy_ids(text: str) -> list[str]:
    data = yaml.safe_load(text) or {}
    return [t["id"] for t in data.get("themas", []) if isinstance(t, dict) and "id" in t]


def records(
    sizes: Sizes,
    seed: int = 0,
    today: dt.date = REFERENCE_DATE,
    themes=None,
    handbook: dict[str, str] | None = None,
) -> dict[str, str]:
    """The generated files, `{repository path: text}`: a pure function of its arguments.

    Record files always; with `handbook` (`{path: Markdown}` of the real handbook pages)
    also those pages with their record references pointed at synthetic records.
    """
    if themes is None:
        themes = taxonomy_ids((REPO / "taxonomie" / "themas.yaml").read_text("utf-8"))
    generator = Generator(sizes, seed, today, list(themes))
    files = generator.run()
    if handbook:
        files.update(generator.handbook(handbook))
    return files


def _copy_tree(src: Path, dest: Path, skip) -> None:
    for path in sorted(src.rglob("*")):
        rel = path.relative_to(src)
        if skip(rel) or path.is_dir():
            continue
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)


def write_repository(
    dest: Path,
    sizes: Sizes,
    seed: int = 0,
    today: dt.date = REFERENCE_DATE,
    source: Path = REPO,
    overwrite: bool = False,
) -> dict[str, int]:
    """Write a complete synthetic repository into `dest`; returns counts for a summary."""
    dest, source = Path(dest), Path(source)
    if dest.exists() and any(dest.iterdir()):
        if not (dest / MARKER).exists():
            raise FileExistsError(
                f"{dest} is niet leeg en geen synthetische set; kies een lege map"
            )
        if not overwrite:
            raise FileExistsError(f"{dest} bestaat al; gebruik --overschrijf")
        for child in sorted(dest.iterdir()):
            if child.is_symlink() or child.is_file():
                child.unlink()
            else:
                shutil.rmtree(child)
    dest.mkdir(parents=True, exist_ok=True)
    taxonomy = (source / "taxonomie" / "themas.yaml").read_text("utf-8")
    handbook_dir = source / "content" / "handboek"
    handbook = {
        path.relative_to(source).as_posix(): path.read_text("utf-8")
        for path in sorted(handbook_dir.rglob("*.md") if handbook_dir.is_dir() else [])
    }
    files = records(sizes, seed, today, taxonomy_ids(taxonomy), handbook)
    files["taxonomie/themas.yaml"] = taxonomy
    for name in COPIED:
        if (source / name).is_dir():
            _copy_tree(source / name, dest / name, lambda rel: "__pycache__" in rel.parts)
    shutil.copyfile(source / "mkdocs.yml", dest / "mkdocs.yml")

    def skip_content(rel: Path) -> bool:
        parts = rel.parts
        if parts[0] == "handboek" and rel.suffix == ".md":
            return True  # rewritten by records()
        return parts[0] == "gemeenten" and rel.suffix == ".md" and rel.name != "index.md"

    if (source / "content").is_dir():
        _copy_tree(source / "content", dest / "content", skip_content)
    for rel, text in sorted(files.items()):
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(text.encode("utf-8"))
    modules = source / "node_modules"
    if modules.exists() and not (dest / "node_modules").exists():
        (dest / "node_modules").symlink_to(modules.resolve(), target_is_directory=True)
    (dest / MARKER).write_text(
        f"Synthetische set: {sizes}, seed {seed}, datum {today.isoformat()}.\n", "utf-8"
    )
    return {
        "bestanden": len(files),
        "bytes": sum(len(t.encode("utf-8")) for t in files.values()),
    }
