"""The maps: the overview map page, the GeoJSON behind every map, and small maps in context.

Reads the catalog (via `geojson.locations_geojson`) and the tile setting
(`extra.wegwijzer.tegels` in mkdocs.yml). Emits:

- `api/v1/locations.geojson`: every location with coordinates, as open data
  (`geojson.open_data`: the facts, not the map's display fields);
- `assets/kaart/instellingen.json`: the tile layer ({url, attribution, max_zoom} or null);
- `assets/kaart/provincies.json` and `assets/kaart/provincie/<id>.json`: the overview map's
  data, a summary first and each province's locations when the reader gets there
  (`provinces.py`: the whole country would not fit the first visit at national scale), in
  the compact form of `compact.py` that kaart.js unpacks;
- `sociale-kaart/kaart.md`: the overview map with filters and the list of every location
  (`overview.py`), continued on `sociale-kaart/kaart/2.md` and further when it is long.

The small maps that record pages carry are `wegwijzer.blocks.map.embed`: pages use it
without importing this output.

Why no folium: every map here is drawn by kaart.js (sources in `browser/kaart/`)
from GeoJSON data files, on Leaflet and leaflet.markercluster served by the
site itself (`vendor.py`). folium would only give us the map scaffold, and that
scaffold is the problem: its templates load Bootstrap, jQuery and
awesome-markers from CDNs, its per-map `<script>` has random ids (builds are
not deterministic) and expects its own HTML document or an iframe, and its
`Marker`/`Popup`/`Tooltip` per record put record text into generated
JavaScript and HTML (22 MB for 20,000 markers; `${}` and backticks break out
even after `html.escape`). A plain `<div>` plus one static script is smaller,
works with Material's instant navigation, and keeps record text out of code:
the page carries escaped HTML, the browser builds popups with `textContent`.

Leaflet's own JS and CSS are loaded by kaart.js only on pages that have a map
(the overview page also preloads them with the data). Tile layer, colours and
letters per location type: `settings.py` and `overrides/assets/stylesheets/kaart.css`.
"""

from __future__ import annotations

import json

from ..records.model import Catalog
from ..settings import SiteSettings
from .compact import province_file
from .geojson import locations_geojson, open_data
from .overview import list_pages, overview_page
from .provinces import SUMMARY_PATH, province_files

GEOJSON_PATH = "api/v1/locations.geojson"
SETTINGS_PATH = "assets/kaart/instellingen.json"
PAGE_PATH = "sociale-kaart/kaart.md"

__all__ = ["GEOJSON_PATH", "PAGE_PATH", "SETTINGS_PATH", "generate", "geojson_text"]


def geojson_text(data: dict) -> str:
    """Deterministic, compact JSON (sorted keys, UTF-8 text)."""
    return json.dumps(
        data, ensure_ascii=False, sort_keys=True, separators=(",", ":"), check_circular=False
    )


def generate(catalog: Catalog, settings: SiteSettings) -> dict[str, str]:
    """The map files: GeoJSON, tile settings and the overview page (`{path: text}`)."""
    data = locations_geojson(catalog)
    summary, provinces = province_files(catalog, data)
    preload = [SUMMARY_PATH] + (list(provinces) if summary["alles_laden"] else [])
    return {
        GEOJSON_PATH: geojson_text(open_data(data)),
        SETTINGS_PATH: geojson_text({"tegels": settings.tile_layer}),
        SUMMARY_PATH: geojson_text(summary),
        **{path: geojson_text(province_file(part)) for path, part in provinces.items()},
        PAGE_PATH: overview_page(catalog, data, root="../../", source=PAGE_PATH, preload=preload),
        **list_pages(data, PAGE_PATH),
    }
