"""Data documentation generated from the JSON Schemas: `open-data/velden.md`.

Reads `schemas/*.schema.json` (the one source of truth for editor, CLI, build
and tests) and emits one page that lists every field of a provider, location,
service, municipality route, the taxonomy and the jeugdregio's: type, required or not, allowed
values with their Dutch labels (`x-labels`), the Dutch description and an
example; then the referrer kinds with their notes (`x-toelichtingen`), the themes and the
regions with their municipalities. It also emits copies of the schemas under `api/v2/schemas/`, so the
OpenAPI file and outside tools can use them. `fields()` is the walk both the
page and the test that demands a description for every field use.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from ..blocks.page import block, page, scroll
from ..html import text
from ..records.model import Catalog
from ..records.schema import SCHEMA_FILES

PATH = "open-data/velden.md"
SCHEMA_BASE = "api/v2/schemas"

_TYPES = {
    "string": "tekst",
    "integer": "geheel getal",
    "number": "getal",
    "boolean": "true of false",
    "object": "blok met velden",
    "array": "lijst",
}


@dataclass(frozen=True)
class Section:
    title: str
    where: str
    schema: str
    pointer: str  # "" = the whole schema, else "/$defs/<name>"
    prefix: str  # how the field path starts in the file
    skip: tuple[str, ...] = ()  # fields documented in a section of their own


SECTIONS = (
    Section("Aanbieder", "providers/<id>.yaml", "provider", "", "", ("locaties", "diensten")),
    Section(
        "Locatie",
        "providers/<id>.yaml, onder locaties",
        "provider",
        "/$defs/locatie",
        "locaties[].",
    ),
    Section(
        "Dienst",
        "providers/<id>.yaml, onder diensten",
        "provider",
        "/$defs/dienst",
        "diensten[].",
    ),
    Section(
        "Gemeente en route",
        "gemeenten/<naam>.yaml (de tekst van de pagina staat in content/gemeenten/<naam>.md)",
        "gemeente",
        "",
        "",
    ),
    Section("Taxonomie", "taxonomie/themas.yaml", "themas", "", ""),
    Section("Jeugdregio's", "taxonomie/jeugdregios.yaml", "regios", "", ""),
)


@dataclass(frozen=True)
class Field:
    path: str  # locaties[].adres.postcode
    node: dict  # the property's schema with every $ref resolved and merged
    required: str  # "ja", "nee" or "ja, behalve ..." (conditional)
    schema: str  # the schema file the resolved node comes from (for its own $refs)


def load(directory: Path) -> dict[str, dict]:
    return {
        name: json.loads((Path(directory) / f"{name}.schema.json").read_text("utf-8"))
        for name in SCHEMA_FILES
    }


def _pointer(document: dict, pointer: str) -> dict:
    node = document
    for part in [p for p in pointer.split("/") if p]:
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def resolve(schemas: dict[str, dict], node: dict, current: str) -> tuple[dict, str]:
    """The node with its `$ref` followed (the referring node's own keywords win)."""
    if "$ref" not in node:
        return node, current
    target, _, pointer = node["$ref"].partition("#")
    name = target.removesuffix(".schema.json") if target else current
    resolved, name = resolve(schemas, _pointer(schemas[name], pointer), name)
    return {**resolved, **{k: v for k, v in node.items() if k != "$ref"}}, name


def _conditional(node: dict) -> dict[str, str]:
    """Fields that an if/then/else makes required, with a Dutch reason."""
    out: dict[str, str] = {}
    condition = node.get("if", {}).get("properties", {})
    if not condition:
        return out
    key, test = next(iter(condition.items()))
    value = test.get("not", {}).get("const") or test.get("const")
    negated = "not" in test
    for branch, unless in (("then", negated), ("else", not negated)):
        for name in node.get(branch, {}).get("required", []):
            word = "behalve bij" if unless else "alleen bij"
            out[name] = f"ja, {word} {key} {value}"
    return out


def fields(
    schemas: dict[str, dict],
    name: str,
    node: dict,
    prefix: str = "",
    skip=(),
    required_text: str = "ja",
) -> Iterator[Field]:
    """Every property under `node`, depth first, with nested blocks and lists of blocks.

    `required_text` is what "required" means here: "ja" at the top, "ja, in elk item"
    inside a list, "ja, als <blok> er staat" inside an optional block.
    """
    node, name = resolve(schemas, node, name)
    required = set(node.get("required", []))
    conditional = _conditional(node)
    for key, child in node.get("properties", {}).items():
        resolved, child_name = resolve(schemas, child, name)
        path = f"{prefix}{key}"
        need = required_text if key in required else conditional.get(key, "nee")
        yield Field(path, resolved, need, child_name)
        if key in skip:
            continue
        if "properties" in resolved:
            inner = required_text if key in required else f"ja, als {path} er staat"
            yield from fields(schemas, child_name, resolved, f"{path}.", required_text=inner)
        items = resolved.get("items")
        if isinstance(items, dict):
            item, item_name = resolve(schemas, items, child_name)
            if "properties" in item:
                yield from fields(
                    schemas, item_name, item, f"{path}[].", required_text="ja, in elk item"
                )


def section_fields(schemas: dict[str, dict], section: Section) -> list[Field]:
    root = _pointer(schemas[section.schema], section.pointer)
    return list(fields(schemas, section.schema, root, section.prefix, section.skip))


def _item(schemas: dict[str, dict], field: Field) -> dict:
    items = field.node.get("items")
    return resolve(schemas, items, field.schema)[0] if isinstance(items, dict) else {}


def type_text(node: dict, item: dict) -> str:
    kinds = node.get("type", "")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    words = []
    for kind in kinds:
        if kind == "string" and node.get("format") == "date":
            words.append("datum (JJJJ-MM-DD)")
        elif kind == "array":
            inner = type_text(item, {}) if item else "waarden"
            words.append(
                f"lijst van {inner}" if inner != "blok met velden" else "lijst van blokken"
            )
        else:
            words.append(_TYPES.get(kind, kind or "—"))
    return " of ".join(words)


def allowed_html(node: dict, item: dict, themes: bool) -> str:
    source = item if "enum" in item else node
    parts = []
    if "enum" in source:
        labels = source.get("x-labels", {})
        values = [
            f"<code>{text(v)}</code>" + (f" — {text(labels[v])}" if v in labels else "")
            for v in source["enum"]
        ]
        parts.append("<br>".join(values))
    if themes:
        parts.append('een id uit <a href="#themas">de lijst van thema\'s</a>')
    limits = []
    if "minimum" in node or "maximum" in node:
        low, high = node.get("minimum", "…"), node.get("maximum", "…")
        limits.append(text(f"van {low} tot en met {high}"))
    if "maxLength" in node:
        limits.append(text(f"hoogstens {node['maxLength']} tekens"))
    if node.get("minItems"):
        limits.append(text(f"minstens {node['minItems']} waarde(n)"))
    if node.get("uniqueItems"):
        limits.append("elke waarde één keer")
    if "default" in node:
        default = json.dumps(node["default"], ensure_ascii=False)
        limits.append(f"standaard: <code>{text(default)}</code>")
    if limits:
        parts.append("; ".join(limits))
    return "<br>".join(parts) or "—"


def example(node: dict, item: dict) -> str | None:
    for source in (node, item):
        if source.get("examples"):
            value = source["examples"][0]
            return json.dumps([value] if source is item else value, ensure_ascii=False)
    if item.get("enum"):
        return json.dumps([item["enum"][0]], ensure_ascii=False)
    if node.get("enum"):
        return json.dumps(node["enum"][0], ensure_ascii=False)
    return None


def _anchor(section: Section, path: str) -> str:
    slug = "".join(ch if ch.isalnum() else "-" for ch in path.replace("[]", "")).strip("-")
    return f"veld-{section.schema}-{slug}"


def _table(schemas: dict[str, dict], section: Section) -> str:
    rows = []
    for field in section_fields(schemas, section):
        node = field.node
        item = _item(schemas, field)
        description = node.get("description") or node.get("title") or ""
        title = node.get("title")
        sample = example(node, item)
        themes = field.path.endswith("themas") and section.schema == "provider"
        rows.append(
            f'<tr id="{_anchor(section, field.path)}">'
            f"<td><code>{text(field.path)}</code>"
            + (f"<br>{text(title)}" if title else "")
            + f"</td><td>{text(type_text(node, item))}</td><td>{text(field.required)}</td>"
            f"<td>{allowed_html(node, item, themes)}</td><td>{text(description)}</td>"
            f"<td>{f'<code>{text(sample)}</code>' if sample else '—'}</td></tr>"
        )
    head = (
        "<thead><tr><th>Veld</th><th>Type</th><th>Verplicht</th><th>Toegestane waarden</th>"
        "<th>Omschrijving</th><th>Voorbeeld</th></tr></thead>"
    )
    return block(scroll(f"<table>{head}<tbody>\n" + "\n".join(rows) + "\n</tbody></table>"))


def _themes(catalog: Catalog | None) -> str:
    if catalog is None or not catalog.themes:
        return ""
    rows = "\n".join(
        f"<tr><td><code>{text(t.id)}</code></td><td>{text(t.label)}</td>"
        f"<td>{text(t.description)}</td></tr>"
        for t in sorted(catalog.themes.values(), key=lambda t: t.id)
    )
    return block(
        scroll(
            "<table><thead><tr><th>Id</th><th>Label</th><th>Omschrijving</th></tr></thead>"
            f"<tbody>\n{rows}\n</tbody></table>"
        )
    )


def _referrers(schemas: dict[str, dict]) -> str:
    """Every referrer kind: id, label and what it means (the one list editors choose from)."""
    node = schemas["common"]["$defs"]["verwijzer"]
    labels, notes = node.get("x-labels", {}), node.get("x-toelichtingen", {})
    rows = "\n".join(
        f"<tr><td><code>{text(v)}</code></td><td>{text(labels.get(v, v))}</td>"
        f"<td>{text(notes.get(v, ''))}</td></tr>"
        for v in node["enum"]
    )
    return block(
        scroll(
            "<table><thead><tr><th>Id</th><th>Verwijzer</th><th>Toelichting</th></tr></thead>"
            f"<tbody>\n{rows}\n</tbody></table>"
        )
    )


def _regions(catalog: Catalog | None) -> str:
    if catalog is None or not catalog.regions:
        return ""
    rows = "\n".join(
        f"<tr><td><code>{text(r.id)}</code></td><td>{text(r.name)}</td><td>"
        + text(", ".join(f"{r.names.get(c, c)} ({c})" for c in r.municipalities))
        + "</td></tr>"
        for r in sorted(catalog.regions.values(), key=lambda r: r.id)
    )
    return block(
        scroll(
            "<table><thead><tr><th>Id</th><th>Jeugdregio</th><th>Gemeenten</th></tr></thead>"
            f"<tbody>\n{rows}\n</tbody></table>"
        )
    )


def velden_page(schemas: dict[str, dict], catalog: Catalog | None) -> str:
    body = [
        "# Velden van de gegevens",
        "Elke aanbieder, locatie, dienst en gemeenteroute op deze site is een record in de "
        "repository. Deze pagina wordt gemaakt uit dezelfde JSON Schemas die de editor, de "
        "controle (`wegwijzer check`) en de bouw van de site gebruiken, dus ze klopt altijd. "
        "In de open data staan dezelfde velden onder `record` "
        "([JSON-API](../api/v2/index.json)); de schema's zelf staan in "
        "[api/v2/schemas/](../api/v2/schemas/provider.schema.json).",
    ]
    for section in SECTIONS:
        body.append(f"## {section.title}")
        body.append(block(f"<p>Bestand: <code>{text(section.where)}</code></p>"))
        body.append(_table(schemas, section))
    themes = _themes(catalog)
    if themes:
        body.append("## Thema's {#themas}")
        body.append("De toegestane waarden van `diensten[].themas`, uit `taxonomie/themas.yaml`.")
        body.append(themes)
    body.append("## Wie mag verwijzen {#verwijzers}")
    body.append(
        "De toegestane waarden van `diensten[].verwijzers` en van `soort` bij de verwijzers "
        "van een route."
    )
    body.append(_referrers(schemas))
    regions = _regions(catalog)
    if regions:
        body.append("## Jeugdregio's {#jeugdregios}")
        body.append(
            "De regio's uit `taxonomie/jeugdregios.yaml`. Een gemeente noemt haar regio met het "
            "id (`jeugdregio`); een dienst met een regio in `werkgebied` geldt in al haar "
            "gemeenten. Bellen kan via `telefoonlijnen`: per nummer waarvoor (`doel`), wanneer "
            '(`bereikbaar`, bijvoorbeeld `"24/7"`) en of het een crisislijn is (`crisis`).'
        )
        body.append(regions)
    return page(body, title="Velden van de gegevens")


def generate(schemas_dir: Path, catalog: Catalog | None = None) -> dict[str, str]:
    schemas = load(schemas_dir)
    files = {PATH: velden_page(schemas, catalog)}
    for name in SCHEMA_FILES:
        source = (Path(schemas_dir) / f"{name}.schema.json").read_text("utf-8")
        files[f"{SCHEMA_BASE}/{name}.schema.json"] = source
    return files
