"""Route pages per municipality (`gemeenten/<id>.md`) and the municipality index.

Reads a `Municipality` (front matter of `content/gemeenten/<id>.md`, its dated routes and its
Markdown body) and emits the page that replaces that source file: on top the route in force
on the build date, as an ordered list of steps styled as a visual route; where parents go
first, who refers to specialised youth care, PGB or zorg in natura, and the safety route
(always Veilig Thuis 0800-2000 and 112, plus the local team). Then the editor's Markdown
body, the services available in the municipality (under a heading per kind of access), and
the earlier routes in `<details>`.
References (`wie`) become links to the record's page, labelled with its name.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict

from ..blocks.page import block, date_nl, href, page
from ..html import attr, markdown_page, text
from ..records.model import Catalog, Location, Municipality, Provider, Route, Service
from ..settings import SiteSettings
from ..urls import municipality_source
from .components import (
    NOODNUMMER,
    VEILIG_THUIS,
    by_name,
    map_block,
    phone_link,
    record_link,
    services_by_access,
)
from .notices import record_footer, sample_notice

INDEX = "gemeenten/index.md"


def generate(catalog: Catalog, settings: SiteSettings) -> dict[str, str]:
    files = {INDEX: index_page(catalog)}
    for code in sorted(catalog.municipalities):
        municipality = catalog.municipalities[code]
        files[municipality_source(municipality)] = route_page(catalog, settings, municipality)
    return files


def _who(catalog: Catalog, path: str, ref: str | None, with_phone: bool = True) -> str:
    """A reference as a link to its page, with its phone number as a tel: link."""
    if not ref:
        return ""
    out = record_link(catalog, path, ref)
    record = catalog.record(ref)
    if with_phone and record is not None and record.phone:
        out += f' <span class="ww-bel">(bel {phone_link(record.phone)})</span>'
    return out


def _note(value: str | None) -> str:
    return f'<span class="ww-toelichting">{text(value)}</span>' if value else ""


def period(route: Route) -> str:
    """'sinds 1 januari 2017', or 'van 1 januari 2015 tot 1 januari 2017'."""
    start = date_nl(route.valid_from)
    if route.valid_until is None:
        return f"sinds {start}"
    end = date_nl(route.valid_until + dt.timedelta(days=1))
    return f"van {start} tot {end}"


def _steps(catalog: Catalog, path: str, route: Route) -> list[tuple[str, str, str]]:
    """(title, HTML text, HTML who) per step: the editor's steps, or steps from the fields."""
    raw = route.raw
    if raw.get("stappen"):
        return [
            (step["titel"], text(step["tekst"]), _who(catalog, path, step.get("wie")))
            for step in raw["stappen"]
        ]
    steps = []
    first = raw.get("eerste_aanspreekpunt", [])
    if first:
        steps.append(
            (
                "Eerst naar",
                "Met vragen over opgroeien en opvoeden kunt u hier zonder verwijzing terecht.",
                join_or([_who(catalog, path, item["wie"]) for item in first]),
            )
        )
    access = raw.get("toegang_specialistisch") or []
    if access:
        whos: list[str] = []
        for item in access:
            who = _who(catalog, path, item["wie"])
            if who not in whos:
                whos.append(who)
        if len(access) == 1:
            note = access[0].get("hoe") or ""
        else:
            what = [item.get("wat") or "gespecialiseerde jeugdhulp" for item in access]
            note = "Voor " + ", ".join(what) + "."
        steps.append(("Toegang tot gespecialiseerde jeugdhulp", text(note), join_or(whos)))
    referrers = raw.get("verwijzers", [])
    if referrers:
        steps.append(
            (
                "Of via een verwijzer",
                text(", ".join(catalog.label("verwijzer", r["soort"]) for r in referrers)),
                "",
            )
        )
    return steps


def join_or(items: list[str]) -> str:
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " of " + items[-1]


def safety_box(
    catalog: Catalog, path: str, route: Route | None, heading: int, current: bool = True
) -> str:
    """The safety route: Veilig Thuis and 112 always, then the local team and its notes.

    An earlier route only shows how safety was arranged then (the numbers are on top).
    """
    h = f"h{heading}"
    raw = (route.raw.get("veiligheid") if route else None) or {}
    team = _who(catalog, path, raw.get("lokaal_team"))
    if not current:
        parts = [f"<{h}>Veiligheid</{h}>"]
        if team:
            parts.append(f"<p>Lokaal team: {team}</p>")
        if raw.get("toelichting"):
            parts.append(f"<p>{text(raw['toelichting'])}</p>")
        return "\n".join(parts)
    parts = [
        '<div class="ww-veilig" role="region" aria-label="Veiligheid">',
        f"<{h}>Is een kind niet veilig?</{h}>",
        '<ul class="ww-veilig-nummers">',
        f"<li><strong>Direct gevaar:</strong> bel {phone_link(NOODNUMMER)}</li>",
        f"<li><strong>Zorgen over geweld of kindermishandeling:</strong> bel Veilig Thuis, "
        f"{phone_link(VEILIG_THUIS)} (gratis, dag en nacht)</li>",
    ]
    if team:
        parts.append(f"<li><strong>In deze gemeente:</strong> {team}</li>")
    parts.append("</ul>")
    if raw.get("toelichting"):
        parts.append(f"<p>{text(raw['toelichting'])}</p>")
    parts.append("</div>")
    return "\n".join(parts)


def route_html(
    catalog: Catalog, path: str, route: Route, heading: int, anchor: str, current: bool = True
) -> str:
    """One route: summary, visual steps, entry points, referrers, funding, safety, contacts."""
    raw = route.raw
    h = f"h{heading}"
    parts = [f'<p class="ww-samenvatting">{text(raw["samenvatting"])}</p>']
    steps = _steps(catalog, path, route)
    if steps:
        items = []
        for title, body, who in steps:
            who_html = f'<p class="ww-stap-wie">{who}</p>' if who else ""
            items.append(
                f'<li class="ww-stap"><p class="ww-stap-titel"><strong>{text(title)}</strong></p>'
                f"<p>{body}</p>{who_html}</li>"
            )
        parts.append(f'<ol class="ww-route" aria-label="De route in stappen">{"".join(items)}</ol>')
    first = raw.get("eerste_aanspreekpunt", [])
    if first:
        items = "".join(
            f"<li>{_who(catalog, path, item['wie'])} {_note(item.get('toelichting'))}</li>"
            for item in first
        )
        parts.append(
            f'<{h} id="{anchor}-eerst">Waar kunnen ouders en jongeren eerst terecht?</{h}>'
        )
        parts.append(f'<ul class="ww-wie-lijst">{items}</ul>')
    access = raw.get("toegang_specialistisch") or []
    referrers = raw.get("verwijzers", [])
    parts.append(
        f'<{h} id="{anchor}-verwijzen">Wie verwijst naar gespecialiseerde jeugdhulp?</{h}>'
    )
    if len(access) == 1 and not access[0].get("wat"):
        parts.append(
            f"<p>De toegang regelt: {_who(catalog, path, access[0]['wie'])} "
            f"{_note(access[0].get('hoe'))}</p>"
        )
    elif access:
        # One entry per part of the access (PGB, voortgezet onderwijs, ...): what, who, how.
        items = "".join(
            f"<li><strong>{text(item.get('wat') or 'Gespecialiseerde jeugdhulp')}</strong>: "
            f"{_who(catalog, path, item['wie'])} {_note(item.get('hoe'))}</li>"
            for item in access
        )
        parts.append(f'<p>De toegang regelt:</p><ul class="ww-wie-lijst ww-toegang">{items}</ul>')
    if referrers:
        items = []
        for item in referrers:
            who = _who(catalog, path, item.get("wie"))
            who = f" ({who})" if who else ""
            items.append(
                f"<li><strong>{text(catalog.label('verwijzer', item['soort']))}</strong>{who} "
                f"{_note(item.get('toelichting'))}</li>"
            )
        parts.append(f'<ul class="ww-wie-lijst">{"".join(items)}</ul>')
    funding = raw.get("financiering") or {}
    if funding:
        rows = []
        if funding.get("zorg_in_natura"):
            rows.append(f"<dt>Zorg in natura</dt><dd>{text(funding['zorg_in_natura'])}</dd>")
        if funding.get("pgb"):
            rows.append(f"<dt>Persoonsgebonden budget (PGB)</dt><dd>{text(funding['pgb'])}</dd>")
        if funding.get("pgb_aanvragen_bij"):
            rows.append(
                f"<dt>PGB aanvragen bij</dt><dd>{_who(catalog, path, funding['pgb_aanvragen_bij'])}</dd>"
            )
        parts.append(f'<{h} id="{anchor}-pgb">PGB of zorg in natura</{h}>')
        parts.append(f'<dl class="ww-feiten">{"".join(rows)}</dl>')
    if not current:  # the current route's safety box is on top of the page (route_page)
        parts.append(safety_box(catalog, path, route, heading, current))
    contacts = raw.get("contacten", [])
    if contacts:
        items = "".join(f"<li>{_who(catalog, path, ref)}</li>" for ref in contacts)
        parts.append(f'<{h} id="{anchor}-contact">Contact</{h}>')
        parts.append(f'<ul class="ww-wie-lijst">{items}</ul>')
    return "\n".join(parts)


def route_page(catalog: Catalog, settings: SiteSettings, municipality: Municipality) -> str:
    path = municipality_source(municipality)
    today = catalog.today
    current = municipality.route_on(today)
    top = [
        '<div class="ww-record ww-gemeente-route">',
        f"<h1>Jeugdhulp in {text(municipality.name)}</h1>",
        f'<p class="ww-soort">Gemeente {text(municipality.name)} · jeugdregio '
        f"{text(municipality.region)} · {text(municipality.province)}</p>",
        sample_notice(municipality.sample),
        # The safety route first: on the first screen of a phone and the first printed page.
        safety_box(catalog, path, current, 2),
        '<section class="ww-route-nu" aria-labelledby="route-nu">',
    ]
    if current:
        heading = f"De route naar jeugdhulp sinds {date_nl(current.valid_from)}"
        if current.valid_until:
            heading += f" (geldt tot {date_nl(current.valid_until + dt.timedelta(days=1))})"
        top.append(f'<h2 id="route-nu">{text(heading)}</h2>')
        top.append(route_html(catalog, path, current, 3, "nu"))
    else:
        top.append('<h2 id="route-nu">De route naar jeugdhulp</h2>')
        top.append(
            "<p>Voor deze gemeente is nog geen route beschreven. Neem contact op met de "
            "gemeente.</p>"
        )
    top += ["</section>", "</div>"]
    body = [block("\n".join(p for p in top if p))]
    text_below = editor_body(municipality.body)
    if text_below:
        body.append(text_below)
    services = by_name(catalog.services_in(municipality.code))
    kaart = map_block(
        catalog,
        path,
        route_locations(catalog, municipality, current, services),
        f"hulp in {municipality.name}",
    )
    if kaart:
        body.append(kaart)
    body.append(
        block(
            '<section class="ww-aanbod ww-gemeente-aanbod" aria-labelledby="aanbod" '
            "data-search-exclude>\n"
            f'<h2 id="aanbod">Aanbod voor inwoners van {text(municipality.name)}</h2>\n'
            f"{services_by_access(catalog, path, services)}\n</section>"
        )
    )
    upcoming = [r for r in municipality.routes if r.valid_from > today]
    history = municipality.history(today)
    if upcoming or history:
        parts = [
            '<section class="ww-geschiedenis" aria-labelledby="geschiedenis">',
            '<h2 id="geschiedenis">Eerdere en komende routes</h2>',
        ]
        for route in upcoming + history:
            anchor = f"route-{route.valid_from.isoformat()}"
            label = (
                f"Vanaf {date_nl(route.valid_from)} (aangekondigd)"
                if route.valid_from > today
                else period(route)[0].upper() + period(route)[1:]
            )
            parts.append(
                f'<details class="ww-route-oud" id="{attr(anchor)}"><summary>{text(label)}</summary>\n'
                f"{route_html(catalog, path, route, 3, anchor, current=False)}\n</details>"
            )
        parts.append("</section>")
        body.append(block("\n".join(parts)))
    body.append(
        block(
            record_footer(
                settings,
                municipality.source,
                f"gemeente {municipality.name}",
                municipality.source,
                municipality.last_reviewed,
                today,
                path,
            )
        )
    )
    return page(
        body,
        title=f"Jeugdhulp in {municipality.name}",
        html=True,
        source=municipality.source,
        description=f"Waar kunt u in {municipality.name} terecht met vragen over opgroeien, "
        "opvoeden en jeugdhulp?",
    )


def route_locations(
    catalog: Catalog, municipality: Municipality, route: Route | None, services: list
) -> list[str]:
    """Location ids for the route page's map: the entry points of the route in force, then
    the places in the municipality where its services are given."""
    ids: list[str] = []
    for item in route.raw.get("eerste_aanspreekpunt", []) if route else []:
        record = catalog.record(item["wie"])
        if isinstance(record, Location):
            ids.append(record.id)
        elif isinstance(record, Service):
            ids += record.location_ids
        elif isinstance(record, Provider):
            ids += [loc.id for loc in record.locations if loc.municipality == municipality.code]
    for service in services:
        ids += [
            ref
            for ref in service.location_ids
            if ref in catalog.locations and catalog.locations[ref].municipality == municipality.code
        ]
    return list(dict.fromkeys(ids))


def editor_body(markdown: str) -> str:
    """The Markdown below the front matter as sanitised HTML, without a leading H1 (the page
    has its own). Editors write it in a pull request: untrusted like every record field."""
    lines = markdown.strip().split("\n")
    if lines and re.match(r"^#(?!#)\s", lines[0]):
        lines = lines[1:]
    rendered = markdown_page("\n".join(lines).strip())
    return block(f'<div class="ww-tekst">{rendered}</div>') if rendered else ""


def index_page(catalog: Catalog) -> str:
    """All municipalities, per province, with a link to their route page."""
    by_province: dict[str, list[Municipality]] = defaultdict(list)
    for municipality in catalog.municipalities.values():
        by_province[municipality.province].append(municipality)
    parts = [
        '<div class="ww-overzicht">',
        "<h1>Mijn gemeente</h1>",
        "<p>Kies uw gemeente. U ziet waar u eerst terecht kunt, wie verwijst naar "
        "gespecialiseerde jeugdhulp, hoe PGB en zorg in natura geregeld zijn en wat u doet "
        "als een kind niet veilig is.</p>",
    ]
    if not by_province:
        parts.append('<p class="ww-leeg">Er zijn nog geen gemeenten.</p>')
    for province in sorted(by_province):
        items = "".join(
            f'<li><a href="{attr(href(INDEX, municipality_source(m)))}">{text(m.name)}</a>'
            f' <span class="ww-toelichting">jeugdregio {text(m.region)}</span></li>'
            for m in by_name(by_province[province])
        )
        parts.append(f"<h2>{text(province)}</h2>")
        parts.append(f'<ul class="ww-gemeenten">{items}</ul>')
    parts.append("</div>")
    return page([block("\n".join(parts))], title="Mijn gemeente", html=True)
