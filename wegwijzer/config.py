"""Read the Wegwijzer settings from mkdocs.yml without importing MkDocs.

Used by `wegwijzer generate` and `wegwijzer report`; the MkDocs adapter reads
the same keys from MkDocs' own parsed config.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from .settings import SiteSettings


def read_settings(root: Path) -> SiteSettings:
    path = Path(root) / "mkdocs.yml"
    data = yaml.safe_load(path.read_text("utf-8")) if path.exists() else {}
    extra = (data.get("extra") or {}).get("wegwijzer") or {}
    return SiteSettings.from_mapping(data.get("repo_url"), extra)
