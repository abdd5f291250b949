"""Provider and service pages: `aanbieders/<aanbieder>.md` and `diensten/<aanbieder>/<dienst>.md`.

Reads one provider (with its locations and services) or one service from the catalog and
emits a Markdown page of raw HTML blocks: the record's facts in Dutch, its locations with
address, opening hours and the "nu open" element, `tel:` links, the review date (with a
notice when older than 12 months), "Meld een fout" and "Wijzig deze gegevens", a notice for
sample data, and schema.org JSON-LD. The front matter `bron` points Material's edit button
to the record's YAML file.
"""

from __future__ import annotations

from collections.abc import Iterator

from ..blocks.page import block, date_nl, href, language_name, page
from ..html import attr, text
from ..records.model import Catalog, Location, Provider, Service, is_current
from ..settings import SiteSettings
from ..urls import (
    location_anchor,
    municipality_source,
    provider_source,
    service_source,
    theme_source,
)
from . import jsonld
from .components import (
    address_html,
    age_text,
    by_name,
    description_html,
    email_link,
    hours_fact,
    join_nl,
    map_block,
    phone_link,
    service_list,
    summary,
    website_link,
)
from .contact import appointment_fact, phone_lines_fact, region_names, where_fact
from .notices import record_footer, sample_notice, status_notice


def generate(catalog: Catalog, settings: SiteSettings) -> dict[str, str]:
    return dict(iter_pages(catalog, settings))


def iter_pages(catalog: Catalog, settings: SiteSettings) -> Iterator[tuple[str, str]]:
    """The record pages one at a time (a national set has 25,000 of them)."""
    for pid in sorted(catalog.providers):
        provider = catalog.providers[pid]
        yield provider_source(pid), provider_page(catalog, settings, provider)
        for service in provider.services:
            if catalog.services.get(service.id) is service:
                yield service_source(service), service_page(catalog, settings, service)


def _contact(phone, phone_note, email, website, first: str = "", lines: str = "") -> str:
    """Contact facts; `lines` (the phone lines row) replaces the single number when given."""
    rows = [first] if first else []
    if lines:
        rows.append(lines)
    elif phone:
        note = f' <span class="ww-toelichting">{text(phone_note)}</span>' if phone_note else ""
        rows.append(f"<dt>Telefoon</dt><dd>{phone_link(phone)}{note}</dd>")
    if email:
        rows.append(f"<dt>E-mail</dt><dd>{email_link(email)}</dd>")
    if website:
        rows.append(f"<dt>Website</dt><dd>{website_link(website)}</dd>")
    return f'<dl class="ww-feiten">{"".join(rows)}</dl>' if rows else ""


def location_section(
    catalog: Catalog,
    path: str,
    location: Location,
    heading: int = 3,
    with_provider: bool = False,
    anchor: str | None = None,
    shown_lines: frozenset = frozenset(),
) -> str:
    """One location: name, kind, address, opening hours with "nu open", phone, access notes.
    Phone lines in `shown_lines` are on the page already with their hours (brief here)."""
    h = f"h{heading}"
    kind = catalog.label("locatie.soort", location.kind)
    name = text(location.name)
    if with_provider:
        target = href(path, provider_source(location.provider_id), location_anchor(location))
        name = f'<a href="{attr(target)}">{name}</a>'
    municipality = catalog.municipalities.get(location.municipality or "")
    where = (
        f' · gemeente <a href="{attr(href(path, municipality_source(municipality)))}">'
        f"{text(municipality.name)}</a>"
        if municipality
        else ""
    )
    parts = [
        f'<section class="ww-locatie" id="{attr(anchor or location_anchor(location))}">',
        f"<{h}>{name}</{h}>",
        f'<p class="ww-soort">{text(kind)}{where}</p>',
    ]
    if with_provider and location.provider_id in catalog.providers:
        provider = catalog.providers[location.provider_id]
        parts.append(
            f'<p class="ww-van">van <a href="{attr(href(path, provider_source(provider.id)))}">'
            f"{text(provider.name)}</a></p>"
        )
    if location.raw.get("omschrijving"):
        parts.append(f"<p>{text(location.raw['omschrijving'])}</p>")
    parts.append(address_html(location))
    parts.append(
        _contact(
            location.phone,
            None,
            location.email,
            location.website,
            # On appointment: never the "nu open" element, whatever the hours say.
            first=appointment_fact(location) or hours_fact(location, catalog.today),
            lines=phone_lines_fact(location.phone_lines, catalog.today, shown_lines),
        )
    )
    if location.raw.get("toegankelijkheid"):
        parts.append(
            f'<p class="ww-toegankelijk"><strong>Toegankelijkheid:</strong> '
            f"{text(location.raw['toegankelijkheid'])}</p>"
        )
    parts.append("</section>")
    return "\n".join(p for p in parts if p)


def provider_page(catalog: Catalog, settings: SiteSettings, provider: Provider) -> str:
    path = provider_source(provider.id)
    kind = catalog.label("soort", provider.kind)
    head = [
        '<div class="ww-record ww-aanbieder">',
        f"<h1>{text(provider.name)}</h1>",
        f'<p class="ww-soort">{text(kind)}</p>',
        sample_notice(provider.sample),
        status_notice(provider, catalog.today),
        # Phone first: on a 360x740 phone the number is on the first screen, above the text.
        '<h2 id="contact">Contact</h2>',
        _contact(
            provider.phone,
            provider.raw.get("telefoon_toelichting"),
            provider.email,
            provider.website,
            lines=phone_lines_fact(provider.phone_lines, catalog.today),
        )
        or "<p>Zie de locaties hieronder.</p>",
        f'<div class="ww-omschrijving">{description_html(provider.description)}</div>',
        "</div>",
    ]
    body = [block("\n".join(p for p in head if p))]
    if provider.locations:
        sections = "\n".join(location_section(catalog, path, loc) for loc in provider.locations)
        body.append(
            block(
                '<div class="ww-locaties" data-search-exclude>\n<h2 id="locaties">Locaties</h2>\n'
                + map_block(
                    catalog,
                    path,
                    [loc.id for loc in provider.locations],
                    provider.name,
                    text_list=False,  # every location is listed in full below the map
                    own_provider=provider.id,
                )
                + f"\n{sections}\n</div>"
            )
        )
    if provider.past_locations:
        body.append(block(_past_locations(provider.past_locations, catalog.today)))
    current = [s for s in provider.services if is_current(s, catalog.today)]
    other = [s for s in provider.services if s not in current and s.status != "beeindigd"]
    services = [
        '<div class="ww-aanbod" data-search-exclude>',
        '<h2 id="aanbod">Aanbod</h2>',
        service_list(catalog, path, by_name(current), with_provider=False, compact=True),
    ]
    if other:
        services += [
            "<h3>Binnenkort of gestopt</h3>",
            service_list(catalog, path, by_name(other), with_provider=False, compact=True),
        ]
    services.append("</div>")
    body.append(block("\n".join(services)))
    body.append(
        block(
            record_footer(
                settings,
                provider.id,
                provider.name,
                provider.source,
                provider.last_reviewed,
                catalog.today,
                path,
            )
        )
    )
    body.append(jsonld.script(jsonld.provider_data(provider, catalog, None)))
    return page(
        body,
        title=provider.name,
        html=True,
        kader="kort",  # the short menu of overrides/partials/wegwijzer-nav.html
        source=provider.source,
        description=summary(provider.description, 155),
    )


def _past_locations(locations: list[Location], today) -> str:
    """Locations outside their period: where the organisation was (or will be), with dates;
    old routes link here."""
    items = []
    for loc in locations:
        if loc.valid_from and loc.valid_from > today:
            when = f"vanaf {date_nl(loc.valid_from)}"
        else:
            start = f"van {date_nl(loc.valid_from)} " if loc.valid_from else ""
            when = f"{start}tot en met {date_nl(loc.valid_until)}"
        address = loc.address or {}
        place = ", ".join(text(address[k]) for k in ("straat", "plaats") if address.get(k))
        items.append(
            f'<li id="{attr(location_anchor(loc))}"><strong>{text(loc.name)}</strong> '
            f'<span class="ww-toelichting">{text(when)}{", " + place if place else ""}</span></li>'
        )
    future = [loc for loc in locations if loc.valid_from and loc.valid_from > today]
    title = {0: "Eerdere locaties", len(locations): "Nieuwe locaties"}.get(
        len(future), "Eerdere en nieuwe locaties"
    )
    return (
        '<div class="ww-locaties-eerder" data-search-exclude>\n'
        f'<h2 id="eerdere-locaties">{title}</h2>\n'
        f'<ul class="ww-wie-lijst">{"".join(items)}</ul>\n</div>'
    )


def _fact(label: str, value: str) -> str:
    return f"<dt>{text(label)}</dt><dd>{value}</dd>" if value else ""


def service_facts(catalog: Catalog, path: str, service: Service) -> str:
    """For whom, ages, themes, access, funding, who does it, languages, area, validity."""
    label = catalog.label
    audience = join_nl([text(label("dienst.doelgroep", a)) for a in service.audience])
    themes = join_nl(
        [
            f'<a href="{attr(href(path, theme_source(t)))}">{text(catalog.themes[t].label)}</a>'
            if t in catalog.themes
            else text(t)
            for t in service.themes
        ]
    )
    access = text(label("dienst.toegang", service.access))
    if service.access != "vrij-toegankelijk" and service.referrers:
        who = join_nl([text(label("verwijzer", r)) for r in service.referrers])
        access += f'<br><span class="ww-verwijzers">Wie mag verwijzen: {who}</span>'
    funding = join_nl([text(label("dienst.financiering", f)) for f in service.funding])
    delivery = join_nl([text(label("dienst.uitvoering", d)) for d in service.delivery])
    languages = join_nl([text(language_name(code)) for code in service.languages])
    if "NL" in service.area:
        area = "heel Nederland"
    else:
        area = join_nl(
            [
                f'<a href="{attr(href(path, municipality_source(catalog.municipalities[c])))}">'
                f"{text(catalog.municipalities[c].name)}</a>"
                if c in catalog.municipalities
                else text(catalog.municipality_name(c))
                for c in service.area
            ]
        )
    regions = region_names(catalog, service)
    if regions and area:
        area = f"{text(join_nl(regions))}: {area}"
    rows = [
        _fact("Voor wie", audience),
        _fact("Leeftijd", text(age_text(service.age_min_months, service.age_max_months))),
        _fact("Thema's", themes),
        _fact(
            "Toegang",
            f'<span class="ww-toegang ww-toegang--{attr(service.access)}">{access}</span>',
        ),
        _fact("Kosten", funding),
        _fact("Uitgevoerd door", delivery),
        _fact("Talen", languages),
        _fact("Werkgebied", area),
        where_fact(catalog, service),
    ]
    return f'<dl class="ww-feiten">{"".join(rows)}</dl>'


def _how_to_sign_up(catalog: Catalog, service: Service) -> str:
    """'Hoe meld ik me aan?': the editor's text, or else what the kind of access means."""
    how = service.raw.get("aanmelden") or catalog.label("dienst.toegang", service.access)
    return f'<h3 id="aanmelden">Hoe meld ik me aan?</h3>\n<p class="ww-aanmelden">{text(how)}</p>'


def service_page(catalog: Catalog, settings: SiteSettings, service: Service) -> str:
    path = service_source(service)
    provider = catalog.providers.get(service.provider_id)
    sample = bool(provider and provider.sample)
    lines = catalog.phone_lines_for(service)
    head = [
        '<div class="ww-record ww-dienst">',
        f"<h1>{text(service.name)}</h1>",
        (
            f'<p class="ww-van">van <a href="{attr(href(path, provider_source(provider.id)))}">'
            f"{text(provider.name)}</a></p>"
            if provider
            else ""
        ),
        sample_notice(sample),
        status_notice(service, catalog.today),
        # Phone and "how do I sign up" first: on the first screen of a 360x740 phone.
        '<h2 id="contact">Bellen en aanmelden</h2>',
        # How to sign up before the phone lines: a service with many lines keeps both on the
        # first screen.
        _how_to_sign_up(catalog, service),
        _contact(
            service.phone,
            None,
            service.email,
            service.website,
            lines=phone_lines_fact(lines, catalog.today),
        )
        or _contact(provider.phone if provider else None, "(de aanbieder)", None, None)
        or "<p>Neem contact op met de aanbieder.</p>",
        f'<div class="ww-omschrijving">{description_html(service.description)}</div>',
        '<h2 id="voor-wie">Voor wie en hoe</h2>',
        service_facts(catalog, path, service),
        "</div>",
    ]
    body = [block("\n".join(p for p in head if p))]
    locations = [catalog.locations[r] for r in service.location_ids if r in catalog.locations]
    if locations:
        sections = "\n".join(
            location_section(
                catalog,
                path,
                loc,
                with_provider=loc.provider_id != service.provider_id,
                anchor=f"locatie-{loc.provider_id}-{loc.local_id}"
                if loc.provider_id != service.provider_id
                else None,
                shown_lines=frozenset(lines),
            )
            for loc in locations
        )
        body.append(
            block(f'<div class="ww-locaties">\n<h2 id="waar">Waar</h2>\n{sections}\n</div>')
        )
    body.append(
        block(
            record_footer(
                settings,
                service.id,
                service.name,
                service.source,
                service.last_reviewed,
                catalog.today,
                path,
            )
        )
    )
    body.append(jsonld.script(jsonld.service_data(service, catalog, None)))
    return page(
        body,
        title=service.name,
        html=True,
        kader="kort",  # the short menu of overrides/partials/wegwijzer-nav.html
        search=False,  # the sociale-kaart search (lunr) finds services
        source=service.source,
        description=summary(service.description, 155),
    )
