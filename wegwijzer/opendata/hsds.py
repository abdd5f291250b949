"""The published records as HSDS 3.0 tables (Open Referral Human Services Data Specification).

Reads the published selection (`common.select`) and emits one list of flat rows
per HSDS table: organizations, organization_identifiers, services, locations,
addresses, accessibility, phones, schedules, service_at_location,
service_areas, languages, funding, cost_options, taxonomies, taxonomy_terms and
attributes. The zipped tabular data package (`tabular`) writes them as CSV; the JSON
endpoints (`hsds_api`) publish the taxonomies and terms. Ids are stable UUIDs (`ids`); the Dutch
specifics are attributes under the taxonomies of `vocabulary`. docs/HSDS.md
documents the mapping field by field.
"""

from __future__ import annotations

from ..blocks.page import language_name
from ..records.model import Location, Provider, Service
from ..records.published import Published
from . import hsds_contact, ids
from .common import plain_text
from .hsds_columns import COLUMNS
from .hsds_hours import HOURS_NOTE
from .hsds_hours import describe as _describe
from .hsds_hours import week as _week
from .vocabulary import (
    ACCESS,
    AREA,
    AUDIENCE,
    DATA,
    DELIVERY,
    FUNDING,
    LOCATION_KIND,
    ORGANIZATION_KIND,
    REFERRER,
    THEME,
    Vocabulary,
    taxonomy_rows,
    term_rows,
)

Row = dict
Tables = dict[str, list[Row]]

COST = {"gratis", "eigen-bijdrage"}  # HSDS cost_option; the other financiering values are funding


def _clean(row: Row) -> Row:
    """Leave out empty fields: HSDS wants a field absent rather than empty."""
    return {k: v for k, v in row.items() if v is not None and v != "" and v != []}


def _age_years(value: int | str) -> float | int:
    """An age as written (12, "-9 maanden", "18 maanden", "3 jaar") in years."""
    if isinstance(value, int):
        return value
    number, unit = value.split()
    return int(number) if unit == "jaar" else round(int(number) / 12, 2)


def _age_text(value: int | str) -> str:
    return f"{value} jaar" if isinstance(value, int) else value


class _Builder:
    def __init__(self, pub: Published, uri: str | None):
        self.pub = pub
        self.catalog = pub.catalog
        self.tables: Tables = {name: [] for name in COLUMNS}
        self.tables["taxonomies"] = taxonomy_rows(uri)
        self.tables["taxonomy_terms"] = term_rows(self.catalog)
        self.known_terms = {row["id"] for row in self.tables["taxonomy_terms"]}
        self.published_locations = {loc.id for loc in pub.locations}

    def add(self, table: str, row: Row) -> None:
        self.tables[table].append(_clean(row))

    def attribute(
        self, vocab: Vocabulary, entity: str, link_id: str, term: str, value: str | None = None
    ) -> None:
        term_id = ids.taxonomy_term(vocab.code, term)
        if term_id not in self.known_terms:  # a code without a label: never link to nothing
            return
        self.add(
            "attributes",
            {
                "id": ids.make("attribute", entity, link_id, vocab.code, term),
                "link_id": link_id,
                "taxonomy_term_id": term_id,
                "link_type": vocab.link_type,
                "link_entity": entity,
                "value": value,
            },
        )

    def phone(self, owner: str, owner_id: str, number: str | None, description=None) -> None:
        if number:
            self.add(
                "phones",
                {
                    "id": ids.make("phone", owner, owner_id),
                    f"{owner}_id": owner_id,
                    "number": number,
                    "type": "voice",
                    "description": description,
                },
            )

    def organization(self, provider: Provider) -> None:
        oid = ids.organization(provider.id)
        self.add(
            "organizations",
            {
                "id": oid,
                "name": provider.name,
                "description": plain_text(provider.description),
                "email": provider.email,
                "website": provider.website,
            },
        )
        self.add(
            "organization_identifiers",
            {
                "id": ids.make("organization_identifier", provider.id),
                "organization_id": oid,
                "identifier_type": "wegwijzer-id",
                "identifier": provider.id,
            },
        )
        if provider.phone_lines:
            hsds_contact.phone_lines(self, "organization", oid, provider.phone_lines)
        else:
            self.phone(
                "organization", oid, provider.phone, provider.raw.get("telefoon_toelichting")
            )
        self.attribute(ORGANIZATION_KIND, "organization", oid, provider.kind)
        if provider.sample:
            self.attribute(DATA, "organization", oid, "voorbeelddata", "true")

    def location(self, location: Location) -> None:
        lid = ids.location(location.id)
        provider = self.catalog.providers[location.provider_id]
        municipality = self.catalog.municipalities.get(location.municipality or "")
        self.add(
            "locations",
            {
                "id": lid,
                "location_type": "virtual" if location.kind == "online" else "physical",
                "url": location.website,
                "organization_id": ids.organization(location.provider_id),
                "name": location.name,
                "description": location.raw.get("omschrijving"),
                "latitude": location.lat,
                "longitude": location.lon,
                "external_identifier": location.id,
                "external_identifier_type": "wegwijzer-id",
            },
        )
        if location.address:
            self.add(
                "addresses",
                {
                    "id": ids.make("address", location.id),
                    "location_id": lid,
                    "address_1": location.address["straat"],
                    "city": location.address["plaats"],
                    "region": municipality.name if municipality else None,
                    "state_province": municipality.province if municipality else "",
                    "postal_code": location.address["postcode"],
                    "country": "NL",
                    "address_type": "physical",
                },
            )
        if location.raw.get("toegankelijkheid"):
            self.add(
                "accessibility",
                {
                    "id": ids.make("accessibility", location.id),
                    "location_id": lid,
                    "details": location.raw["toegankelijkheid"],
                },
            )
        if location.phone_lines:
            hsds_contact.phone_lines(self, "location", lid, location.phone_lines)
        else:
            self.phone("location", lid, location.phone)
        if location.opening_hours:
            self.schedules(location, lid)
        self.attribute(LOCATION_KIND, "location", lid, location.kind)
        if municipality:
            self.attribute(AREA, "location", lid, "cbs-gemeentecode", municipality.code)
            self.attribute(AREA, "location", lid, "jeugdregio", municipality.region)
        if provider.sample:
            self.attribute(DATA, "location", lid, "voorbeelddata", "true")

    def schedules(self, location: Location, lid: str) -> None:
        text = location.opening_hours.strip()
        shared = {
            "location_id": lid,
            "description": ("Alleen op afspraak. " if location.by_appointment else "")
            + _describe(text),
            "notes": HOURS_NOTE.format(text=text),
        }
        pattern = _week(text, self.catalog.today)
        if not pattern:  # never open in a normal week (e.g. "off", only by appointment)
            self.add("schedules", {"id": ids.make("schedule", location.id), **shared})
        for byday, opens, closes in pattern:
            self.add(
                "schedules",
                {
                    "id": ids.make("schedule", location.id, byday, opens, closes),
                    **shared,
                    "freq": "WEEKLY",
                    "interval": 1,
                    "wkst": "MO",
                    "byday": byday,
                    "opens_at": opens,
                    "closes_at": closes,
                },
            )

    def service(self, service: Service) -> None:
        sid = ids.service(service.id)
        labels = self.catalog.label
        age = service.raw.get("leeftijd")
        eligibility = "Voor: " + ", ".join(labels("dienst.doelgroep", a) for a in service.audience)
        if age:
            eligibility += f". Leeftijd: van {_age_text(age['van'])} tot en met "
            eligibility += _age_text(age["tot"])
        self.add(
            "services",
            {
                "id": sid,
                "organization_id": ids.organization(service.provider_id),
                "name": service.name,
                "description": plain_text(service.description),
                "url": service.website,
                "email": service.email,
                "status": "active",
                "application_process": service.raw.get("aanmelden"),
                "fees_description": "; ".join(
                    labels("dienst.financiering", f) for f in service.funding
                ),
                "eligibility_description": eligibility + ".",
                "minimum_age": _age_years(age["van"]) if age else None,
                "maximum_age": _age_years(age["tot"]) if age else None,
                "assured_date": service.last_reviewed.isoformat(),
            },
        )
        self.phone("service", sid, service.phone)
        for location_id in service.location_ids:
            if location_id in self.published_locations:
                self.add(
                    "service_at_location",
                    {
                        "id": ids.service_at_location(service.id, location_id),
                        "service_id": sid,
                        "location_id": ids.location(location_id),
                    },
                )
        if service.phone_lines:
            hsds_contact.phone_lines(self, "service", sid, service.phone_lines)
        hsds_contact.line_schedules(self, service, sid)
        for region_id in service.area_regions:
            hsds_contact.region_area(self, service, sid, region_id)
        for code in service.area:
            self.service_area(service, sid, code)
        for language in service.languages:
            self.add(
                "languages",
                {
                    "id": ids.make("language", service.id, language),
                    "service_id": sid,
                    "name": language_name(language),
                    "code": language,
                },
            )
        for value in service.funding:
            label = labels("dienst.financiering", value)
            if value not in COST:
                self.add(
                    "funding",
                    {
                        "id": ids.make("funding", service.id, value),
                        "service_id": sid,
                        "source": label,
                    },
                )
            else:
                free = value == "gratis"
                self.add(
                    "cost_options",
                    {
                        "id": ids.make("cost_option", service.id, value),
                        "service_id": sid,
                        "option": label,
                        "currency": "EUR" if free else None,
                        "amount": 0 if free else None,
                        "amount_description": None
                        if free
                        else "Er is een eigen bijdrage; vraag de aanbieder naar het bedrag.",
                    },
                )
        for theme in service.themes:
            self.attribute(THEME, "service", sid, theme)
        for vocab, values in (
            (AUDIENCE, service.audience),
            (ACCESS, [service.access]),
            (REFERRER, service.referrers),
            (FUNDING, service.funding),
            (DELIVERY, service.delivery),
        ):
            for value in values:
                self.attribute(vocab, "service", sid, value)
        if self.catalog.providers[service.provider_id].sample:
            self.attribute(DATA, "service", sid, "voorbeelddata", "true")

    def service_area(self, service: Service, sid: str, code: str) -> None:
        """One area per municipality of the werkgebied ("NL": the whole country)."""
        area_id = ids.make("service_area", service.id, code)
        municipality = self.catalog.municipalities.get(code)
        if code == "NL":
            name, description = "Nederland", "Heel Nederland."
        elif municipality:
            name = municipality.name
            description = (
                f"Gemeente {municipality.name} (CBS-code {code}), jeugdregio {municipality.region}."
            )
        else:
            # A municipality of a region that has no page of its own: its name from the region.
            region = self.catalog.region_of(code)
            name = region.names.get(code, code) if region else code
            description = f"Gemeente {name} (CBS-code {code})" + (
                f", jeugdregio {region.name}." if region else "."
            )
        # The code and the region are in the description and nowhere else: as attributes they
        # were 171,000 of the 391,000 rows of attributes.csv at national scale (22 MB), the
        # same facts as this row and as the municipality's own record.
        self.add(
            "service_areas",
            {"id": area_id, "service_id": sid, "name": name, "description": description},
        )


def tables(pub: Published, uri: str | None = None) -> Tables:
    """Every HSDS table as flat rows (empty fields left out), in a fixed order.

    `uri` is where people read about our taxonomies (taxonomy.uri), if known.
    """
    builder = _Builder(pub, uri)
    for provider in pub.providers:
        builder.organization(provider)
    for location in pub.locations:
        builder.location(location)
    for service in pub.services:
        builder.service(service)
    return builder.tables
