"""Open data: the records as a static JSON API, as HSDS 3.0 and as CSV, with documentation.

`generate(catalog, settings, root)` emits, as `{docs path: text}`:

- `api/v2/`: index, one file per provider (with its locations and services) and per
  municipality, and `alles.zip` with every list and `services.csv` for spreadsheets
  (`api`, `spreadsheet`), `openapi.json` (`openapi`) and, with `root`, the record schemas
  (`datadoc`);
- `api/hsds/`: the HSDS 3.0 entry point and vocabulary (`hsds_api`) and the tabular data
  package, zipped: `api/hsds/datapackage.zip` (`tabular`), both from the tables of `hsds`;
- `open-data/index.md` (`overview`) and, with `root`, `open-data/velden.md`
  (`datadoc`, generated from `schemas/`).

`api/v1/locations.geojson` belongs to the maps (`wegwijzer.maps.geojson`). Output is
deterministic: sorted records, sorted JSON keys, stable UUIDs, and the only date
is `catalog.today` (also the date of every zip entry). The zips are bytes, the rest text.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..files import unique
from ..records.model import Catalog
from ..records.project import Project
from ..records.published import select
from ..settings import SiteSettings
from . import api, datadoc, hsds, hsds_api, openapi, overview, tabular
from .common import Files, licence

TITLE = "Wegwijzer Jeugdhulp"

__all__ = ["generate"]


def generate(catalog: Catalog, settings: SiteSettings, root: Path | None = None) -> Files:
    return dict(sorted(unique(iter_files(catalog, settings, root))))


def iter_files(
    catalog: Catalog, settings: SiteSettings, root: Path | None = None
) -> Iterator[tuple[str, str]]:
    """The same files one at a time: the API's 5,000 provider files (national set) are made as
    they are asked for, so a caller that writes them out need not hold them all."""
    pub = select(catalog)
    chosen = licence(settings.extra)
    hsds_doc = overview.hsds_doc_url(settings.repo_url, settings.extra.get("branch", "main"))
    yield overview.PATH, overview.overview_page(pub, chosen, hsds_doc, fields=root is not None)
    if root is not None:
        yield from datadoc.generate(Project(Path(root)).schemas, catalog).items()
    yield from openapi.generate(chosen, TITLE).items()
    yield from api.iter_files(pub, chosen)
    tables = hsds.tables(pub, hsds_doc)
    yield from tabular.generate(tables, TITLE, chosen, catalog.today.isoformat(), hsds_doc).items()
    yield from hsds_api.iter_files(tables, hsds_doc)
