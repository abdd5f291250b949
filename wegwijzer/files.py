"""Merging the `{path: content}` outputs of several generators into one.

Emits one sorted dict; two generators writing the same path is a programming error, raised
as `ValueError` naming the path (never a silent overwrite). `unique` does the same check on
a stream of `(path, content)` pairs, for the callers that write files one at a time instead
of holding them all (`generate.iter_files`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping

Files = dict[str, str | bytes]


def unique(pairs: Iterable[tuple[str, str | bytes]]) -> Iterator[tuple[str, str | bytes]]:
    """The pairs in their order; a path that comes twice raises `ValueError`."""
    seen: set[str] = set()
    for path, content in pairs:
        if path in seen:
            raise ValueError(f"twee generatoren maken {path}")
        seen.add(path)
        yield path, content


def merge(parts: Iterable[Mapping[str, str | bytes]]) -> Files:
    return dict(sorted(unique(pair for part in parts for pair in part.items())))
