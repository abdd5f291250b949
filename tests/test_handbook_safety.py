"""Raw HTML, scripts and unsafe links in the open handbook are errors with file, line and
column (wegwijzer.records.handbook_safety); what Markdown and the handbook's own syntax make passes,
and so does every page of the real handbook."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from fixtures import basis_repo

from wegwijzer.pages.handbook import handbook_problems, render_page, safety_problems, sources_in
from wegwijzer.records.handbook_safety import PageCheck, markdown_setup, scheme
from wegwijzer.records.model import Catalog

ROOT = Path(__file__).resolve().parent.parent
TODAY = dt.date(2026, 11, 22)

SCRIPT = "html: <script> is niet toegestaan in het handboek; schrijf gewone Markdown"
LINK = "link: 'javascript:' is geen toegestane link; gebruik https:, mailto: of tel:"
STYLE = "html: het attribuut style is niet toegestaan in het handboek; de site zorgt zelf voor de opmaak"


def handler(name: str) -> str:
    return (
        f"html: het attribuut {name} voert een script uit en is niet toegestaan in het "
        "handboek; haal het weg"
    )


def element(tag: str) -> str:
    return f"html: <{tag}> is niet toegestaan in het handboek; schrijf gewone Markdown"


def image(scheme_name: str) -> str:
    return (
        f"afbeelding: '{scheme_name}:' is geen toegestane bron voor een afbeelding; "
        "gebruik https: of een afbeelding op de site"
    )


@pytest.fixture(scope="module")
def check() -> PageCheck:
    return PageCheck.for_repository(ROOT)


def problems(check: PageCheck, source: str, path: str = "handboek/test.md") -> list[str]:
    """`line:col: field: message` of every problem, in source order."""
    page, _ = render_page(path, source, Catalog(today=TODAY))
    found = sorted(safety_problems(check, path, source, page))
    return [p.text().removeprefix(f"content/{path}:") for p in found]


def body(check: PageCheck, markdown: str) -> list[str]:
    """Problems of a page whose body is `markdown`, after a three-line front matter (so the
    body starts on line 5: the line numbers count the front matter)."""
    return problems(check, "---\ntitle: Test\n---\n\n" + markdown)


# --- what must be reported, each where it starts -------------------------------------------


def test_script(check):
    assert body(check, "Tekst <script>alert(1)</script> hier.\n") == [f"5:7: {SCRIPT}"]


def test_script_in_capitals(check):
    assert body(check, "<SCRIPT>alert(1)</SCRIPT>\n") == [f"5:1: {SCRIPT}"]


def test_iframe(check):
    assert body(check, '<iframe src="https://example.org"></iframe>\n') == [
        f"5:1: {element('iframe')}"
    ]


def test_img_onerror(check):
    assert body(check, "Zie <img src=x onerror=alert(1)>\n") == [f"5:16: {handler('onerror')}"]


def test_a_href_javascript(check):
    assert body(check, 'Klik <a href="javascript:alert(1)">hier</a>.\n') == [f"5:15: {LINK}"]


def test_attr_list_onclick(check):
    assert body(check, 'Een alinea.\n{: onclick="alert(1)" }\n') == [f"6:4: {handler('onclick')}"]


def test_attr_list_on_a_heading_and_a_fence(check):
    markdown = '## Kop { onmouseover="alert(1)" }\n\n```{ .py onclick="x" }\ncode\n```\n'
    assert body(check, markdown) == [
        f"5:10: {handler('onmouseover')}",
        f"7:10: {handler('onclick')}",
    ]


def test_markdown_link(check):
    assert body(check, "Zie [hier](javascript:alert(1)).\n") == [f"5:12: {LINK}"]


def test_markdown_link_in_angle_brackets(check):
    assert body(check, "Zie [hier](<javascript:alert(1)>).\n") == [f"5:13: {LINK}"]


def test_reference_definition_is_reported_where_it_is_defined(check):
    markdown = "Zie [hier][x] en [daar][y].\n\n[x]: https://example.org\n[y]: javascript:alert(1)\n"
    assert body(check, markdown) == [f"8:6: {LINK}"]


@pytest.mark.parametrize(
    "href",
    [
        "java&#115;cript:alert(1)",
        "&#x6A;avascript:alert(1)",
        "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)",
        "java&#9;script:alert(1)",
        "java&#x0A;script:alert(1)",
        "&#32;javascript:alert(1)",
        "JavaScript:alert(1)",
        "javascript&colon;alert(1)",
    ],
)
def test_entity_obfuscated_schemes(check, href):
    assert body(check, f"Zie [hier]({href}).\n") == [f"5:12: {LINK}"]
    assert body(check, f'Zie <a href="{href}">hier</a>.\n') == [f"5:14: {LINK}"]


def test_data_urls(check):
    markdown = (
        "[open](data:text/html,<script>alert(1)</script>)\n\n"
        "![plaatje](data:image/svg+xml;base64,PHN2Zz4=)\n"
    )
    assert body(check, markdown) == [
        "5:8: link: 'data:' is geen toegestane link; gebruik https:, mailto: of tel:",
        f"7:12: {image('data')}",
    ]


def test_other_schemes(check):
    markdown = "[a](vbscript:x) [b](file:///etc/passwd) <ftp://example.org/x>\n"
    assert [p.split(": ", 1)[1] for p in body(check, markdown)] == [
        "link: 'vbscript:' is geen toegestane link; gebruik https:, mailto: of tel:",
        "link: 'file:' is geen toegestane link; gebruik https:, mailto: of tel:",
        "link: 'ftp:' is geen toegestane link; gebruik https:, mailto: of tel:",
    ]


def test_an_image_is_http_or_relative_only(check):
    markdown = "![a](mailto:x@example.org) ![b](https://example.org/b.png) ![c](../c.png)\n"
    assert body(check, markdown) == [f"5:6: {image('mailto')}"]


def test_style_attribute(check):
    assert body(check, '<p style="color: red">Rood</p>\n\nTekst\n{: style="x" }\n') == [
        f"5:4: {STYLE}",
        f"8:4: {STYLE}",
    ]


@pytest.mark.parametrize(
    "html, tag",
    [
        ('<form action="https://example.org"><button>Stuur</button></form>', "form"),
        ('<base href="https://example.org/">', "base"),
        ('<meta http-equiv="refresh" content="0;url=https://example.org">', "meta"),
        ("<object></object>", "object"),
        ('<embed src="https://example.org/x.swf">', "embed"),
        ("<style>body { display: none }</style>", "style"),
        ('<link rel="stylesheet" href="https://example.org/x.css">', "link"),
        ("<input>", "input"),
        ("<noscript>x</noscript>", "noscript"),
    ],
)
def test_elements_outside_the_allowlist(check, html, tag):
    found = body(check, html + "\n")
    assert found[0] == f"5:1: {element(tag)}"
    assert all(": html: <" in line for line in found), found


def test_form_with_a_javascript_action(check):
    assert body(check, '<form action="javascript:alert(1)"></form>\n') == [
        f"5:1: {element('form')}",
        f"5:15: {LINK}",
    ]


def test_svg_and_math_with_everything_inside(check):
    markdown = (
        '<svg onload="alert(1)"><a xlink:href="javascript:alert(2)"><text>x</text></a></svg>\n\n'
        "<math><mi>x</mi></math>\n"
    )
    assert body(check, markdown) == [
        f"5:1: {element('svg')}",
        f"5:6: {handler('onload')}",
        "5:27: html: het attribuut xlink:href is niet toegestaan in het handboek; haal het weg",
        f"5:39: {LINK}",
        f"5:60: {element('text')}",
        f"7:1: {element('math')}",
        f"7:7: {element('mi')}",
    ]


def test_object_data_url(check):
    assert body(check, '<object data="javascript:alert(1)"></object>\n') == [
        f"5:1: {element('object')}",
        f"5:15: {LINK}",
    ]


def test_attributes_outside_the_allowlist(check):
    markdown = '<div class="wwk-kaart" data-root="https://example.org/">x</div>\n'
    assert body(check, markdown) == [
        "5:24: html: het attribuut data-root is niet toegestaan in het handboek; haal het weg"
    ]


def test_ids_of_material_itself(check):
    assert body(check, "## Instellingen {: #__config }\n") == [
        "5:21: html: id '__config' is gereserveerd voor de site; kies een id zonder __ aan het "
        "begin"
    ]


def test_every_problem_of_a_page_in_one_run(check):
    markdown = (
        "<script>a()</script>\n\n"
        "<script>b()</script>\n\n"
        "[x](javascript:a()) en [y](javascript:a())\n\n"
        '<img src="https://example.org/x.png" onerror="a()" style="x">\n'
    )
    assert body(check, markdown) == [
        f"5:1: {SCRIPT}",
        f"7:1: {SCRIPT}",
        f"9:5: {LINK}",
        f"9:28: {LINK}",
        f"11:38: {handler('onerror')}",
        f"11:52: {STYLE}",
    ]


def test_a_page_without_front_matter_counts_from_line_one(check):
    assert problems(check, "# Kop\n\n<script>x</script>\n") == [f"3:1: {SCRIPT}"]


def test_an_entity_obfuscated_value_is_found_as_written(check):
    assert body(check, 'Zie <a href="java&#x73;cript&#x3a;x">x</a>\n') == [f"5:14: {LINK}"]


def test_what_is_not_found_in_the_source_is_put_on_the_first_line_of_the_body():
    from wegwijzer.records.handbook_safety import _Finder

    source = "---\ntitle: x\n---\n\nTekst\n"
    assert _Finder(source, source, 4).where(["<iframe"]) == (4, 1)
    assert _Finder(source, source, 4).where([]) == (4, 1)


def test_what_a_browser_reads_differently_from_html_parser(check):
    # A browser ends the comment at `<!-->` and runs the onerror; html.parser reads on to
    # `-->`. Likewise a browser ends `<![CDATA[` at the first `>`.
    comment = (
        "html: een HTML-commentaar (<!-- -->) met HTML erin is niet toegestaan in het "
        "handboek; haal het weg"
    )
    assert body(check, "Tekst <!--> <img src=x onerror=alert(1)> -->\n") == [f"5:7: {comment}"]
    assert body(check, "<![CDATA[ > <img src=x onerror=alert(1)> ]]>\n") == [
        "5:1: html: '<![' is geen leesbare HTML; schrijf gewone Markdown"
    ]
    assert body(check, "<!-- een gewone opmerking -->\n\nTekst\n") == []


def test_a_tag_over_more_lines(check):
    markdown = 'Een <img src="x.png"\n     onerror="alert(1)"> in een alinea\n'
    assert body(check, markdown) == [f"6:6: {handler('onerror')}"]


# --- what passes ------------------------------------------------------------------------------


SAFE = """---
title: Alles wat mag
hide:
  - toc
---

# Alles wat mag

Tekst met **vet**, *schuin*, `<script>` als code, <b>vet</b>, <sup>1</sup>, <kbd>Ctrl</kbd>,
een [link](https://example.org), [mail](mailto:info@example.org), [bel](tel:+31201234567),
een [pagina](../gemeenten/index.md), een [anker](#tabel), [zonder schema](//example.org/x)
en <https://example.org/auto> en <info@example.org>.

Verwijzingen: [[sgz/poh-jeugd]] en [[sgz|<script>alert(1)</script>]] blijven tekst.

[[sgz/poh-jeugd]]

```html
<script>alert(1)</script>
<a href="javascript:alert(1)">x</a>
```

    <iframe src="javascript:alert(1)"></iframe>

!!! danger "Direct gevaar? Bel 112"
    Bel **[112](tel:112)**.

Term
:   Uitleg.

## Tabel { #tabel .smal }

| links | rechts | midden |
|:------|-------:|:------:|
| a     | b      | c      |

<div markdown>
*Markdown in HTML* met ![foto](https://example.org/foto.jpg){ width="300" loading=lazy }
en ![lokaal](../assets/x.png "titel").
</div>

<details open><summary>Meer</summary>
<p>Inhoud met <abbr title="Centrum voor Jeugd en Gezin">CJG</abbr>.</p>
</details>

<a href="https://example.org" target="_blank" rel="noopener">extern</a>

[TOC]

Een referentie [hier][ref].

[ref]: https://example.org "Titel"

---

1. een
2. twee

> citaat
"""


def test_what_markdown_and_the_handbook_make_passes(check):
    assert problems(check, SAFE) == []


def test_the_real_handbook_passes(check):
    sources = sources_in(ROOT)
    assert len(sources) >= 6
    for path, source in sources.items():
        page, _ = render_page(path, source, Catalog(today=TODAY))
        assert safety_problems(check, path, source, page) == [], path


def test_the_check_never_changes_a_page(check):
    source = "# Kop\n\n<script>x</script>\n"
    before, _ = render_page("handboek/x.md", source, Catalog(today=TODAY))
    problems(check, source)
    assert render_page("handboek/x.md", source, Catalog(today=TODAY))[0] == before


# --- front matter -----------------------------------------------------------------------------


def test_front_matter_keys_material_puts_in_the_page_unescaped(check):
    source = (
        "---\ntitle: Goed\ndescription: '\"><script>alert(1)</script>'\n"
        "template: redirect.html\nlocation: javascript:alert(1)\nkant_en_klaar: true\n---\n# K\n"
    )
    rest = "mag niet bovenaan een handboekpagina staan; tussen de regels --- horen alleen title en hide"
    assert problems(check, source) == [
        f"3:1: description: {rest}",
        f"4:1: template: {rest}",
        f"5:1: location: {rest}",
        f"6:1: kant_en_klaar: {rest}",
    ]


def test_a_title_on_one_line_is_escaped_by_the_handbook_and_passes(check):
    assert problems(check, '---\ntitle: "<script>alert(1)</script> & zo"\n---\n# K\n') == []


def test_a_title_over_more_lines_is_not_escaped_and_is_reported(check):
    source = "---\ntitle: >\n  <img src=x onerror=alert(1)>\n---\n\n# K\n"
    assert problems(check, source) == [
        '2:1: title: deze titel bevat <, > of " en wordt zo niet veilig getoond; schrijf de '
        "titel op één regel: title: Mijn titel"
    ]


def test_an_own_bron_is_reported(check):
    source = "---\ntitle: K\nbron: '\" onmouseover=\"alert(1)'\n---\n# K\n"
    assert problems(check, source) == ["3:1: bron: zet de site zelf; haal deze regel weg"]


def test_front_matter_mkdocs_cannot_read_is_checked_as_body(check):
    # MkDocs renders the whole page when its front matter is no YAML mapping.
    source = "---\ntitle: [x\n<script>alert(1)</script>\n---\n# K\n"
    assert problems(check, source) == [f"3:1: {SCRIPT}"]


# --- set-up, wiring -----------------------------------------------------------------------------


def test_extensions_are_those_mkdocs_uses():
    from mkdocs.config import load_config

    config = load_config(str(ROOT / "mkdocs.yml"))
    names, configs = markdown_setup(ROOT)
    assert names == list(config.markdown_extensions)
    assert configs == dict(config.mdx_configs)
    assert {"attr_list", "md_in_html"} <= set(names)


@pytest.mark.parametrize(
    "url, expected",
    [
        ("https://example.org", "https"),
        (" \x01JavaScript:x", "javascript"),
        ("java\tscr\nipt:x", "javascript"),
        ("../pagina.md", None),
        ("#anker", None),
        ("//example.org", None),
        ("map/a:b", None),
        ("", None),
    ],
)
def test_scheme_as_a_browser_sees_it(url, expected):
    assert scheme(url) == expected


def handbook_repo(tmp_path: Path, pages: dict[str, str]) -> Path:
    root = basis_repo(tmp_path / "repo")
    shutil.copy(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    folder = root / "content" / "handboek"
    folder.mkdir(parents=True)
    for name, text in pages.items():
        (folder / name).write_text(text, encoding="utf-8")
    return root


def test_check_repository_and_the_cli_fail_on_it(tmp_path):
    from wegwijzer.check import check_repository

    root = handbook_repo(
        tmp_path,
        {
            "goed.md": "# Goed\n\nZie [[basis/dienst]].\n",
            "fout.md": "# Fout\n\n<script>alert(1)</script> en [x](javascript:alert(1))\n",
        },
    )
    _, found = check_repository(root, today=TODAY)
    expected = [
        f"content/handboek/fout.md:3:1: {SCRIPT}",
        f"content/handboek/fout.md:3:34: {LINK}",
    ]
    assert [p.text() for p in found] == expected
    assert all(p.is_error for p in found)
    alone = handbook_problems(root, Catalog(today=TODAY))  # no records: goed.md's one is unknown
    assert [p.text() for p in alone if p.path.endswith("fout.md")] == expected
    result = subprocess.run(
        [sys.executable, "-m", "wegwijzer", "--datum", TODAY.isoformat(), "--root", str(root)]
        + ["check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 1
    assert "\n".join(expected) in result.stdout
