"""`make audit`: Lighthouse (npm, pinned 12.2.3) with Debian's Chromium over one page of every
kind of the built site, served with gzip like a real host; prints the four scores per page.

Reads site/ (run `make site` first) and emits a table on stdout: per page the four scores,
what keeps a score below 100 and, for performance, the five timed metrics. The site is served
under the path of its `site_url` (/wegwijzer/), as GitHub Pages serves it: the 404 page links
its styles absolutely, from any address. Each page is measured three times (`--runs N`) and
the median run is printed; `audit.py 404 zoeken` audits only those kinds. Map tiles are
blocked (`--blocked-url-patterns`), as in the tests: the site must work, and log no console
errors, without them. Not part of `make test`: Lighthouse takes a minute per page.
"""

from __future__ import annotations

import functools
import gzip
import http.server
import json
import os
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from urllib.parse import urlsplit

import yaml

ROOT = Path(__file__).resolve().parent.parent
SITE = ROOT / "site"
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
PAGES = {  # one page of every kind
    "start": "",
    "dienst": "diensten/cjg-heemstede/informatie-en-advies/",
    "aanbieder": "aanbieders/cjg-heemstede/",
    "route (gemeente)": "gemeenten/stein/",
    "kaart": "sociale-kaart/kaart/",
    "zoeken": "sociale-kaart/zoeken/",
    "handboek": "handboek/",
    # Lighthouse stops at a 404 status: the 404 page itself, as the host serves it
    "404": "404.html",
}
RUNS = 3  # Lighthouse's advice: the median of several runs, performance varies between runs
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
TILES = ["*service.pdok.nl*", "*tile.openstreetmap.org*"]
METRICS = {
    "FCP": "first-contentful-paint",
    "LCP": "largest-contentful-paint",
    "TBT": "total-blocking-time",
    "CLS": "cumulative-layout-shift",
    "SI": "speed-index",
}
COMPRESSIBLE = (".html", ".css", ".js", ".json", ".geojson", ".svg", ".xml", ".txt", ".csv")


def site_prefix() -> str:
    """The path of `site_url` in mkdocs.yml ("/wegwijzer/"), where a host serves the site."""
    config = yaml.load((ROOT / "mkdocs.yml").read_text("utf-8"), Loader=yaml.BaseLoader)
    return "/" + urlsplit(config.get("site_url") or "/").path.strip("/") + "/"


class GzipHandler(http.server.SimpleHTTPRequestHandler):
    """Static files under `prefix`, gzip-compressed for a browser that asks for it (as a real
    host does)."""

    prefix = "/"

    def log_message(self, *args):
        pass

    def send_head(self):
        if not self.path.startswith(self.prefix):
            self.send_error(404)
            return None
        path = Path(self.translate_path("/" + self.path[len(self.prefix) :]))
        if path.is_dir():
            path = path / "index.html"
        if not path.is_file():
            self.send_error(404)  # the 404 page, like a host that serves 404.html
            return None
        data = path.read_bytes()
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        if path.suffix in COMPRESSIBLE and "gzip" in self.headers.get("Accept-Encoding", ""):
            data = gzip.compress(data, 6)
            self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "max-age=600")
        self.end_headers()
        self.wfile.write(data)
        return None

    def send_error(self, code, message=None, explain=None):
        page = SITE / "404.html"
        if code != 404 or not page.is_file():
            return super().send_error(code, message, explain)
        data = gzip.compress(page.read_bytes(), 6)
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


def serve() -> tuple[str, http.server.ThreadingHTTPServer]:
    prefix = site_prefix()
    handler = functools.partial(
        type("Handler", (GzipHandler,), {"prefix": prefix}), directory=str(SITE)
    )
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}{prefix}", server


def audit(url: str, out: Path) -> dict[str, int]:
    env = {**os.environ, "CHROME_PATH": os.environ.get("CHROME_PATH", "/usr/bin/chromium")}
    subprocess.run(
        [
            str(LIGHTHOUSE),
            url,
            "--quiet",
            "--output=json",
            f"--output-path={out}",
            "--only-categories=" + ",".join(CATEGORIES),
            "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
            "--blocked-url-patterns",
            *TILES,
        ],
        env=env,
        check=True,
        timeout=300,
    )
    report = json.loads(out.read_text("utf-8"))
    scores = {c: round(100 * (report["categories"][c]["score"] or 0)) for c in CATEGORIES}
    # what keeps a score below 100: the failing audits of the three non-performance scores
    failing = sorted(
        ref["id"]
        for c in CATEGORIES[1:]
        for ref in report["categories"][c]["auditRefs"]
        if ref.get("weight") and (report["audits"][ref["id"]].get("score") or 0) < 1
    )
    scores["niet goed"] = ", ".join(failing)
    # why performance is below 100: the timed metrics Lighthouse weighs (simulated slow 4G)
    scores["metingen"] = " ".join(
        f"{short}={report['audits'][audit]['displayValue']}"
        for short, audit in METRICS.items()
        if report["audits"].get(audit, {}).get("displayValue")
    )
    return scores


def main(argv: list[str]) -> int:
    runs = RUNS
    if "--runs" in argv:  # `audit.py --runs 5 route`
        at = argv.index("--runs")
        runs = int(argv[at + 1])
        argv = argv[:at] + argv[at + 2 :]
    only = argv
    if not (SITE / "index.html").is_file():
        print("Bouw eerst de site: make site", file=sys.stderr)
        return 1
    base, server = serve()
    print(
        f"Mediaan van {runs} metingen per pagina; tussen haakjes de laagste en hoogste prestaties."
    )
    print(f"{'pagina':<18} {'prestaties':>14} {'toegankelijk':>12} {'praktijken':>10} {'SEO':>5}")
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for name, path in PAGES.items():
                if only and name.split()[0] not in only:
                    continue
                measured = [audit(base + path, Path(tmp) / "rapport.json") for _ in range(runs)]
                # the run with the median performance, as Lighthouse's own median run picks it:
                # on a shared machine one run can be a few points off either way
                measured.sort(key=lambda s: s["performance"])
                scores = measured[len(measured) // 2]
                spread = f"{scores['performance']} ({measured[0]['performance']}-"
                spread += f"{measured[-1]['performance']})"
                line = f"{name:<18} {spread:>14} " + " ".join(
                    f"{scores[c]:>{w}}" for c, w in zip(CATEGORIES[1:], (12, 10, 5), strict=True)
                )
                line += f"  {scores['metingen']}"
                print(
                    line + (f"  ({scores['niet goed']})" if scores["niet goed"] else ""), flush=True
                )
    finally:
        server.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
