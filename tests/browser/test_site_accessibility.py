"""Read aloud, every page kind makes sense: axe-core finds no WCAG 2.1 A/AA violations on one
page of every kind, and Playwright's accessibility snapshot of a service, provider and route
page has the landmarks (banner, navigation, main, contentinfo) and a heading outline that a
screen reader can follow (one h1, the page's name, first; no level skipped). At 360x740 and
320 px."""

from __future__ import annotations

import re
from itertools import pairwise

import pytest
from conftest import axe_violations

WIDTHS = [360, 320]
PAGES = [
    "",  # home
    "aanbieders/cjg-westelijke-mijnstreek/",  # provider
    "diensten/cjg-lelystad/zwangerschap/",  # service
    "gemeenten/zoetermeer/",  # route
    "gemeenten/",  # municipality index
    "cjg-locaties/",  # CJG locations
    "handboek/veiligheid-en-meldcode/",  # handbook with cards
    "sociale-kaart/",  # overview
    "sociale-kaart/leeftijd/",
    "sociale-kaart/thema/opvoeden/",
    "sociale-kaart/kaart/",  # overview map
    "sociale-kaart/zoeken/?q=opvoeden",  # search with results
    "aanbieders/",
    "open-data/",
]  # the 404 page: test_keyboard_404.py, served under /wegwijzer/ like a host (its styles)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("path", PAGES)
def test_no_axe_violations(page, server_url, path, width):
    page.set_viewport_size({"width": width, "height": 740})
    page.clock.set_fixed_time("2026-11-23T10:00:00+01:00")
    page.goto(server_url + path)
    page.wait_for_load_state("load")
    if "zoeken" in path:
        page.wait_for_selector("#ww-resultaten li")
    for details in page.locator("details").all():  # check the folded history too
        details.evaluate("d => d.open = true")
    assert axe_violations(page) == []


OUTLINED = {  # page: its h1
    "diensten/cjg-lelystad/zwangerschap/": "Zwanger (min 9 maanden tot de geboorte)",
    "aanbieders/cjg-westelijke-mijnstreek/": "CJG Westelijke Mijnstreek",
    "gemeenten/stein/": "Jeugdhulp in Stein",
}
ROLE = re.compile(r'^(\s*)- (\w+)(?: "((?:[^"\\]|\\.)*)")?(?: \[level=(\d)\])?')


def snapshot_tree(yaml_text: str) -> list[tuple[int, str, str, int | None]]:
    """(indent, role, name, heading level) of every node of an aria snapshot, in order."""
    nodes = []
    for line in yaml_text.splitlines():
        m = ROLE.match(line)
        if m:
            level = int(m[4]) if m[4] else None
            nodes.append((len(m[1]), m[2], m[3] or "", level))
    return nodes


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("path", list(OUTLINED))
def test_landmarks_and_heading_outline_read_aloud(page, server_url, path, width):
    page.set_viewport_size({"width": width, "height": 740})
    page.goto(server_url + path)
    page.wait_for_load_state("load")
    nodes = snapshot_tree(page.locator("body").aria_snapshot())
    top = [(role, name) for indent, role, name, _ in nodes if indent == 0]
    # the skip link, then the landmarks in reading order, each once
    assert top[0] == ("link", "Naar de inhoud"), top
    landmarks = [role for role, _ in top if role in ("banner", "main", "contentinfo")]
    assert landmarks == ["banner", "main", "contentinfo"], top
    names = [name for _, role, name, _ in nodes if role == "navigation"]
    assert names and all(n and n != "Header" for n in names), names  # named, in Dutch
    assert page.locator("footer.md-footer").inner_text().strip()  # the footer says something
    headings = [(level, name) for _, role, name, level in nodes if role == "heading"]
    assert headings[0] == (1, OUTLINED[path]), headings
    assert [h for h in headings if h[0] == 1] == [headings[0]]  # one h1
    assert all(name.strip() for _, name in headings)  # no empty heading
    skipped = [(a, b) for a, b in pairwise(headings) if b[0] > a[0] + 1]
    assert skipped == [], skipped  # h2 after h1, h3 after h2: never a level left out
    assert len(headings) >= 3
