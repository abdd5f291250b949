"""Cross-record checks on files that have schema errors, and no false alarms elsewhere.

Reads the documents that failed the schema (with their problems), the catalog of valid
records and the ids every file defines; emits

- `KnownIds`: the ids of every record file, which also counts every reference into a file
  that could not be read at all (or was refused, such as a `.yml` file) as known: that file
  carries the one error, the files pointing into it stay quiet;
- `stand_ins`: for a municipality page with schema errors but a CBS code, a neutral
  municipality in the catalog while the checks run, so provider files that name the code do
  not get "gemeente … is onbekend" for a page that exists;
- `problems`: the cross-record checks of `checks.py` on what is right in a file with schema
  errors: each value the schema refused is taken out first (so it is reported once), and
  each location, service and route is checked on its own, so a `telefon:` typo no longer
  hides a future date, Dutch day names in the opening hours or swapped coordinates.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from . import checks
from .model import Catalog, Municipality
from .problems import Problem
from .yamlload import Document


class KnownIds(set):
    """Defined ids; a reference into a file that could not be read counts as defined."""

    def __init__(self, *args, broken: set[str] | None = None):
        super().__init__(*args)
        self.broken = set(broken or ())

    def __contains__(self, ref: object) -> bool:
        if super().__contains__(ref):
            return True
        return isinstance(ref, str) and ref.split("/", 1)[0] in self.broken


_ID_FIELD = re.compile(r"(locaties|diensten)(\[\d+\](\.id)?)?")


def ids_unreadable(doc: Document, problems: list[Problem]) -> bool:
    """Whether the ids a provider file defines cannot all be read (so references into it
    are left to the file's own error)."""
    if not isinstance(doc.data, dict):
        return True
    return any(p.is_error and _ID_FIELD.fullmatch(p.field) for p in problems)


_PART = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def _path(field: str) -> tuple:
    return tuple(int(i) if i else key for key, i in _PART.findall(field))


def _get(data: Any, path: tuple) -> tuple[bool, Any]:
    for part in path:
        in_dict = isinstance(data, dict) and isinstance(part, str) and part in data
        if in_dict or (isinstance(data, list) and isinstance(part, int) and part < len(data)):
            data = data[part]
        else:
            return False, None
    return True, data


def _drop(data: Any, path: tuple) -> None:
    """Take out the refused value. A bad entry of a list takes the list with it (so the
    indexes, and with them the lines, stay right); a block that misses a required field (an
    address, coordinates, an age) goes as a whole; a record item or the file itself that
    misses one keeps the rest (`_defaults` stands in for what the checks read)."""
    found, _ = _get(data, path)
    if found and path:
        _, parent = _get(data, path[:-1])
        if isinstance(parent, dict):
            del parent[path[-1]]
            return
        path = path[:-1]  # the list that holds the bad entry
    else:
        path = path[:-1]  # the block that lacks a required field
        if path and isinstance(path[-1], int):
            return
    if path and isinstance(path[-1], str):
        _, parent = _get(data, path[:-1])
        if isinstance(parent, dict):
            parent.pop(path[-1], None)


def pruned(doc: Document, problems: list[Problem]) -> Document:
    data = copy.deepcopy(doc.data)
    for problem in problems:
        if problem.is_error and problem.path == doc.path and problem.field:
            _drop(data, _path(problem.field))
    return Document(doc.path, data, doc.positions, doc.key_positions)


def _defaults(item: dict, values: dict) -> dict:
    for key, value in values.items():
        item.setdefault(key, value() if callable(value) else value)
    return item


def _guard(check, *args) -> list[Problem]:
    """A check that trips over what the schema already refused says nothing more."""
    try:
        return check(*args)
    except (KeyError, TypeError, ValueError, AttributeError, IndexError):
        return []


def stand_ins(catalog: Catalog, docs: list[Document]) -> list[str]:
    added = []
    for doc in docs:
        data = doc.data if isinstance(doc.data, dict) else {}
        code = data.get("cbs_code")
        known = isinstance(code, str) and code in catalog.municipalities
        if isinstance(code, str) and re.fullmatch(r"GM\d{4}", code) and not known:
            catalog.municipalities[code] = Municipality(
                id=doc.path.rsplit("/", 1)[-1].removesuffix(".yaml"),
                code=code,
                name=str(data.get("naam") or code),
                province="",  # no province box: coordinates are not judged against it
                region="",
                postcodes=[(0, 9999)],
                last_reviewed=catalog.today,
                raw={},
                source=doc.path,
            )
            added.append(code)
    return added


def problems(
    catalog: Catalog, partial: list[tuple[str, Document, list[Problem]]], known: set[str]
) -> list[Problem]:
    out: list[Problem] = []
    for kind, doc, found in partial:
        if not isinstance(doc.data, dict):
            continue
        doc = pruned(doc, found)
        if kind == "provider":
            out += _provider(catalog, doc, known)
        elif kind == "gemeente":
            out += _municipality(catalog, doc, known)
    return out


def _provider(catalog: Catalog, doc: Document, known: set[str]) -> list[Problem]:
    data = doc.data
    for key in ("locaties", "diensten"):
        if not isinstance(data.get(key, []), list):
            data.pop(key)
        for item in data.get(key, []):
            if isinstance(item, dict):
                _defaults(item, {"id": object})  # never equal to another id
    for svc in data.get("diensten", []):
        if isinstance(svc, dict):
            _defaults(svc, {"themas": list, "toegang": "vrij-toegankelijk"})
    try:
        return checks._provider(catalog, doc, known)
    except (KeyError, TypeError, ValueError, AttributeError, IndexError):
        pass
    # Something is too broken for the file as a whole: check each part on its own.
    pid = doc.path.rsplit("/", 1)[-1].removesuffix(".yaml")
    out = _guard(
        checks._review,
        doc,
        ("laatst_gecontroleerd",),
        data.get("laatst_gecontroleerd"),
        catalog.today,
    )
    out += _guard(checks._phone, doc, (), data)
    for i, loc in enumerate(data.get("locaties", [])):
        if isinstance(loc, dict):
            out += _guard(checks._location, catalog, doc, ("locaties", i), loc)
    for i, svc in enumerate(data.get("diensten", [])):
        if isinstance(svc, dict):
            out += _guard(checks._service, catalog, doc, ("diensten", i), svc, pid, known)
    return out


def _municipality(catalog: Catalog, doc: Document, known: set[str]) -> list[Problem]:
    data = doc.data
    _defaults(data, {"laatst_gecontroleerd": None, "postcodes": list})
    if not isinstance(data.get("routes", []), list):
        data.pop("routes")
    try:
        return checks._municipality(catalog, doc, known)
    except (KeyError, TypeError, ValueError, AttributeError, IndexError):
        pass
    # Something in the routes is too broken to compare periods: check each reference.
    out = []
    for i, route in enumerate(data.get("routes", [])):
        if not isinstance(route, dict):
            continue
        for rel, ref in _guard(lambda r=route: list(checks.route_refs(r))):
            if isinstance(ref, str) and ref not in known:
                out.append(
                    doc.problem(
                        ("routes", i, *rel),
                        f"'{ref}' bestaat niet; verwijs naar een aanbieder of <aanbieder>/<id>",
                    )
                )
    return out
