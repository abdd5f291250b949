"""The HSDS tabular data package, zipped: `api/hsds/datapackage.zip`.

Reads the HSDS tables (`hsds.tables`) and emits one zip file holding a CSV per HSDS table
and a Frictionless `datapackage.json` that describes every column (HSDS name, type and
format), its primary key and its foreign keys. The CSV files follow HSDS and RFC 4180
exactly (UTF-8 without BOM, comma, CRLF) and are meant for programs; people who want a
spreadsheet take `services.csv` from `api/v2/alles.zip`.

Why zipped: at national scale the tables are 112 MB of CSV, half of all open data, mostly
UUIDs; the zip is a fifth of that, one download, and Frictionless tooling reads it as it is
(`Package("datapackage.zip")`). Until December 2026 the same files stood unzipped under
`api/hsds/tabular/`. The zip is deterministic: fixed entry dates (the build date), order
and permissions.
"""

from __future__ import annotations

import csv
import io
from itertools import chain

from .common import dump, zipped
from .hsds import Tables
from .hsds_columns import COLUMNS, OBJECTS
from .hsds_hours import NOTES_EXPLAINED

PATH = "api/hsds/datapackage.zip"

# What a column holds beyond its HSDS definition, said once for the whole table.
DESCRIPTIONS = {
    "schedules": NOTES_EXPLAINED,
    "service_areas": "Eén gebied per gemeente van het werkgebied; description noemt de "
    "CBS-gemeentecode en de jeugdregio (bij een jeugdregio: de gemeenten).",
}

# column -> HSDS object it refers to (link_id points to several tables, so it has none)
_REFERENCES = {
    "organization_id": "organization",
    "parent_organization_id": "organization",
    "service_id": "service",
    "location_id": "location",
    "service_at_location_id": "service_at_location",
    "phone_id": "phone",
    "taxonomy_term_id": "taxonomy_term",
    "taxonomy_id": "taxonomy",
    "parent_id": "taxonomy_term",
}


def write_csv(header: list[str], rows: list[list[str]], delimiter: str = ",") -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


def table_csv(table: str, rows: list[dict]) -> str:
    names = [name for name, _type, _format in COLUMNS[table]]
    # HSDS rows hold only str, int and float (never bool), and the csv module writes
    # None as an empty field, so the values go in as they are (fast for 200 000 rows).
    return write_csv(names, [[row.get(name) for name in names] for row in rows])


def resource(table: str) -> dict:
    fields = []
    for name, kind, fmt in COLUMNS[table]:
        field = {"name": name, "type": kind}
        if fmt and kind == "string":
            field["format"] = fmt
        fields.append(field)
    published = set(OBJECTS.values())
    foreign = [
        {"fields": name, "reference": {"resource": _REFERENCES[name], "fields": "id"}}
        for name, _kind, _fmt in COLUMNS[table]
        if _REFERENCES.get(name) in published
    ]
    schema = {"fields": fields, "primaryKey": "id"}
    if foreign:
        schema["foreignKeys"] = foreign
    return {
        "name": OBJECTS[table],
        **({"description": DESCRIPTIONS[table]} if table in DESCRIPTIONS else {}),
        "path": f"{table}.csv",
        "profile": "tabular-data-resource",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "schema": schema,
    }


def generate(
    tables: Tables, title: str, licence: dict, today: str, homepage: str | None = None
) -> dict[str, bytes]:
    package = dump(
        {
            "profile": "tabular-data-package",
            "name": "wegwijzer-hsds",
            "title": f"{title}: sociale kaart in Open Referral HSDS 3.0",
            "description": "De organisaties, diensten en locaties van de sociale kaart in het "
            "tabelformaat van de Human Services Data Specification 3.0 (Open Referral). "
            "Nederlandse kenmerken (CBS-code, jeugdregio, toegang, verwijzers, PGB en zorg in "
            "natura) staan in attributes.csv onder de taxonomieën in taxonomies.csv.",
            "version": today,
            **({"homepage": homepage} if homepage else {}),
            "licenses": [{"name": licence["id"], "path": licence["url"], "title": licence["name"]}],
            "resources": [resource(table) for table in tables],
        },
        pretty=True,
    )
    members = ((f"{table}.csv", table_csv(table, rows)) for table, rows in tables.items())
    return {PATH: zipped(chain([("datapackage.json", package)], members), today)}
