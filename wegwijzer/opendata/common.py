"""What the open data publishes, and how it writes JSON.

Reads the catalog and selects the records that the site itself shows: providers
that have not ended, their locations, and their services that are current today
(`Catalog.active_services`). Every open-data generator works from this one
selection, so the JSON API, the HSDS export and the CSV files always agree.
`dump()` writes JSON with sorted keys, so two builds give the same bytes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ..html import markdown_text
from ..model import Catalog, Location, Municipality, Provider, Service

Files = dict[str, str]

# Licences an editor can choose in mkdocs.yml (extra.wegwijzer.data_licentie).
LICENCES = {
    "CC0-1.0": {
        "id": "CC0-1.0",
        "name": "CC0 1.0 Universeel (publiek domein)",
        "url": "https://creativecommons.org/publicdomain/zero/1.0/deed.nl",
    },
    "CC-BY-4.0": {
        "id": "CC-BY-4.0",
        "name": "Creative Commons Naamsvermelding 4.0 Internationaal",
        "url": "https://creativecommons.org/licenses/by/4.0/deed.nl",
    },
}
DEFAULT_LICENCE = "CC0-1.0"


def licence(extra: dict | None) -> dict[str, str]:
    """The data licence configured in `extra.wegwijzer.data_licentie` (default CC0-1.0)."""
    key = (extra or {}).get("data_licentie") or DEFAULT_LICENCE
    if key not in LICENCES:
        raise ValueError(
            f"extra.wegwijzer.data_licentie: '{key}' is onbekend; kies uit {', '.join(LICENCES)}"
        )
    return LICENCES[key]


_MARKDOWN = set("*_`[]<>&\\!#|~=") | {"\n", "\r"}


@lru_cache(maxsize=65536)
def plain_text(source: str) -> str:
    """A Markdown description as plain text (`html.markdown_text`), fast for plain lines.

    One line without a character that Markdown reads, and not starting like a list, is
    already plain text: collapsing its spaces gives what Markdown + sanitiser would give,
    at a hundredth of the cost (the export turns every description into text).
    """
    head = source.lstrip()[:3]
    if _MARKDOWN.isdisjoint(source) and not (
        head[:1] in ("-", "+") or (head[:1].isdigit() and "." in head) or "  " in source
    ):
        return " ".join(source.split())
    return markdown_text(source)


def dump(data: Any, pretty: bool = False) -> str:
    """Deterministic JSON (sorted keys, UTF-8 text, newline at the end)."""
    if pretty:
        return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=2) + "\n"
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"


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
