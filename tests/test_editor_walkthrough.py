"""CONTRIBUTING's walkthrough for a municipality in a new region works as written: the
commands make files that fail until filled, the filled examples pass, and the site has the
route; the command line speaks Dutch when it is mistyped."""

from __future__ import annotations

import re
import subprocess
import sys

from fixtures import ROOT, TODAY, basis_repo

from wegwijzer.check import check_repository


def _blocks_with_title() -> dict[str, str]:
    text = (ROOT / "CONTRIBUTING.md").read_text("utf-8")
    found = {}
    for block in text.split("```")[1::2]:
        head, _, body = block.partition("\n")
        match = re.fullmatch(r'\w+ title="([^"]+)"', head)
        if match:
            found[match.group(1)] = body
    return found


def wegwijzer(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "wegwijzer", *args], capture_output=True, text=True, check=False
    )


def test_contributing_walkthrough_for_heerlen(tmp_path):
    root = basis_repo(tmp_path / "repo")
    # A region the repository does not know yet: the walkthrough adds it.
    regions = root / "taxonomie" / "jeugdregios.yaml"
    text = regions.read_text("utf-8")
    start = text.index("  - id: parkstad-limburg")
    end = text.find("\n  - id:", start + 1)
    regions.write_text(text[:start] + (text[end + 1 :] if end != -1 else ""), "utf-8")
    base = ["--root", str(root), "--datum", TODAY.isoformat()]
    assert wegwijzer(*base, "new", "gemeente", "Heerlen").returncode == 0
    assert wegwijzer(*base, "new", "provider", "CJG Parkstad").returncode == 0
    unfilled = wegwijzer(*base, "check")
    assert unfilled.returncode == 1
    # seven placeholders in the page, six in the provider file, each reported once
    assert unfilled.stdout.count("nog niet ingevuld") == 13, unfilled.stdout
    blocks = _blocks_with_title()
    assert set(blocks) == {
        "providers/cjg-parkstad.yaml",
        "gemeenten/heerlen.yaml",
        "content/gemeenten/heerlen.md",
        "taxonomie/jeugdregios.yaml (onderaan erbij)",
    }
    for title, text in blocks.items():
        path, _, how = title.partition(" (")
        target = root / path
        before = target.read_text("utf-8").rstrip("\n") + "\n\n" if how else ""
        target.write_text(before + text, encoding="utf-8")
    filled = wegwijzer(*base, "check")
    assert (filled.returncode, filled.stdout.strip()) == (0, "Geen problemen gevonden.")
    catalog, _ = check_repository(root, today=TODAY)
    heerlen = catalog.municipalities["GM0917"]
    assert heerlen.region == "Parkstad Limburg"
    assert heerlen.source == "gemeenten/heerlen.yaml"
    assert heerlen.body.startswith("Met een vraag over opgroeien of opvoeden")
    route = heerlen.route_on(TODAY)
    assert route.raw["financiering"]["pgb_aanvragen_bij"] == "cjg-parkstad"
    assert {s.id for s in catalog.services_in("GM0917")} >= {
        "cjg-parkstad/opvoedadvies",
        "cjg-parkstad/toegangsteam",
    }


def test_new_gemeente_fails_with_a_message_per_placeholder(tmp_path):
    root = basis_repo(tmp_path / "repo")
    made = wegwijzer("--root", str(root), "new", "gemeente", "Heerlen")
    assert made.returncode == 0 and made.stdout.splitlines() == [
        "gemeenten/heerlen.yaml aangemaakt. Vervang elke waarde die met VUL IN begint en "
        "controleer met: .venv/bin/wegwijzer check",
        "content/gemeenten/heerlen.md aangemaakt: de tekst van de pagina, onder de route.",
    ]
    assert (
        (root / "gemeenten" / "heerlen.yaml")
        .read_text("utf-8")
        .startswith("# yaml-language-server: $schema=../schemas/gemeente.schema.json\n")
    )
    assert not (root / "content" / "gemeenten" / "heerlen.md").read_text("utf-8").startswith("---")
    again = wegwijzer("--root", str(root), "new", "gemeente", "Heerlen")
    assert again.returncode == 1 and "bestaat al" in again.stdout
    _, problems = check_repository(root, today=TODAY)
    assert [p.field for p in problems] == [
        "cbs_code",
        "provincie",
        "jeugdregio",
        "postcodes[0]",
        "routes[0].samenvatting",
        "routes[0].eerste_aanspreekpunt[0].wie",
        "routes[0].veiligheid.toelichting",
    ]
    assert all(p.message.startswith("nog niet ingevuld: ") for p in problems)


def test_mistyped_commands_are_answered_in_dutch(tmp_path):
    missing = wegwijzer("new", "gemeente")
    assert missing.returncode == 2
    assert missing.stderr.splitlines() == [
        "gebruik: wegwijzer new [-h] [--toon] {provider,gemeente,dienst,locatie} naam",
        "wegwijzer new: fout: deze gegevens ontbreken: naam",
    ]
    wrong = wegwijzer("new", "organisatie", "x")
    assert (
        "fout: argument soort: 'organisatie' kan niet; kies uit 'provider', 'gemeente', "
        "'dienst', 'locatie'" in wrong.stderr
    )
    unknown = wegwijzer("check", "--formaat", "json")
    assert "fout: onbekend: --formaat" in unknown.stderr
    help_text = wegwijzer("--help").stdout
    assert help_text.startswith("gebruik: wegwijzer") and "toon deze hulp en stop" in help_text
    assert "usage" not in help_text and "show this help" not in help_text
