"""Every record field, escaped for its context, in every output of the real site.

The hostile records in tests/data/hostile/ go into a copy of the repository: two providers
(`providers/hostile*.yaml`), three municipality routes (`gemeenten/hostile*.yaml` with
`content/gemeenten/hostile*.md`,
CBS codes GM0997-GM0999 in Utrecht, postcodes 3500-3529), three themes and three
abbreviations (inserted into `taxonomie/themas.yaml`) and a handbook page that references
the records (`content/handboek/kwaad.md`). Every text field carries payloads for every
context: HTML text and attributes (`<script>`, `<img onerror>`, `"><svg onload>`), JSON
inside `<script>` (`</script>`, U+2028), JavaScript templates (`` `${...}` ``), Jinja
(`{{ 7*7 }}`, `{% raw %}`), Markdown (`[x](javascript:...)`, `{: onclick }`), URLs, entities
that must not be decoded twice (`&lt;b&gt;`) and `</title>`. Short fields cannot hold every
payload, so the payloads are spread over several records (see PAYLOAD_GROUPS);
`test_fixture_covers_every_payload_in_every_field` proves every payload reaches every field.

The copy must pass `wegwijzer check` and builds with the real MkDocs (`--strict`). Then every
kind of page is opened in Debian's Chromium: nothing may run (the `page` fixture fails on any
dialog), no element or attribute may come from record text, no link may be `javascript:`, and
the record text must be on the page as text where the name belongs, in `<title>` and in the
header. The JSON outputs (API, HSDS, GeoJSON, search shards, the JSON inside pages) must
carry the same text exactly, and the services CSV must not start a cell with a formula.
"""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from urllib.parse import quote

import pytest
import yaml
from conftest import HOOKS_BEHIND_THE_CHECK, ROOT, TODAY, build_site, copy_repo, serve

from wegwijzer.search.unpack import unpack

DATA = ROOT / "tests" / "data" / "hostile"
SITE_NAME = "Wegwijzer Jeugdhulp"

# Every payload; each text field of the fixtures carries some of them (PAYLOAD_GROUPS).
PAYLOADS = (
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(2)>",
    '"><svg onload=alert(3)>',
    "</script><script>alert(4)</script>",
    "`${alert(5)}`",
    "{{ 7*7 }}",
    "{% raw %}",
    "[x](javascript:alert(6))",
    '<a href="javascript:alert(7)">',
    "&lt;b&gt;",
    "\u2028",
    "</title>",
)

# A record value that was HTML-escaped (or escaped twice) before it went into JSON or CSV.
ESCAPED = (
    "&lt;script",
    "&lt;img",
    "&lt;svg",
    "&lt;/",
    "&amp;",
    "&quot;",
    "&#x27;",
    "&#39;",
    "&#96;",
)


# --------------------------------------------------------------------------- fixture records


def _route(path: Path) -> tuple[dict, str]:
    """A municipality: its route data (gemeenten/<id>.yaml) and page text (content/...)."""
    body = (DATA / "content" / "gemeenten" / f"{path.stem}.md").read_text("utf-8")
    return yaml.safe_load(path.read_text("utf-8")), body


def _load() -> dict:
    providers = {
        p.stem: yaml.safe_load(p.read_text("utf-8")) for p in DATA.glob("providers/*.yaml")
    }
    municipalities = {}
    for path in sorted(DATA.glob("gemeenten/*.yaml")):
        front, body = _route(path)
        municipalities[path.stem] = {**front, "_body": body}
    themes = yaml.safe_load("themas:\n" + (DATA / "taxonomie" / "themas.yaml").read_text("utf-8"))
    abbreviations = yaml.safe_load(
        "afkortingen:\n" + (DATA / "taxonomie" / "afkortingen.yaml").read_text("utf-8")
    )
    regions = yaml.safe_load((DATA / "taxonomie" / "jeugdregios.yaml").read_text("utf-8"))
    return {
        "providers": providers,
        "municipalities": municipalities,
        "regions": {r["id"]: r for r in regions["jeugdregios"]},
        "themes": themes["themas"],
        "abbreviations": abbreviations["afkortingen"],
    }


REC = _load()
PROVIDERS = REC["providers"]
MUNICIPALITIES = REC["municipalities"]
THEMES = REC["themes"]
REGIONS = REC["regions"]
LOCATIONS = {f"{pid}/{loc['id']}": loc for pid, p in PROVIDERS.items() for loc in p["locaties"]}
SERVICES = {f"{pid}/{s['id']}": s for pid, p in PROVIDERS.items() for s in p["diensten"]}
CODES = {slug: m["cbs_code"] for slug, m in MUNICIPALITIES.items()}


def region_name(municipality: dict) -> str:
    """The name of a municipality's jeugdregio (the page shows the name, not the id)."""
    return REGIONS[municipality["jeugdregio"]]["naam"]


def norm(value: str) -> str:
    """White space folded as a browser shows it (U+2028 included)."""
    return " ".join(str(value).split())


def provider_of(record_id: str) -> dict:
    return PROVIDERS[record_id.split("/")[0]]


def record_name(record_id: str) -> str:
    """The name the site shows for a location or service (`components.record_name`)."""
    record = LOCATIONS.get(record_id) or SERVICES.get(record_id)
    provider = provider_of(record_id)["naam"]
    if provider.casefold() in record["naam"].casefold():
        return record["naam"]
    return f"{record['naam']} ({provider})"


# Which payloads each kind of field carries, over all hostile records of that kind.
PAYLOAD_GROUPS = {
    "aanbieder.naam": [p["naam"] for p in PROVIDERS.values()],
    "aanbieder.omschrijving": [p["omschrijving"] for p in PROVIDERS.values()],
    "telefoonlijn.doel": [line["doel"] for p in PROVIDERS.values() for line in p["telefoonlijnen"]],
    "aanbieder.bron": [p["bron"] for p in PROVIDERS.values()],
    "locatie.naam": [loc["naam"] for loc in LOCATIONS.values()],
    "locatie.omschrijving": [loc["omschrijving"] for loc in LOCATIONS.values()],
    "locatie.adres.straat": [loc["adres"]["straat"] for loc in LOCATIONS.values()],
    "locatie.adres.plaats": [loc["adres"]["plaats"] for loc in LOCATIONS.values()],
    "locatie.toegankelijkheid": [loc["toegankelijkheid"] for loc in LOCATIONS.values()],
    "dienst.naam": [s["naam"] for s in SERVICES.values()],
    "dienst.omschrijving": [s["omschrijving"] for s in SERVICES.values()],
    "dienst.aanmelden": [s["aanmelden"] for s in SERVICES.values()],
    "gemeente.naam": [m["naam"] for m in MUNICIPALITIES.values()],
    "jeugdregio.naam": [r["naam"] for r in REGIONS.values()],
    "gemeente.bron": [m["bron"] for m in MUNICIPALITIES.values()],
    "gemeente.body": [m["_body"] for m in MUNICIPALITIES.values()],
    "route.samenvatting": [r["samenvatting"] for m in MUNICIPALITIES.values() for r in m["routes"]],
    "route.toelichting": [
        item["toelichting"]
        for m in MUNICIPALITIES.values()
        for r in m["routes"]
        for item in [*r["eerste_aanspreekpunt"], *r["verwijzers"]]
    ],
    "route.toegang.hoe": [
        item["hoe"] for m in MUNICIPALITIES.values() for r in m["routes"]
        for item in r["toegang_specialistisch"]
    ],  # fmt: skip
    "route.financiering": [
        r["financiering"][k] for m in MUNICIPALITIES.values() for r in m["routes"]
        for k in ("zorg_in_natura", "pgb")
    ],  # fmt: skip
    "route.veiligheid": [r["veiligheid"]["toelichting"] for m in MUNICIPALITIES.values() for r in m["routes"]],
    "route.stap.titel": [s["titel"] for m in MUNICIPALITIES.values() for r in m["routes"] for s in r["stappen"]],
    "route.stap.tekst": [s["tekst"] for m in MUNICIPALITIES.values() for r in m["routes"] for s in r["stappen"]],
    "thema.label": [t["label"] for t in THEMES],
    "thema.omschrijving": [t["omschrijving"] for t in THEMES],
    "thema.synoniem": [s for t in THEMES for s in t["synoniemen"]],
    "afkorting.betekenis": [a["betekenis"] for a in REC["abbreviations"]],
}  # fmt: skip

# The record pages and the name each shows in <h1>, <title> and the header.
RECORD_PAGES = {
    **{f"aanbieders/{pid}/": p["naam"] for pid, p in PROVIDERS.items()},
    **{f"diensten/{sid}/": s["naam"] for sid, s in SERVICES.items()},
    **{f"gemeenten/{slug}/": f"Jeugdhulp in {m['naam']}" for slug, m in MUNICIPALITIES.items()},
}


# --------------------------------------------------------------------------- the build


def _install(root: Path) -> None:
    """Put the hostile records into a copy of the repository."""
    for path in DATA.glob("providers/*.yaml"):
        shutil.copy(path, root / "providers" / path.name)
    for path in DATA.glob("gemeenten/*.yaml"):
        shutil.copy(path, root / "gemeenten" / path.name)
    for folder in ("gemeenten", "handboek"):
        for path in DATA.glob(f"content/{folder}/*.md"):
            shutil.copy(path, root / "content" / folder / path.name)
    taxonomy = root / "taxonomie" / "themas.yaml"
    text = taxonomy.read_text("utf-8")
    # the themes go first under `themas:`, the abbreviations last (under `afkortingen:`,
    # the file's last list)
    assert text.count("\nthemas:\n") == 1 and text.rstrip().splitlines()[-1].startswith("    ")
    text = text.replace(
        "\nthemas:\n", "\nthemas:\n" + (DATA / "taxonomie/themas.yaml").read_text("utf-8")
    )
    text = text.rstrip("\n") + "\n" + (DATA / "taxonomie/afkortingen.yaml").read_text("utf-8")
    taxonomy.write_text(text, "utf-8")
    # the hostile regions (their names are attacks) join the real ones
    regions = root / "taxonomie" / "jeugdregios.yaml"
    hostile = (
        (DATA / "taxonomie" / "jeugdregios.yaml").read_text("utf-8").split("jeugdregios:\n", 1)
    )
    regions.write_text(regions.read_text("utf-8").rstrip("\n") + "\n\n" + hostile[1], "utf-8")


@pytest.fixture(scope="module")
def hostile_build(tmp_path_factory):
    base = tmp_path_factory.mktemp("vijandig")
    root = base / "repo"
    root.mkdir()
    copy_repo(root)
    _install(root)
    wegwijzer = Path(sys.executable).parent / "wegwijzer"
    check = subprocess.run(
        [str(wegwijzer), "--root", str(root), "--datum", TODAY, "check"],
        capture_output=True,
        text=True,
        timeout=300,
    )
    site = base / "site"
    (root / "hooks" / "wegwijzer_hooks.py").write_text(HOOKS_BEHIND_THE_CHECK, "utf-8")
    build = build_site(root, site)
    yield {"check": check, "build": build, "site": site, "root": root}
    shutil.rmtree(base, ignore_errors=True)


@pytest.fixture(scope="module")
def site(hostile_build) -> Path:
    assert hostile_build["build"].returncode == 0, hostile_build["build"].stderr
    return hostile_build["site"]


@pytest.fixture(scope="module")
def url(site):
    address, server = serve(site)
    yield address
    server.shutdown()


# --------------------------------------------------------------------------- in the browser

# Elements and attributes that can only come from record text: event handlers, javascript:
# URLs (also as `protocol`, which sees through entities and control characters), inline
# scripts that call alert, frames, and the `img src=x` of the payloads.
INJECTED = """() => {
  const bad = [];
  const describe = (el) => el.outerHTML.slice(0, 120);
  for (const el of document.querySelectorAll('*')) {
    for (const name of el.getAttributeNames()) {
      const value = el.getAttribute(name) || '';
      if (name.startsWith('on')) bad.push('handler: ' + describe(el));
      if (['href', 'src', 'action', 'formaction', 'xlink:href', 'data'].includes(name)
          && /^[\\s\\u0000-\\u001f]*javascript:/i.test(value)) bad.push('javascript: ' + describe(el));
    }
    if ((el.tagName === 'A' || el.tagName === 'AREA') && el.protocol === 'javascript:') {
      bad.push('javascript-link: ' + describe(el));
    }
  }
  for (const el of document.querySelectorAll(
      'iframe, frame, object, embed, base, meta[http-equiv], img[src="x"], svg[onload], img[onerror]')) {
    bad.push('element: ' + describe(el));
  }
  for (const s of document.querySelectorAll('script')) {
    const type = (s.getAttribute('type') || '').toLowerCase();
    const code = !type || type.includes('javascript') || type === 'module';
    if (code && !s.src && /alert\\(|\\$\\{/.test(s.textContent)) bad.push('script: ' + describe(s));
  }
  return [...new Set(bad)];
}"""

SHOWN = """([selector, wanted, visible]) => {
  const fold = (s) => String(s).replace(/\\s+/g, ' ').trim();
  return [...document.querySelectorAll(selector)].some((el) =>
    (!visible || el.getClientRects().length > 0)
    && fold(visible ? el.innerText : el.textContent).includes(wanted));
}"""


def open_page(page, address: str):
    errors: list[str] = []
    page.on("pageerror", lambda err: errors.append(str(err)))
    page.goto(address)
    page.wait_for_load_state("load")
    for details in page.locator("details").all():
        details.evaluate("d => { d.open = true; }")
    page.wait_for_timeout(150)
    return errors


def assert_inert(page, errors: list[str] | None = None) -> None:
    assert page.dialogs == [], f"alert() ran: {page.dialogs}"
    injected = page.evaluate(INJECTED)
    assert injected == [], "elements or attributes from record text:\n" + "\n".join(injected)
    assert page.evaluate("typeof window.alert") == "function"
    if errors is not None:
        assert errors == [], f"JavaScript errors: {errors}"


def missing_texts(page, expected: list[tuple[str, str]], visible: bool = True) -> list[str]:
    return [
        f"{selector}: {wanted!r}"
        for selector, wanted in expected
        if not page.evaluate(SHOWN, [selector, norm(wanted), visible])
    ]


def _route_texts(slug: str) -> list[tuple[str, str]]:
    m = MUNICIPALITIES[slug]
    route = m["routes"][-1]
    out = [
        ("h1", f"Jeugdhulp in {m['naam']}"),
        (".ww-soort", region_name(m)),
        (".ww-samenvatting", route["samenvatting"]),
        (".ww-veilig p", route["veiligheid"]["toelichting"]),
        ("dd", route["financiering"]["pgb"]),
        (".ww-toelichting", route["eerste_aanspreekpunt"][0]["toelichting"]),
        ("a", record_name(route["eerste_aanspreekpunt"][0]["wie"])),
        ("a", PROVIDERS["hostile"]["naam"]),
    ]
    out += [(".ww-stap-titel", step["titel"]) for step in route["stappen"]]
    out += [(".ww-stap p", step["tekst"]) for step in route["stappen"][:1]]
    out += [(".ww-lijst a", SERVICES[sid]["naam"]) for sid in SERVICES]
    out.append((".ww-route-oud .ww-samenvatting", m["routes"][0]["samenvatting"]))
    # the editor's Markdown below the front matter: rendered, its raw HTML gone, Jinja as text
    out += [
        (".ww-tekst h2", "Tussenkop"),
        (".ww-tekst p", "Alinea met"),
        (".ww-tekst", "{% raw %}"),
    ]
    return out


def _provider_texts(pid: str) -> list[tuple[str, str]]:
    p = PROVIDERS[pid]
    out = [("h1", p["naam"]), (".ww-toelichting", p["telefoonlijnen"][0]["doel"])]
    for loc in p["locaties"]:
        out += [
            ("h2, h3, h4", loc["naam"]),
            (".ww-adres", loc["adres"]["straat"]),
            (".ww-adres", loc["adres"]["plaats"]),
            ("p", loc["omschrijving"]),
            ("p", loc["toegankelijkheid"]),
        ]
    out += [("a", s["naam"]) for s in p["diensten"]]
    return out


def _service_texts(sid: str) -> list[tuple[str, str]]:
    s = SERVICES[sid]
    out = [("h1", s["naam"]), ("a", provider_of(sid)["naam"]), ("p", s["aanmelden"])]
    out += [("a", t["label"]) for t in THEMES if t["id"] in s["themas"]]
    out += [("a", MUNICIPALITIES[slug]["naam"]) for slug in MUNICIPALITIES]
    return out


def _services_with_theme(theme: str) -> list[str]:
    return [sid for sid, s in SERVICES.items() if theme in s["themas"]]


PAGES: dict[str, list[tuple[str, str]]] = {
    "": [("a", m["naam"]) for m in MUNICIPALITIES.values()],
    "gemeenten/": [("a", m["naam"]) for m in MUNICIPALITIES.values()]
    + [(".ww-toelichting", region_name(m)) for m in MUNICIPALITIES.values()],
    **{f"gemeenten/{slug}/": _route_texts(slug) for slug in MUNICIPALITIES},
    **{f"aanbieders/{pid}/": _provider_texts(pid) for pid in PROVIDERS},
    **{f"diensten/{sid}/": _service_texts(sid) for sid in SERVICES},
    "aanbieders/": [("a", p["naam"]) for p in PROVIDERS.values()],
    "cjg-locaties/": [
        ("h2, h3, h4, a, strong", loc["naam"])
        for loc in LOCATIONS.values()
        if loc["soort"] in ("cjg", "inlooppunt", "jip")
    ]
    + [("a", m["naam"]) for m in MUNICIPALITIES.values()],
    "sociale-kaart/": [],
    "sociale-kaart/themas/": [("a", t["label"]) for t in THEMES],
    **{
        f"sociale-kaart/thema/{t['id']}/": [("h1", t["label"]), ("p", t["omschrijving"])]
        + [("a", SERVICES[sid]["naam"]) for sid in _services_with_theme(t["id"])]
        for t in THEMES
    },
    "sociale-kaart/thema/opvoeden/": [("a", SERVICES[s]["naam"]) for s in _services_with_theme("opvoeden")],
    "sociale-kaart/leeftijd/": [],
    "sociale-kaart/leeftijd/zwangerschap/": [("a", s["naam"]) for s in SERVICES.values()],
    "handboek/kwaad/": [
        ("a.ww-ref", record_name("hostile/dienst-een")),
        ("a.ww-ref", PROVIDERS["hostile-twee"]["naam"]),
        (".ww-kaart-naam a", SERVICES["hostile/dienst-twee"]["naam"]),
        (".ww-kaart-van", PROVIDERS["hostile"]["naam"]),
        (".ww-kaart-naam a", PROVIDERS["hostile"]["naam"]),
        ("a.ww-ref", "<img src=x onerror=alert(40)> `${alert(41)}` {{ 7*7 }}"),
        (".md-nav--secondary a", "Kop met " + record_name("hostile-twee/dienst")),
    ],
    "handboek/": [],
    "open-data/": [],
    "open-data/velden/": [("td", t["label"]) for t in THEMES] + [("td", t["omschrijving"]) for t in THEMES],
    "redactie/actualiteit/": [("td a", PROVIDERS["hostile"]["naam"])]
    + [("td a", m["naam"]) for m in MUNICIPALITIES.values()]
    + [("td", LOCATIONS["hostile/plek-twee"]["naam"])]
    + [("td", t["label"]) for t in THEMES],
}  # fmt: skip


@pytest.mark.parametrize("path", list(PAGES))
def test_page_is_inert_and_shows_record_text_as_text(page, url, path):
    errors = open_page(page, url + path)
    assert_inert(page, errors)
    missing = missing_texts(page, PAGES[path])
    assert missing == [], "record text not shown as text:\n" + "\n".join(missing)


@pytest.mark.parametrize("path", list(RECORD_PAGES))
def test_title_and_header_show_the_name_as_text(page, url, path):
    """MkDocs and Material do not escape the front-matter title: <title> and the header."""
    open_page(page, url + path)
    name = norm(RECORD_PAGES[path])
    assert norm(page.title()) == f"{name} - {SITE_NAME}"
    assert page.locator("head title").count() == 1
    topic = page.locator('[data-md-component="header-topic"] .md-ellipsis')
    assert norm(topic.text_content()) == name
    assert_inert(page)


def test_map_popups_tooltips_and_list_are_text(page, url):
    errors = open_page(page, url + "sociale-kaart/kaart/")
    page.wait_for_selector(".wwk-kaart[data-status=klaar]", timeout=15000)
    # the filters offer the hostile municipalities and themes by name, as text
    options = [("#wwk-filter-gemeente option", m["naam"]) for m in MUNICIPALITIES.values()]
    options += [("#wwk-filter-thema option", t["label"]) for t in THEMES]
    assert missing_texts(page, options, visible=False) == []
    listed = [(".wwk-lijst li h3", loc["naam"]) for loc in LOCATIONS.values()]
    assert missing_texts(page, listed) == []
    for location_id, location in LOCATIONS.items():
        page.evaluate(
            """(id) => new Promise((ok) => { const k = wegwijzerKaart.kaarten[0];
                 const m = k.markers.find((m) => m.feature.properties.id === id);
                 k.groep.zoomToShowLayer(m, () => setTimeout(ok, 400)); })""",
            location_id,
        )
        marker = page.evaluate_handle(
            """(id) => wegwijzerKaart.kaarten[0].markers
                 .find((m) => m.feature.properties.id === id).getElement()""",
            location_id,
        ).as_element()
        assert norm(marker.get_attribute("aria-label")).startswith(norm(location["naam"]))
        marker.hover()
        page.wait_for_selector(".leaflet-tooltip")
        assert norm(page.locator(".leaflet-tooltip").text_content()) == norm(location["naam"])
        marker.click()
        popup = page.locator(".leaflet-popup .wwk-popup")
        popup.wait_for()
        assert norm(popup.locator(".wwk-popup-naam").text_content()) == norm(location["naam"])
        assert norm(popup.locator(".wwk-popup-aanbieder a").text_content()) == norm(
            provider_of(location_id)["naam"]
        )
        municipality = next(
            m for m in MUNICIPALITIES.values() if m["cbs_code"] == location["gemeente"]
        )
        assert norm(municipality["naam"]) in norm(popup.locator(".wwk-popup-soort").text_content())
        address = norm(popup.locator(".wwk-popup-adres").text_content())
        assert norm(location["adres"]["straat"]) in address
        assert norm(location["adres"]["plaats"]) in address
        services = [norm(s) for s in popup.locator(".wwk-popup-diensten a").all_text_contents()]
        pid = location_id.split("/")[0]
        for sid, service in SERVICES.items():
            if sid.startswith(pid + "/") and location["id"] in service.get("locaties", []):
                assert norm(service["naam"]) in services
        assert_inert(page)
        page.keyboard.press("Escape")
        page.wait_for_selector(".leaflet-popup", state="detached")
    # filtered to a hostile theme: the list is rebuilt, still as text
    page.select_option("#wwk-filter-thema", "kwaad-een")
    page.wait_for_selector(".wwk-kaart[data-status=klaar]")
    assert missing_texts(page, [(".wwk-lijst li h3", LOCATIONS["hostile/plek-een"]["naam"])]) == []
    assert_inert(page, errors)


def _search(page, address: str) -> list[str]:
    """Open the search page and wait until the search in its URL is on the page."""
    errors = open_page(page, address)
    _wait_for_results(page)
    return errors


def _wait_for_results(page) -> None:
    page.wait_for_function(
        """() => document.getElementById('ww-uitkomst').dataset.klaar === 'ja'
                 && document.querySelectorAll('#ww-resultaten > li').length > 0"""
    )


def test_search_suggestions_show_the_names_as_text(page, url):
    """Without a municipality a query searches the whole catalogue (it fits the budget)."""
    errors = _search(page, url + "sociale-kaart/zoeken/?q=kwaad")
    names = [norm(n) for n in page.locator("#ww-resultaten .ww-resultaat-naam").all_text_contents()]
    for service in SERVICES.values():
        if "kwaad" in service["naam"].lower():
            assert norm(service["naam"]) in names
    expected = [(".ww-resultaat-van", p["naam"]) for p in PROVIDERS.values()]
    expected.append(("#ww-status", "kwaad"))
    assert missing_texts(page, expected) == []
    assert_inert(page, errors)


def test_search_cards_of_every_kind_show_hostile_text_as_text(page, url):
    """Providers, routes of hostile municipalities and the hostile handbook page in the search."""
    errors = _search(page, url + "sociale-kaart/zoeken/?q=kwaad")
    cards = page.locator('#ww-resultaten [data-soort="aanbieder"] .ww-resultaat-naam')
    shown = [norm(n) for n in cards.all_text_contents()]
    for provider in PROVIDERS.values():
        assert norm(provider["naam"]) in shown
    assert_inert(page, errors)
    errors = _search(page, url + "sociale-kaart/zoeken/?q=vijandige%20records")
    handbook = page.locator('#ww-resultaten [data-soort="handboek"]').first
    assert (
        norm(handbook.locator(".ww-resultaat-naam").inner_text())
        == "Handboek met vijandige records"
    )
    assert handbook.locator("a").get_attribute("href") == "../../handboek/kwaad/"
    assert_inert(page, errors)
    for slug, municipality in MUNICIPALITIES.items():
        errors = _search(page, url + f"sociale-kaart/zoeken/?gemeente={CODES[slug]}&q=route")
        route = page.locator('#ww-resultaten [data-soort="route"] .ww-resultaat-naam').first
        assert norm(route.inner_text()) == norm(f"Route naar jeugdhulp in {municipality['naam']}")
        assert_inert(page, errors)


@pytest.mark.parametrize("slug", list(MUNICIPALITIES))
def test_search_results_in_a_hostile_municipality_are_text(page, url, slug):
    code = CODES[slug]
    errors = _search(page, url + f"sociale-kaart/zoeken/?gemeente={code}&q=kwaad")
    names = [norm(n) for n in page.locator("#ww-resultaten .ww-resultaat-naam").all_text_contents()]
    assert norm(SERVICES["hostile/dienst-een"]["naam"]) in names
    assert norm(SERVICES["hostile-twee/dienst"]["naam"]) in names
    expected = [
        (".ww-resultaat-van", PROVIDERS["hostile"]["naam"]),
        ("#ww-status", MUNICIPALITIES[slug]["naam"]),
        ("#ww-gemeente option", MUNICIPALITIES[slug]["naam"]),
    ]
    expected += [("#ww-thema option", t["label"]) for t in THEMES]
    assert missing_texts(page, expected[:2]) == []
    assert missing_texts(page, expected[2:], visible=False) == []
    # a theme facet on a hostile theme, and a query through a hostile synonym
    page.select_option("#ww-thema", "kwaad-een")
    page.wait_for_function("new URLSearchParams(location.search).get('thema') === 'kwaad-een'")
    _wait_for_results(page)
    assert_inert(page)
    errors += _search(page, url + f"sociale-kaart/zoeken/?gemeente={code}&q=kwaadsyneen")
    names = [norm(n) for n in page.locator("#ww-resultaten .ww-resultaat-naam").all_text_contents()]
    assert norm(SERVICES["hostile/dienst-een"]["naam"]) in names
    assert_inert(page, errors)
    # the query itself is reflected in the status line: as text
    query = '<img src=x onerror=alert(50)>"><svg onload=alert(51)>`${alert(52)}`'
    errors += open_page(page, url + f"sociale-kaart/zoeken/?gemeente={code}&q={quote(query)}")
    page.wait_for_function("document.getElementById('ww-uitkomst').dataset.klaar === 'ja'")
    assert missing_texts(page, [("#ww-status", query)]) == []
    assert page.locator("#ww-q").input_value() == query
    assert_inert(page, errors)


def test_header_search_shows_the_names_as_text(page, url):
    errors = open_page(page, url)
    box = page.locator("#ww-kopzoek-q")
    box.fill("Kwaad")
    box.press("Enter")
    page.wait_for_function("document.getElementById('ww-uitkomst')?.dataset.klaar === 'ja'")
    titles = {
        norm(t) for t in page.locator("#ww-resultaten .ww-resultaat-naam").all_text_contents()
    }
    assert titles, "the header search found nothing"
    assert page.locator("#ww-q").input_value() == "Kwaad"
    assert_inert(page, errors)


# --------------------------------------------------------------------------- data files


def _strings(value, path="$"):
    if isinstance(value, str):
        yield path, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(item, f"{path}.{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _strings(item, f"{path}[{index}]")


def _leaves(record: dict, path=()):
    """(key path, value) of every string in a fixture record."""
    if isinstance(record, dict):
        for key, value in record.items():
            if not key.startswith("_"):
                yield from _leaves(value, (*path, key))
    elif isinstance(record, list):
        for index, value in enumerate(record):
            yield from _leaves(value, (*path, index))
    elif isinstance(record, str):
        yield path, record


def _at(data, path):
    for key in path:
        data = data[key]
    return data


def _json(site: Path, rel: str):
    return json.loads((site / rel).read_text("utf-8"))


def _zipped(site: Path, rel: str) -> dict[str, str]:
    """The members of a published zip (api/v2/alles.zip, api/hsds/datapackage.zip) as text."""
    with zipfile.ZipFile(site / rel) as archive:
        return {name: archive.read(name).decode("utf-8") for name in archive.namelist()}


def _script_json(html: str, selector_re: str) -> list:
    return [json.loads(m) for m in re.findall(selector_re, html, re.S)]


def test_json_files_parse_and_never_carry_html_escapes(site):
    files = [
        *site.glob("api/**/*.json"),
        *site.glob("api/**/*.geojson"),
        *site.glob("sociale-kaart/zoekindex/*.json"),
        *site.glob("assets/kaart/*.json"),
    ]
    assert len(files) > 50
    texts = {path.relative_to(site).as_posix(): path.read_text("utf-8") for path in files}
    texts.update(
        (f"api/v2/alles.zip/{name}", text)
        for name, text in _zipped(site, "api/v2/alles.zip").items()
        if name.endswith(".json")
    )
    seen_names = set()
    for path, text in texts.items():
        data = json.loads(text, parse_constant=lambda c: pytest.fail(c))
        for where, value in _strings(data):
            bad = [e for e in ESCAPED if e in value and "alert(" in value]
            assert not bad, f"{path} {where}: HTML-escaped text {value[:120]!r}"
            seen_names.add(value)
    # every hostile name is somewhere in the data files, exactly as written
    for group in ("aanbieder.naam", "locatie.naam", "dienst.naam", "gemeente.naam", "thema.label"):
        for name in PAYLOAD_GROUPS[group]:
            assert name in seen_names, f"{group} {name!r} not in any JSON file as it is"


def test_api_v2_records_round_trip_every_field(site):
    by_id: dict[str, dict] = {}
    for pid, provider in PROVIDERS.items():
        data = _json(site, f"api/v2/providers/{pid}.json")
        for path, value in _leaves(
            {k: v for k, v in provider.items() if k not in ("locaties", "diensten")}
        ):
            assert _at(data["provider"]["record"], path) == value, (pid, path)
        by_id.update((o["id"], o) for o in data["locations"] + data["services"])
    for lid, location in LOCATIONS.items():
        for path, value in _leaves(location):
            assert _at(by_id[lid]["record"], path) == value, (lid, path)
    for sid, service in SERVICES.items():
        for path, value in _leaves(service):
            assert _at(by_id[sid]["record"], path) == value, (sid, path)
    for slug, municipality in MUNICIPALITIES.items():
        data = _json(site, f"api/v2/municipalities/{municipality['cbs_code']}.json")
        for path, value in _leaves(municipality):
            assert _at(data["record"], path) == value, (slug, path)
    bulk = _zipped(site, "api/v2/alles.zip")
    lists = {
        name: json.loads(bulk[f"{name}.json"])
        for name in ("providers", "services", "locations", "municipalities")
    }
    text = {name: {v for _, v in _strings(data)} for name, data in lists.items()}
    assert {p["naam"] for p in PROVIDERS.values()} <= text["providers"]
    assert {s["naam"] for s in SERVICES.values()} <= text["services"]
    assert {loc["naam"] for loc in LOCATIONS.values()} <= text["locations"]
    assert {m["naam"] for m in MUNICIPALITIES.values()} <= text["municipalities"]


def test_hsds_carries_names_and_plain_fields_as_text(site):
    strings = set()
    for path in site.glob("api/hsds/**/*.json"):
        strings |= {v for _, v in _strings(json.loads(path.read_text("utf-8")))}
    # locations, addresses and accessibility are in the tables (no file per organization)
    tables = _zipped(site, "api/hsds/datapackage.zip")
    for name, text in tables.items():
        if name.endswith(".csv"):
            for row in csv.reader(io.StringIO(text, newline="")):
                strings.update(row)
    for value in (
        *PAYLOAD_GROUPS["aanbieder.naam"],
        *PAYLOAD_GROUPS["locatie.naam"],
        *PAYLOAD_GROUPS["dienst.naam"],
        *PAYLOAD_GROUPS["dienst.aanmelden"],
        *PAYLOAD_GROUPS["locatie.toegankelijkheid"],
        *PAYLOAD_GROUPS["locatie.adres.straat"],
        *PAYLOAD_GROUPS["locatie.adres.plaats"],
        *PAYLOAD_GROUPS["thema.label"],
    ):
        assert value in strings, f"HSDS lacks {value!r}"
    table = tables["services.csv"]
    names = {row["name"] for row in csv.DictReader(io.StringIO(table))}
    assert set(PAYLOAD_GROUPS["dienst.naam"]) <= names


def test_geojson_properties_are_the_record_text(site):
    data = _json(site, "api/v1/locations.geojson")
    features = {f["id"]: f["properties"] for f in data["features"]}
    for lid, location in LOCATIONS.items():
        props = features[lid]
        assert props["naam"] == location["naam"]
        assert props["aanbieder_naam"] == provider_of(lid)["naam"]
        assert location["adres"]["straat"] in props["adres"]
        assert location["adres"]["plaats"] in props["adres"]
        municipality = next(
            m for m in MUNICIPALITIES.values() if m["cbs_code"] == location["gemeente"]
        )
        assert props["gemeente_naam"] == municipality["naam"]
        served = set(props.get("diensten", []))
        pid = lid.split("/")[0]
        for sid, service in SERVICES.items():
            if sid.startswith(pid + "/") and location["id"] in service["locaties"]:
                assert sid in served


def test_search_files_carry_the_names_as_text(site):
    html = (site / "sociale-kaart/zoeken/index.html").read_text("utf-8")
    manifests = _script_json(
        html, r'<script type="application/json" id="ww-zoek-gegevens">(.*?)</script>'
    )
    assert len(manifests) == 1
    manifest = manifests[0]
    by_code = {m["code"]: m for m in manifest["gemeenten"]}
    for municipality in MUNICIPALITIES.values():
        entry = by_code[municipality["cbs_code"]]
        assert entry["naam"] == municipality["naam"]
        # The municipality's shard as the page expands it from its group's search file.
        shard = unpack(_json(site, f"sociale-kaart/zoekindex/{entry['shard']}"), entry["code"])
        docs = {d["url"]: d for d in shard["documents"].values()}
        for sid, service in SERVICES.items():
            doc = docs[f"diensten/{sid}/"]
            assert doc["naam"] == service["naam"]
            assert doc["aanbieder"] == provider_of(sid)["naam"]
    namen = _json(site, f"sociale-kaart/zoekindex/{manifest['namen']}")
    strings = {v for _, v in _strings(namen)}
    assert set(PAYLOAD_GROUPS["dienst.naam"]) <= strings
    assert set(PAYLOAD_GROUPS["aanbieder.naam"]) <= strings


def test_json_inside_pages_parses_and_cannot_close_its_script(site):
    """JSON-LD and the search manifest: `</script>`, `<!--` and U+2028 stay inside the string."""
    for path in RECORD_PAGES:
        html = (site / path / "index.html").read_text("utf-8")
        blocks = re.findall(
            r'<script type="application/(?:ld\+)?json"[^>]*>(.*?)</script>', html, re.S
        )
        for raw in blocks:
            assert "<" not in raw and "\u2028" not in raw, path
            json.loads(raw)
    for pid, provider in PROVIDERS.items():
        html = (site / f"aanbieders/{pid}/index.html").read_text("utf-8")
        (ld,) = _script_json(html, r'<script type="application/ld\+json">(.*?)</script>')
        assert ld["name"] == provider["naam"]
    for sid, service in SERVICES.items():
        html = (site / f"diensten/{sid}/index.html").read_text("utf-8")
        (ld,) = _script_json(html, r'<script type="application/ld\+json">(.*?)</script>')
        assert ld["name"] == service["naam"]


def test_services_csv_protects_against_formulas(site):
    with zipfile.ZipFile(site / "api/v2/alles.zip") as archive:
        raw = archive.read("services.csv")
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = {r["id"]: r for r in csv.DictReader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";")}
    formula = rows["hostile/formule"]
    source = SERVICES["hostile/formule"]
    assert formula["naam"] == "'" + source["naam"]
    assert formula["omschrijving"].startswith("'+")
    assert formula["aanmelden"] == "'" + source["aanmelden"]
    for row in rows.values():
        for column, cell in row.items():
            assert not cell.startswith(("=", "+", "@", "\t", "\r")), (row["id"], column, cell)
            assert not (cell.startswith("-") and not re.fullmatch(r"-?[0-9]+([.,][0-9]+)?", cell))
    for sid, service in SERVICES.items():
        if not service["naam"].startswith(("=", "+", "-", "@")):
            assert rows[sid]["naam"] == service["naam"]
            assert rows[sid]["aanmelden"] == service["aanmelden"]


def test_fixture_covers_every_payload_in_every_field():
    """Each kind of text field carries every payload in at least one hostile record."""
    gaps = {
        field: [p for p in PAYLOADS if not any(p in value for value in values)]
        for field, values in PAYLOAD_GROUPS.items()
    }
    assert {f: g for f, g in gaps.items() if g} == {}


def test_a_provider_file_name_must_be_an_id(tmp_path):
    """The file name is the provider's id, so it is record text from a pull request too.

    The site uses ids where only an id fits: space-separated in `data-locaties` (the maps),
    unencoded in the GeoJSON URLs that kaart.js accepts only as `[a-z0-9._/-]`, as names of
    the open-data files, and in references (`wie:`, `[[...]]`), whose schema pattern is the
    slug. A name like `Kwaad "x' <b>&amp;.yaml` must be refused by `wegwijzer check`.
    """
    root = tmp_path / "repo"
    root.mkdir()
    copy_repo(root)
    name = "Kwaad \"x' <b>&amp;.yaml"
    shutil.copy(DATA / "bestandsnaam" / "aanbieder.yaml", root / "providers" / name)
    result = subprocess.run(
        [
            str(Path(sys.executable).parent / "wegwijzer"),
            "--root",
            str(root),
            "--datum",
            TODAY,
            "check",
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 1, "a provider file whose name is no id passes the check"
    assert f"providers/{name}:" in result.stdout + result.stderr


def test_hostile_records_fail_only_the_html_rule_of_wegwijzer_check(hostile_build):
    """The payloads fit the schemas; `wegwijzer check` refuses them for their HTML and unsafe
    links alone (records/record_html.py). The site is built behind that rule (the hooks of
    the copy switch it off) to show that the escaping keeps them harmless on its own."""
    check = hostile_build["check"]
    assert check.returncode == 1
    errors = [line for line in check.stdout.splitlines()[:-1] if "(waarschuwing)" not in line]
    assert errors
    rule = ("HTML-code (", "is geen toegestane link", "is geen toegestane bron")
    assert [e for e in errors if not any(r in e for r in rule)] == []
    assert hostile_build["build"].returncode == 0, hostile_build["build"].stderr
