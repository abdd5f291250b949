"""The search page in Chromium, on the site built from this repository.

Expectations are computed in Python from the shards the build wrote (lunr.py through
`search_pipeline.search`), so the browser must show what Python finds, in the same order:
type a query, choose facets and see results and counts; the state in the URL round-trips and
the back button restores it; a postcode selects its municipality; "nu open" filters by the
clock; axe finds nothing; without JavaScript the list per municipality remains; from a
subfolder everything still loads; a hostile record executes nothing in results or
suggestions.
"""

from __future__ import annotations

import json
import re
from urllib.parse import parse_qs, urlsplit

import pytest
from conftest import HOOKS_BEHIND_THE_CHECK, axe_violations, serve, served_copy
from playwright.sync_api import expect

from wegwijzer.search import order
from wegwijzer.search import pipeline as sp
from wegwijzer.search.unpack import unpack

ZOEK = "sociale-kaart/zoeken/"
MONDAY_MORNING = "2026-11-23T10:00:00+01:00"


# --- helpers ----------------------------------------------------------------------------------


def manifest(site) -> dict:
    html = (site / "sociale-kaart" / "zoeken" / "index.html").read_text("utf-8")
    data = re.search(
        r'<script type="application/json" id="ww-zoek-gegevens">(.*?)</script>', html, re.S
    )
    return json.loads(data.group(1))


def shard(site, code: str) -> dict:
    """The municipality's shard, expanded from its search file (``search.unpack``)."""
    entry = next(m for m in manifest(site)["gemeenten"] if m["code"] == code)
    data = json.loads((site / "sociale-kaart" / "zoekindex" / entry["shard"]).read_text("utf-8"))
    return unpack(data, code)


def expected_names(site, code: str, query: str, keep=None) -> list[str]:
    """What the page must list: Python's ranking in the page's order (`search.order`: own
    municipality first, services first); without a query the services by name. With a filter
    `keep` (a facet), only services: the facets are about them."""
    data = shard(site, code)
    docs = data["documents"]
    if query:
        hits = sp.search(data["index"], query, manifest(site)["synoniemen"])
        ranked = [docs[ref] for ref in order.ordered(hits, docs, query)]
    else:
        services = [d for d in docs.values() if not d.get("soort")]
        ranked = sorted(services, key=lambda d: (d["naam"].casefold(), d["url"]))
        ranked.sort(key=lambda d: not d["eigen"])  # stable: by name within each group
    if keep is not None:
        ranked = [d for d in ranked if not d.get("soort") and keep(d)]
    return [d["naam"] for d in ranked]


def municipality(site, name: str) -> dict:
    return next(m for m in manifest(site)["gemeenten"] if m["naam"] == name)


def wait(page, **params: str) -> None:
    """Until the URL holds `params` and the search for it is on the page."""
    page.wait_for_function(
        """(wanted) => {
            const params = new URLSearchParams(location.search);
            for (const [key, value] of Object.entries(wanted)) {
                if ((params.get(key) || '') !== value) return false;
            }
            return document.getElementById('ww-uitkomst').dataset.klaar === 'ja';
        }""",
        arg=params,
    )


def names(page) -> list[str]:
    return page.locator("#ww-resultaten .ww-resultaat-naam").all_inner_texts()


def all_names(page) -> list[str]:
    while page.locator("#ww-meer").is_visible():
        page.click("#ww-meer")
    return names(page)


def url_state(page) -> dict:
    return {k: v[0] for k, v in parse_qs(urlsplit(page.url).query).items()}


def option_text(page, select: str, value: str) -> str:
    return page.locator(f"#{select} option[value='{value}']").inner_text()


# --- typing, facets, counts ---------------------------------------------------------------------


def test_type_a_query_choose_facets_and_see_results_and_counts(page, server_url, site_dir):
    heemstede = municipality(site_dir, "Heemstede")["code"]
    page.goto(server_url + ZOEK)
    expect(page.locator("#ww-zoekformulier")).to_be_visible()
    expect(page.locator("#ww-zonder-script")).to_be_hidden()
    expect(page.locator("#ww-status")).to_contain_text("Kies uw gemeente")

    page.select_option("#ww-gemeente", heemstede)
    wait(page, gemeente=heemstede)
    every = expected_names(site_dir, heemstede, "")
    assert all_names(page) == every  # an empty query lists everything, own municipality first
    expect(page.locator("#ww-status")).to_contain_text(f"{len(every)} resultaten")

    page.fill("#ww-q", "scheiding")
    wait(page, gemeente=heemstede, q="scheiding")
    found = expected_names(site_dir, heemstede, "scheiding")
    assert found and names(page) == found[:30]
    assert "Coaching, gesprekken en hulp op maat" in found  # says "scheiding"; theme echtscheiding

    # Counts per facet value, over the current results that are services.
    found = expected_names(site_dir, heemstede, "scheiding", lambda d: True)
    docs = {
        d["naam"]: d for d in shard(site_dir, heemstede)["documents"].values() if not d.get("soort")
    }
    divorce = [n for n in found if "echtscheiding" in docs[n]["themas"]]
    assert option_text(page, "ww-thema", "echtscheiding").endswith(f"({len(divorce)})")
    assert option_text(page, "ww-thema", "").endswith(f"({len(found)})")
    free = [n for n in found if docs[n]["toegang"] == "vrij-toegankelijk"]
    assert option_text(page, "ww-toegang", "vrij-toegankelijk").endswith(f"({len(free)})")

    page.select_option("#ww-thema", "echtscheiding")
    wait(page, gemeente=heemstede, q="scheiding", thema="echtscheiding")
    assert names(page) == divorce
    expect(page.locator("#ww-status")).to_contain_text(f"{len(divorce)} resulta")

    # Age 8: the services whose range holds it; prenatal: those that start before birth.
    page.select_option("#ww-thema", "")
    page.fill("#ww-q", "")
    page.select_option("#ww-leeftijd", "8")
    wait(page, gemeente=heemstede, q="", leeftijd="8", thema="")

    def age(year):
        return lambda d: (
            not d["leeftijd"]
            or (
                (d["leeftijd"][0] is None or d["leeftijd"][0] <= year * 12 + 11)
                and (d["leeftijd"][1] is None or d["leeftijd"][1] >= year * 12)
            )
        )

    eight = expected_names(site_dir, heemstede, "", age(8))
    assert all_names(page) == eight
    for year in (0, 8, 17, 23):  # counts per age over the results without the age filter
        count = len(expected_names(site_dir, heemstede, "", age(year)))
        assert option_text(page, "ww-leeftijd", str(year)).endswith(f"({count})"), year
    page.select_option("#ww-leeftijd", "zwanger")
    wait(page, gemeente=heemstede, leeftijd="zwanger")
    prenatal = expected_names(
        site_dir,
        heemstede,
        "",
        lambda d: not d["leeftijd"] or d["leeftijd"][0] is None or d["leeftijd"][0] < 0,
    )
    assert all_names(page) == prenatal and prenatal != every


def test_cards(page, server_url, site_dir):
    heemstede = municipality(site_dir, "Heemstede")["code"]
    page.goto(f"{server_url}{ZOEK}?gemeente={heemstede}&q=coaching")
    wait(page, gemeente=heemstede, q="coaching")
    card = page.locator("#ww-resultaten li").first
    expect(card.locator("h3 a")).to_have_text("Coaching, gesprekken en hulp op maat")
    expect(card.locator(".ww-resultaat-van")).to_have_text("CJG Heemstede")
    expect(card.locator(".ww-resultaat-waar")).to_contain_text("CJG Heemstede")
    expect(card.locator("a.ww-resultaat-bel")).to_have_attribute("href", "tel:+31235485600")
    card.locator("h3 a").click()
    page.wait_for_load_state("load")
    assert page.url == server_url + "diensten/cjg-heemstede/coaching-en-gesprekken/"


# --- the URL ------------------------------------------------------------------------------------


def test_the_url_round_trips_and_the_back_button_restores(page, server_url, site_dir):
    heemstede = municipality(site_dir, "Heemstede")["code"]
    page.goto(f"{server_url}{ZOEK}?q=scheiding&gemeente={heemstede}&voor=ouders")
    wait(page, q="scheiding", gemeente=heemstede, voor="ouders")
    expect(page.locator("#ww-q")).to_have_value("scheiding")
    expect(page.locator("#ww-gemeente")).to_have_value(heemstede)
    expect(page.locator("#ww-voor")).to_have_value("ouders")
    shared = names(page)
    assert shared == expected_names(
        site_dir, heemstede, "scheiding", lambda d: "ouders" in d["voor"]
    )
    expect(page.locator("#ww-kopzoek-q")).to_have_value("")  # the header box keeps its own text

    page.select_option("#ww-toegang", "verwijzing")
    wait(page, q="scheiding", toegang="verwijzing")
    page.select_option("#ww-kosten", "gratis")
    wait(page, kosten="gratis", toegang="verwijzing")
    page.go_back()
    wait(page, q="scheiding", toegang="verwijzing", kosten="")
    expect(page.locator("#ww-kosten")).to_have_value("")
    page.go_back()
    wait(page, q="scheiding", gemeente=heemstede, voor="ouders", toegang="")
    expect(page.locator("#ww-toegang")).to_have_value("")
    assert names(page) == shared
    page.go_forward()
    wait(page, toegang="verwijzing")
    expect(page.locator("#ww-toegang")).to_have_value("verwijzing")

    # The same state typed in by hand gives the same URL and results.
    other = page.context.new_page()
    other.goto(server_url + ZOEK)
    other.select_option("#ww-gemeente", heemstede)
    other.select_option("#ww-voor", "ouders")
    other.fill("#ww-q", "scheiding")
    wait(other, q="scheiding", gemeente=heemstede, voor="ouders")
    assert url_state(other) == {"q": "scheiding", "gemeente": heemstede, "voor": "ouders"}
    assert names(other) == shared


def test_a_theme_page_opens_the_search_on_its_theme(page, server_url, site_dir):
    heemstede = municipality(site_dir, "Heemstede")["code"]
    page.goto(f"{server_url}sociale-kaart/thema/echtscheiding/")
    page.get_by_role("link", name="Zoek dit aanbod bij u in de buurt").click()
    page.wait_for_url(f"{server_url}{ZOEK}?thema=echtscheiding")
    wait(page, thema="echtscheiding")
    expect(page.locator("#ww-thema")).to_have_value("echtscheiding")
    page.select_option("#ww-gemeente", heemstede)
    wait(page, thema="echtscheiding", gemeente=heemstede)
    found = expected_names(site_dir, heemstede, "", lambda d: "echtscheiding" in d["themas"])
    assert found and all_names(page) == found


def test_unknown_values_in_the_url_are_dropped(page, server_url):
    page.goto(f"{server_url}{ZOEK}?gemeente=GM9999&thema=%3Cscript%3E&open=ja&q=ouders")
    wait(page, q="ouders")
    assert url_state(page) == {"q": "ouders"}
    expect(page.locator("#ww-gemeente")).to_have_value("")


# --- postcode -----------------------------------------------------------------------------------


def test_a_postcode_selects_its_municipality(page, server_url, site_dir):
    heemstede = municipality(site_dir, "Heemstede")
    low = heemstede["postcodes"][0][0]
    page.goto(server_url + ZOEK)
    page.fill("#ww-postcode", f"{low} AB")
    wait(page, gemeente=heemstede["code"], postcode=f"{low} AB")
    expect(page.locator("#ww-gemeente")).to_have_value(heemstede["code"])
    expect(page.locator("#ww-postcode-melding")).to_have_text(
        f"Postcode {low} hoort bij de gemeente Heemstede."
    )
    assert names(page)

    page.fill("#ww-postcode", "9999")
    page.press("#ww-postcode", "Enter")
    expect(page.locator("#ww-postcode-melding")).to_contain_text("Postcode 9999 kennen we niet")
    page.fill("#ww-postcode", "12")
    page.press("#ww-postcode", "Enter")
    expect(page.locator("#ww-postcode-melding")).to_contain_text("vier cijfers")

    # From a shared URL, and when another municipality is chosen the postcode goes.
    other = next(m for m in manifest(site_dir)["gemeenten"] if m["code"] != heemstede["code"])
    page.goto(f"{server_url}{ZOEK}?postcode={other['postcodes'][0][1]}")
    wait(page, gemeente=other["code"])
    page.select_option("#ww-gemeente", heemstede["code"])
    wait(page, gemeente=heemstede["code"], postcode="")
    expect(page.locator("#ww-postcode")).to_have_value("")


# --- before a municipality: the whole catalogue (the sample site fits the budget) ---------------


def test_the_whole_catalogue_before_a_municipality(page, server_url):
    page.goto(server_url + ZOEK)
    page.fill("#ww-q", "jongeren")
    wait(page, q="jongeren")
    expect(page.locator("#ww-status")).to_contain_text("in het hele aanbod")
    expect(page.locator("#ww-status")).to_contain_text("Kies uw gemeente")
    items = page.locator('#ww-resultaten .ww-resultaat[data-soort="dienst"]')
    assert items.count() >= 1
    hrefs = items.locator("h3 a").evaluate_all("l => l.map(a => a.getAttribute('href'))")
    assert hrefs and all(
        re.fullmatch(r"\.\./\.\./diensten/[a-z0-9-]+/[a-z0-9-]+/", h) for h in hrefs
    )
    page.click('#ww-resultaten .ww-resultaat[data-soort="dienst"] h3 a >> nth=0')
    page.wait_for_load_state("load")
    assert "/diensten/" in page.url


# --- nu open ------------------------------------------------------------------------------------


def test_nu_open_is_decided_by_the_clock(page, server_url, site_dir):
    heemstede = municipality(site_dir, "Heemstede")["code"]
    page.clock.set_fixed_time(MONDAY_MORNING)
    page.goto(f"{server_url}{ZOEK}?gemeente={heemstede}")
    wait(page, gemeente=heemstede)
    count = int(re.search(r"\((\d+)\)", page.locator("#ww-open-label").inner_text()).group(1))
    assert count >= 1
    page.check("#ww-open")
    wait(page, open="1")
    assert len(all_names(page)) == count
    statuses = page.locator("#ww-resultaten .nu-open").evaluate_all(
        "s => s.map(x => x.dataset.status)"
    )
    assert statuses and set(statuses) == {"open"}

    page.clock.set_fixed_time("2026-11-22T03:00:00+01:00")  # Sunday night
    page.reload()
    wait(page, open="1")
    assert len(names(page)) < count


# --- accessibility, no JavaScript, subfolder ------------------------------------------------------


def test_axe(page, server_url, site_dir):
    heemstede = municipality(site_dir, "Heemstede")["code"]
    page.clock.set_fixed_time(MONDAY_MORNING)
    page.goto(f"{server_url}{ZOEK}?q=opvoeden&gemeente={heemstede}&postcode=2101")
    wait(page, q="opvoeden")
    assert names(page)
    assert axe_violations(page) == []
    page.goto(server_url + ZOEK)
    page.fill("#ww-q", "jongeren")
    wait(page, q="jongeren")
    assert axe_violations(page) == []


def test_without_javascript_the_list_per_municipality_remains(browser, server_url, site_dir):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(server_url + ZOEK)
        expect(page.locator("#ww-zoekformulier")).to_be_hidden()
        fallback = page.locator("#ww-zonder-script")
        expect(fallback).to_be_visible()
        link = fallback.get_by_role("link", name="Aanbod in Heemstede")
        expect(link).to_have_attribute("href", "../../gemeenten/heemstede/#aanbod")
        link.click()
        page.wait_for_load_state("load")
        expect(page.locator("#aanbod")).to_be_visible()
        assert page.locator("#aanbod ~ ul a, .ww-aanbod a").count() >= 1
    finally:
        context.close()


def test_works_from_a_subfolder(page, site_dir, tmp_path):
    (tmp_path / "wegwijzer").symlink_to(site_dir, target_is_directory=True)
    url, server = serve(tmp_path)
    try:
        heemstede = municipality(site_dir, "Heemstede")["code"]
        page.goto(f"{url}wegwijzer/{ZOEK}?gemeente={heemstede}&q=scheiding")
        wait(page, q="scheiding")
        href = page.locator("#ww-resultaten h3 a").first.evaluate("a => a.href")
        assert href.startswith(f"{url}wegwijzer/diensten/")
    finally:
        server.shutdown()


# --- a hostile record ---------------------------------------------------------------------------

EVIL = (
    "<script>alert('script')</script><img src=x onerror=alert('img')>"
    "<svg onload=alert('svg')>\"'`${alert('template')}`</script><!-- {: onclick=alert('attr') }"
)


def q(value: str) -> str:
    return json.dumps(value, ensure_ascii=False)


HOSTILE = f"""\
# yaml-language-server: $schema=../schemas/provider.schema.json
naam: {q(("Kwaad " + EVIL)[:150])}
soort: welzijn
omschrijving: {q("Kwaad " + EVIL)}
telefoon: "046-4359393"
laatst_gecontroleerd: 2026-10-01
voorbeelddata: true
locaties:
  - id: plek
    naam: {q(("Kwaadplek " + EVIL)[:150])}
    soort: inlooppunt
    adres:
      straat: {q(EVIL[:150])}
      postcode: "6171 GK"
      plaats: {q(EVIL[:80])}
    coordinaten: {{lat: 50.9701, lon: 5.7649}}
    gemeente: GM0971
    openingstijden: "Mo-Fr 08:30-17:00 \\"<script>alert('uren')</script>\\"; PH off"
diensten:
  - id: dienst
    naam: {q(("Kwaaddienst " + EVIL)[:150])}
    omschrijving: {q("Kwaaddienst ${alert(1)} " + EVIL + " [x](javascript:alert('md'))")}
    themas: [opvoeden]
    doelgroep: [ouders]
    toegang: vrij-toegankelijk
    financiering: [gratis]
    locaties: [plek]
    werkgebied: [GM0971]
"""

INJECTED = """() => {
  const bad = [];
  for (const el of document.querySelectorAll('*')) {
    for (const attr of el.getAttributeNames()) {
      if (attr.startsWith('on')) bad.push(el.tagName + '[' + attr + ']');
    }
    const href = el.getAttribute('href') || el.getAttribute('src') || '';
    if (/^\\s*javascript:/i.test(href)) bad.push(el.tagName + ' ' + href);
  }
  for (const el of document.querySelectorAll('#ww-resultaten img, #ww-resultaten svg, '
      + '#ww-resultaten script, #ww-resultaten iframe, img[src="x"]')) {
    bad.push(el.outerHTML.slice(0, 80));
  }
  return bad;
}"""


@pytest.fixture(scope="module")
def hostile_url(tmp_path_factory):
    files = {"providers/hostile.yaml": HOSTILE, "hooks/wegwijzer_hooks.py": HOOKS_BEHIND_THE_CHECK}
    with served_copy(tmp_path_factory, "kwaad-zoeken", files) as url:
        yield url


def test_a_hostile_record_executes_nothing_in_results(page, hostile_url):
    page.clock.set_fixed_time(MONDAY_MORNING)
    page.goto(f"{hostile_url}{ZOEK}?gemeente=GM0971&q=kwaaddienst")
    wait(page, q="kwaaddienst")
    card = page.locator("#ww-resultaten li").first
    expect(card.locator("h3")).to_contain_text("Kwaaddienst <script>alert('script')</script>")
    expect(card.locator(".ww-resultaat-waar")).to_contain_text("Kwaadplek <script>")
    expect(card.locator(".ww-resultaat-tekst")).to_contain_text("${alert(1)} <img src=x")
    assert card.locator("h3 a").get_attribute("href") == "../../diensten/hostile/dienst/"
    page.check("#ww-open")
    wait(page, open="1")
    page.wait_for_timeout(300)
    assert page.evaluate(INJECTED) == []
    assert page.dialogs == []


def test_a_hostile_record_executes_nothing_in_suggestions(page, hostile_url):
    page.goto(hostile_url + ZOEK)
    page.fill("#ww-q", "kwaaddienst")
    wait(page, q="kwaaddienst")
    suggestion = page.locator("#ww-resultaten .ww-resultaat").first
    expect(suggestion).to_contain_text("Kwaaddienst <script>")
    page.wait_for_timeout(300)
    assert page.evaluate(INJECTED) == []
    assert page.dialogs == []
