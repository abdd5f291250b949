"""The HSDS 3.0 API as static files under `api/hsds/`: the bulk files HSDS users load.

Reads the HSDS tables (`hsds.tables`) and emits the list endpoints of the HSDS 3.0 OpenAPI
as files a static host can serve (`/services` becomes `services.json`): `index.json` (the
`/` endpoint: version and where the OpenAPI file is), `services.json`,
`organizations.json`, `service_at_locations.json`, `taxonomies.json` and
`taxonomy_terms.json`, each one page holding every item (one-to-one fields only). With
the tabular data package (`tabular`: every table as CSV) they hold every row.

What is worth a file at national scale: one file per service, organization, taxonomy and
term (`services/{id}.json` and so on, fully nested) was 24,500 files and 220 MB, a fifth of the
whole site, each repeating rows the lists and the tables already hold; they are left out.
"""

from __future__ import annotations

from collections.abc import Iterator

from .common import Files, dump
from .hsds import Row, Tables

BASE = "api/hsds"
HSDS_VERSION = "3.0"


def page(contents: list[Row]) -> dict:
    """An HSDS `Page` holding every item: a static site cannot paginate on request."""
    return {
        "total_items": len(contents),
        "total_pages": 1,
        "page_number": 1,
        "size": len(contents),
        "first_page": True,
        "last_page": True,
        "empty": not contents,
        "contents": contents,
    }


def generate(tables: Tables, profile: str | None) -> Files:
    return dict(iter_files(tables, profile))


def iter_files(tables: Tables, profile: str | None) -> Iterator[tuple[str, str]]:
    """The HSDS API files one at a time (the index and the lists)."""
    yield (
        f"{BASE}/index.json",
        dump(
            {
                "version": HSDS_VERSION,
                "openapi_url": "../v2/openapi.json",
                **({"profile": profile} if profile else {}),
            },
            pretty=True,
        ),
    )
    lists = {
        "services": tables["services"],
        "organizations": tables["organizations"],
        "service_at_locations": tables["service_at_location"],
        "taxonomies": tables["taxonomies"],
        "taxonomy_terms": tables["taxonomy_terms"],
    }
    for name, rows in lists.items():
        yield f"{BASE}/{name}.json", dump(page(rows))
