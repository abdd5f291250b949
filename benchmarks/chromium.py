"""Debian's Chromium for every headless run: the tests (tests/conftest.py) and the benchmarks.

Emits `CHROMIUM` (the executable; `WEGWIJZER_CHROMIUM` overrides it) and `CHROMIUM_ARGS`,
the one list of launch arguments, so a measured page load and a tested one start the same
browser. Never a downloaded browser: the README promises Debian's. `quiet_server` serves a
built site to that browser in the benchmarks.
"""

from __future__ import annotations

import functools
import http.server
import os
import threading
from pathlib import Path

CHROMIUM = os.environ.get("WEGWIJZER_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",  # root in a container has no user namespace for the sandbox
    "--disable-gpu",
    # Nothing may leave 127.0.0.1 unasked (the tests fail on such requests).
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # one line per request would drown the benchmark's table
        pass


def quiet_server(directory: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    """`directory` served on a free port of 127.0.0.1 from a daemon thread; returns the
    server (the caller calls `.shutdown()`) and its base URL, ending in '/'."""
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_Quiet, directory=str(directory))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"
