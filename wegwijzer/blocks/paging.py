"""A long list over several pages, each under a size budget, all reachable without JavaScript.

Reads a list of entries (escaped HTML, each with the heading of its group) and emits the
entries of each page, the docs path of each page and the page links. Used by every overview
that grows with the data: at national scale an age-group page listed 12,000 services in
5.7 MB of HTML and the overview map 10,000 locations in 6 MB, too much for a phone; the
issue's budget is 1 MB of HTML per page.

Pages are cut by size, not by count: an entry's size differs per list (a CJG location with
its opening hours is ten times a provider's line), and a budget in bytes holds for all of
them. Page 1 keeps the list's own URL, so every link to the list stays right; page n of
`x.md` is `x/n.md` (URL `x/n/`), of `dir/index.md` it is `dir/lijst/n.md`. A group that
runs over a page break repeats its heading on the next page with "(vervolg)".
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import groupby

from ..html import attr, text
from .page import href

# Bytes of list HTML per page. Material's page around it adds about 15 KB; Python-Markdown
# does not touch raw HTML blocks, so the page stays well under the 1 MB budget.
BUDGET = 400_000


@dataclass(frozen=True)
class Entry:
    """One entry of the list. `html` is the entry as rendered on page 1, to measure it: the
    links of a deeper page are a few bytes longer, so the caller renders each page again
    from `item` with that page's own path (the budget leaves room for it)."""

    html: str
    label: str  # plain text naming the entry, for the page's range ("Aa – Ge")
    group: str = ""  # plain text heading of its group ("" = no groups)
    item: object = None


@dataclass(frozen=True)
class Part:
    """One page of the list: its docs path, number, and entries grouped for rendering."""

    source: str
    number: int
    total: int
    entries: tuple[Entry, ...]

    def groups(self, previous_group: str | None) -> list[tuple[str, bool, list[Entry]]]:
        """(heading, continued from the page before, entries) per group on this page."""
        out = []
        for heading, members in groupby(self.entries, key=lambda e: e.group):
            continued = not out and heading == previous_group
            out.append((heading, continued, list(members)))
        return out

    @property
    def range_label(self) -> str:
        first, last = self.entries[0].label, self.entries[-1].label
        return first if first == last else f"{first} – {last}"


def page_source(source: str, number: int) -> str:
    """Docs path of page `number` of the list whose first page is `source`."""
    if number == 1:
        return source
    if source == "index.md" or source.endswith("/index.md"):
        return f"{source[: -len('index.md')]}lijst/{number}.md"
    return f"{source.removesuffix('.md')}/{number}.md"


def split(source: str, entries: list[Entry], budget: int | None = None) -> list[Part]:
    """The entries over pages of at most `budget` bytes (default `BUDGET`; an entry bigger
    than that gets a page of its own); always at least one page, possibly empty."""
    budget = budget or BUDGET
    chunks: list[list[Entry]] = [[]]
    size = 0
    for entry in entries:
        cost = len(entry.html) + len(entry.group)
        if chunks[-1] and size + cost > budget:
            chunks.append([])
            size = 0
        chunks[-1].append(entry)
        size += cost
    total = len(chunks)
    return [
        Part(page_source(source, n), n, total, tuple(chunk))
        for n, chunk in enumerate(chunks, start=1)
    ]


def previous_groups(parts: list[Part]) -> list[str | None]:
    """For each page, the group of the last entry on the page before (None on page 1)."""
    out: list[str | None] = [None]
    for part in parts[:-1]:
        out.append(part.entries[-1].group if part.entries else None)
    return out


def navigation(parts: list[Part], current: Part, what: str) -> str:
    """Links to every page of the list, the current one marked; "" for a one-page list."""
    if len(parts) < 2:
        return ""
    items = []
    for part in parts:
        label = f"{part.number}: {text(part.range_label)}" if part.entries else str(part.number)
        if part is current:
            items.append(f'<li><span aria-current="page">{label}</span></li>')
        else:
            items.append(
                f'<li><a href="{attr(href(current.source, part.source))}">{label}</a></li>'
            )
    return (
        f'<nav class="ww-paginas" aria-label="{attr(what)}: pagina\'s">'
        f"<p>{text(what)} staat op {len(parts)} pagina's. Dit is pagina {current.number}.</p>"
        f"<ul>{''.join(items)}</ul></nav>"
    )
