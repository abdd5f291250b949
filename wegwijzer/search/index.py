"""Search files for the search page: one compact file per group of municipalities.

Reads the catalog: active services with their provider, locations, themes and age range; the
municipalities with their region and four-digit postcode ranges; the taxonomy
(``search_synonyms``). Emits (``build``) static files under ``sociale-kaart/zoekindex/`` and
the manifest the search page embeds:

- ``groep-<first CBS code>.<hash>.json``, one search file per group of municipalities of a
  youth-care region (``groups``), in the format that ``search.unpack`` describes and expands
  (the browser: browser/zoeken/15-uitpakken.js) into a municipality's shard: ``{"gemeente",
  "index", "documents", "roosters"}`` with the services residents can use (service area
  containing the code or "NL", or a location in the municipality) and the other kinds of
  documents (``search.documents``). ``index`` is a lunr index (Dutch pipeline,
  ``search_collection.CollectionIndex``: statistics of the whole country, so a service has
  the same vectors in every shard); ``documents`` maps each ref to what a result card and the
  facets need, with ``lijnen`` ``[[schedule key, number, tel: href, crisis 0/1]]`` for its
  phone lines that have hours; ``roosters`` are the schedules of locations and phone lines
  for "nu open of bereikbaar" (``hours.schedule``), shared by key;
- ``alles.<hash>.json``: the same for the whole catalogue (no service is "eigen"), only when
  it is at most FIRST_SEARCH_BUDGET gzipped; the manifest's ``alles`` names it (else null);
- ``namen.<hash>.json``: name, provider, service page and municipality of every active
  service, for a search before a municipality is chosen (matched by name in the browser);
- the manifest: per municipality its name, search file (``shard``), postcode ranges and the
  postcodes it shares with a neighbour (``gedeeld``, when it has any); the names file;
  the synonym table for queries (``search_synonyms.query_synonyms``).

A national catalog (20,000 services) in one lunr index is 6 MB gzipped, too much for a phone;
a municipality needs only its own. A file per municipality, though, repeats every regional
service in each municipality of its region (124,815 copies of 25,253 documents, 176 MB at
national scale); a file per group of a region holds each once, with where it is local, and
leaves out what the browser can rebuild (the inverted index, a service's page URL).
File names carry the first 10 hex digits of the sha256 of their bytes, so no cache ever
serves an old file. Output is deterministic.
"""

from __future__ import annotations

import gzip
import hashlib
import html as _html
import json
import re
from dataclasses import dataclass
from functools import lru_cache

import markdown as _markdown
import nh3

from ..records import hours, phones
from ..records.model import Catalog, Location, Service
from ..urls import service_page
from .collection import CollectionIndex
from .documents import others
from .pipeline import Analysed, tokens
from .synonyms import expansion_text, query_synonyms, theme_words

FOLDER = "sociale-kaart/zoekindex"
# Few fields: every field costs an entry per document and per term in every shard.
FIELDS = [
    {"field_name": "naam", "boost": 5},  # the service's name
    {"field_name": "themas", "boost": 2},  # its themes: id words and label
    {"field_name": "tekst"},  # description, provider, location names and places
    {"field_name": "extra", "boost": 0.5},  # synonyms and abbreviations found, audience
]
ALL = "alles"  # the shard of the whole catalogue
FIRST_SEARCH_BUDGET = 250_000  # bytes gzipped: what a first search may download
GZIP_RATIO = 6  # JSON of cards and an index shrinks at most about this much
SUMMARY = 160  # characters of the description on a result card
NATIONAL = "NL"
_POSTCODE = re.compile(r"^\s*(\d{4})\s*(?:[A-Za-z]{2})?\s*$")
# Text that Markdown would change: markup characters, list items, code blocks, headings.
_MARKUP = re.compile(r"[\\`*_\[\]<>&#!|~]|^\s*(?:[-+*]|\d+[.)])\s|^ {4}|^\s*[=-]{2,}\s*$", re.M)
_MD = _markdown.Markdown()


# --------------------------------------------------------------------------- documents


def plain_text(source: str) -> str:
    """What `html.markdown_text` gives, faster: text without Markdown skips the converter, and
    one converter is reused (building one costs as much as converting a description)."""
    if not _MARKUP.search(source):
        return " ".join(source.split())
    cleaned = nh3.clean(_MD.reset().convert(source), tags=set())
    return " ".join(_html.unescape(cleaned).split())


def summary(plain: str, limit: int = SUMMARY) -> str:
    """Plain text cut at a word boundary."""
    if len(plain) <= limit:
        return plain
    return plain[:limit].rsplit(" ", 1)[0].rstrip(",.;:") + "…"


def _place(location: Location) -> str:
    city = (location.address or {}).get("plaats", "")
    return f"{location.name}, {city}" if city and city not in location.name else location.name


def where(catalog: Catalog, service: Service, locations: list[Location], code: str | None):
    """(text, shown locations): where a service is, as a card says it; locations in `code` first."""
    here = [loc for loc in locations if code and loc.municipality == code]
    shown = here or locations
    if shown:
        text = _place(shown[0])
        others = len(locations) - 1
        if others:
            text += f" en {others} andere locatie{'s' if others > 1 else ''}"
        return text, shown
    if NATIONAL in service.area:
        return "Landelijk", []
    known = [catalog.municipalities[c] for c in service.area if c in catalog.municipalities]
    if len(known) == 1:
        return known[0].name, []
    if known and len({m.region for m in known}) == 1:
        return f"Regio {known[0].region}", []
    return f"{len(service.area)} gemeenten", []


@lru_cache(maxsize=65536)
def _schedule(opening_hours: str, start) -> str | None:
    try:
        return hours.schedule_json(opening_hours, start)
    except ValueError:
        return None


@dataclass
class Prepared:
    """What every shard needs of one service, computed once."""

    service: Service
    ref: str  # lunr ref, short and the same in every shard
    fields: list[Analysed]  # in the order of FIELDS
    card: dict  # the document, without the parts that depend on the municipality
    locations: list[Location]
    local_codes: set[str]  # municipalities by area or location (not "NL")
    # Phone lines with hours (``Catalog.phone_lines_for``): (hours, number, tel: href, crisis).
    # "Nu open of bereikbaar" counts a service whose line is staffed now.
    lines: tuple = ()


def _ref(number: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        number, rest = divmod(number, 36)
        out = digits[rest] + out
        if not number:
            return out


def prepare(catalog: Catalog, service: Service, ref: str) -> Prepared:
    provider = catalog.providers.get(service.provider_id)
    provider_name = provider.name if provider else ""
    description = plain_text(service.description or "")
    locations = [catalog.locations[i] for i in service.location_ids if i in catalog.locations]
    themes = [catalog.themes[t] for t in service.themes if t in catalog.themes]
    audience = [catalog.label("dienst.doelgroep", a) for a in service.audience]
    places = []
    for location in locations:
        places.append(_place(location))
        municipality = catalog.municipalities.get(location.municipality or "")
        if municipality:
            places.append(municipality.name)
    values = {
        "naam": service.name,
        "themas": " ".join(f"{theme_words(t.id)} {t.label}" for t in themes),
        "tekst": " ".join([description, provider_name, *dict.fromkeys(places)]),
        "extra": " ".join([expansion_text(catalog, f"{service.name} {description}"), *audience]),
    }
    tel = phones.tel_href(service.phone) if service.phone else None
    age = None
    if service.age_min_months is not None or service.age_max_months is not None:
        age = [service.age_min_months, service.age_max_months]
    card = {
        "naam": service.name,
        "aanbieder": provider_name,
        "tekst": summary(description),
        "url": service_page(service),
        "telefoon": service.phone if tel else None,
        "tel": tel,
        "themas": list(service.themes),
        "voor": list(service.audience),
        "toegang": service.access,
        "kosten": list(service.funding),
        "leeftijd": age,
    }
    local = {c for c in service.area if c != NATIONAL}
    local |= {loc.municipality for loc in locations if loc.municipality}
    return Prepared(
        service=service,
        ref=ref,
        fields=[Analysed(tokens(values[f["field_name"]])) for f in FIELDS],
        card=card,
        locations=locations,
        local_codes=local,
        lines=tuple(
            (line.hours, line.number, phones.tel_href(line.number), line.crisis)
            for line in catalog.phone_lines_for(service)
            if line.hours and phones.tel_href(line.number)
        ),
    )


def _json(data) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def place_name(catalog: Catalog, service: Service, locations: list[Location]) -> str:
    """The municipality of a service in one word or two: for the country-wide names list."""
    for location in locations:
        municipality = catalog.municipalities.get(location.municipality or "")
        if municipality:
            return municipality.name
    text, _ = where(catalog, service, [], None)
    return text


def names(catalog: Catalog, prepared: list[Prepared]) -> dict:
    """Country-wide fallback: every service's name, provider, page and municipality; no index.

    ``{"aanbieders": [[slug, name], ...], "plaatsen": [...], "diensten": [[name, provider
    position, service id within the provider, place position], ...]}``, sorted by name; the
    search page builds the page URL ``diensten/<slug>/<id>/`` from them, as
    ``urls.service_page`` does. Providers and places are listed once.
    """
    providers = sorted({(p.service.provider_id, p.card["aanbieder"]) for p in prepared})
    provider_at = {slug: i for i, (slug, _) in enumerate(providers)}
    places = sorted({place_name(catalog, p.service, p.locations) for p in prepared})
    place_at = {name: i for i, name in enumerate(places)}
    rows = []
    for item in sorted(prepared, key=lambda p: (p.service.name.casefold(), p.service.id)):
        service = item.service
        rows.append(
            [
                service.name,
                provider_at[service.provider_id],
                service.local_id,
                place_at[place_name(catalog, service, item.locations)],
            ]
        )
    return {"aanbieders": [list(p) for p in providers], "plaatsen": places, "diensten": rows}


# --------------------------------------------------------------------------- files


def hashed_name(stem_name: str, data: bytes) -> str:
    """`GM0397.3f2a9c01be.json`: the first 10 hex digits of the sha256 of the bytes."""
    return f"{stem_name}.{hashlib.sha256(data).hexdigest()[:10]}.json"


def services_by_municipality(catalog: Catalog) -> tuple[dict[str, list[Service]], list[Service]]:
    """(code -> services with that code in their area or a location there, national services).

    The same services as `Catalog.services_in`, for every municipality in one pass.
    """
    local: dict[str, list[Service]] = {code: [] for code in catalog.municipalities}
    national = []
    for service in sorted(catalog.active_services(), key=lambda s: s.id):
        if NATIONAL in service.area:
            national.append(service)
            continue
        codes = {c for c in service.area if c != NATIONAL}
        codes |= {
            catalog.locations[i].municipality
            for i in service.location_ids
            if i in catalog.locations and catalog.locations[i].municipality
        }
        for code in codes:
            if code in local:
                local[code].append(service)
    return local, national


@dataclass
class SearchFiles:
    files: dict[str, bytes]  # docs path -> bytes
    manifest: dict  # file names are relative to FOLDER


def build(catalog: Catalog, handbook: dict[str, str] | None = None) -> SearchFiles:
    """The files and the manifest; `handbook`: `{docs path: Markdown}` of the handbook pages."""
    services = sorted(catalog.active_services(), key=lambda s: s.id)
    prepared = {s.id: prepare(catalog, s, _ref(i)) for i, s in enumerate(services)}
    extra = others(catalog, handbook)
    for number, item in enumerate(extra, start=len(prepared)):
        item.ref = _ref(number)
    index = CollectionIndex(
        [(p.ref, p.fields) for p in prepared.values()] + [(o.ref, o.fields) for o in extra],
        FIELDS,
    )
    from .groups import group_json, groups  # they read this module's documents

    local, national = services_by_municipality(catalog)
    files: dict[str, bytes] = {}
    municipalities = []
    for codes in groups(catalog, local):
        ids = set().union(*({s.id for s in local[code]} for code in codes))
        ids |= {s.id for s in national}
        items: list = [prepared[i] for i in sorted(ids)]
        # Refs are numbered services first, then the others in their order: ref order.
        items += [o for o in extra if o.local_codes is None or o.local_codes & set(codes)]
        data = group_json(catalog, codes, items, index).encode("utf-8")
        name = hashed_name(f"groep-{codes[0]}", data)
        files[f"{FOLDER}/{name}"] = data
        for code in codes:
            municipality = catalog.municipalities[code]
            entry = {
                "code": code,
                "naam": municipality.name,
                "shard": name,
                "postcodes": [list(r) for r in municipality.postcodes],
            }
            if municipality.shared_postcodes:
                # Postcodes it shares with a neighbour: the postcode box asks which of the two.
                entry["gedeeld"] = sorted(municipality.shared_postcodes)
            municipalities.append(entry)
    # The whole catalogue in one file, for a search before a municipality is chosen, when it
    # fits the budget of a first search (a regional network does; the national one does not:
    # then the page asks for the municipality and searches the names file meanwhile).
    # The cards alone give a cheap lower bound: a national catalogue is not even serialized.
    all_file = None
    cards = sum(len(_json(p.card)) for p in prepared.values())
    everything = b""
    if cards <= FIRST_SEARCH_BUDGET * GZIP_RATIO:
        everything = group_json(catalog, [], [*prepared.values(), *extra], index).encode("utf-8")
    if everything and len(gzip.compress(everything, 9, mtime=0)) <= FIRST_SEARCH_BUDGET:
        all_file = hashed_name(ALL, everything)
        files[f"{FOLDER}/{all_file}"] = everything
    data = _json(names(catalog, list(prepared.values()))).encode("utf-8")
    names_file = hashed_name("namen", data)
    files[f"{FOLDER}/{names_file}"] = data
    municipalities.sort(key=lambda m: (m["naam"].casefold(), m["code"]))
    manifest = {
        "gemeenten": municipalities,
        "namen": names_file,
        "alles": all_file,
        "synoniemen": query_synonyms(catalog),
    }
    return SearchFiles(files=files, manifest=manifest)


def municipality_for_postcode(catalog: Catalog, postcode: str) -> str | None:
    """CBS code of the municipality whose postcode ranges hold the four digits, else None."""
    match = _POSTCODE.match(postcode or "")
    if not match:
        return None
    number = int(match.group(1))
    for code in sorted(catalog.municipalities):
        if any(low <= number <= high for low, high in catalog.municipalities[code].postcodes):
            return code
    return None
