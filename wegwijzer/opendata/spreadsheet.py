"""`services.csv` in `api/v2/alles.zip`: every published service as one row, for people with a
spreadsheet.

Reads the published selection and emits a CSV that Dutch Excel opens with a
double click: UTF-8 with a byte order mark (else Excel reads it as Windows-1252),
`;` between fields (Dutch Excel uses the comma for decimals, so it expects `;`),
CRLF line ends. Values are the labels people read ("Verwijzing nodig"), not codes.

Formula injection: a spreadsheet runs a cell that starts with `=`, `+`, `-` or `@`
(and tab or carriage return) as a formula, so such a cell gets a leading
apostrophe; a plain number such as `-9` stays a number.

Until December 2026 the file stood on its own at `api/v2/services.csv`: 15 MB at national
scale, beside the lists that say the same. In the zip it is one of the files of the one
bulk download (`api`); a zip opens with a double click too.
"""

from __future__ import annotations

import re

from ..records.published import Published
from ..urls import service_page
from .common import plain_text
from .tabular import write_csv

NAME = "services.csv"  # inside api/v2/alles.zip
_RISKY = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"^-?[0-9]+([.,][0-9]+)?$")

HEADER = [
    "id",
    "naam",
    "aanbieder",
    "aanbieder_naam",
    "omschrijving",
    "themas",
    "doelgroep",
    "leeftijd_van_maanden",
    "leeftijd_tot_en_met_maanden",
    "toegang",
    "verwijzers",
    "financiering",
    "uitvoering",
    "locaties",
    "gemeenten",
    "werkgebied",
    "talen",
    "telefoon",
    "email",
    "website",
    "aanmelden",
    "geldig_vanaf",
    "geldig_tot",
    "laatst_gecontroleerd",
    "voorbeelddata",
    "pagina",
]


def safe(value) -> str:
    """A cell that no spreadsheet will run as a formula."""
    text = "" if value is None else str(value)
    if text.startswith(_RISKY) and not _NUMBER.match(text):
        return "'" + text
    return text


def services_csv(pub: Published) -> str:
    catalog = pub.catalog
    label = catalog.label
    rows = []
    for service in pub.services:
        provider = catalog.providers[service.provider_id]
        locations = [catalog.locations[i] for i in service.location_ids if i in catalog.locations]
        municipalities = [catalog.municipality_name(c) for c in pub.service_codes[service.id]]
        themes = [catalog.themes[t].label if t in catalog.themes else t for t in service.themes]
        row = [
            service.id,
            service.name,
            provider.id,
            provider.name,
            plain_text(service.description),
            ", ".join(themes),
            ", ".join(label("dienst.doelgroep", a) for a in service.audience),
            service.age_min_months,
            service.age_max_months,
            label("dienst.toegang", service.access),
            ", ".join(label("verwijzer", r) for r in service.referrers),
            ", ".join(label("dienst.financiering", f) for f in service.funding),
            ", ".join(label("dienst.uitvoering", d) for d in service.delivery),
            ", ".join(loc.name for loc in locations),
            ", ".join(municipalities),
            ", ".join("heel Nederland" if c == "NL" else c for c in service.area),
            ", ".join(service.languages),
            service.phone,
            service.email,
            service.website,
            service.raw.get("aanmelden"),
            service.valid_from.isoformat() if service.valid_from else None,
            service.valid_until.isoformat() if service.valid_until else None,
            service.last_reviewed.isoformat(),
            "ja" if provider.sample else "nee",
            service_page(service),
        ]
        rows.append([safe(value) for value in row])
    return "\ufeff" + write_csv(HEADER, rows, delimiter=";")
