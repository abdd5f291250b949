"""`wegwijzer report`: the numbers match a hand-counted fixture repository (tests/data/report/).

The fixture, counted by hand on 2026-11-22 (a record is stale when its last review is more
than 12 months old, "due" when it turns stale within 30 days):

- providers: cjg-wm 2026-09-01 (current), jeugdhulp-zuid 2025-06-15 (stale), jip-venlo
  2026-11-01 (current);
- services (a service without its own date has its provider's): cjg-wm/opvoedadvies
  (current), cjg-wm/zwangerschap 2025-11-01 (stale), jeugdhulp-zuid/ggz-jeugd (stale),
  jeugdhulp-zuid/nieuwe-groep (planned from 2027, still to be kept fresh: stale),
  jip-venlo/jongereninfo (current);
- municipalities: Stein 2026-06-01 (current), Beek 2025-10-01 (stale), Venlo 2025-12-10
  (due: stale from 2026-12-11).
So 11 records: 5 stale, 1 due, 5 current.

Per municipality (services on the site today: nieuwe-groep is not; jongereninfo has
werkgebied NL, so it counts everywhere):

- Stein GM0971: route in force since 2017-01-01; entry point cjg-wm/cjg-stein (cjg);
  services opvoedadvies (0-17 jaar), zwangerschap (-9 maanden t/m 0 jaar), jongereninfo
  (12-23 jaar) = 3; no location without hours.
- Beek GM0888: its only route ended 2025-12-31, so none in force; entry point
  cjg-wm/inloop-beek (inlooppunt, no opening hours); services opvoedadvies, jongereninfo = 2.
- Venlo GM0983: no route; entry point jip-venlo/jip (jip, no opening hours); services
  ggz-jeugd (4-17 jaar), jongereninfo = 2. praktijk-venlo has opening hours.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from wegwijzer.pages import report
from wegwijzer.records.catalog import load_catalog
from wegwijzer.settings import SiteSettings

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "data" / "report"
TODAY = dt.date(2026, 11, 22)


@pytest.fixture
def repo(tmp_path) -> Path:
    root = tmp_path / "repo"
    shutil.copytree(FIXTURE, root)
    shutil.copytree(ROOT / "schemas", root / "schemas")
    return root


@pytest.fixture
def catalog(repo):
    catalog, problems = load_catalog(repo, today=TODAY)
    assert not [p for p in problems if p.is_error], [p.text() for p in problems]
    return catalog


def test_freshness_matches_the_hand_count(catalog):
    fresh = report.build_report(catalog)["freshness"]
    assert fresh["counts"] == {"total": 11, "overdue": 5, "due": 1, "current": 5}
    assert fresh["by_kind"] == {
        "provider": {"total": 3, "overdue": 1, "due": 0, "current": 2},
        "service": {"total": 5, "overdue": 3, "due": 0, "current": 2},
        "municipality": {"total": 3, "overdue": 1, "due": 1, "current": 1},
    }
    assert [(r["kind"], r["id"]) for r in fresh["overdue"]] == [
        ("provider", "jeugdhulp-zuid"),
        ("service", "jeugdhulp-zuid/ggz-jeugd"),
        ("service", "jeugdhulp-zuid/nieuwe-groep"),
        ("municipality", "GM0888"),
        ("service", "cjg-wm/zwangerschap"),
    ]
    assert fresh["due"] == [
        {
            "kind": "municipality",
            "id": "GM0983",
            "name": "Venlo",
            "source": "gemeenten/venlo.yaml",
            "last_reviewed": "2025-12-10",
            "stale_from": "2026-12-11",
        }
    ]


def test_coverage_per_municipality_matches_the_hand_count(catalog):
    data = report.build_report(catalog)
    by_code = {m["code"]: m for m in data["municipalities"]}
    assert list(by_code) == ["GM0888", "GM0971", "GM0983"]
    stein, beek, venlo = by_code["GM0971"], by_code["GM0888"], by_code["GM0983"]

    assert stein["route_in_force"] == "2017-01-01"
    assert beek["route_in_force"] is None
    assert venlo["route_in_force"] is None

    assert stein["entry_points"] == ["cjg-wm/cjg-stein"]
    assert beek["entry_points"] == ["cjg-wm/inloop-beek"]
    assert venlo["entry_points"] == ["jip-venlo/jip"]

    assert (stein["services"], beek["services"], venlo["services"]) == (3, 2, 2)
    assert stein["themes"] == {
        "opgroeien": 1,
        "opvoeden": 1,
        "psychische-gezondheid": 0,
        "zwangerschap-en-baby": 1,
    }
    assert beek["themes"] == {
        "opgroeien": 1,
        "opvoeden": 1,
        "psychische-gezondheid": 0,
        "zwangerschap-en-baby": 0,
    }
    assert venlo["themes"] == {
        "opgroeien": 1,
        "opvoeden": 0,
        "psychische-gezondheid": 1,
        "zwangerschap-en-baby": 0,
    }
    # age groups of the site's "aanbod per leeftijd" (an overlapping range counts)
    assert stein["ages"] == {
        "zwangerschap": 1,
        "0-4": 2,
        "4-12": 1,
        "12-18": 2,
        "18-23": 1,
        "alle-leeftijden": 0,
    }
    assert beek["ages"] == {
        "zwangerschap": 0,
        "0-4": 1,
        "4-12": 1,
        "12-18": 2,
        "18-23": 1,
        "alle-leeftijden": 0,
    }
    assert venlo["ages"] == {
        "zwangerschap": 0,
        "0-4": 0,
        "4-12": 1,
        "12-18": 2,
        "18-23": 1,
        "alle-leeftijden": 0,
    }
    assert stein["locations_without_hours"] == []
    assert beek["locations_without_hours"] == ["cjg-wm/inloop-beek"]
    assert venlo["locations_without_hours"] == ["jip-venlo/jip"]
    # online locations have no opening hours to give
    assert data["locations_without_hours"] == ["cjg-wm/inloop-beek", "jip-venlo/jip"]


def test_build_report_is_pure_and_json_serialisable(catalog):
    first = report.build_report(catalog)
    assert json.loads(json.dumps(first)) == first
    assert report.build_report(catalog) == first


def test_terminal_output(repo, capsys):
    assert report.print_report(repo, TODAY) == 0
    out = capsys.readouterr().out
    assert "11 records: 5 verouderd" in out
    assert "1 binnen 30 dagen verouderd" in out
    assert "Beek (GM0888): GEEN route die nu geldt" in out
    assert "Stein (GM0971): route geldt sinds 2017-01-01" in out
    assert "gemeenten/venlo.yaml: gemeente GM0983 (Venlo)" in out


def test_terminal_json(repo, capsys):
    assert report.print_report(repo, TODAY, as_json=True) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["freshness"]["counts"]["overdue"] == 5


def test_cli_runs_the_report(repo):
    result = subprocess.run(
        [sys.executable, "-m", "wegwijzer", "--root", str(repo), "--datum", "2026-11-22", "report"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "5 verouderd" in result.stdout


def test_report_refuses_records_with_errors(repo, capsys):
    (repo / "providers" / "kapot.yaml").write_text("naam: [\n", encoding="utf-8")
    assert report.print_report(repo, TODAY) == 1
    assert "kapot.yaml" in capsys.readouterr().err


def test_editors_page(catalog):
    settings = SiteSettings.from_mapping("https://github.com/org/repo", {})
    files = report.generate(catalog, settings)
    page = files[report.PAGE]
    assert page.startswith(
        '---\ntitle: "Actualiteit van de gegevens"\nsearch:\n  exclude: true\n---'
    )
    assert "<strong>5 verouderd</strong>" in page
    assert 'href="https://github.com/org/repo/edit/main/providers/jeugdhulp-zuid.yaml"' in page
    assert 'href="../../aanbieders/jeugdhulp-zuid/"' in page
    assert 'href="../../gemeenten/beek/"' in page
    # record text is escaped: the fixture names a service "=GGZ voor jeugd"
    catalog.services["jeugdhulp-zuid/ggz-jeugd"].name = "<script>alert(1)</script>"
    page = report.generate(catalog, settings)[report.PAGE]
    assert "<script>" not in page and "&lt;script&gt;" in page
