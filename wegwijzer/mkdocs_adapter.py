"""The one module that knows MkDocs: loads records on config, adds generated files.

`on_config` loads and validates every record and fails the build once with a
`PluginError` listing every problem (under `mkdocs serve` it prints them and the preview
shows them on every page instead, see `preview.py`); `on_files` writes the generated files
one at a time (the record pages and the rest at the same time on two cores, see
`parallel.py`), pages to a temporary folder and everything else (open data, search shards,
vendored assets) straight into the site folder, and adds them as `File.generated` backed by
those files (record pages stay out of the navigation; MkDocs does not copy a file onto
itself), so a national build never holds its 31,000 files in memory; `on_post_build`
removes the temporary folder;
The finished pages outside the navigation (front matter `kant_en_klaar`, see
`blocks.finished`: the record pages, 99 % of a national site) are written by `on_env`, on two
cores, from one prototype per kind of page rendered by Material's own template
(`wegwijzer.prerender`); `on_nav` gives them a `_Prerendered` page, which MkDocs' serial
page loop reads nothing for and renders to nothing, while MkDocs still lists them in the
sitemap and checks links to them. WEGWIJZER_PAGINAS=mkdocs leaves them to MkDocs' loop (the
plain path, byte for byte the same site). There, and for finished pages in the navigation,
`on_page_markdown`/`on_page_content` pass the finished HTML around Python-Markdown, which
would only parse and copy it. `on_env` lets `overrides/main.html` render the blocks that
pages outside the navigation share once (`wegwijzer.theme_cache`). "Edit this page" of a generated page points
to its YAML through `overrides/partials/actions.html` (front matter `bron`), so that builders
without hooks show the same button.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
import tempfile
from pathlib import Path

from jinja2 import Template
from markupsafe import Markup
from mkdocs.commands.build import get_context
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File, InclusionLevel
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc
from mkdocs.utils import get_relative_url
from mkdocs.utils.meta import get_data

from . import prerender, preview
from .blocks import finished
from .check import check_repository
from .generate import write_files
from .layout import moved_from
from .pages import notfound
from .parallel import available
from .records.problems import format_problems
from .settings import SiteSettings, build_date
from .theme_cache import BlockCache
from .vendor import MissingAssets

log = logging.getLogger("mkdocs.plugins.wegwijzer")
_state: dict = {}


def on_startup(command, dirty):
    _state["serve"] = command == "serve"


def on_config(config):
    root = Path(config.config_file_path).parent
    extra = config.extra.get("wegwijzer") or {}
    catalog, problems = check_repository(root, today=build_date(extra))
    for problem in problems:
        if not problem.is_error:
            log.info(problem.text())
    errors = [p for p in problems if p.is_error]
    _state.pop("banner", None)
    if errors and _state.get("serve"):
        # The live preview goes on with the valid records and shows the errors on every
        # page; printed, not logged, so `strict` does not stop the preview.
        print(format_problems(errors), file=sys.stderr, flush=True)
        _state["banner"] = preview.banner(errors)
    elif errors:
        raise PluginError(f"{len(errors)} fout(en) in de records:\n" + format_problems(errors))
    try:
        settings = SiteSettings.from_mapping(config.repo_url, extra, config.site_url)
    except ValueError as err:
        raise PluginError(str(err)) from err
    _state.update(root=root, catalog=catalog, settings=settings, html={})
    return config


def on_files(files, config):
    _remove_pages()
    pages = _state["pages"] = Path(tempfile.mkdtemp(prefix="wegwijzer-"))
    try:
        catalog = _state.pop("catalog")  # not needed after this: let MkDocs reuse its memory
        _state["municipalities"] = notfound.municipalities(catalog)
        # On two cores, the open data and the search index are made beside the pages; not
        # under `mkdocs serve`, whose live-reload server runs threads (a fork copies no thread).
        done = _state["finished"] = set()
        written = write_files(
            catalog,
            _state["settings"],
            _state["root"],
            pages,
            Path(config.site_dir),
            parallel=not _state.get("serve"),
            finished_pages=done,
            flat=True,
        )
    except (ValueError, MissingAssets) as err:
        raise PluginError(str(err)) from err
    for path, target in written:
        # A generated page replaces the source at its path or, for `X/index.md`, at `X.md`
        # (content/gemeenten/x.md, content/handboek/x.md: MkDocs would serve both at X/).
        for replaced in (path, moved_from(path)):
            existing = files.get_file_from_path(replaced) if replaced else None
            if existing is not None:
                files.remove(existing)
        inclusion = InclusionLevel.NOT_IN_NAV if path.endswith(".md") else InclusionLevel.UNDEFINED
        files.append(File.generated(config, path, abs_src_path=str(target), inclusion=inclusion))
    return files


def on_nav(nav, config, files):
    """The finished pages outside the navigation become `_Prerendered`: `on_env` writes them
    (`wegwijzer.prerender`), MkDocs' page loop passes them by. Not when WEGWIJZER_PAGINAS=mkdocs
    (the plain path, to compare) or when another plugin or hook handles pages."""
    done = _state.pop("finished", set())
    _state["prerendered"] = []
    if os.environ.get("WEGWIJZER_PAGINAS") == "mkdocs" or not _only_ours(config):
        return nav
    in_nav = {id(page) for page in nav.pages}
    for path in sorted(done):
        file = files.get_file_from_path(path)
        if file is not None and id(file.page) not in in_nav:
            _state["prerendered"].append(_Prerendered(None, file, config))
    _state["nav"] = nav
    return nav


def on_env(env, config, files):
    blocks = _state["blocks"] = BlockCache()
    env.globals["wegwijzer_cached"] = blocks.render
    env.globals["wegwijzer_cache_key"] = blocks.key
    env.globals["wegwijzer_titled"] = blocks.titled
    if _state.get("municipalities") is not None:
        places = _state["municipalities"]
        # The Dutch 404 page (overrides/404.html): search box, emergency numbers, municipalities.
        env.globals["wegwijzer_404"] = lambda root: Markup(notfound.body(places, str(root)))
    pages = _state.pop("prerendered", None)
    if pages:
        _prerender(pages, env, config, files)
    return env


class _Prerendered(Page):
    """A finished page outside the navigation, written by `on_env`: MkDocs' page loop reads
    nothing for it and renders an empty template (MkDocs then writes no file)."""

    _anchors: set[str] | None = None

    def read_source(self, config):
        self.markdown, self.meta = "", {"template": _NOTHING}

    def render(self, config, files):
        self.content = ""

    @property
    def present_anchor_ids(self) -> set[str]:
        # Read only for a link with an anchor to this page (before on_post_build).
        if self._anchors is None:
            source = self.file.content_string
            self._anchors = finished.anchor_ids(finished.html_of(finished.body_of(source)))
        return self._anchors

    @present_anchor_ids.setter
    def present_anchor_ids(self, value) -> None:
        self._anchors = value


_NOTHING = Template("")  # Jinja's get_template returns a Template it is given as it is


class _QuietSkips(logging.Filter):
    """MkDocs logs "Page skipped" for each page whose template gave nothing: 25,000 lines
    under `mkdocs serve` for pages that `on_env` did write."""

    def __init__(self, pages: list) -> None:
        super().__init__()
        self.skipped = {
            f"Page skipped: '{page.file.src_uri}'. Generated empty output." for page in pages
        }

    def filter(self, record: logging.LogRecord) -> bool:
        return record.getMessage() not in self.skipped


_BUILD_LOG = logging.getLogger("mkdocs.commands.build")
_PAGE_EVENTS = ("pre_page", "page_read_source", "page_markdown", "page_content")
_PAGE_EVENTS += ("page_context", "post_page")


def _only_ours(config) -> bool:
    """No plugin or hook but this module handles a page event: what MkDocs would do for a
    finished page is exactly what `_prerender` does."""
    events = config.plugins.events
    return all(
        getattr(handler, "__module__", None) == __name__
        for event in _PAGE_EVENTS
        for handler in events.get(event, ())
    )


def _prerender(pages: list, env, config, files) -> None:
    nav = _state["nav"]
    serve = _state.get("serve")
    inclusion = InclusionLevel.is_in_serve if serve else InclusionLevel.is_included
    doc_files = files.documentation_pages(inclusion=inclusion)
    blocks = _state["blocks"]

    def load(page):
        source = page.file.content_string
        _, meta = get_data(source)
        html = finished.html_of(finished.body_of(source))
        # As after MkDocs' page loop with the hooks above (on_page_markdown, on_page_context).
        page.markdown, page.meta, page.content, page.toc = "", meta, html, get_toc([])
        return meta, html

    def render(page) -> str:
        # What mkdocs.commands.build._build_page does before on_post_page.
        config._current_page = page
        page.active = True
        try:
            context = get_context(nav, doc_files, config, page)
            return env.get_template(page.meta.get("template", "main.html")).render(context)
        finally:
            page.active = False
            config._current_page = None

    def key(page):
        return blocks.key(page, nav, get_relative_url(".", page.url))

    def make():
        return prerender.Prerenderer(load, render, key, _state.get("banner"))

    # Not under `mkdocs serve`: its live-reload server runs threads (a fork copies no thread).
    try:
        counts = prerender.write_all(pages, make, parallel=not serve and available())
    except RuntimeError as err:
        raise PluginError(str(err)) from err
    for page in pages:  # back to what MkDocs' loop passes by
        page.markdown, page.meta, page.content = "", {"template": _NOTHING}, ""
    _quiet(_QuietSkips(pages))
    log.info(
        f"{len(pages)} pagina's buiten de paginalus geschreven: {counts['filled']} ingevuld uit "
        f"{counts['prototype']} voorbeeldpagina's, {counts['full']} met het hele sjabloon"
    )


def on_page_markdown(markdown, page, config, files):
    if finished.is_finished(page.meta):
        _state["html"][page.file.src_uri] = markdown
        return ""  # nothing for Python-Markdown to do; on_page_content gives the HTML
    return markdown


def on_page_content(html, page, config, files):
    if not finished.is_finished(page.meta):
        return html
    content = finished.html_of(_state["html"].pop(page.file.src_uri))
    page.present_anchor_ids = finished.anchor_ids(content)
    # Until the page is rendered it holds only what Material's search indexes; the whole
    # HTML is read again (it is the generated source) just before the template needs it.
    return finished.search_html(page.meta, content)


@event_priority(-100)  # after Material's search plugin has indexed page.content
def on_page_context(context, page, config, nav):
    if finished.is_finished(page.meta):
        page.content = finished.html_of(finished.body_of(page.file.content_string))
    return context


def on_post_page(output, page, config):
    if isinstance(page, _Prerendered):
        return output  # written by on_env; MkDocs writes nothing
    if finished.is_finished(page.meta):
        page.content = None  # written; thousands of pages need not stay in memory
        output = finished.compact_whitespace(output)
    if _state.get("banner"):
        output = preview.insert(output, _state["banner"])
    return output


def on_post_build(config):
    _remove_pages()
    _quiet(None)


def on_build_error(error):
    _remove_pages()
    _quiet(None)


def _quiet(skips: _QuietSkips | None) -> None:
    old = _state.pop("quiet", None)
    if old is not None:
        _BUILD_LOG.removeFilter(old)
    if skips is not None:
        _state["quiet"] = skips
        _BUILD_LOG.addFilter(skips)


def _remove_pages():
    pages = _state.pop("pages", None)
    if pages is not None:
        shutil.rmtree(pages, ignore_errors=True)
