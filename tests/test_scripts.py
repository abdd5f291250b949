"""The site's own scripts: `browser/<name>/*.js` joined into `assets/javascripts/<name>.js`."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest
from fixtures import ROOT

from wegwijzer import scripts


def _parts(name: str) -> list:
    return sorted((ROOT / "browser" / name).glob("*.js"))


def test_each_folder_is_served_as_one_file_in_name_order():
    served = scripts.assets(ROOT)
    assert set(served) == {"assets/javascripts/kaart.js", "assets/javascripts/zoeken.js"}
    for name in ("kaart", "zoeken"):
        parts = [p.read_bytes() for p in _parts(name)]
        assert served[f"assets/javascripts/{name}.js"] == b";\n".join(parts)


@pytest.mark.parametrize("name", ["kaart", "zoeken"])
def test_every_part_is_a_small_plain_script_with_a_header(name):
    parts = _parts(name)
    assert len(parts) >= 4
    assert parts[-1].name == "90-start.js", "het laatste bestand start het script"
    for path in parts:
        text = path.read_text("utf-8")
        assert text.startswith("/*\n"), f"{path.name}: kopcommentaar"
        assert text.endswith("\n")
        assert len(text.splitlines()) < 200, path.name
        assert "import " not in text and "export " not in text, path.name
        assert "innerHTML" not in text and "insertAdjacentHTML" not in text, path.name


def test_without_sources_the_build_stops_with_a_message(tmp_path):
    with pytest.raises(ValueError, match="browser"):  # the MkDocs adapter reports ValueError
        scripts.assets(tmp_path)


# Both scripts run in one context as a page without a map or search form: they must run to
# the end (no part runs on into the next one) and leave only the globals they always had.
RUN = """
const vm = require("node:vm");
const document = {
  readyState: "complete", currentScript: null, body: { contains: () => true },
  getElementById: () => null, querySelectorAll: () => [],
};
const context = { document };
context.window = context;
vm.createContext(context);
for (const source of JSON.parse(process.argv[1])) {
  vm.runInContext(source, context);
}
process.stdout.write(JSON.stringify(Object.keys(context).sort()));
"""


def test_the_joined_scripts_run_and_keep_their_globals():
    node = shutil.which("node")
    assert node, "node (20 of nieuwer) is nodig"
    served = scripts.assets(ROOT)
    sources = [served[f"assets/javascripts/{n}.js"].decode("utf-8") for n in ("kaart", "zoeken")]
    result = subprocess.run(
        [node, "-e", RUN, json.dumps(sources)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert json.loads(result.stdout) == ["document", "wegwijzerKaart", "window"]
