"""Building the real site: two builds are byte-identical, and a handbook reference to an
id that does not exist stops the build with file and line."""

from __future__ import annotations

import filecmp

from conftest import ROOT, build_site, copy_repo


def _differences(left: filecmp.dircmp) -> list[str]:
    out = [f"{left.left}/{name}" for name in left.diff_files + left.left_only + left.right_only]
    for sub in left.subdirs.values():
        out += _differences(sub)
    return out


def test_two_builds_are_identical(tmp_path):
    first, second = tmp_path / "een", tmp_path / "twee"
    for dest in (first, second):
        result = build_site(ROOT, dest)
        assert result.returncode == 0, result.stderr
    assert _differences(filecmp.dircmp(first, second, ignore=[])) == []


def test_unknown_handbook_reference_fails_the_build(tmp_path):
    root = tmp_path / "repo"
    root.mkdir()
    copy_repo(root)
    page = root / "content" / "handboek" / "doorzorg.md"
    text = page.read_text("utf-8")
    page.write_text(text + "\nZie ook [[jgz-zoetermeer/bestaat-niet]].\n", "utf-8")
    line = len(text.split("\n")) + 1
    result = build_site(root, tmp_path / "site")
    assert result.returncode != 0
    assert (
        f"content/handboek/doorzorg.md:{line}:9: verwijzing: "
        "'jgz-zoetermeer/bestaat-niet' bestaat niet"
    ) in result.stderr
