"""The map element any page can carry: marker signs, the legend, a small map of some locations.

Reads locations of the catalog and emits escaped HTML; every record value goes through
`wegwijzer.html`. `overrides/assets/javascripts/kaart.js` draws the map in the browser. Colours, shapes and letters of the
marker signs live in one place, `overrides/assets/stylesheets/kaart.css`
(`.wwk-teken--<soort>`); kaart.js and this module only name the class.
"""

from __future__ import annotations

import re

from .. import html
from ..records.model import Catalog, Location

# Legend order: where parents go first, then the rest. Unknown kinds follow, sorted.
KIND_ORDER = (
    "cjg",
    "inlooppunt",
    "jip",
    "consultatiebureau",
    "peuterspeelzaal",
    "school",
    "praktijk",
    "gemeentehuis",
    "kantoor",
    "online",
)


def kind_class(kind: str | None) -> str:
    """The CSS class suffix of a location kind (a schema enum; sanitised all the same)."""
    return re.sub(r"[^a-z0-9-]", "", (kind or "").lower()) or "onbekend"


def kind_key(kind: str) -> tuple[int, str]:
    return (KIND_ORDER.index(kind) if kind in KIND_ORDER else len(KIND_ORDER), kind)


def sign(kind: str | None, small: bool = False) -> str:
    size = " wwk-teken--klein" if small else ""
    return f'<span class="wwk-teken{size} wwk-teken--{kind_class(kind)}" aria-hidden="true"></span>'


def legend(kinds: dict[str, str]) -> str:
    """`<ul>` of kind signs and labels (`{kind: label}`), in legend order."""
    items = "".join(
        f"<li>{sign(kind)} {html.text(kinds[kind])}</li>" for kind in sorted(kinds, key=kind_key)
    )
    return f'<ul class="wwk-legenda" aria-label="Legenda">{items}</ul>'


def address_line(location: Location) -> str:
    address = location.address or {}
    if not address:
        return ""
    return f"{address['straat']}, {address['postcode']} {address['plaats']}"


def embed(
    catalog: Catalog,
    location_ids: list[str] | tuple[str, ...],
    title: str,
    *,
    root: str | None = None,
    text_list: bool = True,
) -> str:
    """A small map of these locations, as a raw-HTML block for a Markdown page.

    `title` names the map for screen readers ("Kaart: <title>"). Locations
    without coordinates (online) are left out; when none is left the result is
    "" (no map). Unknown ids raise KeyError (a page should not name them).
    Without JavaScript the block shows the locations as a short text list; with
    the map drawn, that list stays for screen readers only. `text_list=False` leaves
    that list out, for a page that lists the same locations in full anyway (a
    provider page with many locations would otherwise carry every address twice).

    `root` is the page's relative path to the site root (e.g. "../../"); when
    omitted kaart.js takes the root from its own script URL, which also works
    in a subfolder deployment.
    """
    located = []
    for location_id in dict.fromkeys(location_ids):
        location = catalog.locations[location_id]
        if location.lat is not None and location.lon is not None:
            located.append(location)
    if not located:
        return ""
    items = (
        ""
        if not text_list
        else "".join(
            f'<li><span class="wwk-teken wwk-teken--klein wwk-teken--{kind_class(loc.kind)}"'
            f' aria-hidden="true"></span> <strong>{html.text(loc.name)}</strong>'
            + (f", {html.text(address_line(loc))}" if loc.address else "")
            + "</li>"
            for loc in located
        )
    )
    kinds = {loc.kind: catalog.label("locatie.soort", loc.kind) for loc in located}
    ids = " ".join(loc.id for loc in located)
    root_attr = f' data-root="{html.attr(root)}"' if root else ""
    label = html.attr(f"Kaart: {title}")
    return (
        "\n\n"
        '<div class="wwk-kaart-blok" data-search-exclude>\n'
        f'<div class="wwk-kaart wwk-kaart--klein" role="region" aria-label="{label}"'
        f' data-locaties="{html.attr(ids)}"{root_attr} hidden></div>\n'
        f'<div class="wwk-legenda-blok" hidden>{legend(kinds)}</div>\n'
        + (f'<ul class="wwk-kaart-tekst" data-search-exclude>{items}</ul>\n' if items else "")
        + "</div>\n\n"
    )
