"""The HSDS 3.0 API as static files under `api/hsds/`.

Reads the HSDS tables (`hsds.tables`) and emits what the HSDS 3.0 OpenAPI
describes, as files a static host can serve (`/services/{id}` becomes
`services/{id}.json`): `index.json` (the `/` endpoint: version and where the
OpenAPI file is), `services.json`, `organizations.json`,
`service_at_locations.json`, `taxonomies.json` and `taxonomy_terms.json` (one
page holding every item, one-to-one fields only) and one fully nested
`organizations/{id}.json` per organization (HSDS compiled organization, with its
locations and services).

What is worth a file at national scale: an organization's file is what an editor's
provider file holds, so it stays. A file per service (`services/{id}.json`, 20,000 compiled
services that repeated their organization and locations: 60 % of the site's open data) and
per taxonomy term are left out; the lists, the organization files and the tabular data
package hold every row.
"""

from __future__ import annotations

from collections import defaultdict
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


class Nester:
    """Builds fully nested HSDS objects from the flat tables (children found by parent id)."""

    def __init__(self, tables: Tables):
        self.tables = tables
        self.by: dict[tuple[str, str], dict[str, list[Row]]] = {}
        self.organizations = {row["id"]: row for row in tables["organizations"]}
        self.locations = {row["id"]: row for row in tables["locations"]}

    def children(self, table: str, key: str, parent_id: str) -> list[Row]:
        index = self.by.get((table, key))
        if index is None:
            index = defaultdict(list)
            for row in self.tables[table]:
                if key in row:
                    index[row[key]].append(row)
            self.by[(table, key)] = index
        return index.get(parent_id, [])

    def attributes(self, link_id: str) -> list[Row]:
        # The term itself is not repeated in every attribute (that tripled the size of a
        # national export): it is in taxonomy_terms.json and taxonomy_terms/{id}.json.
        return self.children("attributes", "link_id", link_id)

    def _with(self, row: Row, **nested: list | dict) -> Row:
        out = dict(row)
        for key, value in nested.items():
            if value:
                out[key] = value
        return out

    def location(self, location_id: str) -> Row:
        return self._with(
            self.locations[location_id],
            addresses=[
                self._with(a, attributes=self.attributes(a["id"]))
                for a in self.children("addresses", "location_id", location_id)
            ],
            accessibility=self.children("accessibility", "location_id", location_id),
            phones=self.children("phones", "location_id", location_id),
            schedules=self.children("schedules", "location_id", location_id),
            attributes=self.attributes(location_id),
        )

    def organization(self, row: Row) -> Row:
        oid = row["id"]
        return self._with(
            row,
            phones=self.children("phones", "organization_id", oid),
            locations=[
                self.location(loc["id"])
                for loc in self.children("locations", "organization_id", oid)
            ],
            services=self.children("services", "organization_id", oid),
            organization_identifiers=self.children(
                "organization_identifiers", "organization_id", oid
            ),
            attributes=self.attributes(oid),
        )


def generate(tables: Tables, profile: str | None) -> Files:
    return dict(iter_files(tables, profile))


def iter_files(tables: Tables, profile: str | None) -> Iterator[tuple[str, str]]:
    """The HSDS API files one at a time (the lists and one file per organization)."""
    nest = Nester(tables)
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
    for row in tables["organizations"]:
        yield f"{BASE}/organizations/{row['id']}.json", dump(nest.organization(row))
