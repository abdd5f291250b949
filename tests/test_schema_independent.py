"""The schemas work outside Wegwijzer: each has an `$id` (where the site publishes it), and
ajv (npm, pinned; strict mode, YAML read by the `yaml` package) accepts the sample data and
refuses a bad record."""

from __future__ import annotations

import json
import shutil
import subprocess

from fixtures import ROOT, basis_repo

from wegwijzer.opendata.datadoc import SCHEMA_BASE
from wegwijzer.records.schema import SCHEMA_FILES

SCRIPT = ROOT / "tests" / "js" / "validate_records.cjs"


def _validate(root) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["node", str(SCRIPT), str(root)], capture_output=True, text=True, check=False, cwd=ROOT
    )


def test_every_schema_has_the_id_of_its_published_copy():
    site_url = "https://wegwijzer-jeugd.github.io/wegwijzer/"
    assert f"site_url: {site_url}" in (ROOT / "mkdocs.yml").read_text("utf-8")
    for name in SCHEMA_FILES:
        schema = json.loads((ROOT / "schemas" / f"{name}.schema.json").read_text("utf-8"))
        assert schema["$id"] == f"{site_url}{SCHEMA_BASE}/{name}.schema.json"


def test_ajv_accepts_the_sample_data():
    result = _validate(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().endswith(" bestanden gecontroleerd, 0 problemen")
    assert int(result.stdout.split()[-5]) > 20


def test_ajv_refuses_a_bad_record(tmp_path):
    root = basis_repo(tmp_path / "repo")
    shutil.copy(
        ROOT / "tests/data/invalid/provider_soort_onbekende-waarde.yaml",
        root / "providers" / "fout.yaml",
    )
    result = _validate(root)
    assert result.returncode == 1
    assert "providers/fout.yaml: /soort must be equal to one of the allowed values" in (
        result.stdout
    )
