"""Shared fixtures: the real site built once with MkDocs, served on 127.0.0.1, and
Debian's Chromium driven by Playwright (never a downloaded browser).

Browser tests fail on any request that leaves 127.0.0.1 (map tiles aside).
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import json
import os
import shutil
import subprocess
import sys
import threading
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from chromium import CHROMIUM, CHROMIUM_ARGS  # benchmarks/chromium.py
from fixtures import basis_repo

ROOT = Path(__file__).resolve().parent.parent
TODAY = "2026-11-22"  # the build date of the test site (deterministic)
TILE_HOSTS = {"service.pdok.nl", "tile.openstreetmap.org"}
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"


def build_site(root: Path, dest: Path, *extra: str) -> subprocess.CompletedProcess:
    """Build a Wegwijzer repository with the real MkDocs; returns the finished process."""
    env = {**os.environ, "WEGWIJZER_DATUM": TODAY}
    mkdocs = Path(sys.executable).parent / "mkdocs"
    return subprocess.run(
        [
            str(mkdocs),
            "build",
            "--strict",
            "-q",
            "-f",
            str(root / "mkdocs.yml"),
            "-d",
            str(dest),
            *extra,
        ],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


def copy_repo(dest: Path) -> Path:
    """A copy of this repository's site sources (for builds with changed records)."""
    for name in (
        "mkdocs.yml",
        "content",
        "providers",
        "gemeenten",
        "schemas",
        "taxonomie",
        "hooks",
        "overrides",
        "browser",
    ):
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, dest / name)
        else:
            shutil.copy2(src, dest / name)
    (dest / "node_modules").symlink_to(ROOT / "node_modules")
    return dest


@pytest.fixture
def basis(tmp_path) -> Path:
    """A fresh copy of the tiny valid repository (tests/data/basis) for one test to edit."""
    return basis_repo(tmp_path / "repo")


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory) -> Path:
    dest = tmp_path_factory.mktemp("site")
    result = build_site(ROOT, dest)
    assert result.returncode == 0, result.stderr
    return dest


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


class _QuietServer(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        pass  # a browser that leaves a page mid-download breaks the pipe; that is not a failure


def serve(directory: Path) -> tuple[str, http.server.ThreadingHTTPServer]:
    handler = functools.partial(_QuietHandler, directory=str(directory))
    server = _QuietServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}/", server


# Hooks for a test copy whose hostile record must reach the pages: `wegwijzer check` refuses
# HTML in record text (records/record_html.py), and these tests show that the escaping behind
# that check keeps such a record harmless on its own (defence in depth).
HOOKS_BEHIND_THE_CHECK = """\
from wegwijzer.records import record_html

record_html.problems = lambda doc: []

from wegwijzer.mkdocs_adapter import *  # noqa: E402, F403
"""


@contextlib.contextmanager
def served_copy(tmp_path_factory, name: str, files: dict[str, str]):
    """A copy of this repository plus `files` ({repo path: text}), built with the real MkDocs
    and served on 127.0.0.1; yields the base URL."""
    root = tmp_path_factory.mktemp(name) / "repo"
    root.mkdir()
    copy_repo(root)
    for rel, content in files.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(content, "utf-8")
    dest = root.parent / "site"
    result = build_site(root, dest)
    assert result.returncode == 0, result.stderr
    url, server = serve(dest)
    try:
        yield url
    finally:
        server.shutdown()
        shutil.rmtree(root.parent, ignore_errors=True)


@pytest.fixture(scope="session")
def server_url(site_dir) -> str:
    url, server = serve(site_dir)
    yield url
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    """A fresh page that records every request; leaving 127.0.0.1 fails the test."""
    context = browser.new_context(locale="nl-NL", timezone_id="Europe/Amsterdam")
    page = context.new_page()
    foreign: list[str] = []
    dialogs: list[str] = []

    def on_request(request):
        host = urlsplit(request.url).hostname or ""
        if request.url.startswith(("data:", "blob:", "about:")) or host == "127.0.0.1":
            return
        if host not in TILE_HOSTS:
            foreign.append(request.url)

    page.on("request", on_request)
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.foreign_requests = foreign
    page.dialogs = dialogs
    # Map tiles never load in tests: the site must work without them.
    context.route(lambda u: (urlsplit(u).hostname or "") in TILE_HOSTS, lambda r: r.abort())
    yield page
    context.close()
    assert not foreign, f"verzoeken buiten 127.0.0.1: {foreign}"
    assert not dialogs, f"een dialoog (alert) ging open: {dialogs}"


def axe_violations(page, tags=("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")) -> list[dict]:
    """axe-core (from npm, served locally) on the current page: WCAG 2.1 A/AA violations."""
    page.add_script_tag(content=AXE.read_text("utf-8"))
    result = page.evaluate(
        "async (tags) => (await axe.run(document, {runOnly: {type: 'tag', values: tags}}))"
        ".violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
        " nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))",
        list(tags),
    )
    return json.loads(json.dumps(result))
