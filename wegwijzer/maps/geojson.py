"""GeoJSON of every location: the data behind the maps, also published as open data.

Reads the catalog and emits one FeatureCollection (RFC 7946, coordinates
[lon, lat]); its features are built by `wegwijzer.blocks.map.collection`, which also gives
each small map its own few locations inline. A location on appointment has no schedule key
and "Op afspraak" as its first hours row; each phone line is in `telefoonlijnen` with its
purpose, hours and schedule key. Opening-hours schedules for "nu open" are shared by many
locations, so they are stored once in the foreign member `roosters` and a
feature names its schedule by key. Text stays text: the browser renders it
with `textContent`, never as HTML.
"""

from __future__ import annotations

from ..blocks.map import collection
from ..records.model import Catalog


def locations_geojson(catalog: Catalog) -> dict:
    """FeatureCollection of every location with coordinates, sorted by id."""
    return collection(catalog, catalog.locations.values())
