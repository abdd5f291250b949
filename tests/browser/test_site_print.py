"""The print stylesheet puts one route on paper: no header, navigation, sidebars, search,
footer or buttons; the route in force and the safety route stay. On A4 (Chromium's PDF, read
back with pypdf) the safety route is on page 1, the earlier route is printed, no heading is
left alone at the bottom of a page and no phone number breaks."""

from __future__ import annotations

import io

import pypdf
import pytest
from playwright.sync_api import expect


def test_print_hides_navigation_and_keeps_the_route(page, server_url):
    page.goto(f"{server_url}gemeenten/stein/")
    expect(page.locator(".md-header")).to_be_visible()
    page.emulate_media(media="print")
    for selector in (
        ".md-header",
        ".md-sidebar--primary",
        ".md-sidebar--secondary",
        ".md-footer",
        ".ww-kopzoek",
        ".md-content__button",
        ".ww-gemeente-aanbod",
    ):
        expect(page.locator(selector).first).to_be_hidden()
    expect(page.locator(".ww-route-nu ol.ww-route")).to_be_visible()
    expect(page.locator(".ww-veilig").first).to_be_visible()
    expect(page.get_by_role("heading", level=1)).to_have_text("Jeugdhulp in Stein")
    # the text says "zie de eerdere route hieronder": on paper the earlier route is there, open
    expect(page.get_by_text("zie de eerdere route hieronder")).to_be_visible()
    old = page.locator("details.ww-route-oud").first
    expect(old).to_be_visible()
    expect(old.locator("ol, p").first).to_be_visible()
    # a tel: link never breaks over two lines on paper
    for link in page.locator("a[href^='tel:']").all()[:20]:
        assert link.evaluate("a => getComputedStyle(a).whiteSpace") == "nowrap"
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF")


def pdf_lines(page) -> list[list[str]]:
    """The text lines of every A4 page Chromium prints, page by page (pypdf reads the PDF)."""
    reader = pypdf.PdfReader(io.BytesIO(page.pdf(format="A4")))
    pages = [[line.strip() for line in p.extract_text().splitlines()] for p in reader.pages]
    # a step's number is drawn by CSS and read out of order: it says nothing about the layout
    return [[line for line in lines if line and not line.isdigit()] for lines in pages]


@pytest.mark.parametrize("width", [360, 320])
@pytest.mark.parametrize(
    "path", ["gemeenten/stein/", "gemeenten/zoetermeer/", "gemeenten/heemstede/"]
)
def test_the_route_on_a4_paper(page, server_url, path, width):
    """What the printed route promises is on paper: the safety route on page 1, the earlier
    route, no heading alone at the bottom of a page, every phone number whole on one line."""
    page.set_viewport_size({"width": width, "height": 740})
    page.goto(server_url + path)
    page.emulate_media(media="print")
    content = page.locator(".md-content")
    headings = [
        " ".join(h.split()) for h in content.locator("h1, h2, h3, h4, summary").all_inner_texts()
    ]
    numbers = set(content.locator("a[href^='tel:']").all_inner_texts())
    earlier = [
        " ".join(s.split()) for s in content.locator(".ww-route-oud > summary").all_inner_texts()
    ]
    pages = pdf_lines(page)
    lines = [line for lines in pages for line in lines]
    first = " ".join(pages[0])
    assert "Is een kind niet veilig?" in first and "112" in first and "0800-2000" in first
    if "gemeenten/heemstede/" not in path:  # Stein and Zoetermeer had an earlier route
        assert earlier
    for title in earlier:  # the earlier route itself, not only its title
        after = " ".join(lines).split(title, 1)
        assert len(after) == 2 and "bel" in after[1], title
    for lines_of_page in pages[:-1]:
        last = lines_of_page[-1]
        alone = [h for h in headings if last == h or h.endswith(" " + last)]
        assert alone == [], (last, len(pages))
    assert numbers and all(any(n in line for line in lines) for n in numbers)
    assert not [line for line in lines if line in (")", "(bel", "(bel)")]
