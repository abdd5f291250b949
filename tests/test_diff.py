"""`wegwijzer diff`: what changed in the records between two commits of a test repository."""

from __future__ import annotations

import subprocess
import sys

import pytest
from fixtures import TODAY, edit


def _git(root, *args):
    subprocess.run(
        ["git", "-C", str(root), *args],
        check=True,
        capture_output=True,
        env={
            "GIT_AUTHOR_NAME": "t",
            "GIT_AUTHOR_EMAIL": "t@example.org",
            "GIT_COMMITTER_NAME": "t",
            "GIT_COMMITTER_EMAIL": "t@example.org",
            "HOME": str(root),
            "PATH": "/usr/bin:/bin",
        },
    )


@pytest.fixture
def root(basis):
    """The basis repository as the first commit of branch main."""
    _git(basis, "init", "-q", "-b", "main")
    _git(basis, "add", "-A")
    _git(basis, "commit", "-qm", "eerste")
    return basis


def _diff(root, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "wegwijzer", "--root", str(root), *args],
        capture_output=True,
        text=True,
        check=False,
    )


def test_diff_between_two_commits(root):
    provider = root / "providers" / "basis.yaml"
    edit(provider, 'nummer: "046-8506910"', 'nummer: "046-8506911"')
    edit(provider, "Mo-Fr 08:30-17:00; PH off", "Mo-Th 08:30-17:00; PH off")
    edit(
        provider,
        "diensten:\n",
        "diensten:\n  - id: nieuw\n    naam: Nieuwe dienst\n"
        "    omschrijving: Iets nieuws.\n    themas: [opvoeden]\n    doelgroep: [ouders]\n"
        "    toegang: vrij-toegankelijk\n    financiering: [gratis]\n    werkgebied: [GM0971]\n",
    )
    page = root / "gemeenten" / "stein.yaml"
    edit(
        page,
        "routes:\n",
        "routes:\n  - geldig_vanaf: 2027-01-01\n    samenvatting: Nieuw.\n"
        "    eerste_aanspreekpunt:\n      - wie: basis\n    verwijzers:\n"
        "      - soort: huisarts\n    veiligheid:\n      toelichting: Bel Veilig Thuis.\n",
    )
    edit(
        page,
        "  - geldig_vanaf: 2017-01-01\n",
        "  - geldig_vanaf: 2017-01-01\n    geldig_tot: 2026-12-31\n",
    )
    _git(root, "commit", "-qam", "tweede")
    result = _diff(root, "--datum", TODAY.isoformat(), "diff", "HEAD~1", "HEAD")
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines() == [
        "### Wijzigingen in de gegevens (HEAD~1 → HEAD)",
        "",
        "- Nieuw: dienst **basis/nieuw** (`Nieuwe dienst`) in `providers/basis.yaml`",
        "- Gewijzigd: aanbieder **basis** (`CJG Teststad`) in `providers/basis.yaml`",
        '  - telefoonlijnen: `[{"nummer": "046-8506910", "doel": "Algemeen nummer"}]`'
        ' → `[{"nummer": "046-8506911", "doel": "Algemeen nummer"}]`',
        "- Gewijzigd: locatie **basis/loc** (`CJG Stein`) in `providers/basis.yaml`",
        "  - openingstijden: `Mo-Fr 08:30-17:00; PH off` → `Mo-Th 08:30-17:00; PH off`",
        "- Gewijzigd: gemeente **stein** (`Stein`) in `gemeenten/stein.yaml`",
        "  - routes: gewijzigd",
        "  - nieuwe route vanaf 2027-01-01: die geldt vanaf die dag in plaats van de huidige",
    ]
    # Against the work tree, and with nothing changed.
    same = _diff(root, "diff", "HEAD")
    assert same.stdout.splitlines()[-1] == (
        "Geen wijzigingen in aanbieders, locaties, diensten of gemeenten."
    )
    wrong = _diff(root, "diff", "bestaat-niet")
    assert wrong.returncode == 2 and "Traceback" not in wrong.stdout + wrong.stderr


def test_diff_names_the_route_that_is_in_force_today(root):
    page = root / "gemeenten" / "stein.yaml"
    edit(
        page,
        "routes:\n  - geldig_vanaf: 2017-01-01\n",
        "routes:\n  - geldig_vanaf: 2026-11-01\n    samenvatting: Nieuw.\n"
        "    eerste_aanspreekpunt:\n      - wie: basis\n    verwijzers:\n"
        "      - soort: huisarts\n    veiligheid:\n      toelichting: Bel Veilig Thuis.\n"
        "  - geldig_vanaf: 2017-01-01\n    geldig_tot: 2026-10-31\n",
    )
    result = _diff(root, "--datum", TODAY.isoformat(), "diff", "main")
    assert result.stdout.splitlines()[2:] == [
        "- Gewijzigd: gemeente **stein** (`Stein`) in `gemeenten/stein.yaml`",
        "  - routes: gewijzigd",
        "  - de route die vandaag geldt: vanaf 2017-01-01 → vanaf 2026-11-01",
    ]
