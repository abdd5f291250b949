"""`wegwijzer report`: how fresh and how complete the data is, for editors.

Reads the catalog and emits:

- `build_report(catalog)`: a plain dict (no I/O) with every record by the age
  of its `laatst_gecontroleerd` (stale after 12 months, as the site's notice
  says; "due" when it turns stale within 30 days) and, per municipality: the
  route in force, the CJG or other entry points (CJG, inlooppunt, JIP), the
  services per theme and per age group, and the locations without opening hours;
- `print_report(root, today)`: that report as text in the terminal;
- `generate(catalog, settings)`: the editors' page `redactie/actualiteit.md`
  (outside the navigation for parents, excluded from the site search); at national scale
  its list of records to check continues on `redactie/actualiteit/2.md` and further
  (`wegwijzer.blocks.paging`).
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path

from ..blocks import paging
from ..blocks.page import block, date_nl, href, scroll
from ..html import attr, text
from ..records.model import REVIEW_MONTHS, Catalog, add_months, is_stale
from ..records.published import select
from ..settings import SiteSettings
from ..urls import municipality_source, provider_source, service_source
from .overviews import AGE_GROUPS, ENTRY_KINDS, in_group

PAGE = "redactie/actualiteit.md"
DUE_DAYS = 30
ALL_AGES = "alle-leeftijden"
KIND_NAMES = {"provider": "aanbieder", "service": "dienst", "municipality": "gemeente"}


def _review_row(kind: str, record_id: str, name: str, source: str, reviewed: dt.date) -> dict:
    return {
        "kind": kind,
        "id": record_id,
        "name": name,
        "source": source,
        "last_reviewed": reviewed.isoformat(),
        "stale_from": (add_months(reviewed, REVIEW_MONTHS) + dt.timedelta(days=1)).isoformat(),
    }


def _reviewed_records(catalog: Catalog) -> list[dict]:
    """Every record an editor must keep confirmed: what the site shows now or will show."""
    rows = []
    for provider in catalog.providers.values():
        if provider.status == "beeindigd":
            continue
        rows.append(
            _review_row(
                "provider", provider.id, provider.name, provider.source, provider.last_reviewed
            )
        )
        for service in provider.services:
            ended = service.valid_until is not None and service.valid_until < catalog.today
            if service.status == "beeindigd" or ended:
                continue
            rows.append(
                _review_row(
                    "service", service.id, service.name, service.source, service.last_reviewed
                )
            )
    for m in catalog.municipalities.values():
        rows.append(_review_row("municipality", m.code, m.name, m.source, m.last_reviewed))
    return sorted(rows, key=lambda r: (r["last_reviewed"], r["kind"], r["id"]))


def _freshness(catalog: Catalog) -> dict:
    today = catalog.today
    horizon = today + dt.timedelta(days=DUE_DAYS)
    overdue, due = [], []
    by_kind = {kind: {"total": 0, "overdue": 0, "due": 0, "current": 0} for kind in KIND_NAMES}
    for row in _reviewed_records(catalog):
        reviewed = dt.date.fromisoformat(row["last_reviewed"])
        state = (
            "overdue"
            if is_stale(reviewed, today)
            else "due"
            if is_stale(reviewed, horizon)
            else "current"
        )
        by_kind[row["kind"]]["total"] += 1
        by_kind[row["kind"]][state] += 1
        if state == "overdue":
            overdue.append(row)
        elif state == "due":
            due.append(row)
    counts = {key: sum(k[key] for k in by_kind.values()) for key in next(iter(by_kind.values()))}
    return {"counts": counts, "by_kind": by_kind, "overdue": overdue, "due": due}


def build_report(catalog: Catalog) -> dict:
    """Freshness and coverage as plain data (the terminal, the page and the tests read it)."""
    pub = select(catalog)
    without_hours = [loc for loc in pub.locations if loc.kind != "online" and not loc.opening_hours]
    municipalities = []
    for m in pub.municipalities:
        route = m.route_on(catalog.today)
        services = pub.services_in(m.code)
        themes = {theme_id: 0 for theme_id in sorted(catalog.themes)}
        for service in services:
            for theme in service.themes:
                themes[theme] = themes.get(theme, 0) + 1
        ages = {group.id: sum(in_group(s, group) for s in services) for group in AGE_GROUPS}
        ages[ALL_AGES] = sum(
            s.age_min_months is None and s.age_max_months is None for s in services
        )
        municipalities.append(
            {
                "code": m.code,
                "id": m.id,
                "name": m.name,
                "source": m.source,
                "route_in_force": route.valid_from.isoformat() if route else None,
                "entry_points": [
                    loc.id
                    for loc in pub.locations
                    if loc.municipality == m.code and loc.kind in ENTRY_KINDS
                ],
                "services": len(services),
                "themes": themes,
                "ages": ages,
                "locations_without_hours": [
                    loc.id for loc in without_hours if loc.municipality == m.code
                ],
            }
        )
    return {
        "today": catalog.today.isoformat(),
        "review_months": REVIEW_MONTHS,
        "due_days": DUE_DAYS,
        "freshness": _freshness(catalog),
        "municipalities": municipalities,
        "locations_without_hours": [loc.id for loc in without_hours],
    }


# --------------------------------------------------------------------------- terminal


def _age_label(group_id: str) -> str:
    labels = {group.id: group.label for group in AGE_GROUPS}
    return labels.get(group_id, "zonder leeftijd")


def format_report(report: dict, catalog: Catalog) -> str:
    fresh = report["freshness"]
    counts = fresh["counts"]
    lines = [
        f"Actualiteit en dekking op {date_nl(catalog.today)}",
        "",
        f"{counts['total']} records: {counts['overdue']} verouderd (meer dan "
        f"{REVIEW_MONTHS} maanden niet gecontroleerd), {counts['due']} binnen "
        f"{DUE_DAYS} dagen verouderd, {counts['current']} actueel.",
    ]
    for key, heading in (("overdue", "Verouderd"), ("due", "Binnenkort verouderd")):
        if fresh[key]:
            lines += ["", f"{heading}:"]
            for row in fresh[key]:
                lines.append(
                    f"  {row['source']}: {KIND_NAMES[row['kind']]} {row['id']} "
                    f"({row['name']}), gecontroleerd {row['last_reviewed']}, "
                    f"verouderd vanaf {row['stale_from']}"
                )
    lines += ["", "Per gemeente:"]
    for m in report["municipalities"]:
        route = (
            f"route geldt sinds {m['route_in_force']}"
            if m["route_in_force"]
            else "GEEN route die nu geldt"
        )
        entry = ", ".join(m["entry_points"]) or "GEEN CJG, inlooppunt of JIP"
        empty = [
            catalog.themes[t].label
            for t, n in m["themes"].items()
            if n == 0 and t in catalog.themes
        ]
        ages = ", ".join(f"{_age_label(g)} {n}" for g, n in m["ages"].items())
        lines += [
            f"  {m['name']} ({m['code']}): {route}",
            f"    eerste aanspreekpunt: {entry}",
            f"    {m['services']} diensten; leeftijden: {ages}",
            f"    thema's zonder aanbod: {', '.join(empty) or '—'}",
            "    locaties zonder openingstijden: "
            + (", ".join(m["locations_without_hours"]) or "—"),
        ]
    return "\n".join(lines)


def print_report(root: Path, today: dt.date | None = None, as_json: bool = False) -> int:
    """`wegwijzer report`: 1 when the records cannot be loaded, else 0."""
    from ..records.catalog import load_catalog
    from ..records.problems import format_problems

    catalog, problems = load_catalog(Path(root), today=today)
    errors = [p for p in problems if p.is_error]
    if errors:
        print(format_problems(errors), file=sys.stderr)
        print("Los eerst deze fouten op (wegwijzer check).", file=sys.stderr)
        return 1
    report = build_report(catalog)
    if as_json:
        print(json.dumps(report, ensure_ascii=False, indent=2, sort_keys=True))
    else:
        print(format_report(report, catalog))
    return 0


# --------------------------------------------------------------------------- editors' page


def _record_link(catalog: Catalog, row: dict, path: str = PAGE) -> str:
    if row["kind"] == "provider":
        target = provider_source(row["id"])
    elif row["kind"] == "service":
        target = service_source(catalog.services[row["id"]])
    else:
        target = municipality_source(catalog.municipalities[row["id"]])
    return f'<a href="{attr(href(path, target))}">{text(row["name"])}</a>'


def _edit_link(settings: SiteSettings, source: str) -> str:
    url = settings.edit_url(source)
    label = f"<code>{text(source)}</code>"
    return f'<a href="{attr(url)}">{label}</a>' if url else label


def _review_row_html(catalog: Catalog, settings: SiteSettings, row: dict, path: str) -> str:
    return (
        f"<tr><td>{text(KIND_NAMES[row['kind']])}</td><td>{_record_link(catalog, row, path)}</td>"
        f"<td>{text(row['last_reviewed'])}</td><td>{text(row['stale_from'])}</td>"
        f"<td>{_edit_link(settings, row['source'])}</td></tr>"
    )


def _review_table(rows: list[str]) -> str:
    if not rows:
        return '<p class="ww-leeg">Geen.</p>'
    body = "\n".join(rows)
    return (
        "<table><thead><tr><th>Soort</th><th>Record</th><th>Gecontroleerd</th>"
        f"<th>Verouderd vanaf</th><th>Bestand</th></tr></thead><tbody>\n{body}\n</tbody></table>"
    )


def _municipality_table(catalog: Catalog, report: dict) -> str:
    rows = []
    for m in report["municipalities"]:
        municipality = catalog.municipalities[m["code"]]
        name = (
            f'<a href="{attr(href(PAGE, municipality_source(municipality)))}">{text(m["name"])}</a>'
        )
        route = text(m["route_in_force"]) if m["route_in_force"] else "<strong>geen</strong>"
        entry = (
            "<br>".join(text(catalog.locations[i].name) for i in m["entry_points"])
            or "<strong>geen</strong>"
        )
        empty = [
            text(catalog.themes[t].label)
            for t, n in m["themes"].items()
            if n == 0 and t in catalog.themes
        ]
        ages = "<br>".join(f"{text(_age_label(g))}: {n}" for g, n in m["ages"].items())
        hours = "<br>".join(text(catalog.locations[i].name) for i in m["locations_without_hours"])
        rows.append(
            f"<tr><td>{name}<br><code>{text(m['code'])}</code></td><td>{route}</td>"
            f"<td>{entry}</td><td>{m['services']}</td><td>{ages}</td>"
            f"<td>{', '.join(empty) or '—'}</td><td>{hours or '—'}</td></tr>"
        )
    return (
        "<table><thead><tr><th>Gemeente</th><th>Route geldt sinds</th>"
        "<th>CJG of inlooppunt</th><th>Diensten</th><th>Per leeftijd</th>"
        "<th>Thema's zonder aanbod</th><th>Locaties zonder openingstijden</th></tr></thead>"
        "<tbody>\n" + "\n".join(rows) + "\n</tbody></table>"
    )


def report_page(catalog: Catalog, settings: SiteSettings) -> dict[str, str]:
    """The page, and its continuation when the records to check do not fit on one page."""
    report = build_report(catalog)
    fresh = report["freshness"]
    counts = fresh["counts"]
    sections = ("Verouderd", f"Binnen {DUE_DAYS} dagen verouderd")
    entries = [
        paging.Entry(_review_row_html(catalog, settings, row, PAGE), row["name"], heading, row)
        for heading, rows in zip(sections, (fresh["overdue"], fresh["due"]), strict=True)
        for row in rows
    ]
    parts = paging.split(PAGE, entries)
    files = {}
    for part, before in zip(parts, paging.previous_groups(parts), strict=True):
        title = "Actualiteit van de gegevens"
        if part.total > 1:
            title += f" (pagina {part.number} van {part.total})"
        front = f'---\ntitle: "{title}"\nsearch:\n  exclude: true\n---\n\n'
        body = [f"# {title}"]
        if part.number == 1:
            body += [
                "Voor redacteuren: welke gegevens moeten opnieuw gecontroleerd worden, en waar "
                "ontbreekt iets? Deze pagina wordt bij elke bouw opnieuw gemaakt; in de terminal "
                "geeft `wegwijzer report` hetzelfde overzicht.",
                block(
                    f"<p>Op {text(date_nl(catalog.today))}: {counts['total']} records, waarvan "
                    f"<strong>{counts['overdue']} verouderd</strong> (meer dan {REVIEW_MONTHS} "
                    f"maanden niet gecontroleerd) en {counts['due']} die binnen {DUE_DAYS} "
                    "dagen verouderen.</p>"
                ),
            ]
        nav = paging.navigation(parts, part, "De lijst van records om te controleren")
        if nav:
            body.append(block(nav))
        shown = {
            heading: (continued, members) for heading, continued, members in part.groups(before)
        }
        for heading in sections:
            has_rows = any(e.group == heading for e in entries)
            if heading not in shown and (has_rows or part.number > 1):
                continue  # its rows are on another page
            continued, members = shown.get(heading, (False, []))
            rows = [
                e.html
                if part.number == 1
                else _review_row_html(catalog, settings, e.item, part.source)
                for e in members
            ]
            body += [
                f"## {heading}{' (vervolg)' if continued else ''}",
                block(scroll(_review_table(rows))),
            ]
        if part.number < part.total:
            after = parts[part.number]
            body.append(
                block(
                    f'<p class="ww-volgende"><a href="{attr(href(part.source, after.source))}">'
                    f"Volgende pagina: {text(after.range_label)}</a></p>"
                )
            )
        if part.number == 1:
            body += ["## Dekking per gemeente", block(scroll(_municipality_table(catalog, report)))]
        files[part.source] = front + "\n\n".join(body) + "\n"
    return files


def generate(catalog: Catalog, settings: SiteSettings, root: Path | None = None) -> dict[str, str]:
    return report_page(catalog, settings)
