"""Two pieces of work at the same time on two cores: `both(first, second)`.

Reads nothing and writes nothing itself: `second` runs in a forked copy of this process (it
sees the catalog as it is, without pickling it), `first` here; what `second` returns, or the
exception it raises, comes back through a pipe as a pickle. Used by `generate.write_files`:
the record pages in the build's own process, the open data, search index and map files in
the copy, each writing its own files. On a machine with one core, or without `fork`, the two
run one after the other, with the same result; so they do outside Linux.

Why a fork and not a pool of workers: the work reads one big catalog (millions of objects);
pickling it to a worker would cost more than the work. Python's threads cannot help: the
work is Python code that holds the GIL.
"""

from __future__ import annotations

import os
import pickle
import signal
import sys
from collections.abc import Callable
from typing import TypeVar

A = TypeVar("A")
B = TypeVar("B")


def available() -> bool:
    # Linux only: macOS has `fork`, but its system libraries may not work in the copy.
    return sys.platform == "linux" and (os.cpu_count() or 1) > 1


def both(first: Callable[[], A], second: Callable[[], B]) -> tuple[A, B]:
    """`(first(), second())`, computed at the same time when the machine allows it."""
    if not available():
        return first(), second()
    sys.stdout.flush()
    sys.stderr.flush()
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the copy: compute, send, and leave without running the parent's exit code
        os.close(read)
        status = 0
        try:
            try:
                answer = (True, second())
            except BaseException as err:  # noqa: BLE001 - every failure goes to the parent
                answer = (False, err)
            with os.fdopen(write, "wb") as out:
                try:
                    pickle.dump(answer, out, protocol=pickle.HIGHEST_PROTOCOL)
                except Exception as err:  # noqa: BLE001 - an exception that cannot be pickled
                    pickle.dump((False, RuntimeError(repr(err))), out)
        except BaseException:  # noqa: BLE001
            status = 1
        finally:
            os._exit(status)
    os.close(write)
    try:
        mine = first()
    except BaseException:
        os.close(read)
        os.kill(pid, signal.SIGTERM)
        os.waitpid(pid, 0)
        raise
    with os.fdopen(read, "rb") as incoming:
        try:
            ok, theirs = pickle.load(incoming)
        except EOFError:
            ok, theirs = False, RuntimeError("het tweede proces stopte zonder antwoord")
    os.waitpid(pid, 0)
    if not ok:
        raise theirs
    return mine, theirs
