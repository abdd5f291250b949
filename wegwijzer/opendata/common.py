"""How the open data writes JSON, and under which licence.

Every open-data generator works from one selection of the records
(`wegwijzer.records.published.select`), so the JSON API, the HSDS export and the CSV files
always agree. `dump()` writes JSON with sorted keys and `zipped()` a zip with fixed dates,
so two builds give the same bytes.
"""

from __future__ import annotations

import io
import json
import zipfile
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from ..html import markdown_text

Files = dict[str, str | bytes]

# Licences an editor can choose in mkdocs.yml (extra.wegwijzer.data_licentie).
LICENCES = {
    "CC0-1.0": {
        "id": "CC0-1.0",
        "name": "CC0 1.0 Universeel (publiek domein)",
        "url": "https://creativecommons.org/publicdomain/zero/1.0/deed.nl",
    },
    "CC-BY-4.0": {
        "id": "CC-BY-4.0",
        "name": "Creative Commons Naamsvermelding 4.0 Internationaal",
        "url": "https://creativecommons.org/licenses/by/4.0/deed.nl",
    },
}
DEFAULT_LICENCE = "CC0-1.0"


def licence(extra: dict | None) -> dict[str, str]:
    """The data licence configured in `extra.wegwijzer.data_licentie` (default CC0-1.0)."""
    key = (extra or {}).get("data_licentie") or DEFAULT_LICENCE
    if key not in LICENCES:
        raise ValueError(
            f"extra.wegwijzer.data_licentie: '{key}' is onbekend; kies uit {', '.join(LICENCES)}"
        )
    return LICENCES[key]


_MARKDOWN = set("*_`[]<>&\\!#|~=") | {"\n", "\r"}


@lru_cache(maxsize=65536)
def plain_text(source: str) -> str:
    """A Markdown description as plain text (`html.markdown_text`), fast for plain lines.

    One line without a character that Markdown reads, and not starting like a list, is
    already plain text: collapsing its spaces gives what Markdown + sanitiser would give,
    at a hundredth of the cost (the export turns every description into text).
    """
    head = source.lstrip()[:3]
    if _MARKDOWN.isdisjoint(source) and not (
        head[:1] in ("-", "+") or (head[:1].isdigit() and "." in head) or "  " in source
    ):
        return " ".join(source.split())
    return markdown_text(source)


def dump(data: Any, pretty: bool = False) -> str:
    """Deterministic JSON (sorted keys, UTF-8 text, newline at the end)."""
    if pretty:
        return json.dumps(data, ensure_ascii=False, sort_keys=True, indent=2) + "\n"
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")) + "\n"


def zipped(members: Iterable[tuple[str, str]], today: str) -> bytes:
    """A deterministic zip of these (name, text) files (UTF-8), made one at a time so that
    only one table is held as text at once: entries in the given order, dated
    `today` (the build date), rw-r--r--, deflated at zlib's default level (level 9 took
    1.5 s more per national build for 1 % smaller files)."""
    year, month, day = (int(part) for part in today.split("-"))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in members:
            info = zipfile.ZipInfo(name, date_time=(year, month, day, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            archive.writestr(info, text.encode(), compresslevel=6)
    return buffer.getvalue()
