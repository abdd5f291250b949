"""The configuration for a site builder that runs no hooks: ProperDocs or Zensical.

Reads the repository's `mkdocs.yml` (without importing MkDocs) and emits the same
configuration for a tree written by `wegwijzer generate DIR`: no `hooks:` (the pages are
already made), `docs_dir` pointing to DIR and `site_dir` to the site folder, both relative to
the written configuration file (Zensical wants both inside the folder of its configuration),
and `theme.custom_dir` to the repository's `overrides/`. For Zensical also: `theme.variant:
classic` (Material's look, not Zensical's own), and its search plugin without `lang`, which it
does not know (Zensical's search dialog is its own, in English; see the README). Given the
catalog's municipalities, also the content of the Dutch 404 page (`extra.wegwijzer_404`): the
404 page is a theme template, not a page of the tree, and without hooks no code runs to fill
in its list of municipalities.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from .pages import notfound

BUILDERS = ("properdocs", "zensical")


def builder_config(
    root: Path,
    docs: Path,
    site: Path,
    config_file: Path,
    builder: str,
    municipalities: Sequence[tuple[str, str]] = (),
) -> dict:
    """The settings of `mkdocs.yml`, for `builder` building `docs` into `site`;
    `municipalities` as `notfound.municipalities` gives them."""
    if builder not in BUILDERS:
        raise ValueError(f"onbekende bouwer '{builder}'; kies uit {', '.join(BUILDERS)}")
    config = yaml.safe_load((Path(root) / "mkdocs.yml").read_text("utf-8")) or {}
    config.pop("hooks", None)
    config.pop("watch", None)  # `make serve` folders of the repository, not of this tree
    here = Path(config_file).resolve().parent

    def relative(path: Path) -> str:
        return Path(os.path.relpath(Path(path).resolve(), here)).as_posix()

    config["docs_dir"] = relative(docs)
    config["site_dir"] = relative(site)
    theme = dict(config.get("theme") or {})
    if theme.get("custom_dir"):
        theme["custom_dir"] = relative(Path(root) / theme["custom_dir"])
    theme.setdefault("language", "nl")
    if builder == "zensical":
        theme["variant"] = "classic"
        config["plugins"] = [_without_lang(plugin) for plugin in config.get("plugins") or []]
    config["theme"] = theme
    if municipalities:
        # The same HTML as the MkDocs adapter gives overrides/404.html, made now. A host serves
        # the 404 page at any address: its links start at the path of `site_url`.
        root_path = urlsplit(config.get("site_url") or "/").path or "/"
        extra = dict(config.get("extra") or {})
        extra["wegwijzer_404"] = notfound.body(list(municipalities), root_path)
        config["extra"] = extra
    return config


def _without_lang(plugin):
    """Zensical's search plugin accepts only `enabled` and `separator`."""
    if isinstance(plugin, dict) and isinstance(plugin.get("search"), dict):
        options = {k: v for k, v in plugin["search"].items() if k != "lang"}
        return {"search": options} if options else "search"
    return plugin


def write_config(
    root: Path,
    docs: Path,
    site: Path,
    config_file: Path,
    builder: str,
    municipalities: Sequence[tuple[str, str]] = (),
) -> None:
    config = builder_config(root, docs, site, config_file, builder, municipalities)
    text = yaml.safe_dump(config, allow_unicode=True, sort_keys=False)
    header = f"# Gemaakt door `wegwijzer generate --bouwer {builder}`; niet met de hand wijzigen.\n"
    Path(config_file).write_text(header + text, encoding="utf-8")
