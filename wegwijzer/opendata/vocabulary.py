"""The Dutch taxonomies of the HSDS export: what HSDS has no field for.

HSDS 3.0 describes a service in international terms; the Dutch youth-care
specifics (access under the Jeugdwet, who may refer, PGB or zorg in natura, the
CBS municipality code, the jeugdregio) travel as HSDS `attribute`s that point
to a `taxonomy_term` of one of the taxonomies below. Their terms come from the
`x-labels` of our JSON Schemas (the one source of truth) and from
`taxonomie/themas.yaml`; docs/HSDS.md documents them for people.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..records.model import Catalog
from . import ids


@dataclass(frozen=True)
class Vocabulary:
    code: str  # HSDS taxonomy_term.taxonomy; the part after "wegwijzer-" is the link_type
    name: str
    description: str
    labels: str | None  # table of Catalog.labels (schema x-labels) the terms come from
    entities: tuple[str, ...]  # HSDS tables whose records carry these attributes

    @property
    def link_type(self) -> str:
        return self.code.removeprefix("wegwijzer-")

    @property
    def id(self) -> str:
        return ids.taxonomy(self.code)


THEME = Vocabulary(
    "wegwijzer-thema",
    "Thema's",
    "De thema's van de sociale kaart (taxonomie/themas.yaml): waar een vraag van ouders of "
    "jongeren over gaat.",
    None,
    ("service",),
)
AUDIENCE = Vocabulary(
    "wegwijzer-doelgroep",
    "Doelgroep",
    "Voor wie de dienst bedoeld is.",
    "dienst.doelgroep",
    ("service",),
)
ACCESS = Vocabulary(
    "wegwijzer-toegang",
    "Toegang",
    "Hoe je bij de dienst komt: vrij toegankelijk, met een verwijzing, of met een beschikking "
    "van de gemeente (Jeugdwet).",
    "dienst.toegang",
    ("service",),
)
REFERRER = Vocabulary(
    "wegwijzer-verwijzer",
    "Verwijzer",
    "Wie naar de dienst mag verwijzen (Jeugdwet: gemeente, huisarts, jeugdarts, medisch "
    "specialist, gecertificeerde instelling, ...).",
    "verwijzer",
    ("service",),
)
FUNDING = Vocabulary(
    "wegwijzer-financiering",
    "Financiering",
    "Hoe de dienst betaald wordt: gratis, zorg in natura (ZIN), persoonsgebonden budget (PGB), "
    "Zorgverzekeringswet of eigen bijdrage.",
    "dienst.financiering",
    ("service",),
)
DELIVERY = Vocabulary(
    "wegwijzer-uitvoering",
    "Uitvoering",
    "Of de dienst door professionals of door vrijwilligers wordt gegeven.",
    "dienst.uitvoering",
    ("service",),
)
ORGANIZATION_KIND = Vocabulary(
    "wegwijzer-soort-organisatie",
    "Soort organisatie",
    "Wat voor organisatie de aanbieder is.",
    "soort",
    ("organization",),
)
LOCATION_KIND = Vocabulary(
    "wegwijzer-soort-locatie",
    "Soort locatie",
    "Wat voor plek de locatie is (CJG, inlooppunt, JIP, consultatiebureau, ...).",
    "locatie.soort",
    ("location",),
)
AREA = Vocabulary(
    "wegwijzer-gebied",
    "Gebied",
    "De Nederlandse indeling waarin een locatie of werkgebied ligt; de code of naam staat in "
    "attribute.value.",
    None,
    ("location", "service_area"),
)
DATA = Vocabulary(
    "wegwijzer-gegevens",
    "Gegevens",
    "Eigenschappen van de gegevens zelf.",
    None,
    ("organization", "service", "location"),
)
VOCABULARIES = (
    THEME,
    AUDIENCE,
    ACCESS,
    REFERRER,
    FUNDING,
    DELIVERY,
    ORGANIZATION_KIND,
    LOCATION_KIND,
    AREA,
    DATA,
)

# Terms that no schema lists: (vocabulary, code) -> (name, description)
FIXED_TERMS = {
    (AREA, "cbs-gemeentecode"): (
        "CBS-gemeentecode",
        "De gemeentecode van het CBS (GM gevolgd door vier cijfers, bijvoorbeeld GM0971); de "
        "code staat in attribute.value.",
    ),
    (AREA, "jeugdregio"): (
        "Jeugdregio",
        "De jeugdzorgregio waarin de gemeente samen jeugdhulp inkoopt; de naam staat in "
        "attribute.value.",
    ),
    (DATA, "voorbeelddata"): (
        "Voorbeeldgegevens",
        "Adres, coördinaten of telefoonnummers zijn aannemelijke voorbeeldwaarden en komen "
        "(nog) niet uit een bron.",
    ),
}


def terms(catalog: Catalog) -> list[tuple[Vocabulary, str, str, str]]:
    """Every term as (vocabulary, code, name, description), in a fixed order."""
    out = []
    for vocab in VOCABULARIES:
        if vocab is THEME:
            for theme in sorted(catalog.themes.values(), key=lambda t: t.id):
                out.append((vocab, theme.id, theme.label, theme.description))
        elif vocab.labels:
            for code, label in catalog.labels.get(vocab.labels, {}).items():
                out.append((vocab, code, label, f"{vocab.name}: {label}"))
        for (fixed, code), (name, description) in FIXED_TERMS.items():
            if fixed is vocab:
                out.append((vocab, code, name, description))
    return out


def taxonomy_rows(uri: str | None) -> list[dict]:
    rows = []
    for vocab in VOCABULARIES:
        row = {"id": vocab.id, "name": vocab.name, "description": vocab.description, "version": "1"}
        if uri:
            row["uri"] = uri
        rows.append(row)
    return rows


def term_rows(catalog: Catalog) -> list[dict]:
    return [
        {
            "id": ids.taxonomy_term(vocab.code, code),
            "code": code,
            "name": name,
            "description": description,
            "taxonomy": vocab.code,
            "taxonomy_id": vocab.id,
            "language": "nl",
        }
        for vocab, code, name, description in terms(catalog)
    ]
