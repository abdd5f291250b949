"""Synthetic Wegwijzer repositories of any size, for benchmarks and tests.

Reads the repository this package lives in (or `--bron`): its schemas, taxonomy,
mkdocs.yml, hooks, overrides, browser and the content pages that are not municipality
routes. Emits a complete repository in a target folder that `wegwijzer check`
accepts with zero errors and that MkDocs builds as a site:

- `providers/<slug>.yaml`: organisations with nested locations and services, each
  file starting with the `yaml-language-server` schema line;
- `gemeenten/<slug>.yaml`: the route data per municipality, referencing existing
  providers, locations and services, with dated route history, and
  `content/gemeenten/<slug>.md` with the text of its page;
- `taxonomie/themas.yaml`, `schemas/`, `mkdocs.yml`, `hooks/`, `overrides/`, `browser/` and the
  other `content/` pages copied from the source repository; the handbook pages are
  copied with every `[[reference]]` pointed at a synthetic record of the same shape
  (the real ones cite sample records a synthetic set does not have); `node_modules`
  is a symlink to the source's.

Everything is invented and marked `voorbeelddata: true`: Dutch-looking names,
synthetic but unique CBS codes, coordinates inside the municipality's province
(`geo.PROVINCES`), postcodes inside the municipality's own four-digit ranges (ranges
never overlap), valid Dutch phone numbers with the province's area codes, OSM
opening hours, themes from the taxonomy, ages including prenatal ("-9 maanden").
`laatst_gecontroleerd` lies mostly within 12 months before the reference date
(`--datum`, default 2026-11-22); about one in ten is older, which `check` reports
as a warning, as it would in real data.

Deterministic: one `random.Random(seed)` drives everything, no global state, no
clock, no set iteration; two runs with the same arguments write byte-identical files.

    python -m wegwijzer.synthetic DEST --gemeenten 342 --aanbieders 5000 \\
        --diensten 20000 --locaties 10000 --seed 1
    python -m wegwijzer.synthetic DEST --schaal 10k      # 10,000 records, national ratio

Tables and stages: the names and texts (places, streets, surnames, name patterns,
descriptions, service templates, opening hours, weights) are data, in `tabellen.json`
beside this file (read by `tables`). The generator runs in stages, a module each, on
one shared `state`: `municipalities`, `providers`, `locations`, `services`, `routes` and
`files` (with `yamlwriter`), put together in `generator`; `repository` writes a set to
disk, `sizes` parses `--schaal`, `__main__` is the command line.
"""

from __future__ import annotations

from .repository import REFERENCE_DATE, records, write_repository
from .sizes import NATIONAL, Sizes, parse_scale, scaled
from .yamlwriter import dump


def main(argv: list[str] | None = None) -> int:
    """The command line (`python -m wegwijzer.synthetic`), see `__main__`."""
    from .__main__ import main as command_line

    return command_line(argv)


__all__ = [
    "NATIONAL",
    "REFERENCE_DATE",
    "Sizes",
    "dump",
    "main",
    "parse_scale",
    "records",
    "scaled",
    "write_repository",
]
