"""Overview pages of the social map: by theme, by age group, all providers, CJG locations.

Reads the catalog and emits `sociale-kaart/index.md`, `sociale-kaart/themas.md` with one page
per theme (`sociale-kaart/thema/<id>.md`), `sociale-kaart/leeftijd.md` with one page per age
group (`sociale-kaart/leeftijd/<groep>.md`, Lelystad's "aanbod per leeftijdsgroep"),
`aanbieders/index.md` and `cjg-locaties.md` (every CJG, inlooppunt and JIP with address,
opening hours, "nu open", phone and the municipalities it serves). Only services on offer
on the build date are listed; the record pages themselves are linked, never put in the nav.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from urllib.parse import quote

from ..blocks.page import block, href, page
from ..html import attr, text
from ..records.model import Catalog, Location, Service
from ..urls import municipality_source, provider_source, theme_source
from .components import by_name, join_nl, map_block, service_list
from .records import location_section

HOME = "sociale-kaart/index.md"
THEMES = "sociale-kaart/themas.md"
AGES = "sociale-kaart/leeftijd.md"
PROVIDERS = "aanbieders/index.md"
CJG = "cjg-locaties.md"
MAP = "sociale-kaart/kaart.md"  # wegwijzer.maps
SEARCH = "sociale-kaart/zoeken.md"  # wegwijzer.search.page
ENTRY_KINDS = ("cjg", "inlooppunt", "jip")


@dataclass(frozen=True)
class AgeGroup:
    id: str
    label: str
    low: int  # months, inclusive
    high: int | None  # months, inclusive; None = no upper bound
    intro: str


AGE_GROUPS = (
    AgeGroup(
        "zwangerschap",
        "Zwangerschap",
        -9,
        -1,
        "Voor aanstaande ouders, in de negen maanden voor de geboorte.",
    ),
    AgeGroup("0-4", "0 tot 4 jaar", 0, 47, "Baby's, dreumesen en peuters."),
    AgeGroup("4-12", "4 tot 12 jaar", 48, 143, "Kinderen op de basisschool."),
    AgeGroup("12-18", "12 tot 18 jaar", 144, 215, "Jongeren op de middelbare school."),
    AgeGroup("18-23", "18 tot 23 jaar en ouder", 216, None, "Jongvolwassenen."),
)


def age_path(group: AgeGroup) -> str:
    return f"sociale-kaart/leeftijd/{group.id}.md"


def in_group(service: Service, group: AgeGroup) -> bool:
    """Does the service's age range overlap the group? (no range: only under "alle leeftijden")."""
    if service.age_min_months is None and service.age_max_months is None:
        return False
    low = service.age_min_months if service.age_min_months is not None else -9
    high = service.age_max_months if service.age_max_months is not None else 10_000
    return low <= (group.high if group.high is not None else 10_000) and group.low <= high


def generate(catalog: Catalog) -> dict[str, str]:
    services = catalog.active_services()
    files = {
        HOME: social_map_page(catalog, services),
        THEMES: themes_page(catalog, services),
        AGES: ages_page(catalog, services),
        PROVIDERS: providers_page(catalog),
        CJG: cjg_page(catalog),
    }
    for theme_id in sorted(catalog.themes):
        path = theme_source(theme_id)
        chosen = [s for s in services if theme_id in s.themes]
        files[path] = theme_page(catalog, theme_id, chosen)
    for group in AGE_GROUPS:
        chosen = [s for s in services if in_group(s, group)]
        files[age_path(group)] = age_page(catalog, group, chosen)
    return files


def _page(title: str, parts: list[str], *lists: str) -> str:
    """An overview page; `lists` (long lists of services) are left out of the site search."""
    html = ['<div class="ww-overzicht">', *parts, "</div>"]
    blocks = [block("\n".join(p for p in html if p))]
    blocks += [block(f'<div class="ww-overzicht" data-search-exclude>\n{x}\n</div>') for x in lists]
    return page(blocks, title=title, html=True)


def _tile(path: str, target: str, label: str, detail: str, count: int | None = None) -> str:
    number = f' <span class="ww-aantal">({count})</span>' if count is not None else ""
    return (
        f'<li><a href="{attr(href(path, target))}"><strong>{text(label)}</strong></a>{number}'
        f'<br><span class="ww-toelichting">{text(detail)}</span></li>'
    )


def social_map_page(catalog: Catalog, services: list[Service]) -> str:
    providers = len(catalog.providers)
    parts = [
        "<h1>Sociale kaart</h1>",
        "<p>Alle hulp en ondersteuning bij opgroeien en opvoeden in de regio: "
        f"{len(services)} diensten van {providers} organisaties. Zoek op thema, op leeftijd of "
        "op uw gemeente. Bij elke dienst staat voor wie hij is, of u een verwijzing nodig hebt, "
        "wat het kost en hoe u contact opneemt.</p>",
        '<ul class="ww-tegels">',
        _tile(HOME, SEARCH, "Zoeken", "Zoek op een woord, zoals slapen, pesten of scheiding."),
        _tile(HOME, MAP, "Kaart", "Alle locaties op de kaart, met een lijst ernaast."),
        _tile(HOME, THEMES, "Aanbod per thema", "Opvoeden, ontwikkeling, pesten, geldzorgen ..."),
        _tile(HOME, AGES, "Aanbod per leeftijd", "Van de zwangerschap tot 23 jaar."),
        _tile(HOME, "gemeenten/index.md", "Mijn gemeente", "Waar kan ik terecht in mijn gemeente?"),
        _tile(HOME, CJG, "CJG-locaties", "Centra voor Jeugd en Gezin, inlooppunten en JIP's."),
        _tile(HOME, PROVIDERS, "Alle aanbieders", "Alle organisaties op een rij."),
        "</ul>",
    ]
    return _page("Sociale kaart", parts)


def themes_page(catalog: Catalog, services: list[Service]) -> str:
    counts: dict[str, int] = defaultdict(int)
    for service in services:
        for theme in service.themes:
            counts[theme] += 1
    themes = sorted(catalog.themes.values(), key=lambda t: (t.label.casefold(), t.id))
    items = "\n".join(
        _tile(THEMES, theme_source(t.id), t.label, t.description, counts[t.id]) for t in themes
    )
    parts = [
        "<h1>Aanbod per thema</h1>",
        "<p>Kies een thema. Het getal is het aantal diensten.</p>",
        f'<ul class="ww-tegels">\n{items}\n</ul>'
        if themes
        else '<p class="ww-leeg">Nog geen thema\'s.</p>',
    ]
    return _page("Aanbod per thema", parts)


def theme_page(catalog: Catalog, theme_id: str, services: list[Service]) -> str:
    theme = catalog.themes[theme_id]
    path = theme_source(theme_id)
    synonyms = ""
    if theme.synonyms:
        synonyms = (
            f'<p class="ww-toelichting">Ook bekend als: {text(", ".join(theme.synonyms))}</p>'
        )
    parts = [
        f"<h1>{text(theme.label)}</h1>",
        f"<p>{text(theme.description)}</p>",
        synonyms,
        # The search page reads its facets from the URL: this theme, in the reader's own place.
        f'<p><a href="{attr(href(path, SEARCH))}?thema={attr(quote(theme_id, safe=""))}">'
        "Zoek dit aanbod bij u in de buurt</a> · "
        f'<a href="{attr(href(path, THEMES))}">Alle thema\'s</a></p>',
    ]
    listed = f"<h2>Aanbod ({len(services)})</h2>\n" + service_list(catalog, path, by_name(services))
    return _page(theme.label, parts, listed)


def ages_page(catalog: Catalog, services: list[Service]) -> str:
    items = "\n".join(
        _tile(
            AGES,
            age_path(group),
            group.label,
            group.intro,
            sum(in_group(s, group) for s in services),
        )
        for group in AGE_GROUPS
    )
    everyone = [s for s in services if s.age_min_months is None and s.age_max_months is None]
    parts = [
        "<h1>Aanbod per leeftijd</h1>",
        "<p>Hulp en ondersteuning van de zwangerschap tot 23 jaar, per leeftijdsgroep. Het "
        "getal is het aantal diensten.</p>",
        f'<ul class="ww-tegels">\n{items}\n</ul>',
    ]
    lists = []
    if everyone:
        lists.append(
            "<h2>Voor alle leeftijden</h2>\n" + service_list(catalog, AGES, by_name(everyone))
        )
    return _page("Aanbod per leeftijd", parts, *lists)


def age_page(catalog: Catalog, group: AgeGroup, services: list[Service]) -> str:
    path = age_path(group)
    parts = [
        f"<h1>Aanbod: {text(group.label)}</h1>",
        f"<p>{text(group.intro)}</p>",
        f'<p><a href="{attr(href(path, AGES))}">Alle leeftijdsgroepen</a></p>',
    ]
    listed = f"<h2>Aanbod ({len(services)})</h2>\n" + service_list(catalog, path, by_name(services))
    return _page(f"Aanbod: {group.label}", parts, listed)


def providers_page(catalog: Catalog) -> str:
    by_kind: dict[str, list] = defaultdict(list)
    for provider in catalog.providers.values():
        if provider.status != "beeindigd":
            by_kind[provider.kind].append(provider)
    parts = [
        "<h1>Alle aanbieders</h1>",
        "<p>Alle organisaties op de sociale kaart, per soort organisatie.</p>",
    ]
    if not by_kind:
        parts.append('<p class="ww-leeg">Er zijn nog geen aanbieders.</p>')
    kinds = sorted(by_kind, key=lambda k: catalog.label("soort", k).casefold())
    for kind in kinds:
        items = []
        for provider in by_name(by_kind[kind]):
            places = sorted(
                {
                    catalog.municipalities[loc.municipality].name
                    for loc in provider.locations
                    if loc.municipality in catalog.municipalities
                }
            )
            where = (
                f' <span class="ww-toelichting">{text(", ".join(places))}</span>' if places else ""
            )
            items.append(
                f'<li><a href="{attr(href(PROVIDERS, provider_source(provider.id)))}">'
                f"{text(provider.name)}</a>{where}</li>"
            )
        parts.append(f"<h2>{text(catalog.label('soort', kind))}</h2>")
        parts.append(f'<ul class="ww-lijst">{"".join(items)}</ul>')
    return _page("Alle aanbieders", parts)


def cjg_page(catalog: Catalog) -> str:
    """Every CJG, inlooppunt and JIP, per municipality, with hours and who it serves."""
    entries = [loc for loc in catalog.locations.values() if loc.kind in ENTRY_KINDS]
    served: dict[str, set[str]] = defaultdict(set)
    for service in catalog.active_services():
        for ref in service.location_ids:
            served[ref].update(c for c in service.area if c != "NL")
    by_place: dict[str, list[Location]] = defaultdict(list)
    for location in entries:
        municipality = catalog.municipalities.get(location.municipality or "")
        by_place[municipality.name if municipality else "Online en overig"].append(location)
    parts = [
        "<h1>CJG-locaties</h1>",
        "<p>Bij een Centrum voor Jeugd en Gezin (CJG), een inlooppunt of een Jongeren "
        "Informatie Punt (JIP) kunt u zonder verwijzing terecht met vragen over opgroeien en "
        "opvoeden.</p>",
    ]
    if not entries:
        parts.append('<p class="ww-leeg">Er zijn nog geen locaties.</p>')
    parts.append(map_block(catalog, CJG, sorted(loc.id for loc in entries), "CJG-locaties"))
    for place in sorted(by_place, key=str.casefold):
        parts.append(f"<h2>{text(place)}</h2>")
        for location in sorted(by_place[place], key=lambda loc: (loc.name.casefold(), loc.id)):
            codes = served[location.id] | (
                {location.municipality} if location.municipality else set()
            )
            served_here = sorted(
                (catalog.municipalities[c] for c in codes if c in catalog.municipalities),
                key=lambda m: (m.name.casefold(), m.code),
            )
            names = [
                f'<a href="{attr(href(CJG, municipality_source(m)))}">{text(m.name)}</a>'
                for m in served_here
            ]
            section = location_section(
                catalog,
                CJG,
                location,
                heading=3,
                with_provider=True,
                anchor=f"{location.provider_id}-{location.local_id}",
            )
            if names:
                section = section.removesuffix("</section>") + (
                    f'<p class="ww-bedient">Voor inwoners van {join_nl(names)}</p></section>'
                )
            parts.append(section)
    return _page("CJG-locaties", parts)
