"""The package's shape: records -> catalog -> outputs, and only one module knows MkDocs.

Reads every module of `wegwijzer/` with `ast` (nothing is imported) and checks the rules of
docs/ARCHITECTURE.md: an output package never imports another output package, `records`
and `blocks` import no output, and MkDocs is imported by `mkdocs_adapter` alone.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "wegwijzer"
OUTPUTS = {"pages", "maps", "search", "opendata"}


def _module(path: Path, package: Path = PACKAGE) -> str:
    parts = list(path.relative_to(package.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path, package: Path = PACKAGE) -> set[str]:
    """Absolute names of the modules a file imports (relative imports resolved)."""
    module = _module(path, package)
    package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            found.add(target)
            found.update(f"{target}.{alias.name}" for alias in node.names)
    return found


def _part(name: str) -> str | None:
    """The first package below wegwijzer ('records', 'pages', ...), or None outside it."""
    parts = name.split(".")
    return parts[1] if parts[0] == "wegwijzer" and len(parts) > 1 else None


MODULES = sorted(PACKAGE.rglob("*.py"))


def test_modules_found():
    assert len(MODULES) > 40
    assert {_part(_module(p)) for p in MODULES} >= OUTPUTS | {"records", "blocks"}


def _violations(path: Path, package: Path = PACKAGE) -> list[str]:
    own = _part(_module(path, package))
    wrong = []
    for name in sorted(_imports(path, package)):
        other = _part(name)
        if own in OUTPUTS and other in OUTPUTS and other != own:
            wrong.append(f"uitvoer {own} importeert uitvoer {other} ({name})")
        if own in ("records", "blocks") and other in OUTPUTS:
            wrong.append(f"{own} importeert uitvoer {other} ({name})")
        if own == "records" and other == "blocks":
            wrong.append(f"records importeert blocks ({name})")
        if name.split(".")[0] == "mkdocs" and _module(path, package) != "wegwijzer.mkdocs_adapter":
            wrong.append(f"alleen mkdocs_adapter importeert MkDocs ({name})")
    return wrong


@pytest.mark.parametrize("path", MODULES, ids=lambda p: _module(p))
def test_import_rules(path):
    wrong = _violations(path)
    assert not wrong, "\n".join(wrong)


def test_rules_catch_violations(tmp_path):
    """The checker itself finds forbidden imports (so the rules can fail)."""
    package = tmp_path / "wegwijzer"
    (package / "maps").mkdir(parents=True)
    (package / "records").mkdir()
    bad = package / "maps" / "kaart.py"
    bad.write_text("from ..pages import components\nimport mkdocs.plugins\n", "utf-8")
    assert sorted(_violations(bad, package)) == [
        "alleen mkdocs_adapter importeert MkDocs (mkdocs.plugins)",
        "uitvoer maps importeert uitvoer pages (wegwijzer.pages)",
        "uitvoer maps importeert uitvoer pages (wegwijzer.pages.components)",
    ]
    worse = package / "records" / "lezen.py"
    worse.write_text("from wegwijzer.search.index import x\n", "utf-8")
    assert _violations(worse, package) == [
        "records importeert uitvoer search (wegwijzer.search.index)",
        "records importeert uitvoer search (wegwijzer.search.index.x)",
    ]


def test_every_module_says_what_it_does():
    missing = [
        _module(p)
        for p in MODULES
        if p.name != "__main__.py" and not ast.get_docstring(ast.parse(p.read_text("utf-8")))
    ]
    assert not missing, f"modules zonder docstring: {missing}"
