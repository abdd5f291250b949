"""Overview pages of the social map: by theme, by age group, all providers, CJG locations.

Reads the catalog and emits `sociale-kaart/index.md`, `sociale-kaart/themas.md` with one page
per theme (`sociale-kaart/thema/<id>.md`), `sociale-kaart/leeftijd.md` with one page per age
group (`sociale-kaart/leeftijd/<groep>.md`, Lelystad's "aanbod per leeftijdsgroep"),
`aanbieders/index.md` and `cjg-locaties.md` (every CJG, inlooppunt and JIP with address,
opening hours, "nu open", phone and the municipalities it serves). Only services on offer
on the build date are listed; the record pages themselves are linked, never put in the nav.
A list that outgrows one page (national scale) continues on further pages
(`wegwijzer.blocks.paging`: `sociale-kaart/leeftijd/12-18/2.md`, `cjg-locaties/2.md`,
`aanbieders/lijst/2.md`), linked from every page of the list.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import quote

from ..blocks import paging
from ..blocks.page import block, href, page
from ..html import attr, text
from ..records.model import Catalog, Location, Service
from ..urls import municipality_source, provider_source, theme_source
from .components import by_name, join_nl, list_tag, map_block, service_item, service_list
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
        **ages_page(catalog, services),
        **providers_page(catalog),
        **cjg_page(catalog),
    }
    for theme_id in sorted(catalog.themes):
        chosen = [s for s in services if theme_id in s.themes]
        files.update(theme_page(catalog, theme_id, chosen))
    for group in AGE_GROUPS:
        chosen = [s for s in services if in_group(s, group)]
        files.update(age_page(catalog, group, chosen))
    return files


def _page(title: str, parts: list[str], *lists: str, search: bool = True) -> str:
    """An overview page; `lists` (long lists of services) are left out of the site search."""
    html = ['<div class="ww-overzicht">', *parts, "</div>"]
    blocks = [block("\n".join(p for p in html if p))]
    blocks += [block(f'<div class="ww-overzicht" data-search-exclude>\n{x}\n</div>') for x in lists]
    return page(blocks, title=title, html=True, search=search)


def _title(title: str, part: paging.Part) -> str:
    return title if part.total == 1 else f"{title} (pagina {part.number} van {part.total})"


def _next(part: paging.Part, parts: list[paging.Part]) -> str:
    """A link to the next page at the end of a page's list (the full links are at the top)."""
    if part.number == part.total:
        return ""
    after = parts[part.number]
    return (
        f'<p class="ww-volgende"><a href="{attr(href(part.source, after.source))}">'
        f"Volgende pagina: {text(after.range_label)}</a></p>"
    )


def paged_services(
    catalog: Catalog,
    source: str,
    title: str,
    intro: Callable[[str], list[str]],
    heading: str,
    services: list[Service],
) -> dict[str, str]:
    """A list of services by name over as many pages as it needs (`paging`); `intro(path)`
    gives the text above the list on each page. Only the first page is in the site search:
    the others repeat its title."""
    ordered = by_name(services)

    def split(compact: bool) -> list[paging.Part]:
        entries = [
            paging.Entry(service_item(catalog, source, s, compact=compact), s.name, item=s)
            for s in ordered
        ]
        return paging.split(source, entries)

    # A list that needs more than one page (thousands of services nationally) shows name,
    # provider and access without the summary: 40 % fewer bytes over all its pages, and
    # each service's own page has the description.
    parts = split(compact=False)
    compact = len(parts) > 1
    if compact:
        parts = split(compact=True)
    files = {}
    for part in parts:
        if part.number == 1 and part.entries:  # measured on this very page: reuse
            lines = "\n".join(e.html for e in part.entries)
            items = f"{list_tag(compact)}\n{lines}\n</ul>"
        else:
            items = service_list(
                catalog, part.source, [e.item for e in part.entries], compact=compact
            )
        listed = "\n".join(
            x
            for x in (
                f"<h2>{text(heading)} ({len(services)})</h2>",
                paging.navigation(parts, part, heading),
                items,
                _next(part, parts),
            )
            if x
        )
        files[part.source] = _page(
            _title(title, part), intro(part.source), listed, search=part.number == 1
        )
    return files


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


def theme_page(catalog: Catalog, theme_id: str, services: list[Service]) -> dict[str, str]:
    theme = catalog.themes[theme_id]
    synonyms = ""
    if theme.synonyms:
        synonyms = (
            f'<p class="ww-toelichting">Ook bekend als: {text(", ".join(theme.synonyms))}</p>'
        )

    def intro(path: str) -> list[str]:
        return [
            f"<h1>{text(theme.label)}</h1>",
            f"<p>{text(theme.description)}</p>",
            synonyms,
            # The search page reads its facets from the URL: this theme, in the reader's own
            # place.
            f'<p><a href="{attr(href(path, SEARCH))}?thema={attr(quote(theme_id, safe=""))}">'
            "Zoek dit aanbod bij u in de buurt</a> · "
            f'<a href="{attr(href(path, THEMES))}">Alle thema\'s</a></p>',
        ]

    return paged_services(catalog, theme_source(theme_id), theme.label, intro, "Aanbod", services)


def ages_page(catalog: Catalog, services: list[Service]) -> dict[str, str]:
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
    if not everyone:
        return {AGES: _page("Aanbod per leeftijd", parts)}

    def intro(path: str) -> list[str]:
        if path == AGES:
            return parts
        return [
            "<h1>Aanbod voor alle leeftijden</h1>",
            f'<p><a href="{attr(href(path, AGES))}">Alle leeftijdsgroepen</a></p>',
        ]

    return paged_services(
        catalog, AGES, "Aanbod per leeftijd", intro, "Voor alle leeftijden", everyone
    )


def age_page(catalog: Catalog, group: AgeGroup, services: list[Service]) -> dict[str, str]:
    def intro(path: str) -> list[str]:
        return [
            f"<h1>Aanbod: {text(group.label)}</h1>",
            f"<p>{text(group.intro)}</p>",
            f'<p><a href="{attr(href(path, AGES))}">Alle leeftijdsgroepen</a></p>',
        ]

    return paged_services(
        catalog, age_path(group), f"Aanbod: {group.label}", intro, "Aanbod", services
    )


def _provider_item(catalog: Catalog, path: str, provider) -> str:
    places = sorted(
        {
            catalog.municipalities[loc.municipality].name
            for loc in provider.locations
            if loc.municipality in catalog.municipalities
        }
    )
    where = f' <span class="ww-toelichting">{text(", ".join(places))}</span>' if places else ""
    return (
        f'<li><a href="{attr(href(path, provider_source(provider.id)))}">'
        f"{text(provider.name)}</a>{where}</li>"
    )


def providers_page(catalog: Catalog) -> dict[str, str]:
    by_kind: dict[str, list] = defaultdict(list)
    for provider in catalog.providers.values():
        if provider.status != "beeindigd":
            by_kind[provider.kind].append(provider)
    kinds = sorted(by_kind, key=lambda k: catalog.label("soort", k).casefold())
    entries = [
        paging.Entry(
            _provider_item(catalog, PROVIDERS, provider),
            provider.name,
            catalog.label("soort", kind),
            provider,
        )
        for kind in kinds
        for provider in by_name(by_kind[kind])
    ]
    parts = paging.split(PROVIDERS, entries)
    files = {}
    for part, before in zip(parts, paging.previous_groups(parts), strict=True):
        html = [
            "<h1>Alle aanbieders</h1>",
            "<p>Alle organisaties op de sociale kaart, per soort organisatie.</p>",
            paging.navigation(parts, part, "De lijst van aanbieders"),
        ]
        if not entries:
            html.append('<p class="ww-leeg">Er zijn nog geen aanbieders.</p>')
        for heading, continued, members in part.groups(before):
            html.append(f"<h2>{text(heading)}{' (vervolg)' if continued else ''}</h2>")
            items = "".join(_provider_item(catalog, part.source, e.item) for e in members)
            html.append(f'<ul class="ww-lijst">{items}</ul>')
        html.append(_next(part, parts))
        files[part.source] = _page(_title("Alle aanbieders", part), html, search=part.number == 1)
    return files


def _cjg_section(catalog: Catalog, path: str, location: Location, served: set[str]) -> str:
    codes = served | ({location.municipality} if location.municipality else set())
    served_here = sorted(
        (catalog.municipalities[c] for c in codes if c in catalog.municipalities),
        key=lambda m: (m.name.casefold(), m.code),
    )
    names = [
        f'<a href="{attr(href(path, municipality_source(m)))}">{text(m.name)}</a>'
        for m in served_here
    ]
    section = location_section(
        catalog,
        path,
        location,
        heading=3,
        with_provider=True,
        anchor=f"{location.provider_id}-{location.local_id}",
    )
    if names:
        section = section.removesuffix("</section>") + (
            f'<p class="ww-bedient">Voor inwoners van {join_nl(names)}</p></section>'
        )
    return section


def cjg_page(catalog: Catalog) -> dict[str, str]:
    """Every CJG, inlooppunt and JIP, per municipality, with hours and who it serves; each
    page of the list has a map of its own locations."""
    entries = [loc for loc in catalog.locations.values() if loc.kind in ENTRY_KINDS]
    served: dict[str, set[str]] = defaultdict(set)
    for service in catalog.active_services():
        for ref in service.location_ids:
            served[ref].update(c for c in service.area if c != "NL")
    by_place: dict[str, list[Location]] = defaultdict(list)
    for location in entries:
        municipality = catalog.municipalities.get(location.municipality or "")
        by_place[municipality.name if municipality else "Online en overig"].append(location)
    listed = [
        paging.Entry(
            _cjg_section(catalog, CJG, location, served[location.id]), place, place, location
        )
        for place in sorted(by_place, key=str.casefold)
        for location in sorted(by_place[place], key=lambda loc: (loc.name.casefold(), loc.id))
    ]
    parts = paging.split(CJG, listed)
    files = {}
    for part, before in zip(parts, paging.previous_groups(parts), strict=True):
        html = [
            "<h1>CJG-locaties</h1>",
            "<p>Bij een Centrum voor Jeugd en Gezin (CJG), een inlooppunt of een Jongeren "
            "Informatie Punt (JIP) kunt u zonder verwijzing terecht met vragen over opgroeien "
            "en opvoeden.</p>",
            paging.navigation(parts, part, "De lijst van locaties"),
        ]
        if not entries:
            html.append('<p class="ww-leeg">Er zijn nog geen locaties.</p>')
        shown = sorted(e.item.id for e in part.entries)
        html.append(map_block(catalog, part.source, shown, "CJG-locaties"))
        for heading, continued, members in part.groups(before):
            html.append(f"<h2>{text(heading)}{' (vervolg)' if continued else ''}</h2>")
            html.extend(
                e.html
                if part.number == 1  # measured on this very page: reuse
                else _cjg_section(catalog, part.source, e.item, served[e.item.id])
                for e in members
            )
        html.append(_next(part, parts))
        files[part.source] = _page(_title("CJG-locaties", part), html, search=part.number == 1)
    return files
