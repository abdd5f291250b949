"""What the built site costs its host and a parent's phone (issue 16), for `run.py`'s STAGES.

Reads only a built site folder. Emits `(label, value)` rows, each value ending in `ok` or
`NIET GEHAALD` against the targets at national scale:

- `measure_folders`: bytes and files per top folder (`api/` per version), and the whole
  site against <= 500 MB and <= 50,000 files (GitHub Pages refuses a site over 1 GB; many
  hosts count files). Bytes are file contents, as a host counts them (`du` also counts
  20,000 directory entries of 4 KB each);
- `measure_big_pages`: every HTML page over 1 MB;
- `measure_first_visit`: serves the site on 127.0.0.1 and opens, in headless Chromium with
  an empty cache, a provider, a service, a route, the overview map, an age-group page,
  CJG-locaties and the search page through a first query; per visit the bytes of every
  response, each gzip-estimated (level 6, as a static host compresses text; images and
  other already-compressed responses count as they are), beside the budgets of the
  parents' pages issue. Map tiles (the only third-party request) are blocked and not
  counted: they are the same for every site.

    .venv/bin/python benchmarks/hosting.py SITE_DIR     # these rows for a site built already
"""

from __future__ import annotations

import gzip
import os
import sys
from pathlib import Path

from chromium import CHROMIUM, CHROMIUM_ARGS, quiet_server  # benchmarks/chromium.py

MB = 1024 * 1024  # as run.py and the issue count (the 1,095.8 MB of issue 16 are MiB)
TARGET_SITE_BYTES = 500 * MB
TARGET_SITE_FILES = 50_000
TARGET_PAGE_BYTES = 1 * MB  # every HTML page (overviews included)
GZIP_LEVEL = 6
# First visit, gzip-estimated bytes of page + everything it loads (KB = 1024 bytes).
BUDGETS_KB = {
    "aanbieder": 150,
    "dienst": 80,
    "route (gemeente)": 150,
    "overzichtskaart": 300,
}
COMPRESSED = (".png", ".jpg", ".jpeg", ".gif", ".webp", ".woff", ".woff2", ".gz", ".zip")


def _mark(good: bool) -> str:
    return "ok" if good else "NIET GEHAALD"


def _size(n: float) -> str:
    return f"{n / MB:,.1f} MB" if n >= MB else f"{n / 1024:,.1f} KB"


def _files(site: Path):
    for folder, _dirs, names in os.walk(site):
        for name in names:
            path = Path(folder) / name
            yield path, path.stat().st_size


def measure_folders(site: Path) -> list[tuple[str, str]]:
    """Bytes and files per top folder, biggest first, and the site against its targets."""
    per: dict[str, list[int]] = {}
    total = count = 0
    for path, size in _files(site):
        parts = path.relative_to(site).parts
        if parts[0] == "api" and len(parts) > 2:
            top = f"api/{parts[1]}/"
        else:
            top = parts[0] + ("/" if len(parts) > 1 else "")
        entry = per.setdefault(top, [0, 0])
        entry[0] += size
        entry[1] += 1
        total += size
        count += 1
    rows = [
        (
            "site on disk",
            f"{_size(total)} in {count:,} files (doel <= 500 MB: {_mark(total <= TARGET_SITE_BYTES)}"
            f"; <= 50,000 files: {_mark(count <= TARGET_SITE_FILES)})",
        )
    ]
    for top, (size, n) in sorted(per.items(), key=lambda kv: -kv[1][0]):
        if size >= total / 200 or n >= 100:  # the rest is noise
            rows.append((f"  {top}", f"{_size(size)} in {n:,} files"))
    return rows


def measure_big_pages(site: Path) -> list[tuple[str, str]]:
    big = sorted(
        ((size, path) for path, size in _files(site) if path.suffix == ".html"),
        reverse=True,
    )
    over = [(size, path) for size, path in big if size > TARGET_PAGE_BYTES]
    if not big:
        return []
    shown = ", ".join(f"{p.relative_to(site).parent} {_size(s)}" for s, p in over[:5])
    return [
        (
            "HTML pages over 1 MB",
            f"{len(over)} (biggest {_size(big[0][0])}, {big[0][1].relative_to(site).parent})"
            + (f": {shown}" if over else "")
            + f" (doel 0: {_mark(not over)})",
        )
    ]


def _first(site: Path, pattern: str) -> str | None:
    """The site-relative URL of the first page matching `pattern` (sorted: reproducible)."""
    for path in sorted(site.glob(pattern)):
        return path.relative_to(site).parent.as_posix() + "/"
    return None


def _visits(site: Path) -> list[tuple[str, str | None]]:
    return [
        ("aanbieder", _first(site, "aanbieders/*/index.html")),
        ("dienst", _first(site, "diensten/*/*/index.html")),
        ("route (gemeente)", _first(site, "gemeenten/*/index.html")),
        ("overzichtskaart", "sociale-kaart/kaart/"),
        ("leeftijdsgroep", "sociale-kaart/leeftijd/12-18/"),
        ("CJG-locaties", "cjg-locaties/"),
        ("zoeken + eerste zoekvraag", "sociale-kaart/zoeken/"),
    ]


def _gz_bytes(url: str, body: bytes) -> int:
    if url.split("?")[0].lower().endswith(COMPRESSED):
        return len(body)
    return len(gzip.compress(body, compresslevel=GZIP_LEVEL, mtime=0))


def measure_first_visit(site: Path, browser=None) -> list[tuple[str, str]]:
    """Per page kind: gzip-estimated bytes of a first visit (empty cache), against budgets.
    `browser`: a Playwright browser already running (the tests'), else one is started."""
    if browser is None:
        try:
            from playwright.sync_api import sync_playwright
        except ImportError:  # the benchmark also runs without the test dependencies
            return [("first visit", "playwright ontbreekt; niet gemeten")]
        if not Path(CHROMIUM).exists():
            return [("first visit", f"{CHROMIUM} ontbreekt; niet gemeten")]
        with sync_playwright() as playwright:
            started = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            try:
                return measure_first_visit(site, started)
            finally:
                started.close()

    server, base = quiet_server(site)
    rows = []
    try:
        for label, url in _visits(site):
            if url is None or not (site / url / "index.html").is_file():
                rows.append((f"first visit: {label}", "geen pagina"))
                continue
            rows.append((f"first visit: {label}", _visit(browser, base, url, label)))
    finally:
        server.shutdown()
    return rows


def _visit(browser, base: str, url: str, label: str) -> str:
    """One first visit in a fresh context (empty cache) at phone width."""
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    local = []

    def on_route(route):
        if route.request.url.startswith(base):
            route.continue_()
        else:
            route.abort()  # tiles: third party, the same for every site

    page.route("**/*", on_route)
    page.on("requestfinished", lambda request: local.append(request))
    page.goto(base + url, wait_until="load")
    if label.startswith("zoeken"):
        page.wait_for_selector("#ww-q", state="visible", timeout=30_000)
        page.fill("#ww-q", "opvoeden")
        page.press("#ww-q", "Enter")
        page.wait_for_function(
            "() => document.querySelectorAll('#ww-resultaten li').length > 0", timeout=60_000
        )
    page.wait_for_load_state("networkidle")
    total = raw = 0
    biggest = (0, "")
    for request in local:
        response = request.response()
        if response is None:
            continue
        try:
            body = response.body()
        except Exception:  # a redirect or an aborted request has no body
            continue
        size = _gz_bytes(request.url, body)
        total += size
        raw += len(body)
        biggest = max(biggest, (size, request.url[len(base) :]))
    context.close()
    budget = BUDGETS_KB.get(label)
    verdict = f"; doel <= {budget} KB: {_mark(total <= budget * 1024)}" if budget else ""
    return (
        f"{total / 1024:,.1f} KB gzip ({raw / 1024:,.1f} KB raw) in {len(local)} requests; "
        f"biggest {biggest[1]} {biggest[0] / 1024:,.1f} KB ({url}){verdict}"
    )


STAGES = [measure_folders, measure_big_pages, measure_first_visit]


if __name__ == "__main__":
    folder = Path(sys.argv[1])
    for stage in STAGES:
        for label, value in stage(folder):
            print(f"{label}: {value}")
