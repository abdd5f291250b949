"""Site settings for the generators, read from `extra.wegwijzer` in mkdocs.yml.

Reads `mkdocs.yml` (`read_settings`, for `wegwijzer generate` and `wegwijzer report`,
without importing MkDocs) or the mapping MkDocs already parsed (the adapter); emits one
`SiteSettings`, so the same site comes out of both.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import xyzservices.providers as xyz
import yaml

# The tile layers an editor can choose (extra.wegwijzer.tegels), from xyzservices' provider
# list: its URLs and attributions are kept up to date by its maintainers. OpenStreetMap's
# attribution is said in Dutch, as the rest of the site.
_OSM_NL = '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>-bijdragers'


def _layer(provider, attribution: str | None = None) -> dict:
    return {
        "url": provider.build_url(),
        "attribution": attribution or provider.html_attribution,
        "max_zoom": provider.max_zoom,
    }


TILE_LAYERS = {
    "pdok": _layer(xyz.nlmaps.standaard),  # BRT-Achtergrondkaart, the Kadaster's base map
    "osm": _layer(xyz.OpenStreetMap.Mapnik, _OSM_NL),
    "geen": None,
}


@dataclass(frozen=True)
class SiteSettings:
    repo_url: str = ""  # e.g. https://github.com/org/wegwijzer
    edit_base: str = ""  # repo_url + edit_uri without the docs folder, e.g. .../edit/main/
    report_url: str = ""  # where "Meld een fout" goes for editors who prefer an issue (meld_url)
    # "Meld een fout" on parents' pages: a mailto: to the network's editors (extra.wegwijzer.
    # redactie_email), so that a parent or a professional needs no account anywhere.
    report_email: str = ""
    site_url: str = ""  # mkdocs.yml site_url: the page address in the report
    tiles: str = "pdok"
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def tile_layer(self) -> dict | None:
        return TILE_LAYERS.get(self.tiles, TILE_LAYERS["pdok"])

    def edit_url(self, source: str) -> str:
        return f"{self.edit_base}{source}" if self.edit_base else ""

    @classmethod
    def from_mapping(
        cls, repo_url: str | None, mapping: dict[str, Any] | None, site_url: str | None = None
    ) -> SiteSettings:
        mapping = dict(mapping or {})
        repo = (repo_url or "").rstrip("/")
        branch = mapping.get("branch", "main")
        edit_base = f"{repo}/edit/{branch}/" if repo else ""
        report = mapping.get("meld_url") or (f"{repo}/issues/new" if repo else "")
        tiles = mapping.get("tegels", "pdok")
        if tiles not in TILE_LAYERS:
            raise ValueError(
                f"extra.wegwijzer.tegels: '{tiles}' is onbekend; kies uit {', '.join(TILE_LAYERS)}"
            )
        return cls(
            repo_url=repo,
            edit_base=edit_base,
            report_url=report,
            report_email=str(mapping.get("redactie_email") or ""),
            site_url=(site_url or "").rstrip("/") + "/" if site_url else "",
            tiles=tiles,
            extra=mapping,
        )


def read_settings(root: Path) -> SiteSettings:
    path = Path(root) / "mkdocs.yml"
    data = yaml.safe_load(path.read_text("utf-8")) if path.exists() else {}
    extra = (data.get("extra") or {}).get("wegwijzer") or {}
    return SiteSettings.from_mapping(data.get("repo_url"), extra, data.get("site_url"))


def build_date(extra: dict) -> dt.date:
    """The configured build date (`extra.wegwijzer.bouwdatum` or WEGWIJZER_DATUM: deterministic
    builds), else today; the same for the hooked build and `wegwijzer generate`."""
    value = extra.get("bouwdatum") or os.environ.get("WEGWIJZER_DATUM")
    return dt.date.fromisoformat(str(value)) if value else dt.date.today()
