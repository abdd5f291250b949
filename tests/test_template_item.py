"""`wegwijzer new dienst|locatie <aanbieder>`: a new item lands at the end of its list in the
provider file (the rest of the file untouched), fails the check with one message per `VUL IN`
until filled, and passes once filled; `--toon` only prints it."""

from __future__ import annotations

import re
import subprocess
import sys

from fixtures import TODAY, basis_repo

from wegwijzer.check import check_repository


def wegwijzer(root, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "wegwijzer", "--root", str(root), "--datum", TODAY.isoformat()]
        + list(args),
        capture_output=True,
        text=True,
        check=False,
    )


def _fill(text: str, values: dict[str, str]) -> str:
    """Replace each `key: "VUL IN: ..."` by the editor's value for that key."""
    for key, value in values.items():
        text = re.sub(rf'{key}: "VUL IN[^"]*"', f"{key}: {value}", text)
    return text


def test_new_service_is_appended_and_refused_until_filled(tmp_path):
    root = basis_repo(tmp_path / "repo")
    path = root / "providers" / "basis.yaml"
    before = path.read_text("utf-8")
    made = wegwijzer(root, "new", "dienst", "basis")
    assert made.returncode == 0, made.stdout + made.stderr
    assert made.stdout.startswith("providers/basis.yaml: nieuwe dienst toegevoegd op regel 28.")
    after = path.read_text("utf-8")
    assert after.startswith(before)  # the existing lines as they were, the item below them
    _, problems = check_repository(root, today=TODAY)
    assert [(p.path, p.field) for p in problems] == [
        ("providers/basis.yaml", "diensten[1].id"),
        ("providers/basis.yaml", "diensten[1].naam"),
        ("providers/basis.yaml", "diensten[1].omschrijving"),
        ("providers/basis.yaml", "diensten[1].werkgebied[0]"),
        ("providers/basis.yaml", "diensten[1].aanmelden"),
    ]
    assert all(p.message.startswith("nog niet ingevuld: ") for p in problems)
    filled = _fill(
        after,
        {
            "id": "gezinscoach",
            "naam": "Gezinscoach",
            "omschrijving": "Een coach helpt het gezin thuis.",
            "aanmelden": "Bel ons.",
        },
    )
    filled = re.sub(r'werkgebied: \["VUL IN[^"]*"\]', "werkgebied: [GM0971]", filled)
    path.write_text(filled, "utf-8")
    catalog, problems = check_repository(root, today=TODAY)
    assert [p.text() for p in problems] == []
    assert catalog.services["basis/gezinscoach"].name == "Gezinscoach"


def test_new_location_lines_up_with_items_at_the_margin(tmp_path):
    root = basis_repo(tmp_path / "repo")
    path = root / "providers" / "basis.yaml"
    # The same file with list items written at the left margin (valid YAML too).
    lines = path.read_text("utf-8").split("\n")
    text = "\n".join(line[2:] if line.startswith("  ") else line for line in lines)
    path.write_text(text, "utf-8")
    assert check_repository(root, today=TODAY)[1] == []
    assert wegwijzer(root, "new", "locatie", "basis").returncode == 0
    _, problems = check_repository(root, today=TODAY)
    assert [p.field for p in problems] == [
        "locaties[1].id",
        "locaties[1].naam",
        "locaties[1].adres.straat",
        "locaties[1].adres.postcode",
        "locaties[1].adres.plaats",
        "locaties[1].coordinaten.lat",
        "locaties[1].coordinaten.lon",
        "locaties[1].gemeente",
    ]
    added = path.read_text("utf-8").split("\n")
    assert '- id: "VUL IN: een kort id voor in het webadres, bijvoorbeeld inloop-heerlen"' in added


def test_a_provider_without_services_gets_the_list(tmp_path):
    root = basis_repo(tmp_path / "repo")
    path = root / "providers" / "basis.yaml"
    text = path.read_text("utf-8")
    path.write_text(text[: text.index("diensten:")], "utf-8")
    assert wegwijzer(root, "new", "dienst", "basis").returncode == 0
    _, problems = check_repository(root, today=TODAY)
    assert {p.field for p in problems} == {
        "diensten[0].id",
        "diensten[0].naam",
        "diensten[0].omschrijving",
        "diensten[0].werkgebied[0]",
        "diensten[0].aanmelden",
    }


def test_a_list_written_otherwise_is_left_alone_and_the_item_printed(tmp_path):
    root = basis_repo(tmp_path / "repo")
    path = root / "providers" / "basis.yaml"
    text = path.read_text("utf-8")
    text = text[: text.index("diensten:")] + "diensten: []\n"
    path.write_text(text, "utf-8")
    result = wegwijzer(root, "new", "dienst", "basis")
    assert result.returncode == 1
    assert result.stdout.startswith(
        "providers/basis.yaml: 'diensten:' staat niet als lijst met regels '- id: ...' in het "
        "bestand; plak het stuk zelf"
    )
    assert '  - id: "VUL IN: een kort id' in result.stdout
    assert path.read_text("utf-8") == text


def test_show_only_prints_and_unknown_provider_is_named(tmp_path):
    root = basis_repo(tmp_path / "repo")
    before = (root / "providers" / "basis.yaml").read_text("utf-8")
    shown = wegwijzer(root, "new", "locatie", "basis", "--toon")
    assert shown.returncode == 0
    assert shown.stdout.startswith("# Plak dit onder 'locaties:' in providers/basis.yaml:\n")
    assert (root / "providers" / "basis.yaml").read_text("utf-8") == before
    missing = wegwijzer(root, "new", "dienst", "cjg-nergens")
    assert missing.returncode == 1
    assert missing.stdout.startswith("providers/cjg-nergens.yaml bestaat niet; geef het id")
