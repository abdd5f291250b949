"""`api/v2/openapi.json`: an OpenAPI 3.1 description of every open-data file.

Emits one document for the static JSON API (`api/v2/`), the GeoJSON and CSV
downloads, the published record schemas (`api/v2/schemas/`), the HSDS 3.0
files (`api/hsds/`) and the HSDS tabular data package. Paths are site-relative
(`servers: ../..` resolves to the site root from this file), so the document is
right wherever the site is hosted. Record contents refer to our own JSON Schemas
(published next to this file), HSDS objects to the official Open Referral schemas.
"""

from __future__ import annotations

from .common import dump
from .hsds_columns import COLUMNS

PATH = "api/v2/openapi.json"
GEOJSON = "/api/v1/locations.geojson"  # the map's data (wegwijzer.maps), not versioned here
HSDS_SCHEMA = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/"
DATE = {"type": "string", "format": "date"}
NULLABLE_DATE = {"type": ["string", "null"], "format": "date"}
IDS = {"type": "array", "items": {"type": "string"}}


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
            "required": ["api_version", "generated_at", "licence", "counts", "lists"],
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
                "lists": {"type": "object", "additionalProperties": {"type": "string"}},
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
        f"{v2}/providers.json": _get("listProviders", "Alle aanbieders", _ref("ProviderList")),
        f"{v2}/providers/{{id}}.json": _with(
            [_param("id", "Id van de aanbieder (bestandsnaam zonder .yaml).")],
            _get(
                "getProvider",
                "Eén aanbieder met zijn locaties en diensten",
                _ref("ProviderFile"),
            ),
        ),
        f"{v2}/locations.json": _get("listLocations", "Alle locaties", _ref("LocationList")),
        f"{v2}/services.json": _get("listServices", "Alle diensten", _ref("ServiceList")),
        f"{v2}/municipalities.json": _get(
            "listMunicipalities", "Alle gemeenten met hun route", _ref("MunicipalityList")
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
        f"{v2}/services.csv": _get(
            "downloadServicesCsv",
            "Alle diensten als CSV voor Excel (UTF-8 met BOM, puntkomma)",
            {"type": "string"},
            "text/csv",
        ),
        GEOJSON: _get(
            "getLocationsGeojson",
            "Alle locaties met coördinaten als GeoJSON (RFC 7946), de gegevens van de kaart",
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
        f"{hs}/services.json": _get(
            "listHsdsServices",
            "HSDS: alle diensten (alleen één-op-één-velden)",
            _ref("HsdsPage"),
        ),
        f"{hs}/organizations.json": _get(
            "listHsdsOrganizations", "HSDS: alle organisaties", _ref("HsdsPage")
        ),
        f"{hs}/service_at_locations.json": _get(
            "listHsdsServiceAtLocations",
            "HSDS: alle koppelingen van dienst en locatie",
            _ref("HsdsPage"),
        ),
        f"{hs}/taxonomies.json": _get(
            "listHsdsTaxonomies", "HSDS: de Nederlandse taxonomieën", _ref("HsdsPage")
        ),
        f"{hs}/taxonomy_terms.json": _get(
            "listHsdsTaxonomyTerms", "HSDS: alle termen", _ref("HsdsPage")
        ),
        f"{hs}/tabular/datapackage.json": _get(
            "getHsdsDatapackage",
            "HSDS-tabellen: Frictionless datapackage.json",
            {"type": "object", "required": ["resources"]},
        ),
        f"{hs}/tabular/{{table}}.csv": _with(
            [_param("table", "Naam van de HSDS-tabel.", {"enum": sorted(COLUMNS)})],
            _get("getHsdsTable", "HSDS-tabel als CSV (RFC 4180)", {"type": "string"}, "text/csv"),
        ),
    }
    return {
        "openapi": "3.1.0",
        "jsonSchemaDialect": "https://json-schema.org/draft/2020-12/schema",
        "info": {
            "title": f"{title}: open data",
            "version": "2",
            "summary": "Sociale kaart jeugdhulp als statische JSON-API, GeoJSON, CSV en HSDS 3.0.",
            "description": "Alle bestanden zijn statisch en worden bij elke bouw van de site "
            "opnieuw gemaakt. generated_at is de bouwdatum; last_reviewed de datum waarop een "
            "mens de gegevens heeft bevestigd. Paden zijn relatief aan de site. Versie 2: "
            "een locatie en een dienst staan in het bestand van hun aanbieder "
            "(providers/{id}.json) en in de lijsten; versie 1 had ook één bestand per locatie "
            "en per dienst, en de HSDS-export één per dienst, organisatie, taxonomie en term.",
            "license": {"name": licence["name"], "identifier": licence["id"]},
        },
        "servers": [{"url": "../..", "description": "De site (relatief aan dit bestand)"}],
        "paths": paths,
        "components": {"schemas": _schemas()},
    }


def generate(licence: dict, title: str) -> dict[str, str]:
    return {PATH: dump(document(licence, title), pretty=True)}
