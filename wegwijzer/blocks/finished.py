"""Generated pages whose body is finished HTML: what a site builder needs to know about them.

`components.page(..., html=True)` marks a page with the front matter `kant_en_klaar: true`:
its body is only raw HTML blocks, which Python-Markdown would parse and copy unchanged. The
MkDocs adapter hands such a body around Python-Markdown (and so around md_in_html, which
re-parses every raw block); a builder that ignores the flag converts it to the same HTML.

`search: exclude: true` (Material's own flag) keeps a page out of Material's site search. Of
the other pages, the search plugin is handed only the blocks worth finding: a block whose
first tag carries `data-search-exclude` (a provider's locations and services, long lists of
services, maps, the record footer) is left out, and so are `<script>` blocks (JSON-LD), which
Material skips anyway. Material honours the same attribute when it parses a whole page itself,
as with a builder that runs no hooks (there it skips only up to the first closing tag of the
same name, so such a build may index a little more).

The finished page's whole output (Material's template around the HTML) has no `<pre>` or
`<textarea>`, so `compact_whitespace` may fold each line break and the indentation after it
into one line break: the browser shows the page the same, and it is 4-5 KB smaller.

Nothing here knows MkDocs: the adapter calls these functions.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from html import unescape

FLAG = "kant_en_klaar"  # front matter: the body is finished HTML
_ID = re.compile(r'\sid="([^"]*)"')
_INDENT = re.compile(r"\n\s+")


def is_finished(meta: Mapping) -> bool:
    return meta.get(FLAG) is True


def html_of(body: str) -> str:
    """The page's HTML: the body as Python-Markdown would emit it (raw blocks, unchanged)."""
    return body.strip("\n")


def body_of(source: str) -> str:
    """The body of a page written by `components.page` (front matter of one-line values)."""
    if not source.startswith("---\n"):
        return source
    end = source.find("\n---\n", 3)
    return source if end < 0 else source[end + 5 :]


def anchor_ids(html: str) -> set[str]:
    """The `id`s in generated HTML (always double-quoted, escaped by `attr`): its anchors."""
    return {unescape(value) for value in _ID.findall(html)}


def search_html(meta: Mapping, html: str) -> str:
    """The part of a finished page that Material's site search should index."""
    search = meta.get("search")
    if isinstance(search, Mapping) and search.get("exclude"):
        return ""
    return "\n\n".join(part for part in html.split("\n\n") if _indexed(part))


def _indexed(part: str) -> bool:
    start = part[: part.find(">") + 1]
    return not (start.startswith("<script") or "data-search-exclude" in start)


def compact_whitespace(page: str) -> str:
    """A line break with the white space after it becomes one line break (see above)."""
    return _INDENT.sub("\n", page)
