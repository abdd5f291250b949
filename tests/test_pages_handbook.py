"""The open handbook: `[[id]]` references become cards (alone on a line) or links (in a
sentence); an unknown id is a Problem with file, line and column; code is left alone."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from wegwijzer.pages.handbook import handbook_problems, render, render_page, sources_in
from wegwijzer.records.catalog import load_catalog
from wegwijzer.records.model import Catalog, Location, Provider, Service

ROOT = Path(__file__).resolve().parent.parent
TODAY = dt.date(2026, 11, 22)


def small_catalog() -> Catalog:
    catalog = Catalog(today=TODAY)
    service = Service(
        id="sgz/poh-jeugd",
        local_id="poh-jeugd",
        provider_id="sgz",
        name="POH Jeugd",
        description="Gesprekken bij de **huisarts** voor kinderen en jongeren.",
        raw={},
        source="providers/sgz.yaml",
        line=10,
        themes=[],
        audience=["ouders"],
        access="verwijzing",
        funding=["gratis"],
        referrers=["huisarts"],
        phone="079-3200000",
    )
    old = Service(
        id="sgz/oud",
        local_id="oud",
        provider_id="sgz",
        name="Oude proef",
        description="Bestaat niet meer.",
        raw={},
        source="providers/sgz.yaml",
        line=20,
        themes=[],
        audience=["ouders"],
        access="vrij-toegankelijk",
        funding=["gratis"],
        valid_until=dt.date(2020, 1, 1),
    )
    location = Location(
        id="sgz/praktijk",
        local_id="praktijk",
        provider_id="sgz",
        name="Praktijk Centrum",
        kind="praktijk",
        raw={},
        source="providers/sgz.yaml",
        line=5,
        address={"straat": "Markt 1", "postcode": "2711 AA", "plaats": "Zoetermeer"},
    )
    provider = Provider(
        id="sgz",
        name="SGZ",
        kind="huisartsenzorg",
        description="Eerstelijnszorg in Zoetermeer.",
        raw={},
        source="providers/sgz.yaml",
        last_reviewed=TODAY,
        locations=[location],
        services=[service, old],
    )
    catalog.providers["sgz"] = provider
    catalog.services.update({service.id: service, old.id: old})
    catalog.locations[location.id] = location
    return catalog


SOURCE = """---
title: POH jeugd
---

# POH jeugd

De huisarts verwijst naar [[sgz/poh-jeugd]] of naar [[sgz|de SGZ]].

[[sgz/poh-jeugd]]

- in een lijst blijft het een link: [[sgz/praktijk]]

Zo schrijf je het: `[[bestaat/niet]]`.

```markdown
[[bestaat/ook-niet]]
```

En dit is fout: [[sgz/poh-jeugt]] en [[Niet Goed]].
"""


def test_card_alone_on_a_line_and_links_in_sentences():
    page, _ = render_page("handboek/poh.md", SOURCE, small_catalog())
    card = page[page.index('<div class="ww-kaart"') : page.index("</div>") + 6]
    assert 'data-record="sgz/poh-jeugd"' in card
    assert '<a href="../../diensten/sgz/poh-jeugd/">POH Jeugd</a>' in card
    assert "SGZ" in card  # the provider
    assert "Gesprekken bij de huisarts voor kinderen en jongeren." in card  # plain summary
    assert '<a class="ww-tel" href="tel:+31793200000">079-3200000</a>' in card
    assert "Meer over POH Jeugd" in card
    # the card is its own HTML block: blank lines around it, none inside
    assert "\n\n" + card in page and "\n\n" not in card
    assert (
        'verwijst naar <a class="ww-ref" href="../../diensten/sgz/poh-jeugd/">POH Jeugd '
        "&#40;SGZ&#41;</a> of naar "
        '<a class="ww-ref" href="../../aanbieders/sgz/">de SGZ</a>.'
    ) in page
    assert 'link: <a class="ww-ref" href="../../aanbieders/sgz/#locatie-praktijk">' in page


def test_code_is_left_alone():
    page, _ = render_page("handboek/poh.md", SOURCE, small_catalog())
    assert "`[[bestaat/niet]]`" in page
    assert "```markdown\n[[bestaat/ook-niet]]\n```" in page


def test_unknown_and_malformed_ids_are_problems_with_file_line_and_column():
    _, problems = render_page("handboek/poh.md", SOURCE, small_catalog())
    assert [p.text() for p in problems] == [
        "content/handboek/poh.md:19:17: verwijzing: 'sgz/poh-jeugt' bestaat niet; "
        "bedoel je 'sgz/poh-jeugd'?",
        "content/handboek/poh.md:19:38: verwijzing: 'Niet Goed' is geen geldige verwijzing; "
        "schrijf [[aanbieder]] of [[aanbieder/id]], bijvoorbeeld "
        "[[cjg-westelijke-mijnstreek/informatie-en-advies]]",
    ]
    assert all(p.is_error for p in problems)


def test_a_reference_to_an_ended_service_is_a_warning():
    _, problems = render_page("handboek/x.md", "Zie [[sgz/oud]].\n", small_catalog())
    assert len(problems) == 1
    assert not problems[0].is_error
    assert (problems[0].line, problems[0].col) == (1, 5)


def test_source_is_added_to_the_front_matter():
    page, _ = render_page("handboek/poh.md", SOURCE, small_catalog())
    assert page.startswith('---\nbron: "content/handboek/poh.md"\ntitle: "POH jeugd"\n---\n')
    bare, _ = render_page("handboek/kaal.md", "# Kaal\n", small_catalog())
    assert bare.startswith('---\nbron: "content/handboek/kaal.md"\n---\n\n# Kaal')
    own, _ = render_page("handboek/eigen.md", "---\nbron: elders.md\n---\n# E\n", small_catalog())
    assert own.startswith("---\nbron: elders.md\n---\n")


def test_render_is_pure_and_sorted():
    sources = {"handboek/b.md": "[[sgz]]\n", "handboek/a.md": "[[nee]]\n"}
    files, problems = render(sources, small_catalog())
    assert list(files) == ["handboek/a.md", "handboek/b.md"]
    assert [p.path for p in problems] == ["content/handboek/a.md"]
    assert render(sources, small_catalog()) == (files, problems)


def test_handbook_problems_reads_a_repository(tmp_path):
    folder = tmp_path / "content" / "handboek"
    folder.mkdir(parents=True)
    (folder / "index.md").write_text("# Handboek\n\nZie [[sgz]].\n", "utf-8")
    (folder / "sub").mkdir()
    (folder / "sub" / "fout.md").write_text("# Fout\n\n\n[[sgz/bestaat-niet]]\n", "utf-8")
    assert sorted(sources_in(tmp_path)) == ["handboek/index.md", "handboek/sub/fout.md"]
    problems = handbook_problems(tmp_path, small_catalog())
    assert [(p.path, p.line, p.col) for p in problems] == [("content/handboek/sub/fout.md", 4, 1)]


@pytest.fixture(scope="module")
def real_catalog():
    catalog, _ = load_catalog(ROOT, today=TODAY)
    return catalog


def test_the_real_handbook_has_no_broken_references(real_catalog):
    problems = handbook_problems(ROOT, real_catalog)
    assert [p.text() for p in problems if p.is_error] == []
    files, _ = render(sources_in(ROOT), real_catalog)
    expected = {
        "handboek/index.md",
        "handboek/preventie-cjg.md",
        "handboek/route-naar-jeugdhulp.md",
        "handboek/veiligheid-en-meldcode.md",
        "handboek/poh-jeugd.md",
        "handboek/doorzorg.md",
    }
    assert expected <= set(files)
    cards = sum(page.count('<div class="ww-kaart"') for page in files.values())
    assert cards >= 15


def test_generation_fails_on_an_unknown_reference(tmp_path):
    from wegwijzer.pages import generate
    from wegwijzer.settings import SiteSettings

    folder = tmp_path / "content" / "handboek"
    folder.mkdir(parents=True)
    (folder / "index.md").write_text("# H\n\nZie [[sgz]] en [[sgz/weg]].\n", "utf-8")
    with pytest.raises(ValueError, match=r"content/handboek/index\.md:3:16: verwijzing: 'sgz/weg'"):
        generate(small_catalog(), SiteSettings(), tmp_path)
