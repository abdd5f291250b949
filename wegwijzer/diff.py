"""`wegwijzer diff BASE [DOEL]`: what changed in the records, in Dutch, for a reviewer.

Reads the record files (providers, municipality pages, taxonomy) at two Git commits (or at
BASE and the work tree) through `git archive`, loads them with the same reader as
`wegwijzer check` (files with errors too: a reviewer wants to see what was written), and
emits a Markdown list for the pull request's job summary: records added and removed,
fields changed with old → new, and municipalities whose route in force changes (today, or
on a later date that a new route sets). Values are shown in code spans, so record text is
never read as Markdown or HTML in the summary.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import subprocess
import tarfile
import tempfile
from pathlib import Path
from typing import Any

from .records.catalog import read_documents
from .records.project import Project
from .records.yamlload import field_path

FOLDERS = ("providers", "gemeenten", "content/gemeenten", "taxonomie")


class GitError(Exception):
    pass


def _git(root: Path, *args: str) -> bytes:
    result = subprocess.run(["git", "-C", str(root), *args], capture_output=True, check=False)
    if result.returncode != 0:
        raise GitError(result.stderr.decode("utf-8", "replace").strip())
    return result.stdout


def _checkout(root: Path, commit: str, dest: Path) -> Path:
    """The record folders of `commit`, written under `dest`."""
    present = [f for f in FOLDERS if _git(root, "ls-tree", "--name-only", commit, "--", f).strip()]
    dest.mkdir(parents=True, exist_ok=True)
    if present:
        archive = _git(root, "archive", "--format=tar", commit, "--", *present)
        with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
            tar.extractall(dest, filter="data")
    return dest


def records(root: Path) -> dict[str, tuple[str, dict[str, Any], str]]:
    """Every record by id: (kind, data, file). Ids: `slug`, `slug/id`, `gemeente:<slug>`."""
    found: dict[str, tuple[str, dict, str]] = {}
    for kind, doc, _body, _problems in read_documents(Project(root)):
        if doc is None or not isinstance(doc.data, dict):
            continue
        slug = doc.path.rsplit("/", 1)[-1].split(".", 1)[0]
        data = dict(doc.data)
        if kind == "provider":
            for key, what in (("locaties", "locatie"), ("diensten", "dienst")):
                items = data.pop(key, None)
                for item in items if isinstance(items, list) else []:
                    if isinstance(item, dict) and isinstance(item.get("id"), str):
                        found[f"{slug}/{item['id']}"] = (what, item, doc.path)
            found[slug] = ("aanbieder", data, doc.path)
        elif kind == "gemeente":
            found[f"gemeente:{slug}"] = ("gemeente", data, doc.path)
    return found


def _flat(data: Any, path: tuple = ()) -> dict[str, Any]:
    if isinstance(data, dict) and data:
        out: dict[str, Any] = {}
        for key, value in data.items():
            out.update(_flat(value, (*path, key)))
        return out
    return {field_path(path): data}


def _show(value: Any) -> str:
    if value is None:
        return "(leeg)"
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
    text = " ".join(str(text).split())
    if len(text) > 120:
        text = text[:117] + "..."
    return "`" + text.replace("`", "'") + "`"


def _name(kind: str, rid: str, data: dict) -> str:
    shown = rid.removeprefix("gemeente:")
    return f"{kind} **{shown}** ({_show(data.get('naam'))})"


def route_in_force(data: dict, day: dt.date) -> str | None:
    """`geldig_vanaf` of the route in force on `day` (newest started, not ended)."""
    routes = data.get("routes") if isinstance(data.get("routes"), list) else []
    best = None
    for route in routes:
        if not isinstance(route, dict):
            continue
        start, end = str(route.get("geldig_vanaf") or ""), route.get("geldig_tot")
        if start and start <= day.isoformat() and (not end or day.isoformat() <= str(end)):
            best = max(best or start, start)
    return best


def _route_changes(old: dict, new: dict, today: dt.date) -> list[str]:
    out = []
    before, after = route_in_force(old, today), route_in_force(new, today)
    if before != after:
        out.append(
            f"de route die vandaag geldt: vanaf {before or '(geen)'} → vanaf {after or '(geen)'}"
        )
    starts = {
        str(r.get("geldig_vanaf"))
        for r in new.get("routes") or []
        if isinstance(r, dict) and str(r.get("geldig_vanaf") or "") > today.isoformat()
    }
    old_starts = {
        str(r.get("geldig_vanaf")) for r in old.get("routes") or [] if isinstance(r, dict)
    }
    for start in sorted(starts - old_starts):
        out.append(f"nieuwe route vanaf {start}: die geldt vanaf die dag in plaats van de huidige")
    return out


def compare(old: dict, new: dict, today: dt.date) -> list[str]:
    lines: list[str] = []
    for rid in sorted(set(new) - set(old)):
        kind, data, path = new[rid]
        lines.append(f"- Nieuw: {_name(kind, rid, data)} in `{path}`")
    for rid in sorted(set(old) - set(new)):
        kind, data, path = old[rid]
        lines.append(f"- Weg: {_name(kind, rid, data)} uit `{path}`")
    for rid in sorted(set(old) & set(new)):
        kind, before, _ = old[rid]
        _, after, path = new[rid]
        a = _flat({k: v for k, v in before.items() if k != "routes"})
        b = _flat({k: v for k, v in after.items() if k != "routes"})
        changes = [
            f"  - {field}: {_show(a.get(field))} → {_show(b.get(field))}"
            for field in sorted(set(a) | set(b))
            if a.get(field) != b.get(field) and field
        ]
        if kind == "gemeente":
            old_routes, new_routes = before.get("routes"), after.get("routes")
            if old_routes != new_routes:
                changes.append("  - routes: gewijzigd")
                changes += [f"  - {line}" for line in _route_changes(before, after, today)]
        if changes:
            lines.append(f"- Gewijzigd: {_name(kind, rid, after)} in `{path}`")
            lines += changes
    return lines


def diff(root: Path, base: str, target: str | None, today: dt.date) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        old = records(_checkout(root, base, Path(tmp) / "base"))
        new = records(_checkout(root, target, Path(tmp) / "doel") if target else root)
    lines = compare(old, new, today)
    title = f"### Wijzigingen in de gegevens ({base} → {target or 'werkmap'})"
    if not lines:
        return f"{title}\n\nGeen wijzigingen in aanbieders, locaties, diensten of gemeenten."
    return "\n".join([title, "", *lines])


def run(root: Path, base: str, target: str | None, today: dt.date | None) -> int:
    try:
        print(diff(root, base, target, today or dt.date.today()))
    except GitError as err:
        print(f"git kon '{base}' of '{target or 'werkmap'}' niet lezen: {err}")
        return 2
    return 0
