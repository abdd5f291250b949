"""What the generator's stages share: the random source, the records so far, the indexes.

Reads the requested sizes, seed, reference date and theme ids, and `geo.PROVINCES`.
Emits `State`, the base of every stage (municipalities, providers, locations, services,
routes, files): one `random.Random(seed)`, the municipalities and providers built so
far, the indexes the later stages look things up in, the provinces' inner boxes, and
the draws several stages make (a unique phone number, a review date). Also the shapes
of a municipality and a provider (`Muni`, `Provider`) and the helpers `slugify`,
`unique` and `weighted`.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from ..records.geo import PROVINCES
from .sizes import NATIONAL, Sizes
from .tables import AREA_CODES, CRISIS_PURPOSE, PHONE_HOURS, PHONE_PURPOSES

# Inner boxes (south, west, north, east): inside geo.PROVINCES, so check never objects.
_BOX_MARGIN = 0.03


def _province_boxes() -> dict[str, tuple[float, float, float, float]]:
    return {
        name: (s + _BOX_MARGIN, w + _BOX_MARGIN, n - _BOX_MARGIN, e - _BOX_MARGIN)
        for name, (s, w, n, e) in PROVINCES.items()
    }


@dataclass
class Muni:
    code: str
    name: str
    slug: str
    province: str
    center: tuple[float, float]
    weight: float
    slot: int  # index among the province's municipalities at national scale
    ranges: list[tuple[int, int]] = field(default_factory=list)
    region: str = ""


@dataclass
class Provider:
    slug: str
    name: str
    kind: str
    home: Muni
    region: str
    domain: str
    phone: str
    n_locations: int = 0
    n_services: int = 0
    locations: list[dict] = field(default_factory=list)
    services: list[dict] = field(default_factory=list)
    national: bool = False  # a national helpline or organisation: werkgebied [NL]
    location_munis: list[str] = field(default_factory=list)  # CBS code per location
    service_keys: dict[str, str] = field(default_factory=dict)  # template key -> local id


def slugify(text: str, limit: int = 60) -> str:
    text = text.replace("IJ", "ij").replace("ĳ", "ij")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    if len(slug) > limit:
        slug = slug[:limit].rsplit("-", 1)[0]
    return slug or "x"


def unique(base: str, used: set[str]) -> str:
    value, n = base, 2
    while value in used:
        value = f"{base}-{n}"
        n += 1
    used.add(value)
    return value


def weighted(rng: random.Random, options: list[tuple[Any, float]] | list[list[Any]]) -> Any:
    values, weights = zip(*options, strict=True)
    return rng.choices(values, weights=weights)[0]


class State:
    def __init__(self, sizes: Sizes, seed: int, today: dt.date, themes: list[str]):
        if not 1 <= sizes.gemeenten <= NATIONAL.gemeenten:
            raise ValueError(f"--gemeenten moet tussen 1 en {NATIONAL.gemeenten} liggen")
        if min(sizes.aanbieders, sizes.diensten, sizes.locaties) < 0:
            raise ValueError("aantallen mogen niet negatief zijn")
        if not themes:
            raise ValueError("de taxonomie bevat geen thema's")
        self.sizes = sizes
        self.seed = seed
        self.rng = random.Random(seed)
        self.today = today
        self.themes = themes
        self.theme_set = set(themes)
        self.boxes = _province_boxes()
        self.munis: list[Muni] = []
        self.by_code: dict[str, Muni] = {}
        self.regions: dict[str, list[Muni]] = {}  # region name -> municipalities
        self.providers: list[Provider] = []
        self.provider_slugs: set[str] = set()
        self.phones: set[str] = set()
        self.cjg_of_region: dict[str, Provider] = {}
        self.gemeente_of: dict[str, Provider] = {}
        self.cjg_location: dict[str, str] = {}  # CBS code -> global id of CJG location
        self.locations_in: dict[str, list[tuple[str, str]]] = defaultdict(list)  # code -> ids
        self.services_in: dict[tuple[str, str], list[str]] = defaultdict(list)  # (code, key)
        self.kind_in_region: dict[tuple[str, str], list[Provider]] = defaultdict(list)
        self.kind_in_province: dict[tuple[str, str], list[Provider]] = defaultdict(list)

    _used_muni_slugs: set[str]

    def _region_short(self, region: str) -> str:
        return region.removeprefix("Regio ")

    def _phone(self, province: str, business: bool = True) -> str:
        rng = self.rng
        for _ in range(100):
            roll = rng.random()
            if business and roll < 0.08:
                prefix = rng.choice(["088", "085"])
                number = f"{prefix}-{rng.randint(1, 9)}{rng.randint(0, 999999):06d}"
            elif roll < 0.12:
                number = f"06-{rng.randint(1, 5)}{rng.randint(0, 9999999):07d}"
            else:
                area = rng.choice(AREA_CODES[province])
                digits = 10 - len(area)
                rest = rng.randint(0, 10 ** (digits - 1) - 1)
                number = f"{area}-{rng.randint(2, 9)}{rest:0{digits - 1}d}"
            if number not in self.phones:
                self.phones.add(number)
                return number
        raise RuntimeError("geen uniek telefoonnummer")

    def _phone_line(self, number: str, record: str, hours: float = 0.8) -> dict[str, str]:
        """A `telefoonlijnen` entry for a provider, location or service (`record`): office
        hours on a share `hours` of them (a line without hours is never "nu bereikbaar")."""
        rng = self.rng
        line = {"nummer": number, "doel": rng.choice(PHONE_PURPOSES[record])}
        if rng.random() < hours:
            line["bereikbaar"] = weighted(rng, PHONE_HOURS)
        return line

    def _crisis_line(self, province: str) -> dict[str, Any]:
        """A 24/7 line that answers in an emergency (Veilig Thuis, a crisis service)."""
        return {
            "nummer": self._phone(province),
            "doel": CRISIS_PURPOSE,
            "bereikbaar": "24/7",
            "crisis": True,
        }

    def _review_date(self) -> dt.date:
        rng = self.rng
        if rng.random() < 0.9:
            return self.today - dt.timedelta(days=rng.randint(0, 340))
        return self.today - dt.timedelta(days=rng.randint(380, 1100))
