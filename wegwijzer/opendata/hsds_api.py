"""The HSDS 3.0 API as static files under `api/hsds/`: the entry point and the vocabulary.

Reads the HSDS tables (`hsds.tables`) and emits the endpoints of the HSDS 3.0 OpenAPI that
are worth a file on a static host (`/taxonomies` becomes `taxonomies.json`): `index.json`
(the `/` endpoint: version and where the OpenAPI file is), `taxonomies.json` and
`taxonomy_terms.json`, each one page holding every item. Every row of every table is in the
zipped data package (`tabular`).

What is worth a file at national scale: one file per service, organization, taxonomy and
term was 24,500 files and 220 MB; the lists `services.json`, `organizations.json` and
`service_at_locations.json` (18 MB, until December 2026) held only the one-to-one fields of
rows the data package holds in full. Both are left out; the vocabulary stays readable
without unzipping.
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
        "taxonomies": tables["taxonomies"],
        "taxonomy_terms": tables["taxonomy_terms"],
    }
    for name, rows in lists.items():
        yield f"{BASE}/{name}.json", dump(page(rows))
