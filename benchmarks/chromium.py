"""Debian's Chromium for every headless run: the tests (tests/conftest.py) and the benchmarks.

Emits `CHROMIUM` (the executable; `WEGWIJZER_CHROMIUM` overrides it) and `CHROMIUM_ARGS`,
the one list of launch arguments, so a measured page load and a tested one start the same
browser. Never a downloaded browser: the README promises Debian's.
"""

from __future__ import annotations

import os

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
