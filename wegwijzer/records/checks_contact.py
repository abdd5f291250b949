"""Rules for contact channels, regions, where help happens and location history.

Reads the catalog (regions, municipalities) and the validated documents (for line
and column) and emits `Problem`s: phone lines with a valid number and hours, a
crisis line with hours, `24/7` not mixed with other hours; locations whose
periods are in order and do not overlap the location they replace; `aan-huis`
and `op-school` services with an area (and schools); `werkgebied` and
`jeugdregio` naming known regions; a municipality in at most one region and in
the region it names; shared postcodes that a neighbour shares too.
Kept apart from checks.py so the general record rules stay short.
"""

from __future__ import annotations

import difflib
import re

from . import hours, phones, placeholders
from .model import Catalog, is_current
from .problems import WARNING
from .yamlload import Document

Problems = list  # of Problem

_ALWAYS = re.compile(r"(?<![\w/])24/7(?![\w/])")


def run(catalog: Catalog, docs: list[tuple[str, Document]]) -> Problems:
    out: Problems = []
    for kind, doc in docs:
        if kind == "provider":
            out += _provider(catalog, doc)
        elif kind == "gemeente":
            out += _municipality(catalog, doc)
        elif kind == "regios":
            out += _regions(doc)
    out += _shared_postcodes([doc for kind, doc in docs if kind == "gemeente"])
    return out


def _suggest(value: str, options) -> str:
    match = difflib.get_close_matches(value, list(options), n=1, cutoff=0.6)
    return f"; bedoel je '{match[0]}'?" if match else ""


def old_phone_fields(doc: Document, path: tuple, item: dict) -> Problems:
    """`telefoon` and `telefoon_toelichting`, the shape before `telefoonlijnen`: a warning
    (so `check --strict` fails) that names the form to write; a number without a purpose
    or hours cannot say "nu bereikbaar", and free-text hours nothing can compute with."""
    out: Problems = []
    number = item.get("telefoon")
    if "telefoon" in item:
        valid = isinstance(number, str) and not phones.parse(number)[1]
        shown = number.strip() if valid else "046-1234567"
        out.append(
            doc.problem(
                (*path, "telefoon"),
                "telefoon is verouderd; schrijf telefoonlijnen met nummer, doel en bereikbaar, "
                f'bijvoorbeeld telefoonlijnen: [{{nummer: "{shown}", doel: Aanmelden en '
                'vragen, bereikbaar: "Mo-Fr 08:30-17:00; PH off"}]; wegwijzer migreer zet '
                "het om",
                WARNING,
            )
        )
    if "telefoon_toelichting" in item:
        out.append(
            doc.problem(
                (*path, "telefoon_toelichting"),
                "telefoon_toelichting is verouderd; schrijf waarvoor de lijn is in doel en "
                'de tijden in bereikbaar van telefoonlijnen, bijvoorbeeld bereikbaar: "Mo-Fr '
                '08:30-17:00; PH off"; wegwijzer migreer zet het om',
                WARNING,
            )
        )
    return out


def phone_line_problems(doc: Document, path: tuple, lines: list[dict]) -> Problems:
    """`telefoonlijnen` at `path`: number, hours, crisis lines with hours."""
    out: Problems = []
    for i, line in enumerate(lines):
        here = (*path, i)
        _, message = phones.parse(line["nummer"])
        if message:
            out.append(doc.problem((*here, "nummer"), message))
        when = line.get("bereikbaar")
        if when is None:
            if line.get("crisis"):
                out.append(
                    doc.problem(
                        here,
                        "een crisislijn (crisis: true) heeft bereikbaar nodig, zodat ouders "
                        'weten of er nu iemand opneemt; schrijf bijvoorbeeld bereikbaar: "24/7"',
                    )
                )
            continue
        if _ALWAYS.search(when) and when.strip() != "24/7":
            out.append(
                doc.problem(
                    (*here, "bereikbaar"),
                    f'"{when}" zegt 24/7 (dag en nacht) én andere tijden; schrijf alleen '
                    '"24/7" als de lijn altijd opneemt, of alleen de tijden, bijvoorbeeld '
                    '"Mo-Fr 08:30-17:00; PH off"',
                )
            )
            continue
        if when.lstrip().upper().startswith(placeholders.MARK):
            continue  # not filled in yet: records/placeholders.py says so once
        message = hours.check(when)
        if message:
            out.append(doc.problem((*here, "bereikbaar"), message))
    return out


def _provider(catalog: Catalog, doc: Document) -> Problems:
    data = doc.data
    out = phone_line_problems(doc, ("telefoonlijnen",), data.get("telefoonlijnen", []))
    locations = data.get("locaties", [])
    index = {loc["id"]: i for i, loc in enumerate(locations)}
    for i, loc in enumerate(locations):
        path = ("locaties", i)
        out += phone_line_problems(doc, (*path, "telefoonlijnen"), loc.get("telefoonlijnen", []))
        start, end = loc.get("geldig_vanaf"), loc.get("geldig_tot")
        if start and end and end < start:
            out.append(
                doc.problem(
                    (*path, "geldig_tot"), f"geldig_tot ({end}) ligt vóór geldig_vanaf ({start})"
                )
            )
        if loc.get("op_afspraak") and loc.get("soort") == "online":
            out.append(
                doc.problem(
                    (*path, "op_afspraak"),
                    "een online locatie is niet op afspraak; laat op_afspraak weg of geef "
                    "een locatie met een adres",
                )
            )
        out += _overlap(doc, locations, index, i)
    for i, svc in enumerate(data.get("diensten", [])):
        path = ("diensten", i)
        out += phone_line_problems(doc, (*path, "telefoonlijnen"), svc.get("telefoonlijnen", []))
        out += _service_area(catalog, doc, path, svc)
        out += _ended_locations(catalog, doc, path, svc)
    return out


def _ended_locations(catalog: Catalog, doc: Document, path: tuple, svc: dict) -> Problems:
    """A current service at a location that has moved or closed sends people to the wrong
    door; a warning, because the service may simply need its geldig_tot too."""
    pid = doc.path.rsplit("/", 1)[-1].removesuffix(".yaml")
    service = catalog.services.get(f"{pid}/{svc['id']}")
    if service is None or not is_current(service, catalog.today):
        return []
    out: Problems = []
    for i, ref in enumerate(svc.get("locaties", [])):
        old = catalog.past_locations.get(ref if "/" in ref else f"{pid}/{ref}")
        if old is not None:
            out.append(
                doc.problem(
                    (*path, "locaties", i),
                    f"locatie '{ref}' is nu niet in gebruik (zie geldig_vanaf en geldig_tot); "
                    "noem de locatie die nu geldt, of geef de dienst ook een geldig_tot",
                    WARNING,
                )
            )
    return out


def _overlap(doc: Document, locations: list[dict], index: dict, i: int) -> Problems:
    """A location that `vervangt` another (a move) starts after the old one ended: the
    periods may not overlap, or the map shows both places as current."""
    loc = locations[i]
    old_id = loc.get("vervangt")
    if not old_id:
        return []
    path = ("locaties", i)
    if old_id not in index or old_id == loc["id"]:
        options = [x for x in index if x != loc["id"]]
        return [
            doc.problem(
                (*path, "vervangt"),
                f"locatie '{old_id}' staat niet in dit bestand{_suggest(old_id, options)}; "
                "noem het id van de oude locatie",
            )
        ]
    old = locations[index[old_id]]
    start, old_end = loc.get("geldig_vanaf"), old.get("geldig_tot")
    line = doc.where(("locaties", index[old_id]))[0]
    if not start or not old_end:
        return [
            doc.problem(
                (*path, "vervangt") if start else path,
                f"bij vervangt hoort geldig_vanaf bij deze locatie en geldig_tot bij "
                f"'{old_id}' (regel {line}), zodat de site weet wanneer de verhuizing was",
            )
        ]
    if start <= old_end:
        return [
            doc.problem(
                (*path, "geldig_vanaf"),
                f"deze locatie begint ({start}) voordat '{old_id}' (regel {line}) stopt "
                f"({old_end}); zet geldig_tot bij de oude locatie op de dag vóór geldig_vanaf "
                "van de nieuwe",
            )
        ]
    return []


def _service_area(catalog: Catalog, doc: Document, path: tuple, svc: dict) -> Problems:
    out: Problems = []
    written = svc.get("werkgebied", [])
    for i, item in enumerate(written):
        if item == "NL" or item.startswith("GM") or item in catalog.regions:
            continue
        out.append(
            doc.problem(
                (*path, "werkgebied", i),
                f"jeugdregio '{item}' staat niet in taxonomie/jeugdregios.yaml; schrijf het "
                "id van een regio, een CBS-gemeentecode (GM0971) of NL"
                f"{_suggest(item, catalog.regions)}",
            )
        )
    where = svc.get("waar", [])
    if "aan-huis" in where and not written:
        out.append(
            doc.problem(
                (*path, "waar"),
                "bij aan-huis hoort een werkgebied: in welke gemeenten of regio komt de "
                "hulp bij het gezin thuis? Schrijf bijvoorbeeld werkgebied: [GM0971]",
            )
        )
    if "op-school" in where and not written:
        out.append(
            doc.problem(
                (*path, "waar"),
                "bij op-school hoort een werkgebied: in welke gemeenten of regio zijn de "
                "scholen? Schrijf bijvoorbeeld werkgebied: [GM0971]",
            )
        )
    if "op-school" in where and not svc.get("scholen"):
        out.append(
            doc.problem(
                (*path, "waar"),
                "bij op-school hoort scholen: op welke scholen? Schrijf bijvoorbeeld "
                "scholen: [basisonderwijs]",
            )
        )
    if svc.get("scholen") and "op-school" not in where:
        out.append(
            doc.problem(
                (*path, "scholen"),
                "scholen geldt alleen bij waar: [op-school]; voeg op-school toe aan waar",
            )
        )
    if "op-locatie" in where and "waar" in svc and not svc.get("locaties"):
        out.append(
            doc.problem(
                (*path, "waar"),
                "bij op-locatie hoort een lijst locaties: waar kunnen mensen terecht?",
            )
        )
    return out


def _municipality(catalog: Catalog, doc: Document) -> Problems:
    data = doc.data
    rid = data["jeugdregio"]
    region = catalog.regions.get(rid)
    if region is None:
        # An old free-text region name ("Parkstad Limburgg") gets the id of the nearest name.
        names = {r.id: r.id for r in catalog.regions.values()}
        names |= {r.name.lower(): r.id for r in catalog.regions.values()}
        match = difflib.get_close_matches(rid.lower(), list(names), n=1, cutoff=0.6)
        near = f"; bedoel je '{names[match[0]]}'?" if match else ""
        return [
            doc.problem(
                ("jeugdregio",),
                f"'{rid}' staat niet in taxonomie/jeugdregios.yaml; schrijf het id van de "
                "regio, bijvoorbeeld westelijke-mijnstreek, of voeg de regio daar toe"
                f"{near}",
            )
        ]
    if data["cbs_code"] not in region.municipalities:
        return [
            doc.problem(
                ("jeugdregio",),
                f"jeugdregio '{rid}' noemt gemeente {data['cbs_code']} niet; voeg "
                f"{{code: {data['cbs_code']}, naam: {data['naam']}}} toe aan die regio in "
                "taxonomie/jeugdregios.yaml, of kies de regio die de gemeente wel noemt",
            )
        ]
    return []


def _regions(doc: Document) -> Problems:
    out: Problems = []
    first: dict[str, tuple[str, int]] = {}
    ids: dict[str, int] = {}
    for i, region in enumerate(doc.data["jeugdregios"]):
        if region["id"] in ids:
            line = doc.where(("jeugdregios", ids[region["id"]]))[0]
            out.append(
                doc.problem(
                    ("jeugdregios", i, "id"),
                    f"jeugdregio '{region['id']}' bestaat al (regel {line}); kies een ander id",
                )
            )
        ids.setdefault(region["id"], i)
        for j, item in enumerate(region["gemeenten"]):
            code = item["code"]
            if code in first:
                other, line = first[code]
                out.append(
                    doc.problem(
                        ("jeugdregios", i, "gemeenten", j, "code"),
                        f"gemeente {code} ({item['naam']}) staat al in jeugdregio '{other}' "
                        f"(regel {line}); een gemeente hoort bij één jeugdregio, haal haar "
                        "bij een van de twee weg",
                    )
                )
            else:
                line = doc.where(("jeugdregios", i, "gemeenten", j))[0]
                first[code] = (region["id"], line)
    return out


def _shared_postcodes(docs: list[Document]) -> Problems:
    """A shared postcode lies in two municipalities: both say so, and neither has it in
    its own `postcodes` (those stay disjoint, so a lookup there still has one answer)."""
    out: Problems = []
    shared: dict[str, list[Document]] = {}
    for doc in docs:
        for value in doc.data.get("gedeelde_postcodes", []):
            shared.setdefault(value, []).append(doc)
    for doc in docs:
        ranges = []
        for value in doc.data["postcodes"]:
            low, _, high = value.partition("-")
            ranges.append((int(low), int(high or low)))
        for i, value in enumerate(doc.data.get("gedeelde_postcodes", [])):
            path = ("gedeelde_postcodes", i)
            if any(low <= int(value) <= high for low, high in ranges):
                out.append(
                    doc.problem(
                        path,
                        f"postcode {value} staat ook in postcodes; een gedeelde postcode "
                        "staat alleen onder gedeelde_postcodes",
                    )
                )
            elif len(shared[value]) < 2:
                out.append(
                    doc.problem(
                        path,
                        f"geen andere gemeente deelt postcode {value}; noem hem ook onder "
                        "gedeelde_postcodes van de buurgemeente, of zet hem onder postcodes",
                    )
                )
    return out
