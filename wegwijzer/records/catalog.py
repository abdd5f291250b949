"""Load a repository into a `Catalog`, collecting every problem on the way.

Reads `providers/**/*.yaml`, `gemeenten/*.yaml` (with the prose of `content/gemeenten/*.md`),
`taxonomie/themas.yaml` and `taxonomie/jeugdregios.yaml`; validates each against its JSON Schema, then runs the
cross-record checks of `checks.py`. Emits the catalog of valid records and the
sorted list of every `Problem` found (never stops at the first one).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from . import checks, partial, placeholders, record_html, recovery, route_pages
from .model import (
    Catalog,
    Location,
    Municipality,
    Provider,
    Region,
    Route,
    Service,
    Theme,
    age_months,
    phone_lines,
)
from .problems import Problem, sort_problems
from .project import Project
from .recovery import refused
from .schema import Schemas
from .yamlload import Document


def _date(value) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def read_documents(project: Project, paths: list[Path] | None = None):
    """Yield (kind, Document | None, body, problems) for every record file."""
    provider_files = project.provider_files()
    municipality_files = project.municipality_files()
    if paths is not None:
        wanted = {p.resolve() for p in paths}
        provider_files = [p for p in provider_files if p.resolve() in wanted]
        municipality_files = [p for p in municipality_files if p.resolve() in wanted]
    for path in provider_files:
        doc, problems = recovery.load_bytes(path.read_bytes(), project.relative(path))
        yield "provider", doc, "", problems
    for path in project.refused_files():
        if paths is None or path.resolve() in wanted:
            yield "provider", None, "", [refused(project.relative(path))]
    for path in municipality_files:
        doc, problems = recovery.load_bytes(path.read_bytes(), project.relative(path))
        body, found = route_pages.body_of(project, path)
        yield "gemeente", doc, body, problems + found
    stray = route_pages.stray_pages(project)
    if stray:
        yield "gemeente", None, "", stray
    if project.taxonomy.exists():
        doc, problems = recovery.load_bytes(
            project.taxonomy.read_bytes(), project.relative(project.taxonomy)
        )
        yield "themas", doc, "", problems
    else:
        yield (
            "themas",
            None,
            "",
            [Problem(project.relative(project.taxonomy), 1, 1, "", "de taxonomie ontbreekt")],
        )
    if project.regions.exists():
        doc, problems = recovery.load_bytes(
            project.regions.read_bytes(), project.relative(project.regions)
        )
        yield "regios", doc, "", problems


def load_catalog(
    root: Path, today: dt.date | None = None, paths: list[Path] | None = None
) -> tuple[Catalog, list[Problem]]:
    """The catalog of every valid record, and all problems (errors and warnings)."""
    project = Project(Path(root))
    schemas = Schemas(project.schemas)
    catalog = Catalog(today=today or dt.date.today(), labels=schemas.labels)
    problems: list[Problem] = []
    valid: list[tuple[str, Document, str]] = []
    broken: list[tuple[str, Document, list[Problem]]] = []  # readable, with errors
    # Ids of invalid files too, so references to them do not dangle (see partial.KnownIds).
    known_ids = partial.KnownIds()
    for kind, doc, body, found in read_documents(project, None):
        problems.extend(found)
        if doc is None:
            if kind == "provider" and found:
                known_ids.broken.add(Path(found[0].path).name.split(".", 1)[0])
            continue
        schema_problems = placeholders.apply(doc, schemas.validate(doc, kind))
        schema_problems = recovery.without_cascades(doc, schema_problems)
        schema_problems += record_html.problems(doc)
        problems.extend(schema_problems)
        if kind == "provider":
            known_ids |= _ids_of(doc)
            if partial.ids_unreadable(doc, found + schema_problems):
                known_ids.broken.add(provider_id(doc))
        if not any(p.is_error for p in found + schema_problems):
            valid.append((kind, doc, body))
        else:
            broken.append((kind, doc, found + schema_problems))
    for kind, doc, _body in valid:
        if kind == "themas":
            _add_taxonomy(catalog, doc)
        elif kind == "regios":
            _add_regions(catalog, doc)
    for kind, doc, _found in broken:
        if kind == "regios":  # no false alarms in every municipality page: see its own errors
            _add_regions(catalog, doc, readable_only=True)
    for kind, doc, body in valid:
        if kind == "provider":
            _add_provider(catalog, doc)
        elif kind == "gemeente":
            _add_municipality(catalog, doc, body)
    catalog.defined_ids = known_ids
    stand_ins = partial.stand_ins(catalog, [d for k, d, _ in broken if k == "gemeente"])
    problems.extend(checks.run(catalog, [(k, d) for k, d, _ in valid], known_ids))
    problems.extend(partial.problems(catalog, broken, known_ids))
    for code in stand_ins:
        del catalog.municipalities[code]
    if paths is not None:
        wanted = {project.relative(p) for p in paths}
        problems = [
            p
            for p in problems
            if p.path in wanted or any(p.path.startswith(w.rstrip("/") + "/") for w in wanted)
        ]
    return catalog, sort_problems(problems)


def provider_id(doc: Document) -> str:
    return Path(doc.path).stem


def _ids_of(doc: Document) -> set[str]:
    pid = provider_id(doc)
    ids = {pid}
    data = doc.data if isinstance(doc.data, dict) else {}
    for key in ("locaties", "diensten"):
        items = data.get(key)
        for item in items if isinstance(items, list) else []:
            if isinstance(item, dict) and isinstance(item.get("id"), str):
                ids.add(f"{pid}/{item['id']}")
    return ids


def global_ref(ref: str, provider: str) -> str:
    """`id` inside a provider file means `<provider>/id`."""
    return ref if "/" in ref else f"{provider}/{ref}"


def _add_provider(catalog: Catalog, doc: Document) -> None:
    data, pid = doc.data, provider_id(doc)
    if pid in catalog.providers:  # duplicate slug in another folder: checks.py reports it
        return
    provider = Provider(
        id=pid,
        name=data["naam"],
        kind=data["soort"],
        description=data["omschrijving"],
        raw=data,
        source=doc.path,
        last_reviewed=_date(data["laatst_gecontroleerd"]),
        status=data.get("status", "actief"),
        sample=data.get("voorbeelddata", False),
        phone=_main_number(data),
        email=data.get("email"),
        website=data.get("website"),
        phone_lines=phone_lines(data),
    )
    for i, raw in enumerate(data.get("locaties", [])):
        coords = raw.get("coordinaten") or {}
        location = Location(
            id=f"{pid}/{raw['id']}",
            local_id=raw["id"],
            provider_id=pid,
            name=raw["naam"],
            kind=raw["soort"],
            raw=raw,
            source=doc.path,
            line=doc.where(("locaties", i))[0],
            municipality=raw.get("gemeente"),
            lat=coords.get("lat"),
            lon=coords.get("lon"),
            address=raw.get("adres"),
            opening_hours=raw.get("openingstijden"),
            phone=_main_number(raw) or provider.phone,
            email=raw.get("email"),
            website=raw.get("website"),
            phone_lines=phone_lines(raw),
            by_appointment=raw.get("op_afspraak", False),
            valid_from=_date(raw.get("geldig_vanaf")),
            valid_until=_date(raw.get("geldig_tot")),
        )
        if location.is_current(catalog.today):
            provider.locations.append(location)
            catalog.locations.setdefault(location.id, location)
        else:
            provider.past_locations.append(location)
            catalog.past_locations.setdefault(location.id, location)
    for i, raw in enumerate(data.get("diensten", [])):
        age = raw.get("leeftijd")
        service = Service(
            id=f"{pid}/{raw['id']}",
            local_id=raw["id"],
            provider_id=pid,
            name=raw["naam"],
            description=raw["omschrijving"],
            raw=raw,
            source=doc.path,
            line=doc.where(("diensten", i))[0],
            themes=raw["themas"],
            audience=raw["doelgroep"],
            access=raw["toegang"],
            funding=raw["financiering"],
            referrers=raw.get("verwijzers", []),
            delivery=raw.get("uitvoering", ["professionals"]),
            location_ids=[global_ref(r, pid) for r in raw.get("locaties", [])],
            area=catalog.expand_area(raw.get("werkgebied", [])),
            area_written=raw.get("werkgebied", []),
            where=raw.get("waar", ["op-locatie"]),
            schools=raw.get("scholen", []),
            languages=raw.get("talen", ["nl"]),
            age_min_months=age_months(age["van"]) if age else None,
            age_max_months=age_months(age["tot"], upper=True) if age else None,
            phone=_main_number(raw) or provider.phone,
            phone_lines=phone_lines(raw),
            email=raw.get("email") or provider.email,
            website=raw.get("website"),
            valid_from=_date(raw.get("geldig_vanaf")),
            valid_until=_date(raw.get("geldig_tot")),
            status=raw.get("status", "actief"),
            last_reviewed=_date(raw.get("laatst_gecontroleerd")) or provider.last_reviewed,
        )
        provider.services.append(service)
        catalog.services.setdefault(service.id, service)
    catalog.providers[pid] = provider


def _main_number(raw: dict) -> str | None:
    """`telefoon`, or else the first of `telefoonlijnen`: the number a one-number output shows."""
    lines = raw.get("telefoonlijnen") or [{}]
    return raw.get("telefoon") or lines[0].get("nummer")


def parse_postcodes(values: list[str]) -> list[tuple[int, int]]:
    ranges = []
    for value in values:
        low, _, high = value.partition("-")
        ranges.append((int(low), int(high or low)))
    return ranges


def _add_municipality(catalog: Catalog, doc: Document, body: str) -> None:
    data = doc.data
    if data["cbs_code"] in catalog.municipalities:  # duplicate: checks.py reports it
        return
    routes = [
        Route(valid_from=_date(r["geldig_vanaf"]), valid_until=_date(r.get("geldig_tot")), raw=r)
        for r in data.get("routes", [])
    ]
    routes.sort(key=lambda r: r.valid_from, reverse=True)
    region = catalog.regions.get(data["jeugdregio"])
    catalog.municipalities[data["cbs_code"]] = Municipality(
        id=Path(doc.path).stem,
        code=data["cbs_code"],
        name=data["naam"],
        province=data["provincie"],
        region=region.name if region else data["jeugdregio"],
        region_id=data["jeugdregio"],
        shared_postcodes=[int(p) for p in data.get("gedeelde_postcodes", [])],
        postcodes=parse_postcodes(data["postcodes"]),
        last_reviewed=_date(data["laatst_gecontroleerd"]),
        raw=data,
        source=doc.path,
        body=body,
        sample=data.get("voorbeelddata", False),
        routes=routes,
    )


def _add_taxonomy(catalog: Catalog, doc: Document) -> None:
    for raw in doc.data["themas"]:
        catalog.themes.setdefault(
            raw["id"],
            Theme(raw["id"], raw["label"], raw["omschrijving"], raw.get("synoniemen", [])),
        )
    for raw in doc.data.get("afkortingen", []):
        catalog.abbreviations[raw["afkorting"]] = raw["betekenis"]


def _add_regions(catalog: Catalog, doc: Document, readable_only: bool = False) -> None:
    """The regions of taxonomie/jeugdregios.yaml; from a file with errors (`readable_only`)
    those whose id, name and municipality codes can be read, so that the municipality pages
    are checked against them instead of each reporting an unknown region."""
    entries = doc.data.get("jeugdregios") if isinstance(doc.data, dict) else None
    for i, raw in enumerate(entries if isinstance(entries, list) else []):
        if readable_only and not _readable_region(raw):
            continue
        catalog.regions.setdefault(
            raw["id"],
            Region(
                id=raw["id"],
                name=raw["naam"],
                municipalities=[m["code"] for m in raw["gemeenten"]],
                names={m["code"]: m["naam"] for m in raw["gemeenten"]},
                source=doc.path,
                line=doc.where(("jeugdregios", i))[0],
            ),
        )


def _readable_region(raw) -> bool:
    return (
        isinstance(raw, dict)
        and isinstance(raw.get("id"), str)
        and isinstance(raw.get("naam"), str)
        and isinstance(raw.get("gemeenten"), list)
        and all(
            isinstance(m, dict)
            and isinstance(m.get("code"), str)
            and isinstance(m.get("naam"), str)
            for m in raw["gemeenten"]
        )
    )
