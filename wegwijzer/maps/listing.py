"""The server-side list of the overview map: one `<li>` per location, from GeoJSON properties.

Reads the feature properties of `geojson.locations_geojson` (plain text) and emits escaped
HTML; every record value goes through `wegwijzer.html`.
"""

from __future__ import annotations

from .. import html
from ..blocks.map import line_hours


class ListItems:
    """The server-side list of the overview map, one `<li>` per location.

    The same facts as kaart.js's list item, without "nu open" (that needs the
    browser). Values that many locations share (labels, municipality, hours,
    provider and service links) are escaped once: at 10,000 locations that is
    most of the work. `root` is the page's relative path to the site root.
    """

    def __init__(self, root: str):
        self.root = root
        self._shared: dict = {}

    def _once(self, key: str, make) -> str:
        value = self._shared.get(key)
        if value is None:
            value = self._shared[key] = make()
        return value

    def _link(self, url: str, label: str) -> str:  # a record URL names one record
        return self._once(
            "a" + url, lambda: f'<a href="{html.attr(self.root + url)}">{html.text(label)}</a>'
        )

    def item(self, props: dict) -> str:
        lines = [
            self._once(
                f"s{props['soort_label']}\0{props.get('gemeente_naam')}",
                lambda: (
                    html.text(props["soort_label"])
                    + (
                        f" · {html.text(props['gemeente_naam'])}"
                        if props.get("gemeente_naam")
                        else ""
                    )
                ),
            )
        ]
        if props.get("adres"):
            lines.append(html.text(props["adres"]))
        phone_lines = props.get("telefoonlijnen") or []
        if props.get("telefoon") and props["telefoon"] not in {x["nummer"] for x in phone_lines}:
            lines.append(
                self._once(
                    "t" + props["telefoon"],
                    lambda: "Telefoon: " + tel_link(props["telefoon"], props.get("tel")),
                )
            )
        for line in phone_lines:
            key = "l" + "\0".join(
                str(line.get(k)) for k in ("nummer", "doel", "crisis", "bereikbaar")
            )
            lines.append(self._once(key, lambda line=line: _line(line)))
        if props.get("openingstijden_tekst"):
            key = f"o{props.get('op_afspraak')}\0{props.get('openingstijden')}"
            lines.append(self._once(key, lambda: _hours(props)))
        links = "Van " + self._link(props["aanbieder_url"], props["aanbieder_naam"])
        services = props.get("diensten")
        if services:
            links += ". Aanbod: " + ", ".join(self._link(s["url"], s["naam"]) for s in services)
        return (
            f"<li><h3>{html.text(props['naam'])}</h3><p>{'<br>'.join(lines)}</p><p>{links}</p></li>"
        )


def _rows(rows: list) -> str:
    return "; ".join(f"{html.text(days)} {html.text(times)}" for days, times in rows)


def _hours(props: dict) -> str:
    """ "Open: ..." or, for a location on appointment, "Op afspraak" (never "nu open")."""
    rows = props["openingstijden_tekst"]
    if props.get("op_afspraak"):  # its first row is "Op afspraak"
        rest = f"<br>Afspraken mogelijk: {_rows(rows[1:])}" if len(rows) > 1 else ""
        return f'<strong class="ww-afspraak">Op afspraak</strong>: {html.text(rows[0][1])}{rest}'
    return "Open: " + _rows(rows)


def tel_link(number: str, tel: str | None) -> str:
    """A number as the site's button-sized `tel:` link (class `ww-tel`, like the record pages'
    phone links; `tel` was made by `records.phones.tel_href`), or as text without one."""
    href = html.url(tel) if tel and tel.startswith("tel:") else None
    label = html.text(number)
    return f'<a class="ww-tel" href="{html.attr(href)}">{label}</a>' if href else label


def _line(line: dict) -> str:
    """One phone line: number, crisis flag, what it is for and when it answers."""
    crisis = ' <strong class="ww-crisis">crisislijn</strong>' if line.get("crisis") else ""
    purpose = f" {html.text(line['doel'])}" if line.get("doel") else ""
    when = line_hours(line.get("bereikbaar_tekst") or [])
    when = f" (bereikbaar: {html.text(when)})" if when else ""
    return f"Telefoon: {tel_link(line['nummer'], line.get('tel'))}{crisis}{purpose}{when}"
