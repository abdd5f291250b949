"""JSON Schema validation with messages for people.

Reads the schemas in `schemas/` (the one source of truth that the editor, the
CLI, the build and the tests share) and emits `Problem`s in plain Dutch, each
at the line and column of the offending value or key.

Most records are valid, so a document first goes through a validator that
fastjsonschema generated from the same schema (about eight times faster than
jsonschema). Only its "valid" is trusted, and only for plain JSON data and
schemas whose keywords mean the same in both; anything else (an error, a
wrapper value from the loader, an unfamiliar keyword) takes the jsonschema path,
which alone writes the messages.
"""

from __future__ import annotations

import difflib
import json
from collections.abc import Callable
from functools import cached_property, partial
from pathlib import Path
from typing import Any

import fastjsonschema
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from . import hints, phones
from .problems import Problem
from .yamlload import Ambiguous, Document, Rejected, field_path

BASE = "https://wegwijzer.invalid/schemas/"
SCHEMA_FILES = ("common", "provider", "gemeente", "themas", "regios")

_TYPE_NAMES = {
    "string": "tekst",
    "integer": "een geheel getal",
    "number": "een getal",
    "boolean": "true of false",
    "array": "een lijst",
    "object": "een blok met velden",
    "null": "niets",
}


def describe_value(value: Any) -> str:
    if value is None:
        return "een lege waarde"
    if isinstance(value, bool):
        return f"{str(value).lower()} (ja/nee)"
    if isinstance(value, int | float):
        return f"het getal {value}"
    if isinstance(value, str):
        return f"de tekst '{value}'"
    if isinstance(value, list):
        return "een lijst"
    if isinstance(value, dict):
        return "een blok met velden"
    return repr(value)


# Keywords that fastjsonschema's draft-07 code checks exactly as jsonschema checks them in
# draft 2020-12, for the values `_plain_json` lets through (and with the limits that
# `fast_definition` adds). A schema with any other keyword gets no fast path.
_FAST_KEYWORDS = frozenset(
    {
        "type",
        "properties",
        "additionalProperties",
        "required",
        "items",
        "enum",
        "const",
        "if",
        "then",
        "else",
        "not",
        "allOf",
        "pattern",
        "minLength",
        "maxLength",
        "minItems",
        "uniqueItems",
        "minimum",
        "maximum",
        "format",
    }
)
# Keywords that never make a value invalid; left out of the fast definition.
_ANNOTATIONS = frozenset(
    {"$schema", "$id", "$comment", "title", "description", "examples", "default", "deprecated"}
)
_JSON_TYPES = frozenset({"null", "boolean", "integer", "number", "string", "array", "object"})
_PLAIN_LEAVES = frozenset({str, int, float, bool, type(None)})


class NoFastPath(ValueError):
    """A schema (part) whose fastjsonschema verdict could differ from jsonschema's."""


def fast_definition(node: Any) -> dict | bool:
    """`node` (an inlined schema) without annotations, for fastjsonschema.

    Raises `NoFastPath` for anything whose meaning could differ between the two libraries:
    a keyword outside `_FAST_KEYWORDS`, an `enum`/`const` with non-text values (fastjsonschema
    compares with ==, so 1 == True), `items` as a list, a format other than date, or a
    `pattern` with `$` anywhere but at its very end (fastjsonschema turns `$` into `\\Z`,
    which is only ever stricter when the `$` is the final top-level anchor).
    """
    if isinstance(node, bool):
        return node
    if not isinstance(node, dict):
        raise NoFastPath(f"not a schema: {node!r}")
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key in _ANNOTATIONS or key.startswith("x-"):
            continue
        if key not in _FAST_KEYWORDS:
            raise NoFastPath(f"keyword {key}")
        if key == "properties":
            out[key] = {name: fast_definition(child) for name, child in value.items()}
        elif key in ("additionalProperties", "items", "if", "then", "else", "not"):
            if key == "items" and not isinstance(value, dict):
                raise NoFastPath("items as a list")
            out[key] = fast_definition(value)
        elif key == "allOf":
            out[key] = [fast_definition(child) for child in value]
        elif key == "type":
            types = [value] if isinstance(value, str) else value
            if not types or not all(isinstance(t, str) and t in _JSON_TYPES for t in types):
                raise NoFastPath(f"type {value!r}")
            out[key] = value
        elif key in ("enum", "const"):
            values = value if key == "enum" else [value]
            if not isinstance(values, list) or not all(type(v) is str for v in values):
                raise NoFastPath(f"{key} with values other than text")
            out[key] = value
        elif key == "pattern":
            if not isinstance(value, str) or "$" in value[:-1]:
                raise NoFastPath(f"pattern {value!r}")
            out[key] = value
        elif key == "format":
            if value != "date":
                raise NoFastPath(f"format {value!r}")
            out[key] = value
        elif key == "uniqueItems":
            if not isinstance(value, bool):
                raise NoFastPath("uniqueItems")
            out[key] = value
        elif key == "required":
            if not isinstance(value, list) or not all(type(v) is str for v in value):
                raise NoFastPath("required")
            out[key] = value
        else:  # minLength, maxLength, minItems, minimum, maximum
            if type(value) not in (int, float):
                raise NoFastPath(f"{key} {value!r}")
            out[key] = value
    return out


def _plain_json(data: Any) -> bool:
    """True if `data` holds nothing but dict (with text keys), list, str, int, float, bool and
    None, by exact type. Anything else, such as the loader's `Ambiguous` and `Rejected`, a
    date or a tuple (an array to fastjsonschema, not to jsonschema), takes the full path."""
    stack = [data]
    pop, push, extend = stack.pop, stack.append, stack.extend
    while stack:
        value = pop()
        kind = type(value)
        if kind is dict:
            for key, child in value.items():
                if type(key) is not str:
                    return False
                push(child)
        elif kind is list:
            extend(value)
        elif kind not in _PLAIN_LEAVES:
            return False
    return True


def inline_refs(raw: dict[str, dict], name: str) -> dict:
    """Schema `name` with every `$ref` replaced by its target, as `allOf: [target]`.

    Sibling keywords of a `$ref` still apply, and validation never resolves a reference at
    run time (jsonschema otherwise joins URLs and walks pointers for every value: a third
    of the validation time at national scale).
    """

    def target(ref: str, current: str) -> tuple[dict, str]:
        document, _, pointer = ref.partition("#")
        owner = document.removesuffix(".schema.json") if document else current
        node = raw[owner]
        for part in filter(None, pointer.split("/")):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        return node, owner

    def walk(node: Any, current: str, seen: tuple) -> Any:
        if isinstance(node, list):
            return [walk(item, current, seen) for item in node]
        if not isinstance(node, dict):
            return node
        out = {k: walk(v, current, seen) for k, v in node.items() if k not in ("$ref", "$defs")}
        if "$ref" in node:
            key = (current, node["$ref"])
            if key in seen:
                raise ValueError(f"recursieve $ref {node['$ref']} in {current}")
            found, owner = target(node["$ref"], current)
            out["allOf"] = [*out.get("allOf", []), walk(found, owner, (*seen, key))]
        return out

    return walk(raw[name], name, ())


class Schemas:
    """The project's schemas, compiled once and reused for every file."""

    def __init__(self, directory: Path):
        self.directory = Path(directory)
        self.raw: dict[str, dict] = {}
        resources = []
        for name in SCHEMA_FILES:
            contents = json.loads((self.directory / f"{name}.schema.json").read_text("utf-8"))
            contents = {**contents, "$id": f"{BASE}{name}.schema.json"}
            self.raw[name] = contents
            resources.append((contents["$id"], Resource.from_contents(contents, DRAFT202012)))
        self.registry = Registry().with_resources(resources)
        self.format_checker = FormatChecker(formats=["date"])
        self.validators = {
            name: Draft202012Validator(
                inline_refs(self.raw, name), format_checker=self.format_checker
            )
            for name in SCHEMA_FILES
        }

    @cached_property
    def fast_validators(self) -> dict[str, Callable[[Any], Any] | None]:
        """Per schema, fastjsonschema's validator for the inlined schema (generated in memory,
        once), or None where `fast_definition` or the code generation had any doubt."""
        # The very same date check as the jsonschema path (regex, then date.fromisoformat).
        date = partial(self.format_checker.conforms, format="date")
        found: dict[str, Callable[[Any], Any] | None] = {}
        for name, validator in self.validators.items():
            try:
                definition = fast_definition(validator.schema)
                found[name] = fastjsonschema.compile(
                    {**definition, "$schema": "http://json-schema.org/draft-07/schema#"},
                    formats={"date": date},
                    use_default=False,  # never write defaults into the record
                )
            except Exception:  # no fast path for this schema; jsonschema checks every file
                found[name] = None
        return found

    @cached_property
    def labels(self) -> dict[str, dict[str, str]]:
        """Every `x-labels` table: "soort" (provider), "locatie.soort", "dienst.toegang", ...

        A property inside `$defs/<def>` is named `<def>.<property>`; a `$defs` entry that is
        itself labelled (such as `verwijzer`) keeps its own name.
        """
        found: dict[str, dict[str, str]] = {}

        def walk(node: Any, name: str, prefix: str) -> None:
            if not isinstance(node, dict):
                return
            if "x-labels" in node:
                found.setdefault(name, {}).update(node["x-labels"])
            for key, child in node.get("properties", {}).items():
                walk(child, f"{prefix}.{key}" if prefix else key, prefix)
            for key, child in node.get("$defs", {}).items():
                walk(child, key, key)
            if isinstance(node.get("items"), dict):
                walk(node["items"], name, prefix)

        for schema in self.raw.values():
            walk(schema, "", "")
        return found

    def fast_valid(self, data: Any, name: str) -> bool:
        """True only if schema `name` certainly accepts `data` (fastjsonschema says so, for
        plain JSON data); False means "ask jsonschema", never "invalid"."""
        fast = self.fast_validators.get(name)
        if fast is None or not _plain_json(data):
            return False
        try:
            fast(data)
        except Exception:  # invalid, or any doubt: jsonschema decides and explains
            return False
        return True

    def validate(self, doc: Document, name: str) -> list[Problem]:
        if self.fast_valid(doc.data, name):
            return []
        validator = self.validators[name]
        errors = list(validator.iter_errors(doc.data))
        # A value that is not a date at all needs one message, not also "no such date".
        shaped = {tuple(e.absolute_path) for e in errors if e.validator == "pattern"}
        problems: list[Problem] = []
        for error in errors:
            if error.validator == "format" and tuple(error.absolute_path) in shaped:
                continue
            if isinstance(error.instance, Rejected):
                continue
            problems.extend(_translate(error, doc, validator))
        return problems


_LIST_FILE = (
    "het bestand is een lijst (het begint met '- '); haal de '- ' weg en laat de regels "
    "eronder twee spaties minder inspringen: een aanbieder is één blok met velden"
)


def _ambiguous_message(value: Ambiguous, schema: dict, field: str) -> str:
    text = value.text
    if value.reading == "janee":
        if "boolean" in str(schema.get("type")):
            return f"{text} wordt door YAML-programma's verschillend gelezen; schrijf true of false"
        return f'{text} is als ja/nee gelezen — zet het tussen aanhalingstekens: "{text}"'
    if value.reading == "tijd":
        return (
            f"{text} is als getal gelezen (YAML 1.1 maakt van 08:30 het getal 510) — zet het "
            f'tussen aanhalingstekens: "{text}"'
        )
    hint = phones.suggest(text) if "telefoon" in field and text.startswith("0") else text
    return f'{text} is als getal gelezen — zet het tussen aanhalingstekens: "{hint}"'


def _translate(error, doc: Document, validator) -> list[Problem]:
    path = tuple(error.absolute_path)
    kind = error.validator
    value = error.instance
    schema = error.schema if isinstance(error.schema, dict) else {}
    last = str(path[-1]) if path and not isinstance(path[-1], int) else ""
    if isinstance(value, Ambiguous) and kind == "type":
        return [doc.problem(path, _ambiguous_message(value, schema, last))]
    special = hints.message(kind, path, value)
    if special:
        return [doc.problem(path, special)]
    if kind == "additionalProperties":
        properties = error.schema.get("properties", {})
        # A deprecated field is still read, but never offered: the check would only warn next.
        allowed = sorted(k for k, v in properties.items() if not v.get("deprecated"))
        out = []
        for extra in sorted(set(value) - set(properties)):
            near = difflib.get_close_matches(extra, allowed, n=1, cutoff=0.6)
            tip = f"; bedoel je '{near[0]}'?" if near else f"; toegestaan: {', '.join(allowed)}"
            out.append(doc.problem((*path, extra), f"onbekend veld '{extra}'{tip}", key=True))
        return out
    if kind == "required":
        missing = [name for name in error.validator_value if name not in value]
        line, col = doc.where(path, key=bool(path))
        return [
            Problem(
                doc.path, line, col, field_path((*path, name)), f"verplicht veld '{name}' ontbreekt"
            )
            for name in missing
        ]
    if kind == "type" and not path and isinstance(value, list):
        return [doc.problem(path, _LIST_FILE)]
    if kind == "type":
        expected = error.validator_value
        expected = [expected] if isinstance(expected, str) else expected
        names = " of ".join(_TYPE_NAMES.get(t, t) for t in expected)
        # A field whose shape changed says how to write the new one (`x-typefout`).
        tip = f"; {schema['x-typefout']}" if schema.get("x-typefout") else ""
        return [doc.problem(path, f"verwacht {names}, maar vond {describe_value(value)}{tip}")]
    if kind == "enum":
        options = [str(o) for o in error.validator_value]
        near = [o for o in options if o.startswith(str(value))] or difflib.get_close_matches(
            str(value), options, n=1, cutoff=0.6
        )
        tip = f"bedoel je '{near[0]}'? Mogelijk zijn" if near else "kies uit"
        return [
            doc.problem(path, f"'{value}' is geen toegestane waarde; {tip}: {', '.join(options)}")
        ]
    if kind == "pattern":
        own = schema.get("x-foutmelding") or "heeft niet de juiste vorm"
        return [doc.problem(path, f"'{value}' {own}")]
    if kind == "format":
        return [doc.problem(path, f"'{value}' is geen bestaande datum")]
    messages = {
        "minLength": lambda: f"is te kort (minimaal {error.validator_value} tekens)",
        "maxLength": lambda: f"is te lang ({len(value)} tekens, maximaal {error.validator_value})",
        "minItems": lambda: f"moet minstens {error.validator_value} waarde(n) bevatten",
        "uniqueItems": lambda: "bevat een waarde twee keer",
        "minimum": lambda: f"{value} is te klein (minimaal {error.validator_value})",
        "maximum": lambda: f"{value} is te groot (maximaal {error.validator_value})",
    }
    if kind in messages:
        return [doc.problem(path, messages[kind]())]
    return [doc.problem(path, f"waarde klopt niet met het schema ({kind})")]
