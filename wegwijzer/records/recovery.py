"""Reading on after a file's first mistake, so one run shows every problem of every file.

Reads the bytes of a record file (or a Markdown page with front matter) and emits a
`Document` plus every `Problem`, like `yamlload.load_bytes`, but a tab, a byte that is not
UTF-8, a YAML syntax error or a front matter without its closing `---` is reported and then
neutralised, and the file is read again:

- a byte that is not UTF-8 becomes U+FFFD (reported once per line);
- a tab in the indentation becomes the indentation of the line above (reported per line);
- a line the YAML parser stops at is repaired the way the message advises (its value put
  between quotes) or, when that does not help, read as a comment; only the first syntax
  error of a file is reported, because what follows a broken line is guesswork;
- a page whose front matter has no closing `---` is read up to the first line that is
  clearly Markdown text, and that line is named.

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
_YAML_LINE = re.compile(r"^(?:\s|#|-\s|-$|[^\s:#][^:]*:(?:\s|$))")


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
    if match:
        value = match["value"]
        if value[0] in "\"'" and not value.endswith(value[0]):
            value = value[1:]
        quoted = json.dumps(value, ensure_ascii=False)
        fixed = f"{match['lead']}{match['key']}: {quoted}"
        if fixed != line:
            return fixed
    indent = len(line) - len(line.lstrip())
    return line[:indent] + "#" + line[indent:]


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
    for _ in range(MAX_REPAIRS):
        try:
            builder = _parse(text, path, line_offset)
            break
        except yaml.MarkedYAMLError as err:
            mark = err.problem_mark or err.context_mark
            if "quoted scalar" in str(err.context) and err.context_mark:
                mark = err.context_mark
            line, col = (mark.line + 1 + line_offset, mark.column + 1) if mark else (1, 1)
            if first_error is None:
                first_error = Problem(path, line, col, "", _parser_message(err))
            lines = text.split("\n")
            index = mark.line if mark else 0
            if index >= len(lines) or not lines[index].strip():
                index = max(i for i in range(min(index, len(lines) - 1) + 1) if lines[i].strip())
            lines[index] = _repair_line(lines[index])
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
    return Document(path, builder.data, builder.positions, builder.key_positions), problems


def load_bytes(raw: bytes, path: str) -> tuple[Document | None, list[Problem]]:
    text, problems = decode(raw, path)
    if text is None:
        return None, problems
    doc, found = load_text(text, path)
    return doc, problems + found


def load_page(raw: bytes, path: str) -> tuple[Document | None, str, list[Problem]]:
    """A Markdown page: (front matter as a Document, body, problems)."""
    text, problems = decode(raw, path)
    if text is None:
        return None, "", problems
    lines = text.split("\n")
    if not lines or lines[0].rstrip("\r") != "---":
        return (
            None,
            "",
            problems
            + [
                Problem(
                    path,
                    1,
                    1,
                    "",
                    "de pagina begint niet met voorwerk: zet op de eerste regel '---', daaronder "
                    "de gegevens en daaronder weer een regel '---'",
                )
            ],
        )
    end = next((i for i in range(1, len(lines)) if lines[i].rstrip("\r") in ("---", "...")), None)
    if end is None:
        # No closing line: the front matter ends where Markdown text clearly begins.
        end = next(
            (
                i
                for i in range(1, len(lines))
                if lines[i].strip() and not _YAML_LINE.match(lines[i])
            ),
            len(lines),
        )
        problems.append(
            Problem(
                path,
                end + 1,
                1,
                "",
                "het voorwerk is niet afgesloten: zet een regel '---' onder de gegevens, "
                "vóór de tekst van de pagina",
            )
        )
        body = "\n".join(lines[end:])
    else:
        body = "\n".join(lines[end + 1 :])
    doc, found = load_text("\n".join(lines[1:end]) + "\n", path, line_offset=1)
    return doc, body, problems + found


def refused(path: str) -> Problem:
    """A record file under a name that is not read: said, so it is not silently left out."""
    name = path.rsplit("/", 1)[-1].split(".", 1)[0]
    return Problem(
        path,
        1,
        1,
        "",
        f"dit bestand wordt niet gelezen: aanbieders staan in bestanden die op .yaml eindigen; "
        f"hernoem het naar {name}.yaml",
    )
