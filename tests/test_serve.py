"""`make serve` is a live preview of everything: the MkDocs dev server on a free port picks
up an edit of a provider file and of a municipality's route file (`gemeenten/`), and shows a
check error on the page and in the terminal."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from conftest import TODAY, copy_repo

TIMEOUT = 420  # a full rebuild of the sample site on a busy machine


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.read().decode("utf-8")
    except OSError:
        return ""


def _wait_for(url: str, text: str, process: subprocess.Popen) -> str:
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        assert process.poll() is None, "mkdocs serve stopped"
        page = _get(url)
        if text in page:
            return page
        time.sleep(2)
    raise AssertionError(f"{text!r} not on {url} within {TIMEOUT} s")


def test_serve_rebuilds_on_a_provider_edit_and_shows_errors(tmp_path):
    (tmp_path / "repo").mkdir()
    root = copy_repo(tmp_path / "repo")
    port = _free_port()
    log = (tmp_path / "serve.log").open("w")
    process = subprocess.Popen(
        [str(Path(sys.executable).parent / "mkdocs"), "serve", "-a", f"127.0.0.1:{port}"],
        cwd=root,
        env={**os.environ, "WEGWIJZER_DATUM": TODAY},
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}/wegwijzer/aanbieders/gemeente-stein/"
    try:
        _wait_for(url, "Gemeente Stein", process)
        provider = root / "providers" / "gemeente-stein.yaml"
        text = provider.read_text("utf-8")
        assert "\nnaam: Gemeente Stein\n" in text
        provider.write_text(
            text.replace("\nnaam: Gemeente Stein\n", "\nnaam: Gemeente Stein (proef)\n")
        )
        _wait_for(url, "Gemeente Stein (proef)", process)
        route = root / "gemeenten" / "stein.yaml"
        old = "Met vragen over opgroeien en opvoeden gaat u naar het CJG Westelijke Mijnstreek."
        assert old in route.read_text("utf-8")
        route.write_text(
            route.read_text("utf-8").replace(old, "Met vragen gaat u eerst naar het proef-CJG."),
            encoding="utf-8",
        )
        _wait_for(
            url.replace("aanbieders/gemeente-stein/", "gemeenten/stein/"), "proef-CJG", process
        )
        broken = text.replace("\nnaam: Gemeente Stein\n", "\nnaam: Gemeente Stein\ntelefon: x\n")
        provider.write_text(broken, encoding="utf-8")
        page = _wait_for(url.replace("gemeente-stein/", ""), "wegwijzer-fouten", process)
        assert "providers/gemeente-stein.yaml:" in page
        assert "onbekend veld &#x27;telefon&#x27;" in page
        # A record page is written outside MkDocs' page loop (wegwijzer.prerender): it shows
        # the errors too.
        route_page = url.replace("aanbieders/gemeente-stein/", "gemeenten/stein/")
        assert "providers/gemeente-stein.yaml:" in _wait_for(
            route_page, "wegwijzer-fouten", process
        )
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=30)
        log.close()
    output = (tmp_path / "serve.log").read_text("utf-8")
    assert "providers/gemeente-stein.yaml:" in output and "onbekend veld 'telefon'" in output
