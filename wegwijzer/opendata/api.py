"""The static JSON API under `api/v2/`: one file per provider and per municipality, and every
published record in lists, zipped.

Reads the published selection (`common.select`) and emits `api/v2/index.json`,
`providers/<id>.json` (the provider with its locations and services, as one editor's file
holds them), `municipalities/<code>.json` and `alles.zip` (the lists `providers.json`,
`locations.json`, `services.json` and `municipalities.json`, and `spreadsheet`'s
`services.csv`: everything in one download).

Version 2 (national scale): version 1 also had one file per location and per service, 30,000
files at national scale beside the same objects in the lists and in the provider's file; a
host that counts files pays for each. A location or service is now read from the file of its
provider (`provider` in the object names it). Since December 2026 the four lists are only in
`alles.zip`, and so is `services.csv`: unzipped beside the provider files they were 58 MB of
the same records at national scale; zipped they are one download of a tenth of that.

A record object keeps the editor's record as written under `record` (Dutch field
names, documented on `open-data/velden.md`); the keys around it are computed here
and have English names: global ids, links between records, the page on the site,
the HSDS id and the effective `last_reviewed`. Every file carries `generated_at`
(the build date, so two builds of the same records give the same bytes).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from ..records.model import Location, Municipality, Provider, Service
from ..records.published import Published
from ..urls import municipality_page, provider_page, service_page
from . import ids, spreadsheet
from .common import Files, dump, zipped

BASE = "api/v2"
VERSION = "2.1"  # 2.1: the lists moved into alles.zip
BULK = f"{BASE}/alles.zip"


def provider_file(provider_id: str) -> str:
    return f"{BASE}/providers/{provider_id}.json"


def municipality_file(code: str) -> str:
    return f"{BASE}/municipalities/{code}.json"


def provider_object(pub: Published, provider: Provider) -> dict:
    return {
        "id": provider.id,
        "hsds_id": ids.organization(provider.id),
        "page": provider_page(provider.id),
        "last_reviewed": provider.last_reviewed.isoformat(),
        "sample_data": provider.sample,
        "locations": [loc.id for loc in provider.locations],
        "services": [s.id for s in provider.services if s.id in pub.shown],
        "record": {k: v for k, v in provider.raw.items() if k not in ("locaties", "diensten")},
    }


def location_object(pub: Published, location: Location) -> dict:
    provider = pub.catalog.providers[location.provider_id]
    return {
        "id": location.id,
        "hsds_id": ids.location(location.id),
        "provider": location.provider_id,
        "page": provider_page(location.provider_id),
        "last_reviewed": provider.last_reviewed.isoformat(),
        "sample_data": provider.sample,
        "municipality": location.municipality,
        "services": [s.id for s in pub.services_at.get(location.id, [])],
        "record": location.raw,
    }


def service_object(pub: Published, service: Service) -> dict:
    return {
        "id": service.id,
        "hsds_id": ids.service(service.id),
        "provider": service.provider_id,
        "page": service_page(service),
        "last_reviewed": service.last_reviewed.isoformat(),
        "sample_data": pub.catalog.providers[service.provider_id].sample,
        "locations": list(service.location_ids),
        "municipalities": pub.service_codes[service.id],
        "nationwide": service.id in pub.nationwide,
        "age_min_months": service.age_min_months,
        "age_max_months": service.age_max_months,
        "record": service.raw,
    }


def municipality_object(pub: Published, municipality: Municipality) -> dict:
    route = municipality.route_on(pub.catalog.today)
    return {
        "id": municipality.id,
        "code": municipality.code,
        "page": municipality_page(municipality),
        "last_reviewed": municipality.last_reviewed.isoformat(),
        "sample_data": municipality.sample,
        "route_in_force": route.valid_from.isoformat() if route else None,
        "services": [s.id for s in pub.services_in(municipality.code)],
        "record": municipality.raw,
    }


def _newest(objects: list[dict]) -> str | None:
    return max((o["last_reviewed"] for o in objects), default=None)


def _bulk(pub: Published, lists: dict[str, list[dict]], today: str) -> Iterator[tuple[str, str]]:
    """The members of alles.zip, one at a time: the lists as the files they were, and the CSV."""
    for name, objects in lists.items():
        yield (
            f"{name}.json",
            dump(
                {
                    "generated_at": today,
                    "last_reviewed": _newest(objects),
                    "count": len(objects),
                    name: objects,
                }
            ),
        )
    yield spreadsheet.NAME, spreadsheet.services_csv(pub)


def generate(pub: Published, licence: dict) -> Files:
    return dict(iter_files(pub, licence))


def iter_files(pub: Published, licence: dict) -> Iterator[tuple[str, str | bytes]]:
    """The API files one at a time (5,000 provider files for the national set)."""
    today = pub.catalog.today.isoformat()
    lists = {
        "providers": [provider_object(pub, p) for p in pub.providers],
        "locations": [location_object(pub, loc) for loc in pub.locations],
        "services": [service_object(pub, s) for s in pub.services],
        "municipalities": [municipality_object(pub, m) for m in pub.municipalities],
    }
    yield BULK, zipped(_bulk(pub, lists, today), today)
    # A provider's file holds the very objects of the lists (the same bytes in both places).
    locations = defaultdict(list)
    for obj in lists["locations"]:
        locations[obj["provider"]].append(obj)
    services = defaultdict(list)
    for obj in lists["services"]:
        services[obj["provider"]].append(obj)
    for obj in lists["providers"]:
        pid = obj["id"]
        yield (
            provider_file(pid),
            dump(
                {
                    "generated_at": today,
                    "provider": obj,
                    "locations": locations[pid],
                    "services": services[pid],
                }
            ),
        )
    for obj in lists["municipalities"]:
        yield municipality_file(obj["code"]), dump({"generated_at": today, **obj})
    everything = [o for objects in lists.values() for o in objects]
    yield (
        f"{BASE}/index.json",
        dump(
            {
                "api_version": VERSION,
                "generated_at": today,
                "last_reviewed": _newest(everything),
                "licence": licence,
                "counts": {name: len(objects) for name, objects in lists.items()},
                "bulk": "alles.zip",
                "lists": {name: f"{name}.json" for name in lists},  # inside alles.zip
                "records": {
                    "providers": "providers/{id}.json",
                    "municipalities": "municipalities/{code}.json",
                },
                "openapi": "openapi.json",
                "geojson": "../v1/locations.geojson",
                "csv": "alles.zip: services.csv",
                "schemas": "schemas/",
                "hsds": "../hsds/index.json",
                "hsds_datapackage": "../hsds/datapackage.zip",
                "documentation": "../../open-data/",
            },
            pretty=True,
        ),
    )
