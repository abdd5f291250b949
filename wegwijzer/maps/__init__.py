"""The maps: the overview map page, the GeoJSON behind every map, and small maps in context.

Reads the catalog (via `geojson.locations_geojson`) and the tile setting
(`extra.wegwijzer.tegels` in mkdocs.yml). Emits:

- `api/v1/locations.geojson`: every location with coordinates (also open data);
- `assets/kaart/instellingen.json`: the tile layer ({url, attribution, max_zoom} or null);
- `sociale-kaart/kaart.md`: the overview map with filters and the list of every location
  (`overview.py`).

`embed()` returns an HTML block for a small map of some locations; record pages
(providers, municipality routes, CJG locations) put it in their Markdown.

Why no folium: every map here is drawn by kaart.js (sources in `browser/kaart/`)
from the one GeoJSON file, on Leaflet and leaflet.markercluster served by the
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

from .. import html
from ..geojson import address_line, locations_geojson
from ..model import Catalog
from ..settings import SiteSettings
from .overview import overview_page
from .parts import kind_class, legend

GEOJSON_PATH = "api/v1/locations.geojson"
SETTINGS_PATH = "assets/kaart/instellingen.json"
PAGE_PATH = "sociale-kaart/kaart.md"

__all__ = ["GEOJSON_PATH", "PAGE_PATH", "SETTINGS_PATH", "embed", "generate", "geojson_text"]


def geojson_text(data: dict) -> str:
    """Deterministic, compact JSON (sorted keys, UTF-8 text)."""
    return json.dumps(
        data, ensure_ascii=False, sort_keys=True, separators=(",", ":"), check_circular=False
    )


def generate(catalog: Catalog, settings: SiteSettings) -> dict[str, str]:
    """The map files: GeoJSON, tile settings and the overview page (`{path: text}`)."""
    data = locations_geojson(catalog)
    return {
        GEOJSON_PATH: geojson_text(data),
        SETTINGS_PATH: geojson_text({"tegels": settings.tile_layer}),
        PAGE_PATH: overview_page(catalog, data, root="../../"),
    }


def embed(
    catalog: Catalog,
    location_ids: list[str] | tuple[str, ...],
    title: str,
    *,
    root: str | None = None,
    text_list: bool = True,
) -> str:
    """A small map of these locations, as a raw-HTML block for a Markdown page.

    `title` names the map for screen readers ("Kaart: <title>"). Locations
    without coordinates (online) are left out; when none is left the result is
    "" (no map). Unknown ids raise KeyError (a page should not name them).
    Without JavaScript the block shows the locations as a short text list; with
    the map drawn, that list stays for screen readers only. `text_list=False` leaves
    that list out, for a page that lists the same locations in full anyway (a
    provider page with many locations would otherwise carry every address twice).

    `root` is the page's relative path to the site root (e.g. "../../"); when
    omitted kaart.js takes the root from its own script URL, which also works
    in a subfolder deployment.
    """
    located = []
    for location_id in dict.fromkeys(location_ids):
        location = catalog.locations[location_id]
        if location.lat is not None and location.lon is not None:
            located.append(location)
    if not located:
        return ""
    items = (
        ""
        if not text_list
        else "".join(
            f'<li><span class="wwk-teken wwk-teken--klein wwk-teken--{kind_class(loc.kind)}"'
            f' aria-hidden="true"></span> <strong>{html.text(loc.name)}</strong>'
            + (f", {html.text(address_line(loc))}" if loc.address else "")
            + "</li>"
            for loc in located
        )
    )
    kinds = {loc.kind: catalog.label("locatie.soort", loc.kind) for loc in located}
    ids = " ".join(loc.id for loc in located)
    root_attr = f' data-root="{html.attr(root)}"' if root else ""
    label = html.attr(f"Kaart: {title}")
    return (
        "\n\n"
        '<div class="wwk-kaart-blok" data-search-exclude>\n'
        f'<div class="wwk-kaart wwk-kaart--klein" role="region" aria-label="{label}"'
        f' data-locaties="{html.attr(ids)}"{root_attr} hidden></div>\n'
        f'<div class="wwk-legenda-blok" hidden>{legend(kinds)}</div>\n'
        + (f'<ul class="wwk-kaart-tekst" data-search-exclude>{items}</ul>\n' if items else "")
        + "</div>\n\n"
    )
