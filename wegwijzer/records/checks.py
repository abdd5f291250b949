"""Rules a JSON Schema cannot express, over all records at once.

Reads the catalog and the validated documents (for line and column) and emits
`Problem`s: ids unique, references resolve, coordinates in the Netherlands and
in the municipality's province, postcodes in the municipality's ranges, phone
numbers and opening hours valid, dates in order, `laatst_gecontroleerd` not in
the future (and a warning when older than 12 months), postcode ranges of
municipalities not overlapping.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Iterable

from . import border, checks_contact, geo, hours, phones, suggest
from .model import REVIEW_MONTHS, Catalog, age_months, is_stale
from .problems import WARNING, Problem
from .yamlload import Document


def run(catalog: Catalog, docs: list[tuple[str, Document]], known_ids: set[str]) -> list[Problem]:
    problems: list[Problem] = []
    by_id: dict[str, list[Document]] = {}
    for kind, doc in docs:
        if kind == "provider":
            by_id.setdefault(_stem(doc), []).append(doc)
            problems += _provider(catalog, doc, known_ids)
    for pid, same in by_id.items():
        for doc in same:
            others = ", ".join(d.path for d in same if d is not doc)
            if others:
                problems.append(
                    doc.problem(
                        (),
                        f"aanbieder-id '{pid}' bestaat ook in {others}; "
                        "elke bestandsnaam onder providers/ moet uniek zijn",
                    )
                )
    municipalities = [doc for kind, doc in docs if kind == "gemeente"]
    for kind, doc in docs:
        if kind == "gemeente":
            problems += _municipality(catalog, doc, known_ids)
        elif kind == "themas":
            problems += _unique(doc, ("themas",), "id", "thema")
    problems += _municipalities_apart(municipalities)
    problems += checks_contact.run(catalog, docs)
    return problems


def _unique(doc: Document, path: tuple, key: str, what: str) -> list[Problem]:
    seen: dict[str, int] = {}
    out = []
    for i, item in enumerate(doc.data.get(path[0], [])):
        value = item[key]
        if value in seen:
            first = doc.where((*path, seen[value], key))[0]
            out.append(
                doc.problem(
                    (*path, i, key),
                    f"{what} '{value}' bestaat al (regel {first}); kies een ander id",
                )
            )
        else:
            seen[value] = i
    return out


def _review(doc: Document, path: tuple, value: str | None, today: dt.date) -> list[Problem]:
    if not value:
        return []
    day = dt.date.fromisoformat(value)
    if day > today:
        return [
            doc.problem(
                path,
                f"{value} ligt in de toekomst; vul de datum in waarop de "
                "gegevens echt gecontroleerd zijn",
            )
        ]
    if is_stale(day, today):
        return [
            doc.problem(
                path,
                f"gegevens zijn sinds {value} niet meer gecontroleerd (meer dan "
                f"{REVIEW_MONTHS} maanden); controleer ze en pas de datum aan",
                WARNING,
            )
        ]
    return []


def _phone(doc: Document, path: tuple, item: dict) -> list[Problem]:
    """The old `telefoon` of the record at `path`: a valid number, and a warning to migrate."""
    out = checks_contact.old_phone_fields(doc, path, item)
    value = item.get("telefoon")
    if not value:
        return out
    _, message = phones.parse(value)
    return out + ([doc.problem((*path, "telefoon"), message)] if message else [])


def _km(distance: float) -> str:
    """Dutch kilometres: "0,5 km" near the border (where the margin is 0.3 km), "6 km" far off."""
    return f"{distance:.1f} km".replace(".", ",") if distance < 10 else f"{distance:.0f} km"


def _period(
    doc: Document, path: tuple, start: str | None, end: str | None, start_key: str, end_key: str
) -> list[Problem]:
    if start and end and end < start:
        return [doc.problem((*path, end_key), f"{end_key} ({end}) ligt vóór {start_key} ({start})")]
    return []


_SLUG = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")


def _file_name(doc: Document, name: str, example: str) -> list[Problem]:
    """The file name is the record's id (in URLs, references, open data): a plain slug."""
    if _SLUG.fullmatch(name):
        return []
    return [
        Problem(
            doc.path,
            1,
            1,
            "",
            f"'{name}' is geen geldige bestandsnaam; gebruik kleine "
            f"letters, cijfers en koppeltekens, bijvoorbeeld {example}",
        )
    ]


def _stem(doc: Document) -> str:
    return doc.path.rsplit("/", 1)[-1].removesuffix(".yaml")


def _provider(catalog: Catalog, doc: Document, known: set[str]) -> list[Problem]:
    data = doc.data
    pid = _stem(doc)
    out: list[Problem] = _file_name(doc, pid, "cjg-stein.yaml")
    out += _review(doc, ("laatst_gecontroleerd",), data.get("laatst_gecontroleerd"), catalog.today)
    out += _phone(doc, (), data)
    local: dict[str, tuple] = {}
    for key in ("locaties", "diensten"):
        for i, item in enumerate(data.get(key, [])):
            path = (key, i, "id")
            if item["id"] in local:
                first = doc.where(local[item["id"]])[0]
                out.append(
                    doc.problem(
                        path,
                        f"id '{item['id']}' komt al voor op regel {first}; "
                        "locaties en diensten hebben elk een eigen id",
                    )
                )
            local.setdefault(item["id"], path)
    for i, loc in enumerate(data.get("locaties", [])):
        out += _location(catalog, doc, ("locaties", i), loc)
    for i, svc in enumerate(data.get("diensten", [])):
        out += _service(catalog, doc, ("diensten", i), svc, pid, known)
    return out


def _location(catalog: Catalog, doc: Document, path: tuple, loc: dict) -> list[Problem]:
    out = _phone(doc, path, loc)
    if loc.get("openingstijden"):
        message = hours.check(loc["openingstijden"])
        if message:
            out.append(doc.problem((*path, "openingstijden"), message))
    code = loc.get("gemeente")
    municipality = catalog.municipalities.get(code) if code else None
    if code and municipality is None:
        out.append(
            doc.problem(
                (*path, "gemeente"),
                f"gemeente {code} is onbekend; voeg "
                "gemeenten/<naam>.yaml toe of controleer de CBS-code",
            )
        )
    coords = loc.get("coordinaten")
    if coords:
        lat, lon = coords["lat"], coords["lon"]
        cpath = (*path, "coordinaten")
        if not geo.in_netherlands(lat, lon):
            if geo.in_netherlands(lon, lat):
                out.append(
                    doc.problem(
                        cpath,
                        f"lat {lat} en lon {lon} zijn omgewisseld: in "
                        f"Nederland is lat tussen 50.7 en 53.6 en lon tussen 3.3 en 7.3",
                    )
                )
            else:
                out.append(
                    doc.problem(
                        cpath,
                        f"({lat}, {lon}) ligt buiten Nederland; controleer "
                        "de coördinaten (WGS84, bijvoorbeeld lat 50.97, lon 5.77)",
                    )
                )
        elif (away := border.outside_km(lat, lon)) is not None:
            out.append(
                doc.problem(
                    cpath,
                    f"({lat}, {lon}) ligt buiten Nederland, {_km(away)} van de grens; "
                    "controleer de coördinaten (WGS84, zoals in OpenStreetMap)",
                )
            )
        elif municipality and not geo.in_province(lat, lon, municipality.province):
            out.append(
                doc.problem(
                    cpath,
                    f"({lat}, {lon}) ligt niet in {municipality.province}, "
                    f"de provincie van gemeente {municipality.name}",
                )
            )
    address = loc.get("adres")
    if address and municipality:
        digits = int(address["postcode"][:4])
        if not any(low <= digits <= high for low, high in municipality.postcodes):
            out.append(
                doc.problem(
                    (*path, "adres", "postcode"),
                    f"postcode {address['postcode']}"
                    f" hoort niet bij de postcodes van {municipality.name}",
                    WARNING,
                )
            )
    return out


def _service(
    catalog: Catalog, doc: Document, path: tuple, svc: dict, pid: str, known: set[str]
) -> list[Problem]:
    out = _phone(doc, path, svc)
    out += _review(
        doc, (*path, "laatst_gecontroleerd"), svc.get("laatst_gecontroleerd"), catalog.today
    )
    out += _period(
        doc, path, svc.get("geldig_vanaf"), svc.get("geldig_tot"), "geldig_vanaf", "geldig_tot"
    )
    for i, theme in enumerate(svc["themas"]):
        if catalog.themes and theme not in catalog.themes:
            out.append(
                doc.problem(
                    (*path, "themas", i),
                    f"thema '{theme}' staat niet in "
                    f"taxonomie/themas.yaml{_near(theme, catalog.themes)}",
                )
            )
    for i, ref in enumerate(svc.get("locaties", [])):
        full = ref if "/" in ref else f"{pid}/{ref}"
        if full in catalog.locations:
            continue
        if full in catalog.services:
            out.append(doc.problem((*path, "locaties", i), f"'{ref}' is een dienst, geen locatie"))
        elif full not in known:
            own = [loc.get("id") for loc in doc.data.get("locaties", []) if isinstance(loc, dict)]
            near = suggest.location_reference(ref, pid, own, catalog)
            out.append(doc.problem((*path, "locaties", i), f"locatie '{ref}' bestaat niet{near}"))
    for i, code in enumerate(svc.get("werkgebied", [])):
        # Region ids (no GM prefix) are checked in checks_contact.
        if code.startswith("GM") and code not in catalog.municipalities:
            out.append(
                doc.problem(
                    (*path, "werkgebied", i),
                    f"gemeente {code} is onbekend; "
                    "voeg gemeenten/<naam>.yaml toe of controleer de code",
                )
            )
    if svc["toegang"] != "vrij-toegankelijk" and not svc.get("verwijzers"):
        out.append(
            doc.problem(
                (*path, "toegang"),
                f"bij toegang '{svc['toegang']}' hoort een lijst 'verwijzers': wie mag verwijzen?",
            )
        )
    age = svc.get("leeftijd")
    if age and age_months(age["van"]) < -9:
        out.append(
            doc.problem(
                (*path, "leeftijd", "van"),
                f"leeftijd van ({age['van']}) ligt "
                'vóór de zwangerschap; de jongste leeftijd is "-9 maanden"',
            )
        )
    if age and age_months(age["van"]) > age_months(age["tot"], upper=True):
        out.append(
            doc.problem(
                (*path, "leeftijd", "tot"),
                f"leeftijd tot ({age['tot']}) ligt vóór leeftijd van ({age['van']})",
            )
        )
    return out


def _near(value: str, options: Iterable[str]) -> str:
    match = difflib.get_close_matches(value, list(options), n=1, cutoff=0.7)
    return f"; bedoel je '{match[0]}'?" if match else ""


def route_refs(route: dict) -> Iterable[tuple[tuple, str]]:
    """Every (relative path, reference) inside one route."""
    for i, item in enumerate(route.get("eerste_aanspreekpunt", [])):
        yield ("eerste_aanspreekpunt", i, "wie"), item["wie"]
    for i, item in enumerate(route.get("toegang_specialistisch", [])):
        yield ("toegang_specialistisch", i, "wie"), item["wie"]
    for i, item in enumerate(route.get("verwijzers", [])):
        if "wie" in item:
            yield ("verwijzers", i, "wie"), item["wie"]
    if "pgb_aanvragen_bij" in route.get("financiering", {}):
        yield ("financiering", "pgb_aanvragen_bij"), route["financiering"]["pgb_aanvragen_bij"]
    if "lokaal_team" in route.get("veiligheid", {}):
        yield ("veiligheid", "lokaal_team"), route["veiligheid"]["lokaal_team"]
    for i, item in enumerate(route.get("stappen", [])):
        if "wie" in item:
            yield ("stappen", i, "wie"), item["wie"]
    for i, ref in enumerate(route.get("contacten", [])):
        yield ("contacten", i), ref


def _municipalities_apart(docs: list[Document]) -> list[Problem]:
    """CBS codes unique and postcode ranges disjoint; reported in every file involved."""
    out = []
    by_code: dict[str, list[Document]] = {}
    ranges = []
    for doc in docs:
        by_code.setdefault(doc.data["cbs_code"], []).append(doc)
        for i, value in enumerate(doc.data["postcodes"]):
            low, _, high = value.partition("-")
            ranges.append((int(low), int(high or low), value, i, doc))
    for code, same in by_code.items():
        for doc in same:
            others = ", ".join(d.path for d in same if d is not doc)
            if others:
                out.append(doc.problem(("cbs_code",), f"gemeente {code} staat ook in {others}"))
    ranges.sort(key=lambda r: (r[0], r[1], r[4].path))
    for i, (_low, high, value, index, doc) in enumerate(ranges):
        for other in ranges[i + 1 :]:
            if other[0] > high:
                break
            if other[4] is doc:
                continue
            for (v1, i1, d1), (v2, _, d2) in (
                ((value, index, doc), other[2:]),
                (other[2:], (value, index, doc)),
            ):
                out.append(
                    d1.problem(
                        ("postcodes", i1),
                        f"postcodes {v1} overlappen met {v2} "
                        f"van {d2.data['naam']} ({d2.path}); elke postcode hoort "
                        "bij één gemeente",
                    )
                )
    return out


def _municipality(catalog: Catalog, doc: Document, known: set[str]) -> list[Problem]:
    data = doc.data
    out = _file_name(doc, _stem(doc), "stein.yaml")
    out += _review(doc, ("laatst_gecontroleerd",), data["laatst_gecontroleerd"], catalog.today)
    for i, value in enumerate(data["postcodes"]):
        low, _, high = value.partition("-")
        if high and int(high) < int(low):
            out.append(doc.problem(("postcodes", i), f"reeks {value} loopt achteruit"))
    periods = []
    for i, route in enumerate(data.get("routes", [])):
        path = ("routes", i)
        out += _period(
            doc, path, route["geldig_vanaf"], route.get("geldig_tot"), "geldig_vanaf", "geldig_tot"
        )
        periods.append((route["geldig_vanaf"], route.get("geldig_tot") or "9999-12-31", i))
        for rel, ref in route_refs(route):
            if ref not in known:
                out.append(
                    doc.problem(
                        (*path, *rel),
                        f"'{ref}' bestaat niet; verwijs naar een "
                        f"aanbieder of <aanbieder>/<id>"
                        f"{suggest.route_reference(ref, data.get('cbs_code'), catalog)}",
                    )
                )
    periods.sort()
    for (_, end, _), (start, _, j) in zip(periods, periods[1:], strict=False):
        if start <= end:
            out.append(
                doc.problem(
                    ("routes", j, "geldig_vanaf"),
                    "deze route overlapt met een "
                    "eerdere route; zet geldig_tot bij de oude route op de dag "
                    "vóór de nieuwe",
                )
            )
    return out
