"""The server-side list of the overview map: one `<li>` per location, from GeoJSON properties.

Reads the feature properties of `geojson.locations_geojson` (plain text) and emits escaped
HTML; every record value goes through `wegwijzer.html`.
"""

from __future__ import annotations

from .. import html


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
        if props.get("telefoon"):
            lines.append(self._once("t" + props["telefoon"], lambda: _phone(props)))
        if props.get("openingstijden_tekst"):
            lines.append(self._once("o" + props["openingstijden"], lambda: _hours(props)))
        links = "Van " + self._link(props["aanbieder_url"], props["aanbieder_naam"])
        services = props.get("diensten")
        if services:
            links += ". Aanbod: " + ", ".join(self._link(s["url"], s["naam"]) for s in services)
        return (
            f"<li><h3>{html.text(props['naam'])}</h3><p>{'<br>'.join(lines)}</p><p>{links}</p></li>"
        )


def _hours(props: dict) -> str:
    rows = props["openingstijden_tekst"]
    return "Open: " + "; ".join(f"{html.text(days)} {html.text(times)}" for days, times in rows)


def _phone(props: dict) -> str:
    tel = html.url(props.get("tel"))
    label = html.text(props["telefoon"])
    return f'Telefoon: <a href="{html.attr(tel)}">{label}</a>' if tel else f"Telefoon: {label}"
