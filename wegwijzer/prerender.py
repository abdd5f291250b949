"""Finished record pages rendered outside the site builder's serial page loop, on two cores.

Reads the generated Markdown of the finished pages outside the navigation (front matter
`kant_en_klaar`, see `blocks.finished`: the service, provider and route pages, 99 % of a
national site) and writes their HTML, as the page template would: `Prerenderer.page(page)`
gives the page's HTML, `write_all` writes them all, half in a forked copy (`parallel.both`).
Nothing here imports MkDocs: the adapter hands in how to read a page (`load`) and how its
template renders one (`render`, Material's `main.html` through MkDocs' own context).

Why it is fast: such pages differ in their frame only in a few values (title, description,
canonical and edit URL, the body) and in relative links that depend on the folder alone
(`theme_cache.BlockCache.key`). So the template renders one *prototype* per kind of page, with
a probe in place of every text value: a string that shows as a numbered marker around a
sample with `<`, `&` and quotes. Where a probe lands in the output, and what the sample became
there (unchanged, escaped, tags stripped), says how to put each page's own value in that
place; the rest of the prototype is literal text. A probe also answers every question the
template asks about the value (`"<h1" in page.content`) as the real page would and notes it:
a page reuses a prototype only when it gives the same answers. What the probes cannot
explain (a value cut, changed by another filter, a method called on it, the page's own URL
in the output) makes that kind of page render fully through the template instead, so a
template change can make the build slower but never make a page wrong. Each prototype is
also checked against the full rendering of the first two pages that use it and of every
500th; a difference stops the build. What no check sees: a filter that changes only a text
that is in neither the sample nor those pages (say `replace("foo", "bar")`); the test that
builds the sample and a hostile site both ways and compares every byte guards the templates
the site has.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from pathlib import Path

from markupsafe import Markup, escape

from . import preview
from .blocks import finished
from .parallel import both

# A probe shows as OPEN number MID sample CLOSE; no record text contains these characters
# (a page whose text does is rendered fully).
OPEN, MID, CLOSE = "\ue010", "\ue011", "\ue012"
# Every printable ASCII character, words that filters look for, white space, non-ASCII and
# length: a filter that changes any of these (replace, upper, truncate) is seen as unknown.
SAMPLE = (
    "<i>a&amp;b\"c'd</i> " + "".join(chr(c) for c in range(33, 127)) + " edit blob raw view "
    "https://x.nl/a?b=1&c=2#d mailto:a@b.nl  twee  spaties\tTab\nregel Één café 😀\u00a0."
) * 3  # no white space at either end: striptags would drop it there, not inside a page
_PROBE = re.compile(f"{OPEN}(\\d+){MID}(.*?){CLOSE}", re.DOTALL)
_MARKERS = re.compile(f"[{OPEN}{MID}{CLOSE}]")
# What the template may do to a value it prints; told apart by what the sample becomes.
TRANSFORMS: dict[str, Callable[[str], str]] = {
    "raw": str,
    "escaped": lambda text: str(escape(text)),
    "striptags": lambda text: Markup(text).striptags(),
}
# Page attributes that differ per page and are printed as text.
ATTRIBUTES = ("canonical_url", "abs_url", "edit_url")

assert len(set(t(SAMPLE) for t in TRANSFORMS.values())) == len(TRANSFORMS)


class Probe(str):
    """A text value that prints as its marker and answers questions as the real value."""

    def __new__(cls, shown: str, real: str, field: tuple, notes: list):
        probe = super().__new__(cls, shown)
        probe._real, probe._field, probe._notes = real, field, notes
        return probe

    def __contains__(self, needle):
        answer = needle in self._real
        self._notes.append((self._field, "in", needle, answer))
        return answer

    def __eq__(self, other):
        answer = self._real == other
        self._notes.append((self._field, "eq", other, answer))
        return answer

    def __ne__(self, other):
        return not self.__eq__(other)

    __hash__ = str.__hash__

    def __bool__(self):
        return bool(self._real)  # only non-empty values are probed: the same answer

    def __len__(self):
        self._notes.append((self._field, "unsafe", "len", None))
        return len(self._real)

    def __getattribute__(self, name):
        # A str method (replace, lower, encode for urlencode, ...) would work on the marker,
        # not on the value: that kind of page is rendered fully.
        if not name.startswith("_"):
            object.__getattribute__(self, "_notes").append(
                (object.__getattribute__(self, "_field"), "unsafe", name, None)
            )
        return object.__getattribute__(self, name)


class Prototype:
    """One kind of page: literal text with numbered slots, or `None` chunks (render fully)."""

    def __init__(self, conditions: tuple, chunks: list | None, fields: list) -> None:
        self.conditions = conditions  # ((field, op, argument, answer), ...)
        self.chunks = chunks  # [literal, (field index, transform), literal, ...]
        self.fields = fields
        self.checked = 0  # pages filled from it

    def applies(self, values: dict) -> bool:
        for field, op, argument, answer in self.conditions:
            value = values[field]
            if op == "in" and (argument in value) != answer:
                return False
            if op == "eq" and (value == argument) != answer:
                return False
        return True

    def fill(self, values: dict) -> str:
        """The page with its values in the slots, its white space compacted as
        `finished.compact_whitespace` does to the whole page (see `_compacted`)."""
        out = []
        for chunk in self.chunks:
            if isinstance(chunk, str):
                out.append(chunk)
            else:
                index, transform = chunk
                out.append(TRANSFORMS[transform](values[self.fields[index]]))
        return _compacted(out, self._compact)

    @property
    def chunks(self) -> list | None:
        return self._chunks

    @chunks.setter
    def chunks(self, chunks: list | None) -> None:
        self._chunks = chunks
        # The literal text compacted once, not again on every page.
        self._compact = {
            c: finished.compact_whitespace(c) for c in chunks or () if isinstance(c, str)
        }


def _compacted(pieces: list[str], known: dict[str, str]) -> str:
    """`compact_whitespace("".join(pieces))`, compacting piece by piece: the same unless white
    space runs across the border of two pieces, and then the whole page is compacted."""
    pieces = [piece for piece in pieces if piece]
    for left, right in zip(pieces, pieces[1:]):  # noqa: B905 - neighbours
        if left[-1].isspace() and right[0].isspace():
            return finished.compact_whitespace("".join(pieces))
    return "".join(
        known[piece] if piece in known else finished.compact_whitespace(piece) for piece in pieces
    )


class Prerenderer:
    """`page(p)`: a finished page's HTML, from a prototype when one applies.

    `load(page)` reads the page (sets meta, content, toc as the page loop would) and returns
    `(meta, html)`; `render(page)` renders its template; `key(page)` is the page's kind of
    place (`BlockCache.key`) or `None` to render it fully; `banner` is the preview's.
    """

    def __init__(self, load, render, key, banner: str | None = None) -> None:
        self._load, self._render, self._key = load, render, key
        self._banner = banner
        self._prototypes: dict[tuple, list[Prototype]] = {}
        self.counts = {"prototype": 0, "full": 0, "filled": 0}

    def page(self, page) -> str:
        meta, html = self._load(page)
        values = _values(page, meta, html)
        kind = self._kind(page, meta, values)
        output = None
        if kind is not None:
            candidates = self._prototypes.setdefault(kind, [])
            prototype = next((p for p in candidates if p.applies(values)), None)
            if prototype is None:
                prototype = self._prototype(page, meta, html, values)
                candidates.append(prototype)
                self.counts["prototype"] += 1
            if prototype.chunks is not None:
                output = prototype.fill(values)
                self.counts["filled"] += 1
                prototype.checked += 1
                # The first two pages and every 500th: the template's own result.
                if prototype.checked <= 2 or prototype.checked % 500 == 0:
                    full = finished.compact_whitespace(self._render(page))
                    if full != output:
                        raise RuntimeError(_difference(page, full, output))
        if output is None:
            output = finished.compact_whitespace(self._render(page))
            self.counts["full"] += 1
        if self._banner:
            output = preview.insert(output, self._banner)
        return output

    def _kind(self, page, meta, values) -> tuple | None:
        place = self._key(page)
        if place is None or not isinstance(meta.get("title"), str):
            return None
        if any(_MARKERS.search(value) for value in values.values()):
            return None
        shape = tuple(
            sorted(
                (k, type(v).__name__, bool(v) if isinstance(v, str) else repr(v))
                for k, v in meta.items()
            )
        )
        attributes = tuple(bool(getattr(page, name, None)) for name in ATTRIBUTES)
        return place, shape, attributes

    def _prototype(self, page, meta, html, values) -> Prototype:
        notes: list = []
        fields = sorted(values)

        def probe(field, real):
            shown = f"{OPEN}{fields.index(field)}{MID}{SAMPLE}{CLOSE}"
            return Probe(shown, real, field, notes)

        saved = page.meta, page.content, {a: getattr(page, a, None) for a in ATTRIBUTES}
        page.meta = {
            k: probe(("meta", k), v) if ("meta", k) in values else v for k, v in meta.items()
        }
        page.content = probe(("content",), html)
        for name in ATTRIBUTES:
            if ("attr", name) in values:
                setattr(page, name, probe(("attr", name), values["attr", name]))
        try:
            output = self._render(page)
        finally:
            page.meta, page.content = saved[0], saved[1]
            for name, value in saved[2].items():
                setattr(page, name, value)
        conditions = tuple((f, op, arg, ans) for f, op, arg, ans in notes if op != "unsafe")
        if any(op == "unsafe" for _, op, _, _ in notes):
            return Prototype(conditions, None, fields)
        return Prototype(conditions, _chunks(output, page), fields)


def _values(page, meta, html) -> dict:
    """The page's own text values, by field: each non-empty text of the front matter, the
    body and the per-page URLs."""
    values = {("meta", k): v for k, v in meta.items() if isinstance(v, str) and v}
    values["content",] = html
    for name in ATTRIBUTES:
        value = getattr(page, name, None)
        if isinstance(value, str) and value:
            values["attr", name] = value
    return values


def _chunks(output: str, page) -> list | None:
    """The prototype as literal text and slots, or None when the probes do not explain it."""
    chunks: list = []
    last = 0
    for match in _PROBE.finditer(output):
        transform = next((n for n, t in TRANSFORMS.items() if t(SAMPLE) == match.group(2)), None)
        if transform is None:
            return None
        chunks.append(output[last : match.start()])
        chunks.append((int(match.group(1)), transform))
        last = match.end()
    chunks.append(output[last:])
    literal = "".join(c for c in chunks if isinstance(c, str))
    if _MARKERS.search(literal):
        return None  # a probe cut or changed beyond recognition
    # The page's own address in the literal text would be wrong on every other page.
    own = [page.url, page.file.src_uri] if page.url else [page.file.src_uri]
    if any(text and text in literal for text in own):
        return None
    return chunks


def _difference(page, full: str, filled: str) -> str:
    at = next((i for i, (a, b) in enumerate(zip(full, filled, strict=False)) if a != b), None)
    at = min(len(full), len(filled)) if at is None else at
    return (
        f"{page.file.src_uri}: de snel gevulde pagina wijkt af van het sjabloon op teken {at}: "
        f"{full[max(0, at - 60) : at + 60]!r} tegenover {filled[max(0, at - 60) : at + 60]!r}. "
        "Bouw met WEGWIJZER_PAGINAS=mkdocs en meld dit."
    )


def write_all(pages: list, make: Callable[[], Prerenderer], parallel: bool) -> dict:
    """Write every page's HTML to `page.file.abs_dest_path`, half of them in a forked copy
    when `parallel`; returns how many came from a prototype and how many were rendered."""

    renderer = make()

    def part(selection: Iterable) -> dict:
        folders: set[Path] = set()
        for page in selection:
            target = Path(page.file.abs_dest_path)
            if target.parent not in folders:
                target.parent.mkdir(parents=True, exist_ok=True)
                folders.add(target.parent)
            # As MkDocs writes a page: characters UTF-8 cannot hold become references.
            target.write_bytes(renderer.page(page).encode("utf-8", errors="xmlcharrefreplace"))
        return dict(renderer.counts)

    if not parallel or len(pages) < 2:
        return part(pages)
    # The first page here, before the fork: both copies then share Jinja's compiled
    # templates and the first prototype instead of each making them.
    first = part(pages[:1])
    rest = pages[1:]
    mine, theirs = both(lambda: part(rest[0::2]), lambda: part(rest[1::2]))
    return {k: mine[k] + theirs[k] - first[k] for k in mine}
