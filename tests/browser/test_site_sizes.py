"""Every provider and service page of the built site stays at most 40 KB of HTML, the biggest
provider of the national set (a CJG with 17 locations and a dozen services) at most 56 KB, and
no generated record page is in the navigation."""

from __future__ import annotations

import json

from conftest import build_site, copy_repo

LIMIT = 40 * 1024
# The biggest provider's map carries its 17 locations inline (issue 13: no page downloads the
# country's GeoJSON for a few markers); that data is about 10 KB of the page.
BIGGEST_LIMIT = 56 * 1024


def test_record_pages_stay_small(site_dir):
    pages = [
        *site_dir.joinpath("aanbieders").glob("*/index.html"),
        *site_dir.joinpath("diensten").glob("*/*/index.html"),
    ]
    assert len(pages) > 50
    sizes = {p.relative_to(site_dir).as_posix(): p.stat().st_size for p in pages}
    largest = max(sizes, key=sizes.get)
    assert sizes[largest] <= LIMIT, (largest, sizes[largest])


def test_record_pages_are_not_in_the_navigation(site_dir):
    home = site_dir.joinpath("index.html").read_text("utf-8")
    nav = home[home.index('<nav class="md-nav md-nav--primary"') :]
    nav = nav[: nav.index("</nav>")]
    assert "diensten/" not in nav
    assert "aanbieders/cjg-" not in nav
    assert "gemeenten/stein" not in nav


PLACES = [  # (municipality, place, lat, lon): Limburg, where these municipalities are
    ("GM0971", "Stein", 50.9690, 5.7667),
    ("GM0888", "Beek", 50.9409, 5.7958),
    ("GM1883", "Sittard", 51.0000, 5.8690),
]
HOURS = [
    "Mo-Fr 08:30-17:00; PH off",
    "Mo-Fr 08:00-17:00; PH off",
    "Mo-Th 08:30-17:00; Fr 08:30-12:30; PH off",
    "Mo-Fr 08:00-18:00; Sa 10:00-14:00; PH off",
    "Mo-Th 09:00-17:00; PH off",
    "Tu,Th 08:30-12:00,13:00-16:30; PH off",
    "Mo,We 08:30-12:30; PH off",
    "Mo-Fr 09:00-17:00; We 09:00-17:00,19:00-21:00; PH off",
    "We 13:00-16:00; Fr 09:00-12:00; PH off",
]


def big_provider() -> dict:
    """Like the biggest provider of the national synthetic set (`wegwijzer.synthetic`, seed
    1: CJG Zuid-Overijssel), a little bigger: 17 locations with 8 distinct opening hours, a
    phone each and the optional fields as often, and 12 services with long names."""
    locations = []
    for i in range(17):
        code, place, lat, lon = PLACES[i % len(PLACES)]
        kind = ("cjg", "consultatiebureau", "inlooppunt")[i % 3]
        location = {
            "id": f"{kind}-{place.lower()}-{i:02d}",
            "naam": f"{'Consultatiebureau' if kind == 'consultatiebureau' else 'CJG'} "
            f"{place} {('Centrum', 'De Haven', 'Noord', 'Vogelwijk', 'Oost', 'West')[i % 6]}",
            "soort": kind,
            "adres": {
                "straat": f"Burgemeester Janssenstraat {10 + i}b",
                "postcode": f"61{71 + i % 20} AB",
                "plaats": place,
            },
            "coordinaten": {"lat": round(lat + i / 2000, 5), "lon": round(lon + i / 2000, 5)},
            "gemeente": code,
            "openingstijden": HOURS[i % 8],
            "telefoon": f"046-85{i:02d}910",
        }
        if i % 3 == 0:
            location["omschrijving"] = "Loop gerust binnen tijdens de openingstijden."
        if i % 2 == 0:
            location["toegankelijkheid"] = "Ingang met hellingbaan. Bushalte op 100 meter."
        if i % 4 == 1:
            location["email"] = f"{place.lower()}{i}@cjg-grote-regio.example"
        locations.append(location)
    services = []
    for i in range(12):
        services.append(
            {
                "id": f"dienst-{i:02d}",
                "naam": f"Opvoedondersteuning en advies voor ouders, deel {i + 1}",
                "omschrijving": "Lukt het opvoeden even niet zoals u wilt? Een medewerker komt "
                "bij u thuis en kijkt samen met u wat er nodig is. U krijgt een paar gesprekken "
                "en tips die passen bij uw gezin.",
                "themas": ["opvoeden"],
                "doelgroep": ["ouders"],
                "leeftijd": {"van": 0, "tot": 18},
                "toegang": "vrij-toegankelijk",
                "financiering": ["gratis"],
                "uitvoering": ["professionals"],
                "locaties": [locations[i]["id"]],
                "werkgebied": [code for code, *_ in PLACES],
                "talen": ["nl"],
            }
        )
    return {
        "naam": "CJG Grote Regio",
        "soort": "cjg",
        "omschrijving": "Het Centrum voor Jeugd en Gezin (CJG) Grote Regio is er voor elke "
        "ouder, jongere en professional met vragen over opgroeien en opvoeden. U krijgt "
        "informatie, advies en ondersteuning, dichtbij huis. Wij vinden het belangrijk dat u en "
        "uw kind zelf meebeslissen over de hulp.",
        "website": "https://www.cjg-grote-regio.example",
        "telefoon": "046-8506910",
        "laatst_gecontroleerd": "2026-06-05",
        "voorbeelddata": True,
        "locaties": locations,
        "diensten": services,
    }


def test_the_biggest_provider_page_stays_small(tmp_path):
    (tmp_path / "repo").mkdir()
    root = copy_repo(tmp_path / "repo")
    text = "# yaml-language-server: $schema=../schemas/provider.schema.json\n" + json.dumps(
        big_provider(), ensure_ascii=False, indent=1
    )
    (root / "providers" / "cjg-grote-regio.yaml").write_text(text + "\n", encoding="utf-8")
    site = tmp_path / "site"
    result = build_site(root, site)
    assert result.returncode == 0, result.stderr[-3000:]
    page = site / "aanbieders" / "cjg-grote-regio" / "index.html"
    html = page.read_text("utf-8")
    assert html.count('class="ww-locatie"') == 17 and html.count("diensten/cjg-grote-regio/") >= 12
    assert page.stat().st_size <= BIGGEST_LIMIT, page.stat().st_size


def test_record_pages_carry_a_short_menu(site_dir):
    """A record page's menu is Material's top level, each section one link to its first page
    (navigation.prune's markup): 25,000 record pages need not each carry the whole menu."""
    page = site_dir.joinpath("diensten/cjg-heemstede/informatie-en-advies/index.html")
    html = page.read_text("utf-8")
    start = html.index('<div class="md-sidebar md-sidebar--primary"')
    menu = html[start : html.index('<div class="md-content"', start)]
    assert len(menu) < 1800, len(menu)  # was 4.3 KB with the whole menu
    assert menu.count("md-nav__item--pruned") == 2
    assert (
        'href="../../../handboek/" class="md-nav__link"><span class="md-ellipsis">Handboek' in menu
    )
    assert 'href="../../../sociale-kaart/zoeken/"' in menu  # "Ik zoek hulp": its first page
    assert "\n<" not in menu[menu.index("<ul") : menu.index("</ul>")]  # no white space
    # the pages in the menu keep Material's whole menu
    home = site_dir.joinpath("index.html").read_text("utf-8")
    assert "md-nav__item--pruned" not in home and "../handboek/poh-jeugd/" not in menu
    assert 'handboek/poh-jeugd/"' in home
