"""Reading and checking the editors' files, and the catalog they make.

Reads `providers/*.yaml`, `gemeenten/*.yaml` (with `content/gemeenten/*.md`), `taxonomie/` and the
JSON Schemas in `schemas/`; emits a `model.Catalog` and every problem as a `problems.Problem`
with file, line and column. Modules, in the order a record passes them: `project` (where the
files are), `yamlload` (strict YAML with positions), `schema` (JSON Schema, Dutch messages),
`checks` (rules across records; with `hours`, `phones`, `geo` for the values they check),
`catalog` (records into the `model`), `published` (what the site shows). `handbook_safety`
checks the handbook's Markdown; `template` writes a new provider file. Imports no output.
"""
