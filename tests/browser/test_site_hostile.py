"""A hostile record (script tags, event handlers, `javascript:` URLs, `</script>`, backticks
and `${}` in every text field) builds into pages where nothing executes.

The record goes into a copy of the repository (providers/hostile.yaml) and is built with
the real MkDocs; the pages that show it are opened in Chromium. Any alert() fails the test
(the `page` fixture records dialogs); no element may come from record text.
"""

from __future__ import annotations

import json

import pytest
from conftest import HOOKS_BEHIND_THE_CHECK, served_copy
from playwright.sync_api import expect

EVIL = (
    "<script>alert('script')</script><img src=x onerror=alert('img')>"
    "<svg onload=alert('svg')>\"'`${alert('template')}`</script><!-- "
    "[klik](javascript:alert('md')) {: onclick=alert('attr') }"
)
MARKDOWN = EVIL + "\n\n[link](javascript:alert('link')) <a href=javascript:alert('a')>a</a>"


def q(value: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(value, ensure_ascii=False)


HOSTILE = f"""\
# yaml-language-server: $schema=../schemas/provider.schema.json
naam: {q(("Kwaad " + EVIL)[:150])}
soort: welzijn
omschrijving: {q(MARKDOWN)}
website: "https://kwaad.example/${{alert(1)}}"
telefoon: "046-4359393"
telefoon_toelichting: {q(EVIL[:200])}
telefoonlijnen:
  - nummer: "0800-2000"
    doel: {q(EVIL[:200])}
    bereikbaar: "24/7"
    crisis: true
laatst_gecontroleerd: 2026-10-01
voorbeelddata: true
bron: {q(EVIL)}
locaties:
  - id: plek
    naam: {q(EVIL[:150])}
    soort: inlooppunt
    omschrijving: {q(EVIL)}
    adres:
      straat: {q(EVIL[:150])}
      postcode: "6171 GK"
      plaats: {q(EVIL[:80])}
    coordinaten: {{lat: 50.9701, lon: 5.7649}}
    gemeente: GM0971
    openingstijden: "Mo-Fr 08:30-17:00 \\"<script>alert('uren')</script>\\"; PH off"
    toegankelijkheid: {q(EVIL)}
diensten:
  - id: dienst
    naam: {q(EVIL[:150])}
    omschrijving: {q(MARKDOWN)}
    themas: [opvoeden]
    doelgroep: [ouders]
    leeftijd: {{van: "-9 maanden", tot: 23}}
    toegang: verwijzing
    verwijzers: [huisarts]
    financiering: [gratis]
    locaties: [plek]
    werkgebied: [GM0971]
    aanmelden: {q(EVIL)}
    website: "https://kwaad.example/dienst?x=${{alert(2)}}"
"""

PAGES = [
    "aanbieders/hostile/",
    "diensten/hostile/dienst/",
    "gemeenten/stein/",
    "cjg-locaties/",
    "aanbieders/",
    "sociale-kaart/thema/opvoeden/",
    "sociale-kaart/leeftijd/zwangerschap/",
]

INJECTED = """() => {
  const bad = [];
  for (const el of document.querySelectorAll('*')) {
    for (const attr of el.getAttributeNames()) {
      if (attr.startsWith('on')) bad.push(el.tagName + '[' + attr + ']');
    }
    const href = el.getAttribute('href') || el.getAttribute('src') || '';
    if (/^\\s*javascript:/i.test(href)) bad.push(el.tagName + ' ' + href);
  }
  for (const el of document.querySelectorAll('img[src="x"], svg[onload], iframe')) {
    bad.push(el.outerHTML.slice(0, 80));
  }
  for (const s of document.querySelectorAll('script')) {
    if (s.textContent.includes("alert(")
        && s.type !== 'application/ld+json' && s.type !== 'application/json') {
      bad.push('script: ' + s.textContent.slice(0, 80));
    }
  }
  return bad;
}"""


@pytest.fixture(scope="module")
def hostile_url(tmp_path_factory):
    files = {"providers/hostile.yaml": HOSTILE, "hooks/wegwijzer_hooks.py": HOOKS_BEHIND_THE_CHECK}
    with served_copy(tmp_path_factory, "kwaad", files) as url:
        yield url


@pytest.mark.parametrize("path", PAGES)
def test_nothing_executes(page, hostile_url, path):
    page.goto(hostile_url + path)
    page.wait_for_load_state("load")
    for details in page.locator("details").all():
        details.evaluate("d => d.open = true")
    page.wait_for_timeout(200)
    assert page.evaluate(INJECTED) == []
    assert page.dialogs == []


def test_hostile_text_is_shown_as_text(page, hostile_url):
    page.goto(hostile_url + "aanbieders/hostile/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Kwaad <script>")
    assert "<script>alert('script')</script>" in page.title()
    # the JSON-LD holds the text and still parses
    data = json.loads(page.locator('script[type="application/ld+json"]').text_content())
    assert data["name"].startswith("Kwaad <script>")
    # a website with ${} stays an inert link
    for href in page.locator('a[href*="kwaad.example"]').evaluate_all("a => a.map(x => x.href)"):
        assert href.startswith("https://kwaad.example/")
    status = page.locator(".nu-open:not([data-soort])")
    expect(status).to_be_visible()


def test_search_shows_the_record_without_running_it(page, hostile_url):
    page.goto(hostile_url)
    # the header's box opens the site search with the words
    page.locator("#ww-kopzoek-q").fill("Kwaad")
    page.locator("#ww-kopzoek-q").press("Enter")
    page.wait_for_function("document.getElementById('ww-uitkomst')?.dataset.klaar === 'ja'")
    expect(page.locator("#ww-resultaten .ww-resultaat").first).to_be_visible()
    page.wait_for_timeout(300)
    assert page.evaluate(INJECTED) == []


def test_the_check_refuses_the_hostile_record_first(tmp_path):
    """In front of the escaping: `wegwijzer check` reports the HTML and the unsafe links."""
    from fixtures import TODAY, basis_repo

    from wegwijzer.check import check_repository

    root = basis_repo(tmp_path / "repo")
    (root / "providers" / "hostile.yaml").write_text(HOSTILE, encoding="utf-8")
    _, problems = check_repository(root, today=TODAY)
    html = [p for p in problems if p.path == "providers/hostile.yaml" and "HTML-code" in p.message]
    assert {p.field for p in html} >= {"naam", "omschrijving", "diensten[0].omschrijving"}
    assert all(p.is_error and p.line > 1 for p in html)
