"""`parallel.both`: two pieces of work on two cores give what they give one after the other,
a failure in the forked copy comes back as its own exception, and `write_files` with and
without it writes the same files."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from wegwijzer import parallel
from wegwijzer.generate import write_files
from wegwijzer.records.catalog import load_catalog
from wegwijzer.settings import read_settings

ROOT = Path(__file__).resolve().parent.parent


def test_both_runs_the_second_in_another_process():
    here = os.getpid()
    assert parallel.available()  # the build machine and CI have two cores
    mine, theirs = parallel.both(lambda: ("een", os.getpid()), lambda: ("twee", os.getpid()))
    assert mine == ("een", here)
    assert theirs[0] == "twee" and theirs[1] != here


def test_a_failure_in_the_copy_comes_back_as_itself():
    def fails():
        raise ValueError("twee generatoren maken x.md")

    with pytest.raises(ValueError, match="twee generatoren maken x.md"):
        parallel.both(lambda: 1, fails)
    with pytest.raises(KeyError):
        parallel.both(lambda: {}["weg"], lambda: 2)


def test_written_in_parallel_is_written_alike(tmp_path):
    catalog, _ = load_catalog(ROOT, today=dt.date(2026, 11, 22))
    settings = read_settings(ROOT)
    one = write_files(catalog, settings, ROOT, tmp_path / "a" / "p", tmp_path / "a" / "d")
    two = write_files(
        catalog, settings, ROOT, tmp_path / "b" / "p", tmp_path / "b" / "d", parallel=True
    )
    assert [path for path, _ in one] == [path for path, _ in two]
    for (_, a), (_, b) in zip(one, two, strict=True):
        assert a.read_bytes() == b.read_bytes(), a
