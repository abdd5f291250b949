"""The map element any page can carry: marker signs, the legend, a small map of some locations.

Reads locations of the catalog and emits escaped HTML; every record value goes through
`wegwijzer.html`. `collection` is the GeoJSON of some locations: the overview map's data
file and, inline in the page (`<script type="application/json">`), a small map's own data. `overrides/assets/javascripts/kaart.js` draws the map in the browser. Colours, shapes and letters of the
marker signs live in one place, `overrides/assets/stylesheets/kaart.css`
(`.wwk-teken--<soort>`); kaart.js and this module only name the class.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from .. import html
from ..records import hours, phones
from ..records.model import Catalog, Location
from ..urls import provider_page, service_page

# Legend order: where parents go first, then the rest. Unknown kinds follow, sorted.
KIND_ORDER = (
    "cjg",
    "inlooppunt",
    "jip",
    "consultatiebureau",
    "peuterspeelzaal",
    "school",
    "praktijk",
    "gemeentehuis",
    "kantoor",
    "online",
)


def kind_class(kind: str | None) -> str:
    """The CSS class suffix of a location kind (a schema enum; sanitised all the same)."""
    return re.sub(r"[^a-z0-9-]", "", (kind or "").lower()) or "onbekend"


def kind_key(kind: str) -> tuple[int, str]:
    return (KIND_ORDER.index(kind) if kind in KIND_ORDER else len(KIND_ORDER), kind)


def sign(kind: str | None, small: bool = False) -> str:
    size = " wwk-teken--klein" if small else ""
    return f'<span class="wwk-teken{size} wwk-teken--{kind_class(kind)}" aria-hidden="true"></span>'


def legend(kinds: dict[str, str]) -> str:
    """`<ul>` of kind signs and labels (`{kind: label}`), in legend order."""
    items = "".join(
        f"<li>{sign(kind)} {html.text(kinds[kind])}</li>" for kind in sorted(kinds, key=kind_key)
    )
    return f'<ul class="wwk-legenda" aria-label="Legenda">{items}</ul>'


def address_line(location: Location) -> str:
    address = location.address or {}
    if not address:
        return ""
    return f"{address['straat']}, {address['postcode']} {address['plaats']}"


# What a small map's popup shows of a location: its inline data carries only these. The
# filters' fields (themes, municipality code) and "Aanbod hier" (4 KB on a provider page with
# seven locations) are the overview's; a small map's popup links to the provider's page.
POPUP = {
    "id",
    "naam",
    "soort",
    "soort_label",
    "adres",
    "gemeente_naam",
    "openingstijden_tekst",
    "rooster",
    "telefoon",
    "tel",
    "telefoonlijnen",
    "op_afspraak",
    "aanbieder_naam",
    "aanbieder_url",
}


def phone_lines_at(location: Location, provider) -> list:
    """The lines to call about a location: its own, else its provider's (as a service's lines
    fall back to its provider's in `Catalog.phone_lines_for`); crisis lines first."""
    lines = location.phone_lines or provider.phone_lines
    return [line for line in lines if line.crisis] + [line for line in lines if not line.crisis]


def line_hours(rows: list[list[str]]) -> str:
    """A phone line's hours in words: "dag en nacht" for 24/7, else "days: times; ..."
    (kaart.js's `lijnUren` says the same)."""
    if rows == [["elke dag", "dag en nacht open"]]:
        return "dag en nacht"
    return "; ".join(f"{days}: {times}" for days, times in rows)


@lru_cache(maxsize=4096)
def _describe(text: str) -> list[list[str]]:
    return [list(row) for row in hours.describe(text)]


@lru_cache(maxsize=4096)
def _schedule(text: str, start) -> tuple[str, dict]:
    data = hours.schedule(text, start)
    return hours.schedule_json(text, start), data


def collection(catalog: Catalog, locations: Iterable[Location]) -> dict:
    """GeoJSON FeatureCollection of these locations (those with coordinates whose provider has
    not ended), sorted by id; schedules for "nu open" once each in the foreign member
    `roosters`, named by key from the features. The overview map's data file and the inline
    data of a small map are both this."""
    schedules: dict[str, dict] = {}
    keys: dict[str, str] = {}
    features = []
    for location in sorted(locations, key=lambda loc: loc.id):
        if location.lat is None or location.lon is None:
            continue
        provider = catalog.providers[location.provider_id]
        if provider.status == "beeindigd":
            continue

        def key_of(opening_hours: str | None) -> str | None:
            if not opening_hours:
                return None
            text, data = _schedule(opening_hours, catalog.today)
            key = keys.setdefault(text, f"r{len(keys) + 1}")
            schedules[key] = data
            return key

        # A location on appointment has no schedule (no popup ever says "nu open").
        schedule_key = None if location.by_appointment else key_of(location.opening_hours)
        hours_rows = _describe(location.opening_hours) if location.opening_hours else []
        if location.by_appointment:
            hours_rows = [["Op afspraak", "bel voor een afspraak"]] + hours_rows
        lines = [
            {
                "nummer": line.number,
                "tel": phones.tel_href(line.number),
                "doel": line.purpose,
                "crisis": line.crisis,
                "bereikbaar": line.hours,
                "bereikbaar_tekst": _describe(line.hours) if line.hours else [],
                "rooster": key_of(line.hours),
            }
            for line in phone_lines_at(location, provider)
        ]
        municipality = catalog.municipalities.get(location.municipality or "")
        services = sorted(catalog.services_at(location.id), key=lambda s: s.id)
        themes = sorted({theme for s in services for theme in s.themes})
        features.append(
            {
                "type": "Feature",
                "id": location.id,
                "geometry": {
                    "type": "Point",
                    "coordinates": [round(location.lon, 6), round(location.lat, 6)],
                },
                "properties": {
                    "id": location.id,
                    "naam": location.name,
                    "soort": location.kind,
                    "soort_label": catalog.label("locatie.soort", location.kind),
                    "aanbieder": provider.id,
                    "aanbieder_naam": provider.name,
                    "aanbieder_url": provider_page(provider.id),
                    "adres": address_line(location),
                    "gemeente": location.municipality,
                    "gemeente_naam": municipality.name if municipality else None,
                    "openingstijden": location.opening_hours,
                    "openingstijden_tekst": hours_rows,
                    "op_afspraak": location.by_appointment,
                    "rooster": schedule_key,
                    "telefoonlijnen": lines,
                    "telefoon": location.phone,
                    "tel": phones.tel_href(location.phone) if location.phone else None,
                    "diensten": [
                        {"id": s.id, "naam": s.name, "url": service_page(s)} for s in services
                    ],
                    "themas": themes,
                    "laatst_gecontroleerd": provider.last_reviewed.isoformat(),
                },
            }
        )
    return {"type": "FeatureCollection", "roosters": schedules, "features": features}


def _compact(properties: dict) -> dict:
    """A popup's properties without the empty ones (kaart.js reads a missing value as empty)
    and without a phone line's raw OSM hours (the popup shows them in words): a route page
    carries the locations of a whole municipality inline."""
    lines = [
        {k: v for k, v in line.items() if v not in (None, "", [], False) and k != "bereikbaar"}
        for line in properties.get("telefoonlijnen") or []
    ]
    out = {k: v for k, v in properties.items() if v not in (None, "", [], False)}
    if lines:
        out["telefoonlijnen"] = lines
    return out


def embed(
    catalog: Catalog,
    location_ids: list[str] | tuple[str, ...],
    title: str,
    *,
    root: str | None = None,
    text_list: bool = True,
    own_provider: str | None = None,
) -> str:
    """A small map of these locations, as a raw-HTML block for a Markdown page.

    `title` names the map for screen readers ("Kaart: <title>"). Locations
    without coordinates (online) are left out; when none is left the result is
    "" (no map). Unknown ids raise KeyError (a page should not name them).
    Without JavaScript the block shows the locations as a short text list; with
    the map drawn, that list stays for screen readers only. `text_list=False` leaves
    that list out, for a page that lists the same locations in full anyway (a
    provider page with many locations would otherwise carry every address twice).

    `root` is the page's relative path to the site root (e.g. "../../"); when
    omitted kaart.js takes the root from its own script URL, which also works
    in a subfolder deployment. `own_provider`: the page is that provider's own, so its
    locations' popups need no "Van <provider>" link back to it.
    """
    located = []
    for location_id in dict.fromkeys(location_ids):
        location = catalog.locations[location_id]
        if location.lat is not None and location.lon is not None:
            located.append(location)
    if not located:
        return ""
    items = (
        ""
        if not text_list
        else "".join(
            f'<li><span class="wwk-teken wwk-teken--klein wwk-teken--{kind_class(loc.kind)}"'
            f' aria-hidden="true"></span> <strong>{html.text(loc.name)}</strong>'
            + (f", {html.text(address_line(loc))}" if loc.address else "")
            + "</li>"
            for loc in located
        )
    )
    kinds = {loc.kind: catalog.label("locatie.soort", loc.kind) for loc in located}
    ids = " ".join(loc.id for loc in located)
    # The map's own few locations inline: a provider or route page must not download every
    # location of the country to show 1-5 markers (kaart.js reads this before any file).
    data = collection(catalog, located)
    for feature in data["features"]:
        shown = POPUP
        if feature["properties"].get("aanbieder") == own_provider:
            shown = POPUP - {"aanbieder_naam", "aanbieder_url"}
        feature["properties"] = _compact(
            {key: value for key, value in feature["properties"].items() if key in shown}
        )
    data = html.script_json(data)
    root_attr = f' data-root="{html.attr(root)}"' if root else ""
    label = html.attr(f"Kaart: {title}")
    return (
        "\n\n"
        '<div class="wwk-kaart-blok" data-search-exclude>\n'
        f'<div class="wwk-kaart wwk-kaart--klein" role="region" aria-label="{label}"'
        f' data-locaties="{html.attr(ids)}"{root_attr} hidden></div>\n'
        f'<script type="application/json" class="wwk-gegevens">{data}</script>\n'
        f'<div class="wwk-legenda-blok" hidden>{legend(kinds)}</div>\n'
        + (f'<ul class="wwk-kaart-tekst" data-search-exclude>{items}</ul>\n' if items else "")
        + "</div>\n\n"
    )
