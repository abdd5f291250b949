"""The records foundation: every bad-input fixture gives exactly its pinned problems, and
everything that should pass (sample data, template, BOM + CRLF) passes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from fixtures import INVALID, ROOT, TODAY, basis_repo, expectations, problems_for

from wegwijzer.check import check_repository
from wegwijzer.records.catalog import load_catalog
from wegwijzer.records.template import render
from wegwijzer.records.yamlload import MAX_BYTES, Ambiguous, load_text, resolve_plain

FIXTURES = sorted(INVALID.iterdir())


def wegwijzer(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "wegwijzer", "--datum", TODAY.isoformat(), *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.mark.parametrize("fixture", FIXTURES, ids=[f.name for f in FIXTURES])
def test_fixture_gives_exactly_its_pinned_problems(fixture, tmp_path):
    expected = expectations(fixture)
    assert expected, f"{fixture.name} heeft geen '# verwacht:'-regel"
    assert problems_for(basis_repo(tmp_path / "repo"), fixture) == expected


def test_fixture_names_follow_record_field_reason():
    for fixture in FIXTURES:
        record, field, reason = fixture.stem.split("_", 2)[0], *fixture.stem.split("_", 2)[1:]
        assert record in ("provider", "gemeente", "pagina", "handboek", "regios"), fixture.name
        assert field and reason, fixture.name


def test_basis_repo_is_clean(tmp_path):
    _, problems = load_catalog(basis_repo(tmp_path / "repo"), today=TODAY)
    assert problems == []


def test_huge_file_is_refused_without_parsing(tmp_path):
    root = basis_repo(tmp_path / "repo")
    big = root / "providers" / "provider-bestand-te-groot.yaml"
    big.write_text("naam: x\n" + "# opvulling\n" * (MAX_BYTES // 10), encoding="utf-8")
    _, problems = load_catalog(root, today=TODAY)
    texts = [p.text() for p in problems if p.path.endswith("te-groot.yaml")]
    assert texts == [
        f"providers/provider-bestand-te-groot.yaml:1:1: bestand is te groot "
        f"({big.stat().st_size // 1024} KB, maximaal 512 KB); één organisatie past daar ruim "
        "in: staat er iets anders in, zoals een export of een afbeelding? Haal dat weg"
    ]


def test_bom_and_crlf_are_accepted(tmp_path):
    root = basis_repo(tmp_path / "repo")
    source = (root / "providers" / "basis.yaml").read_text("utf-8")
    (root / "providers" / "windows.yaml").write_bytes(
        b"\xef\xbb\xbf" + source.replace("\n", "\r\n").encode("utf-8")
    )
    catalog, problems = load_catalog(root, today=TODAY)
    assert problems == []
    assert catalog.providers["windows"].name == "CJG Teststad"
    assert catalog.locations["windows/loc"].opening_hours == "Mo-Fr 08:30-17:00; PH off"


def test_several_problems_in_several_files_in_one_run(tmp_path):
    root = basis_repo(tmp_path / "repo")
    for name in (
        "provider_telefoon_voorloopnul.yaml",
        "provider_locaties_tab.yaml",
        "gemeente_routes_verwijzing-bestaat-niet.yaml",
    ):
        problems_for(root, INVALID / name)
    _, problems = load_catalog(root, today=TODAY)
    assert len({p.path for p in problems}) == 3


@pytest.mark.parametrize(
    "text, value",
    [
        ("12", 12),
        ("-9", -9),
        ("1.5", 1.5),
        ("true", True),
        ("false", False),
        ("~", None),
        ("", None),
        ("null", None),
        ("Stein", "Stein"),
        ("-9 maanden", "-9 maanden"),
        ("2026-01-01", "2026-01-01"),
        ("Mo-Fr 08:30-17:00", "Mo-Fr 08:30-17:00"),
    ],
)
def test_plain_scalars_follow_yaml_1_2_core(text, value):
    assert resolve_plain(text) == value and type(resolve_plain(text)) is type(value)


@pytest.mark.parametrize(
    "text",
    [
        "no",
        "No",
        "yes",
        "on",
        "OFF",
        "y",
        "n",
        "0201234567",
        "08:30",
        "1e3",
        "0x1F",
        "0o17",
        "1_000",
        ".5",
        ".inf",
        "012",
    ],
)
def test_yaml_1_1_surprises_are_not_guessed(text):
    assert isinstance(resolve_plain(text), Ambiguous)


def test_positions_of_nested_values():
    doc, problems = load_text("a:\n  - b: 1\n    c: [x, y]\n", "f.yaml")
    assert problems == []
    assert doc.where(("a", 0, "c", 1)) == (3, 12)
    assert doc.where(("a", 0, "c"), key=True) == (3, 5)
    assert doc.where(("a", 0, "onbekend")) == (2, 5)


def test_sample_data_has_no_errors():
    _, problems = load_catalog(ROOT, today=TODAY)
    assert [p.text() for p in problems if p.is_error] == []


PLACEHOLDERS = [
    "omschrijving",
    "locaties[0].website",
    "diensten[0].naam",
    "diensten[0].omschrijving",
    "diensten[0].werkgebied[0]",
    "diensten[0].aanmelden",
]
FILLED = {
    "omschrijving": "Stichting Één helpt gezinnen.",
    "locaties[0].website": "https://www.example.org/contact",
    "diensten[0].naam": "Gezinscoaching",
    "diensten[0].omschrijving": "Een coach helpt het gezin thuis.",
    "diensten[0].werkgebied[0]": "GM0971",
    "diensten[0].aanmelden": "Bel ons.",
}


def fill_template(text: str) -> str:
    """The template as an editor fills it in: each `VUL IN` value replaced, in order."""
    out = []
    values = iter(FILLED.values())
    for line in text.split("\n"):
        if '"VUL IN' in line:
            head, _, rest = line.partition('"VUL IN')
            line = head + json.dumps(next(values), ensure_ascii=False) + rest.split('"', 1)[1]
        out.append(line)
    return "\n".join(out)


def test_template_fails_until_every_placeholder_is_filled(tmp_path):
    root = basis_repo(tmp_path / "repo")
    path = root / "providers" / "nieuw.yaml"
    path.write_text(render('Stichting "Één": jeugd #1', TODAY), encoding="utf-8")
    catalog, problems = load_catalog(root, today=TODAY)
    assert [p.field for p in problems] == PLACEHOLDERS
    assert all("nog niet ingevuld" in p.message and p.is_error for p in problems)
    assert "nieuw" not in catalog.providers  # an unfilled template is never published
    path.write_text(fill_template(path.read_text("utf-8")), encoding="utf-8")
    catalog, problems = load_catalog(root, today=TODAY)
    assert problems == []
    assert catalog.providers["nieuw"].name == 'Stichting "Één": jeugd #1'


def test_cli_new_then_check(tmp_path):
    root = basis_repo(tmp_path / "repo")
    made = wegwijzer("--root", str(root), "new", "provider", "Jeugdhulp De Brug")
    assert made.returncode == 0, made.stdout
    assert (root / "providers" / "jeugdhulp-de-brug.yaml").exists()
    again = wegwijzer("--root", str(root), "new", "provider", "Jeugdhulp De Brug")
    assert again.returncode == 1 and "bestaat al" in again.stdout
    checked = wegwijzer("--root", str(root), "--datum", TODAY.isoformat(), "check", "--strict")
    assert checked.returncode == 1
    assert checked.stdout.count("nog niet ingevuld") == len(PLACEHOLDERS), checked.stdout


def test_cli_formats_and_exit_codes(tmp_path):
    root = basis_repo(tmp_path / "repo")
    problems_for(root, INVALID / "provider_telefoon_voorloopnul.yaml")
    problems_for(root, INVALID / "provider_laatst_gecontroleerd_verouderd.yaml")
    text = wegwijzer("--root", str(root), "check")
    assert text.returncode == 1
    assert text.stdout.splitlines() == [
        "providers/provider-laatst-gecontroleerd-verouderd.yaml:6:23: laatst_gecontroleerd: "
        "(waarschuwing) gegevens zijn sinds 2025-06-01 niet meer gecontroleerd (meer dan 12 "
        "maanden); controleer ze en pas de datum aan",
        "providers/provider-telefoon-voorloopnul.yaml:5:11: telefoon: 0201234567 is als getal "
        'gelezen — zet het tussen aanhalingstekens: "020-1234567"',
        "1 fout en 1 waarschuwing gevonden.",
    ]
    github = wegwijzer("--root", str(root), "check", "--format", "github")
    assert github.stdout.splitlines()[1] == (
        "::error file=providers/provider-telefoon-voorloopnul.yaml,line=5,col=11::telefoon: "
        '0201234567 is als getal gelezen — zet het tussen aanhalingstekens: "020-1234567"'
    )
    data = json.loads(wegwijzer("--root", str(root), "check", "--format", "json").stdout)
    assert data[1] == {
        "path": "providers/provider-telefoon-voorloopnul.yaml",
        "line": 5,
        "col": 11,
        "field": "telefoon",
        "severity": "fout",
        "message": "0201234567 is als getal gelezen — zet het tussen "
        'aanhalingstekens: "020-1234567"',
    }
    (root / "providers" / "provider-telefoon-voorloopnul.yaml").unlink()
    assert wegwijzer("--root", str(root), "check").returncode == 0  # warnings only
    assert wegwijzer("--root", str(root), "check", "--strict").returncode == 1


def test_cli_check_limited_to_paths(tmp_path):
    root = basis_repo(tmp_path / "repo")
    problems_for(root, INVALID / "provider_telefoon_voorloopnul.yaml")
    only = wegwijzer("--root", str(root), "check", str(root / "providers" / "basis.yaml"))
    assert only.returncode == 0


def test_no_traceback_on_any_fixture(tmp_path):
    root = basis_repo(tmp_path / "repo")
    for fixture in FIXTURES:
        problems_for(root, fixture)
    result = wegwijzer("--root", str(root), "check")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout


def _contributing_blocks(language: str) -> list[str]:
    text = (ROOT / "CONTRIBUTING.md").read_text("utf-8")
    return [
        block.split("\n", 1)[1]
        for block in text.split("```")[1::2]
        if block.startswith(language + "\n")
    ]


def test_contributing_examples_pass_check(tmp_path):
    root = basis_repo(tmp_path / "repo")
    records = _contributing_blocks("yaml")
    pages = _contributing_blocks("markdown")
    assert len(records) == 3 and len(pages) == 2
    (root / "providers" / "opvoedpunt-stein.yaml").write_text(records[0], encoding="utf-8")
    (root / "providers" / "jeugdhulp-voorbeeld.yaml").write_text(records[1], encoding="utf-8")
    (root / "gemeenten" / "voorbeeldstad.yaml").write_text(records[2], encoding="utf-8")
    (root / "content" / "gemeenten" / "voorbeeldstad.md").write_text(pages[0], encoding="utf-8")
    (root / "content" / "handboek").mkdir()
    (root / "content" / "handboek" / "voorbeeld.md").write_text(pages[1], encoding="utf-8")
    catalog, problems = check_repository(root, today=TODAY)
    assert [p.text() for p in problems] == []
    assert len(catalog.services) == 3 and len(catalog.municipalities) == 2
    assert "uitleg in gewone taal" in catalog.municipalities["GM0888"].body


def test_file_name_must_be_a_slug(tmp_path):
    root = basis_repo(tmp_path / "repo")
    source = (root / "providers" / "basis.yaml").read_text("utf-8")
    (root / "providers" / 'Kwaad "x".yaml').write_text(source, encoding="utf-8")
    _, problems = load_catalog(root, today=TODAY)
    assert [p.text() for p in problems] == [
        'providers/Kwaad "x".yaml:1:1: \'Kwaad "x"\' is geen geldige bestandsnaam; gebruik '
        "kleine letters, cijfers en koppeltekens, bijvoorbeeld cjg-stein.yaml"
    ]


def test_problem_lines_cannot_carry_control_characters():
    from wegwijzer.records.problems import Problem

    problem = Problem("providers/a\nb.yaml", 1, 1, "naam", "'\x1b[31m' klopt niet")
    assert "\n" not in problem.text() and "\x1b" not in problem.text()
    assert "\n" not in problem.github()


def test_reference_to_a_record_in_a_broken_file_is_not_reported_twice(tmp_path):
    from wegwijzer.check import check_repository

    root = basis_repo(tmp_path / "repo")
    source = root / "providers" / "basis.yaml"
    source.write_text(source.read_text("utf-8") + "telefon: x\n", encoding="utf-8")
    (root / "content" / "handboek").mkdir(parents=True)
    (root / "content" / "handboek" / "advies.md").write_text(
        "# Advies\n\n[[basis/dienst]]\n", encoding="utf-8"
    )
    _, problems = check_repository(root, today=TODAY)
    assert [p.text() for p in problems] == [
        "providers/basis.yaml:28:1: telefon: onbekend veld 'telefon'; bedoel je 'telefoonlijnen'?"
    ]
