"""Open data: the records as a static JSON API, as HSDS 3.0 and as CSV, with documentation.

`generate(catalog, settings, root)` emits, as `{docs path: text}`:

- `api/v1/`: index, lists and one file per provider, location, service and
  municipality (`api`), `services.csv` for spreadsheets (`spreadsheet`),
  `openapi.json` (`openapi`) and, with `root`, the record schemas (`datadoc`);
- `api/hsds/`: the HSDS 3.0 API files (`hsds_api`) and the tabular data
  package `api/hsds/tabular/` (`tabular`), both from the tables of `hsds`;
- `open-data/index.md` (`overview`) and, with `root`, `open-data/velden.md`
  (`datadoc`, generated from `schemas/`).

`api/v1/locations.geojson` belongs to the maps (`wegwijzer.geojson`). Output is
deterministic: sorted records, sorted JSON keys, stable UUIDs, and the only date
is `catalog.today`.
"""

from __future__ import annotations

from pathlib import Path

from ..files import merge
from ..model import Catalog
from ..project import Project
from ..settings import SiteSettings
from . import api, datadoc, hsds, hsds_api, openapi, overview, spreadsheet, tabular
from .common import Files, licence, select

TITLE = "Wegwijzer Jeugdhulp"

__all__ = ["generate"]


def generate(catalog: Catalog, settings: SiteSettings, root: Path | None = None) -> Files:
    pub = select(catalog)
    chosen = licence(settings.extra)
    hsds_doc = overview.hsds_doc_url(settings.repo_url, settings.extra.get("branch", "main"))
    tables = hsds.tables(pub, hsds_doc)
    parts = [
        api.generate(pub, chosen),
        {spreadsheet.PATH: spreadsheet.services_csv(pub)},
        openapi.generate(chosen, TITLE),
        hsds_api.generate(tables, hsds_doc),
        tabular.generate(tables, TITLE, chosen, catalog.today.isoformat(), hsds_doc),
        {overview.PATH: overview.overview_page(pub, chosen, hsds_doc, fields=root is not None)},
    ]
    if root is not None:
        parts.append(datadoc.generate(Project(Path(root)).schemas, catalog))
    return merge(parts)
