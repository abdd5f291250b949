"""The fast path of schema validation (fastjsonschema) never says "valid" where jsonschema
finds an error, and never changes a message.

`Schemas.validate` returns no problems as soon as `Schemas.fast_valid` says so; every other
document takes the jsonschema path. So the one thing that can go wrong is a wrong "valid":
an error silently lost. These tests compare both verdicts on every bad-input fixture, the
sample data, a synthetic set and a few thousand mutated records, and compare the problems
with those of a `Schemas` whose fast path is switched off.
"""

from __future__ import annotations

import copy
import datetime as dt
import random
import shutil
from pathlib import Path

import pytest
from fixtures import DATA, INVALID, ROOT, basis_repo, target

from wegwijzer import synthetic
from wegwijzer.records.catalog import read_documents
from wegwijzer.records.project import Project
from wegwijzer.records.schema import NoFastPath, Schemas, fast_definition
from wegwijzer.records.yamlload import Ambiguous, Document, Rejected, load_text

SCHEMAS = ROOT / "schemas"
KINDS = ("provider", "gemeente", "themas", "regios")


@pytest.fixture(scope="module")
def schemas() -> Schemas:
    return Schemas(SCHEMAS)


@pytest.fixture(scope="module")
def slow() -> Schemas:
    """The same schemas with the fast path switched off: jsonschema only, as before."""
    only_jsonschema = Schemas(SCHEMAS)
    only_jsonschema.fast_validators = {}
    return only_jsonschema


@pytest.fixture(scope="module")
def synthetic_repo(tmp_path_factory) -> Path:
    dest = tmp_path_factory.mktemp("fast-synthetisch") / "repo"
    synthetic.write_repository(
        dest, synthetic.scaled(2000), seed=11, today=synthetic.REFERENCE_DATE
    )
    return dest


def documents(root: Path) -> list[tuple[str, Document]]:
    """Every record document of a repository, as `load_catalog` validates them."""
    return [(kind, doc) for kind, doc, _, _ in read_documents(Project(root)) if doc is not None]


def assert_agrees(schemas: Schemas, slow: Schemas, kind: str, doc: Document) -> bool:
    """Fast "valid" implies no jsonschema error, and the problems are those of jsonschema alone.
    Returns the fast verdict."""
    fast = schemas.fast_valid(doc.data, kind)
    if fast:
        errors = [e.message for e in schemas.validators[kind].iter_errors(doc.data)]
        assert errors == [], f"{doc.path}: snel geldig, maar jsonschema vindt {errors}"
    assert schemas.validate(doc, kind) == slow.validate(doc, kind), doc.path
    return fast


def test_every_project_schema_has_a_fast_validator(schemas):
    assert {kind: schemas.fast_validators[kind] is not None for kind in KINDS} == dict.fromkeys(
        KINDS, True
    )


def test_invalid_fixtures_agree(schemas, slow, tmp_path):
    root = basis_repo(tmp_path / "repo")
    for fixture in sorted(INVALID.iterdir()):
        dest = target(root, fixture)
        dest.parent.mkdir(parents=True, exist_ok=True)  # content/handboek is not in basis
        shutil.copy(fixture, dest)
    found = documents(root)
    assert len(found) > 30
    verdicts = [assert_agrees(schemas, slow, kind, doc) for kind, doc in found]
    # The schema errors among the fixtures really reach jsonschema.
    assert verdicts.count(False) >= 8


def test_hostile_data_agrees(schemas, slow):
    for kind, doc in documents(DATA / "hostile"):
        assert_agrees(schemas, slow, kind, doc)


@pytest.mark.parametrize("where", ["voorbeelddata", "synthetisch"])
def test_valid_records_take_the_fast_path(where, schemas, slow, synthetic_repo):
    root = ROOT if where == "voorbeelddata" else synthetic_repo
    found = documents(root)
    assert {kind for kind, _ in found} == set(KINDS)
    for kind, doc in found:
        assert assert_agrees(schemas, slow, kind, doc), f"{doc.path} nam het trage pad"


def test_fast_path_leaves_the_record_untouched(schemas):
    """fastjsonschema would write `default` values into the data; it must not."""
    doc, _ = load_text((DATA / "basis" / "providers" / "basis.yaml").read_text("utf-8"), "b.yaml")
    before = copy.deepcopy(doc.data)
    assert schemas.fast_valid(doc.data, "provider")
    assert doc.data == before and "status" not in doc.data


BASIS = (DATA / "basis" / "providers" / "basis.yaml").read_text("utf-8")


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "laatst_gecontroleerd: 2026-10-01",
            "laatst_gecontroleerd: 2025-02-30",
            "6:23: laatst_gecontroleerd: '2025-02-30' is geen bestaande datum",
        ),
        (
            "    werkgebied: [GM0971]",
            "    werkgebied: [GM0971]\n    leeftijd: {van: true, tot: 12}",
            "28:21: diensten[0].leeftijd.van: verwacht een geheel getal of tekst, maar vond "
            "true (ja/nee)",
        ),
        (
            "naam: Opvoedadvies",
            "naam: no",
            '20:11: diensten[0].naam: no is als ja/nee gelezen — zet het tussen aanhalingstekens: "no"',
        ),
        (
            'telefoonlijnen: [{nummer: "046-8506910", doel: Algemeen nummer}]',
            'telefoonlijnen: [{nummer: "046-8506910", doel: Algemeen nummer}]\ntelefon: "04"',
            # Never the deprecated `telefoon`: the check would only warn about it next.
            "6:1: telefon: onbekend veld 'telefon'; bedoel je 'telefoonlijnen'?",
        ),
        # `$` also matches before a final newline (re.search in jsonschema); fastjsonschema
        # reads it as `\\Z` and refuses, so jsonschema decides, as before: no problem.
        ("gemeente: GM0971", 'gemeente: "GM0971\\n"', None),
        (
            "themas: [opvoeden]",
            "themas: [opvoeden, opvoeden]",
            "22:13: diensten[0].themas: bevat een waarde twee keer",
        ),
    ],
    ids=["onmogelijke-datum", "bool-voor-getal", "ambiguous", "onbekend-veld", "newline", "dubbel"],
)
def test_targeted_cases_take_the_slow_path(old, new, expected, schemas, slow):
    assert old in BASIS
    doc, problems = load_text(BASIS.replace(old, new), "p.yaml")
    assert problems == []
    assert not schemas.fast_valid(doc.data, "provider")
    found = schemas.validate(doc, "provider")
    assert found == slow.validate(doc, "provider")
    assert [p.text()[len("p.yaml:") :] for p in found] == ([expected] if expected else [])


@pytest.mark.parametrize(
    "value",
    [Ambiguous("no", "janee"), Rejected(), (1, 2), dt.date(2026, 3, 1), 1 + 0j],
    ids=["ambiguous", "rejected", "tuple", "date", "complex"],
)
def test_values_that_are_not_plain_json_never_take_the_fast_path(value, schemas, slow):
    doc, _ = load_text(BASIS, "p.yaml")
    doc.data["bron"] = value
    assert not schemas.fast_valid(doc.data, "provider")
    assert schemas.validate(doc, "provider") == slow.validate(doc, "provider")


@pytest.mark.parametrize(
    "schema",
    [
        {"prefixItems": [{"type": "string"}]},
        {"unevaluatedProperties": False},
        {"dependentRequired": {"a": ["b"]}},
        {"items": [{"type": "string"}]},
        {"enum": ["a", 1]},
        {"const": True},
        {"pattern": "^(?!a$)"},
        {"pattern": "^[$]x"},
        {"format": "email"},
        {"type": "geheel"},
        {"properties": {"a": {"$ref": "#/$defs/b"}}},
    ],
)
def test_doubtful_schemas_get_no_fast_path(schema):
    with pytest.raises(NoFastPath):
        fast_definition(schema)


def test_fast_definition_keeps_checks_and_drops_annotations():
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "T",
        "x-labels": {"a": "A"},
        "type": "object",
        "properties": {"a": {"type": "string", "pattern": "^a$", "default": "a"}},
    }
    assert fast_definition(schema) == {
        "type": "object",
        "properties": {"a": {"type": "string", "pattern": "^a$"}},
    }


# Values a mutation puts anywhere in a record: wrong types, edge values of every keyword
# the schemas use, and the loader's wrapper values.
POOL = [
    None,
    True,
    False,
    0,
    1,
    -1,
    12,
    121,
    1.0,
    12.0,
    -9.5,
    float("inf"),
    "",
    "x",
    "ab",
    "online",
    "cjg",
    "ouders",
    "2025-02-30",
    "2024-02-29",
    "2025-13-01",
    "2025-1-01",
    "20250101",
    "2026-03-01\n",
    "GM0971",
    "GM0971\n",
    "NL",
    "6171 EA",
    "6171 SA",
    "6171",
    "-9 maanden",
    "12 jaar",
    "https://x.nl",
    "info@x.nl",
    "a" * 5001,
    [],
    ["opvoeden"],
    ["opvoeden", "opvoeden"],
    [1, True],
    [True, "True"],
    [{"a": 1}, {"a": 1.0}],
    {},
    {"onbekend": 1},
    {"lat": 51.0, "lon": 5.0},
    Ambiguous("no", "janee"),
    Ambiguous("08:30", "tijd"),
    Ambiguous("0201234567", "getal"),
    Rejected(),
    (1, 2),
    dt.date(2025, 1, 1),
]
DELETE = object()
KEYS = ["onbekend", "telefon", "status", "website", "geldig_tot", "adres", "soort", "leeftijd"]


def _paths(value, path=()):
    yield path
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _paths(child, (*path, key))
    elif isinstance(value, list):
        for i, child in enumerate(value):
            yield from _paths(child, (*path, i))


def _get(data, path):
    for part in path:
        data = data[part]
    return data


def _mutate(data, rng: random.Random):
    paths = list(_paths(data))
    path = rng.choice(paths)
    op = rng.choice(["replace", "replace", "delete", "extra", "duplicate", "borrow"])
    if op == "replace" or (op == "borrow" and not path):
        new = copy.deepcopy(rng.choice(POOL))
    elif op == "borrow":
        new = copy.deepcopy(_get(data, rng.choice(paths)))
    else:
        node = _get(data, path)
        if op == "extra" and isinstance(node, dict):
            node[rng.choice(KEYS)] = copy.deepcopy(rng.choice(POOL))
        elif op == "duplicate" and isinstance(node, list) and node:
            node.append(copy.deepcopy(rng.choice(node)))
        elif op == "delete" and path:
            parent = _get(data, path[:-1])
            del parent[path[-1]]
        return data
    if not path:
        return new
    _get(data, path[:-1])[path[-1]] = new
    return data


RICH = (
    BASIS.replace(
        "diensten:\n",
        "  - id: chat\n    naam: Chat\n    soort: online\n    website: https://chat.example.nl\n"
        "diensten:\n",
    )
    + """\
    leeftijd: {van: "-9 maanden", tot: 18}
    verwijzers: [huisarts, cjg]
    uitvoering: [professionals, vrijwilligers]
    talen: [nl, en]
    geldig_vanaf: 2024-02-29
    geldig_tot: 2030-12-31
    status: gepland
    laatst_gecontroleerd: 2026-09-30
  - id: online
    naam: Chat
    omschrijving: Chatten met een jeugdverpleegkundige.
    themas: [opvoeden, gezondheid]
    doelgroep: [jongeren]
    toegang: verwijzing
    financiering: [pgb, eigen-bijdrage]
    leeftijd: {van: 12, tot: "23 jaar"}
website: https://www.cjg-teststad.nl
email: info@cjg-teststad.nl
telefoon_toelichting: op werkdagen
status: actief
voorbeelddata: true
bron: https://www.cjg-teststad.nl/over-ons
"""
)


def test_every_pool_value_in_every_place_agrees(schemas, slow):
    """Each value of POOL (and deleting it) at every place of a record that uses every field."""
    rich, problems = load_text(RICH, "p.yaml")
    assert problems == [] and schemas.fast_valid(rich.data, "provider")
    assert [loc["soort"] for loc in rich.data["locaties"]] == ["cjg", "online"]
    for path in list(_paths(rich.data))[1:]:
        for value in [*POOL, DELETE]:
            data = copy.deepcopy(rich.data)
            parent = _get(data, path[:-1])
            if value is DELETE:
                del parent[path[-1]]
            else:
                parent[path[-1]] = copy.deepcopy(value)
            assert_agrees(schemas, slow, "provider", Document("p.yaml", data, rich.positions))


def test_mutated_records_agree(schemas, slow, synthetic_repo):
    rng = random.Random(20261122)
    originals = documents(DATA / "basis") + rng.sample(documents(synthetic_repo), 40)
    fast_count = 0
    for _ in range(800):
        kind, doc = rng.choice(originals)
        data = copy.deepcopy(doc.data)
        for _ in range(rng.choice([1, 1, 2, 3])):
            data = _mutate(data, rng)
        mutant = Document(doc.path, data, doc.positions, doc.key_positions)
        fast_count += assert_agrees(schemas, slow, kind, mutant)
    # Both verdicts were exercised: some mutants stay valid, most do not.
    assert 50 < fast_count < 650
