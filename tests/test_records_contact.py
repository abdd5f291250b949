"""Issue 11 in the records: phone lines with hours, regions as records, where help happens,
location history, access as a list; the valid fixtures pass and say what they should, and
`wegwijzer migreer` turns the old sample data into records that pass the check."""

from __future__ import annotations

import shutil
import subprocess
import sys

from fixtures import DATA, ROOT, TODAY, VALID, basis_repo, edit

from wegwijzer.check import check_repository
from wegwijzer.migrate import guess_hours, migrate
from wegwijzer.migrate import run as migrate_run
from wegwijzer.records.catalog import load_catalog
from wegwijzer.records.model import PhoneLine


def _valid_repo(tmp_path):
    root = basis_repo(tmp_path / "repo")
    shutil.copy(VALID / "provider_telefoonlijnen_alles.yaml", root / "providers" / "voorbeeld.yaml")
    shutil.copy(VALID / "gemeente_toegang_onderdelen.yaml", root / "gemeenten" / "beek.yaml")
    stein = root / "gemeenten" / "stein.yaml"
    stein.write_text(
        stein.read_text("utf-8").replace(
            "laatst_gecontroleerd:", 'gedeelde_postcodes: ["6190"]\nlaatst_gecontroleerd:', 1
        ),
        "utf-8",
    )
    return root


def test_valid_fixtures_pass(tmp_path):
    _, problems = check_repository(_valid_repo(tmp_path), today=TODAY)
    assert [p.text() for p in problems] == []


def test_catalog_carries_lines_regions_and_history(tmp_path):
    catalog, _ = load_catalog(_valid_repo(tmp_path), today=TODAY)
    home = catalog.services["voorbeeld/thuisbegeleiding"]
    assert home.area == ["GM0888", "GM1883", "GM0971"] == home.area_codes
    assert home.area_regions == ["westelijke-mijnstreek"] and home.where == ["aan-huis"]
    school = catalog.services["voorbeeld/op-school"]
    assert school.schools == ["basisonderwijs"] and school.where == ["op-school", "op-locatie"]
    # The service's own lines (none), then its location's, then the provider's.
    assert catalog.phone_lines_for(school) == [
        PhoneLine("046-8506910", "Een afspraak maken", "Mo-Th 09:00-12:00; PH off"),
        PhoneLine("046-4359393", "Aanmelden en vragen", "Mo-Fr 08:30-17:00; PH off"),
        PhoneLine("0800-2000", "Crisisdienst, als het thuis niet veilig is", "24/7", True),
    ]
    office = catalog.locations["voorbeeld/kantoor"]
    assert office.by_appointment and office.valid_from.isoformat() == "2018-01-01"
    assert catalog.past_locations["voorbeeld/oud-kantoor"].valid_until.isoformat() == "2017-12-31"
    assert "voorbeeld/oud-kantoor" not in catalog.locations  # history, not on the map
    assert catalog.services_in("GM0888") == [home]  # a region reaches every municipality
    beek = catalog.municipalities["GM0888"]
    assert beek.region == "Westelijke Mijnstreek" and beek.region_id == "westelijke-mijnstreek"
    assert beek.shared_postcodes == [6190]
    assert catalog.regions["westelijke-mijnstreek"].municipalities == ["GM0888", "GM1883", "GM0971"]
    assert [a.get("wat") for a in beek.routes[0].raw["toegang_specialistisch"]] == [
        None,
        "PGB-aanvragen",
        "Jeugdhulp voor het voortgezet onderwijs",
    ]


def test_one_number_is_listed_once(tmp_path):
    root = _valid_repo(tmp_path)
    path = root / "providers" / "voorbeeld.yaml"
    path.write_text(path.read_text("utf-8").replace('"046-8506910"', '"0800-2000"'), "utf-8")
    catalog, _ = load_catalog(root, today=TODAY)
    lines = catalog.phone_lines_for(catalog.services["voorbeeld/op-school"])
    assert [line.number for line in lines] == ["0800-2000", "046-4359393"]
    assert lines[0].purpose == "Een afspraak maken"  # the location's own line comes first


def test_sample_veilig_thuis_is_a_crisis_line_day_and_night():
    catalog, _ = load_catalog(ROOT, today=TODAY)
    lines = catalog.phone_lines_for(catalog.services["veilig-thuis/advies-en-melding"])
    assert lines[0] == PhoneLine(
        "0800-2000",
        "Advies of melding bij huiselijk geweld en kindermishandeling; gratis, ook anoniem",
        "24/7",
        True,
    )


def test_guess_hours_reads_plain_dutch_office_hours():
    assert guess_hours("Op werkdagen van 8.30 tot 17.00 uur.") == "Mo-Fr 08:30-17:00; PH off"
    assert guess_hours("Gratis, 24 uur per dag en 7 dagen per week bereikbaar.") == "24/7"
    assert (
        guess_hours("Op werkdagen van 9.00 tot 17.00 uur, op vrijdag tot 12.00 uur.")
        == "Mo-Th 09:00-17:00; Fr 09:00-12:00; PH off"
    )
    assert guess_hours("Voor vragen over jeugdhulp.") is None


def _old_sample(tmp_path):
    """The sample data as it was before issue 11, with today's schemas and taxonomy."""
    root = tmp_path / "oud"
    shutil.copytree(DATA / "migratie", root)
    shutil.copytree(ROOT / "schemas", root / "schemas")
    (root / "taxonomie").mkdir()
    shutil.copy(ROOT / "taxonomie" / "themas.yaml", root / "taxonomie" / "themas.yaml")
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    return root


def test_old_sample_data_fails_the_check_before_migration(tmp_path):
    root = _old_sample(tmp_path)
    _, problems = check_repository(root, today=TODAY)
    # Each page with its route still on top is named once, with the command that fixes it.
    pages = sorted(p.name for p in (root / "content" / "gemeenten").glob("*.md"))
    old_layout = [p for p in problems if "zet ze om met .venv/bin/wegwijzer migreer" in p.message]
    assert sorted(p.path.rsplit("/", 1)[1] for p in old_layout) == pages


def test_migration_of_the_old_sample_data(tmp_path, capsys):
    root = _old_sample(tmp_path)
    before = {p: p.read_text("utf-8") for p in root.rglob("*") if p.suffix in (".yaml", ".md")}
    assert migrate_run(root) == 0
    printed = capsys.readouterr().out
    assert "providers/veilig-thuis.yaml:13: telefoon 0800-2000 -> telefoonlijnen" in printed
    assert "bereikbaar niet ingevuld" in printed  # what the editor still has to fill in
    _, problems = check_repository(root, today=TODAY)
    assert [p.text() for p in problems if p.is_error] == []
    catalog, _ = load_catalog(root, today=TODAY)
    assert catalog.providers["veilig-thuis"].phone_lines == [
        PhoneLine("0800-2000", "Gratis, 24 uur per dag en 7 dagen per week bereikbaar.", "24/7")
    ]
    assert catalog.municipalities["GM0637"].region_id == "haaglanden"
    assert set(catalog.regions) == {
        "westelijke-mijnstreek",
        "zuid-kennemerland-en-ijmond",
        "flevoland",
        "noord-limburg",
        "haaglanden",
    }
    # Line edits only: every comment line and every other line stays as it was (the route
    # data of a page now in gemeenten/<naam>.yaml, with the schema line, the text in the page).
    assert not [p for p in (root / "content" / "gemeenten").glob("*.md") if _front_matter(p)]
    for path, old in before.items():
        new = path.read_text("utf-8")
        if path.parent == root / "content" / "gemeenten":
            data = root / "gemeenten" / f"{path.stem}.yaml"
            new = data.read_text("utf-8") + new
            old = old.replace("$schema=../../schemas/", "$schema=../schemas/")
        comments = [line for line in old.splitlines() if line.lstrip().startswith("#")]
        assert [line for line in new.splitlines() if line.lstrip().startswith("#")] == comments
        kept = [
            line
            for line in old.splitlines()
            if not line.lstrip().startswith(("telefoon", "jeugdregio", "wie:", "toelichting:"))
            and line != "---"  # the front matter's fences: the data has its own file now
        ]
        new_lines = {line.strip() for line in new.splitlines()}  # re-indented lines count
        assert all(line.strip() in new_lines for line in kept), path
    # A second run has nothing left to do.
    assert migrate(root).changed == {}


def _front_matter(path):
    return path.read_text("utf-8").startswith("---")


def test_migration_moves_route_data_out_of_the_page_keeping_comments_and_order(tmp_path):
    root = basis_repo(tmp_path / "repo")
    data, page = root / "gemeenten" / "stein.yaml", root / "content" / "gemeenten" / "stein.md"
    lines = data.read_text("utf-8").split("\n")
    lines[1:1] = ["# De route van Stein; een commentaar blijft staan.", ""]
    body = "## Voor ouders\n\nTekst van de route.\n"
    page.write_text("---\n" + "\n".join(lines) + "---\n\n" + body, "utf-8")
    data.unlink()
    assert migrate_run(root) == 0
    assert data.read_text("utf-8") == "\n".join(lines)
    assert page.read_text("utf-8") == body
    _, problems = check_repository(root, today=TODAY)
    assert problems == []
    assert migrate(root).changed == {}  # a second run changes nothing


def test_migration_adds_the_schema_line_and_leaves_an_existing_data_file_alone(tmp_path, capsys):
    root = basis_repo(tmp_path / "repo")
    data, page = root / "gemeenten" / "stein.yaml", root / "content" / "gemeenten" / "stein.md"
    front = data.read_text("utf-8").split("\n", 1)[1]  # without its schema line
    page.write_text("---\n" + front + "---\nTekst.\n", "utf-8")
    assert migrate_run(root) == 0
    assert "gemeenten/stein.yaml bestaat al; zet het voorwerk met de hand over" in (
        capsys.readouterr().out
    )
    assert _front_matter(page)  # nothing overwritten
    data.unlink()
    assert migrate_run(root) == 0
    assert data.read_text("utf-8").split("\n")[0] == (
        "# yaml-language-server: $schema=../schemas/gemeente.schema.json"
    )
    assert page.read_text("utf-8") == "Tekst.\n"


def test_migration_command_dry_run_changes_nothing(tmp_path):
    root = _old_sample(tmp_path)
    before = (root / "providers" / "cjg-heemstede.yaml").read_text("utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "wegwijzer", "--root", str(root), "migreer", "--proef"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "bestand(en) zou omgezet" in result.stdout
    assert (root / "providers" / "cjg-heemstede.yaml").read_text("utf-8") == before


def test_guess_hours_leaves_what_is_not_plain_office_hours_to_the_editor():
    assert guess_hours("Op werkdagen van 8.30 tot 17.00 uur, op woensdag tot 12.00 uur.") is None
    assert guess_hours("Op werkdagen van 9.00 tot 17.00 uur, behalve in de vakantie.") is None
    assert guess_hours("Dag en nacht, ook op feestdagen.") is None


def test_old_phone_fields_warn_and_migrate_in_every_shape(basis):
    """Top level with a toelichting that is not plain hours (a VUL IN the check refuses),
    a number on the dash line of a location, and a service that already has lines."""
    provider = basis / "providers" / "basis.yaml"
    edit(
        provider,
        'telefoonlijnen: [{nummer: "046-8506910", doel: Algemeen nummer}]\n',
        "telefoon_toelichting: Op werkdagen van 8.30 tot 17.00 uur, op woensdag tot 12.00 uur.\n"
        'telefoon: "046-8506910"\n',
    )
    edit(provider, "  - id: loc\n", '  - telefoon: "046-4359393"\n    id: loc\n')
    edit(
        provider,
        "    locaties: [loc]\n",
        '    locaties: [loc]\n    telefoon: "0800-2000"\n    telefoonlijnen:\n'
        '      - nummer: "046-8506911"\n        doel: Aanmelden\n'
        "    telefoon_toelichting: Gratis, dag en nacht bereikbaar.\n",
    )
    before = check_repository(basis, today=TODAY)[1]
    assert [(p.field, p.is_error) for p in before] == [
        ("telefoon_toelichting", False),
        ("telefoon", False),
        ("locaties[0].telefoon", False),
        ("diensten[0].telefoon", False),
        ("diensten[0].telefoon_toelichting", True),  # only a provider ever had it
    ]
    assert migrate_run(basis) == 0
    text = provider.read_text("utf-8")
    assert (
        "omschrijving: Een geldig aanbiedersbestand waar de foutvoorbeelden naar verwijzen.\n"
        "telefoonlijnen:\n"
        '  - nummer: "046-8506910"\n'
        "    doel: Op werkdagen van 8.30 tot 17.00 uur, op woensdag tot 12.00 uur.\n"
        '    bereikbaar: "VUL IN: de tijden uit de oude toelichting als openingstijden, '
        'bijvoorbeeld Mo-Fr 08:30-17:00; PH off"\n'
        "laatst_gecontroleerd: 2026-10-01\n"
        "locaties:\n"
        "  - telefoonlijnen:\n"
        '      - nummer: "046-4359393"\n'
        "        doel: Algemeen nummer\n"
        "    id: loc\n"
    ) in text
    assert (
        "    locaties: [loc]\n"
        "    telefoonlijnen:\n"
        '      - nummer: "0800-2000"\n'
        "        doel: Gratis, dag en nacht bereikbaar.\n"
        '        bereikbaar: "24/7"\n'
        '      - nummer: "046-8506911"\n'
        "        doel: Aanmelden\n"
        "    werkgebied: [GM0971]\n"
    ) in text
    after = [p.text() for p in check_repository(basis, today=TODAY)[1]]
    assert after == [
        "providers/basis.yaml:8:17: telefoonlijnen[0].bereikbaar: nog niet ingevuld: de tijden "
        "uit de oude toelichting als openingstijden, bijvoorbeeld Mo-Fr 08:30-17:00; PH off; "
        "vervang de hele waarde (ook 'VUL IN') door de echte gegevens"
    ]
    assert migrate(basis).changed == {}
