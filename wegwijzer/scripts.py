"""The site's own browser scripts, each served as one file: one request on a phone.

Reads `browser/<name>/*.js` and emits `{"assets/javascripts/<name>.js": bytes}`: the files
of each folder joined in name order (`10-...`, `20-...`; the last one starts the script).
No bundler: every file is a plain script that adds its part to a namespace object the
folder's first file makes (its header comment says how), so the joined file runs as the
parts would one after another. A line with `;` goes between two parts, so that a part
written without semicolons (browser/zoeken) cannot run on into the next part's `(`.
"""

from __future__ import annotations

from pathlib import Path

FOLDER = "browser"
SEPARATOR = b";\n"


class MissingScripts(ValueError):
    pass


def assets(root: Path) -> dict[str, bytes]:
    folder = Path(root) / FOLDER
    scripts = {}
    for source in sorted(folder.iterdir()) if folder.is_dir() else []:
        parts = sorted(source.glob("*.js"))
        if source.is_dir() and parts:
            joined = SEPARATOR.join(_ending_in_newline(p.read_bytes()) for p in parts)
            scripts[f"assets/javascripts/{source.name}.js"] = joined
    if not scripts:
        raise MissingScripts(f"geen scripts in {FOLDER}/<naam>/*.js onder {root}")
    return scripts


def _ending_in_newline(data: bytes) -> bytes:
    return data if data.endswith(b"\n") else data + b"\n"
