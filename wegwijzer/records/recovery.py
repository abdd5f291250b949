"""Reading on after a file's first mistake, so one run shows every problem of every file.

Reads the bytes of a record file and emits a `Document` plus every `Problem`, as
`yamlload.load_text` does for text that is right; but a tab, a byte that is not UTF-8 or
a YAML syntax error is reported and then neutralised, and the file is read again:

- a byte that is not UTF-8 becomes U+FFFD (reported once per line);
- a tab in the indentation becomes the indentation of the line above (reported per line);
- a line the YAML parser stops at is repaired the way the message advises (its value put
  between quotes) or, when that does not help, read as a comment; only the first syntax
  error of a file is reported, because what follows a broken line is guesswork.

The repaired text is only ever read, never written back: the editor fixes the file. The
schema and the cross-record checks then run on what could be read, so a tab on line 9 no
longer hides an unquoted `08:30` on line 20.
"""

from __future__ import annotations

import json
import re

import yaml

from .problems import Problem
from .yamlload import (
    MAX_BYTES,
    Document,
    _Builder,
    _Loader,
    _parser_message,
    _tab_problems,
)

MAX_REPAIRS = 25
_KEY_VALUE = re.compile(
    r"^(?P<lead>\s*(?:-\s+)?)(?P<key>[^\s:#\"'][^:#]*?):\s+(?P<value>\S.*?)\s*$"
)


def decode(raw: bytes, path: str) -> tuple[str | None, list[Problem]]:
    """Bytes to text; bytes that are not UTF-8 are reported per line and replaced."""
    if len(raw) > MAX_BYTES:
        kb = len(raw) // 1024
        return None, [
            Problem(
                path,
                1,
                1,
                "",
                f"bestand is te groot ({kb} KB, maximaal {MAX_BYTES // 1024} KB); één "
                "organisatie past daar ruim in: staat er iets anders in, zoals een export of "
                "een afbeelding? Haal dat weg",
            )
        ]
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    problems = []
    for number, line in enumerate(raw.split(b"\n"), start=1):
        try:
            line.decode("utf-8")
        except UnicodeDecodeError as err:
            problems.append(
                Problem(
                    path,
                    number,
                    err.start + 1,
                    "",
                    f"bestand is geen UTF-8 (byte 0x{line[err.start]:02X}); sla het op met "
                    "tekencodering UTF-8",
                )
            )
    return raw.decode("utf-8", errors="replace"), problems


def _untab(text: str) -> str:
    """Tabs in the indentation become the indentation the line above suggests."""
    lines = text.split("\n")
    previous = ""
    for i, line in enumerate(lines):
        stripped = line.lstrip(" \t")
        indent = line[: len(line) - len(stripped)]
        if "\t" in indent and stripped:
            above = previous[: len(previous) - len(previous.lstrip(" "))]
            item = re.match(r"\s*-\s+", previous)
            lines[i] = (" " * item.end() if item else above) + stripped
        if lines[i].strip() and not lines[i].lstrip().startswith("#"):
            previous = lines[i]
    return "\n".join(lines)


def _repair_line(line: str) -> str:
    """The line as the message advises (the value quoted), else as a comment."""
    match = _KEY_VALUE.match(line)
    quoted_already = match and len(match["value"]) > 1 and match["value"][0] == match["value"][-1]
    if match and not (quoted_already and match["value"][0] in "\"'"):
        value = match["value"]
        if value[0] in "\"'" and not value.endswith(value[0]):
            value = value[1:]
        quoted = json.dumps(value, ensure_ascii=False)
        fixed = f"{match['lead']}{match['key']}: {quoted}"
        if fixed != line:
            return fixed
    indent = len(line) - len(line.lstrip())
    return line[:indent] + "#" + line[indent:]


def _commented_key(line: str) -> str | None:
    match = _KEY_VALUE.match(line.replace("#", "", 1)) if line.lstrip().startswith("#") else None
    return match["key"].strip() if match else None


def _unclosed_quote(lines: list[str], until: int) -> tuple[int, int] | None:
    """(line, column) of a value opened with a double quote that its line does not close."""
    for i, line in enumerate(lines[:until]):
        match = _KEY_VALUE.match(line)
        value = match["value"] if match else ""
        if value.startswith('"') and (len(value) == 1 or not value.endswith('"')):
            return i, match.start("value")
    return None


def _indented_further(lines: list[str], index: int) -> bool:
    """Whether a `key: value` line starts right of where the line above starts its key."""
    if index >= len(lines) or not _KEY_VALUE.match(lines[index]):
        return False
    above = next((lines[i] for i in range(index - 1, -1, -1) if lines[i].strip()), "")
    key_column = re.match(r"\s*(?:-\s+)?", above).end()
    return len(lines[index]) - len(lines[index].lstrip()) > key_column


def _parse(text: str, path: str, offset: int):
    builder = _Builder(path, offset)
    builder.run(yaml.parse(text, Loader=_Loader))
    return builder


def load_text(text: str, path: str, line_offset: int = 0) -> tuple[Document | None, list[Problem]]:
    """Like `yamlload.load_text`, but reads on after tabs and a syntax error."""
    problems = _tab_problems(text, path, line_offset)
    if problems:
        text = _untab(text)
    first_error: Problem | None = None
    builder = None
    removed: set[str | None] = set()  # keys of lines read as comments
    for _ in range(MAX_REPAIRS):
        try:
            builder = _parse(text, path, line_offset)
            break
        except yaml.MarkedYAMLError as err:
            mark = err.problem_mark or err.context_mark
            if "quoted scalar" in str(err.context) and err.context_mark:
                mark = err.context_mark
            lines = text.split("\n")
            index = mark.line if mark else 0
            column, message = (mark.column if mark else 0), _parser_message(err)
            unclosed = _unclosed_quote(lines, index)
            if unclosed is not None:  # a quote left open swallows the lines below it
                index, column = unclosed
                message = "YAML-fout: een aanhalingsteken is niet gesloten; zet er een aan het eind"
            elif "mapping values" in str(err.problem) and _indented_further(lines, index):
                column = len(lines[index]) - len(lines[index].lstrip())
                message = (
                    "YAML-fout: de inspringing klopt niet: deze regel staat verder in dan de "
                    "regel erboven (gebruik steeds twee spaties per niveau)"
                )
            if first_error is None:
                first_error = Problem(path, index + 1 + line_offset, column + 1, "", message)
            if index >= len(lines) or not lines[index].strip():
                index = max(i for i in range(min(index, len(lines) - 1) + 1) if lines[i].strip())
            lines[index] = _repair_line(lines[index])
            removed.add(_commented_key(lines[index]))
            text = "\n".join(lines)
        except yaml.YAMLError:
            break
    if first_error is not None:
        problems.append(first_error)
    if builder is None:
        if first_error is None:
            problems.append(
                Problem(path, 1, 1, "", "YAML-fout: het bestand kan niet gelezen worden")
            )
        return None, problems
    problems += builder.problems
    if builder.documents == 0 or builder.data is None:
        if first_error is None:
            problems.append(
                Problem(
                    path, 1 + line_offset, 1, "", "bestand is leeg; vul de verplichte velden in"
                )
            )
        return None, problems
    doc = Document(path, builder.data, builder.positions, builder.key_positions)
    doc.unread_keys = removed - {None}  # type: ignore[attr-defined]
    return doc, problems


def without_cascades(doc: Document, problems: list[Problem]) -> list[Problem]:
    """The schema's "verplicht veld ... ontbreekt" for a key on a line the syntax error made
    unreadable is not a second mistake: the syntax error is reported on that line."""
    unread = getattr(doc, "unread_keys", set())
    return [
        p
        for p in problems
        if not (p.message.startswith("verplicht veld '") and p.message.split("'")[1] in unread)
    ]


def load_bytes(raw: bytes, path: str) -> tuple[Document | None, list[Problem]]:
    text, problems = decode(raw, path)
    if text is None:
        return None, problems
    doc, found = load_text(text, path)
    return doc, problems + found


def refused(path: str) -> Problem:
    """A record file under a name that is not read: said, so it is not silently left out."""
    name = path.rsplit("/", 1)[-1].split(".", 1)[0]
    what = "gemeenten" if path.startswith("gemeenten/") else "aanbieders"
    return Problem(
        path,
        1,
        1,
        "",
        f"dit bestand wordt niet gelezen: {what} staan in bestanden die op .yaml eindigen; "
        f"hernoem het naar {name}.yaml",
    )
