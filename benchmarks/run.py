#!/usr/bin/env python3
"""Wegwijzer benchmark: `check` and the full site build on synthetic data.

Reads nothing but this repository; writes only inside a temporary folder (and,
with --json, the file named there, e.g. benchmarks/out/, which git ignores).
Prints one table per scale and a summary with the targets of issues 2 and 3.

Scales: "1k" and "10k" are that many records in total (municipalities +
providers + services + locations) in the ratio of the national set
342 : 5000 : 20000 : 10000; "nl" is the national set itself.

Stages, each measured in fresh subprocesses: wall time and CPU time (on a busy
machine CPU time is what wall time would be on an idle one); peak memory is the
child's own ru_maxrss from os.wait4, the per-child form of
getrusage(RUSAGE_CHILDREN), which is a running maximum over all children:

- check: `load_catalog` over every file (the code path of `wegwijzer check`),
  best of --herhaal runs; plus one run of the real `wegwijzer check` CLI;
- floor (raw floor, same run, same files): libyaml parse
  (`yaml.load(text, Loader=yaml.CSafeLoader)`) plus one reused
  `Draft202012Validator` per schema, built once from the same schemas with the
  same referencing registry the project uses (`Schemas.registry`);
- generate(): generation alone (`wegwijzer.generate.iter_files`, each file counted and
  let go, as the build writes them one at a time), the Wegwijzer share of a build;
- build: `mkdocs build --strict` of the synthetic repository with
  WEGWIJZER_DATUM fixed, against two baselines (issue 3: "within 1.3x a plain
  mkdocs-material build of the same number of pages"), measured in the same run
  and, with --herhaal-build, in alternating order:
  - same pages ("vs. dezelfde pagina's zonder hooks"; JSON `baseline_same`):
    `wegwijzer generate DIR` writes every generated page, asset and open-data
    file, then plain `mkdocs build --strict` builds DIR with a copy of the
    repository's mkdocs.yml without `hooks:` (docs_dir=DIR, custom_dir the
    repository's overrides/), i.e. the same site as the hooked build. The time
    of `wegwijzer generate` is Wegwijzer's work and not part of this baseline; it
    is its own stage row. This baseline is not pure Material either: Python-
    Markdown re-reads the finished raw-HTML body of every generated page (the
    hooked build hands those pages around Markdown), so it does more work per
    page than Material does inside the hooked build; the ratio flatters the
    build and can fall below 1x;
  - trivial pages ("vs. triviale pagina's"; JSON `baseline`): plain
    mkdocs-material (same theme, search and Markdown configuration, no hooks, no
    overrides, no extra CSS/JS) over the same number of two-sentence pages, kept
    out of the nav. Much cheaper per page than a real page (about 1.2-1.7
    ms/page here, where issue 3 measured 3.4 ms/page for a plain build), so the
    strictest reading.
  Both ratios (wall and CPU) and each baseline's ms per page are printed and go
  into the JSON under `ratios`;
- site measurements (STAGES): record page sizes, total site size, and the data
  files that other parts of the site add when they exist (GeoJSON, search
  shards, Material's search index) with their gzip sizes.

    .venv/bin/python benchmarks/run.py                      # everything (make benchmark)
    .venv/bin/python benchmarks/run.py --schalen nl --alleen check
    .venv/bin/python benchmarks/run.py --schalen 1k --profiel   # cProfile of check
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from a checkout
    sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
import hosting  # noqa: E402  (benchmarks/hosting.py: site size, big pages, first visits)

TARGET_FLOOR_RATIO = 1.5  # check within 1.5x the raw floor (issue 2)
TARGET_BUILD_RATIO = 1.3  # build within 1.3x plain mkdocs-material (issue 3)
TARGET_EXPONENT = math.log(11) / math.log(10)  # 10x the data, at most 11x the time
TARGET_PAGE_BYTES = 40 * 1024  # a provider or service page at most 40 KB of HTML
TARGET_MEMORY_KB = 1024 * 1024  # peak memory under 1 GiB at national scale
GZIP_LEVEL = 6  # what web servers and CDNs typically use

# --------------------------------------------------------------------------- child side
# `run.py --intern KIND ROOT DATUM` runs one measurement and prints JSON; the parent
# starts a fresh interpreter for every run so no cache survives between runs.


def _intern_check(root: Path, today: dt.date) -> dict:
    from wegwijzer.records.catalog import load_catalog

    start, cpu = time.perf_counter(), time.process_time()
    catalog, problems = load_catalog(root, today=today)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    errors = sum(p.is_error for p in problems)
    return {
        "seconds": seconds,
        "cpu": cpu,
        "errors": errors,
        "warnings": len(problems) - errors,
        "first_errors": [p.text() for p in problems if p.is_error][:5],
        "records": len(catalog.providers)
        + len(catalog.services)
        + len(catalog.locations)
        + len(catalog.municipalities),
    }


def _front_matter(text: str) -> str:
    lines = text.split("\n")
    for i in range(1, len(lines)):
        if lines[i].rstrip("\r") in ("---", "..."):
            return "\n".join(lines[1:i]) + "\n"
    return ""


def _intern_floor(root: Path, today: dt.date) -> dict:
    import yaml
    from jsonschema import Draft202012Validator, FormatChecker

    from wegwijzer.records.project import Project
    from wegwijzer.records.schema import Schemas

    project = Project(root)
    schemas = Schemas(project.schemas)  # the project's registry: same $refs, same schemas
    checker = FormatChecker(formats=["date"])
    validators = {
        name: Draft202012Validator(
            schemas.raw[name], registry=schemas.registry, format_checker=checker
        )
        for name in ("provider", "gemeente", "themas")
    }
    files = [
        *[(p, "provider") for p in project.provider_files()],
        *[(p, "gemeente") for p in project.municipality_files()],
        (project.taxonomy, "themas"),
    ]
    errors = 0
    start, cpu = time.perf_counter(), time.process_time()
    for path, kind in files:
        text = path.read_bytes().decode("utf-8")
        if kind == "gemeente":
            text = _front_matter(text)
        data = yaml.load(text, Loader=yaml.CSafeLoader)
        for _error in validators[kind].iter_errors(data):
            errors += 1
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    return {"seconds": seconds, "cpu": cpu, "files": len(files), "schema_errors": errors}


def _intern_profile(root: Path, today: dt.date) -> dict:
    import cProfile
    import io
    import pstats

    from wegwijzer.records.catalog import load_catalog

    profiler = cProfile.Profile()
    profiler.enable()
    load_catalog(root, today=today)
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("cumulative").print_stats(35)
    stats.sort_stats("tottime").print_stats(30)
    return {"report": out.getvalue()}


def _intern_generate(root: Path, today: dt.date) -> dict:
    """Generation alone (catalog in, files out): the Wegwijzer share of a build.

    It takes the files from `iter_files` one at a time, as the build and `wegwijzer generate
    DIR` do (`generate.write_files`, `write_tree`), and lets each go once counted: holding
    them all, as `generate()` does for the tests, would measure a dict of 0.9 GB that no
    build makes."""
    from wegwijzer.generate import iter_files, long_lived_heap
    from wegwijzer.records.catalog import load_catalog
    from wegwijzer.settings import read_settings

    catalog, _ = load_catalog(root, today=today)
    start, cpu = time.perf_counter(), time.process_time()
    files = pages = size = 0
    with long_lived_heap():
        for path, content in iter_files(catalog, read_settings(root), root):
            files += 1
            pages += path.endswith(".md")
            size += len(content.encode("utf-8") if isinstance(content, str) else content)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    return {"seconds": seconds, "cpu": cpu, "files": files, "pages": pages, "bytes": size}


INTERN: dict[str, Callable[[Path, dt.date], dict]] = {
    "generate": _intern_generate,
    "check": _intern_check,
    "floor": _intern_floor,
    "profile": _intern_profile,
}

# --------------------------------------------------------------------------- processes


@dataclass
class Run:
    seconds: float
    cpu: float  # user + system time of the child
    max_rss_kb: int
    returncode: int
    stdout: str
    stderr: str
    user: float = 0.0  # computing
    system: float = 0.0  # the kernel's share: mostly writing files


def run_measured(cmd: list[str], cwd: Path | None = None, env: dict | None = None) -> Run:
    """Run a command; wall time and the child's own peak RSS (os.wait4)."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdout=out, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Run(
            seconds,
            usage.ru_utime + usage.ru_stime,
            usage.ru_maxrss,
            proc.returncode,
            out.read().decode("utf-8", "replace"),
            err.read().decode("utf-8", "replace"),
            usage.ru_utime,
            usage.ru_stime,
        )


def intern(kind: str, root: Path, today: dt.date) -> tuple[dict, Run]:
    run = run_measured(
        [
            sys.executable,
            str(Path(__file__).resolve()),
            "--intern",
            kind,
            str(root),
            today.isoformat(),
        ]
    )
    if run.returncode != 0:
        raise RuntimeError(f"{kind} faalde:\n{run.stderr[-3000:]}")
    return json.loads(run.stdout), run


def build_env(today: dt.date) -> dict:
    return {**os.environ, "WEGWIJZER_DATUM": today.isoformat(), "NO_MKDOCS_2_WARNING": "1"}


def mkdocs_build(config: Path, dest: Path, today: dt.date) -> Run:
    mkdocs = Path(sys.executable).parent / "mkdocs"
    cmd = [str(mkdocs), "build", "--strict", "-q", "-f", str(config), "-d", str(dest)]
    return run_measured(cmd, cwd=config.parent, env=build_env(today))


# --------------------------------------------------------------------------- baseline site


def _read_mkdocs_yml(text: str):
    """mkdocs.yml may hold !!python/name or !ENV tags; read them as plain values."""
    import yaml

    class Loader(yaml.SafeLoader):
        pass

    def any_tag(loader, suffix, node):
        if isinstance(node, yaml.ScalarNode):
            return loader.construct_scalar(node)
        if isinstance(node, yaml.SequenceNode):
            return loader.construct_sequence(node)
        return loader.construct_mapping(node)

    Loader.add_multi_constructor("", any_tag)
    return yaml.load(text, Loader=Loader)  # noqa: S506 - a SafeLoader subclass


def baseline_repo(config: Path, dest: Path, pages: int) -> Path:
    """Plain mkdocs-material with the site's theme, search and Markdown setup; N trivial pages."""
    import yaml

    data = _read_mkdocs_yml(config.read_text("utf-8")) or {}
    theme = dict(data.get("theme") or {"name": "material"})
    theme.pop("custom_dir", None)
    plugins = [
        p
        for p in (data.get("plugins") or ["search"])
        if (p if isinstance(p, str) else next(iter(p))) == "search"
    ]
    extensions = data.get("markdown_extensions") or []
    docs = dest / "docs"
    (docs / "p").mkdir(parents=True)
    (docs / "index.md").write_text(
        "# Vergelijkingssite\n\nAlleen de startpagina staat in het menu.\n"
    )
    for i in range(1, pages):  # index.md is page 1
        (docs / "p" / f"{i:05d}.md").write_text(
            f"# Pagina {i}\n\nDit is eenvoudige testpagina {i} met een paar zinnen tekst. "
            "Ze telt mee om een gewone mkdocs-material-site even groot te maken.\n",
            encoding="utf-8",
        )
    settings = {
        "site_name": "Vergelijking",
        "site_url": data.get("site_url", "https://example.invalid/"),
        "docs_dir": "docs",
        "theme": theme,
        "plugins": plugins,
        "markdown_extensions": extensions,
        "nav": [{"Home": "index.md"}],
        "not_in_nav": "/p/\n",
    }
    if "extra" in data and isinstance(data["extra"], dict) and "generator" in data["extra"]:
        settings["extra"] = {"generator": data["extra"]["generator"]}
    out = dest / "mkdocs.yml"
    out.write_text(yaml.safe_dump(settings, allow_unicode=True, sort_keys=False), "utf-8")
    return out


def plain_config(config: Path, docs: Path, dest: Path) -> Path:
    """The repository's mkdocs.yml without `hooks:`, with docs_dir=docs: the same site for a
    builder without hooks (as `_plain_config` in tests/test_generate_tree.py)."""
    import yaml

    data = _read_mkdocs_yml(config.read_text("utf-8")) or {}
    if not data.pop("hooks", None):
        raise RuntimeError(f"{config} heeft geen hooks: de vergelijking zonder hooks klopt niet")
    data["docs_dir"] = str(docs)
    data.pop("watch", None)  # what `mkdocs serve` watches; paths relative to the real root
    theme = data.get("theme")
    if isinstance(theme, dict) and theme.get("custom_dir"):
        theme["custom_dir"] = str(config.parent / theme["custom_dir"])
    dest.mkdir(parents=True, exist_ok=True)
    out = dest / "mkdocs.yml"
    out.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    return out


# The builders of `make site BUILDER=...` (issue 14), each from its own venv: (label, builder,
# options). Zensical keeps a cache next to its configuration: `--clean` is a first build, the
# run after it without `--clean` a rebuild with a warm cache.
OTHER_BUILDERS = (
    ("properdocs build", "properdocs", ["--strict", "--quiet"]),
    ("zensical build (zonder cache)", "zensical", ["--strict", "--clean"]),
    ("zensical build (warme cache)", "zensical", ["--strict"]),
)


def other_builds(repo: Path, docs: Path, work: Path, today: dt.date) -> list[tuple[str, list]]:
    """(label, command) per builder whose venv exists, each with the configuration
    `wegwijzer generate --bouwer` writes, building `docs` into its own folder under `work`."""
    from wegwijzer.builders import write_config

    commands = []
    for label, builder, options in OTHER_BUILDERS:
        program = ROOT / f".venv-{builder}" / "bin" / builder
        if not program.exists():
            continue
        config = work / f"{builder}.yml"
        write_config(repo, docs, work / f"site-{builder}", config, builder)
        commands.append((label, [str(program), "build", *options, "-f", str(config)]))
    return commands


def generate_tree(repo: Path, docs: Path, today: dt.date) -> Run:
    """`wegwijzer generate DIR`: every generated page, asset and open-data file in docs."""
    wegwijzer = Path(sys.executable).parent / "wegwijzer"
    cmd = [str(wegwijzer), "--root", str(repo), "--datum", today.isoformat(), "generate"]
    return run_measured([*cmd, str(docs)], cwd=repo, env=build_env(today))


# --------------------------------------------------------------------------- site measurements


def _gz(data: bytes) -> int:
    return len(gzip.compress(data, compresslevel=GZIP_LEVEL, mtime=0))


def _kb(n: float) -> str:
    return f"{n / 1024:,.1f} KB" if n < 1024 * 1024 else f"{n / 1024 / 1024:,.1f} MB"


def measure_pages(site: Path) -> list[tuple[str, str]]:
    """Record pages: the biggest provider and service page, and the biggest page of all."""
    rows = []
    for label, pattern in (
        ("biggest provider page", "aanbieders/*/index.html"),
        ("biggest service page", "diensten/*/*/index.html"),
    ):
        pages = sorted(site.glob(pattern), key=lambda p: p.stat().st_size)
        if pages:
            biggest = pages[-1]
            size = biggest.stat().st_size
            mark = "ok" if size <= TARGET_PAGE_BYTES else "TE GROOT"
            median = statistics.median(p.stat().st_size for p in pages)
            rows.append(
                (
                    label,
                    f"{_kb(size)} ({biggest.relative_to(site).parent}; median {_kb(median)}; "
                    f"doel <= 40 KB: {mark})",
                )
            )
        else:
            rows.append((label, f"geen pagina's gevonden onder {pattern}"))
    html = sorted(site.rglob("*.html"), key=lambda p: p.stat().st_size)
    if html:
        rows.append(
            ("biggest HTML page", f"{_kb(html[-1].stat().st_size)} ({html[-1].relative_to(site)})")
        )
    return rows


def measure_site(site: Path) -> list[tuple[str, str]]:
    files = [p for p in site.rglob("*") if p.is_file()]
    total = sum(p.stat().st_size for p in files)
    html = [p for p in files if p.suffix == ".html"]
    html_total = sum(p.stat().st_size for p in html)
    return [
        ("site size", f"{_kb(total)} in {len(files)} files"),
        ("HTML", f"{_kb(html_total)} in {len(html)} pages"),
    ]


def measure_geojson(site: Path) -> list[tuple[str, str]]:
    path = site / "api" / "v1" / "locations.geojson"
    if not path.is_file():
        return []
    data = path.read_bytes()
    try:
        features = len(json.loads(data).get("features", []))
    except (ValueError, AttributeError):
        features = "?"
    return [
        (
            "api/v1/locations.geojson",
            f"{_kb(len(data))}, gzip {_kb(_gz(data))} ({features} features)",
        )
    ]


def measure_search_shards(site: Path) -> list[tuple[str, str]]:
    folder = site / "sociale-kaart" / "zoekindex"
    files = (
        sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix != ".html")
        if folder.is_dir()
        else []
    )
    if not files:
        return []
    sizes = [(p, p.read_bytes()) for p in files]
    total = sum(len(d) for _, d in sizes)
    gz = [(_gz(d), p) for p, d in sizes]
    biggest = max(gz, key=lambda x: x[0])
    return [
        (
            "search files (zoekindex)",
            f"{len(files)} files, {_kb(total)}, gzip {_kb(sum(g for g, _ in gz))}; "
            f"biggest gzip {_kb(biggest[0])} ({biggest[1].relative_to(site)})",
        )
    ]


def measure_material_search(site: Path) -> list[tuple[str, str]]:
    path = site / "search" / "search_index.json"
    if not path.is_file():
        return []
    data = path.read_bytes()
    return [("search/search_index.json", f"{_kb(len(data))}, gzip {_kb(_gz(data))}")]


def measure_open_data(site: Path) -> list[tuple[str, str]]:
    folder = site / "api"
    files = (
        sorted(p for p in folder.rglob("*") if p.is_file() and p.name != "locations.geojson")
        if folder.is_dir()
        else []
    )
    if not files:
        return []
    data = [p.read_bytes() for p in files]
    total, gz = sum(map(len, data)), sum(map(_gz, data))
    return [("other open data (api/)", f"{len(files)} files, {_kb(total)}, gzip {_kb(gz)}")]


# Measurements of the built site; other parts of the site add theirs here. Each takes the
# site folder and returns (label, value) rows, or none when its files do not exist.
STAGES: list[Callable[[Path], list[tuple[str, str]]]] = [
    measure_pages,
    measure_site,
    *hosting.STAGES,
    measure_geojson,
    measure_search_shards,
    measure_material_search,
    measure_open_data,
]

# --------------------------------------------------------------------------- one scale


@dataclass
class ScaleResult:
    name: str
    sizes: object
    records: int
    generate_s: float = 0.0  # writing the synthetic repository
    data_bytes: int = 0
    load: list = field(default_factory=list)  # 1-minute load average before and after
    check: dict = field(default_factory=dict)
    floor: dict = field(default_factory=dict)
    cli: dict = field(default_factory=dict)
    generate: dict = field(default_factory=dict)  # wegwijzer.generate.generate() alone
    build: dict = field(default_factory=dict)
    tree: dict = field(default_factory=dict)  # `wegwijzer generate DIR` (not in a baseline)
    baseline_same: dict = field(default_factory=dict)  # plain Material, the same pages
    baseline: dict = field(default_factory=dict)  # plain Material, as many trivial pages
    builders: dict = field(default_factory=dict)  # {label: build of the same tree}, issue 14
    ratios: dict = field(default_factory=dict)  # build / each baseline, see build_ratios
    site: list = field(default_factory=list)


def log(message: str) -> None:
    print(f"  .. {message}", file=sys.stderr, flush=True)


def summarise(runs: list[tuple[dict, Run]]) -> dict:
    """Best wall and best CPU time over the runs (the least disturbed), peak RSS, details."""
    data = dict(runs[0][0])
    walls = [d["seconds"] for d, _ in runs]
    cpus = [d["cpu"] for d, _ in runs]
    if all("user" in d for d, _ in runs):
        data.update(user=min(d["user"] for d, _ in runs), system=min(d["system"] for d, _ in runs))
    data.update(
        wall=min(walls),
        cpu=min(cpus),
        walls=walls,
        cpus=cpus,
        max_rss_kb=max(r.max_rss_kb for _, r in runs),
    )
    return data


def _process(run: Run, **extra) -> dict:
    return {
        "seconds": run.seconds,
        "cpu": run.cpu,
        "user": run.user,
        "system": run.system,
        "exit": run.returncode,
        **extra,
    }


def _failed(data: dict, run: Run) -> None:
    data["error"] = (run.stderr or run.stdout)[-2000:]


def run_builds(name: str, repo: Path, work: Path, args, result: ScaleResult) -> None:
    """The hooked build and its two baselines, alternating so that load hits all alike."""
    site = work / "site"
    try:
        data, run = intern("generate", repo, args.datum)
        result.generate = summarise([(data, run)])
        log(f"{name}: generate() {data['seconds']:.2f} s, {data['files']} bestanden")
    except RuntimeError as err:  # the generator is work in progress elsewhere
        log(f"{name}: generate() niet te meten: {str(err)[-300:]}")
    # Same-pages baseline: the generated tree, written once; writing it is Wegwijzer's work.
    docs = work / "plain" / "docs"
    tree = generate_tree(repo, docs, args.datum)
    result.tree = summarise([(_process(tree), tree)])
    if tree.returncode == 0:
        files = [p for p in docs.rglob("*") if p.is_file()]
        result.tree.update(files=len(files), pages=sum(1 for p in files if p.suffix == ".md"))
        log(f"{name}: wegwijzer generate DIR {tree.seconds:.2f} s, {len(files)} bestanden")
        same_config = plain_config(repo / "mkdocs.yml", docs, work / "plain")
        others = other_builds(repo, docs, work / "plain", args.datum)
    else:
        others = []
        _failed(result.tree, tree)
        log(f"{name}: wegwijzer generate DIR faalde (exit {tree.returncode})")
    trivial_config = None
    builds: list = []
    sames: list = []
    trivials: list = []
    other_runs: dict[str, list] = {}
    for i in range(args.herhaal_build):
        log(f"{name}: mkdocs build {i + 1}/{args.herhaal_build}")
        run = mkdocs_build(repo / "mkdocs.yml", site, args.datum)
        builds.append((_process(run), run))
        if run.returncode != 0:
            break
        if trivial_config is None:
            pages = sum(1 for _ in site.rglob("index.html"))
            trivial_config = baseline_repo(repo / "mkdocs.yml", work / "baseline", pages)
        if tree.returncode == 0 and (not sames or sames[-1][1].returncode == 0):
            log(f"{name}: vergelijkingsbuild zelfde pagina's {i + 1}/{args.herhaal_build}")
            same = mkdocs_build(same_config, work / "plain" / "site", args.datum)
            sames.append((_process(same), same))
        log(f"{name}: vergelijkingsbuild triviale pagina's {i + 1}/{args.herhaal_build}")
        base = mkdocs_build(trivial_config, work / "baseline" / "site", args.datum)
        trivials.append((_process(base), base))
        for label, command in others:
            log(f"{name}: {label} {i + 1}/{args.herhaal_build}")
            other = run_measured(command, cwd=work / "plain", env=build_env(args.datum))
            other_runs.setdefault(label, []).append((_process(other), other))
    result.build = summarise(builds)
    if run.returncode != 0:
        _failed(result.build, run)
        log(f"{name}: build faalde (exit {run.returncode})")
        return
    result.build["pages"] = sum(1 for _ in site.rglob("index.html"))
    for key, runs, folder in (
        ("baseline_same", sames, work / "plain" / "site"),
        ("baseline", trivials, work / "baseline" / "site"),
    ):
        if not runs:
            continue
        data = summarise(runs)
        data["pages"] = sum(1 for _ in folder.rglob("index.html"))
        if runs[-1][1].returncode != 0:
            _failed(data, runs[-1][1])
        setattr(result, key, data)
    for label, runs in other_runs.items():
        data = summarise(runs)
        folder = work / "plain" / f"site-{label.split()[0]}"
        data["pages"] = sum(1 for _ in folder.rglob("index.html"))
        data["same_pages"] = _page_list(folder) == _page_list(site)
        if runs[-1][1].returncode != 0:
            _failed(data, runs[-1][1])
        result.builders[label] = data
    result.ratios = build_ratios(result)
    for stage in STAGES:
        result.site += stage(site)


def _page_list(site: Path) -> list[str]:
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html"))


def _per_page(d: dict, key: str) -> float | None:
    return 1000 * d[key] / d["pages"] if d.get("pages") and d.get(key) is not None else None


def build_ratios(r: ScaleResult) -> dict:
    """build / baseline, wall and CPU, for each baseline that ran, with the verdicts."""
    ratios = {}
    for name, base in (("same_pages", r.baseline_same), ("trivial_pages", r.baseline)):
        if r.build.get("exit") != 0 or base.get("exit") != 0:
            continue
        entry = {key: _ratio(r.build, base, key) for key in ("wall", "cpu")}
        entry.update(
            {f"{key}_ok": v is not None and v <= TARGET_BUILD_RATIO for key, v in entry.items()}
        )
        entry.update(
            baseline_pages=base["pages"],
            baseline_ms_per_page_wall=_per_page(base, "wall"),
            baseline_ms_per_page_cpu=_per_page(base, "cpu"),
            target=TARGET_BUILD_RATIO,
        )
        ratios[name] = entry
    return ratios


def run_scale(name: str, work: Path, args) -> ScaleResult:
    from wegwijzer import synthetic

    sizes = synthetic.parse_scale(name)
    result = ScaleResult(name, sizes, sizes.records, load=[os.getloadavg()[0]])
    repo = work / name / "repo"
    log(f"{name}: genereren ({sizes})")
    start = time.perf_counter()
    summary = synthetic.write_repository(repo, sizes, seed=args.seed, today=args.datum)
    result.generate_s = time.perf_counter() - start
    result.data_bytes = summary["bytes"]
    if "check" in args.alleen:
        # Alternate floor and check runs so that background load hits both alike.
        runs: dict[str, list] = {"floor": [], "check": []}
        for i in range(args.herhaal):
            for kind, bucket in runs.items():
                data, run = intern(kind, repo, args.datum)
                bucket.append((data, run))
                log(
                    f"{name} {kind} {i + 1}/{args.herhaal}: {data['seconds']:.2f} s wall, "
                    f"{data['cpu']:.2f} s CPU, {run.max_rss_kb / 1024:.0f} MB"
                )
        result.floor, result.check = summarise(runs["floor"]), summarise(runs["check"])
        cli = run_measured(
            [
                str(Path(sys.executable).parent / "wegwijzer"),
                "--root",
                str(repo),
                "--datum",
                args.datum.isoformat(),
                "check",
            ]
        )
        result.cli = summarise([(_process(cli), cli)])
        log(f"{name} wegwijzer check (CLI): {cli.seconds:.2f} s, exit {cli.returncode}")
        if args.profiel:
            data, _ = intern("profile", repo, args.datum)
            print(f"\n=== cProfile van load_catalog, schaal {name} ===\n{data['report']}")
    if "build" in args.alleen:
        run_builds(name, repo, work / name, args, result)
    result.load.append(os.getloadavg()[0])
    return result


# --------------------------------------------------------------------------- report


def _mb(kb: int) -> str:
    return f"{kb / 1024:,.0f} MB"


def _ok(good: bool) -> str:
    return "ok" if good else "NIET GEHAALD"


def _ratio(a: dict, b: dict, key: str) -> float | None:
    return a[key] / b[key] if a.get(key) and b.get(key) else None


# (key in ScaleResult.ratios, label, one-line explanation) of each build baseline
BASELINES = (
    (
        "same_pages",
        "vs. dezelfde pagina's zonder hooks",
        "= gewone mkdocs-material bouwt precies deze site uit `wegwijzer generate DIR` "
        "(dat schrijven telt niet mee); Python-Markdown leest daar de kant-en-klare HTML "
        "van elke pagina opnieuw, wat de build met hooks overslaat (dus kan dit onder 1x)",
    ),
    (
        "trivial_pages",
        "vs. triviale pagina's",
        "= gewone mkdocs-material over evenveel pagina's van twee zinnen, buiten het menu: "
        "veel goedkoper per pagina dan een echte pagina, dus de strengste lezing",
    ),
)
ISSUE_MS_PER_PAGE = 3.4  # issue 3's plain mkdocs-material build, ms per page
# Hugo on this machine, ms per page (issue 16; Hugo is not installed here to measure it again).
HUGO_MS_PER_PAGE = (0.32, 0.37)
HUGO_TARGET = 4  # issue 16's moonshot: within 4x of Hugo per page


def _hugo_text(build: dict) -> str | None:
    wall, cpu = _per_page(build, "wall"), _per_page(build, "cpu")
    if wall is None or cpu is None:
        return None
    low, high = HUGO_MS_PER_PAGE
    return (
        f"build per pagina: {wall:.2f} ms wall, {cpu:.2f} ms CPU; Hugo {low}-{high} ms/pagina "
        f"(issue 16): wall {wall / high:.1f}-{wall / low:.1f}x, CPU {cpu / high:.1f}-"
        f"{cpu / low:.1f}x (moonshot <= {HUGO_TARGET}x)"
    )


def _ratio_text(ratio: dict) -> str:
    wall, cpu = ratio["wall"], ratio["cpu"]
    return (
        f"wall {wall:.2f}x, CPU {cpu:.2f}x (doel <= {TARGET_BUILD_RATIO}x: "
        f"wall {_ok(ratio['wall_ok'])}, CPU {_ok(ratio['cpu_ok'])}); baseline "
        f"{ratio['baseline_ms_per_page_wall']:.2f} ms/pagina wall, "
        f"{ratio['baseline_ms_per_page_cpu']:.2f} ms/pagina CPU "
        f"(issue 3: ~{ISSUE_MS_PER_PAGE} ms/pagina)"
    )


def print_scale(r: ScaleResult) -> None:
    s = r.sizes
    print(
        f"\n== {r.name}: {s.gemeenten} gemeenten, {s.aanbieders} aanbieders, "
        f"{s.diensten} diensten, {s.locaties} locaties = {r.records} records "
        f"({_kb(r.data_bytes)} YAML/Markdown, generated in {r.generate_s:.1f} s; "
        f"load average {r.load[0]:.1f} -> {r.load[-1]:.1f}) =="
    )
    rows: list[tuple[str, ...]] = []

    def row(label: str, d: dict, unit: str, count: int) -> None:
        rows.append(
            (
                label,
                f"{d['wall']:.2f} s",
                f"{d['cpu']:.2f} s",
                f"{1000 * d['cpu'] / count:.3f} ms/{unit}" if count else "",
                _mb(d["max_rss_kb"]),
            )
        )

    if r.check:
        row("check (load_catalog)", r.check, "record", r.records)
        row("floor (libyaml + validator)", r.floor, "record", r.records)
        row("wegwijzer check CLI (+start-up)", r.cli, "record", r.records)
    if r.generate:
        row(
            f"generate() alone ({r.generate['pages']} pages)",
            r.generate,
            "page",
            r.generate["pages"],
        )
    if r.build:
        if r.build.get("exit") == 0:
            row(f"mkdocs build ({r.build['pages']} pages)", r.build, "page", r.build["pages"])
        else:
            rows.append(("mkdocs build", "FAALDE", f"exit {r.build['exit']}", "", ""))
        t = r.tree
        if t.get("exit") == 0:
            row(f"wegwijzer generate DIR ({t['pages']} pages)", t, "page", t["pages"])
        elif t:
            rows.append(("wegwijzer generate DIR", "FAALDE", f"exit {t['exit']}", "", ""))
        for label, b in (
            ("baseline: dezelfde pagina's zonder hooks", r.baseline_same),
            ("baseline: triviale pagina's", r.baseline),
        ):
            if b.get("exit") == 0:
                row(f"{label} ({b['pages']})", b, "page", b["pages"])
            elif b:
                rows.append((label, "FAALDE", f"exit {b['exit']}", "", ""))
        for label, b in r.builders.items():  # the same tree as the baseline with the same pages
            if b.get("exit") == 0:
                same = "zelfde pagina's" if b["same_pages"] else "ANDERE PAGINA'S"
                row(f"{label} ({b['pages']}, {same})", b, "page", b["pages"])
            else:
                rows.append((label, "FAALDE", f"exit {b['exit']}", "", ""))
    width = max(len(x[0]) for x in rows) if rows else 10
    print(f"  {'stage':<{width}}  {'wall':>9}  {'CPU':>9}  {'CPU per unit':<18} {'peak RSS':>9}")
    for label, wall, cpu, per, mem in rows:
        print(f"  {label:<{width}}  {wall:>9}  {cpu:>9}  {per:<18} {mem:>9}")
    if r.check:
        wall, cpu = _ratio(r.check, r.floor, "wall"), _ratio(r.check, r.floor, "cpu")
        print(
            f"  check/floor: wall {wall:.2f}x, CPU {cpu:.2f}x (doel <= {TARGET_FLOOR_RATIO}x: "
            f"wall {_ok(wall <= TARGET_FLOOR_RATIO)}, CPU {_ok(cpu <= TARGET_FLOOR_RATIO)})"
        )
        print(
            f"  check: {r.check['errors']} fouten, {r.check['warnings']} waarschuwingen; "
            f"floor: {r.floor['schema_errors']} schema-meldingen (libyaml leest ongequote "
            "datums als date; kost niets meetbaars)"
        )
        for label, d in (("check", r.check), ("floor", r.floor)):
            walls = ", ".join(f"{x:.2f}" for x in d["walls"])
            cpus = ", ".join(f"{x:.2f}" for x in d["cpus"])
            print(f"  runs {label}: wall {walls}; CPU {cpus}")
        for line in r.check.get("first_errors", []):
            print(f"    ! {line}")
    for name, label, explanation in BASELINES:
        ratio = r.ratios.get(name)
        if ratio:
            print(f"  build {label}: {_ratio_text(ratio)}")
            print(f"      {explanation}")
    hugo = _hugo_text(r.build) if r.build.get("exit") == 0 else None
    if hugo:
        print(f"  {hugo}")
    split = [
        f"{label} {d['user']:.1f} + {d['system']:.1f} s"
        for label, d in (
            ("build", r.build),
            ("generate DIR", r.tree),
            ("zelfde pagina's", r.baseline_same),
            ("triviaal", r.baseline),
        )
        if d.get("exit") == 0 and "user" in d
    ]
    if split:
        # System time is mostly the kernel writing the site (1.1 GB in 85,000 files at
        # national scale); on this disk it varies by half from run to run, user time does not.
        print("  CPU = rekenen (user) + systeem (vooral bestanden schrijven): " + ", ".join(split))
    same = r.baseline_same
    if same.get("exit") == 0 and same.get("pages") != r.build.get("pages"):
        print(
            f"  ! de build zonder hooks heeft {same['pages']} pagina's, de build met hooks "
            f"{r.build.get('pages')}: dan is het niet dezelfde site"
        )
    for label, b in r.builders.items():
        if b.get("error"):
            print(
                f"  {label} faalde:\n"
                + "\n".join("    " + x for x in b["error"].splitlines()[-15:])
            )
    for key in ("build", "tree", "baseline_same", "baseline"):
        error = getattr(r, key).get("error")
        if error:
            print(f"  {key} faalde:\n" + "\n".join("    " + x for x in error.splitlines()[-15:]))
    for label, value in r.site:
        print(f"  {label}: {value}")


def print_summary(results: list[ScaleResult]) -> None:
    if len(results) > 1:
        print(
            "\n== linearity: time = c * data^k between scales; doel 10x data <= 11x tijd, "
            f"dus k <= {TARGET_EXPONENT:.3f}; user = CPU zonder de systeemtijd van het "
            "schrijven, die tussen runs sterk wisselt =="
        )
    for a, b in zip(results, results[1:], strict=False):
        data = b.records / a.records
        parts = []
        for label, attr in (
            ("check", "check"),
            ("floor", "floor"),
            ("generate", "generate"),
            ("generate DIR", "tree"),
            ("build", "build"),
            ("baseline zelfde pagina's", "baseline_same"),
            ("baseline triviaal", "baseline"),
        ):
            da, db = getattr(a, attr), getattr(b, attr)
            if not da or not db or da.get("exit", 0) != 0 or db.get("exit", 0) != 0:
                continue
            for key in ("wall", "cpu", "user"):
                if da.get(key) and db.get(key) and data > 1:
                    ratio = db[key] / da[key]
                    k = math.log(ratio) / math.log(data)
                    mark = "" if k <= TARGET_EXPONENT else " (!)"
                    parts.append(f"{label} {key} x{ratio:.2f} k={k:.2f}{mark}")
        print(f"  {a.name} -> {b.name} (data x{data:.2f}): " + ", ".join(parts))
    ratios = [r for r in results if r.ratios]
    if ratios:
        print(f"\n== build / baseline per schaal (doel <= {TARGET_BUILD_RATIO}x, issue 3) ==")
    for r in ratios:
        for name, label, _ in BASELINES:
            if name in r.ratios:
                print(f"  {r.name} build {label}: {_ratio_text(r.ratios[name])}")
    for r in results:
        if r.name != "nl":
            continue
        peaks = [
            (label, d["max_rss_kb"])
            for label, d in (("check", r.check), ("build", r.build))
            if d.get("max_rss_kb")
        ]
        if peaks:
            text = ", ".join(
                f"{label} {_mb(kb)} ({_ok(kb < TARGET_MEMORY_KB)})" for label, kb in peaks
            )
            print(f"  peak memory nl (doel < 1 GiB): {text}")


def _parse_args(argv):
    from wegwijzer.synthetic import REFERENCE_DATE

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--schalen", default="1k,10k,nl", help="kommalijst: 1k,10k,nl of N/Nk")
    parser.add_argument(
        "--alleen",
        default="check,build",
        help="welke stappen: check, build of check,build (standaard beide)",
    )
    parser.add_argument(
        "--herhaal", type=int, default=3, help="runs van check en floor (de beste telt)"
    )
    parser.add_argument(
        "--herhaal-build", type=int, default=1, help="runs van de build en de vergelijkingsbuild"
    )
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--datum", type=dt.date.fromisoformat, default=REFERENCE_DATE)
    parser.add_argument("--profiel", action="store_true", help="print een cProfile van check")
    parser.add_argument("--json", type=Path, help="schrijf de resultaten ook als JSON hierheen")
    parser.add_argument("--bewaar", action="store_true", help="laat de tijdelijke map staan")
    parser.add_argument(
        "--intern", nargs=3, metavar=("SOORT", "ROOT", "DATUM"), help=argparse.SUPPRESS
    )
    args = parser.parse_args(argv)
    args.alleen = {x.strip() for x in args.alleen.split(",") if x.strip()}
    unknown = args.alleen - {"check", "build"}
    if unknown:
        parser.error(f"onbekende stap(pen): {', '.join(sorted(unknown))}")
    return args


def main(argv=None) -> int:
    args = _parse_args(argv)
    if args.intern:
        kind, root, day = args.intern
        print(json.dumps(INTERN[kind](Path(root), dt.date.fromisoformat(day))))
        return 0
    from wegwijzer.synthetic import parse_scale

    scales = [s.strip() for s in args.schalen.split(",") if s.strip()]
    for scale in scales:
        parse_scale(scale)  # fail early on a typo
    print(
        f"Wegwijzer benchmark, {dt.date.today()} on {os.cpu_count()} CPU(s), Python "
        f"{sys.version.split()[0]}; seed {args.seed}, datum {args.datum}; best of "
        f"{args.herhaal} for check and floor, {args.herhaal_build} for builds. 1k/10k = total "
        "records in the national ratio 342 : 5000 : 20000 : 10000. CPU = user+system time "
        "of the measured work: on a busy machine it shows what wall time would be on an "
        "idle one."
    )
    work = Path(tempfile.mkdtemp(prefix="wegwijzer-bench-"))
    results = []
    try:
        for scale in scales:
            result = run_scale(scale, work, args)
            results.append(result)
            print_scale(result)
            sys.stdout.flush()
        print_summary(results)
    finally:
        if args.bewaar:
            print(f"\n(map bewaard: {work})")
        else:
            import shutil

            shutil.rmtree(work, ignore_errors=True)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        payload = [
            {**r.__dict__, "sizes": r.sizes.__dict__, "site": [list(x) for x in r.site]}
            for r in results
        ]
        args.json.write_text(json.dumps(payload, indent=2, ensure_ascii=False), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
