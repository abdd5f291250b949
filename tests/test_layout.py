"""`wegwijzer.layout` (every page as `X/index.md`, Markdown links rebased, `bron` in the front
matter) and `wegwijzer.builders` (the configuration for builders without hooks)."""

from __future__ import annotations

import yaml
from conftest import ROOT

from wegwijzer import layout
from wegwijzer.builders import builder_config


def test_a_page_moves_to_its_own_folder_and_other_files_stay():
    assert layout.source_path("aanbieders/x.md") == "aanbieders/x/index.md"
    assert layout.source_path("diensten/a/b.md") == "diensten/a/b/index.md"
    for same in ("index.md", "gemeenten/index.md", "api/v1/index.json", "assets/x.css"):
        assert layout.source_path(same) == same
    assert layout.moved_from("gemeenten/stein/index.md") == "gemeenten/stein.md"
    assert layout.moved_from("index.md") is None


def test_relative_markdown_links_reach_the_same_page_after_the_move():
    moved = "handboek/poh-jeugd.md"  # now handboek/poh-jeugd/index.md
    assert layout.rebase_link(moved, "route-naar-jeugdhulp.md") == (
        "../route-naar-jeugdhulp/index.md"
    )
    assert layout.rebase_link(moved, "../gemeenten/index.md#stein") == (
        "../../gemeenten/index.md#stein"
    )
    assert layout.rebase_link(moved, "../api/v1/index.json") == "../../api/v1/index.json"
    # a page that stays (index.md) keeps its links, except those to a moved page
    assert layout.rebase_link("handboek/index.md", "doorzorg.md") == "doorzorg/index.md"
    assert layout.rebase_link("open-data/index.md", "../api/v1/x.json") == "../api/v1/x.json"
    for untouched in ("https://x.nl/a.md", "tel:112", "mailto:a@b.nl", "#kop", "/abs.md", ""):
        assert layout.rebase_link(moved, untouched) == untouched


def test_code_and_front_matter_are_not_rewritten():
    page = (
        '---\ntitle: "a](b.md)"\n---\n\n'
        "Zie [de route](route.md) en `[code](x.md)`.\n\n"
        "```\n[in een blok](y.md)\n```\n\n"
        "[def]: z.md\n\n"
        "<table><tr><td>[e](javascript&#58;alert(60)) [r](r.md)</td></tr>\n"
        "<tr><td>[f](g.md)</td></tr></table>\n"
    )
    path, out = layout.lay_out("handboek/a.md", page)
    assert path == "handboek/a/index.md"
    assert 'title: "a](b.md)"' in out
    assert "[de route](../route/index.md)" in out
    assert "`[code](x.md)`" in out
    assert "[in een blok](y.md)" in out
    assert "[def]: ../z/index.md" in out
    # raw HTML is not Markdown: its text (here a record's) stays exactly as written
    assert "<td>[e](javascript&#58;alert(60)) [r](r.md)</td>" in out
    assert "<tr><td>[f](g.md)</td></tr></table>" in out


def test_every_page_names_the_file_to_edit():
    _, made = layout.lay_out("sociale-kaart/themas.md", '---\ntitle: "Thema\'s"\n---\n\nx\n')
    assert made.startswith('---\nbron: ""\ntitle:')
    kept = '---\ntitle: "X"\nbron: "providers/x.yaml"\n---\n\nx\n'
    assert layout.lay_out("aanbieders/x.md", kept)[1] == kept
    finished = '---\ntitle: "X"\nkant_en_klaar: true\n---\n\n<a href="../y/">y</a>\n'
    assert layout.lay_out("aanbieders/x.md", finished)[1].endswith('<a href="../y/">y</a>\n')


def test_the_zensical_configuration_is_mkdocs_yml_without_hooks(tmp_path):
    (tmp_path / "docs").mkdir()
    config = builder_config(
        ROOT, tmp_path / "docs", tmp_path / "site", tmp_path / "z.yml", "zensical"
    )
    original = yaml.safe_load((ROOT / "mkdocs.yml").read_text("utf-8"))
    assert "hooks" not in config and original["hooks"]
    assert (config["docs_dir"], config["site_dir"]) == ("docs", "site")
    assert config["theme"]["variant"] == "classic" and config["theme"]["language"] == "nl"
    assert (tmp_path / config["theme"]["custom_dir"]).resolve() == ROOT / "overrides"
    # The site's own search replaces Material's: no search plugin in either config.
    assert config["plugins"] == original["plugins"] == []
    assert "watch" not in config
    assert config["nav"] == original["nav"] and config["extra"] == original["extra"]
    properdocs = builder_config(
        ROOT, tmp_path / "docs", tmp_path / "site", tmp_path / "p.yml", "properdocs"
    )
    assert "variant" not in properdocs["theme"]
    assert properdocs["plugins"] == original["plugins"]


def test_the_404_page_of_a_builder_without_hooks_lists_the_municipalities(tmp_path):
    places = [("Stein", "gemeenten/stein/"), ('<b>"Kwaad"</b>', "gemeenten/kwaad/")]
    config = builder_config(
        ROOT, tmp_path / "docs", tmp_path / "site", tmp_path / "z.yml", "zensical", places
    )
    body = config["extra"]["wegwijzer_404"]
    # served from any address: the links start at the path of site_url (/wegwijzer/)
    assert '<a href="/wegwijzer/gemeenten/stein/">Stein</a>' in body
    assert "&lt;b&gt;&quot;Kwaad&quot;&lt;/b&gt;" in body and "<b>" not in body  # escaped
    assert 'href="tel:112"' in body and "Deze pagina bestaat niet (meer)" in body
    without = builder_config(
        ROOT, tmp_path / "docs", tmp_path / "site", tmp_path / "z.yml", "zensical"
    )
    assert "wegwijzer_404" not in without["extra"]
