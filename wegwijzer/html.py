"""Escaping for every output context: HTML text, attributes, URLs, JSON in `<script>`.

Every record field is untrusted text from a pull request. Generators build
HTML only through these functions: `text()` and `attr()` for HTML, `url()`
(only http(s):, mailto: and tel: survive), `script_json()` for data inside
`<script>`, `markdown()` for descriptions (rendered, then sanitised with an
allowlist by nh3).
"""

from __future__ import annotations

import html as _html
import json
from typing import Any
from urllib.parse import quote, urlsplit

import markdown as _markdown
import nh3

SAFE_SCHEMES = {"http", "https", "mailto", "tel"}
_ALLOWED_TAGS = {"p", "br", "strong", "em", "b", "i", "ul", "ol", "li", "a", "blockquote"}
_ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}


def text(value: Any) -> str:
    """Text inside an element; also safe inside a quoted attribute."""
    return _html.escape("" if value is None else str(value), quote=True)


attr = text


def url(value: str | None) -> str | None:
    """The URL if its scheme is allowed and it has no control characters, else None."""
    if not value:
        return None
    value = value.strip()
    if any(ord(ch) < 32 or ch in "<>\"'`\\" for ch in value):
        return None
    try:
        scheme = urlsplit(value).scheme.lower()
    except ValueError:
        return None
    return value if scheme in SAFE_SCHEMES else None


def mailto(address: str | None) -> str | None:
    if not address or any(ch in address for ch in "<>\"'`\\?&") or "@" not in address:
        return None
    return "mailto:" + quote(address, safe="@.+-_")


def link(href: str | None, label: str, **attrs: str) -> str:
    """`<a>` when the URL is allowed, otherwise only the (escaped) label."""
    safe = url(href)
    if not safe:
        return text(label)
    extra = "".join(f' {k.rstrip("_").replace("_", "-")}="{attr(v)}"' for k, v in attrs.items())
    return f'<a href="{attr(safe)}"{extra}>{text(label)}</a>'


def script_json(data: Any) -> str:
    """JSON that cannot close its `<script>` element or open a comment or CDATA section."""
    raw = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return (
        raw.replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


_PARSER = _markdown.Markdown(extensions=["sane_lists"], output_format="html")


def _render(source: str) -> str:
    # One parser reused (building one per call costs more than the conversion itself).
    return _PARSER.reset().convert(source)


def markdown(source: str) -> str:
    """Editor Markdown to sanitised HTML: no raw HTML, scripts, handlers or unsafe links."""
    rendered = _render(source)
    return nh3.clean(
        rendered,
        tags=_ALLOWED_TAGS,
        attributes=_ALLOWED_ATTRIBUTES,
        url_schemes=SAFE_SCHEMES,
        link_rel="noopener nofollow",
    )


_PAGE_PARSER = _markdown.Markdown(extensions=["sane_lists", "tables", "toc"], output_format="html")
_PAGE_TAGS = _ALLOWED_TAGS | {
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "code",
    "pre",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "dl",
    "dt",
    "dd",
}


def markdown_page(source: str) -> str:
    """Longer editor Markdown (a municipality's page text): headings and tables too, sanitised
    with the same allowlist approach; never raw HTML, scripts or unsafe links."""
    rendered = _PAGE_PARSER.reset().convert(source)
    headings = {f"h{n}": {"id"} for n in range(2, 7)}  # anchors for the table of contents
    return nh3.clean(
        rendered,
        tags=_PAGE_TAGS,
        attributes={**_ALLOWED_ATTRIBUTES, **headings},
        url_schemes=SAFE_SCHEMES,
        link_rel="noopener nofollow",
    )


def markdown_text(source: str) -> str:
    """Markdown reduced to plain text (for summaries, search and meta descriptions)."""
    cleaned = nh3.clean(_render(source), tags=set())
    return " ".join(_html.unescape(cleaned).split())
