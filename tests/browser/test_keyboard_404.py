"""Keyboard and the Dutch 404: a skip link is the first focusable element of every page kind,
focus never lands on an invisible element, and a missing page says so in Dutch with the
search box, the emergency numbers and every municipality (at 360x740 and 320 px)."""

from __future__ import annotations

import re

import pytest
from conftest import axe_violations

PAGES = [
    "",  # home
    "aanbieders/cjg-westelijke-mijnstreek/",  # provider
    "diensten/cjg-lelystad/zwangerschap/",  # service
    "gemeenten/stein/",  # route
    "gemeenten/",
    "cjg-locaties/",
    "handboek/poh-jeugd/",  # a handbook page (Material's own skip link)
    "sociale-kaart/",
    "sociale-kaart/kaart/",
    "sociale-kaart/zoeken/",
    "aanbieders/",
    "open-data/",
]

FOCUSED = """() => { const e = document.activeElement; const r = e.getBoundingClientRect();
  const s = getComputedStyle(e);
  return {tag: e.tagName, cls: e.className && String(e.className), href: e.getAttribute('href'),
          text: (e.textContent || e.getAttribute('aria-label') || '').trim().slice(0, 40),
          w: r.width, h: r.height, visible: e.checkVisibility({visibilityProperty: true,
          opacityProperty: true}), outline: s.outlineStyle + ' ' + s.outlineWidth}; }"""


@pytest.mark.parametrize("width", [360, 320])
@pytest.mark.parametrize("path", PAGES)
def test_skip_link_first_and_focus_always_visible(browser, server_url, width, path):
    context = browser.new_context(viewport={"width": width, "height": 740}, locale="nl-NL")
    page = context.new_page()
    page.goto(server_url + path)
    page.keyboard.press("Tab")
    first = page.evaluate(FOCUSED)
    target = page.evaluate(
        "() => { const h = document.activeElement.getAttribute('href') || '';"
        " return h.startsWith('#') && !!document.getElementById(decodeURIComponent(h.slice(1))); }"
    )
    seen = [first]
    for _ in range(11):
        page.keyboard.press("Tab")
        seen.append(page.evaluate(FOCUSED))
    context.close()
    assert "md-skip" in first["cls"] and target, first
    assert first["w"] > 0 and first["h"] > 0  # shown when focused
    # (the skip link fades in with a transition: its size is checked above)
    hidden = [
        f
        for f in seen
        if "md-skip" not in f["cls"] and (not f["visible"] or f["w"] == 0 or f["h"] == 0)
    ]
    assert hidden == []


def serve_like_a_host(context, site_dir, base):
    """Serve the site under /wegwijzer/ (its site_url) and answer a missing page with
    404.html and status 404, as a real host does."""
    prefix = re.escape(base) + "wegwijzer/"

    def handle(route):
        rel = route.request.url.split("/wegwijzer/", 1)[1].split("?")[0].split("#")[0]
        target = site_dir / rel
        if target.is_dir():
            target = target / "index.html"
        if target.is_file():
            route.fulfill(path=str(target))
        else:
            route.fulfill(status=404, path=str(site_dir / "404.html"))

    context.route(re.compile(prefix + ".*"), handle)


@pytest.mark.parametrize("width", [360, 320])
def test_dutch_404_with_a_way_on(browser, server_url, site_dir, width):
    context = browser.new_context(viewport={"width": width, "height": 740}, locale="nl-NL")
    serve_like_a_host(context, site_dir, server_url)
    page = context.new_page()
    response = page.goto(server_url + "wegwijzer/bestaat-niet/")
    assert response.status == 404
    assert page.locator("h1").inner_text() == "Deze pagina bestaat niet (meer)"
    assert "Not found" not in page.content()
    assert page.locator("a[href='tel:112']").count() == 1
    assert page.locator("a[href='tel:+318002000']").count() == 1
    assert page.locator(".ww-404-gemeenten a").count() >= 10
    assert page.evaluate("document.documentElement.scrollWidth") <= width  # no sideways scroll
    assert axe_violations(page) == []
    page.locator("#ww-404-q").fill("opvoeden")
    page.locator("#ww-404-q").press("Enter")
    page.wait_for_url(re.compile(r"sociale-kaart/zoeken/"))
    page.goto(server_url + "wegwijzer/bestaat-niet/")
    page.locator(".ww-404-gemeenten a", has_text="Stein").click()
    page.wait_for_load_state("load")
    assert page.locator("h1").inner_text() == "Jeugdhulp in Stein"
    context.close()


def tab_to(page, wanted: str, seen: list[dict], limit: int) -> int:
    """Press Tab until the element matching the CSS selector `wanted` has focus; every focused
    element is recorded in `seen`. Returns the number of Tabs (at most `limit`)."""
    for count in range(1, limit + 1):
        page.keyboard.press("Tab")
        seen.append(page.evaluate(FOCUSED))
        if page.evaluate("(s) => document.activeElement.matches(s)", wanted):
            return count
    path = [(f["tag"], f["href"], f["text"]) for f in seen]
    raise AssertionError(f"{wanted} niet bereikt in {limit} Tabs: {path}")


FOCUS_RING = """() => { const e = document.activeElement; const s = getComputedStyle(e);
  const ring = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1;
  const shadow = s.boxShadow && s.boxShadow !== 'none';
  return ring || shadow; }"""


@pytest.mark.parametrize("width", [360, 320])
def test_home_search_result_phone_in_at_most_15_tabs(browser, server_url, width):
    """A parent with only a keyboard: from the home page through the header's search box to
    the first result and its phone number. Typing and Enter do not count; Tabs do."""
    context = browser.new_context(viewport={"width": width, "height": 740}, locale="nl-NL")
    page = context.new_page()
    page.goto(server_url)
    seen: list[dict] = []
    rings: list[bool] = []
    tabs = tab_to(page, "#ww-kopzoek-q", seen, 15)
    rings.append(page.evaluate(FOCUS_RING))
    page.keyboard.type("opvoeden")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"sociale-kaart/zoeken/\?q=opvoeden"))
    page.wait_for_selector("#ww-resultaten li h3 a")
    first = page.locator("#ww-resultaten li h3 a").first.evaluate("a => a.href")
    tabs += tab_to(page, "#ww-resultaten li:first-child h3 a", seen, 15 - tabs)
    rings.append(page.evaluate(FOCUS_RING))
    page.keyboard.press("Enter")
    page.wait_for_url(first)  # the result's own page
    tabs += tab_to(page, "a[href^='tel:']", seen, 15 - tabs)
    rings.append(page.evaluate(FOCUS_RING))
    phone = page.evaluate("document.activeElement.getAttribute('href')")
    context.close()
    assert phone.startswith("tel:") and tabs <= 15, (tabs, seen)
    assert all(rings)  # the focus ring shows where the reader is
    # never on an invisible element (the skip link fades in: its size counts, see above)
    assert [f for f in seen if f["w"] == 0 or f["h"] == 0] == []
    assert [f for f in seen if not f["visible"] and "md-skip" not in f["cls"]] == []
