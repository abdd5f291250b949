"""Blocks of Material's page template that many pages share, rendered once.

Material renders the navigation sidebar, the table of contents, the stylesheet and script
tags, its `__config` script and the footer for every page. For a page outside the
navigation (the thousands of record pages) with an empty table of contents, no menu item is
active, there is no toc and no previous or next page, so these blocks depend only on the
relative URLs seen from the page (MkDocs shortens `../../gemeenten/` to `../` on a page
under `gemeenten/`) and on its `hide:` front matter. Those are fixed by the page's folder
depth and by how many leading folders it shares with each menu item and with `assets/`: the
cache key. `overrides/main.html` wraps those blocks in `wegwijzer_cached(name, key)`; pages
in the navigation, and pages with a table of contents, get no key and are rendered as
usual. The header differs between such pages only in the page's title: `titled` renders it
once per key around a placeholder title and puts each page's title in its place, exactly
the text Material's `{{ page.meta.title }}` prints. Nothing here imports MkDocs: the adapter
installs it.
"""

from __future__ import annotations

from collections.abc import Callable
from types import SimpleNamespace

# Stands for the page title while a shared header is rendered; no title can contain it.
TITLE = "\ue000wegwijzer-paginatitel\ue000"


def _parts(url: str) -> tuple[str, ...]:
    return tuple(part for part in url.split("/") if part)


def _shared(a: tuple[str, ...], b: tuple[str, ...]) -> int:
    n = 0
    for x, y in zip(a, b):  # noqa: B905 - different lengths on purpose
        if x != y:
            break
        n += 1
    return n


class BlockCache:
    def __init__(self) -> None:
        self._html: dict[tuple, str] = {}
        self._targets: tuple[tuple[str, ...], ...] | None = None

    def key(self, page, nav, base_url: str) -> tuple | None:
        """The cache key of a page's shared blocks, or None when they must be rendered."""
        if page is None or nav is None or len(page.toc or ()) > 0:
            return None
        if any(item is page for item in nav.pages):
            return None
        if self._targets is None:
            self._targets = (("assets",), *(_parts(item.url) for item in nav.pages))
        parts = _parts(page.url)
        hide = page.meta.get("hide") if isinstance(page.meta, dict) else None
        return (
            base_url,
            len(parts),
            tuple(_shared(parts, target) for target in self._targets),
            tuple(hide) if isinstance(hide, list) else hide,
        )

    def render(self, name: str, key: tuple | None, caller) -> str:
        """`{% call wegwijzer_cached(name, key) %}`: the block's HTML, rendered once per key."""
        if key is None:
            return caller()
        html = self._html.get((name, key))
        if html is None:
            html = self._html[name, key] = caller()
        return html

    def titled(self, name: str, key: tuple | None, page, caller: Callable[[object], str]) -> str:
        """A block that shows the page's title (Material's header), rendered once per key.

        `{% call(stand_in) wegwijzer_titled(name, key, page) %}`: `caller(page)` renders the
        block for a page; on a cache miss it gets a stand-in with the page's URL (relative
        links) and the placeholder title.
        """
        if key is None:
            return caller(page)
        html = self._html.get((name, key))
        if html is None:
            stand_in = SimpleNamespace(url=page.url, meta={"title": TITLE}, title=TITLE)
            html = caller(stand_in)
            # A template that shows the title twice or not at all: render every page fully.
            html = self._html[name, key] = html if html.count(TITLE) == 1 else ""
        if not html:
            return caller(page)
        title = page.meta.get("title") if page.meta else None
        return html.replace(TITLE, str(title or page.title))
