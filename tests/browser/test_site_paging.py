"""A long overview list over several pages, in the real site and in Chromium.

The repository's records fit on one page per list; this site is built with a tiny page
budget (an extra hook in a copy of the repository sets `paging.BUDGET`), so its age-group
pages, CJG-locaties, the providers list and the overview map's list run over several pages,
as they do at national scale. A parent reaches every page with links alone (also without
JavaScript), at 320 px, and axe finds nothing.
"""

from __future__ import annotations

import re

import pytest
from conftest import axe_violations, served_copy
from playwright.sync_api import expect

SMALL = """\
from wegwijzer.blocks import paging


def on_config(config):
    paging.BUDGET = 1200
    return config
"""


@pytest.fixture(scope="module")
def paged_url(tmp_path_factory):
    from conftest import ROOT

    config = (ROOT / "mkdocs.yml").read_text("utf-8")
    config = config.replace(
        "  - hooks/wegwijzer_hooks.py", "  - hooks/klein_budget.py\n  - hooks/wegwijzer_hooks.py"
    )
    files = {"hooks/klein_budget.py": SMALL, "mkdocs.yml": config}
    with served_copy(tmp_path_factory, "paginas", files) as url:
        yield url


@pytest.mark.parametrize(
    "path",
    ["sociale-kaart/leeftijd/4-12/", "cjg-locaties/", "aanbieders/"],
)
def test_every_page_of_a_long_list_is_linked_and_accessible(page, paged_url, path):
    page.set_viewport_size({"width": 320, "height": 700})
    page.goto(paged_url + path)
    nav = page.locator("nav.ww-paginas")
    expect(nav).to_contain_text("Dit is pagina 1.")
    links = nav.locator("a")
    count = links.count()
    assert count >= 1
    assert axe_violations(page) == []
    # nothing sticks out at 320 px
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    # the last page, by its link; it names itself and links back to the first
    links.nth(count - 1).click()
    expect(page.locator("nav.ww-paginas [aria-current=page]")).to_contain_text(f"{count + 1}:")
    expect(page).to_have_title(re.compile(f"pagina {count + 1} van {count + 1}"))
    assert axe_violations(page) == []
    page.locator("nav.ww-paginas a").first.click()
    expect(page.locator("nav.ww-paginas [aria-current=page]")).to_contain_text("1:")
    # and page 1 leads on with "Volgende pagina"
    page.get_by_role("link", name="Volgende pagina").first.click()
    expect(page.locator("nav.ww-paginas [aria-current=page]")).to_contain_text("2:")


def test_the_overview_maps_list_pages_work_without_javascript(browser, paged_url):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 320, "height": 700})
    page = context.new_page()
    try:
        page.goto(paged_url + "sociale-kaart/kaart/")
        nav = page.locator("noscript nav.ww-paginas, nav.ww-paginas").first
        expect(nav).to_be_visible()
        page.get_by_role("link", name="Volgende pagina").first.click()
        assert page.url.endswith("sociale-kaart/kaart/2/")
        expect(page.locator("h1")).to_contain_text("pagina 2 van")
        assert page.locator("ul.wwk-lijst > li").count() > 0
        page.get_by_role("link", name="Terug naar de kaart").click()
        assert page.url.endswith("sociale-kaart/kaart/")
    finally:
        context.close()
