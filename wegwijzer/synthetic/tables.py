"""The generator's name and text tables, from `tabellen.json` beside this module.

Reads `tabellen.json` (package data) once, on import. Emits its tables as constants
in the generator's terms: lists and dicts as JSON gives them (a `[value, weight]` pair
is a list), the service templates as `ServiceTemplate`. Nothing here draws a random
number; the order of every list and dict is the order in the file, so the same file
and seed give the same set.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from typing import Any


@dataclass(frozen=True)
class ServiceTemplate:
    """A service template: what a provider of some kind typically offers."""

    key: str
    naam: str
    themas: tuple[str, ...]
    doelgroep: tuple[str, ...]
    toegang: str
    financiering: tuple[str, ...]
    leeftijd: tuple[Any, Any] | None
    tekst: str
    verwijzers: tuple[str, ...] = ()
    uitvoering: tuple[str, ...] = ("professionals",)
    aanmelden: str = ""


def _template(entry: dict[str, Any]) -> ServiceTemplate:
    return ServiceTemplate(
        **{key: tuple(value) if isinstance(value, list) else value for key, value in entry.items()}
    )


_TABLES: dict[str, Any] = json.loads(
    resources.files(__package__).joinpath("tabellen.json").read_text("utf-8")
)

# ----------------------------------------------------------------- geography
# Municipalities per province (2023, 342 in total); the order is the order of the set.
PROVINCE_COUNTS: dict[str, int] = _TABLES["gemeenten_per_provincie"]
# Four-digit postcode bands per province, disjoint (roughly the real ones).
POSTCODE_BANDS: dict[str, list[list[int]]] = _TABLES["postcodereeksen"]
AREA_CODES: dict[str, list[str]] = _TABLES["netnummers"]

# ----------------------------------------------------------------- names
ROOTS: list[str] = _TABLES["plaatsnaam_stammen"]
SUFFIXES: list[str] = _TABLES["plaatsnaam_uitgangen"]
FRISIAN_SUFFIXES: list[str] = _TABLES["friese_uitgangen"]
RIVERS: dict[str, str] = _TABLES["rivieren"]  # river -> article ("Rijn": "den")
DIRECTIONS: list[str] = _TABLES["windrichtingen"]
STEMS: dict[str, str] = _TABLES["regio_stammen"]  # province -> stem of its region names
STREET_NAMES: list[str] = _TABLES["straatnamen"]
WIJKEN: list[str] = _TABLES["wijken"]
SURNAMES: list[str] = _TABLES["achternamen"]
WORDS: list[str] = _TABLES["woorden"]

# ----------------------------------------------------------------- providers
KIND_WEIGHTS: list[list[Any]] = _TABLES["aanbieder_soorten"]  # [kind, weight]
# A few organisations of these kinds work nationally (helplines, chat services).
NATIONAL_KINDS: list[str] = _TABLES["landelijke_soorten"]
# Extra locations and services beyond the minimum go to kinds with these weights.
LOCATION_WEIGHT: dict[str, float] = _TABLES["locatie_gewicht"]
SERVICE_WEIGHT: dict[str, float] = _TABLES["dienst_gewicht"]
# Name patterns per kind: {plaats}, {regio}, {provincie}, {woord}, {woord_kaal},
# {achternaam}, {straat}, {wijk}.
PROVIDER_NAMES: dict[str, list[str]] = _TABLES["aanbieder_namen"]
# Description per kind: {naam}, {plaats}, {regio}.
PROVIDER_TEXTS: dict[str, str] = _TABLES["aanbieder_teksten"]
EXTRA_SENTENCES: list[str] = _TABLES["extra_zinnen"]
LISTS: list[list[str]] = _TABLES["opsommingen"]
# Phone lines: what they are for (per record kind), their office hours [hours, weight], and
# the provider kinds with a 24/7 crisis line (the share of such providers that has one).
PHONE_PURPOSES: dict[str, list[str]] = _TABLES["telefoonlijnen"]["doelen"]
PHONE_HOURS: list[list[Any]] = _TABLES["telefoonlijnen"]["bereikbaar"]
CRISIS_KINDS: dict[str, float] = _TABLES["telefoonlijnen"]["crisis"]["soorten"]
CRISIS_PURPOSE: str = _TABLES["telefoonlijnen"]["crisis"]["doel"]

# ----------------------------------------------------------------- locations
LOCATION_KINDS: dict[str, list[list[Any]]] = _TABLES["locatie_soorten"]  # [soort, weight]
# Name pattern per location kind: {plaats}, {aanbieder}, {wijk}, {buurt}, {straat}, {woord}.
LOCATION_NAMES: dict[str, str] = _TABLES["locatie_namen"]
LOCATION_NOTES: list[str] = _TABLES["locatie_omschrijvingen"]  # {woord}
ACCESSIBILITY: list[str] = _TABLES["toegankelijkheid"]
OPENING_HOURS: dict[str, list[list[Any]]] = _TABLES["openingstijden"]  # [hours, weight]

# ----------------------------------------------------------------- services
LANGUAGES: list[str] = _TABLES["talen"]  # ISO 639-1
SERVICES: dict[str, list[ServiceTemplate]] = {
    kind: [_template(entry) for entry in entries] for kind, entries in _TABLES["diensten"].items()
}
SIGN_UP: list[str] = _TABLES["aanmelden"]
