"""Phone lines, "op afspraak" and where help happens, as rows of a `dl.ww-feiten`.

Reads `PhoneLine`s (from `Catalog.phone_lines_for` or a record's own `phone_lines`), a
location's `by_appointment` and a service's `where`/`schools`/area; emits HTML with every
record value escaped. A line with hours gets the "nu bereikbaar" element that nu-open.js
fills in (`data-soort="lijn"`: "Nu bereikbaar", never "Nu open", because a phone line
that answers at night is not a door that opens at night). A location on appointment never
gets the "nu open" element.
"""

from __future__ import annotations

import datetime as dt

from ..html import text
from ..records.model import Catalog, Location, PhoneLine, Service
from .components import hours_rows, join_nl, nu_open, phone_link


def line_hours_text(line: PhoneLine) -> str:
    """ "maandag t/m vrijdag: 08:30–17:00; ..." or "dag en nacht" (plain text)."""
    if not line.hours:
        return ""
    try:
        rows = hours_rows(line.hours)
    except ValueError:
        return line.hours
    if rows == (("elke dag", "dag en nacht open"),):
        return "dag en nacht"
    return "; ".join(f"{days}: {times}" for days, times in rows)


def reachable_now(line: PhoneLine, today: dt.date) -> str:
    """The live "Nu bereikbaar" element of a line (empty without usable hours)."""
    element = nu_open(line.hours, today) if line.hours else ""
    return element.replace('class="nu-open"', 'class="nu-open" data-soort="lijn"', 1)


def line_item(line: PhoneLine, today: dt.date, brief: bool = False) -> str:
    """One line: number, crisis flag, purpose, "nu bereikbaar" and its hours in words;
    `brief`: number, crisis flag and purpose only (the page shows its hours higher up)."""
    crisis = ' <strong class="ww-crisis">crisislijn</strong>' if line.crisis else ""
    head = (
        f'<li class="ww-lijn">{phone_link(line.number)}{crisis} '
        f'<span class="ww-toelichting">{text(line.purpose)}</span>'
    )
    if brief:
        return f"{head}</li>"
    when = line_hours_text(line)
    when_html = f'<br><span class="ww-bereikbaar">Bereikbaar: {text(when)}</span>' if when else ""
    live = reachable_now(line, today)
    return f"{head}{f'<br>{live}' if live else ''}{when_html}</li>"


def phone_lines_fact(
    lines: list[PhoneLine], today: dt.date, shown: frozenset[PhoneLine] = frozenset()
) -> str:
    """All lines as one "Telefoon" row, crisis lines first (they matter most at night). A
    line in `shown` is already on the page with its hours (a service page's "Bellen en
    aanmelden"): at a location it is one tap again, without the hours a second time."""
    if not lines:
        return ""
    ordered = [line for line in lines if line.crisis] + [line for line in lines if not line.crisis]
    items = "".join(line_item(line, today, brief=line in shown) for line in ordered)
    return f'<dt>Telefoon</dt><dd><ul class="ww-lijnen">{items}</ul></dd>'


def appointment_fact(location: Location) -> str:
    """ "Op afspraak", with the hours in which appointments can be made, never "nu open"."""
    if not location.by_appointment:
        return ""
    rows = ""
    if location.opening_hours:
        try:
            rows = "<br>Afspraken mogelijk: " + "; ".join(
                f"{text(days)}: {text(times)}" for days, times in hours_rows(location.opening_hours)
            )
        except ValueError:
            rows = ""
    return f'<dt>Openingstijden</dt><dd><span class="ww-afspraak">Op afspraak</span>{rows}</dd>'


def where_fact(catalog: Catalog, service: Service) -> str:
    """Where help happens: "Bij u thuis", "Op school (basisscholen)", "Online"."""
    if service.where == ["op-locatie"]:
        return ""
    parts = []
    for place in service.where:
        label = catalog.label("dienst.waar", place)
        if place == "op-school" and service.schools:
            schools = join_nl([catalog.label("dienst.scholen", s).lower() for s in service.schools])
            label = f"{label}: alle {schools} in het werkgebied"
        parts.append(text(label if not parts else label[0].lower() + label[1:]))
    return f"<dt>Waar</dt><dd>{join_nl(parts)}</dd>"


def region_names(catalog: Catalog, service: Service) -> list[str]:
    """Names of the regions a service's werkgebied names ("jeugdregio Haaglanden")."""
    return [
        f"jeugdregio {catalog.regions[r].name}"
        for r in service.area_regions
        if r in catalog.regions
    ]
