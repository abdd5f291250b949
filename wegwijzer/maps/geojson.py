"""GeoJSON of every location: the data behind the maps, also published as open data.

Reads the catalog and emits one FeatureCollection (RFC 7946, coordinates
[lon, lat]). Opening-hours schedules for "nu open" are shared by many
locations, so they are stored once in the foreign member `roosters` and a
feature names its schedule by key. A location on appointment has no schedule key (so no
popup ever says "nu open") and "Op afspraak" as its first hours row; each phone line is in
`telefoonlijnen` with its purpose, hours and schedule key. Text stays text: the browser renders it
with `textContent`, never as HTML.
"""

from __future__ import annotations

from functools import lru_cache

from ..blocks.map import address_line
from ..records import hours, phones
from ..records.model import Catalog
from ..urls import provider_page, service_page


@lru_cache(maxsize=4096)
def _describe(text: str) -> list[list[str]]:
    return [list(row) for row in hours.describe(text)]


@lru_cache(maxsize=4096)
def _schedule(text: str, start) -> tuple[str, dict]:
    data = hours.schedule(text, start)
    return hours.schedule_json(text, start), data


def locations_geojson(catalog: Catalog) -> dict:
    """FeatureCollection of every location with coordinates, sorted by id."""
    services_at: dict[str, list] = {}
    for service in catalog.active_services():
        for location_id in service.location_ids:
            services_at.setdefault(location_id, []).append(service)
    schedules: dict[str, dict] = {}
    keys: dict[str, str] = {}
    features = []
    for location in sorted(catalog.locations.values(), key=lambda loc: loc.id):
        if location.lat is None or location.lon is None:
            continue
        provider = catalog.providers[location.provider_id]
        if provider.status == "beeindigd":
            continue

        def key_of(opening_hours: str | None) -> str | None:
            if not opening_hours:
                return None
            text, data = _schedule(opening_hours, catalog.today)
            key = keys.setdefault(text, f"r{len(keys) + 1}")
            schedules[key] = data
            return key

        schedule_key = None if location.by_appointment else key_of(location.opening_hours)
        hours_rows = _describe(location.opening_hours) if location.opening_hours else []
        if location.by_appointment:
            hours_rows = [["Op afspraak", "bel voor een afspraak"]] + hours_rows
        lines = [
            {
                "nummer": line.number,
                "tel": phones.tel_href(line.number),
                "doel": line.purpose,
                "crisis": line.crisis,
                "bereikbaar": line.hours,
                "bereikbaar_tekst": _describe(line.hours) if line.hours else [],
                "rooster": key_of(line.hours),
            }
            for line in location.phone_lines
        ]
        municipality = catalog.municipalities.get(location.municipality or "")
        services = sorted(services_at.get(location.id, []), key=lambda s: s.id)
        themes = sorted({theme for s in services for theme in s.themes})
        features.append(
            {
                "type": "Feature",
                "id": location.id,
                "geometry": {
                    "type": "Point",
                    "coordinates": [round(location.lon, 6), round(location.lat, 6)],
                },
                "properties": {
                    "id": location.id,
                    "naam": location.name,
                    "soort": location.kind,
                    "soort_label": catalog.label("locatie.soort", location.kind),
                    "aanbieder": provider.id,
                    "aanbieder_naam": provider.name,
                    "aanbieder_url": provider_page(provider.id),
                    "adres": address_line(location),
                    "gemeente": location.municipality,
                    "gemeente_naam": municipality.name if municipality else None,
                    "openingstijden": location.opening_hours,
                    "openingstijden_tekst": hours_rows,
                    "op_afspraak": location.by_appointment,
                    "rooster": schedule_key,
                    "telefoonlijnen": lines,
                    "telefoon": location.phone,
                    "tel": phones.tel_href(location.phone) if location.phone else None,
                    "diensten": [
                        {"id": s.id, "naam": s.name, "url": service_page(s)} for s in services
                    ],
                    "themas": themes,
                    "laatst_gecontroleerd": provider.last_reviewed.isoformat(),
                },
            }
        )
    return {"type": "FeatureCollection", "roosters": schedules, "features": features}
