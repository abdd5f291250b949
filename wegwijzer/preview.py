"""The live preview (`make serve`) shows check errors on the page, not only in the terminal.

Reads the problems of a check and a rendered page; emits the page with a notice right after
`<body>` that lists every error as `bestand:regel:kolom: veld: bericht`, escaped as text.
Only the preview does this: `make site` and CI still fail on the first build with errors.
"""

from __future__ import annotations

import html
import re

from .records.problems import Problem, format_problems

_BODY = re.compile(r"<body\b[^>]*>", re.I)
STYLE = (
    "margin:0;padding:1rem;background:#fff3cd;color:#1a1a1a;border-bottom:4px solid #b00020;"
    "font:16px/1.5 system-ui,sans-serif"
)


def banner(errors: list[Problem]) -> str:
    count = len(errors)
    lines = format_problems(errors).split("\n")[:-1]  # the summary line is the heading here
    items = "".join(f"<li><code>{html.escape(line)}</code></li>" for line in lines)
    return (
        f'<div class="wegwijzer-fouten" role="alert" style="{STYLE}">'
        f"<p><strong>{count} {'fout' if count == 1 else 'fouten'} in de gegevens.</strong> "
        "Deze voorvertoning laat de bestanden met fouten weg; herstel ze en sla op.</p>"
        f'<ul style="margin:0;padding-left:1.5rem;overflow-wrap:anywhere">{items}</ul></div>'
    )


def insert(page: str, notice: str) -> str:
    match = _BODY.search(page)
    if not match:
        return page
    return page[: match.end()] + notice + page[match.end() :]
