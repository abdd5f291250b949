"""Unfilled template values: an error per placeholder, so a fresh template is never published.

Reads a loaded record (`Document`) and the schema's problems for it; emits one `Problem` per
text value that still starts with `VUL IN` (what `wegwijzer new` writes where the editor must
fill something in), and the schema's problems minus those about the same values: the editor
reads "nog niet ingevuld", not also "is geen webadres" for `VUL IN: het webadres`.
"""

from __future__ import annotations

from typing import Any

from .problems import Problem
from .yamlload import Document, field_path, strings

MARK = "VUL IN"


def _walk(data: Any, path: tuple):
    for field, text in strings(data, path):
        if text.lstrip().upper().startswith(MARK):
            yield field, text


def apply(doc: Document, schema_problems: list[Problem]) -> list[Problem]:
    found = []
    fields = set()
    for path, text in _walk(doc.data, ()):
        what = text.strip()[len(MARK) :].lstrip(" :")
        fields.add(field_path(path))
        found.append(
            doc.problem(
                path,
                f"nog niet ingevuld: {what}; vervang de hele waarde (ook 'VUL IN') door de "
                "echte gegevens",
            )
        )
    kept = [p for p in schema_problems if p.field not in fields]
    return found + kept
