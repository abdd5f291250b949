"""`wegwijzer migreer`: rewrite existing record files to the shape of issue 11.

Reads `providers/**/*.yaml`, `gemeenten/*.yaml`, `content/gemeenten/*.md` and
`taxonomie/jeugdregios.yaml`; writes the same files back with line edits only,
so comments, blank lines and the order of keys stay where the editor put them
(a YAML dump would lose them). Emits one Dutch line per change and per thing
it could not decide (for the editor to finish by hand). Running it twice
changes nothing the second time.

- `telefoon` + `telefoon_toelichting` -> `telefoonlijnen` (at the top level, on a
  location or service, also on an item's dash line or into lines already there), with
  `bereikbaar` when the toelichting says plain office hours or day and night and nothing
  else about time; when it says more, `bereikbaar: "VUL IN: …"`, which the check refuses
  until the editor writes the hours;
- `jeugdregio: Free text` -> the id of that region; regions that
  taxonomie/jeugdregios.yaml lacks are added, with the municipalities naming them;
- `toegang_specialistisch: {wie, toelichting}` -> a list of `{wie, hoe}`;
- the route data in the front matter of `content/gemeenten/<naam>.md` -> its own file
  `gemeenten/<naam>.yaml` (comments and order kept), the page keeps only its text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .records.project import Project

_KEY = re.compile(r"^(?P<indent> *)(?P<dash>- )?(?P<key>[a-z_]+):(?P<rest>.*)$")


@dataclass
class Migration:
    changed: dict[Path, str] = field(default_factory=dict)  # new text per file
    notes: list[str] = field(default_factory=list)


def slug(name: str) -> str:
    """Region name -> id: "Zuid-Kennemerland en IJmond" -> "zuid-kennemerland-en-ijmond"."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _block_end(lines: list[str], start: int, indent: int) -> int:
    """Index after the value of the key on line `start` (its continuation lines)."""
    end = start + 1
    while end < len(lines) and (not lines[end].strip() or _indent(lines[end]) > indent):
        end += 1
    while end > start + 1 and not lines[end - 1].strip():  # keep trailing blank lines outside
        end -= 1
    return end


def _scalar(lines: list[str], start: int, end: int) -> str:
    """The value of a `key: value` block as YAML reads it."""
    text = "\n".join(lines[start:end])
    value = yaml.safe_load(text)
    return next(iter(value.values())) if isinstance(value, dict) else ""


def _quote(text: str) -> str:
    """A double-quoted YAML scalar on one line (PyYAML escapes what needs escaping)."""
    dumped = yaml.safe_dump(text, default_style='"', allow_unicode=True, width=1 << 30)
    return dumped.removesuffix("\n...\n").strip()


def _plain(text: str) -> str:
    """Text as a YAML value: unquoted when YAML reads it back as the same text."""
    try:
        same = yaml.safe_load(f"k: {text}") == {"k": text}
    except yaml.YAMLError:
        same = False
    return text if same and "#" not in text else _quote(text)


_TIME = r"(\d{1,2})[.:](\d{2})"


def _hhmm(hour: str, minute: str) -> str:
    return f"{int(hour):02d}:{minute}"


def guess_hours(text: str) -> str | None:
    """Plain office hours or "day and night" in a Dutch note -> opening_hours, else None.

    Only when the note says nothing else about time: "op werkdagen van 8.30 tot 17.00 uur,
    behalve woensdagmiddag" is not Mo-Fr, so it is left to the editor (None)."""
    low = text.lower()
    if _AMBIGUOUS.search(_without_hours(text)):
        return None
    if re.search(r"24 uur per dag|dag en nacht|24/7|24 uur bereikbaar", low):
        return "24/7"
    match = re.search(rf"werkdagen van {_TIME} tot {_TIME}", low)
    if not match:
        return None
    opens, closes = _hhmm(*match.groups()[:2]), _hhmm(*match.groups()[2:])
    friday = re.search(rf"vrijdag tot {_TIME}", low)
    if friday:
        return f"Mo-Th {opens}-{closes}; Fr {opens}-{_hhmm(*friday.groups())}; PH off"
    return f"Mo-Fr {opens}-{closes}; PH off"


# Words about time that the two patterns above do not read: a note with one of them left
# over is not plain office hours.
_AMBIGUOUS = re.compile(
    r"\d|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|weekend|ochtend|middag"
    r"|avond|nacht|feestdag|vakantie|behalve|pauze|lunch"
)
# Words that say a note is about when to call at all (then the editor must write the hours).
_ABOUT_TIME = re.compile(
    r"\d[.:]\d{2}|\buur\b|werkdag|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag"
    r"|zondag|weekend|ochtend|middag|avond|nacht|dag en nacht|24/7|bereikbaar"
)


def _phone_lines(lines: list[str], path: str, notes: list[str]) -> bool:
    """Replace every `telefoon` (+ `telefoon_toelichting` in the same mapping)."""
    changed = False
    i = 0
    while i < len(lines):
        match = _KEY.match(lines[i])
        if not match or match["key"] != "telefoon":
            i += 1
            continue
        indent = len(match["indent"]) + (2 if match["dash"] else 0)
        number = _scalar([f"telefoon:{match['rest']}"], 0, 1)  # without the dash of an item
        if not isinstance(number, str):  # a number YAML read as int: the check says to quote it
            i += 1
            continue
        note_at = _sibling(lines, i, indent, "telefoon_toelichting")
        note = ""
        if note_at is not None:
            note_end = _block_end(lines, note_at, indent)
            note = str(_scalar(lines, note_at, note_end)).strip()
        existing = _sibling(lines, i, indent, "telefoonlijnen")
        if existing is not None and (match["dash"] or _KEY.match(lines[existing])["rest"].strip()):
            notes.append(
                f"{path}:{i + 1}: telefoon {number} niet omgezet: zet het nummer zelf in de "
                "telefoonlijnen die er al staan en haal telefoon weg"
            )
            i += 1
            continue
        where = f"{path}:{i + 1}"
        item = _line_item(number, note, where, notes)
        if note_at is not None:  # first the note goes, then the lines below it move up
            del lines[note_at:note_end]
            gone = note_end - note_at
            i -= gone if note_at < i else 0
            if existing is not None and note_at < existing:
                existing -= gone
        pad = " " * indent
        if existing is None:  # the line itself becomes the list (the dash of an item stays)
            first = f"{match['indent']}{match['dash'] or ''}telefoonlijnen:"
            lines[i : i + 1] = [first, *(f"{pad}  {text}" for text in item)]
        else:  # the old number goes first into the list that is already there
            below = lines[existing + 1] if existing + 1 < len(lines) else ""
            child = " " * (_indent(below) if below.lstrip().startswith("- ") else indent + 2)
            lines[existing + 1 : existing + 1] = [f"{child}{text}" for text in item]
            del lines[i if i < existing else i + len(item)]
        notes.append(f"{where}: telefoon {number} -> telefoonlijnen")
        changed = True
        i = 0  # lines moved; another pass over the file is cheap and finds the next one
    return changed


def _line_item(number: str, note: str, where: str, notes: list[str]) -> list[str]:
    """The list item for one old number: nummer, doel, and bereikbaar when it can be read."""
    hours = guess_hours(note) if note else None
    purpose = note
    if not note or (hours and len(re.sub(r"[^a-z]", "", _without_hours(note))) < 5):
        purpose = "Algemeen nummer"
    item = [f"- nummer: {_quote(number)}", f"  doel: {_plain(purpose)}"]
    if hours:
        item.append(f"  bereikbaar: {_quote(hours)}")
    elif note and _ABOUT_TIME.search(note.lower()):
        # The note says when to call, but not plainly enough to compute: the editor writes
        # it, and the check fails until then (a VUL IN value is never published).
        item.append(
            "  bereikbaar: "
            + _quote(
                "VUL IN: de tijden uit de oude toelichting als openingstijden, bijvoorbeeld "
                "Mo-Fr 08:30-17:00; PH off"
            )
        )
        notes.append(
            f"{where}: telefoon {number}: de tijden in '{note}' zijn niet eenduidig; vul "
            "bereikbaar in (de check faalt tot dan)"
        )
    else:
        notes.append(
            f"{where}: telefoon {number}: bereikbaar niet ingevuld; schrijf de "
            'tijden waarop iemand opneemt, bijvoorbeeld bereikbaar: "Mo-Fr 08:30-17:00; PH off"'
        )
    return item


def _without_hours(note: str) -> str:
    low = note.lower()
    low = re.sub(rf"(op )?werkdagen van {_TIME} tot {_TIME}( uur)?", "", low)
    low = re.sub(rf"(op )?vrijdag tot {_TIME}( uur)?", "", low)
    low = re.sub(r"24 uur per dag|24 uur bereikbaar|24/7|dag en nacht|7 dagen per week", "", low)
    return re.sub(r"bereikbaar|\b(en|uur)\b", "", low)


def _sibling(lines: list[str], at: int, indent: int, key: str) -> int | None:
    """Line of `key` in the same mapping as line `at` (keys at `indent`)."""
    for step in (-1, 1):
        j = at + step
        while 0 <= j < len(lines):
            line = lines[j]
            if line.strip() and not line.lstrip().startswith("#"):
                here = _indent(line)
                if here < indent or (here == indent - 2 and line.lstrip().startswith("- ")):
                    break
                if here == indent and line.lstrip().startswith("- "):
                    break
                match = _KEY.match(line)
                if here == indent and match and not match["dash"] and match["key"] == key:
                    return j
            j += step
    return None


def _access_lists(lines: list[str], path: str, notes: list[str]) -> bool:
    """`toegang_specialistisch:` with `wie`/`toelichting` below -> a one-entry list."""
    changed = False
    for i, line in enumerate(lines):
        match = _KEY.match(line)
        if not match or match["key"] != "toegang_specialistisch" or match["rest"].strip():
            continue
        indent = len(match["indent"]) + (2 if match["dash"] else 0)
        end = _block_end(lines, i, indent)
        body = [j for j in range(i + 1, end) if lines[j].strip()]
        if not body or lines[body[0]].lstrip().startswith("- "):
            continue  # already a list
        child = _indent(lines[body[0]])
        first = True
        for j in range(i + 1, end):
            if not lines[j].strip():
                continue
            if _indent(lines[j]) == child:
                key = _KEY.match(lines[j])
                if key and key["key"] == "toelichting":
                    lines[j] = lines[j].replace("toelichting:", "hoe:", 1)
                if first:
                    lines[j] = " " * child + "- " + lines[j][child:]
                    first = False
                    continue
            lines[j] = "  " + lines[j]
        notes.append(
            f"{path}:{i + 1}: toegang_specialistisch -> lijst van onderdelen (wat, wie, hoe)"
        )
        changed = True
    return changed


def _regions(project: Project, gemeenten: list[tuple[Path, dict]], out: Migration) -> dict:
    """Region name or id -> id; adds the regions taxonomie/jeugdregios.yaml lacks."""
    path = project.regions
    text = path.read_text("utf-8") if path.exists() else ""
    data = (yaml.safe_load(text) if text else None) or {}
    known = data.get("jeugdregios", []) if isinstance(data, dict) else []
    ids: dict[str, str] = {}
    for region in known:
        ids[region["id"]] = region["id"]
        ids[region["naam"].lower()] = region["id"]
        ids[slug(region["naam"])] = region["id"]
    missing: dict[str, list[tuple[str, str]]] = {}
    names: dict[str, str] = {}
    for _file, front in gemeenten:
        value = str(front.get("jeugdregio", ""))
        if not value or value in ids or value.lower() in ids or slug(value) in ids:
            continue
        missing.setdefault(slug(value), []).append((front["cbs_code"], front["naam"]))
        names[slug(value)] = value
    if not missing:
        return ids
    if not text:
        text = (
            "# yaml-language-server: $schema=../schemas/regios.schema.json\n"
            "# De jeugdregio's met al hun gemeenten (gemaakt door wegwijzer migreer).\n"
            "jeugdregios:\n"
        )
    for rid, members in missing.items():
        text = text.rstrip("\n") + "\n\n" if known or rid != next(iter(missing)) else text
        text += f"  - id: {rid}\n    naam: {_quote(names[rid])}\n    gemeenten:\n"
        for code, name in sorted(members):
            text += f"      - {{code: {code}, naam: {_quote(name)}}}\n"
        ids[rid] = ids[names[rid].lower()] = rid
        out.notes.append(
            f"{project.relative(path)}: jeugdregio {rid} toegevoegd met "
            f"{len(members)} gemeente(n); vul de overige gemeenten van de regio aan"
        )
    out.changed[path] = text
    return ids


def migrate(root: Path) -> Migration:
    """Every rewrite, without writing (see `write`)."""
    project = Project(Path(root))
    out = Migration()
    for path in project.provider_files():
        rel = project.relative(path)
        lines = path.read_text("utf-8").split("\n")
        if _phone_lines(lines, rel, out.notes):
            out.changed[path] = "\n".join(lines)
    gemeenten = []
    for path in project.municipality_files():
        front = yaml.safe_load(path.read_text("utf-8"))
        if isinstance(front, dict):
            gemeenten.append((path, front))
    for path in project.page_files():
        text = path.read_text("utf-8")
        parts = text.split("\n---", 1) if text.startswith("---") else []
        front = yaml.safe_load(parts[0][3:]) if parts else None
        if isinstance(front, dict):
            gemeenten.append((path, front))
    ids = _regions(project, gemeenten, out)
    for path, front in gemeenten:
        rel = project.relative(path)
        lines = path.read_text("utf-8").split("\n")
        changed = _access_lists(lines, rel, out.notes)
        value = str(front.get("jeugdregio", ""))
        rid = ids.get(value) or ids.get(value.lower()) or ids.get(slug(value))
        if rid and rid != value:
            for i, line in enumerate(lines):
                if line.startswith("jeugdregio:"):
                    lines[i] = f"jeugdregio: {rid}"
                    out.notes.append(f"{rel}:{i + 1}: jeugdregio {value} -> {rid}")
                    changed = True
                    break
        if changed:
            out.changed[path] = "\n".join(lines)
    split_route_pages(project, out)
    return out


def split_route_pages(project: Project, out: Migration) -> None:
    """`content/gemeenten/<naam>.md` with the route as front matter -> the front matter, line
    for line (comments, blank lines and order as written), in `gemeenten/<naam>.yaml`, and the
    Markdown below it in the page. Runs after the other steps, on their result."""
    for page in project.page_files():
        text = out.changed.get(page) or page.read_text("utf-8")
        lines = text.split("\n")
        if lines[0].rstrip("\r") != "---":
            continue
        end = next((i for i in range(1, len(lines)) if lines[i].rstrip("\r") == "---"), None)
        data_file = project.municipalities / f"{page.stem}.yaml"
        rel, data_rel = project.relative(page), project.relative(data_file)
        if end is None:
            out.notes.append(f"{rel}: het voorwerk is niet afgesloten met '---'; niet omgezet")
            continue
        if data_file.exists() or data_file in out.changed:
            out.notes.append(f"{rel}: {data_rel} bestaat al; zet het voorwerk met de hand over")
            continue
        front = [_with_schema_path(line) for line in lines[1:end]]
        if not any(line.startswith(MODELINE.split("=")[0]) for line in front):
            front.insert(0, MODELINE)
        body = lines[end + 1 :]
        while body and not body[0].strip():  # the blank line after '---' was a separator
            body = body[1:]
        out.changed[data_file] = "\n".join(front).rstrip("\n") + "\n"
        out.changed[page] = "\n".join(body)
        out.notes.append(f"{rel}: route -> {data_rel}, de tekst blijft in {rel}")


MODELINE = "# yaml-language-server: $schema=../schemas/gemeente.schema.json"


def _with_schema_path(line: str) -> str:
    """The modeline's schema path, seen from `gemeenten/` instead of `content/gemeenten/`."""
    if line.startswith("# yaml-language-server: $schema="):
        return line.replace("$schema=../../schemas/", "$schema=../schemas/")
    return line


def run(root: Path, dry_run: bool = False) -> int:
    """The CLI command: print what changes (and what to finish by hand), then write it."""
    result = migrate(root)
    for note in result.notes:
        print(note)
    if not dry_run:
        for path, text in result.changed.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, "utf-8")
    count = len(result.changed)
    verb = "zou" if dry_run else "is"
    print(f"{count} bestand(en) {verb} omgezet" if count else "niets om te zetten")
    return 0
