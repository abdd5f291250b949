"""The static JSON API (api/v2/), its OpenAPI description and the services CSV.

Runs the generator on this repository's records and on the small fixture repository
tests/data/report/; no MkDocs needed.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import shutil
import zipfile
from pathlib import Path
from urllib.parse import urljoin

import pytest
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from wegwijzer import opendata
from wegwijzer.opendata import api, spreadsheet, tabular
from wegwijzer.records.catalog import load_catalog
from wegwijzer.records.published import select
from wegwijzer.settings import read_settings

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "data" / "report"
HSDS = Path(__file__).resolve().parents[2] / "shared" / "hsds-3.0"
TODAY = dt.date(2026, 11, 22)
SITE = "https://site.invalid/"
# published by the maps (wegwijzer.maps.geojson), not by opendata.generate
OTHER_GENERATORS = {"api/v1/locations.geojson"}


def fixture_repo(dest: Path) -> Path:
    shutil.copytree(FIXTURE, dest)
    shutil.copytree(ROOT / "schemas", dest / "schemas")
    return dest


@pytest.fixture(scope="module", params=["repository", "fixture"])
def built(request, tmp_path_factory):
    """(root, catalog, files) for this repository and for the fixture repository."""
    if request.param == "repository":
        root = ROOT
    else:
        root = fixture_repo(tmp_path_factory.mktemp("od") / "repo")
    catalog, problems = load_catalog(root, today=TODAY)
    assert not [p for p in problems if p.is_error], [p.text() for p in problems]
    files = opendata.generate(catalog, read_settings(root), root)
    return root, catalog, files


def bulk(files) -> dict[str, str]:
    """The members of api/v2/alles.zip by name, as text."""
    with zipfile.ZipFile(io.BytesIO(files[api.BULK])) as archive:
        return {name: archive.read(name).decode("utf-8") for name in archive.namelist()}


LISTS = ("providers", "locations", "services", "municipalities")


def read(files, path):
    """A published JSON file; a list (api/v2/services.json) from alles.zip, where it now is."""
    name = path.removeprefix("api/v2/")
    if name.removesuffix(".json") in LISTS:
        assert path not in files, f"{path} staat alleen in alles.zip"
        return json.loads(bulk(files)[name])
    return json.loads(files[path])


def test_the_lists_and_the_spreadsheet_are_one_zip(built):
    _root, _catalog, files = built
    with zipfile.ZipFile(io.BytesIO(files[api.BULK])) as archive:
        assert archive.testzip() is None
        assert archive.namelist() == [f"{name}.json" for name in LISTS] + ["services.csv"]
        assert {i.date_time for i in archive.infolist()} == {(2026, 11, 22, 0, 0, 0)}
    index = read(files, "api/v2/index.json")
    assert index["bulk"] == "alles.zip" and index["api_version"] == "2.1"
    assert set(index["lists"].values()) <= set(bulk(files))
    # no pretty-printing in the bulk files (indentation was a third of a pretty file)
    for name, text in bulk(files).items():
        if name.endswith(".json"):
            assert "\n " not in text and text.count("\n") == 1, name


# --------------------------------------------------------------------------- round trip


def test_providers_round_trip_to_the_records(built):
    _root, catalog, files = built
    pub = select(catalog)
    data = read(files, "api/v2/providers.json")
    assert data["generated_at"] == "2026-11-22"
    assert data["count"] == len(data["providers"]) == len(pub.providers)
    by_id = {p["id"]: p for p in data["providers"]}
    assert sorted(by_id) == sorted(p.id for p in pub.providers)
    shown = {s.id for s in pub.services}
    for provider in pub.providers:
        item = by_id[provider.id]
        raw = {k: v for k, v in provider.raw.items() if k not in ("locaties", "diensten")}
        assert item["record"] == json.loads(json.dumps(raw))
        assert item["last_reviewed"] == provider.last_reviewed.isoformat()
        assert item["locations"] == [loc.id for loc in provider.locations]
        assert item["services"] == [s.id for s in provider.services if s.id in shown]
        assert item["sample_data"] is provider.sample
        single = read(files, f"api/v2/providers/{provider.id}.json")
        assert single["generated_at"] == "2026-11-22"
        assert single["provider"] == item
        # the provider's file holds its published locations and services, whole
        assert sorted(loc["id"] for loc in single["locations"]) == sorted(item["locations"])
        assert sorted(s["id"] for s in single["services"]) == sorted(item["services"])
    assert data["last_reviewed"] == max(p.last_reviewed for p in pub.providers).isoformat()


def test_services_locations_and_municipalities_round_trip(built):
    _root, catalog, files = built
    pub = select(catalog)
    services = {s["id"]: s for s in read(files, "api/v2/services.json")["services"]}
    assert sorted(services) == [s.id for s in pub.services]
    for service in pub.services:
        item = services[service.id]
        assert item["record"] == json.loads(json.dumps(service.raw))
        assert item["last_reviewed"] == service.last_reviewed.isoformat()
        assert item["provider"] == service.provider_id
        assert item["locations"] == service.location_ids
        assert (item["age_min_months"], item["age_max_months"]) == (
            service.age_min_months,
            service.age_max_months,
        )
        single = read(files, f"api/v2/providers/{service.provider_id}.json")
        assert item in single["services"]
    locations = {loc["id"]: loc for loc in read(files, "api/v2/locations.json")["locations"]}
    assert sorted(locations) == [loc.id for loc in pub.locations]
    for location in pub.locations:
        assert locations[location.id]["record"] == json.loads(json.dumps(location.raw))
        single = read(files, f"api/v2/providers/{location.provider_id}.json")
        assert locations[location.id] in single["locations"]
        assert locations[location.id]["municipality"] == location.municipality
    municipalities = read(files, "api/v2/municipalities.json")["municipalities"]
    assert [m["code"] for m in municipalities] == sorted(catalog.municipalities)
    for item in municipalities:
        municipality = catalog.municipalities[item["code"]]
        assert item["record"] == json.loads(json.dumps(municipality.raw))
        route = municipality.route_on(TODAY)
        assert item["route_in_force"] == (route.valid_from.isoformat() if route else None)
        expected = sorted(s.id for s in catalog.services_in(municipality.code))
        assert sorted(item["services"]) == expected
        assert read(files, f"api/v2/municipalities/{item['code']}.json")["id"] == item["id"]


def test_every_file_carries_generated_at_and_last_reviewed(built):
    _root, _catalog, files = built
    for path, content in files.items():
        if path.startswith("api/v2/") and path.endswith(".json") and "/schemas/" not in path:
            data = json.loads(content)
            if path.endswith("openapi.json"):
                continue
            assert data["generated_at"] == "2026-11-22", path
            if path.startswith("api/v2/providers/"):
                assert "last_reviewed" in data["provider"], path
            else:
                assert "last_reviewed" in data, path


def test_fixture_publishes_only_what_the_site_shows(tmp_path):
    root = fixture_repo(tmp_path / "repo")
    catalog, _ = load_catalog(root, today=TODAY)
    files = opendata.generate(catalog, read_settings(root), root)
    ids = [s["id"] for s in read(files, "api/v2/services.json")["services"]]
    # nieuwe-groep is planned (geldig_vanaf 2027-01-01): not on the site, not in the data
    assert "jeugdhulp-zuid/nieuwe-groep" not in ids
    jeugdhulp_zuid = read(files, "api/v2/providers/jeugdhulp-zuid.json")
    assert "jeugdhulp-zuid/nieuwe-groep" not in [s["id"] for s in jeugdhulp_zuid["services"]]
    assert len(ids) == 4


def test_export_is_byte_identical_across_builds(tmp_path):
    root = fixture_repo(tmp_path / "repo")
    first_catalog, _ = load_catalog(root, today=TODAY)
    second_catalog, _ = load_catalog(root, today=TODAY)
    first = opendata.generate(first_catalog, read_settings(root), root)
    second = opendata.generate(second_catalog, read_settings(root), root)
    assert first == second
    repo_a = opendata.generate(load_catalog(ROOT, today=TODAY)[0], read_settings(ROOT), ROOT)
    repo_b = opendata.generate(load_catalog(ROOT, today=TODAY)[0], read_settings(ROOT), ROOT)
    assert repo_a == repo_b


def test_json_has_sorted_keys_and_no_machine_paths(built):
    root, _catalog, files = built
    texts = {p: c for p, c in files.items() if isinstance(c, str)}
    texts.update((f"{api.BULK}/{name}", text) for name, text in bulk(files).items())
    assert {p for p, c in files.items() if isinstance(c, bytes)} == {api.BULK, tabular.PATH}
    for path, content in texts.items():
        assert str(ROOT) not in content, path
        assert str(root) not in content, path
        if path.endswith(".json") and "/schemas/" not in path:
            data = json.loads(content)
            again = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
            assert content in (
                again + "\n",
                json.dumps(data, ensure_ascii=False, sort_keys=True, indent=2) + "\n",
            ), path


# --------------------------------------------------------------------------- OpenAPI


def _openapi(files) -> dict:
    return json.loads(files["api/v2/openapi.json"])


def _path_regex(template: str) -> re.Pattern:
    parts = re.split(r"(\{[^}]+\})", template.lstrip("/"))
    return re.compile("".join("[^/]+" if p.startswith("{") else re.escape(p) for p in parts) + "$")


def test_openapi_is_structurally_valid(built):
    """No OpenAPI meta-schema offline: the rules of OpenAPI 3.1 that matter, checked here."""
    _root, _catalog, files = built
    doc = _openapi(files)
    assert doc["openapi"].startswith("3.1.")
    assert doc["info"]["title"] and doc["info"]["version"]
    assert set(doc["info"]["license"]) <= {"name", "identifier", "url"}
    assert not {"identifier", "url"} <= set(doc["info"]["license"])  # mutually exclusive
    operation_ids = []
    for template, item in doc["paths"].items():
        assert template.startswith("/"), template
        declared = {p["name"]: p for p in item.get("parameters", [])}
        used = set(re.findall(r"\{([^}]+)\}", template))
        assert set(declared) == used, template
        for param in declared.values():
            assert param["in"] == "path" and param["required"] is True, template
            assert "schema" in param
        assert set(item) <= {"get", "parameters", "summary", "description"}, template
        operation = item["get"]
        operation_ids.append(operation["operationId"])
        response = operation["responses"]["200"]
        assert response["description"]
        for media, content in response["content"].items():
            assert "/" in media and "schema" in content
    assert len(operation_ids) == len(set(operation_ids))
    # every internal reference resolves
    text = files["api/v2/openapi.json"]
    for ref in set(re.findall(r'"\$ref": "#/([^"]+)"', text)):
        node = doc
        for part in ref.split("/"):
            node = node[part]


def test_every_openapi_path_exists_and_every_file_is_described(built):
    _root, _catalog, files = built
    doc = _openapi(files)
    patterns = {t: _path_regex(t) for t in doc["paths"]}
    published = set(files) | OTHER_GENERATORS
    api_files = {p for p in published if p.startswith("api/")}
    for template, pattern in patterns.items():
        assert any(pattern.match(p) for p in api_files), f"{template}: geen bestand"
    for path in api_files:
        assert any(pattern.match(path) for pattern in patterns.values()), f"{path}: niet in OpenAPI"
    # relative references (to the record schemas) point at published files
    for ref in set(re.findall(r'"\$ref": "(schemas/[^"#]+)', files["api/v2/openapi.json"])):
        assert f"api/v2/{ref}" in files, ref


def _registry(files) -> Registry:
    """The OpenAPI document, the published record schemas and (for the HSDS references)
    the official HSDS schemas, each at the URL a client would fetch it from."""
    assert HSDS.is_dir(), f"HSDS-schema's ontbreken: {HSDS}"
    resources = []
    for path, content in files.items():
        if path == "api/v2/openapi.json" or path.startswith("api/v2/schemas/"):
            resources.append(
                (SITE + path, Resource.from_contents(json.loads(content), DRAFT202012))
            )
    base = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/"
    for schema in sorted((HSDS / "schema").rglob("*.json")):
        rel = schema.relative_to(HSDS / "schema").as_posix()
        if rel != "openapi.json":
            contents = json.loads(schema.read_text("utf-8"))
            resources.append((base + rel, Resource.from_contents(contents, DRAFT202012)))
    return Registry().with_resources(resources)


def test_api_files_match_their_openapi_response_schemas(built):
    _root, _catalog, files = built
    doc = _openapi(files)
    registry = _registry(files)
    checked = 0
    for template, item in doc["paths"].items():
        content = item["get"]["responses"]["200"]["content"]
        if "application/json" not in content:
            continue
        schema = content["application/json"]["schema"]
        if "$ref" in schema and schema["$ref"].startswith("#"):
            schema = {"$ref": urljoin(SITE + "api/v2/openapi.json", schema["$ref"])}
        else:
            schema = {
                "$ref": SITE
                + "api/v2/openapi.json#/paths/"
                + template.replace("~", "~0").replace("/", "~1")
                + "/get/responses/200/content/application~1json/schema"
            }
        validator = Draft202012Validator(schema, registry=registry)
        pattern = _path_regex(template)
        for path in sorted(p for p in files if pattern.match(p)):
            errors = sorted(validator.iter_errors(json.loads(files[path])), key=str)
            assert not errors, f"{path}: {errors[0].message} at {list(errors[0].absolute_path)}"
            checked += 1
    assert checked > 10


# --------------------------------------------------------------------------- CSV


def _csv_rows(files) -> list[list[str]]:
    raw = bulk(files)[spreadsheet.NAME]
    assert raw.startswith("\ufeff"), "Excel heeft een BOM nodig om UTF-8 te herkennen"
    return list(csv.reader(io.StringIO(raw[1:], newline=""), delimiter=";"))


def test_services_csv_has_one_row_per_service(built):
    _root, catalog, files = built
    rows = _csv_rows(files)
    assert rows[0] == spreadsheet.HEADER
    assert [r[0] for r in rows[1:]] == [s.id for s in select(catalog).services]
    assert all(len(r) == len(spreadsheet.HEADER) for r in rows)
    assert "\r\n" in bulk(files)[spreadsheet.NAME]


def test_services_csv_blocks_formula_injection(tmp_path):
    root = fixture_repo(tmp_path / "repo")
    catalog, _ = load_catalog(root, today=TODAY)
    service = catalog.services["cjg-wm/opvoedadvies"]
    service.description = "@SUM(1+1)*cmd|' /C calc'!A0"
    service.phone = "+31 46 850 6910"
    rows = _csv_rows(opendata.generate(catalog, read_settings(root), root))
    header = rows[0]
    by_id = {r[0]: dict(zip(header, r, strict=True)) for r in rows[1:]}
    # the fixture names this service "=GGZ voor jeugd"
    assert by_id["jeugdhulp-zuid/ggz-jeugd"]["naam"] == "'=GGZ voor jeugd"
    assert by_id["cjg-wm/opvoedadvies"]["omschrijving"].startswith("'@SUM")
    assert by_id["cjg-wm/opvoedadvies"]["telefoon"] == "'+31 46 850 6910"
    # a plain number is not a formula and stays a number
    assert by_id["cjg-wm/zwangerschap"]["leeftijd_van_maanden"] == "-9"
    for row in rows[1:]:
        for value in row:
            assert not value.startswith(("=", "+", "@", "\t", "\r")), value
            assert not value.startswith("-") or re.fullmatch(r"-[0-9]+", value), value


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+1", "'+1"),
        ("-1+2", "'-1+2"),
        ("@A1", "'@A1"),
        ("\tx", "'\tx"),
        ("-9", "-9"),
        ("12,5", "12,5"),
        ("gewoon", "gewoon"),
        (None, ""),
    ],
)
def test_safe_cell(value, expected):
    assert spreadsheet.safe(value) == expected


# --------------------------------------------------------------------------- plain text


@pytest.mark.parametrize(
    "source",
    [
        "Gewone tekst zonder opmaak.",
        "  spaties   rondom  ",
        "Met **vet** en een [link](https://example.org).",
        "- een lijst\n- twee",
        "1. eerste",
        "-9 maanden tot 23 jaar",
        "Regel een\n\nregel twee",
        "A & B <script>x</script>",
        "# kop",
        "Tekst met 4 spaties:    midden",
        "Ouders, kinderen en jongeren (0-23 jaar); gratis!",
    ],
)
def test_plain_text_is_markdown_text(source):
    from wegwijzer.html import markdown_text
    from wegwijzer.opendata.common import plain_text

    assert plain_text(source) == markdown_text(source)


def test_plain_text_of_every_description(built):
    from wegwijzer.html import markdown_text
    from wegwijzer.opendata.common import plain_text

    _root, catalog, _files = built
    texts = [p.description for p in catalog.providers.values()]
    texts += [s.description for s in catalog.services.values()]
    for source in texts:
        assert plain_text(source) == markdown_text(source), source
