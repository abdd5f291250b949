"""A parent's path through the built site: home -> municipality -> route page with the
route in force and the safety route; the municipality picker; a handbook card."""

from __future__ import annotations

import re

from playwright.sync_api import expect


def test_home_to_municipality_route_page(page, server_url):
    page.goto(server_url)
    expect(page.get_by_role("heading", name="Ik zoek hulp")).to_be_visible()
    expect(page.get_by_role("heading", name="Ik ben professional")).to_be_visible()
    page.locator(".ww-kiezer").get_by_role("link", name="Stein", exact=True).click()
    expect(page).to_have_url(f"{server_url}gemeenten/stein/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Jeugdhulp in Stein")
    now = page.locator(".ww-route-nu")
    expect(now.get_by_role("heading", level=2)).to_contain_text("sinds 1 januari 2017")
    expect(now.locator("ol.ww-route > li")).not_to_have_count(0)
    safety = page.locator(".ww-veilig").first  # on top, before the route (first screen)
    expect(safety.locator('a[href="tel:+318002000"]')).to_have_text("0800-2000")
    expect(safety.locator('a[href="tel:112"]')).to_have_text("112")
    expect(safety).to_contain_text("Veilig Thuis")
    # the earlier route is there, folded away
    history = page.locator("details.ww-route-oud")
    expect(history.first.locator("summary")).to_contain_text("tot 1 januari 2017")
    expect(history.first.locator(".ww-samenvatting")).not_to_be_visible()


def test_municipality_picker_navigates(page, server_url):
    page.goto(server_url)
    form = page.locator("form[data-ww-kiezer]")
    expect(form).to_be_visible()  # revealed by wegwijzer.js
    page.get_by_label("Kies uw gemeente").select_option(label="Zoetermeer")
    form.get_by_role("button").click()
    expect(page).to_have_url(f"{server_url}gemeenten/zoetermeer/")
    expect(page.locator(".ww-route-nu h2")).to_contain_text("sinds 1 januari 2018")


def test_picker_list_works_without_javascript(browser, server_url):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(server_url)
        expect(page.locator("form[data-ww-kiezer]")).to_be_hidden()
        page.locator(".ww-kiezer").get_by_role("link", name="Lelystad", exact=True).click()
        expect(page.get_by_role("heading", level=1)).to_have_text("Jeugdhulp in Lelystad")
    finally:
        context.close()


def test_handbook_reference_renders_as_a_card(page, server_url):
    page.goto(f"{server_url}handboek/poh-jeugd/")
    card = page.locator('.ww-kaart[data-record="sgz-poh-jeugd/poh-jeugd"]')
    expect(card).to_be_visible()
    expect(card.locator(".ww-kaart-naam")).to_have_text(
        "Praktijkondersteuner Huisarts Jeugd (POH Jeugd)"
    )
    expect(card.locator(".ww-kaart-van")).to_contain_text("SGZ")
    other = page.locator('.ww-kaart[data-record="cjg-kennemerland/praktijkondersteuner-jeugd"]')
    expect(other.locator('a[href^="tel:"]')).to_have_count(1)
    card.locator(".ww-kaart-naam a").click()
    expect(page).to_have_url(f"{server_url}diensten/sgz-poh-jeugd/poh-jeugd/")
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Praktijkondersteuner Huisarts Jeugd (POH Jeugd)"
    )


def test_service_page_facts(page, server_url):
    page.goto(f"{server_url}diensten/cjg-lelystad/zwangerschap/")
    expect(page.locator("dl.ww-feiten").first).to_contain_text("0320-276000")  # phone first
    facts = page.locator("#voor-wie + dl.ww-feiten")
    expect(facts).to_contain_text("vanaf de zwangerschap")
    expect(facts).to_contain_text("Vrij toegankelijk")
    expect(page.locator(".ww-record-voet")).to_contain_text("Laatst gecontroleerd op")
    # "Meld een fout" needs no account: a mailto: to the editors with the record id (issue 13)
    report = page.get_by_role("link", name="Meld een fout")
    expect(report).to_have_attribute("href", re.compile(r"^mailto:"))
    expect(report).to_have_attribute(
        "href", re.compile(r"subject=Fout%20in%20cjg-lelystad/zwangerschap&")
    )
    # the editors' link to the YAML file is there, hidden until the editors' view is on
    expect(page.get_by_role("link", name="Wijzig deze gegevens")).to_be_hidden()
    page.goto(page.url + "?redactie")
    expect(page.get_by_role("link", name="Wijzig deze gegevens")).to_have_attribute(
        "href", "https://github.com/wegwijzer-jeugd/wegwijzer/edit/main/providers/cjg-lelystad.yaml"
    )
    page.goto(page.url.split("?")[0] + "?redactie=uit")
