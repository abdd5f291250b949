"""What the site and the open data publish.

Reads the catalog and selects the records that the site itself shows: providers that have not
ended, their locations, and their services that are current today
(`Catalog.active_services`), with the links between them. The open data and the editors'
report work from this one selection.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .model import Catalog, Location, Municipality, Provider, Service


@dataclass
class Published:
    """The records the open data publishes, sorted by id, with the links between them."""

    catalog: Catalog
    providers: list[Provider] = field(default_factory=list)
    locations: list[Location] = field(default_factory=list)
    services: list[Service] = field(default_factory=list)
    municipalities: list[Municipality] = field(default_factory=list)
    services_at: dict[str, list[Service]] = field(default_factory=dict)  # location id ->
    # CBS codes a service names itself (werkgebied) or reaches through its locations
    service_codes: dict[str, list[str]] = field(default_factory=dict)
    nationwide: set[str] = field(default_factory=set)  # services with werkgebied NL
    shown: set[str] = field(default_factory=set)  # ids of the published services
    by_code: dict[str, set[str]] = field(default_factory=dict)  # CBS code -> service ids

    def services_in(self, code: str) -> list[Service]:
        """Services for residents of a municipality (same rule as `Catalog.services_in`)."""
        found = self.by_code.get(code, set()) | self.nationwide
        return [self.catalog.services[i] for i in sorted(found)]


def select(catalog: Catalog) -> Published:
    pub = Published(catalog)
    pub.providers = sorted(
        (p for p in catalog.providers.values() if p.status != "beeindigd"), key=lambda p: p.id
    )
    shown = {p.id for p in pub.providers}
    pub.locations = sorted(
        (loc for p in pub.providers for loc in p.locations), key=lambda loc: loc.id
    )
    pub.services = sorted(
        (s for s in catalog.active_services() if s.provider_id in shown), key=lambda s: s.id
    )
    pub.municipalities = sorted(catalog.municipalities.values(), key=lambda m: m.code)
    for service in pub.services:
        codes = {code for code in service.area if code != "NL"}
        for location_id in service.location_ids:
            location = catalog.locations.get(location_id)
            if location is not None:
                pub.services_at.setdefault(location_id, []).append(service)
                if location.municipality:
                    codes.add(location.municipality)
        pub.service_codes[service.id] = sorted(codes)
        for code in codes:
            pub.by_code.setdefault(code, set()).add(service.id)
        if "NL" in service.area:
            pub.nationwide.add(service.id)
    pub.shown = {s.id for s in pub.services}
    return pub
