"""Raw HTML and unsafe links in the open handbook: what `wegwijzer check` and the build report.

The handbook (`content/handboek/**/*.md`) is Markdown written by editors, and MkDocs renders
it as is: unlike record fields, nothing escapes or sanitises it. So this is a check, never a
rewrite; a page that passes is built exactly as written. `PageCheck` renders a page's body
the way MkDocs will (Python-Markdown with MkDocs' built-in extensions and the
`markdown_extensions` of mkdocs.yml, read here as YAML: no MkDocs import), parses the HTML
with html.parser (which decodes character references in attribute values, as a browser
does: `java&#115;cript:` is `javascript:`) and reports a `Problem` for

- `html`: every element outside `ALLOWED_TAGS`, which holds what Markdown and these
  extensions produce (`<script>`, `<iframe>`, `<form>`, `<base>`, `<meta>`, `<svg>`,
  `<math>`, `<object>`, `<embed>`, `<style>`, ... are not in it), HTML that html.parser
  cannot read as text or as a tag, and what a browser may read differently from html.parser
  (an HTML comment with a tag in it, `<![CDATA[`);
- `html`: every event handler attribute (`on...`), every `style` attribute (apart from the
  `text-align` that Markdown tables write), every other attribute outside
  `ALLOWED_ATTRIBUTES` (`data-*`, which the site's scripts read, among them) and every `id`
  starting with `__` (Material's own elements);
- `link`: every href, src, action, formaction, ... whose scheme is not http, https, mailto or
  tel (a relative link or `#anchor` has no scheme and is fine); `afbeelding`: an image whose
  source is not http(s) or relative (so no `data:`);
- the front matter MkDocs reads: keys other than `title` and `hide` (Material puts
  `description`, `author`, a redirect's `location`, ... into the page unescaped), a `bron`
  other than the one the site sets, and a `title` that still holds `<`, `>` or `"` as MkDocs
  gets it (the handbook escapes a title written on one line).

Each problem has the line and column in the source file where the tag, attribute or URL
starts (looked up in the source, front matter counted; where it cannot be found, the first
line of the page body). The caller (`pages.handbook`) hands over the body with its `[[id]]`
references already written as plain text, and a copy with code blanked too (where to look).
"""

from __future__ import annotations

import bisect
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import markdown
import yaml

from ..html import SAFE_SCHEMES
from .problems import Problem

# MkDocs always adds these to the extensions of mkdocs.yml (mkdocs.config.defaults).
MKDOCS_BUILTINS = ("toc", "tables", "fenced_code")

ALLOWED_TAGS = frozenset(
    {
        *("p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "div", "span"),
        *("ul", "ol", "li", "dl", "dt", "dd", "details", "summary"),
        *("a", "em", "strong", "b", "i", "code", "pre", "abbr", "img"),
        *("sub", "sup", "kbd", "mark", "small", "del", "ins", "s"),
        *("table", "thead", "tbody", "tfoot", "tr", "th", "td"),
    }
)
ALLOWED_ATTRIBUTES = frozenset(
    {
        *("id", "class", "title", "lang", "dir"),
        *("href", "name", "rel", "target", "src", "alt", "width", "height", "loading"),
        *("colspan", "rowspan", "align", "start", "reversed", "open"),
    }
)
# Attributes a browser follows or loads as a URL.
URL_ATTRIBUTES = frozenset(
    {
        *("href", "src", "action", "formaction", "cite", "data", "poster", "background"),
        *("longdesc", "usemap", "xlink:href", "ping", "codebase", "archive", "classid"),
        *("manifest", "icon", "profile", "lowsrc", "dynsrc", "srcset", "imagesrcset"),
    }
)
IMAGE_SCHEMES = frozenset({"http", "https"})
FRONT_MATTER_KEYS = ("title", "hide")

# What Python-Markdown's tables extension writes for an aligned column.
_TABLE_ALIGN = re.compile(r"text-align: (left|right|center);")
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.\-]*):")
_TAG_START = re.compile(r"<[A-Za-z]")
# mkdocs.utils.meta.YAML_RE: the front matter MkDocs takes from the top of a page.
_YAML_FRONT = re.compile(r"^-{3}[ \t]*\n(.*?\n)(?:\.{3}|-{3})[ \t]*\n", re.UNICODE | re.DOTALL)

TAG_MESSAGE = "<{tag}> is niet toegestaan in het handboek; schrijf gewone Markdown"
COMMENT_MESSAGE = (
    "een HTML-commentaar (<!-- -->) met HTML erin is niet toegestaan in het handboek; haal het weg"
)
UNREADABLE_MESSAGE = "'{start}' is geen leesbare HTML; schrijf gewone Markdown"
HANDLER_MESSAGE = (
    "het attribuut {name} voert een script uit en is niet toegestaan in het handboek; haal het weg"
)
STYLE_MESSAGE = (
    "het attribuut style is niet toegestaan in het handboek; de site zorgt zelf voor de opmaak"
)
ATTRIBUTE_MESSAGE = "het attribuut {name} is niet toegestaan in het handboek; haal het weg"
ID_MESSAGE = "id '{value}' is gereserveerd voor de site; kies een id zonder __ aan het begin"
LINK_MESSAGE = "'{scheme}:' is geen toegestane link; gebruik https:, mailto: of tel:"
IMAGE_MESSAGE = (
    "'{scheme}:' is geen toegestane bron voor een afbeelding; "
    "gebruik https: of een afbeelding op de site"
)
KEY_MESSAGE = (
    "mag niet bovenaan een handboekpagina staan; tussen de regels --- horen alleen title en hide"
)
SOURCE_MESSAGE = "zet de site zelf; haal deze regel weg"
TITLE_MESSAGE = (
    'deze titel bevat <, > of " en wordt zo niet veilig getoond; schrijf de titel op één '
    "regel: title: Mijn titel"
)


def markdown_setup(root: Path) -> tuple[list[str], dict[str, dict]]:
    """The Markdown extensions MkDocs uses for this repository and their settings: MkDocs'
    built-ins, then mkdocs.yml's `markdown_extensions` (as MkDocs merges them)."""
    path = Path(root) / "mkdocs.yml"
    data = yaml.safe_load(path.read_text("utf-8")) if path.exists() else None
    listed = (data or {}).get("markdown_extensions") or []
    names = list(MKDOCS_BUILTINS)
    configs: dict[str, dict] = {}
    for item in listed:
        entries = item.items() if isinstance(item, dict) else [(item, None)]
        for name, config in entries:
            if name not in names:
                names.append(name)
            if config is not None:
                configs[name] = config
    return names, configs


def front_matter(text: str) -> tuple[dict[str, Any] | None, int]:
    """What MkDocs reads as a page's meta data (mkdocs.utils.meta.get_data): the mapping and
    the number of lines it takes, or (None, 0) when it takes none and renders them all."""
    match = _YAML_FRONT.match(text)
    if not match:
        return None, 0
    try:
        data = yaml.safe_load(match.group(1))  # MkDocs reads it with SafeLoader too
    except Exception:  # MkDocs renders the page whole whatever went wrong
        return None, 0
    if not isinstance(data, dict):
        return None, 0
    return data, match.group(0).count("\n")


def scheme(value: str) -> str | None:
    """The scheme a browser sees in a URL (lower case), or None for a relative URL."""
    value = value.strip("".join(map(chr, range(33))))  # C0 controls and spaces at the ends
    value = re.sub(r"[\t\n\r]", "", value)  # a browser drops these anywhere
    match = _SCHEME.match(value)
    return match.group(1).lower() if match else None


class PageCheck:
    """Checks handbook pages; one Python-Markdown set up as MkDocs' for every page."""

    def __init__(self, extensions: list[str], configs: dict[str, dict] | None = None):
        self.extensions = list(extensions)
        self._markdown = markdown.Markdown(
            extensions=self.extensions, extension_configs=dict(configs or {})
        )

    @classmethod
    def for_repository(cls, root: Path) -> PageCheck:
        return cls(*markdown_setup(root))

    def html(self, body: str) -> str:
        return self._markdown.reset().convert(body)

    def body_problems(
        self, repo_path: str, text: str, search_text: str, body_line: int
    ) -> list[Problem]:
        """Problems in the page body, which starts at `body_line` (1-based) of `text`: the
        source with references as plain text. `search_text` is the same with code blanked."""
        lines = text.split("\n")
        body = "\n".join(lines[body_line - 1 :])
        scan = _Scan()
        try:
            scan.feed(self.html(body))
            scan.close()
        except Exception:  # html.parser gave up: nothing here can be shown as checked
            scan.found.append(("html", UNREADABLE_MESSAGE.format(start="<"), []))
        finder = _Finder(text, search_text, body_line)
        return [
            Problem(repo_path, *finder.where(needles), field, message)
            for field, message, needles in scan.found
        ]

    @staticmethod
    def meta_problems(
        repo_path: str, source: str, meta: dict[str, Any], front_lines: int
    ) -> list[Problem]:
        """Problems in the front matter MkDocs reads (`meta`, from the built page, whose
        `bron` the site sets to `repo_path`); `front_lines`: its length in the source."""
        head = source.split("\n")[:front_lines]
        problems = []
        for key, value in meta.items():
            name = str(key)
            if name == "bron":
                if value == repo_path:
                    continue
                message = SOURCE_MESSAGE
            elif name == "title":
                if not any(ch in str(value) for ch in '<>"'):
                    continue
                message = TITLE_MESSAGE
            elif name in FRONT_MATTER_KEYS:
                continue
            else:
                message = KEY_MESSAGE
            line, col = _key_position(head, name)
            problems.append(Problem(repo_path, line, col, name, message))
        return problems


def _key_position(head: list[str], key: str) -> tuple[int, int]:
    pattern = re.compile(rf"^(\s*)['\"]?{re.escape(key)}['\"]?\s*:")
    for number, line in enumerate(head, start=1):
        match = pattern.match(line)
        if match:
            return number, len(match.group(1)) + 1
    return 1, 1


def _attribute_pattern(name: str) -> list[re.Pattern]:
    bare = rf"(?<![\w:-]){re.escape(name)}(?![\w:-])"
    return [re.compile(bare + r"\s*=", re.I), re.compile(bare, re.I)]


def _raw_value(tag_text: str | None, name: str) -> str | None:
    """The attribute's value as written in the start tag (before entities are decoded)."""
    if not tag_text:
        return None
    match = re.search(
        rf"(?<![\w:-]){re.escape(name)}\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>]+))", tag_text, re.I
    )
    if not match:
        return None
    return next(group for group in match.groups() if group is not None)


class _Scan(HTMLParser):
    """Collects (field, message, needles) for what is not allowed in the rendered HTML."""

    def __init__(self):
        super().__init__(convert_charrefs=False)  # text keeps its entities: a '<' is a '<'
        self.found: list[tuple[str, str, list]] = []

    def handle_starttag(self, tag, attrs):
        self._element(tag, attrs)

    def handle_startendtag(self, tag, attrs):
        self._element(tag, attrs)

    def handle_data(self, data):
        if self.cdata_elem is not None:  # inside <script> or <style>, reported already
            return
        match = _TAG_START.search(data)
        if match:  # a start tag html.parser could not read; a browser may well read it
            start = re.match(r"<[^\s/>]*", data[match.start() :]).group(0)
            self._add("html", UNREADABLE_MESSAGE.format(start=start), [start])

    def handle_comment(self, data):
        # A browser may end a comment sooner than html.parser does (`<!-->`, `--!>`): what
        # looks like a tag inside one may be a tag.
        if _TAG_START.search(data):
            self._add("html", COMMENT_MESSAGE, ["<!--", "<!"])

    def unknown_decl(self, data):
        # `<![CDATA[ ... ]]>`: html.parser reads to `]]>`, a browser only to the first `>`.
        self._add("html", UNREADABLE_MESSAGE.format(start="<!["), ["<!["])

    def _add(self, field: str, message: str, needles: list) -> None:
        self.found.append((field, message, needles))

    def _element(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        allowed = tag in ALLOWED_TAGS
        if not allowed:
            pattern = re.compile(rf"<{re.escape(tag)}(?![\w:-])", re.I)
            self._add("html", TAG_MESSAGE.format(tag=tag), [pattern])
        for name, value in attrs:
            if name.startswith("on"):
                self._add("html", HANDLER_MESSAGE.format(name=name), _attribute_pattern(name))
            elif name == "style":
                if not (tag in ("th", "td") and _TABLE_ALIGN.fullmatch(value or "")):
                    self._add("html", STYLE_MESSAGE, _attribute_pattern(name))
            elif name in URL_ATTRIBUTES:
                self._url(tag, name, value or "")
                if allowed and name not in ALLOWED_ATTRIBUTES:
                    self._add("html", ATTRIBUTE_MESSAGE.format(name=name), _attribute_pattern(name))
            elif allowed and name not in ALLOWED_ATTRIBUTES:
                self._add("html", ATTRIBUTE_MESSAGE.format(name=name), _attribute_pattern(name))
            elif name == "id" and (value or "").startswith("__"):
                self._add("html", ID_MESSAGE.format(value=value), [value])

    def _url(self, tag: str, name: str, value: str) -> None:
        if name.endswith("srcset"):  # "url 1x, url 2x"
            urls = [part.split()[0] for part in value.split(",") if part.split()]
        else:
            urls = [value]
        image = tag == "img" and name in ("src", "srcset")
        for url in urls:
            found = scheme(url)
            if found is None or found in (IMAGE_SCHEMES if image else SAFE_SCHEMES):
                continue
            message = (IMAGE_MESSAGE if image else LINK_MESSAGE).format(scheme=found)
            needles = [_raw_value(self.get_starttag_text(), name), url.strip()]
            needles.append(re.compile(re.escape(found) + r"\s*:", re.I))
            self._add("afbeelding" if image else "link", message, [n for n in needles if n])


class _Finder:
    """Line and column in the source of what a problem is about. Problems come in the order
    of the HTML, which is mostly that of the source: each takes the first place of what it
    looks for that no earlier problem took, from the line of the previous problem on, else
    from the start of the body; code and references are looked in last."""

    def __init__(self, source: str, search_text: str, body_line: int):
        self.texts = (search_text, source)
        self.body_line = body_line
        self.starts = [0]
        for line in source.split("\n"):
            self.starts.append(self.starts[-1] + len(line) + 1)
        self.body_start = self.starts[body_line - 1]
        self.cursor = self.body_start
        self.taken: set[tuple[str, int]] = set()

    def where(self, needles: list) -> tuple[int, int]:
        for needle in needles:
            pattern = (
                needle if isinstance(needle, re.Pattern) else re.compile(re.escape(needle), re.I)
            )
            for text in self.texts:
                hits = [match.start() for match in pattern.finditer(text, self.body_start)]
                free = [hit for hit in hits if (pattern.pattern, hit) not in self.taken]
                later = [hit for hit in free if hit >= self.cursor]
                chosen = (later or free or hits or [None])[0]
                if chosen is not None:
                    self.taken.add((pattern.pattern, chosen))
                    line, col = self._position(chosen)
                    self.cursor = self.starts[line - 1]
                    return line, col
        return self.body_line, 1

    def _position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1
