"""Merging the `{path: content}` outputs of several generators into one.

Emits one sorted dict; two generators writing the same path is a programming error, raised
as `ValueError` naming the path (never a silent overwrite).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

Files = dict[str, str | bytes]


def merge(parts: Iterable[Mapping[str, str | bytes]]) -> Files:
    files: Files = {}
    for part in parts:
        for path, content in part.items():
            if path in files:
                raise ValueError(f"twee generatoren maken {path}")
            files[path] = content
    return dict(sorted(files.items()))
