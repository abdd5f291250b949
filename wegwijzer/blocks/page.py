"""A generated page and its parts, the same for every output: front matter, raw HTML blocks,
relative links between pages, Dutch dates and language names.

Reads nothing; emits text. Every generated page is a Markdown file whose body is raw HTML
blocks: `page()` adds the front matter and `block()` makes a fragment safe to put in Markdown
(starts at column 0, no blank lines inside). Links between generated pages are relative URLs
computed here for MkDocs' directory URLs (`aanbieders/x.md` is served as `aanbieders/x/`, see
`wegwijzer.urls`, which names every record page); MkDocs does not rewrite links inside raw
HTML.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from functools import lru_cache
from urllib.parse import quote

from .. import urls
from ..html import text
from . import finished

MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)


def page(
    body: list[str] | str,
    *,
    title: str,
    source: str | None = None,
    hide: str = "",
    html: bool = False,
    search: bool = True,
    **meta: str,
) -> str:
    """A Markdown page: front matter, then the body.

    MkDocs and Material put the front-matter `title` into `<title>` and the navigation
    without escaping, so it is HTML-escaped here; it is written as a JSON string, which YAML
    reads as a double-quoted scalar (no tags, no anchors, no type guessing).

    `html=True` says the body is only raw HTML blocks (`block()`): Python-Markdown would pass
    it through unchanged, so the MkDocs adapter skips the conversion (`finished.FLAG`; other
    builders ignore it and convert as usual, to the same HTML). `search=False` keeps the page
    out of Material's site search (`search: exclude: true`).
    """
    front = {"title": text(_printable(title))}
    if source:
        front["bron"] = source
    front.update({key: text(_printable(value)) for key, value in meta.items()})
    lines = ["---"]
    lines += [f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in front.items()]
    if hide:  # Material: hide the navigation and/or table of contents on this page
        lines.append("hide:")
        lines += [f"  - {item}" for item in hide.split()]
    if html:
        lines.append(f"{finished.FLAG}: true")
    if not search:
        lines += ["search:", "  exclude: true"]
    lines.append("---")
    parts = body if isinstance(body, list) else [body]
    content = "\n\n".join(p.strip("\n") for p in parts if p)
    return "\n".join(lines) + "\n\n" + (share_schedules(content) if html else content) + "\n"


_NU_OPEN = re.compile(
    r"<span class=\"nu-open\"(?P<soort> data-soort=\"lijn\")? data-rooster='(?P<rooster>[^']*)' hidden></span>"
)


def share_schedules(html: str) -> str:
    """Each "nu open" schedule that occurs more than once in a page is written once.

    The first element keeps the schedule and gets an id; the others say
    `data-rooster="#<id>"`, which nu-open.js reads as "the schedule of that element". A
    provider with 17 locations but 8 distinct opening hours saves 2.5 KB. Phone lines
    (`data-soort="lijn"`) share too: a service page repeats a line at each location.
    """
    repeated = {
        r for r, n in Counter(m.group("rooster") for m in _NU_OPEN.finditer(html)).items() if n > 1
    }
    if not repeated:
        return html
    ids: dict[str, str] = {}

    def one(match: re.Match) -> str:
        rooster, soort = match.group("rooster"), match.group("soort") or ""
        if rooster not in repeated:
            return match.group(0)
        if rooster in ids:
            return f'<span class="nu-open"{soort} data-rooster="#{ids[rooster]}" hidden></span>'
        ids[rooster] = f"ww-rooster-{len(ids) + 1}"
        return (
            f'<span class="nu-open" id="{ids[rooster]}"{soort} data-rooster=\'{rooster}\' '
            "hidden></span>"
        )

    return _NU_OPEN.sub(one, html)


def _printable(value: str) -> str:
    """One line of printable characters (YAML refuses control and some format characters)."""
    return " ".join("".join(ch if ch.isprintable() else " " for ch in str(value)).split())


def block(html: str) -> str:
    """Raw HTML that Python-Markdown passes through as one block: no blank lines inside."""
    return "\n".join(line for line in html.strip().splitlines() if line.strip())


@lru_cache(maxsize=65536)
def _url_parts(path: str) -> tuple[tuple[str, ...], bool]:
    """The percent-encoded segments of a path's site URL, and whether it is a folder."""
    target = urls.page(path)
    return tuple(part for part in target.split("/") if part), target == "" or target.endswith("/")


def href(from_path: str, to_path: str, anchor: str = "") -> str:
    """Relative URL from one generated page to another (segments percent-encoded).

    The same as `posixpath.relpath` between the two site URLs (with "./" for the page itself
    and a trailing "/" for a folder), without its cost: a national build makes some 360,000
    links.
    """
    here, _ = _url_parts(from_path)
    there, folder = _url_parts(to_path)
    shared, most = 0, min(len(here), len(there))
    while shared < most and here[shared] == there[shared]:
        shared += 1
    rest = there[shared:]
    up = "../" * (len(here) - shared)
    rel = up + "/".join(rest) + ("/" if folder else "") if rest else up or "./"
    return rel + (f"#{quote(anchor, safe='')}" if anchor else "")


def date_nl(day: dt.date) -> str:
    """5 oktober 2026."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


LANGUAGES = {
    "nl": "Nederlands",
    "en": "Engels",
    "de": "Duits",
    "fr": "Frans",
    "es": "Spaans",
    "pt": "Portugees",
    "it": "Italiaans",
    "pl": "Pools",
    "ro": "Roemeens",
    "bg": "Bulgaars",
    "uk": "Oekraïens",
    "ru": "Russisch",
    "tr": "Turks",
    "ar": "Arabisch",
    "fa": "Perzisch",
    "so": "Somalisch",
    "ti": "Tigrinya",
    "zh": "Chinees",
    "fy": "Fries",
}


def language_name(code: str) -> str:
    return LANGUAGES.get(code, code.upper())


def scroll(table: str) -> str:
    """A wide table that scrolls sideways on a phone, as Material does for Markdown tables."""
    return f'<div class="md-typeset__scrollwrap"><div class="md-typeset__table">{table}</div></div>'
