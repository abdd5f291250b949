"""The one module that knows MkDocs: loads records on config, adds generated files.

`on_config` loads and validates every record and fails the build once with a
`PluginError` listing every problem; `on_files` adds the generated pages and
assets as `File.generated` (record pages stay out of the navigation);
`on_page_context` points "edit this page" of a generated page to its YAML.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, InclusionLevel

from .generate import generate
from .problems import format_problems
from .settings import SiteSettings
from .validate import check_repository
from .vendor import MissingAssets

log = logging.getLogger("mkdocs.plugins.wegwijzer")
_state: dict = {}


def build_date(extra: dict) -> dt.date:
    """The configured build date (deterministic builds), else today."""
    value = extra.get("bouwdatum") or os.environ.get("WEGWIJZER_DATUM")
    return dt.date.fromisoformat(str(value)) if value else dt.date.today()


def on_config(config):
    root = Path(config.config_file_path).parent
    extra = config.extra.get("wegwijzer") or {}
    catalog, problems = check_repository(root, today=build_date(extra))
    for problem in problems:
        if not problem.is_error:
            log.info(problem.text())
    errors = [p for p in problems if p.is_error]
    if errors:
        raise PluginError(f"{len(errors)} fout(en) in de records:\n" + format_problems(errors))
    try:
        settings = SiteSettings.from_mapping(config.repo_url, extra)
        _state["files"] = generate(catalog, settings, root)
    except (ValueError, MissingAssets) as err:
        raise PluginError(str(err)) from err
    _state["settings"] = settings
    return config


def on_files(files, config):
    for path, content in sorted(_state["files"].items()):
        existing = files.get_file_from_path(path)
        if existing is not None:
            files.remove(existing)
        inclusion = InclusionLevel.NOT_IN_NAV if path.endswith(".md") else InclusionLevel.UNDEFINED
        files.append(File.generated(config, path, content=content, inclusion=inclusion))
    return files


def on_page_context(context, page, config, nav):
    source = page.meta.get("bron")
    if source and _state.get("settings"):
        page.edit_url = _state["settings"].edit_url(source) or None
    return context
