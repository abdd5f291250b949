"""Data documentation from the JSON Schemas (open-data/velden.md): every field documented."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from wegwijzer.opendata import datadoc
from wegwijzer.records.catalog import load_catalog
from wegwijzer.records.schema import SCHEMA_FILES

ROOT = Path(__file__).resolve().parent.parent
SCHEMAS = ROOT / "schemas"


@pytest.fixture(scope="module")
def schemas() -> dict[str, dict]:
    return datadoc.load(SCHEMAS)


def _all_properties(schemas):
    """Every property anywhere in the schemas (also in $defs), as (where, resolved node)."""

    def walk(node, name, where):
        if isinstance(node, dict):
            for key, child in node.get("properties", {}).items():
                yield f"{where}.{key}", datadoc.resolve(schemas, child, name)[0]
            for key, child in node.items():
                if key not in ("properties", "if", "then", "else", "not"):  # conditions
                    yield from walk(child, name, f"{where}/{key}")
            for key, child in node.get("properties", {}).items():
                yield from walk(child, name, f"{where}.{key}")
        elif isinstance(node, list):
            for i, child in enumerate(node):
                yield from walk(child, name, f"{where}[{i}]")

    for name in SCHEMA_FILES:
        yield from walk(schemas[name], name, f"{name}.schema.json")


def test_every_schema_property_has_a_description_or_title(schemas):
    """Editors see these texts in their editor and on open-data/velden.md."""
    missing = [
        where
        for where, node in _all_properties(schemas)
        if not (node.get("description") or node.get("title"))
    ]
    assert not missing, "velden zonder description of title: " + ", ".join(sorted(set(missing)))


def test_every_schema_has_a_title_and_description(schemas):
    for name in SCHEMA_FILES:
        assert schemas[name].get("title") and schemas[name].get("description"), name


@pytest.fixture(scope="module")
def page() -> str:
    catalog, _ = load_catalog(ROOT, today=dt.date(2026, 11, 22))
    return datadoc.generate(SCHEMAS, catalog)[datadoc.PATH]


def test_the_page_lists_every_field_of_every_record(schemas, page):
    documented = set(re.findall(r"<td><code>([^<]+)</code>", page))
    expected = {
        f.path.replace("<", "&lt;").replace(">", "&gt;")
        for section in datadoc.SECTIONS
        for f in datadoc.section_fields(schemas, section)
    }
    assert expected <= documented
    for path in (
        "naam",
        "locaties",
        "locaties[].adres.postcode",
        "locaties[].openingstijden",
        "diensten[].leeftijd.van",
        "diensten[].verwijzers",
        "routes[].veiligheid.toelichting",
        "routes[].stappen[].titel",
        "routes[].financiering.pgb_aanvragen_bij",
        "themas[].synoniemen",
        "afkortingen[].afkorting",
    ):
        assert path in documented, path


def test_allowed_values_carry_their_labels_and_required_is_shown(schemas, page):
    # every x-labels entry of every schema appears with its label
    labels = {}

    def collect(node):
        if isinstance(node, dict):
            labels.update(node.get("x-labels", {}))
            for child in node.values():
                collect(child)
        elif isinstance(node, list):
            for child in node:
                collect(child)

    collect(schemas)
    html = page.replace("&#x27;", "'")
    for code, label in labels.items():
        assert f"<code>{code}</code> — {label}" in html, code
    assert "Persoonsgebonden budget (PGB)" in html
    row = re.search(r'<tr id="veld-provider-locaties-adres">.*?</tr>', page).group(0)
    assert "ja, behalve bij soort online" in row
    row = re.search(r'<tr id="veld-provider-naam">.*?</tr>', page).group(0)
    assert "<td>ja</td>" in row and "CJG Westelijke Mijnstreek" in row
    assert 'id="themas"' in page or "{#themas}" in page


def test_published_schemas_are_the_repository_schemas():
    files = datadoc.generate(SCHEMAS)
    for name in SCHEMA_FILES:
        published = json.loads(files[f"api/v2/schemas/{name}.schema.json"])
        assert published == json.loads((SCHEMAS / f"{name}.schema.json").read_text("utf-8"))
