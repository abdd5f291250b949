"""`open-data/index.md`: what the site publishes as open data, where, and under which licence.

Reads the published selection and the settings; emits one Markdown page with
links to every open-data file (MkDocs checks those links when it builds).
"""

from __future__ import annotations

from ..blocks.page import date_nl, page
from ..records.published import Published
from .openapi import CHANGES

GEOJSON = "api/v1/locations.geojson"  # made by wegwijzer.maps (geojson.open_data)

PATH = "open-data/index.md"


def hsds_doc_url(repo_url: str, branch: str) -> str | None:
    """docs/HSDS.md in the repository (mapping and Dutch taxonomies), if the repo is known."""
    return f"{repo_url}/blob/{branch}/docs/HSDS.md" if repo_url else None


def overview_page(pub: Published, licence: dict, hsds_doc: str | None, fields: bool = True) -> str:
    """The page; `fields` links to open-data/velden.md (only generated when schemas are read)."""
    c = pub.catalog
    counts = (
        f"{len(pub.providers)} aanbieders, {len(pub.locations)} locaties, "
        f"{len(pub.services)} diensten en {len(pub.municipalities)} gemeenten"
    )
    v2, hs = "../api/v2", "../api/hsds"
    mapping = f"[docs/HSDS.md]({hsds_doc})" if hsds_doc else "docs/HSDS.md in de repository"
    body = [
        "# Open data",
        "Alle gegevens van deze sociale kaart zijn open data: iedereen mag ze gebruiken, "
        "bijvoorbeeld voor een eigen wegwijzer, een app of onderzoek. Het gaat om "
        f"{counts}. Er staan nooit persoonsgegevens van kinderen of gezinnen in.",
        f"De bestanden zijn gemaakt op {date_nl(c.today)} (`generated_at`). Elk record heeft "
        "een `last_reviewed`: de datum waarop een mens heeft bevestigd dat de gegevens "
        "kloppen. Gegevens met `sample_data: true` zijn (deels) voorbeeldwaarden.",
        "## Licentie",
        f"De gegevens vallen onder [{licence['name']}]({licence['url']}).",
        "## Wat staat waar",
        "| Bestand | Wat | Formaat |\n|---|---|---|\n"
        f"| [api/v2/index.json]({v2}/index.json) | overzicht van de API, met aantallen | JSON |\n"
        f"| [api/v2/alles.zip]({v2}/alles.zip) | alles in één download: `providers.json`, "
        "`locations.json`, `services.json` en `municipalities.json`, en `services.csv`: alle "
        "diensten als spreadsheet (UTF-8, puntkomma; opent in Excel) | zip met JSON en CSV |\n"
        "| `api/v2/providers/<id>.json` | één aanbieder met zijn locaties en diensten | JSON |\n"
        "| `api/v2/municipalities/<CBS-code>.json` | één gemeente met haar route naar jeugdhulp "
        "en de diensten voor haar inwoners | JSON |\n"
        f"| [api/v1/locations.geojson](../{GEOJSON}) | alle locaties met hun coördinaten "
        "| GeoJSON |\n"
        f"| [api/v2/openapi.json]({v2}/openapi.json) | beschrijving van alle bestanden | "
        "OpenAPI 3.1 |\n"
        f"| [api/v2/schemas/]({v2}/schemas/provider.schema.json) | de JSON Schemas van de "
        "records | JSON Schema 2020-12 |\n"
        f"| [api/hsds/datapackage.zip]({hs}/datapackage.zip) | dezelfde gegevens in de "
        "internationale standaard HSDS 3.0 (Open Referral): één CSV-bestand per tabel en "
        "`datapackage.json` | zip met een Frictionless Data Package |\n"
        f"| [api/hsds/index.json]({hs}/index.json) | HSDS-versie, met `taxonomies.json` en "
        "`taxonomy_terms.json`: de Nederlandse taxonomieën en hun termen | HSDS 3.0 JSON |",
        "## Wat is veranderd",
        "Per wijziging: wat er anders is en waar de gegevens nu staan.\n\n"
        + "\n".join(f"- {when}: {what}" for when, what in CHANGES),
        "Een zipbestand opent u met de verkenner of Finder; Frictionless-programma's lezen "
        "`datapackage.zip` zonder uitpakken. Gezipt zijn de bestanden vier tot tien keer "
        "kleiner: daarom staan de lijsten en de tabellen niet meer los op de site, die voor "
        "het hele land anders niet op een gewone webhost past.",
        "## Velden",
        "Wat elk veld betekent, welke waarden mogen en een voorbeeld staat op "
        + ("[Velden van de gegevens](velden.md)." if fields else "open-data/velden.md."),
        "## HSDS 3.0",
        "De HSDS-export gebruikt vaste ids (UUID's): hetzelfde record houdt bij elke bouw "
        "hetzelfde id. Wat HSDS niet kent (CBS-gemeentecode, jeugdregio, toegang via de "
        "Jeugdwet, wie mag verwijzen, PGB of zorg in natura) staat in `attributes` onder "
        f"Nederlandse taxonomieën. De volledige vertaling staat in {mapping}.",
    ]
    return page(body, title="Open data")
