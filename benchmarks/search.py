#!/usr/bin/env python3
"""Wegwijzer benchmark: the search index at national scale (issue 5).

Writes a synthetic national repository (`wegwijzer.synthetic`: 342 municipalities, 5,000
providers, 20,000 services, 10,000 locations) in a temporary folder, or reads `--repo`, then
measures against the targets of issue 5:

- build: `search_index.build` (every shard, the names file, the manifest), wall and CPU time
  per active service; target at most 1 ms per service. Loading the catalog is reported but
  not counted (it is `wegwijzer check`'s cost, measured by benchmarks/run.py);
- disk: the bytes of every search file (issue 16: at most 45 MB at national scale);
- download: gzip size (level 6, what web servers use) of each search file (a file serves a
  group of municipalities of a region, search/unpack.py); the first search in one
  municipality downloads one file (index + documents); target at most 250 KB; the names
  file and the search page itself are reported too;
- query: in headless Chromium (Debian's, through Playwright), the search page with its real
  scripts over the largest file, in its municipality with the most documents: time of
  `wegwijzerZoek` alone and of a whole search (the form's submit handler until the result
  cards are on the page and laid out, facet counts and "nu open" included; the typing pause
  of 150 ms is not counted); target at most 50 ms per query. Also the time to fetch, expand
  and load the shard on choosing the municipality;
- first search: what choosing one municipality on the search page downloads (gzip, as a
  server would send it); target at most 250 KB. The search page itself downloads no index
  before it is used, and no other page does (home, a handbook page, a municipality, a
  provider, a service, the open data, in Chromium: of the sample site, or of `--site`);
  target 0 files.

The index holds the other kinds of documents too (providers, CJG locations, routes,
handbook pages): a set without a handbook gets the sample site's.

Writes nothing in the repository.

    .venv/bin/python benchmarks/search.py                  # national scale
    .venv/bin/python benchmarks/search.py --schaal 10k     # smaller
    .venv/bin/python benchmarks/search.py --repo /pad/naar/set --json uit.json
"""

from __future__ import annotations

import argparse
import datetime as dt
import gzip
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from chromium import CHROMIUM, CHROMIUM_ARGS, quiet_server  # benchmarks/chromium.py

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from a checkout
    sys.path.insert(0, str(ROOT))

TARGET_BUILD_MS = 1.0  # per service
TARGET_DOWNLOAD = 250 * 1024  # gzip bytes, shard + documents
TARGET_QUERY_MS = 50.0
TARGET_DISK = 45_000_000  # bytes: sociale-kaart/zoekindex/ of the national site (issue 16)
GZIP_LEVEL = 6
TODAY = dt.date(2026, 11, 22)
# What parents type: whole words, typos, words being typed, abbreviations, synonyms.
QUERIES = [
    "opvoeden",
    "scheiding",
    "echtscheidng",
    "ggz",
    "weinig geld",
    "slapen baby",
    "jeugdhulp verwijzing",
    "pesten op school",
    "consultatiebureu",
    "autisme",
    "opvo",
    "huiselijk geweld",
    "pgb",
    "jongeren informatie punt",
    "zwangerschap",
    "psychische klachten angst",
]


def gz(data: bytes) -> int:
    return len(gzip.compress(data, GZIP_LEVEL))


def kb(n: float) -> str:
    return f"{n / 1024:.0f} KB"


def synthetic_repository(folder: Path, scale: str) -> Path:
    from wegwijzer import synthetic

    repo = folder / "repo"
    synthetic.write_repository(repo, synthetic.parse_scale(scale), seed=1, today=TODAY)
    return repo


def measure_build(repo: Path) -> tuple[dict, object, object]:
    from wegwijzer.pages.handbook import sources_in
    from wegwijzer.records.catalog import load_catalog
    from wegwijzer.search import index as search_index

    start = time.perf_counter()
    catalog, problems = load_catalog(repo, today=TODAY)
    load_seconds = time.perf_counter() - start
    errors = [p.text() for p in problems if p.is_error]
    if errors:
        raise SystemExit("de set heeft fouten:\n" + "\n".join(errors[:10]))
    services = len(catalog.active_services())
    # The handbook of the sample site when the set has none: its pages are in every shard.
    if not sources_in(repo):
        shutil.copytree(ROOT / "content" / "handboek", repo / "content" / "handboek")
    start, cpu = time.perf_counter(), time.process_time()
    built = search_index.build(catalog, sources_in(repo))
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    local, national = search_index.services_by_municipality(catalog)
    per_shard = [len(local[c]) + len(national) for c in catalog.municipalities]
    return (
        {
            "municipalities": len(catalog.municipalities),
            "services": services,
            "national_services": len(national),
            "services_per_shard_median": statistics.median(per_shard),
            "services_per_shard_max": max(per_shard),
            "load_catalog_s": round(load_seconds, 2),
            "build_s": round(seconds, 2),
            "build_cpu_s": round(cpu, 2),
            "build_ms_per_service": round(seconds * 1000 / services, 3),
            "build_cpu_ms_per_service": round(cpu * 1000 / services, 3),
        },
        catalog,
        built,
    )


def measure_sizes(built) -> dict:
    from wegwijzer.search.index import FOLDER

    # A search file serves a group of municipalities of a region (search/unpack.py).
    shards = {
        path: (len(data), gz(data))
        for path, data in built.files.items()
        if not path.startswith((f"{FOLDER}/namen.", f"{FOLDER}/alles."))
    }
    # The whole catalogue in one file is only written when it fits the first-search budget.
    everything = built.manifest.get("alles")
    all_gzip = gz(built.files[f"{FOLDER}/{everything}"]) if everything else None
    gzipped = sorted(g for _, g in shards.values())
    largest = max(shards, key=lambda p: shards[p][1])
    names = built.files[f"{FOLDER}/{built.manifest['namen']}"]
    # The municipality to search in: one of the largest file's, with the most documents.
    served = [m["code"] for m in built.manifest["gemeenten"] if f"{FOLDER}/{m['shard']}" == largest]
    data = json.loads(built.files[largest])
    at = {code: data["gemeenten"].index(code) for code in served}
    code = max(
        served,
        key=lambda c: (
            sum(1 for d in data["documenten"] if d.get("overal") or at[c] in d["in"]),
            c,
        ),
    )
    return {
        "shards": len(shards),
        "disk_bytes": sum(len(data) for data in built.files.values()),
        "files": len(built.files),
        "shard_gzip_median": statistics.median(gzipped),
        "shard_gzip_p95": gzipped[max(0, int(len(gzipped) * 0.95) - 1)],
        "shard_gzip_max": gzipped[-1],
        "shard_raw_max": max(r for r, _ in shards.values()),
        "largest_shard": largest,
        "municipality": code,
        "names_raw": len(names),
        "names_gzip": gz(names),
        "all_gzip": all_gzip,
    }


def write_test_site(folder: Path, catalog, built) -> tuple[Path, int, int]:
    """The search page with its real scripts and the shards, laid out as in the site."""
    import markdown

    from wegwijzer import scripts, vendor
    from wegwijzer.search import page as search_page

    site = folder / "site"
    page = search_page.search_page(
        catalog, {**built.manifest, "map": "../zoekindex/", "wortel": search_page.root()}
    )
    body = markdown.markdown(page.split("\n---\n", 1)[1], extensions=["md_in_html", "attr_list"])
    html = (
        '<!doctype html><html lang="nl"><head><meta charset="utf-8">'
        "<title>Zoeken</title></head><body>"
        f'{body}<script src="../../assets/javascripts/nu-open.js"></script></body></html>'
    )
    files = {**built.files, "sociale-kaart/zoeken/index.html": html.encode("utf-8")}
    files.update(vendor.assets(ROOT))
    files.update(scripts.assets(ROOT))
    for name in ("zoek-pipeline.js", "nu-open.js"):
        files[f"assets/javascripts/{name}"] = (
            ROOT / "overrides" / "assets" / "javascripts" / name
        ).read_bytes()
    files["assets/stylesheets/zoeken.css"] = (
        ROOT / "overrides" / "assets" / "stylesheets" / "zoeken.css"
    ).read_bytes()
    for path, data in files.items():
        target = site / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
    return site, len(html.encode("utf-8")), gz(html.encode("utf-8"))


MEASURE = """async ({queries, rounds, unpackSource}) => {
  const uitkomst = document.getElementById('ww-uitkomst');
  const form = document.getElementById('ww-zoekformulier');
  const input = document.getElementById('ww-q');
  const done = () => new Promise((resolve) => {
    if (uitkomst.dataset.klaar === 'ja') { resolve(); return; }
    const watch = new MutationObserver(() => {
      if (uitkomst.dataset.klaar === 'ja') { watch.disconnect(); resolve(); }
    });
    watch.observe(uitkomst, {attributes: true, attributeFilter: ['data-klaar']});
  });
  const data = JSON.parse(document.getElementById('ww-zoek-gegevens').textContent);
  const core = [], whole = [];
  for (let round = 0; round < rounds; round++) {
    for (const q of queries) {
      input.value = q;
      const t0 = performance.now();
      // What Enter does (the submit handler), without requestSubmit's form validation.
      form.dispatchEvent(new Event('submit', {cancelable: true}));
      await done();
      void document.body.offsetHeight;  // style and layout of the new cards included
      whole.push(performance.now() - t0);
    }
  }
  const index = await (async () => {
    const code = new URLSearchParams(location.search).get('gemeente');
    const entry = data.gemeenten.find((g) => g.code === code);
    const json = await (await fetch(new URL(data.map + entry.shard, location.href))).json();
    // The page's own expansion (browser/zoeken/15-uitpakken.js), run again on its own.
    window.wegwijzerZoekenDelen = {};
    new Function(unpackSource)();
    const shard = window.wegwijzerZoekenDelen.uitpakken(json, code);
    delete window.wegwijzerZoekenDelen;
    return window.wegwijzerLaadIndex(shard.index);
  })();
  for (let round = 0; round < rounds; round++) {
    for (const q of queries) {
      const t0 = performance.now();
      window.wegwijzerZoek(index, q, data.synoniemen);
      core.push(performance.now() - t0);
    }
  }
  return {core, whole, results: document.querySelectorAll('#ww-resultaten li').length};
}"""


def measure_browser(site: Path, code: str, rounds: int) -> dict:

    from playwright.sync_api import sync_playwright

    server, root = quiet_server(site)
    base = root + "sociale-kaart/zoeken/"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_page()
            errors = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            fetched: list[str] = []
            page.on("request", lambda r: fetched.append(r.url))
            page.goto(base)
            page.wait_for_selector("#ww-zoekformulier:not([hidden])")
            page.wait_for_load_state("networkidle")
            before_use = [u for u in fetched if "/zoekindex/" in u]
            fetched.clear()
            start = time.perf_counter()
            page.select_option("#ww-gemeente", code)
            page.wait_for_function(
                "() => document.getElementById('ww-uitkomst').dataset.klaar === 'ja'"
                " && document.querySelectorAll('#ww-resultaten li').length > 0"
            )
            first = (time.perf_counter() - start) * 1000
            # What the first search in one municipality downloaded, gzipped as a server would.
            first_files = [u.split("/sociale-kaart/", 1)[1] for u in fetched if "/zoekindex/" in u]
            first_gzip = sum(gz((site / "sociale-kaart" / f).read_bytes()) for f in first_files)
            page.goto(f"{base}?gemeente={code}")
            page.wait_for_function(
                "() => document.getElementById('ww-uitkomst').dataset.klaar === 'ja'"
            )
            unpack_source = (ROOT / "browser" / "zoeken" / "15-uitpakken.js").read_text("utf-8")
            timing = page.evaluate(
                MEASURE, {"queries": QUERIES, "rounds": rounds, "unpackSource": unpack_source}
            )
            browser.close()
            if errors:
                raise SystemExit("fouten in de pagina: " + "; ".join(errors))
    finally:
        server.shutdown()
    core, whole = sorted(timing["core"]), sorted(timing["whole"])
    # Per query the median over the rounds (a busy machine makes single runs jumpy).
    n = len(QUERIES)
    per_query = {q: statistics.median(timing["whole"][i::n]) for i, q in enumerate(QUERIES)}
    slowest = max(per_query, key=per_query.get)
    return {
        "slowest_query": slowest,
        "slowest_query_ms_median": round(per_query[slowest], 2),
        "choose_municipality_ms": round(first, 1),
        "index_files_before_use": len(before_use),
        "first_search_files": first_files,
        "first_search_gzip": first_gzip,
        "query_core_ms_median": round(statistics.median(core), 2),
        "query_core_ms_max": round(core[-1], 2),
        "query_whole_ms_median": round(statistics.median(whole), 2),
        "query_whole_ms_p95": round(whole[int(len(whole) * 0.95) - 1], 2),
        "query_whole_ms_max": round(whole[-1], 2),
        "queries": len(core),
    }


def measure_other_pages(site: Path | None) -> dict:
    """Pages other than the search page, opened in Chromium: any search index downloaded?

    The header (overrides/, the same on every page at every scale) holds the only search box,
    so the sample site (built here with MkDocs unless `site` is given) shows it for all.
    """
    import subprocess

    from playwright.sync_api import sync_playwright

    folder = None
    if site is None:
        folder = Path(tempfile.mkdtemp(prefix="wegwijzer-site-"))
        site = folder / "site"
        mkdocs = Path(sys.executable).parent / "mkdocs"
        subprocess.run(
            [str(mkdocs), "build", "--strict", "-q", "-d", str(site)],
            cwd=ROOT,
            env={**os.environ, "WEGWIJZER_DATUM": TODAY.isoformat()},
            check=True,
            capture_output=True,
        )
    pages = ["", "handboek/poh-jeugd/", "sociale-kaart/", "open-data/"]
    for folder_name in ("gemeenten", "aanbieders", "diensten"):
        first = sorted(p for p in (site / folder_name).rglob("index.html"))[:1]
        pages += [p.parent.relative_to(site).as_posix() + "/" for p in first]

    server, base = quiet_server(site)
    loaded: dict[str, list[str]] = {}
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_page()
            fetched: list[str] = []
            page.on("request", lambda r: fetched.append(r.url))
            for path in pages:
                fetched.clear()
                page.goto(base + path)
                page.wait_for_load_state("networkidle")
                loaded[path] = [u for u in fetched if "/zoekindex/" in u or "search_index" in u]
            browser.close()
    finally:
        server.shutdown()
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
    return {"pages": len(pages), "with_index": {p: u for p, u in loaded.items() if u}}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--schaal", default="nl", help="nl (standaard), 10k, 1k, ...")
    parser.add_argument("--repo", type=Path, help="een bestaande (synthetische) repository")
    parser.add_argument("--rondes", type=int, default=5, help="keer elke zoekvraag (standaard 5)")
    parser.add_argument("--json", type=Path, help="schrijf de uitkomsten ook als JSON")
    parser.add_argument("--zonder-browser", action="store_true")
    parser.add_argument(
        "--site", type=Path, help="een gebouwde site voor 'geen index op andere pagina's'"
    )
    args = parser.parse_args(argv)

    folder = Path(tempfile.mkdtemp(prefix="wegwijzer-zoeken-"))
    try:
        repo = args.repo or synthetic_repository(folder, args.schaal)
        build, catalog, built = measure_build(repo)
        sizes = measure_sizes(built)
        result = {"build": build, "sizes": sizes}
        if not args.zonder_browser:
            site, page_raw, page_gz = write_test_site(folder, catalog, built)
            code = sizes["municipality"]
            result["page"] = {"raw": page_raw, "gzip": page_gz}
            result["browser"] = {"municipality": code, **measure_browser(site, code, args.rondes)}
            result["other_pages"] = measure_other_pages(args.site)
    finally:
        shutil.rmtree(folder, ignore_errors=True)

    b, s = result["build"], result["sizes"]
    print(
        f"{b['services']} diensten, {b['municipalities']} gemeenten "
        f"({b['national_services']} landelijk; per shard mediaan "
        f"{b['services_per_shard_median']:.0f}, max {b['services_per_shard_max']})"
    )
    print(f"catalogus laden          {b['load_catalog_s']:.1f} s (niet meegeteld)")
    ok = b["build_ms_per_service"] <= TARGET_BUILD_MS
    print(
        f"index bouwen             {b['build_s']:.1f} s wall, {b['build_cpu_s']:.1f} s cpu = "
        f"{b['build_ms_per_service']:.2f} ms/dienst wall, {b['build_cpu_ms_per_service']:.2f} "
        f"ms cpu (doel <= {TARGET_BUILD_MS} ms) {'OK' if ok else 'TE TRAAG'}"
    )
    ok = s["disk_bytes"] <= TARGET_DISK
    print(
        f"zoekindex op schijf      {s['disk_bytes'] / 1e6:.1f} MB in {s['files']} bestanden "
        f"({s['shards']} zoekbestanden voor groepen gemeenten; doel <= "
        f"{TARGET_DISK / 1e6:.0f} MB) {'OK' if ok else 'TE GROOT'}"
    )
    ok = s["shard_gzip_max"] <= TARGET_DOWNLOAD
    print(
        f"shard gzip               mediaan {kb(s['shard_gzip_median'])}, p95 "
        f"{kb(s['shard_gzip_p95'])}, max {kb(s['shard_gzip_max'])} (ruw max "
        f"{kb(s['shard_raw_max'])}; doel <= {kb(TARGET_DOWNLOAD)}) {'OK' if ok else 'TE GROOT'}"
    )
    print(f"namenbestand             {kb(s['names_raw'])}, gzip {kb(s['names_gzip'])}")
    if s["all_gzip"] is None:
        print("hele catalogus           past niet in een eerste zoekopdracht: eerst de gemeente")
    else:
        print(f"hele catalogus           gzip {kb(s['all_gzip'])} (doel <= {kb(TARGET_DOWNLOAD)})")
    if "browser" in result:
        w, p = result["browser"], result["page"]
        print(f"zoekpagina (html)        {kb(p['raw'])}, gzip {kb(p['gzip'])}")
        print(
            f"gemeente kiezen          {w['choose_municipality_ms']:.0f} ms ({w['municipality']})"
        )
        ok = w["first_search_gzip"] <= TARGET_DOWNLOAD
        print(
            f"eerste zoekopdracht      {kb(w['first_search_gzip'])} gzip gedownload in "
            f"{len(w['first_search_files'])} bestand(en) (doel <= {kb(TARGET_DOWNLOAD)}) "
            f"{'OK' if ok else 'TE GROOT'}"
        )
        ok = w["index_files_before_use"] == 0
        print(
            f"zoekpagina voor gebruik  {w['index_files_before_use']} indexbestanden "
            f"(doel 0) {'OK' if ok else 'TE VEEL'}"
        )
        o = result["other_pages"]
        ok = not o["with_index"]
        print(
            f"andere pagina's          {len(o['with_index'])} van {o['pages']} laden een "
            f"zoekindex (doel 0) {'OK' if ok else 'NIET GEHAALD: ' + ', '.join(o['with_index'])}"
        )
        ok = w["slowest_query_ms_median"] <= TARGET_QUERY_MS
        print(
            f"zoekvraag (lunr)         mediaan {w['query_core_ms_median']:.1f} ms, max "
            f"{w['query_core_ms_max']:.1f} ms"
        )
        print(
            f"zoekvraag (hele pagina)  mediaan {w['query_whole_ms_median']:.1f} ms, p95 "
            f"{w['query_whole_ms_p95']:.1f} ms, max {w['query_whole_ms_max']:.1f} ms over "
            f"{w['queries']} vragen"
        )
        print(
            f"traagste zoekvraag       {w['slowest_query_ms_median']:.1f} ms (mediaan over de "
            f'rondes: "{w["slowest_query"]}"; doel <= {TARGET_QUERY_MS:.0f} ms) '
            f"{'OK' if ok else 'TE TRAAG'}"
        )
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(result, indent=2) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
