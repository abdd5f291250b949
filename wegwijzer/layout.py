"""Where a generated page's Markdown source is written: `X.md` becomes `X/index.md`.

Reads the `(path, content)` pairs the generators make (paths as the generators name them,
`aanbieders/x.md`) and emits the same pages at the paths every builder resolves alike
(`aanbieders/x/index.md`); other files pass unchanged. Why: the pages are raw HTML with links
relative to the page's URL (`aanbieders/x/`). MkDocs and ProperDocs leave raw HTML alone;
Zensical rewrites relative URLs in raw HTML relative to the source file (`aanbieders/`), which
breaks them. For `X/index.md` the source file's folder is the page's URL, so both rules give
the same link. The site URLs (`wegwijzer.urls`) stay the same.

Markdown links (`[tekst](pagina.md)` in the handbook and the open-data page) are resolved by
every builder relative to the source file; `rebase_markdown` rewrites the relative ones of a
moved page, and those pointing to a moved page, so they reach the same page as before.
Fenced code, code spans and raw HTML blocks are left alone.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Iterable, Iterator

from .blocks import finished

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:")
# `](target` of an inline link or image, and `[label]: target` of a link definition.
_INLINE = re.compile(r"(\]\(\s*)(<[^>\n]*>|[^\s)]+)")
_DEFINITION = re.compile(r"^( {0,3}\[[^\]\n]+\]:[ \t]*)(<[^>\n]*>|\S+)", re.MULTILINE)
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_CODE_SPAN = re.compile(r"(`+).+?\1")
_HTML_BLOCK = re.compile(r"^ {0,3}<")


def source_path(path: str) -> str:
    """`a/b.md` -> `a/b/index.md`; an `index.md` and any other file stay where they are."""
    if not path.endswith(".md") or path == "index.md" or path.endswith("/index.md"):
        return path
    return path[:-3] + "/index.md"


def moved_from(path: str) -> str | None:
    """The path a page at `path` was written at before this layout (`a/b/index.md` -> `a/b.md`)."""
    if path.endswith("/index.md"):
        return path[: -len("/index.md")] + ".md"
    return None


def iter_laid_out(files: Iterable[tuple[str, str | bytes]]) -> Iterator[tuple[str, str | bytes]]:
    """The generated files with every page at its `source_path` and its links rebased."""
    for path, content in files:
        yield lay_out(path, content)


def lay_out(path: str, content: str | bytes) -> tuple[str, str | bytes]:
    """One generated file at its path in this layout (pages: links rebased, `bron` added)."""
    if not path.endswith(".md") or not isinstance(content, str):
        return path, content
    if not _finished(content):
        front = _front_matter_end(content)
        content = content[:front] + rebase_markdown(path, content[front:])
    return source_path(path), with_source(content)


def with_source(page: str) -> str:
    """Every generated page names the file to edit (front matter `bron`, read by
    `overrides/partials/actions.html`); `bron: ""` says the page is made from many records.
    Without it a builder without hooks would offer to edit the generated Markdown."""
    if not page.startswith("---\n"):
        return '---\nbron: ""\n---\n\n' + page
    end = page.find("\n---\n", 3)
    if end >= 0 and (page.startswith("---\nbron:") or "\nbron:" in page[3:end]):
        return page
    return '---\nbron: ""\n' + page[4:]


def _front_matter_end(page: str) -> int:
    """Where the body starts: front matter (record text, e.g. a title) is not Markdown."""
    if not page.startswith("---\n"):
        return 0
    end = page.find("\n---\n", 3)
    return 0 if end < 0 else end + 5


def _finished(page: str) -> bool:
    """A finished page (`kant_en_klaar`) is raw HTML only: it has no Markdown links."""
    end = page.find("\n---\n", 3)
    return page.startswith("---\n") and f"\n{finished.FLAG}: true\n" in page[: end + 1]


def rebase_link(old_page: str, target: str) -> str:
    """A relative link written in `old_page`, as written in the page's new source path."""
    if not target or target.startswith(("#", "/", "?")) or _SCHEME.match(target):
        return target
    cut = min((i for i in (target.find("#"), target.find("?")) if i >= 0), default=len(target))
    path, rest = target[:cut], target[cut:]
    if not path:
        return target
    here = posixpath.dirname(old_page)
    resolved = posixpath.normpath(posixpath.join(here, path))
    if resolved.startswith("../"):
        return target  # outside the docs folder: not ours to move
    new_target = source_path(resolved) if resolved.endswith(".md") else resolved
    new_here = posixpath.dirname(source_path(old_page))
    if new_target == resolved and new_here == here:
        return target  # nothing moved: keep the editor's own spelling
    relative = posixpath.relpath(new_target, new_here or ".")
    if path.endswith("/") and not relative.endswith("/"):
        relative += "/"
    return relative + rest


def rebase_markdown(old_page: str, markdown: str) -> str:
    """Every relative Markdown link of a page, rebased for its new source path."""

    def link(match: re.Match) -> str:
        target = match.group(2)
        if target.startswith("<") and target.endswith(">"):
            return f"{match.group(1)}<{rebase_link(old_page, target[1:-1])}>"
        return match.group(1) + rebase_link(old_page, target)

    out, fence, raw, blank = [], None, False, True
    for line in markdown.split("\n"):
        opening = _FENCE.match(line)
        if fence is not None:
            if opening and opening.group(1)[0] == fence[0] and len(opening.group(1)) >= len(fence):
                fence = None
            out.append(line)
            continue
        if opening:
            fence = opening.group(1)
            out.append(line)
            continue
        # A raw HTML block (a line starting with "<" after a blank line, up to the next blank
        # line) is not Markdown: "[x](y)" there is text, often a record's, and stays as it is.
        if not line.strip():
            raw, blank = False, True
            out.append(line)
            continue
        if blank and _HTML_BLOCK.match(line):
            raw = True
        blank = False
        out.append(line if raw else _DEFINITION.sub(link, _outside_code(line, link)))
    return "\n".join(out)


def _outside_code(line: str, link) -> str:
    """Apply `link` to the inline links of one line, but not inside `code spans`."""
    if "](" not in line:
        return line
    parts, last = [], 0
    for span in _CODE_SPAN.finditer(line):
        parts.append(_INLINE.sub(link, line[last : span.start()]))
        parts.append(span.group(0))
        last = span.end()
    parts.append(_INLINE.sub(link, line[last:]))
    return "".join(parts)
