"""The one error type of Wegwijzer and its three output formats.

Every check (YAML loader, schema, cross-record checks, handbook references)
returns `Problem` values; callers collect them all and fail once. Printed as
`path:line:col: field.path: bericht` (text), as GitHub workflow annotations,
or as JSON.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

ERROR = "fout"
WARNING = "waarschuwing"


@dataclass(frozen=True, order=True)
class Problem:
    path: str
    line: int
    col: int
    field: str
    message: str
    severity: str = ERROR

    @property
    def is_error(self) -> bool:
        return self.severity == ERROR

    def text(self) -> str:
        where = f"{_printable(self.path)}:{self.line}:{self.col}"
        field = f" {_printable(self.field)}:" if self.field else ""
        tag = "" if self.is_error else " (waarschuwing)"
        return f"{where}:{field}{tag} {_printable(self.message)}"

    def github(self) -> str:
        kind = "error" if self.is_error else "warning"
        # Workflow commands end at a newline; '%' starts an escape (GitHub's own encoding).
        msg = f"{self.field}: {self.message}" if self.field else self.message
        msg = msg.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
        path = self.path.replace("%", "%25").replace(",", "%2C").replace(":", "%3A")
        path = path.replace("\r", "%0D").replace("\n", "%0A")
        return f"::{kind} file={path},line={self.line},col={self.col}::{msg}"


def _printable(value: str) -> str:
    """No terminal control characters from file names or quoted values in a report line."""
    return "".join(ch if ch.isprintable() else f"\\x{ord(ch):02x}" for ch in value)


def sort_problems(problems: list[Problem]) -> list[Problem]:
    return sorted(set(problems), key=lambda p: (p.path, p.line, p.col, p.field, p.message))


def format_problems(problems: list[Problem], fmt: str = "text") -> str:
    problems = sort_problems(problems)
    if fmt == "json":
        return json.dumps([asdict(p) for p in problems], ensure_ascii=False, indent=2)
    lines = [p.github() if fmt == "github" else p.text() for p in problems]
    if fmt == "text":
        lines.append(summary(problems))
    return "\n".join(lines)


def summary(problems: list[Problem]) -> str:
    errors = sum(p.is_error for p in problems)
    warnings = len(problems) - errors
    if not problems:
        return "Geen problemen gevonden."
    parts = []
    if errors:
        parts.append(f"{errors} {'fout' if errors == 1 else 'fouten'}")
    if warnings:
        parts.append(f"{warnings} {'waarschuwing' if warnings == 1 else 'waarschuwingen'}")
    return " en ".join(parts) + " gevonden."
