"""Site settings for the generators, read from `extra.wegwijzer` in mkdocs.yml.

Pure data: the MkDocs adapter and `wegwijzer generate` both build a
`SiteSettings` from the same mapping, so the same site comes out of both.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

TILE_LAYERS = {
    "pdok": {
        "url": "https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/"
        "{z}/{x}/{y}.png",
        "attribution": 'Kaartgegevens &copy; <a href="https://www.kadaster.nl">Kadaster</a>',
        "max_zoom": 19,
    },
    "osm": {
        "url": "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
        "attribution": '&copy; <a href="https://www.openstreetmap.org/copyright">'
        "OpenStreetMap</a>-bijdragers",
        "max_zoom": 19,
    },
    "geen": None,
}


@dataclass(frozen=True)
class SiteSettings:
    repo_url: str = ""  # e.g. https://github.com/org/wegwijzer
    edit_base: str = ""  # repo_url + edit_uri without the docs folder, e.g. .../edit/main/
    report_url: str = ""  # where "Meld een fout" goes (issues/new)
    tiles: str = "pdok"
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def tile_layer(self) -> dict | None:
        return TILE_LAYERS.get(self.tiles, TILE_LAYERS["pdok"])

    def edit_url(self, source: str) -> str:
        return f"{self.edit_base}{source}" if self.edit_base else ""

    @classmethod
    def from_mapping(cls, repo_url: str | None, mapping: dict[str, Any] | None) -> SiteSettings:
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
            repo_url=repo, edit_base=edit_base, report_url=report, tiles=tiles, extra=mapping
        )
