"""Search files per group of municipalities: which municipalities share one, and its JSON.

Reads the prepared documents of ``search.index`` (services with their locations and phone
lines, and the other kinds of ``search.documents``), the catalog's regions and the
``CollectionIndex``; emits (``group_json``) the text of one search file in the format that
``search.unpack`` describes, and (``groups``) the municipalities that share a file.

Why groups: a regional service is offered in several municipalities of its region; a file
per municipality repeated it in each. A group's file holds it once, with the municipalities
where it is local (``in``) and, where a location of it is shown first, what its card says
there (``anders``); the browser picks a municipality's documents out of it.
"""

from __future__ import annotations

from ..records.model import Catalog, Location, Service
from .collection import CollectionIndex
from .documents import Other
from .index import NATIONAL, Prepared, _json, _schedule, where

# Local services in one search file at most: a first search downloads the file of a region
# (about 1 KB per service before gzip), which must stay within FIRST_SEARCH_BUDGET.
GROUP_SERVICES = 800
FACETS = ("themas", "voor", "kosten")  # lists of ids on a card; "toegang" is one id


def groups(catalog: Catalog, local: dict[str, list[Service]]) -> list[list[str]]:
    """The municipalities that share a search file: those of a youth-care region, as many
    as keep the file's local services at most GROUP_SERVICES (a region's services are mostly
    offered in several of its municipalities, so the file holds each of them once)."""
    by_region: dict[str, list[str]] = {}
    for code in sorted(catalog.municipalities):
        by_region.setdefault(catalog.municipalities[code].region or "", []).append(code)
    out = []
    for region in sorted(by_region):
        current: list[str] = []
        services: set[str] = set()
        for code in by_region[region]:
            mine = {s.id for s in local[code]}
            if current and len(services | mine) > GROUP_SERVICES:
                out.append(current)
                current, services = [], set()
            current.append(code)
            services |= mine
        out.append(current)
    return out


def _keys(catalog: Catalog, shown: list[Location], schedules: dict[str, str]) -> list[str]:
    """The schedule keys of the shown locations that have hours (``schedules``: JSON -> key)."""
    keys = []
    for location in shown:
        # "Op afspraak" is never "nu open", whatever hours the location also has.
        data = (
            _schedule(location.opening_hours, catalog.today)
            if location.opening_hours and not location.by_appointment
            else None
        )
        if data is not None:
            key = schedules.setdefault(data, f"r{len(schedules) + 1}")
            if key not in keys:
                keys.append(key)
    return keys


def _service_document(
    catalog, item: Prepared, at: dict[str, int], providers, values, schedules
) -> dict:
    """A service in a search file (see ``search.unpack``): its card, where it is local, and
    where it is (``where``) for a municipality without a location of it and for each one
    with a location, when that differs."""
    service = item.service
    card = dict(item.card)
    if card["url"] == f"diensten/{service.provider_id}/{service.local_id}/":
        # The page follows from the provider (listed once per file) and the service's id.
        del card["url"], card["aanbieder"]
        card["a"] = providers.setdefault(
            service.provider_id, (len(providers), item.card["aanbieder"])
        )[0]
        card["id"] = service.local_id
    # Facet values (theme, audience, funding and access ids) as numbers in one list per file.
    for key in FACETS:
        card[key] = [values.setdefault(v, len(values)) for v in card[key]]
    if card["toegang"] is not None:
        card["toegang"] = values.setdefault(card["toegang"], len(values))
    text, shown = where(catalog, service, item.locations, None)
    document = {"k": card, "in": sorted(at[c] for c in item.local_codes if c in at)}
    if NATIONAL in service.area:
        document["overal"] = 1
    document["waar"] = text
    keys = _keys(catalog, shown, schedules)
    if keys:
        document["roosters"] = keys
    lines = []
    for opening_hours, number, tel, crisis in item.lines:
        data = _schedule(opening_hours, catalog.today)
        if data is not None:
            key = schedules.setdefault(data, f"r{len(schedules) + 1}")
            lines.append([key, number, tel, 1 if crisis else 0])
    if lines:
        document["lijnen"] = lines
    elsewhere = {}
    for code in sorted({loc.municipality for loc in item.locations if loc.municipality in at}):
        local_text, local_shown = where(catalog, service, item.locations, code)
        local_keys = _keys(catalog, local_shown, schedules)
        if (local_text, local_keys) != (text, keys):
            elsewhere[str(at[code])] = {"waar": local_text, "roosters": local_keys}
    if elsewhere:
        document["anders"] = elsewhere
    return document


def group_json(catalog: Catalog, codes: list[str], items: list, index: CollectionIndex) -> str:
    """The search file (JSON text) of municipalities `codes` from their documents, in ref
    order; the format is described in ``search.unpack``, which reads it."""
    at = {code: i for i, code in enumerate(codes)}
    terms = index.terms([item.ref for item in items])
    position = {term: i for i, term in enumerate(terms)}
    providers: dict[str, tuple[int, str]] = {}
    values: dict[str, int] = {}
    schedules: dict[str, str] = {}  # schedule JSON -> key
    documents = []
    for item in items:
        if isinstance(item, Other):
            document = {
                "k": item.card,
                "in": sorted(at[c] for c in item.local_codes or () if c in at),
            }
            if item.local_codes is None:
                document["overal"] = 1
        else:
            document = _service_document(catalog, item, at, providers, values, schedules)
        documents.append(
            _json({"ref": item.ref, "v": index.vectors(item.ref, position), **document})
        )
    slugs = [[slug, name] for slug, (_, name) in sorted(providers.items(), key=lambda p: p[1][0])]
    roosters = ",".join(f'"{key}":{data}' for data, key in schedules.items())
    return (
        f'{{"gemeenten":{_json(codes)},"velden":{_json(index.fields)},"termen":{_json(terms)},'
        f'"aanbieders":{_json(slugs)},"waarden":{_json(list(values))},'
        f'"roosters":{{{roosters}}},'
        f'"documenten":[{",".join(documents)}]}}'
    )
