"""The GitHub workflow: the Debian image of the README, a weekly rebuild that deploys, and
`wegwijzer diff` in the pull request's job summary next to the check annotations."""

from __future__ import annotations

import yaml
from fixtures import ROOT

WORKFLOW = yaml.safe_load((ROOT / ".github" / "workflows" / "site.yml").read_text("utf-8"))
TRIGGERS = WORKFLOW[True]  # YAML 1.1 reads the key `on` as true


def _runs(job: str) -> list[str]:
    return [step.get("run", "") for step in WORKFLOW["jobs"][job]["steps"]]


def test_runs_in_the_debian_image_the_readme_promises():
    assert WORKFLOW["jobs"]["test"]["container"] == "python:3.11-bookworm"
    assert "make test" in _runs("test")
    assert "python:3.11-bookworm" in (ROOT / "README.md").read_text("utf-8")


def test_weekly_rebuild_deploys():
    assert TRIGGERS["schedule"][0]["cron"].split()[2:] == ["*", "*", "1"]
    condition = WORKFLOW["jobs"]["deploy"]["if"]
    assert "github.event_name != 'pull_request'" in condition
    assert "refs/heads/main" in condition


def test_pull_request_summary_has_the_diff_and_annotations():
    runs = _runs("test")
    assert any("wegwijzer check --format github" in run for run in runs)
    diff = next(run for run in runs if "wegwijzer diff" in run)
    assert "GITHUB_STEP_SUMMARY" in diff and "github.base_ref" in diff
    checkout = WORKFLOW["jobs"]["test"]["steps"][0]
    assert checkout["with"]["fetch-depth"] == 0
