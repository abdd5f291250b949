"""The search page of the social map (`sociale-kaart/zoeken.md`) and its index files.

Reads the catalog and emits `{docs path: content}`: the page, the search files and the names
file of `search_index`. The page holds a search form with facets (gemeente or postcode, leeftijd,
thema, toegang, kosten, voor wie, nu open), an empty result list that zoeken.js
(sources in `browser/zoeken/`) fills, and the manifest as JSON in
`<script type="application/json" id="ww-zoek-gegevens">`. The form is `hidden` until the
script runs; without JavaScript the page offers the list of municipalities, each linking to the
plain list of services on its route page (`gemeenten/<id>/#aanbod`). lunr, its Dutch language
files and the page's own script and stylesheet are loaded by this page only, by URLs relative
to it, so the site also works from a subfolder.
"""

from __future__ import annotations

from ..blocks.page import block, href, page
from ..html import attr, script_json, text
from ..records import phones
from ..records.model import Catalog
from ..settings import SiteSettings
from ..urls import municipality_source
from .index import FOLDER, build

PATH = "sociale-kaart/zoeken.md"
TITLE = "Zoeken in de sociale kaart"
SCRIPTS = (
    "assets/vendor/lunr/lunr.min.js",
    "assets/vendor/lunr/lunr.stemmer.support.js",
    "assets/vendor/lunr/lunr.nl.js",
    "assets/javascripts/zoek-pipeline.js",
    "assets/javascripts/zoeken.js",
)
STYLESHEET = "assets/stylesheets/zoeken.css"
PRENATAL = "zwanger"
MAX_AGE_YEARS = 23


def generate(
    catalog: Catalog, settings: SiteSettings, handbook: dict[str, str] | None = None
) -> dict[str, str | bytes]:
    """The search page plus `sociale-kaart/zoekindex/*.json`; `handbook`: the handbook pages'
    Markdown by docs path, searched with the records."""
    search = build(catalog, handbook)
    files: dict[str, str | bytes] = dict(search.files)
    manifest = {
        **search.manifest,
        "map": href(PATH, f"{FOLDER}/"),
        "wortel": root(),
    }
    files[PATH] = search_page(catalog, manifest)
    return files


def root() -> str:
    """The site root relative to the search page ("../../")."""
    return href(PATH, "index.md")


def _options(pairs, empty: str) -> str:
    out = [f'<option value="">{text(empty)}</option>']
    out += [f'<option value="{attr(value)}">{text(label)}</option>' for value, label in pairs]
    return "".join(out)


def _select(name: str, label: str, pairs, empty: str) -> str:
    return (
        f'<div class="ww-zoek-veld"><label for="ww-{name}">{text(label)}</label>'
        f'<select id="ww-{name}" name="{name}" data-facet="{name}">{_options(pairs, empty)}'
        "</select></div>"
    )


def age_options(catalog: Catalog) -> list[tuple[str, str]]:
    oldest = max(
        [MAX_AGE_YEARS]
        + [
            s.age_max_months // 12
            for s in catalog.active_services()
            if s.age_max_months is not None and s.age_max_months >= 0
        ]
    )
    pairs = [(PRENATAL, "Zwanger / nog niet geboren"), ("0", "0 jaar (baby)")]
    pairs += [(str(year), f"{year} jaar") for year in range(1, min(oldest, 30) + 1)]
    return pairs


def _labels(catalog: Catalog, table: str) -> list[tuple[str, str]]:
    return list(catalog.labels.get(table, {}).items())


def form(catalog: Catalog) -> str:
    municipalities = sorted(catalog.municipalities.values(), key=lambda m: (m.name, m.code))
    themes = sorted(catalog.themes.values(), key=lambda t: (t.label.casefold(), t.id))
    return f"""
<form class="ww-zoek-formulier" id="ww-zoekformulier" role="search" aria-label="Zoek in de sociale kaart" hidden>
<div class="ww-zoek-veld ww-zoek-vraag"><label for="ww-q">Waar zoekt u hulp bij?</label>
<input type="search" id="ww-q" name="q" autocomplete="off" spellcheck="false" enterkeyhint="search" aria-describedby="ww-q-uitleg">
<p class="ww-zoek-uitleg" id="ww-q-uitleg">Bijvoorbeeld: scheiding, slapen, pesten of GGZ. Een tikfout is niet erg.</p></div>
<fieldset class="ww-zoek-waar"><legend>Waar woont u?</legend>
{_select("gemeente", "Gemeente", [(m.code, m.name) for m in municipalities], "Kies uw gemeente")}
<div class="ww-zoek-veld"><label for="ww-postcode">Of uw postcode</label>
<input type="text" id="ww-postcode" name="postcode" inputmode="numeric" autocomplete="postal-code" maxlength="7" aria-describedby="ww-postcode-melding"></div>
<p class="ww-zoek-melding" id="ww-postcode-melding" aria-live="polite"></p>
<div class="ww-zoek-keuze" id="ww-postcode-keuze" role="group" aria-labelledby="ww-postcode-melding" hidden></div>
</fieldset>
<details class="ww-zoek-filters" id="ww-filters" open><summary id="ww-filters-kop">Filters</summary>
<div class="ww-zoek-raster" role="group" aria-labelledby="ww-filters-kop">
{_select("leeftijd", "Leeftijd van uw kind", age_options(catalog), "Alle leeftijden")}
{_select("thema", "Thema", [(t.id, t.label) for t in themes], "Alle thema's")}
{_select("toegang", "Toegang", _labels(catalog, "dienst.toegang"), "Alle vormen van toegang")}
{_select("kosten", "Kosten en financiering", _labels(catalog, "dienst.financiering"), "Alle")}
{_select("voor", "Voor wie", _labels(catalog, "dienst.doelgroep"), "Iedereen")}
<div class="ww-zoek-veld ww-zoek-open"><input type="checkbox" id="ww-open" name="open" value="1" data-facet="open">
<label for="ww-open" id="ww-open-label">Nu open of bereikbaar</label></div>
<button type="reset" class="md-button ww-zoek-wis" id="ww-wis">Alles wissen</button>
</div>
</details>
<button type="submit" class="md-button md-button--primary ww-zoek-knop">Zoeken</button>
</form>
"""


def results() -> str:
    return """
<section class="ww-zoek-uitkomst" id="ww-uitkomst" aria-labelledby="ww-uitkomst-kop" hidden>
<h2 id="ww-uitkomst-kop">Resultaten</h2>
<p class="ww-zoek-status" id="ww-status" role="status" aria-live="polite"></p>
<ol class="ww-resultaten" id="ww-resultaten"></ol>
<button type="button" class="md-button ww-zoek-meer" id="ww-meer" hidden>Toon meer resultaten</button>
</section>
"""


def without_script(catalog: Catalog) -> str:
    municipalities = sorted(catalog.municipalities.values(), key=lambda m: (m.name, m.code))
    items = "\n".join(
        f'<li><a href="{attr(href(PATH, municipality_source(m), "aanbod"))}">'
        f"Aanbod in {text(m.name)}</a></li>"
        for m in municipalities
    )
    return f"""
<section class="ww-zoek-zonder-script" id="ww-zonder-script" aria-labelledby="ww-per-gemeente">
<h2 id="ww-per-gemeente">Aanbod per gemeente</h2>
<p>Kies uw gemeente voor de lijst van hulp en ondersteuning voor inwoners. (Zoeken met
filters werkt alleen als JavaScript aan staat.)</p>
<ul class="ww-kolommen">
{items}
</ul>
</section>
"""


def safety() -> str:
    veilig_thuis = phones.tel_href("0800-2000")
    return (
        '<p class="ww-zoek-veilig">Is er direct gevaar? Bel <a href="tel:112">112</a>. '
        "Zorgen over geweld thuis of kindermishandeling? Bel Veilig Thuis: "
        f'<a href="{attr(veilig_thuis)}">0800-2000</a> (gratis, dag en nacht).</p>'
    )


def search_page(catalog: Catalog, manifest: dict) -> str:
    base = root()
    scripts = "\n".join(f'<script src="{attr(base + src)}" defer></script>' for src in SCRIPTS)
    intro = (
        "<p>Zoek hulp en ondersteuning voor uw kind, uw gezin of uzelf. Kies uw gemeente of vul "
        "uw postcode in; dan ziet u het aanbod bij u in de buurt en de landelijke hulp.</p>"
    )
    return page(
        [
            block(
                f'<div class="ww-zoek-intro"><link rel="stylesheet" href="{attr(base + STYLESHEET)}">'
                f"\n{intro}\n</div>"
            ),
            block(safety()),
            block(form(catalog)),
            block(results()),
            block(without_script(catalog)),
            block(
                '<script type="application/json" id="ww-zoek-gegevens">'
                f"{script_json(manifest)}</script>"
            ),
            block(scripts),
        ],
        title=TITLE,
        html=True,
        description="Zoek hulp bij opvoeden en opgroeien in uw gemeente: op thema, leeftijd, "
        "toegang en kosten.",
    )
