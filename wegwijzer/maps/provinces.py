"""The overview map's data per province: a small summary first, a province's locations later.

Reads the GeoJSON of every location (`geojson.locations_geojson`: features and schedules)
and the catalog's municipalities (their province). Emits:

- `assets/kaart/provincies.json`: per province its name, number of locations, middle and
  bounds, its data file and its counts per location type and theme (`"soort|thema"`, either
  may be empty: the count of the filters without loading the province), plus which province
  each municipality lies in (a chosen municipality loads only its province);
- `assets/kaart/provincie/<id>.json`: that province's locations as a FeatureCollection in the
  shape of `api/v1/locations.geojson`, with only the schedules its features name.

Why: at national scale every location is 1 MB gzip, three times the first-visit budget of the
overview map (300 KB page and data). The map therefore starts with the summary (a circle with
a count per province) and loads a province's file when the reader zooms in on it, clicks it
or chooses one of its municipalities. A network with at most `ALL_AT_ONCE` locations (the
sample site: 28) loads all its province files at once and shows every marker from the start,
as one file would. Locations without a known municipality form the group "Overige locaties".
"""

from __future__ import annotations

from collections import Counter

from ..records.model import Catalog
from ..records.template import slugify

SUMMARY_PATH = "assets/kaart/provincies.json"
FOLDER = "assets/kaart/provincie"
OTHER = ("overig", "Overige locaties")
# About 100 bytes gzip per location (national set: 10,000 locations, 1,009 KB): 500 locations
# are about 50 KB, well within the 300 KB budget beside the page, Leaflet and kaart.js.
ALL_AT_ONCE = 500


def _province_of(catalog: Catalog, code: str | None) -> tuple[str, str]:
    municipality = catalog.municipalities.get(code or "")
    if not municipality or not municipality.province:
        return OTHER
    return slugify(municipality.province) or OTHER[0], municipality.province


def _counts(features: list[dict]) -> dict[str, int]:
    """Locations per "soort|thema" pair, each side also empty ("all")."""
    counts: Counter[str] = Counter()
    for feature in features:
        props = feature["properties"]
        for kind in ("", props.get("soort") or ""):
            for theme in ("", *(props.get("themas") or [])):
                counts[f"{kind}|{theme}"] += 1
    return dict(sorted(counts.items()))


def _schedules(features: list[dict], schedules: dict) -> dict:
    """The schedules these features name (a location's and its phone lines')."""
    keys = set()
    for feature in features:
        props = feature["properties"]
        keys.add(props.get("rooster"))
        keys.update(line.get("rooster") for line in props.get("telefoonlijnen") or [])
    return {key: schedules[key] for key in sorted(k for k in keys if k in schedules)}


def province_files(catalog: Catalog, data: dict) -> tuple[dict, dict[str, dict]]:
    """(summary, {path: FeatureCollection}) of the overview map's data per province."""
    groups: dict[str, list[dict]] = {}
    names: dict[str, str] = {}
    for feature in data["features"]:
        key, name = _province_of(catalog, feature["properties"].get("gemeente"))
        groups.setdefault(key, []).append(feature)
        names[key] = name
    provinces = []
    files = {}
    for key in sorted(groups, key=lambda k: (k == OTHER[0], names[k].lower(), k)):
        features = groups[key]
        lats = [f["geometry"]["coordinates"][1] for f in features]
        lons = [f["geometry"]["coordinates"][0] for f in features]
        path = f"{FOLDER}/{key}.json"
        files[path] = {
            "type": "FeatureCollection",
            "roosters": _schedules(features, data.get("roosters") or {}),
            "features": features,
        }
        provinces.append(
            {
                "id": key,
                "naam": names[key],
                "aantal": len(features),
                "midden": [round(sum(lats) / len(lats), 5), round(sum(lons) / len(lons), 5)],
                "grenzen": [[min(lats), min(lons)], [max(lats), max(lons)]],
                "bestand": path,
                "tellingen": _counts(features),
            }
        )
    municipalities = {
        code: _province_of(catalog, code)[0]
        for code in sorted(catalog.municipalities)
        if _province_of(catalog, code)[0] in groups
    }
    summary = {
        "alles_laden": len(data["features"]) <= ALL_AT_ONCE,
        "provincies": provinces,
        "gemeenten": municipalities,
    }
    return summary, files
