"""The benchmark's hosting rows (benchmarks/hosting.py): size per folder against the host's
limits, pages over 1 MB, and what a first visit downloads, measured in Chromium."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("hosting", ROOT / "benchmarks" / "hosting.py")
hosting = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(hosting)


def _site(tmp_path: Path) -> Path:
    files = {
        "index.html": 100,
        "diensten/a/b/index.html": 300,
        "diensten/a/c/index.html": 300,
        "api/v2/providers/a.json": 50,
        "api/hsds/services.json": 70,
        "sociale-kaart/leeftijd/12-18/index.html": 2_000,
    }
    for rel, size in files.items():
        path = tmp_path / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x" * size)
    return tmp_path


def test_folders_are_counted_by_their_contents_and_marked(tmp_path, monkeypatch):
    site = _site(tmp_path)
    rows = dict(hosting.measure_folders(site))
    assert rows["site on disk"].startswith("2.8 KB in 6 files")
    assert "ok" in rows["site on disk"] and "NIET GEHAALD" not in rows["site on disk"]
    assert rows["  diensten/"] == "0.6 KB in 2 files"
    assert rows["  api/v2/"] == "0.0 KB in 1 files"
    monkeypatch.setattr(hosting, "TARGET_SITE_FILES", 5)
    assert "<= 50,000 files: NIET GEHAALD" in dict(hosting.measure_folders(site))["site on disk"]


def test_pages_over_the_budget_are_named(tmp_path, monkeypatch):
    site = _site(tmp_path)
    assert dict(hosting.measure_big_pages(site))["HTML pages over 1 MB"].startswith("0 ")
    monkeypatch.setattr(hosting, "TARGET_PAGE_BYTES", 1000)
    row = dict(hosting.measure_big_pages(site))["HTML pages over 1 MB"]
    assert row.startswith("1 ") and "sociale-kaart/leeftijd/12-18" in row
    assert row.endswith("NIET GEHAALD)")


def test_first_visits_are_measured_in_chromium(site_dir, browser):
    rows = dict(hosting.measure_first_visit(site_dir, browser))
    labels = [label for label, _ in hosting._visits(site_dir)]
    assert sorted(rows) == sorted(f"first visit: {label}" for label in labels)
    for label, value in rows.items():
        match = re.match(r"([\d,.]+) KB gzip \(([\d,.]+) KB raw\) in (\d+) requests", value)
        assert match, (label, value)
        gz, raw, requests = (
            float(match[1].replace(",", "")),
            float(match[2].replace(",", "")),
            int(match[3]),
        )
        # a page, Material's CSS and JS at least; gzip makes text smaller
        assert requests >= 3 and 10 < gz < raw, (label, value)
    assert "doel <= 80 KB" in rows["first visit: dienst"]
    assert "doel <= 300 KB" in rows["first visit: overzichtskaart"]
    # the search visit includes the first query's data
    assert "zoekindex" in rows["first visit: zoeken + eerste zoekvraag"] or int(
        re.search(r"in (\d+) requests", rows["first visit: zoeken + eerste zoekvraag"])[1]
    ) > int(re.search(r"in (\d+) requests", rows["first visit: leeftijdsgroep"])[1])
