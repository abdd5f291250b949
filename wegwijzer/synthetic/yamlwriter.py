"""A small YAML writer for the generated records, read back alike by every YAML reader.

Reads Python data (dicts, lists, strings, numbers, booleans, dates). Emits YAML text:
block mappings, flow lists of scalars when they fit on a line, `|` blocks for text with
line breaks, `>-` for long text, and a string plain only when YAML 1.1 and 1.2 readers
both read it back as that string (`yamlload.resolve_plain`), JSON-quoted otherwise.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import textwrap
from typing import Any

from ..records.yamlload import resolve_plain

_PLAIN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ][^\n#:\"'`]*\Z")
_FLOW_UNSAFE = re.compile(r"[,\[\]{}]")
_URL = re.compile(r"https?://[^\s#,\[\]{}\"'`]+\Z")
_YAML11_WORDS = {"yes", "no", "on", "off", "y", "n", "true", "false", "null"}


def scalar(value: Any, flow: bool = False) -> str:
    """One scalar in a form every YAML reader reads back as the same value and type."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value)
    plain = (
        (_PLAIN.match(text) or _URL.match(text))
        and text == text.strip()
        and text.lower() not in _YAML11_WORDS
        and not (flow and _FLOW_UNSAFE.search(text))
        and resolve_plain(text) == text
    )
    return text if plain else json.dumps(text, ensure_ascii=False)


def _is_scalar(value: Any) -> bool:
    return not isinstance(value, dict | list)


def _block(text: str, pad: str) -> list[str]:
    lines = []
    for paragraph in text.split("\n"):
        if not paragraph:
            lines.append("")
        elif paragraph.startswith("- "):
            lines.append(pad + paragraph)
        else:
            lines += [
                pad + line
                for line in textwrap.wrap(
                    paragraph, 88, break_long_words=False, break_on_hyphens=False
                )
            ]
    return lines


def _mapping(data: dict, indent: int, spaced: bool) -> list[str]:
    pad = " " * indent
    out: list[str] = []
    for key, value in data.items():
        if isinstance(value, str) and "\n" in value:
            out.append(f"{pad}{key}: |")
            out += _block(value, pad + "  ")
        elif isinstance(value, str) and len(value) > 100 and " " in value:
            out.append(f"{pad}{key}: >-")
            out += _block(value, pad + "  ")
        elif _is_scalar(value):
            out.append(f"{pad}{key}: {scalar(value)}")
        elif isinstance(value, dict):
            out.append(f"{pad}{key}:")
            out += _mapping(value, indent + 2, False)
        elif all(_is_scalar(v) for v in value):
            flow = f"{pad}{key}: [{', '.join(scalar(v, flow=True) for v in value)}]"
            if len(flow) <= 100:
                out.append(flow)
            else:
                out.append(f"{pad}{key}:")
                out += [f"{pad}  - {scalar(v)}" for v in value]
        else:
            if spaced:
                out.append("")
            out.append(f"{pad}{key}:")
            for i, item in enumerate(value):
                if spaced and i:
                    out.append("")
                lines = _mapping(item, indent + 4, False)
                lines[0] = f"{pad}  - {lines[0].lstrip()}"
                out += lines
    return out


def dump(data: dict, spaced: bool = False) -> str:
    """YAML for a record: block mappings, flow lists of scalars, `|` for Markdown text."""
    return "\n".join(_mapping(data, 0, spaced)) + "\n"
