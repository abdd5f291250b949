"""Editor help for the records, proven with the editor's own language server: npm
`yaml-language-server` (pinned; it is what Red Hat's YAML extension for VS Code runs) is
driven over LSP stdio like VS Code does. For a municipality's route file
(`gemeenten/<naam>.yaml`) and a provider file it gives the Dutch title and description of the
schema on hover, completes keys and values inside a route or service, and reports a wrong
value; it finds the schema by the file's first line and by `.vscode/settings.json`."""

from __future__ import annotations

import json
import shutil

import pytest
from fixtures import ROOT
from lsp_client import YamlServer

GEMEENTE = json.loads((ROOT / "schemas" / "gemeente.schema.json").read_text("utf-8"))
PROVIDER = json.loads((ROOT / "schemas" / "provider.schema.json").read_text("utf-8"))
ROUTE = GEMEENTE["$defs"]["route"]["properties"]
SERVICE = PROVIDER["$defs"]["dienst"]["properties"]


@pytest.fixture
def server():
    running = YamlServer(ROOT)
    yield running
    running.close()


def _line(lines: list[str], start: str, after: int = 0) -> int:
    return next(i for i, line in enumerate(lines) if i >= after and line.startswith(start))


def test_route_file_has_dutch_hover_completion_and_errors(server):
    path = ROOT / "gemeenten" / "stein.yaml"
    lines = path.read_text("utf-8").split("\n")
    assert lines[0] == "# yaml-language-server: $schema=../schemas/gemeente.schema.json"
    current = _line(lines, "  - geldig_vanaf: 2017-01-01")
    # An editor starts a new key in the route that is in force, and mistypes the province.
    lines.insert(current + 1, "    ")
    province = _line(lines, "provincie:")
    lines[province] = "provincie: limburg"
    uri = server.open(path, "\n".join(lines))

    summary = _line(lines, "    samenvatting:", current)
    hover = server.hover(uri, summary, 6)
    assert hover.startswith(f"#### {ROUTE['samenvatting']['title']}\n")
    assert ROUTE["samenvatting"]["description"] in hover

    # Every key of a route that this route does not have yet (Stein's has all but one).
    keys = {item["label"]: item for item in server.completion(uri, current + 1, 4)}
    assert set(keys) == {"geldig_tot"}
    assert ROUTE["geldig_tot"]["description"] in json.dumps(keys["geldig_tot"], ensure_ascii=False)

    values = [item["label"] for item in server.completion(uri, province, len(lines[province]))]
    assert "Limburg" in values and "Fryslân" in values

    problems = server.problems_of(uri)
    wrong = [p for p in problems if p["range"]["start"]["line"] == province]
    assert wrong and "Limburg" in wrong[0]["message"], problems
    assert "gemeente.schema.json" in json.dumps(wrong[0])


def test_provider_file_has_dutch_hover_completion_and_errors(server):
    path = ROOT / "providers" / "cjg-heemstede.yaml"
    lines = path.read_text("utf-8").split("\n")
    access = _line(lines, "    toegang:", _line(lines, "diensten:"))
    lines[access] = "    toegang: vrij"
    uri = server.open(path, "\n".join(lines))

    hover = server.hover(uri, access, 6)
    assert hover.startswith(f"#### {SERVICE['toegang']['title']}\n")
    assert SERVICE["toegang"]["description"] in hover

    values = [item["label"] for item in server.completion(uri, access, len(lines[access]))]
    assert "vrij-toegankelijk" in values and "beschikking" in values

    problems = server.problems_of(uri)
    wrong = [p for p in problems if p["range"]["start"]["line"] == access]
    assert wrong and "vrij-toegankelijk" in wrong[0]["message"], problems


def test_vscode_settings_map_a_route_file_without_its_first_line(tmp_path):
    """`.vscode/settings.json` alone is enough: a route file whose schema line was deleted
    still gets the help (the extension passes `yaml.schemas` on to the server)."""
    shutil.copytree(ROOT / "schemas", tmp_path / "schemas")
    (tmp_path / "gemeenten").mkdir()
    text = (ROOT / "gemeenten" / "stein.yaml").read_text("utf-8").split("\n", 1)[1]
    path = tmp_path / "gemeenten" / "stein.yaml"
    path.write_text(text, "utf-8")
    settings = json.loads((ROOT / ".vscode" / "settings.json").read_text("utf-8"))
    assert settings["yaml.schemas"]["./schemas/gemeente.schema.json"] == "gemeenten/*.yaml"
    # As the extension does: the settings as written, relative to the workspace folder.
    running = YamlServer(tmp_path, {"schemas": settings["yaml.schemas"]})
    try:
        uri = running.open(path, text)
        lines = text.split("\n")
        hover = running.hover(uri, _line(lines, "jeugdregio:"), 2)
        assert GEMEENTE["properties"]["jeugdregio"]["description"] in hover
    finally:
        running.close()
