"""argparse in Dutch: the messages an editor sees when a `wegwijzer` command is mistyped.

Reads nothing; emits an `ArgumentParser` whose usage line, headings, help option and error
messages are Dutch (argparse itself only speaks English unless a translation is installed
for the whole process, which a library should not do).
"""

from __future__ import annotations

import argparse
import re
import sys
from typing import NoReturn

_ERRORS = [
    (r"the following arguments are required: (.*)", r"deze gegevens ontbreken: \1"),
    (
        r"argument (.*?): invalid choice: '?(.*?)'? \(choose from (.*)\)",
        r"argument \1: '\2' kan niet; kies uit \3",
    ),
    (r"unrecognized arguments: (.*)", r"onbekend: \1"),
    (r"argument (.*?): expected one argument", r"argument \1: hier hoort één waarde achter"),
    (r"argument (.*?): invalid (.*?) value: (.*)", r"argument \1: ongeldige waarde \3"),
    (r"argument (.*?): (.*)", r"argument \1: \2"),
]


def dutch(message: str) -> str:
    for pattern, replacement in _ERRORS:
        if re.fullmatch(pattern, message):
            return re.sub(pattern, replacement, message)
    return message


class DutchParser(argparse.ArgumentParser):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("add_help", False)
        super().__init__(*args, **kwargs)
        self._positionals.title = "argumenten"
        self._optionals.title = "opties"
        self.add_argument("-h", "--help", action="help", help="toon deze hulp en stop")

    def format_usage(self) -> str:
        return re.sub(r"^usage: ", "gebruik: ", super().format_usage())

    def format_help(self) -> str:
        return re.sub(r"^usage: ", "gebruik: ", super().format_help())

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: fout: {dutch(message)}\n")
