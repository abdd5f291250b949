"""The catalog: every record of the site as typed, validated Python objects.

Built by `catalog.load_catalog` from the records that passed validation. Raw
record fields keep their Dutch names in `raw`; attributes computed here
(`age_min_months`, global ids, parsed dates) have English names, so nobody
mistakes a derived value for something an editor wrote.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

Date = dt.date
REVIEW_MONTHS = 12  # a record not confirmed for this long gets a warning and a notice


def add_months(day: dt.date, months: int) -> dt.date:
    """Same day `months` later (the last day of the month when that day does not exist)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    last = (dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)).day
    return dt.date(year, month, min(day.day, last))


def is_stale(reviewed: dt.date | None, today: dt.date) -> bool:
    """More than REVIEW_MONTHS months between the last review and `today`."""
    return reviewed is not None and add_months(reviewed, REVIEW_MONTHS) < today


_AGE = re.compile(r"^(-?\d+) (maanden|jaar)$")


def age_months(value: int | str, upper: bool = False) -> int:
    """12 -> 144; "-9 maanden" -> -9; an upper bound in years includes that whole year."""
    if isinstance(value, int):
        return value * 12 + (11 if upper else 0)
    number, unit = _AGE.match(value).groups()
    months = int(number) * (12 if unit == "jaar" else 1)
    return months + (11 if upper and unit == "jaar" else 0)


@dataclass(frozen=True)
class PhoneLine:
    """One number to call (`telefoonlijnen`): what it is for and when someone answers."""

    number: str
    purpose: str
    hours: str | None  # OSM opening_hours ("24/7", "Mo-Fr 08:30-17:00; PH off"); None: unknown
    crisis: bool = False


def phone_lines(raw: dict[str, Any]) -> list[PhoneLine]:
    """The `telefoonlijnen` of a provider, location or service, as written."""
    return [
        PhoneLine(
            number=line["nummer"],
            purpose=line["doel"],
            hours=line.get("bereikbaar"),
            crisis=line.get("crisis", False),
        )
        for line in raw.get("telefoonlijnen", [])
    ]


@dataclass
class Region:
    """A jeugdregio (taxonomie/jeugdregios.yaml): municipalities that buy youth care together."""

    id: str
    name: str
    municipalities: list[str]  # CBS codes, also of municipalities without a page
    names: dict[str, str] = field(default_factory=dict)  # CBS code -> municipality name
    source: str = ""
    line: int = 1


@dataclass
class Location:
    id: str  # global: "<provider>/<local id>"
    local_id: str
    provider_id: str
    name: str
    kind: str
    raw: dict[str, Any]
    source: str  # repository path of the YAML file
    line: int
    municipality: str | None = None  # CBS code
    lat: float | None = None
    lon: float | None = None
    address: dict[str, str] | None = None
    opening_hours: str | None = None
    phone: str | None = None
    email: str | None = None
    website: str | None = None
    phone_lines: list[PhoneLine] = field(default_factory=list)
    by_appointment: bool = False  # `op_afspraak`: shown as "op afspraak", never "nu open"
    valid_from: Date | None = None
    valid_until: Date | None = None

    def is_current(self, today: Date) -> bool:
        """In use on `today` (started, not ended); others are history (`past_locations`)."""
        started = self.valid_from is None or self.valid_from <= today
        return started and (self.valid_until is None or today <= self.valid_until)


@dataclass
class Service:
    id: str
    local_id: str
    provider_id: str
    name: str
    description: str
    raw: dict[str, Any]
    source: str
    line: int
    themes: list[str]
    audience: list[str]
    access: str
    funding: list[str]
    referrers: list[str] = field(default_factory=list)
    delivery: list[str] = field(default_factory=lambda: ["professionals"])
    location_ids: list[str] = field(default_factory=list)  # global ids
    # `werkgebied` expanded once by the catalog: CBS codes (regions replaced by their
    # municipalities), or ["NL"]; `area_written` keeps the codes and region ids as written.
    area: list[str] = field(default_factory=list)
    area_written: list[str] = field(default_factory=list)
    where: list[str] = field(default_factory=lambda: ["op-locatie"])  # `waar`
    schools: list[str] = field(default_factory=list)  # `scholen`, with waar op-school
    languages: list[str] = field(default_factory=lambda: ["nl"])
    age_min_months: int | None = None
    age_max_months: int | None = None  # inclusive
    phone: str | None = None
    email: str | None = None
    website: str | None = None
    valid_from: Date | None = None
    valid_until: Date | None = None
    status: str = "actief"
    last_reviewed: Date | None = None
    phone_lines: list[PhoneLine] = field(default_factory=list)

    @property
    def area_codes(self) -> list[str]:
        """The expanded service area (the name other outputs code against)."""
        return self.area

    @property
    def area_regions(self) -> list[str]:
        """Region ids named in `werkgebied` as written."""
        return [a for a in self.area_written if not a.startswith("GM") and a != "NL"]


@dataclass
class Provider:
    id: str
    name: str
    kind: str
    description: str
    raw: dict[str, Any]
    source: str
    last_reviewed: Date
    status: str = "actief"
    sample: bool = False
    phone: str | None = None
    email: str | None = None
    website: str | None = None
    phone_lines: list[PhoneLine] = field(default_factory=list)
    locations: list[Location] = field(default_factory=list)  # in use today
    past_locations: list[Location] = field(default_factory=list)  # ended or not yet started
    services: list[Service] = field(default_factory=list)


@dataclass
class Route:
    valid_from: Date
    valid_until: Date | None
    raw: dict[str, Any]  # samenvatting, eerste_aanspreekpunt, verwijzers, ... as written


@dataclass
class Municipality:
    id: str  # page slug: gemeenten/<id>.yaml and content/gemeenten/<id>.md
    code: str  # CBS code
    name: str
    province: str
    region: str  # the jeugdregio's name, for display
    postcodes: list[tuple[int, int]]
    last_reviewed: Date
    raw: dict[str, Any]
    source: str
    body: str = ""  # Markdown below the front matter
    sample: bool = False
    routes: list[Route] = field(default_factory=list)  # newest first
    region_id: str | None = None  # id in taxonomie/jeugdregios.yaml
    shared_postcodes: list[int] = field(default_factory=list)  # also in a neighbour

    def route_on(self, day: Date) -> Route | None:
        """The route in force on `day`: the newest one that has started and not ended."""
        for route in self.routes:
            if route.valid_from <= day and (route.valid_until is None or day <= route.valid_until):
                return route
        return None

    def history(self, day: Date) -> list[Route]:
        """Routes that ended before `day`, newest first."""
        return [r for r in self.routes if r.valid_until is not None and r.valid_until < day]


@dataclass
class Theme:
    id: str
    label: str
    description: str
    synonyms: list[str] = field(default_factory=list)


@dataclass
class Catalog:
    """Everything the generators need. `today` is the build date (deterministic output)."""

    today: Date
    providers: dict[str, Provider] = field(default_factory=dict)
    locations: dict[str, Location] = field(default_factory=dict)  # in use today
    # Locations outside their geldig_vanaf/geldig_tot: history on the provider page and the
    # target of old routes' references, never on the map or in search.
    past_locations: dict[str, Location] = field(default_factory=dict)
    services: dict[str, Service] = field(default_factory=dict)
    municipalities: dict[str, Municipality] = field(default_factory=dict)  # by CBS code
    themes: dict[str, Theme] = field(default_factory=dict)
    regions: dict[str, Region] = field(default_factory=dict)
    abbreviations: dict[str, str] = field(default_factory=dict)
    labels: dict[str, dict[str, str]] = field(default_factory=dict)  # from the schemas
    # Every id defined in a record file, also in files that failed validation: a reference to
    # such a record is not reported again as dangling (its own file carries the error).
    defined_ids: set[str] = field(default_factory=set)

    def record(self, ref: str) -> Provider | Location | Service | None:
        """A provider (`slug`), location or service (`slug/id`) by its global id."""
        return (
            self.providers.get(ref)
            or self.locations.get(ref)
            or self.services.get(ref)
            or self.past_locations.get(ref)
        )

    def label(self, table: str, value: str) -> str:
        return self.labels.get(table, {}).get(value, value)

    def region_of(self, code: str) -> Region | None:
        """The jeugdregio that lists the municipality `code`."""
        for region in self.regions.values():
            if code in region.municipalities:
                return region
        return None

    def municipality_name(self, code: str) -> str:
        """A municipality's name: from its page, else from the region that lists it (a region
        names all its municipalities, also those without a page), else the code."""
        if code in self.municipalities:
            return self.municipalities[code].name
        region = self.region_of(code)
        return region.names.get(code, code) if region else code

    def expand_area(self, written: list[str]) -> list[str]:
        """`werkgebied` as written -> CBS codes (a region stands for all its municipalities),
        or ["NL"]; unknown names stay as written (checks.py reports them)."""
        if "NL" in written:
            return ["NL"]
        codes: list[str] = []
        for item in written:
            region = self.regions.get(item)
            for code in region.municipalities if region else [item]:
                if code not in codes:
                    codes.append(code)
        return codes

    def phone_lines_for(self, service: Service) -> list[PhoneLine]:
        """The lines to call for a service: its own, then those of its locations, then its
        provider's; each number once (the first mention wins)."""
        found: list[PhoneLine] = []
        seen: set[str] = set()
        sources = [service.phone_lines]
        sources += [
            self.locations[ref].phone_lines for ref in service.location_ids if ref in self.locations
        ]
        provider = self.providers.get(service.provider_id)
        sources.append(provider.phone_lines if provider else [])
        for lines in sources:
            for line in lines:
                if line.number not in seen:
                    seen.add(line.number)
                    found.append(line)
        return found

    def active_services(self) -> list[Service]:
        """Services on the site today: active, started, not ended (in file order)."""
        return [s for s in self.services.values() if is_current(s, self.today)]

    def services_in(self, code: str) -> list[Service]:
        """Services available to residents of a municipality: by area or by a location there."""
        return self._services_by_municipality.get(code, [])

    def services_at(self, location_id: str) -> list[Service]:
        """Services on the site today at a location (in file order)."""
        return self._services_by_location.get(location_id, [])

    @cached_property
    def _services_by_location(self) -> dict[str, list[Service]]:
        # Built once: a small map on each of 25,000 pages would otherwise scan every service.
        by_location: dict[str, list[Service]] = {}
        for service in self.active_services():
            for location_id in service.location_ids:
                by_location.setdefault(location_id, []).append(service)
        return by_location

    @cached_property
    def _services_by_municipality(self) -> dict[str, list[Service]]:
        # Built once: scanning every service per municipality made generation quadratic.
        by_code: dict[str, list[Service]] = {code: [] for code in self.municipalities}
        for service in self.active_services():
            if "NL" in service.area:
                codes = set(by_code)
            else:
                codes = set(service.area) | {
                    self.locations[loc].municipality
                    for loc in service.location_ids
                    if loc in self.locations
                }
            for code in sorted(c for c in codes if c in by_code):
                by_code[code].append(service)
        return by_code


def is_current(service: Service, today: Date) -> bool:
    if service.status == "beeindigd":
        return False
    if service.valid_from and service.valid_from > today:
        return False
    return not (service.valid_until and service.valid_until < today)
