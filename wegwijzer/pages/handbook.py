"""The open handbook: record references in `content/handboek/**/*.md` become cards and links.

Reference syntax (in the Markdown of a handbook page):

- `[[cjg-westelijke-mijnstreek/informatie-en-advies]]` alone on its own unindented line
  becomes a **card**: the record's name (a link to its page), its provider, a short
  description, its phone number as a `tel:` link and a "Meer over ..." link;
- the same reference inside a sentence becomes a **link** labelled with the record's name;
  `[[gemeente-stein/toegangsteam|het toegangsteam]]` uses your own label.

The id is that of a provider (`cjg-westelijke-mijnstreek`, the file name without .yaml) or
of a location or service (`<provider>/<id>`). References inside code (fenced blocks and
`inline code`) are left alone, so the syntax can be documented.

`render(sources, catalog)` is pure: given `{docs path: Markdown}` it emits the rendered
replacement pages under the same paths (front matter `bron` added so "edit this page" points
to the source file) and a `Problem` (file, line, column) for every reference to an id that
does not exist (an error) or to a record that has ended (a warning). `sources_in(root)`
reads the sources of a repository; `handbook_problems(root, catalog)` is the check: those
references, and (`wegwijzer.records.handbook_safety`) raw HTML, scripts and unsafe links in the
Markdown and front matter, which MkDocs would otherwise put on the site as written.
"""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Iterator
from pathlib import Path

import yaml

from ..blocks.page import block
from ..html import attr, text
from ..records.handbook_safety import PageCheck, front_matter
from ..records.model import Catalog, Service, is_current
from ..records.problems import WARNING, Problem, sort_problems
from .components import card, record_href, record_name

DOCS = "content"
FOLDER = "handboek"
REFERENCE = re.compile(r"\[\[([^\[\]\n]*)\]\]")
ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*(/[a-z0-9]+(-[a-z0-9]+)*)?$")
FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
CODE_SPAN = re.compile(r"(`+)(?:.+?)\1")
FIELD = "verwijzing"

# Markdown would still act on these characters in text between raw inline HTML tags
# (emphasis, links, escapes); as numeric references they are only text.
_MARKDOWN_CHARS = {ch: f"&#{ord(ch)};" for ch in "\\`*_{}[]()#+-.!|~^=:<>"}


def inline_text(value: str) -> str:
    """Escaped HTML text that Python-Markdown leaves alone inside a paragraph."""
    escaped = text(value)
    out = []
    i = 0
    while i < len(escaped):  # keep the entities html.escape made, encode the rest
        if escaped[i] == "&":
            end = escaped.index(";", i)
            out.append(escaped[i : end + 1])
            i = end + 1
            continue
        out.append(_MARKDOWN_CHARS.get(escaped[i], escaped[i]))
        i += 1
    return "".join(out)


def sources_in(root: Path) -> dict[str, str]:
    """`{docs path: text}` of every handbook page of a repository."""
    folder = Path(root) / DOCS / FOLDER
    if not folder.is_dir():
        return {}
    return {
        path.relative_to(Path(root) / DOCS).as_posix(): path.read_text("utf-8")
        for path in sorted(folder.rglob("*.md"))
    }


def handbook_problems(root: Path, catalog: Catalog) -> list[Problem]:
    """Every unknown or ended reference in the handbook and everything unsafe in its pages
    (raw HTML, scripts, links other than http(s)/mailto/tel), with file, line and column."""
    sources = sources_in(root)
    files, problems = render(sources, catalog)
    if sources:
        check = PageCheck.for_repository(Path(root))
        for path in sorted(sources):
            problems.extend(safety_problems(check, path, sources[path], files[path]))
    return sort_problems(problems)


def safety_problems(check: PageCheck, path: str, source: str, page: str) -> list[Problem]:
    """What `check` finds in one page: its body as MkDocs renders it (references as plain
    text, which they are in the check's eyes) and the front matter MkDocs reads from `page`,
    the page as `render_page` made it."""
    repo_path = f"{DOCS}/{path}"
    plain, search, closing, own_source = _references_as_text(source)
    meta, taken = front_matter(page)
    problems = []
    body_line = 1  # MkDocs renders the whole page when it takes no front matter
    if meta is not None:
        front_lines = 0 if closing is None else closing + 1
        if front_lines and taken == front_lines + (0 if own_source else 1):
            body_line = front_lines + 1
        problems.extend(check.meta_problems(repo_path, source, meta, front_lines))
    problems.extend(check.body_problems(repo_path, plain, search, body_line))
    return problems


def _blank(value: str) -> str:
    return "\0" * len(value)


def _references_as_text(source: str) -> tuple[str, str, int | None, bool]:
    """The source with every reference `render_page` replaces written as plain text of the
    same length; the same with code blanked too (where the safety check looks for what it
    found); the index of the line closing the front matter (None without one), and whether
    the front matter has its own `bron` (else `render_page` adds a line)."""
    lines = source.split("\n")
    plain: list[str] = []
    search: list[str] = []
    closing = None
    for index, line, kind in _classified(lines):
        if kind == "front" and index > 0 and closing is None and line.strip() in ("---", "..."):
            closing = index
        if kind != "text":
            plain.append(line)
            search.append(_blank(line) if kind == "code" else line)
            continue
        spans = _code_spans(line)
        refs = [match.span() for match in _references(line, spans)]
        as_text = line
        for start, end in refs:
            as_text = as_text[:start] + "x" * (end - start) + as_text[end:]
        plain.append(as_text)
        for start, end in spans + refs:
            line = line[:start] + _blank(line[start:end]) + line[end:]
        search.append(line)
    own_source = closing is not None and any(
        re.match(r"bron\s*:", line) for line in lines[1:closing]
    )
    return "\n".join(plain), "\n".join(search), closing, own_source


def render(sources: dict[str, str], catalog: Catalog) -> tuple[dict[str, str], list[Problem]]:
    files: dict[str, str] = {}
    problems: list[Problem] = []
    for path in sorted(sources):
        files[path], found = render_page(path, sources[path], catalog)
        problems.extend(found)
    return files, problems


def _code_spans(line: str) -> list[tuple[int, int]]:
    return [m.span() for m in CODE_SPAN.finditer(line)]


def _references(line: str, spans: list[tuple[int, int]]) -> list[re.Match]:
    """The `[[...]]` references in a line of text, outside its inline code `spans`."""
    return [
        match
        for match in REFERENCE.finditer(line)
        if not any(start <= match.start() < end for start, end in spans)
    ]


def _classified(lines: list[str]) -> Iterator[tuple[int, str, str]]:
    """Each line with what it is to the handbook: "front" (front matter, its `---` lines
    included), "fence" (a code fence's opening or closing line), "code" (inside a fence) or
    "text" (where references count)."""
    fence: str | None = None
    in_front = bool(lines) and lines[0].strip() == "---"
    for index, line in enumerate(lines):
        if in_front:
            yield index, line, "front"
            if index > 0 and line.strip() in ("---", "..."):
                in_front = False
            continue
        marker = FENCE.match(line)
        if fence:
            if marker and marker.group(1)[0] == fence[0] and len(marker.group(1)) >= len(fence):
                fence = None
                yield index, line, "fence"
            else:
                yield index, line, "code"
            continue
        if marker:
            fence = marker.group(1)
            yield index, line, "fence"
            continue
        yield index, line, "text"


def render_page(path: str, source: str, catalog: Catalog) -> tuple[str, list[Problem]]:
    """One handbook page: references replaced, `bron` in the front matter; its problems."""
    repo_path = f"{DOCS}/{path}"
    problems: list[Problem] = []
    out: list[str] = []
    for index, line, kind in _classified(source.split("\n")):
        if kind == "front":
            out.append(_escaped_title(line))
        elif kind == "text":
            out.append(_line(path, repo_path, index + 1, line, catalog, problems))
        else:
            out.append(line)
    return _with_source("\n".join(out), repo_path), problems


def _line(
    path: str, repo_path: str, number: int, line: str, catalog: Catalog, problems: list
) -> str:
    alone = REFERENCE.fullmatch(line.rstrip())
    pieces = []
    last = 0
    for match in _references(line, _code_spans(line)):
        ref, _, label = match.group(1).partition("|")
        ref = ref.strip()
        record = _resolve(ref, repo_path, number, match.start() + 1, catalog, problems)
        if record is None:
            replacement = inline_text(label.strip() or ref)
        elif alone and not label:
            replacement = "\n" + block(card(catalog, path, record)) + "\n"
        else:
            shown = label.strip() or record_name(catalog, record)
            replacement = (
                f'<a class="ww-ref" href="{attr(record_href(path, record))}">'
                f"{inline_text(shown)}</a>"
            )
        pieces.append(line[last : match.start()])
        pieces.append(replacement)
        last = match.end()
    pieces.append(line[last:])
    return "".join(pieces)


def _resolve(ref: str, repo_path: str, line: int, col: int, catalog: Catalog, problems: list):
    if not ID.match(ref):
        problems.append(
            Problem(
                repo_path,
                line,
                col,
                FIELD,
                f"'{ref}' is geen geldige verwijzing; schrijf [[aanbieder]] of "
                "[[aanbieder/id]], bijvoorbeeld [[cjg-westelijke-mijnstreek/informatie-en-advies]]",
            )
        )
        return None
    record = catalog.record(ref)
    if record is None and ref in catalog.defined_ids:
        return None  # defined in a file with errors; that file's own problems say what to fix
    if record is None:
        known = [*catalog.providers, *catalog.locations, *catalog.services]
        near = difflib.get_close_matches(ref, known, n=1, cutoff=0.6)
        hint = f"; bedoel je '{near[0]}'?" if near else ""
        problems.append(Problem(repo_path, line, col, FIELD, f"'{ref}' bestaat niet{hint}"))
        return None
    ended = (isinstance(record, Service) and not is_current(record, catalog.today)) or (
        getattr(record, "status", "actief") == "beeindigd"
    )
    if ended:
        problems.append(
            Problem(
                repo_path,
                line,
                col,
                FIELD,
                f"'{ref}' is niet (meer) actief; verwijs naar het aanbod dat nu geldt",
                WARNING,
            )
        )
    return record


def _escaped_title(line: str) -> str:
    """MkDocs puts a front-matter `title` unescaped into <title> and the header: escape it."""
    if not re.match(r"title\s*:", line):
        return line
    try:
        value = yaml.safe_load(line).get("title")
    except (yaml.YAMLError, AttributeError):
        return line
    return f"title: {json.dumps(text(str(value)), ensure_ascii=False)}" if value else line


def _with_source(markdown: str, repo_path: str) -> str:
    """Add `bron: <file>` to the front matter (Material's edit button uses it)."""
    entry = f"bron: {json.dumps(repo_path, ensure_ascii=False)}"
    lines = markdown.split("\n")
    if lines and lines[0].strip() == "---":
        for index in range(1, len(lines)):
            if lines[index].strip() in ("---", "..."):
                head = lines[1:index]
                if not any(re.match(r"bron\s*:", line) for line in head):
                    lines.insert(1, entry)
                return "\n".join(lines)
    return f"---\n{entry}\n---\n\n{markdown}"
