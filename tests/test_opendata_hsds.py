"""The HSDS 3.0 export: every exported object is valid against the official Open Referral
schemas in ../shared/hsds-3.0/ (the test fails when that folder is missing), uses only
HSDS fields, links to objects that exist, and keeps its ids from build to build.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import shutil
import uuid
import zipfile
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from wegwijzer import opendata
from wegwijzer.opendata import hsds, hsds_columns, ids, tabular, vocabulary
from wegwijzer.records.catalog import load_catalog
from wegwijzer.records.published import select
from wegwijzer.settings import read_settings

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "data" / "report"
HSDS = Path(__file__).resolve().parents[2] / "shared" / "hsds-3.0"
BASE = "https://hsds.invalid/schema/"
TODAY = dt.date(2026, 11, 22)


# --------------------------------------------------------------------------- official schemas


def _strict(node):
    """The schema with additionalProperties: false on every object that lists its properties:
    the official schemas allow any extra field, we want to emit only HSDS fields."""
    if isinstance(node, dict):
        out = {k: _strict(v) for k, v in node.items()}
        if isinstance(node.get("properties"), dict) and node.get("type", "object") == "object":
            out["additionalProperties"] = False
        return out
    if isinstance(node, list):
        return [_strict(v) for v in node]
    return node


@pytest.fixture(scope="module")
def official() -> dict[str, dict]:
    """Every HSDS schema file by its name relative to schema/ (compiled/service.json, ...)."""
    folder = HSDS / "schema"
    assert folder.is_dir(), (
        f"de officiële HSDS 3.0-schema's ontbreken in {folder}; zonder die map kan de export "
        "niet getoetst worden (zet de map ../shared/hsds-3.0 naast de repository)"
    )
    found = {
        path.relative_to(folder).as_posix(): json.loads(path.read_text("utf-8"))
        for path in sorted(folder.rglob("*.json"))
        if path.name != "openapi.json"
    }
    assert {"service.json", "compiled/service.json", "compiled/organization.json"} <= set(found)
    return found


def _is_uri(value) -> bool:
    if not isinstance(value, str):
        return True
    parts = urlsplit(value)
    return bool(parts.scheme and parts.netloc) and not any(ch.isspace() for ch in value)


@pytest.fixture(scope="module")
def validators(official) -> dict[str, Draft202012Validator]:
    """A strict validator per schema; all files in one registry so `$ref`s resolve."""
    strict = {name: _strict(schema) for name, schema in official.items()}
    registry = Registry().with_resources(
        (BASE + name, Resource.from_contents(schema, DRAFT202012))
        for name, schema in strict.items()
    )
    checker = FormatChecker()  # uuid, email and date-time are checked by jsonschema itself
    checker.checks("uri")(_is_uri)
    return {
        name: Draft202012Validator({"$ref": BASE + name}, registry=registry, format_checker=checker)
        for name in strict
    }


def _assert_valid(validator, instance, what: str) -> None:
    errors = sorted(validator.iter_errors(instance), key=lambda e: list(e.absolute_path))
    if errors:
        error = errors[0]
        raise AssertionError(
            f"{what}: {error.message} at {list(error.absolute_path)} ({len(errors)} fouten)"
        )


# --------------------------------------------------------------------------- the export


def fixture_repo(dest: Path) -> Path:
    shutil.copytree(FIXTURE, dest)
    shutil.copytree(ROOT / "schemas", dest / "schemas")
    return dest


@pytest.fixture(scope="module", params=["repository", "fixture"])
def export(request, tmp_path_factory):
    """(catalog, tables, files) for this repository and for the fixture repository."""
    root = (
        ROOT
        if request.param == "repository"
        else fixture_repo(tmp_path_factory.mktemp("hsds") / "repo")
    )
    catalog, problems = load_catalog(root, today=TODAY)
    assert not [p for p in problems if p.is_error]
    settings = read_settings(root)
    files = opendata.generate(catalog, settings, root)
    tables = hsds.tables(select(catalog), "https://example.org/docs/HSDS.md")
    return catalog, tables, files


def test_every_table_row_is_valid_hsds(export, validators):
    _catalog, tables, _files = export
    counted = 0
    for table, rows in tables.items():
        validator = validators[f"{hsds_columns.OBJECTS[table]}.json"]
        for row in rows:
            _assert_valid(validator, row, f"{table} {row['id']}")
            counted += 1
    assert counted > 20


def _package(files) -> dict[str, str]:
    """The members of api/hsds/datapackage.zip by name, as text."""
    with zipfile.ZipFile(io.BytesIO(files[tabular.PATH])) as archive:
        return {name: archive.read(name).decode("utf-8") for name in archive.namelist()}


def test_hsds_is_the_data_package_and_the_vocabulary(export):
    _catalog, tables, files = export
    published = sorted(p for p in files if p.startswith("api/hsds/"))
    # no file per record (24,500 files), no JSON lists repeating the tables (18 MB), and the
    # tables only zipped (112 MB of CSV at national scale)
    assert published == [
        "api/hsds/datapackage.zip",
        "api/hsds/index.json",
        "api/hsds/taxonomies.json",
        "api/hsds/taxonomy_terms.json",
    ]
    with zipfile.ZipFile(io.BytesIO(files[tabular.PATH])) as archive:
        assert archive.testzip() is None
        names = archive.namelist()
        assert {i.date_time for i in archive.infolist()} == {(2026, 11, 22, 0, 0, 0)}
        assert all(i.compress_type == zipfile.ZIP_DEFLATED for i in archive.infolist())
    assert names == ["datapackage.json", *(f"{table}.csv" for table in tables)]


def test_hsds_lists_are_pages_of_valid_objects(export, validators):
    _catalog, _tables, files = export
    for name, schema in (
        ("taxonomies", "taxonomy.json"),
        ("taxonomy_terms", "taxonomy_term.json"),
    ):
        data = json.loads(files[f"api/hsds/{name}.json"])
        assert data["total_items"] == data["size"] == len(data["contents"]) > 0
        assert (data["page_number"], data["total_pages"]) == (1, 1)
        assert data["first_page"] is data["last_page"] is True
        assert data["empty"] is (not data["contents"])
        for item in data["contents"]:
            _assert_valid(validators[schema], item, f"{name} {item['id']}")
    meta = json.loads(files["api/hsds/index.json"])
    assert meta["version"] == "3.0"
    assert "openapi_url" in meta


def test_tabular_required_fields_are_filled(export, official):
    _catalog, tables, _files = export
    for table, rows in tables.items():
        schema = official[f"{hsds_columns.OBJECTS[table]}.json"]
        needed = set(schema.get("required", [])) | set(schema.get("tabular_required", []))
        for row in rows:
            missing = needed - {k for k, v in row.items() if v not in (None, "")}
            assert not missing, f"{table} {row['id']}: {missing}"


def test_ids_are_unique_uuids_and_every_link_resolves(export):
    _catalog, tables, _files = export
    by_table = {}
    for table, rows in tables.items():
        row_ids = [row["id"] for row in rows]
        assert len(row_ids) == len(set(row_ids)), table
        for value in row_ids:
            assert uuid.UUID(value).version == 5
        by_table[hsds_columns.OBJECTS[table]] = set(row_ids)
    references = {
        "organization_id": "organization",
        "service_id": "service",
        "location_id": "location",
        "taxonomy_term_id": "taxonomy_term",
        "taxonomy_id": "taxonomy",
    }
    for table, rows in tables.items():
        for row in rows:
            for key, target in references.items():
                if key in row:
                    assert row[key] in by_table[target], f"{table}.{key} {row[key]}"
            if table == "attributes":
                assert row["link_id"] in by_table[row["link_entity"]], row


def test_dutch_specifics_travel_as_attributes(tmp_path):
    root = fixture_repo(tmp_path / "repo")
    catalog, _ = load_catalog(root, today=TODAY)
    tables = hsds.tables(select(catalog))
    terms = {row["id"]: row for row in tables["taxonomy_terms"]}

    def attributes(link_id):
        return sorted(
            (
                terms[a["taxonomy_term_id"]]["taxonomy"],
                terms[a["taxonomy_term_id"]]["code"],
                a.get("value"),
            )
            for a in tables["attributes"]
            if a["link_id"] == link_id
        )

    ggz = ids.service("jeugdhulp-zuid/ggz-jeugd")
    assert attributes(ggz) == [
        ("wegwijzer-doelgroep", "jongeren", None),
        ("wegwijzer-doelgroep", "kinderen", None),
        ("wegwijzer-financiering", "pgb", None),
        ("wegwijzer-financiering", "zorg-in-natura", None),
        ("wegwijzer-gegevens", "voorbeelddata", "true"),
        ("wegwijzer-thema", "psychische-gezondheid", None),
        ("wegwijzer-toegang", "verwijzing", None),
        ("wegwijzer-uitvoering", "professionals", None),
        ("wegwijzer-verwijzer", "huisarts", None),
        ("wegwijzer-verwijzer", "jeugdarts", None),
    ]
    stein = ids.location("cjg-wm/cjg-stein")
    assert ("wegwijzer-gebied", "cbs-gemeentecode", "GM0971") in attributes(stein)
    assert ("wegwijzer-gebied", "jeugdregio", "Westelijke Mijnstreek") in attributes(stein)
    # a municipality of the werkgebied: code and region in its service_area, no attributes
    # (they were 171,000 rows at national scale)
    area = ids.make("service_area", "cjg-wm/opvoedadvies", "GM0888")
    assert attributes(area) == []
    (row,) = [r for r in tables["service_areas"] if r["id"] == area]
    assert "GM0888" in row["description"] and "jeugdregio" in row["description"]
    assert not [
        a
        for a in tables["attributes"]
        if a["link_entity"] == "service_area"
        and terms[a["taxonomy_term_id"]]["code"] == "cbs-gemeentecode"
    ]
    funding = sorted(r["source"] for r in tables["funding"] if r["service_id"] == ggz)
    assert funding == ["Persoonsgebonden budget (PGB)", "Zorg in natura (via de gemeente)"]
    free = [
        r for r in tables["cost_options"] if r["service_id"] == ids.service("cjg-wm/opvoedadvies")
    ]
    assert free == [
        {
            "id": ids.make("cost_option", "cjg-wm/opvoedadvies", "gratis"),
            "service_id": ids.service("cjg-wm/opvoedadvies"),
            "option": "Gratis",
            "currency": "EUR",
            "amount": 0,
        }
    ]
    service = next(r for r in tables["services"] if r["id"] == ids.service("cjg-wm/zwangerschap"))
    assert (service["minimum_age"], service["maximum_age"]) == (-0.75, 0)
    assert service["assured_date"] == "2025-11-01"
    assert "van -9 maanden tot en met 0 jaar" in service["eligibility_description"]


def test_schedules_come_from_the_opening_hours(tmp_path):
    root = fixture_repo(tmp_path / "repo")
    catalog, _ = load_catalog(root, today=TODAY)
    tables = hsds.tables(select(catalog))
    stein = ids.location("cjg-wm/cjg-stein")  # "Mo-Fr 08:30-12:00,13:00-17:00; PH off"
    rows = [r for r in tables["schedules"] if r["location_id"] == stein]
    assert [(r["byday"], r["opens_at"], r["closes_at"]) for r in rows] == [
        ("MO,TU,WE,TH,FR", "08:30:00", "12:00:00"),
        ("MO,TU,WE,TH,FR", "13:00:00", "17:00:00"),
    ]
    assert all(r["freq"] == "WEEKLY" and r["interval"] == 1 for r in rows)
    assert (
        rows[0]["notes"] == "opening_hours (OpenStreetMap): Mo-Fr 08:30-12:00,13:00-17:00; PH off"
    )
    assert rows[0]["description"].startswith("maandag t/m vrijdag: ")
    # a location without opening hours has no schedule
    beek = ids.location("cjg-wm/inloop-beek")
    assert not [r for r in tables["schedules"] if r["location_id"] == beek]


def test_ids_are_stable_across_builds_and_edits(tmp_path):
    root = fixture_repo(tmp_path / "repo")
    # pinned: changing the namespace or the naming would change every id consumers stored
    assert ids.organization("cjg-wm") == str(uuid.uuid5(ids.NAMESPACE, "organization:cjg-wm"))
    assert str(ids.NAMESPACE) == "2c1e79a2-d1e8-5966-80d3-1f9e2ce875e7"
    assert ids.service("cjg-wm/opvoedadvies") == "aa9312ef-7965-51e2-ac54-e4243d275a73"

    def all_ids(catalog):
        return {t: [r["id"] for r in rows] for t, rows in hsds.tables(select(catalog)).items()}

    first, _ = load_catalog(root, today=TODAY)
    before = all_ids(first)
    edited, _ = load_catalog(root, today=TODAY)
    edited.services["cjg-wm/opvoedadvies"].description = "Een heel andere omschrijving."
    edited.providers["cjg-wm"].name = "Nieuwe naam"
    assert all_ids(edited) == before


# --------------------------------------------------------------------------- tabular package


def test_columns_are_exactly_the_hsds_fields(official):
    for table, columns in hsds_columns.COLUMNS.items():
        schema = official[f"{hsds_columns.OBJECTS[table]}.json"]
        assert schema["path"] == f"{table}.csv", table
        expected = [
            (name, prop.get("datapackage_type") or prop["type"], prop.get("format"))
            for name, prop in schema["properties"].items()
            if prop.get("type") not in ("array", "object") and "$ref" not in prop
        ]
        assert columns == expected, table


def test_csv_files_hold_the_table_rows(export):
    _catalog, _tables, files = export
    members = _package(files)
    package = json.loads(members["datapackage.json"])
    assert package["profile"] == "tabular-data-package"
    assert package["licenses"][0]["name"]
    names = {r["name"] for r in package["resources"]}
    # what the short notes of schedules.csv mean is said once, in the package
    (schedules,) = [r for r in package["resources"] if r["path"] == "schedules.csv"]
    assert "Europe/Amsterdam" in schedules["description"]
    for resource in package["resources"]:
        path = resource["path"]
        text = members[path]
        assert not text.startswith("\ufeff") and "\r\n" in text
        rows = list(csv.reader(io.StringIO(text, newline="")))
        header = [f["name"] for f in resource["schema"]["fields"]]
        assert rows[0] == header, path
        assert resource["schema"]["primaryKey"] == "id"
        for key in resource["schema"].get("foreignKeys", []):
            assert key["reference"]["resource"] in names
            assert key["fields"] in header
        types = {f["name"]: f["type"] for f in resource["schema"]["fields"]}
        for row in rows[1:]:
            assert len(row) == len(header)
            for name, value in zip(header, row, strict=True):
                if not value:
                    continue
                kind = types[name]
                if kind == "number":
                    float(value)
                elif kind == "date":
                    dt.date.fromisoformat(value)
                elif kind == "time":
                    assert re.fullmatch(r"[0-2][0-9]:[0-5][0-9]:[0-5][0-9]", value), value


def test_csv_round_trips_to_the_json_rows(export):
    _catalog, tables, files = export
    settings_tables = tables  # same records, built independently of opendata.generate
    members = _package(files)
    for table, rows in settings_tables.items():
        text = members[f"{table}.csv"]
        parsed = list(csv.DictReader(io.StringIO(text, newline="")))
        assert len(parsed) == len(rows), table
        for row, back in zip(rows, parsed, strict=True):
            for key, value in row.items():
                assert isinstance(value, str | int | float) and not isinstance(value, bool)
                if table == "taxonomies" and key == "uri":
                    continue  # the test built its tables with another documentation link
                assert back[key] == str(value), (table, key)


# --------------------------------------------------------------------------- documentation


def test_the_mapping_document_names_every_taxonomy_and_table():
    text = (ROOT / "docs" / "HSDS.md").read_text("utf-8")
    for vocab in vocabulary.VOCABULARIES:
        assert f"`{vocab.code}`" in text, vocab.code
    for (_vocab, code), _ in vocabulary.FIXED_TERMS.items():
        assert f"`{code}`" in text, code
    for table in hsds_columns.COLUMNS:
        assert f"`{table}`" in text, table
    assert str(ids.NAMESPACE) in text
