"""The home page (`index.md`): two doors and a municipality picker.

Reads the municipalities of the catalog and emits the home page: "Ik zoek hulp" (parents
and young people: the social map, my municipality, CJG locations) and "Ik ben professional"
(the handbook and the routes per municipality), the safety numbers, and a municipality
picker that works without JavaScript (a list of links) plus a select that
`overrides/assets/javascripts/wegwijzer.js` reveals and uses to navigate.
"""

from __future__ import annotations

from ..blocks.page import block, href, page
from ..html import attr, text
from ..records.model import Catalog
from ..urls import municipality_source
from .components import NOODNUMMER, VEILIG_THUIS, by_name, phone_link

PATH = "index.md"


def _door(title: str, intro: str, links: list[tuple[str, str]], css: str) -> str:
    items = "".join(
        f'<li><a href="{attr(href(PATH, target))}">{text(label)}</a></li>'
        for target, label in links
    )
    return (
        f'<section class="ww-deur {css}" aria-labelledby="{css}">'
        f'<h2 id="{css}">{text(title)}</h2><p>{text(intro)}</p><ul>{items}</ul></section>'
    )


def generate(catalog: Catalog) -> dict[str, str]:
    municipalities = by_name(catalog.municipalities.values())
    doors = [
        '<div class="ww-home">',
        "<h1>Wegwijzer jeugdhulp</h1>",
        '<p class="ww-lead">Vragen over opgroeien en opvoeden? Hier vindt u waar u terecht '
        "kunt in uw gemeente, van het Centrum voor Jeugd en Gezin tot gespecialiseerde "
        "jeugdhulp.</p>",
        '<div class="ww-deuren">',
        _door(
            "Ik zoek hulp",
            "Voor ouders, kinderen en jongeren.",
            [
                ("gemeenten/index.md", "Waar kan ik terecht in mijn gemeente?"),
                ("sociale-kaart/zoeken.md", "Zoeken: wat zoekt u?"),
                ("sociale-kaart/index.md", "Sociale kaart: alle hulp en ondersteuning"),
                ("sociale-kaart/leeftijd.md", "Aanbod per leeftijd"),
                ("cjg-locaties.md", "CJG-locaties, inlooppunten en JIP's"),
            ],
            "ww-deur-hulp",
        ),
        _door(
            "Ik ben professional",
            "Voor huisarts, POH-jeugd, jeugdarts, leerkracht en wijkteam.",
            [
                ("handboek/index.md", "Open handboek: de zorgroutes"),
                ("gemeenten/index.md", "De route naar jeugdhulp per gemeente"),
                ("handboek/veiligheid-en-meldcode.md", "Veiligheid en de meldcode"),
                ("aanbieders/index.md", "Alle aanbieders"),
            ],
            "ww-deur-professional",
        ),
        "</div>",
        '<p class="ww-veilig-kort"><strong>Is een kind niet veilig?</strong> Bel bij direct '
        f"gevaar {phone_link(NOODNUMMER)}. Bel Veilig Thuis op {phone_link(VEILIG_THUIS)} "
        "(gratis, dag en nacht) bij zorgen over geweld of kindermishandeling.</p>",
        "</div>",
    ]
    picker = [
        '<section class="ww-kiezer" aria-labelledby="mijn-gemeente">',
        '<h2 id="mijn-gemeente">Mijn gemeente</h2>',
    ]
    if municipalities:
        options = "".join(
            f'<option value="{attr(href(PATH, municipality_source(m)))}">{text(m.name)}</option>'
            for m in municipalities
        )
        picker += [
            '<form class="ww-kiezer-form" data-ww-kiezer hidden>',
            '<label for="ww-gemeente">Kies uw gemeente</label>',
            f'<select id="ww-gemeente" name="gemeente"><option value="">Kies een gemeente</option>{options}</select>',
            '<button type="submit" class="md-button md-button--primary">Bekijk de route</button>',
            "</form>",
            '<ul class="ww-gemeenten">'
            + "".join(
                f'<li><a href="{attr(href(PATH, municipality_source(m)))}">{text(m.name)}</a></li>'
                for m in municipalities
            )
            + "</ul>",
        ]
    else:
        picker.append('<p class="ww-leeg">Er zijn nog geen gemeenten.</p>')
    picker.append("</section>")
    body = [block("\n".join(doors)), block("\n".join(picker))]
    return {PATH: page(body, title="Wegwijzer jeugdhulp", hide="toc", html=True)}
