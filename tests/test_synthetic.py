"""The synthetic data generator: its output passes `wegwijzer check`, is deterministic, and
builds as a site.

The benchmark (benchmarks/run.py) relies on both: a set that has errors would measure the
error path, and a set that differs between runs would not be comparable.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from conftest import ROOT, build_site

from wegwijzer import synthetic
from wegwijzer.cli import main as cli_main
from wegwijzer.records import geo, hours, phones
from wegwijzer.records.catalog import load_catalog

TODAY = synthetic.REFERENCE_DATE
SMALL = synthetic.Sizes(gemeenten=5, aanbieders=20, diensten=80, locaties=40)


def tree(folder: Path) -> dict[str, bytes | str]:
    """Every file (bytes) and symlink (its target) under `folder`, by relative path."""
    out: dict[str, bytes | str] = {}
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder).as_posix()
        if path.is_symlink():
            out[rel] = f"-> {path.readlink()}"
        elif path.is_file() and "node_modules" not in path.relative_to(folder).parts:
            out[rel] = path.read_bytes()
    return out


@pytest.fixture(scope="module")
def small(tmp_path_factory) -> Path:
    dest = tmp_path_factory.mktemp("synthetisch") / "repo"
    synthetic.write_repository(dest, SMALL, seed=7, today=TODAY)
    return dest


@pytest.fixture(scope="module")
def medium(tmp_path_factory) -> Path:
    """Enough municipalities and providers for route history, regions and every kind."""
    dest = tmp_path_factory.mktemp("synthetisch-middel") / "repo"
    synthetic.write_repository(dest, synthetic.scaled(2500), seed=3, today=TODAY)
    return dest


def test_small_set_passes_check_with_zero_errors(small, capsys):
    assert cli_main(["--root", str(small), "--datum", TODAY.isoformat(), "check"]) == 0
    _, problems = load_catalog(small, today=TODAY)
    assert [p.text() for p in problems if p.is_error] == []
    # Warnings only for reviews older than 12 months, never for postcodes or anything else.
    assert all("niet meer gecontroleerd" in p.message for p in problems), problems


def test_small_set_has_the_requested_sizes(small):
    catalog, _ = load_catalog(small, today=TODAY)
    assert len(catalog.municipalities) == SMALL.gemeenten
    assert len(catalog.providers) == SMALL.aanbieders
    assert len(catalog.services) == SMALL.diensten
    assert len(catalog.locations) == SMALL.locaties


def test_medium_set_passes_check_and_has_variety(medium):
    catalog, problems = load_catalog(medium, today=TODAY)
    assert [p.text() for p in problems if p.is_error] == []
    sizes = synthetic.scaled(2500)
    assert len(catalog.providers) == sizes.aanbieders
    assert len(catalog.services) == sizes.diensten
    assert len(catalog.locations) == sizes.locaties
    assert len(catalog.municipalities) == sizes.gemeenten
    services = list(catalog.services.values())
    assert {s.access for s in services} == {"vrij-toegankelijk", "verwijzing", "beschikking"}
    assert {f for s in services for f in s.funding} >= {"gratis", "zorg-in-natura", "pgb"}
    assert any(s.age_min_months is not None and s.age_min_months < 0 for s in services)
    assert any("vrijwilligers" in s.delivery for s in services)
    assert len({s.themes[0] for s in services}) >= 10
    assert any(len(m.routes) > 1 for m in catalog.municipalities.values())
    assert len({loc.raw.get("openingstijden") for loc in catalog.locations.values()}) >= 10
    kinds = Counter(p.kind for p in catalog.providers.values())
    assert kinds["cjg"] and kinds["gemeente"] and kinds["jeugdhulpaanbieder"] > kinds["cjg"]
    # Mostly reviewed within 12 months of the reference date, some older.
    stale = [p for p in problems if "niet meer gecontroleerd" in p.message]
    reviewed = len(catalog.providers) + sum(1 for s in services if "laatst_gecontroleerd" in s.raw)
    assert 0 < len(stale) < 0.2 * (reviewed + len(catalog.municipalities))


def test_values_are_realistic(medium):
    catalog, _ = load_catalog(medium, today=TODAY)
    municipalities = catalog.municipalities
    assert all(re.fullmatch(r"GM\d{4}", code) for code in municipalities)
    ranges = sorted((lo, hi) for m in municipalities.values() for lo, hi in m.postcodes)
    assert all(a[1] < b[0] for a, b in zip(ranges, ranges[1:], strict=False))  # no overlap
    for loc in catalog.locations.values():
        if loc.kind == "online":
            assert loc.website and not loc.address
            continue
        municipality = municipalities[loc.municipality]
        box = geo.PROVINCES[municipality.province]
        assert geo.inside(loc.lat, loc.lon, box), (loc.id, municipality.province)
        digits = int(loc.address["postcode"][:4])
        assert any(lo <= digits <= hi for lo, hi in municipality.postcodes)
        if loc.opening_hours:
            assert hours.check(loc.opening_hours) is None
    numbers = [p.phone for p in catalog.providers.values()]
    numbers += [line.number for loc in catalog.locations.values() for line in loc.phone_lines]
    assert all(phones.parse(n)[0] for n in numbers)


def test_phone_lines_with_hours_crisis_lines_and_appointments(medium):
    """What the national benchmark must exercise (issue 11): office-hours lines, 24/7 crisis
    lines, lines without hours, locations by appointment only; never the old telefoon."""
    catalog, problems = load_catalog(medium, today=TODAY)
    assert [p.text() for p in problems if p.is_error] == []
    assert not [p for p in problems if "verouderd" in p.message]
    providers = list(catalog.providers.values())
    lines = [line for p in providers for line in p.phone_lines]
    assert all(p.phone_lines for p in providers)  # every organisation can be called
    assert not any("telefoon" in p.raw or "telefoon_toelichting" in p.raw for p in providers)
    office = [line for line in lines if line.hours and line.hours != "24/7"]
    crisis = [line for line in lines if line.crisis]
    assert 0.6 * len(providers) < len(office) < 0.95 * len(providers)
    assert 0 < len([line for line in lines if not line.hours]) < 0.35 * len(providers)
    assert crisis and all(line.hours == "24/7" for line in crisis)
    kinds = {p.kind for p in providers if any(line.crisis for line in p.phone_lines)}
    assert "veiligheid" in kinds and kinds <= {
        "veiligheid",
        "gecertificeerde-instelling",
        "jeugdhulpaanbieder",
    }
    assert all(hours.check(line.hours) is None for line in office)
    locations = list(catalog.locations.values())
    by_appointment = [loc for loc in locations if loc.by_appointment]
    assert 0.02 * len(locations) < len(by_appointment) < 0.2 * len(locations)
    assert all(loc.kind in ("praktijk", "kantoor") for loc in by_appointment)
    assert 0.2 * len(locations) < sum(bool(loc.phone_lines) for loc in locations)
    services = list(catalog.services.values())
    assert 0.05 * len(services) < sum(bool(svc.phone_lines) for svc in services)


def test_record_files_start_with_the_schema_line(small):
    providers = sorted((small / "providers").glob("*.yaml"))
    assert len(providers) == SMALL.aanbieders
    for path in providers:
        first = path.read_text("utf-8").split("\n", 1)[0]
        assert first == "# yaml-language-server: $schema=../schemas/provider.schema.json"
        text = path.read_text("utf-8")
        assert re.search(r'nummer: "0[0-9-]+"', text)  # phone numbers are quoted
    pages = sorted((small / "content" / "gemeenten").glob("*.md"))
    assert pages and [p.stem for p in pages] == [
        p.stem for p in sorted((small / "gemeenten").glob("*.yaml"))
    ]
    for path in sorted((small / "gemeenten").glob("*.yaml")):
        first = path.read_text("utf-8").split("\n", 1)[0]
        assert first == "# yaml-language-server: $schema=../schemas/gemeente.schema.json"
    for path in pages:
        assert not path.read_text("utf-8").startswith("---")  # prose only


def test_repository_skeleton_is_complete(small):
    for name in ("mkdocs.yml", "taxonomie/themas.yaml", "schemas/provider.schema.json"):
        assert (small / name).is_file(), name
    assert (small / "hooks").is_dir() and (small / "overrides").is_dir()
    assert (small / "browser" / "kaart").is_dir()
    assert (small / "node_modules").is_symlink()
    assert (small / "taxonomie/themas.yaml").read_bytes() == (
        ROOT / "taxonomie/themas.yaml"
    ).read_bytes()


def test_handbook_references_point_at_synthetic_records(small):
    catalog, _ = load_catalog(small, today=TODAY)
    sources = sorted((ROOT / "content" / "handboek").glob("*.md"))
    copies = sorted((small / "content" / "handboek").glob("*.md"))
    assert [p.name for p in copies] == [p.name for p in sources]
    refs = re.findall(r"\[\[([^\]|]+)(?:\|[^\]]*)?\]\]", "".join(p.read_text() for p in copies))
    assert refs, "het handboek verwijst naar records"
    assert all(catalog.record(ref) is not None for ref in refs), refs


def test_same_seed_gives_byte_identical_files(tmp_path):
    first, second, other = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    synthetic.write_repository(first, SMALL, seed=11, today=TODAY)
    synthetic.write_repository(second, SMALL, seed=11, today=TODAY)
    synthetic.write_repository(other, SMALL, seed=12, today=TODAY)
    assert tree(first) == tree(second)
    assert tree(first) != tree(other)


def test_records_is_a_pure_function():
    a = synthetic.records(SMALL, seed=5, today=TODAY)
    b = synthetic.records(SMALL, seed=5, today=TODAY)
    assert a == b
    assert synthetic.records(SMALL, seed=5, today=TODAY + dt.timedelta(days=1)) != a


def digest(files: dict[str, bytes | str]) -> str:
    """SHA-256 over every path and its content (text as UTF-8), in path order."""
    sha = hashlib.sha256()
    for path, content in sorted(files.items()):
        data = content if isinstance(content, bytes) else content.encode("utf-8")
        sha.update(f"{path}\0{len(data)}\0".encode() + data)
    return sha.hexdigest()


def test_same_seed_gives_byte_identical_files_in_another_process(tmp_path):
    """Two runs of the command line, with different string hashing (PYTHONHASHSEED), write
    the same bytes: nothing depends on set order, the clock or the process."""
    args = ["--gemeenten", "5", "--aanbieders", "20", "--diensten", "80", "--locaties", "40"]
    digests = []
    for hash_seed in ("1", "2"):
        dest = tmp_path / f"hash-{hash_seed}"
        result = subprocess.run(
            [sys.executable, "-m", "wegwijzer.synthetic", str(dest), *args, "--seed", "11"],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONHASHSEED": hash_seed},
        )
        assert result.returncode == 0, result.stderr
        digests.append(digest(tree(dest)))
    assert digests[0] == digests[1]


# The taxonomy's theme ids when the hash below was recorded, so that editing the taxonomy
# does not change it.
THEMES = (
    "opvoeden",
    "opgroeien",
    "zwangerschap-en-baby",
    "gezondheid",
    "echtscheiding",
    "geldzorgen",
    "psychische-klachten",
    "ontwikkeling",
    "onderwijs-en-school",
    "veiligheid",
    "jongeren-informatie",
    "specialistische-jeugdhulp",
    "pgb",
    "kinderopvang-sociaal-medisch",
    "vrijetijd-en-sport",
    "verslaving",
    "pesten",
    "jonge-mantelzorgers",
    "begeleiding",
    "gezinsplan-en-coordinatie",
    "sociale-contacten-en-vrijwilligers",
)


def test_generator_and_tables_give_the_recorded_records():
    """Pins the generator and its tables (wegwijzer/synthetic/tabellen.json): the hash was
    recorded before the tables moved out of the code, and the move changed no byte; issue 11
    changed it on purpose (jeugdregio as a region id, regions file, access as a list), and so
    did issue 12 (locations on land: retries inside the real border; the route data in its
    own file `gemeenten/<slug>.yaml` beside the page text, 12 more files, same records), and
    again the rest of issues 11 and 12: phone lines (telefoonlijnen with hours, crisis lines,
    op_afspraak) in place of telefoon, and the 0.2 km OpenStreetMap border in place of
    Natural Earth's.

    A deliberate change to the generator or the tables changes this hash (and every
    benchmark set): record the new one and say so in the commit message."""
    files = synthetic.records(synthetic.Sizes(12, 60, 240, 120), seed=8, today=TODAY, themes=THEMES)
    # 72 records + taxonomie/jeugdregios.yaml (issue 11) + the 12 route pages' text (issue 12)
    assert len(files) == 85
    assert digest(files) == "0d6e490f84115bed77ab1e3cc938afb95f02bddaef0fd909c411fd396fd629c5"


def test_scales_keep_the_national_ratio():
    assert synthetic.parse_scale("nl") == synthetic.NATIONAL
    one_k = synthetic.parse_scale("1k")
    assert one_k.records == pytest.approx(1000, abs=2)
    assert one_k.diensten == 2 * one_k.locaties == pytest.approx(4 * one_k.aanbieders, abs=2)
    assert synthetic.parse_scale("10k").records == pytest.approx(10000, abs=2)
    with pytest.raises(ValueError):
        synthetic.parse_scale("veel")
    with pytest.raises(ValueError):
        synthetic.records(synthetic.Sizes(343, 1, 1, 1))


def test_too_few_providers_or_locations_still_pass_check(tmp_path):
    """Budgets smaller than the municipalities need: references fall back, nothing dangles."""
    dest = tmp_path / "krap"
    synthetic.write_repository(dest, synthetic.Sizes(8, 3, 2, 1), seed=2, today=TODAY)
    _, problems = load_catalog(dest, today=TODAY)
    assert [p.text() for p in problems if p.is_error] == []


def test_refuses_to_overwrite_a_folder_that_is_not_synthetic(tmp_path):
    (tmp_path / "iets.txt").write_text("van iemand anders")
    with pytest.raises(FileExistsError):
        synthetic.write_repository(tmp_path, SMALL, seed=1, today=TODAY)
    assert (tmp_path / "iets.txt").exists()


def test_command_line(tmp_path):
    dest = tmp_path / "cli"
    args = ["--gemeenten", "3", "--aanbieders", "6", "--diensten", "12", "--locaties", "8"]
    result = subprocess.run(
        [sys.executable, "-m", "wegwijzer.synthetic", str(dest), *args, "--seed", "4"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "3 gemeenten, 6 aanbieders, 12 diensten, 8 locaties" in result.stdout
    assert len(list((dest / "providers").glob("*.yaml"))) == 6
    again = subprocess.run(
        [sys.executable, "-m", "wegwijzer.synthetic", str(dest), *args], capture_output=True
    )
    assert again.returncode == 2  # exists: needs --overschrijf


def test_small_set_builds_as_a_site(small, tmp_path):
    result = build_site(small, tmp_path / "site")
    assert result.returncode == 0, result.stderr[-3000:]
    assert (tmp_path / "site" / "index.html").is_file()
