"""The overview map page (Sociale kaart → Kaart) as Markdown with raw, escaped HTML.

Reads the catalog (theme labels) and the GeoJSON data of `locations_geojson`;
emits `sociale-kaart/kaart.md`: the filter form (municipality, location type,
theme), a live count, the map container, the legend, an empty list that
kaart.js fills from the GeoJSON (with `textContent`), and inside `<noscript>`
the server-side list of every location, so the page is complete without
JavaScript (at national scale the list continues on `sociale-kaart/kaart/2.md` and further,
`list_pages`, each under the page budget of `wegwijzer.blocks.paging`). Why `<noscript>`: with scripting on, the browser keeps its content
as one text node instead of parsing thousands of list items, which keeps a
10,000-location page fast; kaart.js also falls back to it when the data cannot
load. `<link rel="preload">` tags start the downloads of the data and Leaflet
while the page is still being parsed.
"""

from __future__ import annotations

from .. import html
from ..blocks import paging
from ..blocks.map import kind_key, legend
from ..blocks.page import href
from ..records.model import Catalog
from .listing import ListItems

FRONT_MATTER = """\
---
title: Kaart
description: Alle locaties van de sociale kaart op een kaart en in een lijst, te filteren op gemeente, soort locatie en thema.
hide:
  - toc
---
"""


def count_text(n: int) -> str:
    return f"{n} locatie" if n == 1 else f"{n} locaties"


def _select(name: str, label: str, all_label: str, options: list[tuple[str, str]]) -> str:
    rows = "".join(
        f'<option value="{html.attr(value)}">{html.text(text)}</option>' for value, text in options
    )
    return (
        f'<div class="wwk-filter"><label for="wwk-filter-{name}">{label}</label>'
        f'<select id="wwk-filter-{name}" name="{name}">'
        f'<option value="">{all_label}</option>{rows}</select></div>'
    )


def filter_options(catalog: Catalog, features: list[dict]) -> dict[str, list[tuple[str, str]]]:
    """The choices of the three filters: only values that occur, sorted for people."""
    municipalities: dict[str, str] = {}
    kinds: dict[str, str] = {}
    themes: set[str] = set()
    for feature in features:
        props = feature["properties"]
        if props.get("gemeente"):
            municipalities[props["gemeente"]] = props.get("gemeente_naam") or props["gemeente"]
        kinds[props["soort"]] = props["soort_label"]
        themes.update(props.get("themas") or [])
    theme_labels = {t: catalog.themes[t].label if t in catalog.themes else t for t in themes}
    return {
        "gemeente": sorted(municipalities.items(), key=lambda kv: (kv[1].lower(), kv[0])),
        "soort": [(kind, kinds[kind]) for kind in sorted(kinds, key=kind_key)],
        "thema": sorted(theme_labels.items(), key=lambda kv: (kv[1].lower(), kv[0])),
    }


def preloads(root: str, data: list[str]) -> str:
    """Start downloading the data files (`data`: the summary, and the province files when
    all are loaded at once) and Leaflet while the page is still being parsed (kaart.js asks
    for the same URLs once it runs, and gets them from the cache)."""
    links = [(path, 'as="fetch" crossorigin="anonymous"') for path in data] + [
        ("assets/vendor/leaflet/leaflet.js", 'as="script"'),
        ("assets/vendor/markercluster/leaflet.markercluster.js", 'as="script"'),
        ("assets/vendor/leaflet/leaflet.css", 'as="style"'),
    ]
    return "".join(
        f'<link rel="preload" href="{html.attr(root + path)}" {kind}>' for path, kind in links
    )


def _parts(features: list[dict], source: str, root: str) -> list[paging.Part]:
    """Every location, by municipality and name, over pages of the size budget."""
    ordered = sorted(
        features,
        key=lambda f: (
            (f["properties"].get("gemeente_naam") or "").lower(),
            f["properties"]["naam"].lower(),
            f["properties"]["id"],
        ),
    )
    writer = ListItems(root)
    return paging.split(
        source,
        [
            paging.Entry(
                writer.item(f["properties"]),
                f["properties"].get("gemeente_naam") or f["properties"]["naam"],
                item=f["properties"],
            )
            for f in ordered
        ],
    )


def _list(part: paging.Part, parts: list[paging.Part], root: str) -> str:
    writer = ListItems(root)
    items = "\n".join(e.html if part.number == 1 else writer.item(e.item) for e in part.entries)
    after = (
        f'<p><a href="{html.attr(href(part.source, parts[part.number].source))}">'
        f"Volgende pagina: {html.text(parts[part.number].range_label)}</a></p>"
        if part.number < part.total
        else ""
    )
    return (
        paging.navigation(parts, part, "De lijst van locaties")
        + f'<ul class="wwk-lijst" data-search-exclude>\n{items}\n</ul>'
        + after
    )


def list_pages(data: dict, source: str) -> dict[str, str]:
    """Pages 2 and further of the list of locations (none while it fits on the map's page)."""
    parts = _parts(data["features"], source, "")
    files = {}
    for part in parts[1:]:
        root = href(part.source, "index.md").removesuffix("index.md") or "./"
        body = [
            "---",
            f'title: "Lijst van locaties (pagina {part.number} van {part.total})"',
            "search:",
            "  exclude: true",
            "---",
            "",
            f"# Lijst van locaties, pagina {part.number} van {part.total}",
            "",
            f'<p><a href="{html.attr(href(part.source, source))}">Terug naar de kaart</a></p>',
            '<div class="wwk-kaartapp">',
            _list(part, parts, root),
            "</div>",
            "",
        ]
        files[part.source] = "\n".join(body)
    return files


def overview_page(catalog: Catalog, data: dict, root: str, source: str, preload=()) -> str:
    """The Markdown of the overview page at `source`; `root` is its relative path to the site
    root, `preload` the data files kaart.js will fetch first."""
    features = data["features"]
    options = filter_options(catalog, features)
    parts = _parts(features, source, root)
    form = (
        '<form class="wwk-filters" aria-label="Locaties filteren">'
        + _select("gemeente", "Gemeente", "Alle gemeenten", options["gemeente"])
        + _select("soort", "Soort locatie", "Alle soorten", options["soort"])
        + _select("thema", "Thema", "Alle thema's", options["thema"])
        + '<button type="reset" class="md-button">Alle locaties</button></form>'
    )
    body = [
        FRONT_MATTER,
        "# Kaart van alle locaties",
        "",
        "Waar kunt u terecht? Kies een gemeente, een soort plek of een thema. "
        "De kaart en de lijst eronder tonen steeds dezelfde locaties.",
        "",
        f'<div class="wwk-kaartapp" data-root="{html.attr(root)}">',
        preloads(root, list(preload)),
        # data-search-exclude: Zensical indexes <noscript> as escaped HTML text; at 10,000
        # locations that stopped its build at its search-index limit.
        # The filters, the map and its legend take their place before any script runs, so
        # nothing moves when kaart.js draws (layout shift); without JavaScript they cannot
        # work, and kaart.css hides them (`@media (scripting: none)`).
        '<noscript data-search-exclude><p class="wwk-kaart-melding">Zonder JavaScript is de kaart niet te zien. '
        "Hieronder staan alle locaties als lijst.</p></noscript>",
        '<p class="wwk-kaart-melding wwk-kaart-fout" hidden>De kaart kon niet worden geladen. '
        "Hieronder staan alle locaties als lijst.</p>",
        form,
        f'<p class="wwk-telling" role="status" aria-live="polite">{count_text(len(features))}</p>',
        '<p class="wwk-naar-lijst"><a href="#lijst">Direct naar de lijst</a></p>',
        '<div class="wwk-kaart wwk-kaart--groot" role="region" aria-label="Kaart van de locaties"'
        ' data-kaart="overzicht"></div>',
        '<div class="wwk-legenda-blok">'
        + legend(dict(options["soort"]))
        + '<p class="wwk-legenda-uitleg">Een rondje met een getal is een groep locaties: '
        "klik erop om in te zoomen.</p></div>",
        '<h2 id="lijst">Lijst van locaties</h2>',
        '<p class="wwk-geen" hidden>Geen locaties met deze keuze. '
        "Kies een andere gemeente, soort of thema.</p>",
        '<ul class="wwk-lijst" data-search-exclude hidden></ul>',
        '<p class="wwk-meer" hidden><button type="button" class="md-button">'
        "Toon meer locaties</button></p>",
        f'<noscript class="wwk-reserve" data-search-exclude>{_list(parts[0], parts, root)}</noscript>',
        f'<p class="wwk-open-data">Open data: <a href="{html.attr(root)}api/v1/locations.geojson"'
        ' type="application/geo+json">alle locaties als GeoJSON</a>.</p>',
        "</div>",
        "",
    ]
    return "\n".join(body)
