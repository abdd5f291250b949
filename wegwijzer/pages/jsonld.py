"""schema.org JSON-LD for record pages, serialised so it cannot leave its `<script>`.

Reads providers, services and locations and emits one
`<script type="application/ld+json">` element per page: `Organization` for a provider (with
its locations as `Place`), `Service` or `GovernmentService` for a service (provider,
audience, area, service channel with its phone lines). Opening hours become
`openingHoursSpecification`: the weekly pattern; each phone line becomes a `ContactPoint`
with its purpose (`contactType`) and `hoursAvailable` (a 24/7 line: every day 00:00-23:59),
on the organization and as the service channel's `servicePhone`. A region in the service
area is an `AdministrativeArea` next to its municipalities. Opening hours: the weekly pattern (the holiday exceptions stay in the page's
"nu open" schedule; as JSON-LD they doubled the size of a provider page). A `Place` has no
`geo`: the coordinates are in the open data (GeoJSON, API, HSDS), and on a CJG's page with
17 locations they cost 1.2 KB of the 40 KB budget. A service names its provider (name and
website) but not its places: those, with their address, phone and opening hours, are the
provider's `Organization.location`, once on the provider's page instead of again on each of
its services (a national set has 20,000 service pages). All text goes
through `html.script_json`, which escapes `<`, `>` and `&`.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from ..html import script_json, url
from ..records import hours, phones
from ..records.model import Catalog, Location, PhoneLine, Provider, Service
from .components import plain_text

DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
GOVERNMENT_KINDS = {"cjg", "gemeente", "jgz", "veiligheid"}
AUDIENCE = {
    "aanstaande-ouders": "Aanstaande ouders",
    "ouders": "Ouders",
    "kinderen": "Kinderen",
    "jongeren": "Jongeren",
    "professionals": "Professionals",
}


def script(data: dict) -> str:
    """The JSON-LD element (one line, so Python-Markdown keeps it as one raw HTML block)."""
    return f'<script type="application/ld+json">{script_json(data)}</script>'


def _clean(data: dict) -> dict:
    return {k: v for k, v in data.items() if v not in (None, "", [], {})}


def _phone(number: str | None) -> str | None:
    if not number:
        return None
    e164, _ = phones.parse(number)
    return e164


def _time(value: str) -> str:
    return "23:59" if value == "24:00" else value


@lru_cache(maxsize=4096)
def opening_hours(text: str, today: dt.date) -> tuple[dict, ...]:
    """openingHoursSpecification of the weekly pattern for an OSM `opening_hours` string."""
    try:
        rooster = hours.schedule(text, today)
    except ValueError:
        return ()
    by_times: dict[tuple, list[str]] = {}
    for day, intervals in enumerate(rooster["week"]):
        for start, end in intervals:
            by_times.setdefault((start, end), []).append(DAYS[day])
    return tuple(
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": days,
            "opens": _time(start),
            "closes": _time(end),
        }
        for (start, end), days in sorted(by_times.items())
    )


def contact_point(line: PhoneLine, today: dt.date) -> dict | None:
    """A phone line as a `ContactPoint` (None when the number is not valid)."""
    number = _phone(line.number)
    if not number:
        return None
    data = {
        "@type": "ContactPoint",
        "telephone": number,
        "contactType": line.purpose,
        "hoursAvailable": list(opening_hours(line.hours, today)) if line.hours else None,
    }
    return _clean(data)


def contact_points(lines: list[PhoneLine], today: dt.date) -> list[dict]:
    return [point for point in (contact_point(line, today) for line in lines) if point]


def place(location: Location, today: dt.date) -> dict:
    address = location.address or {}
    data = {
        "@type": "Place",
        "name": location.name,
        "telephone": _phone(location.phone),
        "url": url(location.website),
        "address": _clean(
            {
                "@type": "PostalAddress",
                "streetAddress": address.get("straat"),
                "postalCode": address.get("postcode"),
                "addressLocality": address.get("plaats"),
                "addressCountry": "NL",
            }
        )
        if address
        else None,
    }
    if location.opening_hours:
        data["openingHoursSpecification"] = list(opening_hours(location.opening_hours, today))
    return _clean(data)


def organization(provider: Provider, page_url: str | None = None) -> dict:
    return _clean(
        {
            "@type": "Organization",
            "name": provider.name,
            "url": url(provider.website) or page_url,
            "telephone": _phone(provider.phone),
            "email": provider.email,
        }
    )


def provider_data(provider: Provider, catalog: Catalog, page_url: str | None) -> dict:
    data = organization(provider, page_url)
    data["@context"] = "https://schema.org"
    data["description"] = plain_text(provider.description)
    places = [place(loc, catalog.today) for loc in provider.locations if loc.kind != "online"]
    if places:
        data["location"] = places
    points = contact_points(provider.phone_lines, catalog.today)
    if points:
        data["contactPoint"] = points
    return _clean(data)


def service_data(service: Service, catalog: Catalog, page_url: str | None) -> dict:
    provider = catalog.providers.get(service.provider_id)
    kind = "GovernmentService" if provider and provider.kind in GOVERNMENT_KINDS else "Service"
    area = [
        {"@type": "AdministrativeArea", "name": f"Jeugdregio {catalog.regions[rid].name}"}
        for rid in service.area_regions
        if rid in catalog.regions
    ]
    for code in service.area:
        if code == "NL":
            area.append({"@type": "Country", "name": "Nederland"})
        else:
            area.append({"@type": "City", "name": catalog.municipality_name(code)})
    points = contact_points(catalog.phone_lines_for(service), catalog.today)
    if not points and _phone(service.phone):
        points = [{"@type": "ContactPoint", "telephone": _phone(service.phone)}]
    channel = _clean(
        {
            "@type": "ServiceChannel",
            "servicePhone": points[0] if len(points) == 1 else points,
            "serviceUrl": url(service.website),
            "availableLanguage": sorted(service.languages),
        }
    )
    data = {
        "@context": "https://schema.org",
        "@type": kind,
        "name": service.name,
        "description": plain_text(service.description),
        "url": page_url,
        "provider": _clean(
            {"@type": "Organization", "name": provider.name, "url": url(provider.website)}
        )
        if provider
        else None,
        # one Audience naming every group: schema.org's audienceType is free text
        "audience": {
            "@type": "Audience",
            "audienceType": ", ".join(AUDIENCE.get(a, a) for a in service.audience),
        }
        if service.audience
        else None,
        "areaServed": area,
        "availableChannel": channel if len(channel) > 1 else None,
        "category": [catalog.themes[t].label for t in service.themes if t in catalog.themes],
    }
    return _clean(data)
