"""Shared HTML bits of the generated pages: page files, links between pages, dates, phones, cards.

Reads catalog records and emits escaped HTML fragments (strings), built only with
`wegwijzer.html`. Every generated page is a Markdown file whose body is raw HTML blocks:
`page()` adds the front matter and `block()` makes a fragment safe to put in Markdown (starts
at column 0, no blank lines inside). Links between generated pages are relative URLs computed
here for MkDocs' directory URLs (`aanbieders/x.md` is served as `aanbieders/x/`, see
`wegwijzer.urls`, which names every record page); MkDocs does not rewrite links inside raw HTML.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from html import unescape

import nh3

from .. import urls
from ..blocks import map as map_element
from ..blocks.page import href
from ..html import attr, link, mailto, markdown, text, url
from ..records import hours, phones
from ..records.model import Catalog, Location, Provider, Service

VEILIG_THUIS = "0800-2000"
NOODNUMMER = "112"
CARD_SUMMARY = 180  # characters of a description on a card

Record = Provider | Location | Service


# --------------------------------------------------------------------------- links to records


def record_target(record: Record) -> tuple[str, str]:
    """(docs path, anchor) of the page that shows a record."""
    if isinstance(record, Service):
        return urls.service_source(record), ""
    if isinstance(record, Location):
        return urls.provider_source(record.provider_id), urls.location_anchor(record)
    return urls.provider_source(record.id), ""


def record_href(from_path: str, record: Record) -> str:
    path, anchor = record_target(record)
    return href(from_path, path, anchor)


def record_name(catalog: Catalog, record: Record) -> str:
    """The name a reader recognises: a location or service with its provider when it differs."""
    if isinstance(record, Provider):
        return record.name
    provider = catalog.providers.get(record.provider_id)
    if provider and provider.name.casefold() not in record.name.casefold():
        return f"{record.name} ({provider.name})"
    return record.name


def record_link(catalog: Catalog, from_path: str, ref: str) -> str:
    """A link to the record with id `ref`, labelled with its name (the id when unknown)."""
    record = catalog.record(ref)
    if record is None:
        return text(ref)
    return (
        f'<a href="{attr(record_href(from_path, record))}">{text(record_name(catalog, record))}</a>'
    )


# --------------------------------------------------------------------------- small values


def phone_link(number: str | None) -> str:
    """The number as a `tel:` link (one tap on a phone), or as text when it is not valid."""
    if not number:
        return ""
    tel = phones.tel_href(number)
    if not tel:
        return text(number)
    return f'<a class="ww-tel" href="{attr(tel)}">{text(number)}</a>'


def email_link(address: str | None) -> str:
    target = mailto(address)
    if not target:
        return text(address or "")
    return f'<a href="{attr(target)}">{text(address)}</a>'


def website_link(address: str | None) -> str:
    if not address or not url(address):
        return text(address or "")
    shown = address.split("://", 1)[-1].rstrip("/")
    return link(address, shown, rel="noopener")


@lru_cache(maxsize=65536)
def description_html(source: str) -> str:
    """A Markdown description as sanitised HTML (converted once per distinct text)."""
    return markdown(source or "")


@lru_cache(maxsize=65536)
def plain_text(source: str) -> str:
    """A Markdown description as plain text, from the same sanitised HTML."""
    return " ".join(unescape(nh3.clean(description_html(source), tags=set())).split())


def summary(source: str, limit: int = CARD_SUMMARY) -> str:
    """Plain text of a Markdown description, cut at a word boundary."""
    plain = plain_text(source or "")
    if len(plain) <= limit:
        return plain
    cut = plain[:limit].rsplit(" ", 1)[0].rstrip(",.;:")
    return cut + "…"


def age_text(low: int | None, high: int | None) -> str:
    """Dutch age range from months: prenatal is "vanaf de zwangerschap"."""
    if low is None and high is None:
        return "alle leeftijden"

    def amount(months: int) -> str:
        if months % 12 == 0:
            years = months // 12
            return f"{years} jaar"
        return f"{months} maanden"

    if low is None or low < 0:
        start = "vanaf de zwangerschap"
    elif low == 0:
        start = "vanaf de geboorte"
    else:
        start = f"vanaf {amount(low)}"
    if high is None:
        return start
    if high < 0:
        return f"{start} tot de geboorte"
    if (high + 1) % 12 == 0:
        years = (high + 1) // 12 - 1
        if years == 0:
            return f"{start} tot 1 jaar"
        return f"{start} tot en met {years} jaar"
    return f"{start} tot en met {amount(high)}"


def join_nl(items: list[str]) -> str:
    """a, b en c (items are already HTML)."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " en " + items[-1]


# --------------------------------------------------------------------------- maps


def map_block(
    catalog: Catalog,
    path: str,
    location_ids,
    title: str,
    text_list: bool = True,
    own_provider: str | None = None,
) -> str:
    """A small map of these locations (`wegwijzer.blocks.map.embed`), or "" when none has a
    place. `own_provider`: the page is that provider's own (its popups need no link to it)."""
    known = [ref for ref in dict.fromkeys(location_ids) if ref in catalog.locations]
    return map_element.embed(
        catalog,
        known,
        title,
        root=href(path, "index.md"),
        text_list=text_list,
        own_provider=own_provider,
    ).strip()


# --------------------------------------------------------------------------- opening hours


@lru_cache(maxsize=4096)
def hours_rows(opening_hours: str) -> tuple[tuple[str, str], ...]:
    """`hours.describe`, with closed days and closed holidays on one line: "zaterdag, zondag
    en feestdagen: gesloten" (17 locations on one page, each one line shorter)."""
    rows = list(hours.describe(opening_hours))
    if len(rows) >= 2 and rows[-1] == ("feestdagen", "gesloten") and rows[-2][1] == "gesloten":
        head, sep, tail = rows[-2][0].rpartition(" en ")
        days = f"{head}, {tail}" if sep else rows[-2][0]
        rows[-2:] = [(f"{days} en feestdagen", "gesloten")]
    return tuple(rows)


@lru_cache(maxsize=4096)
def nu_open(opening_hours: str, today: dt.date) -> str:
    """The "nu open" element that nu-open.js fills in (empty when the hours are unusable).

    Same element as `hours.nu_open_span`, with the schedule in a single-quoted attribute:
    JSON is full of double quotes, and `&quot;` for each made a provider page with eight
    locations 4 KB larger. The schedule is made by the build (dates and times only); `&`,
    `<`, `>` and `'` are still escaped.
    """
    try:
        rooster = hours.schedule_json(opening_hours, today)
    except ValueError:
        return ""
    safe = (
        rooster.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("'", "&#39;")
    )
    return f"<span class=\"nu-open\" data-rooster='{safe}' hidden></span>"


def hours_fact(location: Location, today: dt.date) -> str:
    """Opening hours as a row of a `dl.ww-feiten`: the live "nu open" status, then one line
    per group of days ("maandag t/m vrijdag: 08:30–17:00"). A row with line breaks, not a
    table under its own heading: a CJG with 17 locations shows 17 of them on its page, and
    that page must stay under 40 KB."""
    if not location.opening_hours:
        return ""
    rows = "<br>".join(
        f"{text(days)}: {text(times)}" for days, times in hours_rows(location.opening_hours)
    )
    return f"<dt>Openingstijden</dt><dd>{nu_open(location.opening_hours, today)}{rows}</dd>"


def address_html(location: Location) -> str:
    address = location.address
    if not address:
        return ""
    return (
        '<p class="ww-adres">'
        f"{text(address.get('straat'))}<br>{text(address.get('postcode'))} "
        f"{text(address.get('plaats'))}</p>"
    )


# --------------------------------------------------------------------------- lists and cards


def service_item(
    catalog: Catalog,
    from_path: str,
    service: Service,
    with_provider=True,
    compact=False,
    with_access=True,
) -> str:
    """One line in a list of services: name, provider, access, short description. `compact`:
    a long list (in a `ul.ww-kort`), where the name links to the service's page, in the
    fewest tags (an age group lists 14,000 services nationally); no access when
    `with_access` is false: the list's heading says it."""
    provider = catalog.providers.get(service.provider_id)
    link = (
        f'<a href="{attr(href(from_path, urls.service_source(service)))}">{text(service.name)}</a>'
    )
    access = text(catalog.label("dienst.toegang", service.access))
    if compact or not with_access:
        # ul.ww-kort greys the line and makes <b> the access (green when free)
        who = f" van {text(provider.name)}" if with_provider and provider else ""
        if not with_access:
            return f"<li>{link}{who}</li>"
        free = ' class="ww-vrij"' if service.access == "vrij-toegankelijk" else ""
        return f"<li>{link}{who} · <b{free}>{access}</b></li>"
    who = (
        f' <span class="ww-van">van {text(provider.name)}</span>'
        if with_provider and provider
        else ""
    )
    badge = f'<span class="ww-toegang ww-toegang--{attr(service.access)}">{access}</span>'
    return f"<li>{link}{who}<br>{badge} · {text(summary(service.description, 140))}</li>"


def list_tag(compact: bool) -> str:
    """The opening tag of a list of `service_item`s."""
    return '<ul class="ww-lijst ww-kort">' if compact else '<ul class="ww-lijst">'


def service_list(
    catalog: Catalog, from_path: str, services: list[Service], with_provider=True, compact=False
) -> str:
    if not services:
        return '<p class="ww-leeg">Hier staat nog geen aanbod.</p>'
    items = "\n".join(service_item(catalog, from_path, s, with_provider, compact) for s in services)
    return f"{list_tag(compact)}\n{items}\n</ul>"


def services_by_access(catalog: Catalog, from_path: str, services: list[Service]) -> str:
    """Services under one heading per kind of access (free, referral, decision of the
    municipality; in the schema's order), each line name and provider: a municipality's
    list of 400 services said "Vrij toegankelijk, zonder verwijzing" 100 times."""
    if not services:
        return '<p class="ww-leeg">Hier staat nog geen aanbod.</p>'
    order = list(catalog.labels.get("dienst.toegang", {}))
    groups: dict[str, list[Service]] = {}
    for service in services:
        groups.setdefault(service.access, []).append(service)
    parts = []
    for access in sorted(groups, key=lambda a: (order.index(a) if a in order else len(order), a)):
        members = groups[access]
        label = catalog.label("dienst.toegang", access)
        items = "\n".join(service_item(catalog, from_path, s, with_access=False) for s in members)
        parts.append(
            f'<h3 class="ww-toegang-kop"><span class="ww-toegang ww-toegang--{attr(access)}">'
            f"{text(label)}</span> ({len(members)})</h3>\n{list_tag(True)}\n{items}\n</ul>"
        )
    return "\n".join(parts)


def by_name(records):
    """Sort records by name (case-insensitive), then id: deterministic output."""
    return sorted(records, key=lambda r: (r.name.casefold(), r.id))


def card(catalog: Catalog, from_path: str, record: Record) -> str:
    """A record as a card: name (link), provider, short description, phone, link."""
    name = record.name
    target = record_href(from_path, record)
    lines = []
    if isinstance(record, Provider):
        kind = catalog.label("soort", record.kind)
        lines.append(f'<p class="ww-kaart-van">{text(kind)}</p>')
        description = record.description
    else:
        provider = catalog.providers.get(record.provider_id)
        if provider:
            lines.append(f'<p class="ww-kaart-van">{text(provider.name)}</p>')
        description = (
            record.description
            if isinstance(record, Service)
            else (record.raw.get("omschrijving") or "")
        )
    if description:
        lines.append(f"<p>{text(summary(description))}</p>")
    if isinstance(record, Location):
        lines.append(address_html(record))
    if isinstance(record, Service):
        access = catalog.label("dienst.toegang", record.access)
        lines.append(f'<p class="ww-toegang ww-toegang--{attr(record.access)}">{text(access)}</p>')
    contact = []
    if record.phone:
        contact.append(f"Bel {phone_link(record.phone)}")
    contact.append(f'<a href="{attr(target)}">Meer over {text(name)}</a>')
    lines.append(f'<p class="ww-kaart-contact">{" · ".join(contact)}</p>')
    return (
        f'<div class="ww-kaart" data-record="{attr(record.id)}">'
        f'<p class="ww-kaart-naam"><a href="{attr(target)}">{text(name)}</a></p>\n'
        + "\n".join(line for line in lines if line)
        + "</div>"
    )
