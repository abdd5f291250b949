"""The Dutch "page not found" (404) page: a way on instead of a dead end.

Reads the catalog's municipalities (`municipalities`, once per build) and emits the escaped HTML of the 404 page's content:
what happened in plain Dutch, the social map's search box (a plain GET form to the search
page, which works without JavaScript as a link), the emergency numbers, and every
municipality's route page. `root` is the site root as the 404 page is served from any
address (MkDocs gives it an absolute base URL).
"""

from __future__ import annotations

from ..html import attr, text
from ..records.model import Catalog
from ..urls import municipality_page
from .components import NOODNUMMER, VEILIG_THUIS, phone_link

SEARCH = "sociale-kaart/zoeken/"


def municipalities(catalog: Catalog) -> list[tuple[str, str]]:
    """(name, site-relative URL) of every municipality's route page, by name."""
    ordered = sorted(catalog.municipalities.values(), key=lambda m: m.name.casefold())
    return [(m.name, municipality_page(m)) for m in ordered]


def body(places: list[tuple[str, str]], root: str) -> str:
    root = root if root.endswith("/") else root + "/"
    items = "".join(
        f'<li><a href="{attr(root + page)}">{text(name)}</a></li>' for name, page in places
    )
    return "\n".join(
        [
            "<h1>Deze pagina bestaat niet (meer)</h1>",
            "<p>Het adres klopt niet, of de pagina is verhuisd. Zoek hieronder verder, of kies "
            "uw gemeente.</p>",
            '<div class="ww-veilig" role="region" aria-labelledby="nood">',
            '<h2 id="nood">Is een kind niet veilig?</h2>',
            '<ul class="ww-veilig-nummers">',
            f"<li><strong>Direct gevaar:</strong> bel {phone_link(NOODNUMMER)}</li>",
            "<li><strong>Zorgen over geweld of kindermishandeling:</strong> bel Veilig Thuis, "
            f"{phone_link(VEILIG_THUIS)} (gratis, dag en nacht)</li>",
            "</ul>",
            "</div>",
            f'<form class="ww-404-zoek" role="search" action="{attr(root + SEARCH)}" method="get">',
            '<label for="ww-404-q">Zoek hulp, een aanbieder of een onderwerp</label>',
            '<input type="search" id="ww-404-q" name="q" autocomplete="off">',
            '<button type="submit" class="md-button md-button--primary">Zoeken</button>',
            "</form>",
            '<h2 id="gemeenten">Jeugdhulp in uw gemeente</h2>',
            f'<ul class="ww-404-gemeenten">{items}</ul>',
            f'<p><a href="{attr(root)}">Naar de startpagina</a></p>',
        ]
    )
