"""Raw HTML and unsafe links in record text: errors, so what is published is what was written.

Reads a loaded record (a provider file or a municipality's front matter) and emits a
`Problem` for every text value that holds an HTML tag, comment or declaration (record text
is plain text or Markdown; the site would drop the tag, and the API and HSDS export would
carry it raw), and for every Markdown link or image whose scheme is outside the handbook
check's allowlist (`handbook_safety`: http, https, mailto, tel; images http(s) only). The
place is the line and column of the value, moved to the offending text where the value is
written on one line.
"""

from __future__ import annotations

import re
from functools import cache

import markdown

from . import handbook_safety
from .problems import Problem
from .yamlload import Document, field_path, strings

_TAG = re.compile(r"<(/?[A-Za-z][\w:-]*|!--|!\[?[A-Za-z\[]*|\?)")
TAG_MESSAGE = (
    "HTML-code ({tag}) is niet toegestaan in de gegevens; schrijf gewone tekst of Markdown "
    "(**vet**, [tekst](https://...))"
)


@cache
def _markdown() -> markdown.Markdown:
    return markdown.Markdown(extensions=list(handbook_safety.MKDOCS_BUILTINS))


def _where(doc: Document, path: tuple, text: str, needle: str) -> tuple[int, int]:
    line, col = doc.where(path)
    offset = text.find(needle)
    if "\n" not in text and offset >= 0:
        # A plain or quoted scalar on one line: the needle sits `offset` characters further
        # (one more for the opening quote of a quoted value; close enough to jump to).
        col += offset
    return line, col


def problems(doc: Document) -> list[Problem]:
    out = []
    for path, text in strings(doc.data, ()):
        if "<" not in text and "](" not in text and "]:" not in text:
            continue
        name = field_path(path)
        match = _TAG.search(text)
        if match:
            tag = "<" + match.group(1) + (">" if match.group(1)[:1].isalpha() else "")
            line, col = _where(doc, path, text, match.group(0))
            out.append(Problem(doc.path, line, col, name, TAG_MESSAGE.format(tag=tag)))
            continue
        scan = handbook_safety._Scan()
        scan.feed(_markdown().reset().convert(text))
        scan.close()
        for _kind, message, needles in scan.found:
            needle = next((n for n in needles if isinstance(n, str)), "")
            line, col = _where(doc, path, text, needle)
            out.append(Problem(doc.path, line, col, name, message))
    return out
