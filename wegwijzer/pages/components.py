"""Shared HTML bits of the generated pages: links between pages, dates, phones, notices, cards.

Reads catalog records and emits escaped HTML fragments (strings), built only with
`wegwijzer.html`. Every generated page is a Markdown file whose body is raw HTML blocks:
`page()` adds the front matter and `block()` makes a fragment safe to put in Markdown (starts
at column 0, no blank lines inside). Links between generated pages are relative URLs computed
here for MkDocs' directory URLs (`aanbieders/x.md` is served as `aanbieders/x/`); MkDocs does
not rewrite links inside raw HTML.
"""

from __future__ import annotations

import datetime as dt
import json
import posixpath
from functools import lru_cache
from urllib.parse import quote, urlencode

from .. import hours, phones
from ..html import attr, link, mailto, markdown_text, text, url
from ..model import Catalog, Location, Municipality, Provider, Service
from ..settings import SiteSettings

MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
REVIEW_MONTHS = 12
VEILIG_THUIS = "0800-2000"
NOODNUMMER = "112"
CARD_SUMMARY = 180  # characters of a description on a card

Record = Provider | Location | Service


# --------------------------------------------------------------------------- pages and links


def page(body: list[str] | str, *, title: str, source: str | None = None, **meta: str) -> str:
    """A Markdown page: front matter, then the body.

    MkDocs and Material put the front-matter `title` into `<title>` and the navigation
    without escaping, so it is HTML-escaped here; it is written as a JSON string, which YAML
    reads as a double-quoted scalar (no tags, no anchors, no type guessing).
    """
    front = {"title": text(_printable(title))}
    if source:
        front["bron"] = source
    front.update({key: text(_printable(value)) for key, value in meta.items()})
    lines = ["---"]
    lines += [f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in front.items()]
    lines.append("---")
    parts = body if isinstance(body, list) else [body]
    return "\n".join(lines) + "\n\n" + "\n\n".join(p.strip("\n") for p in parts if p) + "\n"


def _printable(value: str) -> str:
    """One line of printable characters (YAML refuses control and some format characters)."""
    return " ".join("".join(ch if ch.isprintable() else " " for ch in str(value)).split())


def block(html: str) -> str:
    """Raw HTML that Python-Markdown passes through as one block: no blank lines inside."""
    return "\n".join(line for line in html.strip().splitlines() if line.strip())


def site_url(path: str) -> str:
    """Docs path to the site path MkDocs serves it at: `aanbieders/x.md` -> `aanbieders/x/`."""
    if path == "index.md" or path.endswith("/index.md"):
        return path[: -len("index.md")]
    if path.endswith(".md"):
        return path[:-3] + "/"
    return path


def href(from_path: str, to_path: str, anchor: str = "") -> str:
    """Relative URL from one generated page to another (segments percent-encoded)."""
    here = site_url(from_path).rstrip("/") or "."
    there = site_url(to_path)
    rel = posixpath.relpath(there.rstrip("/") or ".", here)
    if rel == ".":
        rel = "./"
    elif there == "" or there.endswith("/"):
        rel += "/"
    rel = "/".join(quote(part, safe=".") for part in rel.split("/"))
    return rel + (f"#{quote(anchor, safe='')}" if anchor else "")


def provider_path(provider_id: str) -> str:
    return f"aanbieders/{provider_id}.md"


def service_path(service: Service) -> str:
    return f"diensten/{service.provider_id}/{service.local_id}.md"


def municipality_path(municipality: Municipality) -> str:
    return f"gemeenten/{municipality.id}.md"


def theme_path(theme_id: str) -> str:
    return f"sociale-kaart/thema/{theme_id}.md"


def location_anchor(location: Location) -> str:
    return f"locatie-{location.local_id}"


def record_target(record: Record) -> tuple[str, str]:
    """(docs path, anchor) of the page that shows a record."""
    if isinstance(record, Service):
        return service_path(record), ""
    if isinstance(record, Location):
        return provider_path(record.provider_id), location_anchor(record)
    return provider_path(record.id), ""


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
    return f'<a href="{attr(record_href(from_path, record))}">{text(record_name(catalog, record))}</a>'


# --------------------------------------------------------------------------- small values


def date_nl(day: dt.date) -> str:
    """5 oktober 2026."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    last = (dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)).day
    return dt.date(year, month, min(day.day, last))


def is_stale(reviewed: dt.date | None, today: dt.date) -> bool:
    """More than 12 months between the last review and the build date."""
    return reviewed is not None and add_months(reviewed, REVIEW_MONTHS) < today


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


def summary(source: str, limit: int = CARD_SUMMARY) -> str:
    """Plain text of a Markdown description, cut at a word boundary."""
    plain = markdown_text(source or "")
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
    end = f"{(high + 1) // 12 - 1} jaar" if (high + 1) % 12 == 0 else amount(high)
    if high < 0:
        end = "de geboorte"
    return f"{start} tot en met {end}"


LANGUAGES = {
    "nl": "Nederlands",
    "en": "Engels",
    "de": "Duits",
    "fr": "Frans",
    "es": "Spaans",
    "pt": "Portugees",
    "it": "Italiaans",
    "pl": "Pools",
    "ro": "Roemeens",
    "bg": "Bulgaars",
    "uk": "Oekraïens",
    "ru": "Russisch",
    "tr": "Turks",
    "ar": "Arabisch",
    "fa": "Perzisch",
    "so": "Somalisch",
    "ti": "Tigrinya",
    "zh": "Chinees",
    "fy": "Fries",
}


def language_name(code: str) -> str:
    return LANGUAGES.get(code, code.upper())


def join_nl(items: list[str]) -> str:
    """a, b en c (items are already HTML)."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " en " + items[-1]


# --------------------------------------------------------------------------- opening hours


@lru_cache(maxsize=4096)
def hours_rows(opening_hours: str) -> tuple[tuple[str, str], ...]:
    return tuple(hours.describe(opening_hours))


@lru_cache(maxsize=4096)
def nu_open(opening_hours: str, today: dt.date) -> str:
    """The "nu open" element that nu-open.js fills in (empty when the hours are unusable)."""
    try:
        return hours.nu_open_span(opening_hours, today)
    except ValueError:
        return ""


def hours_table(location: Location, today: dt.date, heading_level: int = 4) -> str:
    """Opening hours as a small table with the live "nu open" status above it."""
    if not location.opening_hours:
        return ""
    rows = "".join(
        f"<tr><th scope=\"row\">{text(days)}</th><td>{text(times)}</td></tr>"
        for days, times in hours_rows(location.opening_hours)
    )
    h = f"h{heading_level}"
    return (
        f'<div class="ww-uren"><{h} class="ww-kop-klein">Openingstijden</{h}>'
        f"{nu_open(location.opening_hours, today)}\n"
        f'<table class="ww-tijden"><tbody>{rows}</tbody></table></div>'
    )


def address_html(location: Location) -> str:
    address = location.address
    if not address:
        return ""
    return (
        '<p class="ww-adres">'
        f"{text(address.get('straat'))}<br>{text(address.get('postcode'))} "
        f"{text(address.get('plaats'))}</p>"
    )


# --------------------------------------------------------------------------- record notices


def review_notice(reviewed: dt.date | None, today: dt.date) -> str:
    """'Laatst gecontroleerd op ...', with a visible warning when older than 12 months."""
    if reviewed is None:
        return ""
    line = f'<p class="ww-gecontroleerd">Laatst gecontroleerd op <time datetime="{reviewed.isoformat()}">{date_nl(reviewed)}</time></p>'
    if not is_stale(reviewed, today):
        return line
    return (
        '<div class="admonition warning ww-verouderd" role="note">'
        '<p class="admonition-title">Mogelijk verouderd</p>'
        f"<p>Deze gegevens zijn op {date_nl(reviewed)} voor het laatst gecontroleerd, meer dan "
        "een jaar geleden. Bel of kijk op de website voordat u erheen gaat.</p></div>\n" + line
    )


def sample_notice(sample: bool) -> str:
    if not sample:
        return ""
    return (
        '<div class="admonition info ww-voorbeeld" role="note">'
        '<p class="admonition-title">Voorbeeldgegevens</p>'
        "<p>Een deel van deze gegevens (zoals adres, openingstijden of telefoonnummer) is een "
        "voorbeeld en komt niet uit een officiële bron.</p></div>"
    )


def report_url(settings: SiteSettings, record_id: str, name: str) -> str | None:
    """'Meld een fout': the report address with the record id in the query string."""
    if not settings.report_url:
        return None
    query = urlencode(
        {
            "title": f"Fout in {record_id}",
            "body": f"Record: {record_id} ({name})\n\nWat klopt er niet?\n",
        },
        quote_via=quote,
    )
    separator = "&" if "?" in settings.report_url else "?"
    return url(f"{settings.report_url}{separator}{query}")


def record_footer(
    settings: SiteSettings, record_id: str, name: str, source: str, reviewed, today
) -> str:
    """Review date, 'Meld een fout' and 'Wijzig deze gegevens' under every record page."""
    parts = [review_notice(reviewed, today)]
    report = report_url(settings, record_id, name)
    if report:
        parts.append(
            f'<p class="ww-meld">Klopt er iets niet? <a href="{attr(report)}">Meld een fout</a></p>'
        )
    edit = url(settings.edit_url(source))
    if edit:
        parts.append(
            f'<p class="ww-wijzig"><a href="{attr(edit)}">Wijzig deze gegevens</a> '
            f"(bestand {text(source)})</p>"
        )
    return '<footer class="ww-record-voet">' + "\n".join(p for p in parts if p) + "</footer>"


def status_notice(record: Service | Provider, today: dt.date) -> str:
    """A notice when a record is not (or no longer) on offer."""
    message = ""
    if record.status == "beeindigd":
        message = "Dit aanbod bestaat niet meer."
    elif isinstance(record, Service):
        if record.valid_until and record.valid_until < today:
            message = f"Dit aanbod is gestopt op {date_nl(record.valid_until)}."
        elif record.valid_from and record.valid_from > today:
            message = f"Dit aanbod start op {date_nl(record.valid_from)}."
        elif record.status == "gepland":
            message = "Dit aanbod start binnenkort."
    if not message:
        return ""
    return (
        '<div class="admonition warning ww-status" role="note">'
        f'<p class="admonition-title">Let op</p><p>{text(message)}</p></div>'
    )


# --------------------------------------------------------------------------- lists and cards


def service_item(catalog: Catalog, from_path: str, service: Service, with_provider=True) -> str:
    """One line in a list of services: name, provider, access, short description."""
    provider = catalog.providers.get(service.provider_id)
    who = (
        f' <span class="ww-van">van {text(provider.name)}</span>'
        if with_provider and provider
        else ""
    )
    access = catalog.label("dienst.toegang", service.access)
    return (
        f'<li><a href="{attr(href(from_path, service_path(service)))}">{text(service.name)}</a>'
        f'{who}<br><span class="ww-toegang ww-toegang--{attr(service.access)}">{text(access)}</span>'
        f' · {text(summary(service.description, 140))}</li>'
    )


def service_list(
    catalog: Catalog, from_path: str, services: list[Service], with_provider=True
) -> str:
    if not services:
        return '<p class="ww-leeg">Hier staat nog geen aanbod.</p>'
    items = "\n".join(service_item(catalog, from_path, s, with_provider) for s in services)
    return f'<ul class="ww-lijst">\n{items}\n</ul>'


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
