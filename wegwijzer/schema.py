"""JSON Schema validation with messages for people.

Reads the schemas in `schemas/` (the one source of truth that the editor, the
CLI, the build and the tests share) and emits `Problem`s in plain Dutch, each
at the line and column of the offending value or key.
"""

from __future__ import annotations

import difflib
import json
from functools import cached_property
from pathlib import Path
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from . import phones
from .problems import Problem
from .yamlload import Ambiguous, Document, Rejected, field_path

BASE = "https://wegwijzer.invalid/schemas/"
SCHEMA_FILES = ("common", "provider", "gemeente", "themas")

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
        checker = FormatChecker(formats=["date"])
        self.validators = {
            name: Draft202012Validator(inline_refs(self.raw, name), format_checker=checker)
            for name in SCHEMA_FILES
        }

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

    def validate(self, doc: Document, name: str) -> list[Problem]:
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
    if kind == "additionalProperties":
        allowed = sorted(error.schema.get("properties", {}))
        out = []
        for extra in sorted(set(value) - set(allowed)):
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
    if kind == "type":
        expected = error.validator_value
        expected = [expected] if isinstance(expected, str) else expected
        names = " of ".join(_TYPE_NAMES.get(t, t) for t in expected)
        return [doc.problem(path, f"verwacht {names}, maar vond {describe_value(value)}")]
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
