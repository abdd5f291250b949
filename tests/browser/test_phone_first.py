"""Phone first: every `tel:` link of the built site dials; on a 360x740 phone (and at 320 px)
the phone number and "Hoe meld ik me aan?" are on the first screen of provider and service
pages, the safety box on the first screen of a route page; phone links are at least 44x44 px
and never wrapped."""

from __future__ import annotations

import re

import phonenumbers
import pytest
from phonenumbers import shortnumberinfo

TEL = re.compile(r"[\"']tel:([^\"'<>\s\\]*)[\"']")  # an href or a JSON string


def dials(target: str) -> bool:
    """A tel: target a phone dials from the Netherlands, by phonenumbers' rules."""
    if target.startswith("+"):
        number = phonenumbers.parse(target)
        return phonenumbers.is_valid_number(number) and not target.startswith("+3114")
    if not target.isdigit():
        return False
    number = phonenumbers.parse(target, "NL")
    if phonenumbers.is_valid_number(number):
        # Only numbers without an international form (14-numbers) are written nationally.
        return not phonenumbers.can_be_internationally_dialled(number)
    return shortnumberinfo.is_valid_short_number(number)


def test_every_tel_link_in_the_site_dials(site_dir):
    seen: dict[str, str] = {}
    for path in site_dir.rglob("*"):
        if path.suffix not in (".html", ".json", ".geojson") or not path.is_file():
            continue
        for target in TEL.findall(path.read_text("utf-8", errors="replace")):
            seen.setdefault(target, path.relative_to(site_dir).as_posix())
    assert "14079" in seen  # Zoetermeer's 14-number, without +31
    assert "112" in seen and "+318002000" in seen
    wrong = {t: where for t, where in seen.items() if not dials(t)}
    assert wrong == {}


FIRST_SCREEN = [
    ("aanbieders/cjg-westelijke-mijnstreek/", ".ww-record a[href^='tel:']"),
    ("diensten/cjg-lelystad/zwangerschap/", ".ww-record a[href^='tel:']"),
    ("diensten/cjg-lelystad/zwangerschap/", "#aanmelden"),
    ("gemeenten/heemstede/", ".ww-veilig"),
    ("gemeenten/stein/", ".ww-veilig a[href='tel:112']"),
    ("gemeenten/zoetermeer/", ".ww-veilig a[href='tel:+318002000']"),
]


@pytest.mark.parametrize("width", [360, 320])
@pytest.mark.parametrize(("path", "selector"), FIRST_SCREEN)
def test_on_the_first_screen(browser, server_url, width, path, selector):
    context = browser.new_context(viewport={"width": width, "height": 740}, locale="nl-NL")
    page = context.new_page()
    page.goto(server_url + path)
    box = page.locator(selector).first.bounding_box()
    context.close()
    assert box is not None
    assert box["y"] + min(box["height"], 44) <= 740, (path, selector, box)


@pytest.mark.parametrize("width", [360, 320])
@pytest.mark.parametrize(
    "path",
    [
        "aanbieders/cjg-westelijke-mijnstreek/",
        "diensten/cjg-lelystad/zwangerschap/",
        "gemeenten/zoetermeer/",
        "gemeenten/stein/",
    ],
)
def test_phone_links_are_big_and_never_wrapped(browser, server_url, width, path):
    context = browser.new_context(viewport={"width": width, "height": 740}, locale="nl-NL")
    page = context.new_page()
    page.goto(server_url + path)
    page.evaluate("() => document.querySelectorAll('details').forEach(d => d.open = true)")
    links = page.evaluate(
        """() => [...document.querySelectorAll('main a[href^="tel:"]')]
          .filter(a => a.offsetParent !== null)
          .map(a => { const r = a.getBoundingClientRect();
            return {text: a.textContent, w: r.width, h: r.height,
                    lines: a.getClientRects().length}; })"""
    )
    context.close()
    assert len(links) >= 2
    small = [link for link in links if link["w"] < 44 or link["h"] < 44]
    wrapped = [link for link in links if link["lines"] != 1 or link["h"] > 50]
    assert small == [] and wrapped == []
