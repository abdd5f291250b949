"""The editor's round trip: one mistake is reported once, in its own file, and never hides
or causes problems in files nobody touched (both directions of each cascade)."""

from __future__ import annotations

from fixtures import TODAY, edit

from wegwijzer.check import check_repository


def _texts(basis):
    _, problems = check_repository(basis, today=TODAY)
    return [p.text() for p in problems]


def test_unreadable_provider_is_not_reported_again_in_the_route_that_names_it(basis):
    provider = basis / "providers" / "basis.yaml"
    provider.write_text("- " + provider.read_text("utf-8").replace("\n", "\n  "), "utf-8")
    texts = _texts(basis)
    assert texts == [
        "providers/basis.yaml:1:1: het bestand is een lijst (het begint met '- '); haal de "
        "'- ' weg en laat de regels eronder twee spaties minder inspringen: een aanbieder "
        "is één blok met velden"
    ]


def test_a_yml_file_is_named_and_references_into_it_stay_quiet(basis):
    provider = basis / "providers" / "basis.yaml"
    provider.rename(provider.with_suffix(".yml"))
    assert _texts(basis) == [
        "providers/basis.yml:1:1: dit bestand wordt niet gelezen: aanbieders staan in "
        "bestanden die op .yaml eindigen; hernoem het naar basis.yaml"
    ]


def test_a_broken_provider_does_not_hide_a_wrong_reference_elsewhere(basis):
    provider = basis / "providers" / "basis.yaml"
    provider.write_text("- " + provider.read_text("utf-8").replace("\n", "\n  "), "utf-8")
    edit(basis / "gemeenten/stein.yaml", "lokaal_team: basis", "lokaal_team: elders")
    texts = _texts(basis)
    assert len(texts) == 2
    assert texts[0].startswith(
        "gemeenten/stein.yaml:16:20: routes[0].veiligheid.lokaal_team: 'elders' bestaat"
    )


def test_lowercase_province_is_one_error_in_the_page_not_five_in_providers(basis):
    edit(basis / "gemeenten/stein.yaml", "provincie: Limburg", "provincie: limburg")
    texts = _texts(basis)
    assert len(texts) == 1
    assert texts[0].startswith("gemeenten/stein.yaml:4:12: provincie: 'limburg' is geen")
    assert "bedoel je 'Limburg'?" in texts[0]


def test_broken_page_still_reports_a_wrong_code_in_a_provider(basis):
    """The other direction: a stand-in for a broken page covers its own code only."""
    edit(basis / "gemeenten/stein.yaml", "provincie: Limburg", "provincie: limburg")
    edit(basis / "providers/basis.yaml", "werkgebied: [GM0971]", "werkgebied: [GM0972]")
    texts = _texts(basis)
    assert len(texts) == 2
    assert texts[1].startswith("providers/basis.yaml:")
    assert "gemeente GM0972 is onbekend" in texts[1]


def test_schema_error_in_a_page_does_not_hide_its_reference_checks(basis):
    edit(basis / "gemeenten/stein.yaml", "provincie: Limburg", "provincie: limburg")
    edit(basis / "gemeenten/stein.yaml", "wie: basis/loc", "wie: basis/lok")
    texts = _texts(basis)
    assert len(texts) == 2
    assert texts[1].endswith(
        "'basis/lok' bestaat niet; verwijs naar een aanbieder of "
        "<aanbieder>/<id>; bedoel je 'basis/loc'?"
    )


def test_no_dangerous_suggestion_for_a_provider_that_does_not_exist_yet(basis):
    """`gemeente-heerlen` must not become a look-alike elsewhere (issue: gemeente-stein)."""
    edit(basis / "gemeenten/stein.yaml", "lokaal_team: basis", "lokaal_team: basiss")
    (basis / "providers" / "basis-heerlen.yaml").write_text(
        (basis / "providers" / "basis.yaml")
        .read_text("utf-8")
        .replace("GM0971", "GM0917")
        .replace("lat: 50.9690, lon: 5.7667", "lat: 50.8882, lon: 5.9795")
        .replace('"6171 EA"', '"6411 ET"'),
        "utf-8",
    )
    texts = [t for t in _texts(basis) if "stein.yaml" in t]
    # basis serves Stein (GM0971): a close match there is offered; basis-heerlen is not.
    assert texts == [
        "gemeenten/stein.yaml:16:20: routes[0].veiligheid.lokaal_team: 'basiss' bestaat "
        "niet; verwijs naar een aanbieder of <aanbieder>/<id>; bedoel je 'basis'?"
    ]
    # basis-heerlen works in Heerlen only: following a suggestion would send Stein there.
    edit(basis / "gemeenten/stein.yaml", "lokaal_team: basiss", "lokaal_team: basis-heerle")
    texts = [t for t in _texts(basis) if "stein.yaml" in t]
    assert texts == [
        "gemeenten/stein.yaml:16:20: routes[0].veiligheid.lokaal_team: 'basis-heerle' "
        "bestaat niet; verwijs naar een aanbieder of <aanbieder>/<id>; bestaat die organisatie "
        "nog niet, maak dan providers/basis-heerle.yaml met: .venv/bin/wegwijzer new provider "
        '"Basis heerle"'
    ]
