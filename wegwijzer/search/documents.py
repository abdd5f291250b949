"""The other kinds of search documents: providers, CJG locations, routes and handbook pages.

Reads the catalog (active providers with their current locations and services, the
municipalities with their routes) and the handbook's Markdown sources (``{docs path: text}``,
as ``pages.handbook.sources_in`` reads them; passed in by ``generate``). Emits ``Other``
documents that ``search_index.build`` puts in the same lunr index as the services, with the
same four fields, and a result card each (JSON text) with ``soort``:

- ``aanbieder``: a provider (its page); in the shards of the municipalities where it has a
  location or a service, in every shard when it has a national service;
- ``cjg``: a current CJG location (its section on the provider's page); in its municipality's
  shard;
- ``route``: the route in force of a municipality (its page), in that municipality's shard;
  an ended route (``oud``, the page's history section) too, which the search page shows only
  when the query asks for the history (``order.asks_history``: a year, "vroeger", "oud");
  announced routes are left out;
- ``handboek``: a handbook page (title, headings, text; the snippet leaves the headings out so
  no title is glued to text); in every shard.

Route cards carry ``trefwoorden``: the words with which a query names the route
(``order.named``), so "aanmelden gemeente zoetermeer" brings it up among the services.
"""

from __future__ import annotations

import datetime as dt
import html as _html
import json
import re
from dataclasses import dataclass

import markdown as _markdown
import nh3

from ..blocks.page import date_nl
from ..records.handbook_safety import front_matter
from ..records.model import Catalog, Municipality, Route
from ..urls import location_anchor, municipality_page, page, provider_page
from .order import HISTORY_WORDS
from .pipeline import Analysed, tokens
from .synonyms import expansion_text

ROUTE_WORDS = "route aanmelden toegang jeugdhulp gemeente verwijzing wijkteam"
# Route fields that hold ids or dates, not text for a reader.
_ROUTE_IDS = {"wie", "soort", "geldig_vanaf", "geldig_tot", "contacten", "pgb_aanvragen_bij"}
_ROUTE_IDS |= {"lokaal_team"}
_REFERENCE = re.compile(r"\[\[([^\[\]|\n]*)(?:\|([^\[\]\n]*))?\]\]")
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$", re.M)
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,}).*?^ {0,3}\1", re.M | re.S)


@dataclass
class Other:
    """A search document that is not a service."""

    key: str  # stable sort key: kind and id
    values: dict[str, str]  # text per index field
    card: dict  # the result card, without "eigen"
    local_codes: set[str] | None  # municipalities whose shard holds it; None: every shard
    ref: str = ""
    fields: list[Analysed] | None = None
    card_json: str = ""


def _json(data) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def _route_text(value, key: str = "") -> list[str]:
    """The reader's text of a route: summaries, notes and steps, not ids or dates."""
    if key in _ROUTE_IDS:
        return []
    if isinstance(value, str):
        return [value] if " " in value.strip() else []
    if isinstance(value, dict):
        return [t for k, v in value.items() for t in _route_text(v, str(k))]
    if isinstance(value, list):
        return [t for v in value for t in _route_text(v, key)]
    return []


def route_document(municipality: Municipality, route: Route, current: bool) -> Other:
    from .index import summary

    url = municipality_page(municipality)
    if current:
        name = f"Route naar jeugdhulp in {municipality.name}"
        period = f"sinds {date_nl(route.valid_from)}"
        when = period
    else:
        end = date_nl(route.valid_until + dt.timedelta(days=1)) if route.valid_until else ""
        period = f"van {date_nl(route.valid_from)} tot {end}"
        name = f"Eerdere route naar jeugdhulp in {municipality.name} ({period})"
        url += f"#route-{route.valid_from.isoformat()}"
        # Every year it was in force and the words of a question about the past, so
        # "zoetermeer 2016" and "zoetermeer vroeger" find it (order.asks_history shows it).
        last = route.valid_until.year if route.valid_until else route.valid_from.year
        years = " ".join(str(y) for y in range(route.valid_from.year, last + 1))
        when = f"{period} {years} {' '.join(sorted(HISTORY_WORDS))}"
    text = " ".join(" ".join(_route_text(route.raw)).split())
    card = {
        "soort": "route",
        "naam": name,
        "tekst": summary(str(route.raw.get("samenvatting") or text)),
        "url": url,
        "waar": f"Gemeente {municipality.name}",
        "trefwoorden": ROUTE_WORDS + f" {municipality.name}",
    }
    if not current:
        card["oud"] = 1
    return Other(
        key=f"route/{municipality.code}/{route.valid_from.isoformat()}",
        values={
            "naam": name,
            "themas": ROUTE_WORDS,
            "tekst": f"{text} {municipality.name} {municipality.region}",
            "extra": when,
        },
        card=card,
        local_codes={municipality.code},
    )


def handbook_document(catalog: Catalog, source: str, markdown: str) -> Other | None:
    from .index import summary

    meta, lines = front_matter(markdown)
    body = "\n".join(markdown.split("\n")[lines:]) if lines else markdown
    body = _FENCE.sub(" ", body)
    body = _REFERENCE.sub(lambda m: _reference_label(catalog, m), body)
    headings = [(len(m.group(1)), _strip(m.group(2))) for m in _HEADING.finditer(body)]
    title = str((meta or {}).get("title") or "") or next(
        (h for level, h in headings if level == 1), ""
    )
    if not title:
        return None
    paragraphs = _plain(_HEADING.sub("\n", body))
    sub = " ".join(h for level, h in headings if level > 1)
    return Other(
        key=f"handboek/{source}",
        values={
            "naam": title,
            "themas": sub,
            "tekst": paragraphs,
            "extra": expansion_text(catalog, f"{title} {sub}"),
        },
        card={
            "soort": "handboek",
            "naam": title,
            "tekst": summary(paragraphs),
            "url": page(source),
            "waar": "Open handboek",
        },
        local_codes=None,
    )


def _reference_label(catalog: Catalog, match: re.Match) -> str:
    if match.group(2):
        return match.group(2)
    record = catalog.record(match.group(1).strip())
    return getattr(record, "name", "") if record is not None else ""


def _strip(text: str) -> str:
    return " ".join(_plain(text).split())


# The site's own Markdown extensions (mkdocs.yml), so an admonition's `!!! danger "…"` or an
# `{: .class}` reaches the snippet as the reader sees it, never as syntax.
_MD = _markdown.Markdown(extensions=["admonition", "attr_list", "md_in_html", "def_list"])


def _plain(markdown: str) -> str:
    cleaned = nh3.clean(_MD.reset().convert(markdown), tags=set())
    return " ".join(_html.unescape(cleaned).split())


def others(catalog: Catalog, handbook: dict[str, str] | None = None) -> list[Other]:
    """Every non-service document, in a stable order."""
    from .index import NATIONAL, _place, summary

    out: list[Other] = []
    today = catalog.today
    active: dict[str, list] = {}
    for service in catalog.active_services():
        active.setdefault(service.provider_id, []).append(service)
    for provider in sorted(catalog.providers.values(), key=lambda p: p.id):
        if provider.status != "actief":
            continue
        services = active.get(provider.id, [])
        codes = {loc.municipality for loc in provider.locations if loc.municipality}
        national = any(NATIONAL in s.area for s in services)
        for service in services:
            codes |= {c for c in service.area if c != NATIONAL}
        description = _plain(provider.description or "")
        places = [_place(loc) for loc in provider.locations]
        kind = catalog.label("soort", provider.kind)
        out.append(
            Other(
                key=f"aanbieder/{provider.id}",
                values={
                    "naam": provider.name,
                    "themas": "",
                    "tekst": " ".join([description, *places, *(s.name for s in services)]),
                    "extra": " ".join([expansion_text(catalog, provider.name), kind]),
                },
                card={
                    "soort": "aanbieder",
                    "naam": provider.name,
                    "tekst": summary(description),
                    "url": provider_page(provider.id),
                    "waar": places[0] if len(places) == 1 else _where(catalog, codes, national),
                },
                local_codes=None if national or not codes else codes,
            )
        )
        for location in provider.locations:
            if location.kind != "cjg" or not location.municipality:
                continue
            address = location.address or {}
            street = " ".join(
                str(address.get(k, "")) for k in ("straat", "huisnummer", "postcode", "plaats")
            )
            out.append(
                Other(
                    key=f"cjg/{location.id}",
                    values={
                        "naam": location.name,
                        "themas": "cjg centrum jeugd gezin",
                        "tekst": f"{street} {provider.name} "
                        f"{catalog.municipality_name(location.municipality)}",
                        "extra": expansion_text(catalog, location.name),
                    },
                    card={
                        "soort": "cjg",
                        "naam": location.name,
                        "tekst": " ".join(street.split()),
                        "url": f"{provider_page(provider.id)}#{location_anchor(location)}",
                        "waar": _place(location),
                        "aanbieder": provider.name,
                    },
                    local_codes={location.municipality},
                )
            )
    for code in sorted(catalog.municipalities):
        municipality = catalog.municipalities[code]
        current = municipality.route_on(today)
        if current is not None:
            out.append(route_document(municipality, current, True))
        for route in municipality.history(today):
            out.append(route_document(municipality, route, False))
    for source in sorted(handbook or {}):
        document = handbook_document(catalog, source, handbook[source])
        if document is not None:
            out.append(document)
    for item in out:
        item.fields = [Analysed(tokens(item.values[name])) for name in item.values]
    return out


def _where(catalog: Catalog, codes: set[str], national: bool) -> str:
    if national:
        return "Landelijk"
    names = sorted(catalog.municipality_name(c) for c in codes)
    if len(names) == 1:
        return names[0]
    return f"{len(names)} gemeenten" if names else ""
