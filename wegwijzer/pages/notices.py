"""Notices on every record page: review date, sample data, status, report and edit links.

Reads a record's review date, `voorbeelddata` flag, status and source file, and emits
escaped HTML: "Laatst gecontroleerd op <datum>" (with a visible warning when older than 12
months before the build date), a "Voorbeeldgegevens" notice, a notice when a service has not
started or has ended, and the footer with "Klopt er iets niet? Meld een fout" (a mailto: to
the editors with the page address and record id) and, hidden for parents, "Wijzig deze
gegevens" (the YAML in the repository) for the editors' view.
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import quote, urlencode

from .. import urls
from ..blocks.page import date_nl
from ..html import attr, mailto, text, url
from ..records.model import Provider, Service, is_stale
from ..settings import SiteSettings


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


def page_address(settings: SiteSettings, path: str) -> str:
    """The public address of the page with docs path `path` (empty without a site_url)."""
    if not settings.site_url or not path:
        return ""
    return settings.site_url + urls.page(path)


def _quote(value: str, *_args) -> str:
    # "/", ":", "?" and "," may stand in a query (RFC 3986): shorter and still readable
    return quote(value, safe="/:?,")


def report_url(settings: SiteSettings, record_id: str, name: str, path: str = "") -> str | None:
    """'Meld een fout': a mailto: to the editors (no account needed) with the record id in
    the subject and the page address in the body; without an address the report URL
    (meld_url). Short on purpose: it is on each of 25,000 record pages."""
    address = page_address(settings, path)
    body = f"{address}\n" if address else ""
    body += "Wat klopt er niet, en wat moet het zijn?\n"
    query = urlencode({"subject": f"Fout in {record_id}", "body": body}, quote_via=_quote)
    target = mailto(settings.report_email)
    if target:
        return f"{target}?{query}"
    if not settings.report_url:
        return None
    query = urlencode(
        {"title": f"Fout in {record_id}", "body": f"Gegevens: {record_id} ({name})\n{body}"},
        quote_via=quote,
    )
    separator = "&" if "?" in settings.report_url else "?"
    return url(f"{settings.report_url}{separator}{query}")


def record_footer(
    settings: SiteSettings, record_id: str, name: str, source: str, reviewed, today, path=""
) -> str:
    """Review date and 'Meld een fout' under every record page, and 'Wijzig deze gegevens' in
    the editors' part: `hidden` until an editor turns the editors' view on (`?redactie` in
    the address, remembered by wegwijzer.js), so parents see no file paths or repository."""
    parts = [review_notice(reviewed, today)]
    report = report_url(settings, record_id, name, path)
    if report:
        parts.append(
            f'<p class="ww-meld">Klopt er iets niet? <a href="{attr(report)}">Meld een fout</a></p>'
        )
    edit = url(settings.edit_url(source))
    if edit:
        parts.append(
            '<p class="ww-redactie" data-ww-redactie hidden>Voor redacteuren: '
            f'<a href="{attr(edit)}">Wijzig deze gegevens</a> (bestand {text(source)})</p>'
        )
    return (
        '<footer class="ww-record-voet" data-search-exclude>'
        + "\n".join(p for p in parts if p)
        + "</footer>"
    )


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
