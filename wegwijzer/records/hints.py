"""Messages for the mistakes whose general schema message misleads an editor.

Reads one schema error (its keyword, the path of the value and the value) and emits a
sentence that says what to write instead, or None when the general message of `schema.py`
is right. Kept apart so the list of special cases stays short and visible.
"""

from __future__ import annotations

import json
from typing import Any


def message(kind: str, path: tuple, value: Any) -> str | None:
    last = path[-1] if path else ""
    parent = path[-2] if len(path) > 1 else ""
    number = isinstance(value, int | float) and not isinstance(value, bool)
    url = isinstance(value, str) and value.startswith(("http://", "https://"))
    if kind == "pattern" and url and any(ch.isspace() for ch in value):
        return (
            f"'{value}' bevat een spatie; een webadres heeft geen spaties: haal de spatie "
            "weg of schrijf %20"
        )
    if kind == "type" and number and last == "postcode":
        return (
            f"verwacht tekst, maar vond het getal {value}; schrijf de hele postcode tussen "
            'aanhalingstekens, bijvoorbeeld "6171 EA"'
        )
    if kind == "minimum" and parent == "leeftijd" and isinstance(value, int | float) and value < 0:
        return (
            f"{value} is te klein: een leeftijd in jaren begint bij 0; bedoelt u vóór de "
            f'geboorte, schrijf dan de maanden als tekst: "{value} maanden"'
        )
    if kind == "type" and number and last in ("telefoon", "naam"):
        return f"verwacht tekst, maar vond het getal {value}; zet het tussen aanhalingstekens: " + (
            json.dumps(str(value))
        )
    return None
