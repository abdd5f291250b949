"""`api/v2/openapi.json`: an OpenAPI 3.1 description of every open-data file.

Emits one document for the static JSON API (`api/v2/`), the bulk zip, the GeoJSON and CSV
downloads, the published record schemas (`api/v2/schemas/`), the HSDS 3.0
files (`api/hsds/`) and the zipped HSDS tabular data package. `CHANGES` says which URLs
went away and where their data is now; the open-data page shows the same list. Paths are site-relative
(`servers: ../..` resolves to the site root from this file), so the document is
right wherever the site is hosted. Record contents refer to our own JSON Schemas
(published next to this file), HSDS objects to the official Open Referral schemas.
"""

from __future__ import annotations

from .common import dump
from .hsds_columns import COLUMNS

PATH = "api/v2/openapi.json"
GEOJSON = "/api/v1/locations.geojson"  # made by wegwijzer.maps (geojson.open_data)
HSDS_SCHEMA = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/"
DATE = {"type": "string", "format": "date"}
NULLABLE_DATE = {"type": ["string", "null"], "format": "date"}
IDS = {"type": "array", "items": {"type": "string"}}


# Removed URLs and where their data is now (shown in info.description and on open-data/).
CHANGES = (
    (
        "december 2026 (versie 2.1)",
        "`/api/v2/providers.json`, `/api/v2/locations.json`, `/api/v2/services.json` en "
        "`/api/v2/municipalities.json` staan nu samen, ongewijzigd, in `/api/v2/alles.zip`, en "
        "ook `/api/v2/services.csv` (de spreadsheet).",
    ),
    (
        "december 2026 (versie 2.1)",
        "`/api/hsds/tabular/datapackage.json` en `/api/hsds/tabular/<tabel>.csv` staan nu "
        "samen in `/api/hsds/datapackage.zip` (zonder de map `tabular/`). `attributes.csv` heeft "
        "geen wegwijzer-gebied-attributen per werkgebied meer: CBS-code en jeugdregio staan in "
        "`service_areas.csv` (description).",
    ),
    (
        "december 2026 (versie 2.1)",
        "`/api/hsds/services.json`, `/api/hsds/organizations.json` en "
        "`/api/hsds/service_at_locations.json` zijn weg: ze bevatten alleen de "
        "één-op-één-velden van `services.csv`, `organizations.csv` en `service_at_location.csv` "
        "in `/api/hsds/datapackage.zip`.",
    ),
    (
        "december 2026 (versie 2.1)",
        "`/api/v1/locations.geojson` heeft alleen nog de feiten per locatie, coördinaten op 5 "
        "decimalen en het id als id van de feature: `aanbieder_url` heet `pagina`, `diensten` "
        "is een lijst ids; `openingstijden_tekst`, `rooster`, `roosters`, `tel` en bij de "
        "telefoonlijnen `tel`, `bereikbaar_tekst` en `rooster` (de weergave van de kaart) zijn "
        "weg.",
    ),
    (
        "versie 2",
        "geen bestand meer per locatie en per dienst: die staan in het bestand van hun "
        "aanbieder (`/api/v2/providers/{id}.json`); de HSDS-export heeft geen bestand meer per "
        "dienst, organisatie, taxonomie en term.",
    ),
)


def _ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def _closed(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}", "unevaluatedProperties": False}


def _object(required: dict, record: str, hsds: bool = True) -> dict:
    properties = {
        "page": {"type": "string", "description": "Pagina op de site, relatief aan de site."},
        "last_reviewed": {
            **DATE,
            "description": "Datum waarop een mens de gegevens heeft bevestigd "
            "(laatst_gecontroleerd; bij een dienst zonder eigen datum die van de aanbieder).",
        },
        "sample_data": {
            "type": "boolean",
            "description": "true als de gegevens (deels) aannemelijke voorbeeldwaarden zijn.",
        },
        **required,
        **(
            {
                "hsds_id": {
                    "type": "string",
                    "format": "uuid",
                    "description": "Id in de HSDS-export.",
                }
            }
            if hsds
            else {}
        ),
        "record": {
            "$ref": record,
            "description": "Het record zoals de redactie het schreef (Nederlandse veldnamen, "
            "zie open-data/velden.md).",
        },
    }
    return {"type": "object", "required": sorted(properties), "properties": properties}


def _file(name: str) -> dict:
    return {
        "allOf": [_ref(name)],
        "properties": {"generated_at": DATE},
        "required": ["generated_at"],
        "unevaluatedProperties": False,
    }


def _list(key: str, name: str) -> dict:
    return {
        "type": "object",
        "additionalProperties": False,
        "required": ["generated_at", "last_reviewed", "count", key],
        "properties": {
            "generated_at": {**DATE, "description": "Bouwdatum van de site."},
            "last_reviewed": {
                **NULLABLE_DATE,
                "description": "De meest recente controledatum van de records in de lijst.",
            },
            "count": {"type": "integer"},
            key: {"type": "array", "items": _closed(name)},
        },
    }


def _schemas() -> dict:
    page = {
        "type": "object",
        "required": [
            "total_items",
            "total_pages",
            "page_number",
            "size",
            "first_page",
            "last_page",
            "empty",
            "contents",
        ],
        "properties": {
            "total_items": {"type": "integer"},
            "total_pages": {"type": "integer", "const": 1},
            "page_number": {"type": "integer", "const": 1},
            "size": {"type": "integer"},
            "first_page": {"type": "boolean"},
            "last_page": {"type": "boolean"},
            "empty": {"type": "boolean"},
            "contents": {"type": "array"},
        },
    }
    return {
        "Provider": _object(
            {"id": {"type": "string"}, "locations": IDS, "services": IDS},
            "schemas/provider.schema.json",
        ),
        "Location": _object(
            {
                "id": {"type": "string"},
                "provider": {"type": "string"},
                "municipality": {"type": ["string", "null"]},
                "services": IDS,
            },
            "schemas/provider.schema.json#/$defs/locatie",
        ),
        "Service": _object(
            {
                "id": {"type": "string"},
                "provider": {"type": "string"},
                "locations": IDS,
                "municipalities": {
                    **IDS,
                    "description": "CBS-codes uit het werkgebied en van de locaties.",
                },
                "nationwide": {"type": "boolean", "description": "Werkgebied heel Nederland."},
                "age_min_months": {"type": ["integer", "null"]},
                "age_max_months": {
                    "type": ["integer", "null"],
                    "description": "Tot en met; een leeftijd in jaren telt het hele jaar mee.",
                },
            },
            "schemas/provider.schema.json#/$defs/dienst",
        ),
        "Municipality": _object(
            {
                "id": {"type": "string"},
                "code": {"type": "string", "pattern": "^GM[0-9]{4}$"},
                "route_in_force": {
                    **NULLABLE_DATE,
                    "description": "geldig_vanaf van de route die op generated_at geldt.",
                },
                "services": {**IDS, "description": "Diensten voor inwoners van deze gemeente."},
            },
            "schemas/gemeente.schema.json",
            hsds=False,
        ),
        "ProviderFile": {
            "type": "object",
            "additionalProperties": False,
            "required": ["generated_at", "provider", "locations", "services"],
            "properties": {
                "generated_at": {**DATE, "description": "Bouwdatum van de site."},
                "provider": _closed("Provider"),
                "locations": {"type": "array", "items": _closed("Location")},
                "services": {"type": "array", "items": _closed("Service")},
            },
        },
        "MunicipalityFile": _file("Municipality"),
        "ProviderList": _list("providers", "Provider"),
        "LocationList": _list("locations", "Location"),
        "ServiceList": _list("services", "Service"),
        "MunicipalityList": _list("municipalities", "Municipality"),
        "Index": {
            "type": "object",
            "required": ["api_version", "generated_at", "licence", "counts", "bulk", "lists"],
            "properties": {
                "api_version": {"type": "string"},
                "generated_at": DATE,
                "last_reviewed": NULLABLE_DATE,
                "licence": {
                    "type": "object",
                    "required": ["id", "name", "url"],
                    "properties": {
                        "id": {"type": "string"},
                        "name": {"type": "string"},
                        "url": {"type": "string"},
                    },
                },
                "counts": {"type": "object", "additionalProperties": {"type": "integer"}},
                "bulk": {"type": "string", "description": "Het zipbestand met de lijsten."},
                "lists": {
                    "type": "object",
                    "additionalProperties": {"type": "string"},
                    "description": "Bestandsnamen van de lijsten in het zipbestand (bulk).",
                },
                "records": {"type": "object", "additionalProperties": {"type": "string"}},
            },
        },
        "Page": page,
        "HsdsPage": {
            "allOf": [_ref("Page")],
            "description": "HSDS Page: één pagina met alle items (een statische site kan niet "
            "pagineren op verzoek).",
        },
    }


def _get(operation_id: str, summary: str, schema: dict, media: str = "application/json") -> dict:
    return {
        "get": {
            "operationId": operation_id,
            "summary": summary,
            "responses": {"200": {"description": summary, "content": {media: {"schema": schema}}}},
        }
    }


def _param(name: str, description: str, schema: dict | None = None) -> dict:
    return {
        "name": name,
        "in": "path",
        "required": True,
        "description": description,
        "schema": schema or {"type": "string"},
    }


def _with(params: list[dict], item: dict) -> dict:
    return {"parameters": params, **item}


def document(licence: dict, title: str) -> dict:
    v2, hs = "/api/v2", "/api/hsds"
    paths = {
        f"{v2}/index.json": _get("getIndex", "Overzicht van de API", _ref("Index")),
        f"{v2}/providers/{{id}}.json": _with(
            [_param("id", "Id van de aanbieder (bestandsnaam zonder .yaml).")],
            _get(
                "getProvider",
                "Eén aanbieder met zijn locaties en diensten",
                _ref("ProviderFile"),
            ),
        ),
        f"{v2}/alles.zip": _get(
            "downloadAll",
            "Alles in één download: zip met providers.json, locations.json, services.json en "
            "municipalities.json (schema's ProviderList, LocationList, ServiceList en "
            "MunicipalityList) en services.csv (alle diensten voor Excel: UTF-8 met BOM, "
            "puntkomma)",
            {"type": "string", "contentMediaType": "application/zip"},
            "application/zip",
        ),
        f"{v2}/municipalities/{{code}}.json": _with(
            [_param("code", "CBS-gemeentecode, bijvoorbeeld GM0971.")],
            _get("getMunicipality", "Eén gemeente met haar route", _ref("MunicipalityFile")),
        ),
        f"{v2}/openapi.json": _get(
            "getOpenapi",
            "Deze beschrijving (OpenAPI 3.1)",
            {"type": "object", "required": ["openapi", "info", "paths"]},
        ),
        GEOJSON: _get(
            "getLocationsGeojson",
            "Alle locaties met coördinaten als GeoJSON (RFC 7946)",
            {"type": "object", "required": ["type", "features"]},
            "application/geo+json",
        ),
        f"{v2}/schemas/{{name}}.schema.json": _with(
            [
                _param(
                    "name",
                    "Naam van het schema.",
                    {"enum": ["common", "provider", "gemeente", "themas"]},
                )
            ],
            _get("getRecordSchema", "JSON Schema van de records", {"type": "object"}),
        ),
        f"{hs}/index.json": _get(
            "getHsdsMeta",
            "HSDS-versie en waar deze beschrijving staat (HSDS-endpoint /)",
            {
                "type": "object",
                "required": ["version", "openapi_url"],
                "properties": {
                    "version": {"type": "string"},
                    "profile": {"type": "string"},
                    "openapi_url": {"type": "string"},
                },
            },
        ),
        f"{hs}/taxonomies.json": _get(
            "listHsdsTaxonomies", "HSDS: de Nederlandse taxonomieën", _ref("HsdsPage")
        ),
        f"{hs}/taxonomy_terms.json": _get(
            "listHsdsTaxonomyTerms", "HSDS: alle termen", _ref("HsdsPage")
        ),
        f"{hs}/datapackage.zip": _get(
            "getHsdsDatapackage",
            "HSDS-tabellen: zip met datapackage.json (Frictionless Tabular Data Package) en "
            "één CSV per tabel (RFC 4180): " + ", ".join(f"{t}.csv" for t in sorted(COLUMNS)),
            {"type": "string", "contentMediaType": "application/zip"},
            "application/zip",
        ),
    }
    return {
        "openapi": "3.1.0",
        "jsonSchemaDialect": "https://json-schema.org/draft/2020-12/schema",
        "info": {
            "title": f"{title}: open data",
            "version": "2.1",
            "summary": "Sociale kaart jeugdhulp als statische JSON-API, GeoJSON, CSV en HSDS 3.0.",
            "description": "Alle bestanden zijn statisch en worden bij elke bouw van de site "
            "opnieuw gemaakt. generated_at is de bouwdatum; last_reviewed de datum waarop een "
            "mens de gegevens heeft bevestigd. Paden zijn relatief aan de site. Een locatie en "
            "een dienst staan in het bestand van hun aanbieder (providers/{id}.json); alles "
            "samen staat in alles.zip. Wijzigingen: "
            + " ".join(f"{when}: {what}" for when, what in CHANGES),
            "license": {"name": licence["name"], "identifier": licence["id"]},
        },
        "servers": [{"url": "../..", "description": "De site (relatief aan dit bestand)"}],
        "paths": paths,
        "components": {"schemas": _schemas()},
    }


def generate(licence: dict, title: str) -> dict[str, str]:
    return {PATH: dump(document(licence, title), pretty=True)}
