"""Strict YAML loading that never lies about what the editor wrote.

Reads the text of one record file (`recovery.load_bytes` decodes the bytes and
reads on after an error) and emits a `Document`: plain Python data (dict, list, str, int, float, bool,
None) plus the line and column of every value and key, or `Problem`s.

Rules, and why:
- libyaml's C parser produces the events; we build the data ourselves, because
  PyYAML's resolver follows YAML 1.1 (`no` -> False, `0201234567` -> octal,
  `08:30` -> 510). A plain scalar that YAML 1.1 would read as something other
  than text becomes an `Ambiguous` value: it fits no schema type, so the
  validator reports it with advice to quote it.
- Duplicate keys, anchors/aliases, tags, tab indentation, several documents,
  non-UTF-8, empty and oversized files are errors, never silently accepted.
- A UTF-8 BOM and CRLF line endings are accepted (editors on Windows).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from .problems import Problem

MAX_BYTES = 512 * 1024
MAX_DEPTH = 40

try:  # libyaml's C parser where present (10x faster than the pure-Python one)
    _Loader = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _Loader = yaml.SafeLoader


class Rejected:
    """Stands in for a value the loader refused (an alias); the schema check skips it."""

    def __repr__(self) -> str:
        return "<geweigerd>"


class Ambiguous:
    """A plain scalar that YAML 1.1 would not read as text (e.g. `no`, `0201234567`)."""

    __slots__ = ("text", "reading")

    def __init__(self, text: str, reading: str):
        self.text = text
        self.reading = reading

    def __repr__(self) -> str:
        return self.text

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Ambiguous) and other.text == self.text

    def __hash__(self) -> int:
        return hash(self.text)


_INT = re.compile(r"[-+]?(?:0|[1-9][0-9]*)\Z")
_FLOAT = re.compile(r"[-+]?(?:0|[1-9][0-9]*)\.[0-9]+\Z")
_BOOL_11 = {"y", "yes", "n", "no", "on", "off"}
_LEADING_ZERO = re.compile(r"[-+]?0[0-9_]+(?:\.[0-9_]*)?\Z")
_SEXAGESIMAL = re.compile(r"[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?\Z")
_OTHER_NUMBER = re.compile(
    r"[-+]?(?:0[xob][0-9a-fA-F_]+|[0-9][0-9_]*(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)"
    r"|\.[0-9_]+(?:[eE][-+]?[0-9]+)?|[0-9][0-9_]*_[0-9_]*(?:\.[0-9_]*)?|[0-9]+\."
    r"|\.(?:inf|Inf|INF|nan|NaN|NAN))\Z"
)


def resolve_plain(text: str) -> Any:
    """The value of an unquoted scalar: YAML 1.2 core types, and nothing guessed."""
    if text in ("", "~", "null", "Null", "NULL"):
        return None
    if text in ("true", "True", "TRUE"):
        return True
    if text in ("false", "False", "FALSE"):
        return False
    first = text[0]
    if first.isdigit() or first in "+-.":
        if _INT.match(text):
            return int(text)
        if _FLOAT.match(text):
            return float(text)
        if _SEXAGESIMAL.match(text):
            return Ambiguous(text, "tijd")
        if _LEADING_ZERO.match(text) or _OTHER_NUMBER.match(text):
            return Ambiguous(text, "getal")
    elif text.lower() in _BOOL_11:
        return Ambiguous(text, "janee")
    return text


@dataclass
class Document:
    """Loaded data with the place of every value (1-based line and column)."""

    path: str
    data: Any
    positions: dict[tuple, tuple[int, int]] = field(default_factory=dict)
    key_positions: dict[tuple, tuple[int, int]] = field(default_factory=dict)

    def where(self, path: tuple | list, key: bool = False) -> tuple[int, int]:
        """Place of the value at `path` (or of its key), else of its nearest ancestor."""
        path = tuple(path)
        if key and path in self.key_positions:
            return self.key_positions[path]
        while path:
            if path in self.positions:
                return self.positions[path]
            path = path[:-1]
        return self.positions.get((), (1, 1))

    def problem(self, path, message: str, severity: str = "fout", key: bool = False) -> Problem:
        line, col = self.where(path, key=key)
        return Problem(self.path, line, col, field_path(path), message, severity)


def field_path(path) -> str:
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += ("." if out else "") + str(part)
    return out


_PARSER_MESSAGES = [
    (
        "cannot start any token",
        "dit teken mag hier niet; begint een waarde met @ of `? "
        "Zet de waarde dan tussen aanhalingstekens",
    ),
    (
        "mapping values are not allowed",
        "hier mag geen dubbele punt staan; bevat de waarde een "
        "': '? Zet de waarde dan tussen aanhalingstekens",
    ),
    ("could not find expected ':'", "na de sleutel ontbreekt een dubbele punt (sleutel: waarde)"),
    ("while scanning a quoted scalar", "een aanhalingsteken is niet gesloten"),
    (
        "did not find expected key",
        "de inspringing klopt niet: deze regel past niet bij de regels "
        "erboven (gebruik steeds twee spaties per niveau)",
    ),
    (
        "did not find expected '-' indicator",
        "de inspringing van deze lijst klopt niet "
        "(elk lijstitem begint met '- ' op dezelfde hoogte)",
    ),
    (
        "expected <block end>",
        "de inspringing klopt niet: deze regel staat verder of minder ver in dan de regels erboven",
    ),
    ("did not find expected node content", "hier ontbreekt een waarde"),
    ("found undefined tag handle", "tags (!!...) zijn niet toegestaan"),
    ("while parsing a flow", "een [ of { is niet gesloten"),
    (
        "found unexpected end of stream",
        "het bestand houdt onverwacht op; is een aanhalingsteken of haakje niet gesloten?",
    ),
]


def _parser_message(err: yaml.MarkedYAMLError) -> str:
    text = f"{err.context or ''} {err.problem or ''}"
    for needle, dutch in _PARSER_MESSAGES:
        if needle in text:
            return f"YAML-fout: {dutch}"
    return (
        "YAML-fout: de opbouw van het bestand klopt hier niet (inspringing, dubbele punt of "
        "aanhalingsteken?)"
    )


def _tab_problems(text: str, path: str, line_offset: int) -> list[Problem]:
    problems = []
    for number, line in enumerate(text.split("\n"), start=1):
        indent = len(line) - len(line.lstrip(" \t"))
        tab = line.find("\t", 0, indent)
        if tab >= 0 and line.strip():
            problems.append(
                Problem(
                    path,
                    number + line_offset,
                    tab + 1,
                    "",
                    "tab gebruikt om in te springen; gebruik spaties",
                )
            )
    return problems


def load_text(text: str, path: str, line_offset: int = 0) -> tuple[Document | None, list[Problem]]:
    """Parse YAML text into a `Document`; `line_offset` shifts lines (front matter)."""
    problems = _tab_problems(text, path, line_offset)
    if problems:
        return None, problems
    builder = _Builder(path, line_offset)
    try:
        builder.run(yaml.parse(text, Loader=_Loader))
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line, col = (mark.line + 1 + line_offset, mark.column + 1) if mark else (1, 1)
        return None, [*builder.problems, Problem(path, line, col, "", _parser_message(err))]
    except yaml.YAMLError:
        return None, [Problem(path, 1, 1, "", "YAML-fout: het bestand kan niet gelezen worden")]
    if builder.documents == 0 or builder.data is None:
        return None, [
            *builder.problems,
            Problem(path, 1 + line_offset, 1, "", "bestand is leeg; vul de verplichte velden in"),
        ]
    doc = Document(path, builder.data, builder.positions, builder.key_positions)
    return doc, builder.problems


def strings(data: Any, path: tuple = ()):
    """Every text value in `data` with its field path (for checks that read all record text)."""
    if isinstance(data, dict):
        for key, value in data.items():
            yield from strings(value, (*path, key))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield from strings(value, (*path, i))
    elif isinstance(data, str):
        yield path, data


class _Builder:
    """Turns parser events into data, positions and problems."""

    def __init__(self, path: str, line_offset: int):
        self.path = path
        self.offset = line_offset
        self.positions: dict[tuple, tuple[int, int]] = {}
        self.key_positions: dict[tuple, tuple[int, int]] = {}
        self.problems: list[Problem] = []
        self.documents = 0
        self.data: Any = None

    def _pos(self, event) -> tuple[int, int]:
        return event.start_mark.line + 1 + self.offset, event.start_mark.column + 1

    def _error(self, event, path: tuple, message: str) -> None:
        line, col = self._pos(event)
        self.problems.append(Problem(self.path, line, col, field_path(path), message))

    def run(self, events) -> None:
        events = iter(events)
        for event in events:
            if isinstance(event, yaml.DocumentStartEvent):
                self.documents += 1
                if self.documents > 1:
                    self._error(
                        event,
                        (),
                        "meer dan één YAML-document in één bestand "
                        "(een tweede '---'); zet elk record in een eigen bestand",
                    )
                    return
                self.data = self._node(next(events), events, ())

    def _check_node(self, event, path: tuple) -> None:
        if event.anchor is not None:
            self._error(
                event,
                path,
                f"ankers (&{event.anchor}) zijn niet toegestaan; schrijf de waarde gewoon uit",
            )
        tag = getattr(event, "tag", None)
        if isinstance(event, yaml.ScalarEvent):
            explicit = tag not in (None, "!")
        else:
            explicit = tag is not None and not event.implicit
        if explicit and tag != "tag:yaml.org,2002:str":
            shown = tag.replace("tag:yaml.org,2002:", "!!")
            self._error(
                event, path, f"tags zoals {shown} zijn niet toegestaan; schrijf alleen de waarde"
            )

    def _node(self, event, events, path: tuple) -> Any:
        if len(path) > MAX_DEPTH:
            self._error(event, path, "te diep genest")
            raise yaml.YAMLError("too deep")
        self.positions[path] = self._pos(event)
        if isinstance(event, yaml.AliasEvent):
            self._error(
                event,
                path,
                f"aliassen (*{event.anchor}) zijn niet toegestaan; schrijf de waarde gewoon uit",
            )
            return Rejected()
        self._check_node(event, path)
        if isinstance(event, yaml.ScalarEvent):
            if not event.style and event.implicit[0]:  # plain (libyaml: style '' or None)
                return resolve_plain(event.value)
            return event.value
        if isinstance(event, yaml.SequenceStartEvent):
            items = []
            for event in events:
                if isinstance(event, yaml.SequenceEndEvent):
                    return items
                items.append(self._node(event, events, (*path, len(items))))
        if isinstance(event, yaml.MappingStartEvent):
            mapping: dict[str, Any] = {}
            for event in events:
                if isinstance(event, yaml.MappingEndEvent):
                    return mapping
                if not isinstance(event, yaml.ScalarEvent):
                    self._error(event, path, "een sleutel moet een naam zijn, geen lijst of blok")
                    self._node(event, events, (*path, "?"))
                    self._node(next(events), events, (*path, "?"))
                    continue
                key = event.value
                kpath = (*path, key)
                if key in mapping:
                    first = self.key_positions[kpath][0]
                    self._error(
                        event,
                        kpath,
                        f"sleutel '{key}' staat hier voor de tweede keer "
                        f"(eerder op regel {first}); haal er één weg",
                    )
                    self._node(next(events), events, (*path, key + "#dubbel"))
                    continue
                self.key_positions[kpath] = self._pos(event)
                mapping[key] = self._node(next(events), events, kpath)
        raise yaml.YAMLError(f"unexpected event {event!r}")
