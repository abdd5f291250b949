#!/usr/bin/env python3
"""Benchmark of the maps (issue 4) on a synthetic catalog of N placed locations.

Reads the repository's schemas, taxonomy and sample municipalities (for labels
and names) and node_modules (Leaflet); writes only inside a temporary folder.
Measures, against the targets of issue 4:

- generation: `maps.generate` per location, cold (schedules computed) and
  warm (opening-hours schedules and Dutch descriptions cached, i.e. the map
  code alone); target at most 0.05 ms per location, excluding schedules;
- size: the overview page as HTML plus the GeoJSON, gzip level 6; target at
  most 1 MB;
- browser: headless Debian Chromium opens the overview page (served on
  127.0.0.1, tiles blocked) and reports when every marker is drawn
  (`data-status="klaar"` on the map, set after the next frame), counted from
  navigation start; target at most 1.5 s. The page is the generated Markdown
  rendered with the site's extensions inside a minimal shell with the site's
  own CSS and JS (not Material's chrome, which is the same on every page).

- first visit (`--site DIR`, a site built already, e.g. the national synthetic set): in
  headless Chromium at 360x740 with an empty cache, the gzip-estimated bytes of every
  response of the overview map until its map is drawn (page, Material, Leaflet, kaart.js and
  the data: the summary per province, or every province's file on a small network), against
  the 300 KB budget of issues 13 and 16; then what choosing the biggest province adds.

    .venv/bin/python benchmarks/maps.py               # 10,000 locations
    .venv/bin/python benchmarks/maps.py 1000 10000    # several sizes
    .venv/bin/python benchmarks/maps.py --site SITE   # first visit of a built site's map
"""

from __future__ import annotations

import datetime as dt
import functools
import gzip
import json
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

from chromium import CHROMIUM, CHROMIUM_ARGS, quiet_server  # benchmarks/chromium.py

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script from a checkout
    sys.path.insert(0, str(ROOT))

from wegwijzer import maps, scripts, vendor  # noqa: E402
from wegwijzer.blocks import map as map_block  # noqa: E402
from wegwijzer.maps import provinces  # noqa: E402
from wegwijzer.records import hours  # noqa: E402
from wegwijzer.records.catalog import load_catalog  # noqa: E402
from wegwijzer.records.model import Catalog, Location, Municipality, Provider, Service  # noqa: E402
from wegwijzer.settings import SiteSettings  # noqa: E402

TODAY = dt.date(2026, 11, 22)
GZIP_LEVEL = 6
TARGET_MS_PER_LOCATION = 0.05
TARGET_GZIP_BYTES = 1_000_000
TARGET_DRAWN_MS = 1500
TARGET_FIRST_VISIT_KB = 300  # the overview's first view, page and data, gzip (issues 13, 16)
KINDS = ["cjg", "inlooppunt", "jip", "consultatiebureau", "school", "praktijk", "kantoor"]
HOURS = [
    "Mo-Fr 08:30-17:00; PH off",
    "Mo-Th 09:00-17:00; Fr 09:00-12:00; PH off",
    "Tu-Fr 12:00-17:00; PH off",
    "Mo,We 08:30-12:30; PH off",
    "Mo-Fr 09:00-12:00,13:00-17:00; PH off",
    "Mo-Fr 08:00-18:00; Sa 10:00-14:00; PH off",
]


def synthetic_catalog(n_locations: int, seed: int = 4) -> Catalog:
    """The sample catalog's labels, themes and municipalities plus n synthetic locations
    (100 per provider, three services each, spread over the Netherlands)."""
    base, _ = load_catalog(ROOT, today=TODAY)
    rng = random.Random(seed)
    cat = Catalog(today=TODAY, themes=base.themes, labels=base.labels)
    for number in range(50):  # fifty municipalities, as a region or province has
        code = f"GM{9000 + number:04d}"
        cat.municipalities[code] = Municipality(
            id=f"gemeente-{number}",
            code=code,
            name=f"Gemeente {number}",
            province="Utrecht",
            region="Regio",
            postcodes=[(1000 + number, 1000 + number)],
            last_reviewed=TODAY,
            raw={},
            source="",
        )
    codes = sorted(cat.municipalities)
    themes = sorted(cat.themes) or ["opvoeden"]
    for p in range((n_locations + 99) // 100):
        pid = f"aanbieder-{p:05d}"
        provider = Provider(
            id=pid,
            name=f"Aanbieder {p}",
            kind="jeugdhulpaanbieder",
            description="Synthetische aanbieder.",
            raw={},
            source=f"providers/{pid}.yaml",
            last_reviewed=TODAY,
        )
        for i in range(min(100, n_locations - p * 100)):
            lat, lon = rng.uniform(51.3, 53.2), rng.uniform(4.3, 6.9)
            loc = Location(
                id=f"{pid}/locatie-{i}",
                local_id=f"locatie-{i}",
                provider_id=pid,
                name=f"{rng.choice(['CJG', 'Inloop', 'Praktijk', 'Team'])} {p}-{i}",
                kind=rng.choice(KINDS),
                raw={},
                source=provider.source,
                line=1,
                municipality=rng.choice(codes),
                lat=round(lat, 5),
                lon=round(lon, 5),
                address={
                    "straat": f"Dorpsstraat {i + 1}",
                    "postcode": f"{1000 + p % 8999} AB",
                    "plaats": "Plaats",
                },
                opening_hours=rng.choice(HOURS),
                phone=f"030-{2000000 + p:07d}",
            )
            provider.locations.append(loc)
            cat.locations[loc.id] = loc
        for s in range(3):
            service = Service(
                id=f"{pid}/dienst-{s}",
                local_id=f"dienst-{s}",
                provider_id=pid,
                name=f"Dienst {s} van aanbieder {p}",
                description="Synthetische dienst.",
                raw={},
                source=provider.source,
                line=1,
                themes=rng.sample(themes, 2),
                audience=["ouders"],
                access="vrij-toegankelijk",
                funding=["gratis"],
                location_ids=[loc.id for loc in provider.locations[s::3]],
                area=[],
            )
            provider.services.append(service)
            cat.services[service.id] = service
        cat.providers[pid] = provider
    return cat


def _time(function, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - start)
    return best


def generation(cat: Catalog) -> dict:
    settings = SiteSettings()
    n = len(cat.locations)

    def cold():
        map_block._schedule.cache_clear()
        map_block._describe.cache_clear()
        maps.generate(cat, settings)

    cold_s = _time(cold, repeat=1)
    describe = hours.describe
    hours.describe = functools.lru_cache(maxsize=None)(describe)  # schedules excluded
    try:
        maps.generate(cat, settings)  # warm both caches
        warm_s = _time(lambda: maps.generate(cat, settings))
    finally:
        hours.describe = describe
    return {
        "cold_ms_per_location": cold_s * 1000 / n,
        "warm_ms_per_location": warm_s * 1000 / n,
    }


def page_html(page_markdown: str) -> str:
    """The overview page in a minimal shell with the site's own CSS and JS."""
    import markdown

    body = markdown.markdown(
        page_markdown.split("\n---\n", 1)[1],
        extensions=["attr_list", "md_in_html", "admonition", "toc"],
    )
    return (
        '<!doctype html><html lang="nl"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        "<title>Kaart</title>"
        '<link rel="stylesheet" href="../../assets/stylesheets/kaart.css"></head>'
        f'<body><main class="md-typeset">{body}</main>'
        '<script src="../../assets/javascripts/nu-open.js"></script>'
        '<script src="../../assets/javascripts/kaart.js"></script></body></html>'
    )


def write_site(directory: Path, files: dict[str, str]) -> None:
    out = dict(files)
    out["sociale-kaart/kaart/index.html"] = page_html(out.pop(maps.PAGE_PATH))
    out["assets/javascripts/nu-open.js"] = (
        ROOT / "overrides/assets/javascripts/nu-open.js"
    ).read_text("utf-8")
    out["assets/stylesheets/kaart.css"] = (
        ROOT / "overrides/assets/stylesheets/kaart.css"
    ).read_text("utf-8")
    for path, content in {**out, **vendor.assets(ROOT), **scripts.assets(ROOT)}.items():
        target = directory / path
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(content, encoding="utf-8")


def sizes(directory: Path) -> dict:
    page = (directory / "sociale-kaart/kaart/index.html").read_bytes()
    data = (directory / maps.GEOJSON_PATH).read_bytes()
    summary = (directory / provinces.SUMMARY_PATH).read_bytes()
    biggest = max((p.read_bytes() for p in (directory / provinces.FOLDER).glob("*.json")), key=len)
    return {
        "page_bytes": len(page),
        "geojson_bytes": len(data),
        "page_gzip": len(gzip.compress(page, GZIP_LEVEL)),
        "geojson_gzip": len(gzip.compress(data, GZIP_LEVEL)),
        "summary_gzip": len(gzip.compress(summary, GZIP_LEVEL)),
        "biggest_province_gzip": len(gzip.compress(biggest, GZIP_LEVEL)),
    }


def browser(directory: Path, runs: int = 3) -> dict:
    """Milliseconds from navigation start until every marker is drawn (best and median)."""
    from playwright.sync_api import sync_playwright

    server, root = quiet_server(directory)
    url = root + "sociale-kaart/kaart/"
    times, counts = [], []
    try:
        with sync_playwright() as playwright:
            chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for _ in range(runs):
                context = chromium.new_context(viewport={"width": 1280, "height": 900})
                context.route(lambda u: not u.startswith("http://127.0.0.1"), lambda r: r.abort())
                page = context.new_page()
                page.goto(url)
                page.wait_for_selector(".wwk-kaart[data-status=klaar]", timeout=60000)
                times.append(page.evaluate("wegwijzerKaart.kaarten[0].getekend"))
                counts.append(
                    page.evaluate(
                        """() => [...document.querySelectorAll('.wwk-cluster')]
                          .reduce((n, c) => n + parseInt(c.textContent, 10), 0)
                          + document.querySelectorAll('.wwk-marker').length"""
                    )
                )
                context.close()
            chromium.close()
    finally:
        server.shutdown()
    times.sort()
    return {"drawn_ms_best": times[0], "drawn_ms_median": times[len(times) // 2], "on_map": counts}


def first_visit(site: Path) -> dict:
    """A built site's overview map, first visit (empty cache, 360x740, tiles blocked): gzip
    bytes of every response until the map is drawn; then the bytes that choosing the biggest
    province adds (none on a network small enough to load every province at once)."""
    import hosting  # benchmarks/hosting.py: the same gzip estimate as its first visits
    from playwright.sync_api import sync_playwright

    summary = json.loads((site / provinces.SUMMARY_PATH).read_text("utf-8"))
    biggest = max(summary["provincies"], key=lambda p: p["aantal"])
    server, base = quiet_server(site)
    responses: list = []

    def total() -> tuple[int, int]:
        gz = raw = 0
        for request in responses:
            response = request.response()
            try:
                body = response.body() if response else b""
            except Exception:  # a redirect or an aborted request has no body
                continue
            gz += hosting._gz_bytes(request.url, body)
            raw += len(body)
        return gz, raw

    try:
        with sync_playwright() as playwright:
            chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            context = chromium.new_context(viewport={"width": 360, "height": 740})
            context.route(lambda u: not u.startswith(base), lambda r: r.abort())  # tiles
            page = context.new_page()
            page.on("requestfinished", lambda request: responses.append(request))
            page.goto(base + "sociale-kaart/kaart/")
            page.wait_for_selector(".wwk-kaart[data-status=klaar]", timeout=120_000)
            page.wait_for_load_state("networkidle")
            first, first_raw = total()
            result = {
                "first_visit_gzip": first,
                "first_visit_raw": first_raw,
                "first_visit_requests": len(responses),
                "all_at_once": summary["alles_laden"],
                "provinces": len(summary["provincies"]),
            }
            if not summary["alles_laden"]:
                button = page.locator(".wwk-provincies button", has_text=biggest["naam"]).first
                button.click()
                page.wait_for_function(
                    "n => document.querySelectorAll('.wwk-lijst > li').length >= Math.min(n, 100)",
                    arg=biggest["aantal"],
                    timeout=120_000,
                )
                page.wait_for_load_state("networkidle")
                after, _ = total()
                result.update(
                    province=biggest["naam"],
                    province_locations=biggest["aantal"],
                    province_added_gzip=after - first,
                )
            context.close()
            chromium.close()
    finally:
        server.shutdown()
    return result


def report_first_visit(result: dict) -> str:
    kb = result["first_visit_gzip"] / 1024
    ok = "ok" if kb <= TARGET_FIRST_VISIT_KB else "BOVEN DOEL"
    lines = [
        f"overzichtskaart, eerste bezoek: {kb:,.1f} KB gzip "
        f"({result['first_visit_raw'] / 1024:,.1f} KB raw) in {result['first_visit_requests']} "
        f"verzoeken (doel <= {TARGET_FIRST_VISIT_KB} KB) {ok}; "
        + (
            f"alle {result['provinces']} provincies in één keer (klein netwerk)"
            if result["all_at_once"]
            else f"samenvatting van {result['provinces']} provincies, nog geen locaties"
        )
    ]
    if "province" in result:
        lines.append(
            f"  daarna provincie {result['province']} ({result['province_locations']} locaties) "
            f"gekozen: + {result['province_added_gzip'] / 1024:,.1f} KB gzip"
        )
    return "\n".join(lines)


def benchmark_map(n_locations: int = 10_000, in_browser: bool = True) -> dict:
    """All map measurements for n synthetic locations, as a dict (see the module docstring)."""
    cat = synthetic_catalog(n_locations)
    result = {"locations": len(cat.locations), **generation(cat)}
    directory = Path(tempfile.mkdtemp(prefix="wegwijzer-kaart-"))
    try:
        settings = SiteSettings(tiles="pdok")  # tiles are blocked: the worst case for the map
        write_site(directory, maps.generate(cat, settings))
        result.update(sizes(directory))
        if in_browser:
            result.update(browser(directory))
    finally:
        shutil.rmtree(directory, ignore_errors=True)
    return result


def report(result: dict) -> str:
    total_gzip = result["page_gzip"] + result["geojson_gzip"]

    def mark(ok: bool) -> str:
        return "ok" if ok else "BOVEN DOEL"

    lines = [
        f"{result['locations']} locaties",
        f"  generatie koud (met roosters):  {result['cold_ms_per_location']:.4f} ms/locatie",
        f"  generatie warm (zonder roosters): {result['warm_ms_per_location']:.4f} ms/locatie"
        f"  (doel <= {TARGET_MS_PER_LOCATION}) "
        f"{mark(result['warm_ms_per_location'] <= TARGET_MS_PER_LOCATION)}",
        f"  kaartpagina {result['page_bytes'] / 1e6:.2f} MB, gzip {result['page_gzip'] / 1e3:.0f} kB",
        f"  GeoJSON     {result['geojson_bytes'] / 1e6:.2f} MB, gzip {result['geojson_gzip'] / 1e3:.0f} kB",
        f"  samen gzip  {total_gzip / 1e3:.0f} kB (doel <= {TARGET_GZIP_BYTES / 1e3:.0f} kB) "
        f"{mark(total_gzip <= TARGET_GZIP_BYTES)}",
        f"  de kaart laadt eerst: samenvatting per provincie, gzip {result['summary_gzip'] / 1e3:.1f}"
        f" kB; grootste provincie gzip {result['biggest_province_gzip'] / 1e3:.0f} kB",
    ]
    if "drawn_ms_best" in result:
        lines.append(
            f"  markers getekend na {result['drawn_ms_best']:.0f} ms (mediaan "
            f"{result['drawn_ms_median']:.0f} ms; doel <= {TARGET_DRAWN_MS}; eerste beeld) "
            f"{mark(result['drawn_ms_median'] <= TARGET_DRAWN_MS)}; op de kaart: "
            f"{result['on_map'][0]}"
        )
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("aantallen", nargs="*", type=int, help="aantallen locaties (10000)")
    parser.add_argument("--site", type=Path, help="een gebouwde site: het eerste bezoek")
    args = parser.parse_args(argv)
    if args.site:
        result = first_visit(args.site)
        print(report_first_visit(result))
        print(json.dumps(result, sort_keys=True))
        return 0
    for n in args.aantallen or [10_000]:
        result = benchmark_map(n)
        print(report(result))
        print(json.dumps(result, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
