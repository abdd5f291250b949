"""The print stylesheet puts one route on paper: no header, navigation, sidebars, search,
footer or buttons; the route in force and the safety route stay."""

from __future__ import annotations

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
