"""Generation as one pure function: catalog in, `{path: content}` out.

Paths are relative to the docs folder (`content/`): Markdown pages become site
pages; anything else (JSON, GeoJSON, JS, CSS) is copied as is. The MkDocs
adapter hands these files to MkDocs; `wegwijzer generate DIR` writes them to
disk so a builder without hooks can build the same site. Both write them out one
at a time (`write_files`): the national set is 31,000 files and 0.9 GB, more than a
build should hold in memory at once. On two cores the record pages are made in this
process and the rest (open data, search index, map files) in a forked copy of it at
the same time (`parallel.both`); `generate()` and `iter_files` give the same files in
one process.
"""

from __future__ import annotations

import datetime as dt
import gc
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from . import scripts, vendor
from .blocks import finished
from .files import Files, unique
from .layout import iter_laid_out, lay_out, moved_from
from .records.model import Catalog
from .settings import SiteSettings

Content = str | bytes


def generate(catalog: Catalog, settings: SiteSettings, root: Path) -> Files:
    with long_lived_heap():
        return dict(sorted(iter_files(catalog, settings, root)))


def iter_files(
    catalog: Catalog, settings: SiteSettings, root: Path
) -> Iterator[tuple[str, Content]]:
    """Every generated file as `(path, content)`, one at a time; a path made twice raises
    `ValueError`. The pages and the open data are made as they are asked for. Each page is at
    `X/index.md` (`wegwijzer.layout`), where every builder serves it at `X/`."""
    return iter_laid_out(_iter_generated(catalog, settings, root))


def _iter_generated(
    catalog: Catalog, settings: SiteSettings, root: Path
) -> Iterator[tuple[str, Content]]:
    """Every generated file at the path its generator names it (`aanbieders/x.md`)."""

    def parts() -> Iterator[tuple[str, Content]]:
        yield from _record_pages(catalog, settings, root)
        yield from _the_rest(catalog, settings, root)

    return unique(parts())


def _record_pages(
    catalog: Catalog, settings: SiteSettings, root: Path
) -> Iterator[tuple[str, Content]]:
    """The pages of the records, overviews and handbook (content/handboek): about half of the
    work of generation."""
    from . import pages

    return pages.iter_files(catalog, settings, root=root)


def _the_rest(
    catalog: Catalog, settings: SiteSettings, root: Path
) -> Iterator[tuple[str, Content]]:
    """The map, the search page and its index, the open data, the report and the assets: the
    other half."""
    from . import maps, opendata
    from .pages import report
    from .pages.handbook import sources_in
    from .search import page as search_page

    yield from maps.generate(catalog, settings).items()
    handbook = sources_in(root) if root is not None else None
    yield from search_page.generate(catalog, settings, handbook).items()
    yield from opendata.iter_files(catalog, settings, root=root)
    yield from report.generate(catalog, settings).items()
    yield from vendor.assets(root).items()
    yield from scripts.assets(root).items()


def write_tree(
    root: Path,
    directory: Path,
    today: dt.date | None = None,
    builder: str | None = None,
    config_file: Path | None = None,
    site: Path | None = None,
) -> int:
    """`wegwijzer generate DIR`: the docs folder with every generated file added; with
    `builder` also its configuration (`wegwijzer.builders`) in `config_file`, building into
    `site`."""
    import sys

    from .check import check_repository
    from .records.problems import format_problems
    from .settings import build_date, read_settings

    settings = read_settings(root)
    catalog, problems = check_repository(root, today=today or build_date(settings.extra))
    if any(p.is_error for p in problems):
        print(format_problems(problems), file=sys.stderr)
        return 1
    directory = Path(directory)
    if directory.exists():
        shutil.rmtree(directory)
    shutil.copytree(root / "content", directory)
    for path, _ in write_files(catalog, settings, root, directory, directory, parallel=True):
        # The source it replaces (content/gemeenten/x.md) would be a second page at X/.
        old = moved_from(path)
        if old is not None:
            (directory / old).unlink(missing_ok=True)
    print(f"{directory}: {sum(1 for _ in directory.rglob('*') if _.is_file())} bestanden")
    if builder:
        from .builders import write_config
        from .pages.notfound import municipalities

        config_file = config_file or root / f"mkdocs.{builder}.yml"
        places = municipalities(catalog)
        write_config(root, directory, site or root / "site", config_file, builder, places)
        print(f"{config_file}: configuratie voor {builder}")
    return 0


def write_files(
    catalog: Catalog,
    settings: SiteSettings,
    root: Path,
    pages: Path,
    data: Path,
    parallel: bool = False,
    finished_pages: set[str] | None = None,
    flat: bool = False,
) -> list[tuple[str, Path]]:
    """Write every generated file, Markdown pages under `pages` and the rest under `data`,
    one at a time; returns `(path, written file)` sorted by path. The MkDocs adapter puts the
    pages in a temporary folder and the data straight into the site folder.

    `parallel`: the record pages and the rest are made at the same time on two cores
    (`parallel.both`), when the machine has two; the files are the same. `finished_pages`, when
    given, receives the paths of the pages whose body is finished HTML (`blocks.finished`).
    `flat`: every page straight in `pages`, named by its path with `/` as `%2F` (the MkDocs
    adapter's temporary folder: one folder for 25,000 pages, not a folder made per page, which
    costs as much as writing the page)."""
    from .parallel import both

    def write(part) -> list[tuple[str, str, Path, bool]]:
        written = []
        folders: set[Path] = set()
        for named, generated in unique(part(catalog, settings, root)):
            path, content = lay_out(named, generated)
            page = path.endswith(".md")
            target = (pages / _flat(path) if flat else pages / path) if page else data / path
            write_file(target, content, folders)
            written.append((named, path, target, page and _is_finished(content)))
        return written

    with long_lived_heap():
        if parallel:
            mine, theirs = both(lambda: write(_record_pages), lambda: write(_the_rest))
        else:
            mine, theirs = write(_record_pages), write(_the_rest)
    twice = {named for named, *_ in mine} & {named for named, *_ in theirs}
    if twice:
        raise ValueError(f"twee generatoren maken {min(twice)}")
    if finished_pages is not None:
        finished_pages.update(path for _, path, _, done in mine + theirs if done)
    # In the order of the generators' own names, as before the layout: MkDocs lists pages in
    # the sitemap and the search index in the order they are added.
    return [(path, target) for _, path, target, _ in sorted(mine + theirs)]


def _flat(path: str) -> str:
    return path.replace("%", "%25").replace("/", "%2F")


def _is_finished(page: str | bytes) -> bool:
    """A page written by `components.page(..., html=True)`: front matter `kant_en_klaar: true`."""
    if not isinstance(page, str) or not page.startswith("---\n"):
        return False
    end = page.find("\n---\n", 3)
    return end >= 0 and f"\n{finished.FLAG}: true\n" in page[3 : end + 1]


@contextmanager
def long_lived_heap() -> Iterator[None]:
    """While the files are made, Python's cycle collector does not run.

    Its full collections scan the whole heap (the catalog, millions of objects that live on
    anyway) again and again as the heap grows: 13 % of the generation time of the national
    set before freezing it, and after freezing still 8 %, growing faster than the data
    (k = 1.05 from 10k records to national). Generation makes almost no cyclic garbage: with
    the collector off, peak memory of the national set stayed the same (774 -> 781 MB).
    """
    enabled = gc.isenabled()
    gc.freeze()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
        gc.unfreeze()


def write_file(target: Path, content: Content, folders: set[Path] | None = None) -> None:
    """One generated file, as `wegwijzer generate` and the MkDocs adapter both write it
    (`folders`: the folders already made, to skip asking again for each of 31,000 files)."""
    if folders is None or target.parent not in folders:
        target.parent.mkdir(parents=True, exist_ok=True)
        if folders is not None:
            folders.add(target.parent)
    if isinstance(content, bytes):
        target.write_bytes(content)
    else:
        target.write_text(content, encoding="utf-8")
