"""`wegwijzer new dienst|locatie <aanbieder>`: a new service or location in a provider file.

Reads `providers/<aanbieder>.yaml` as lines; emits the same file with an annotated item added
at the end of its `diensten:` or `locaties:` list (a line edit, so the editor's comments and
order stay), or with `--toon` only prints the item to paste. Every value the editor must
write starts with `VUL IN`, so `wegwijzer check` reports each (records/placeholders.py) and
the item is not published until it is filled.
"""

from __future__ import annotations

from pathlib import Path

SERVICE = """\
  # Nieuwe dienst (wegwijzer new dienst). Vervang elke waarde die met VUL IN begint.
  - id: "VUL IN: een kort id voor in het webadres, bijvoorbeeld opvoedadvies"
    naam: "VUL IN: de naam van de dienst, zoals ouders hem kennen"
    omschrijving: "VUL IN: wat de dienst inhoudt, voor wie hij is en wat ouders kunnen verwachten"
    # themas: ids uit taxonomie/themas.yaml
    themas: [opvoeden]
    # doelgroep: aanstaande-ouders, ouders, kinderen, jongeren, professionals
    doelgroep: [ouders]
    # leeftijd van het kind, van en tot en met: in jaren, of "-9 maanden" voor de zwangerschap
    leeftijd: {van: 0, tot: 18}
    # toegang: vrij-toegankelijk, verwijzing of beschikking (dan ook verwijzers: [huisarts, ...])
    toegang: vrij-toegankelijk
    # financiering: gratis, zorg-in-natura, pgb, zorgverzekeringswet, eigen-bijdrage
    financiering: [gratis]
    # locaties: ids van locaties in dit bestand, of <aanbieder>/<id> van een andere aanbieder
    # werkgebied: CBS-codes van gemeenten (GM0971), jeugdregio's of [NL] voor heel het land
    werkgebied: ["VUL IN: CBS-codes (GM0971), een jeugdregio of NL voor heel het land"]
    aanmelden: "VUL IN: hoe ouders zich aanmelden, bijvoorbeeld: bel of mail ons"
"""

LOCATION = """\
  # Nieuwe locatie (wegwijzer new locatie). Vervang elke waarde die met VUL IN begint.
  - id: "VUL IN: een kort id voor in het webadres, bijvoorbeeld inloop-heerlen"
    naam: "VUL IN: de naam van de locatie, zoals op het bord bij de deur"
    # soort: cjg, inlooppunt, jip, consultatiebureau, school, peuterspeelzaal, praktijk,
    #   kantoor, gemeentehuis, online (een online loket heeft alleen een website nodig)
    soort: kantoor
    adres:
      straat: "VUL IN: straat en huisnummer"
      postcode: "VUL IN: de postcode, bijvoorbeeld 6411 HR"
      plaats: "VUL IN: de plaats"
    # coordinaten: uit OpenStreetMap (rechtsklik, "Toon adres"); lat ongeveer 50,7 tot 53,6
    coordinaten: {lat: "VUL IN: breedtegraad", lon: "VUL IN: lengtegraad"}
    # gemeente: de CBS-code, met een bestand in gemeenten/
    gemeente: "VUL IN: de CBS-code van de gemeente, bijvoorbeeld GM0917"
    # openingstijden in OpenStreetMap-notatie, PH = feestdagen
    openingstijden: "Mo-Fr 09:00-17:00; PH off"
"""

KINDS = {"dienst": ("diensten", SERVICE), "locatie": ("locaties", LOCATION)}


def add_item(root: Path, kind: str, provider: str, show_only: bool = False) -> int:
    key, snippet = KINDS[kind]
    path = Path(root) / "providers" / f"{provider.removesuffix('.yaml')}.yaml"
    rel = path.relative_to(root).as_posix()
    if show_only:
        print(f"# Plak dit onder '{key}:' in {rel}:\n{snippet}", end="")
        return 0
    if not path.exists():
        print(
            f"{rel} bestaat niet; geef het id van een aanbieder (de bestandsnaam zonder .yaml) "
            f'of maak de aanbieder eerst met .venv/bin/wegwijzer new provider "Naam"'
        )
        return 1
    lines = path.read_text("utf-8").split("\n")
    at = insertion_line(lines, key)
    if at is None:
        print(
            f"{rel}: '{key}:' staat niet als lijst met regels '- id: ...' in het bestand; "
            f"plak het stuk zelf (het staat hieronder) en controleer met .venv/bin/wegwijzer check"
        )
        print(snippet, end="")
        return 1
    if at == len(lines):  # no list yet: start it at the end of the file
        while lines and not lines[-1].strip():
            lines.pop()
        lines += ["", f"{key}:"]
        at = len(lines)
    new = _indented(snippet, _item_indent(lines, key)).rstrip("\n").split("\n")
    lines[at:at] = new
    text = "\n".join(lines)
    path.write_text(text if text.endswith("\n") else text + "\n", "utf-8")
    print(
        f"{rel}: nieuwe {kind} toegevoegd op regel {at + 1}. Vervang elke waarde die met "
        "VUL IN begint en controleer met: .venv/bin/wegwijzer check"
    )
    return 0


def insertion_line(lines: list[str], key: str) -> int | None:
    """Index after the last item of the top-level block list `key:`; `len(lines)` when the
    file has no such key; None when it is written another way (`key: []`, flow style)."""
    start = next(
        (i for i, line in enumerate(lines) if line.split("#")[0].rstrip() == f"{key}:"), None
    )
    if start is None:
        written = any(line.startswith(f"{key}:") for line in lines)
        return None if written else len(lines)
    end = start + 1
    while end < len(lines) and (not lines[end].strip() or lines[end].startswith((" ", "-"))):
        end += 1
    while end > start + 1 and not lines[end - 1].strip():  # blank lines stay below the item
        end -= 1
    return end


def _item_indent(lines: list[str], key: str) -> int:
    """How far the list's own items are indented (`- id:` at column 0 or 2), so the new item
    lines up with them: YAML reads a differently indented item as a syntax error."""
    start = lines.index(f"{key}:") if f"{key}:" in lines else None
    for line in lines[start + 1 :] if start is not None else []:
        if line.lstrip().startswith("- "):
            return len(line) - len(line.lstrip())
        if line.strip() and not line.startswith((" ", "#")):
            break
    return 2


def _indented(snippet: str, indent: int) -> str:
    if indent >= 2:
        return "\n".join(
            " " * (indent - 2) + line if line else line for line in snippet.split("\n")
        )
    return "\n".join(line[2:] for line in snippet.split("\n"))
