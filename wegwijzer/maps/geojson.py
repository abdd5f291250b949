"""GeoJSON of every location: the data behind the maps, and the open-data file made from it.

Reads the catalog and emits one FeatureCollection (RFC 7946, coordinates
[lon, lat]); its features are built by `wegwijzer.blocks.map.collection`, which also gives
each small map its own few locations inline. A location on appointment has no schedule key
and "Op afspraak" as its first hours row; each phone line is in `telefoonlijnen` with its
purpose, hours and schedule key. Opening-hours schedules for "nu open" are shared by many
locations, so they are stored once in the foreign member `roosters` and a
feature names its schedule by key. Text stays text: the browser renders it
with `textContent`, never as HTML.

`open_data` is what `api/v1/locations.geojson` publishes: per location the facts a GIS user
or an app needs (names, kind, provider, address, municipality, hours and phone lines as the
editors wrote them, the ids of its services, its page), without what only the map shows
(hours in words, `tel:` links, schedules for "nu open", service names and URLs) and with
coordinates to 5 decimals (about 1 metre). Until December 2026 the file was the map's own
data (15.4 MB at national scale); the map now reads its province files
(`wegwijzer.maps.provinces`).
"""

from __future__ import annotations

from ..blocks.map import collection
from ..records.model import Catalog

# The properties of the open-data file, in the map data's names (the same names as before).
PUBLISHED = (
    "naam",
    "soort",
    "soort_label",
    "aanbieder",
    "aanbieder_naam",
    "adres",
    "gemeente",
    "gemeente_naam",
    "openingstijden",
    "op_afspraak",
    "telefoon",
    "themas",
    "laatst_gecontroleerd",
)
LINE = ("nummer", "doel", "crisis", "bereikbaar")


def locations_geojson(catalog: Catalog) -> dict:
    """FeatureCollection of every location with coordinates, sorted by id."""
    return collection(catalog, catalog.locations.values())


def open_data(data: dict) -> dict:
    """The published form of `locations_geojson` (see the module docstring); empty values
    are left out."""
    features = []
    for feature in data["features"]:
        props = feature["properties"]
        out = {key: props[key] for key in PUBLISHED if props.get(key) not in (None, "", [])}
        out["pagina"] = props["aanbieder_url"]
        lines = [
            {k: line[k] for k in LINE if line.get(k) not in (None, "")}
            for line in props.get("telefoonlijnen") or []
        ]
        if lines:
            out["telefoonlijnen"] = lines
        if props.get("diensten"):
            out["diensten"] = [service["id"] for service in props["diensten"]]
        lon, lat = feature["geometry"]["coordinates"]
        features.append(
            {
                "type": "Feature",
                "id": feature["id"],  # RFC 7946's own member; not again in the properties
                "geometry": {"type": "Point", "coordinates": [round(lon, 5), round(lat, 5)]},
                "properties": out,
            }
        )
    return {"type": "FeatureCollection", "features": features}
