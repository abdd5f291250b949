"""`wegwijzer new provider <naam>`: an annotated provider file for the editor to fill in.

Emits `providers/<slug>.yaml` with every field explained in a comment; fields
that need real data (an address, a municipality) are shown commented out, and
every value the editor must write starts with `VUL IN`: `wegwijzer check` reports
each of them (records/placeholders.py) until it is filled, so an unfilled
template is never published.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from pathlib import Path

TEMPLATE = """\
# yaml-language-server: $schema=../schemas/provider.schema.json
# Aanbieder: één organisatie met haar locaties en diensten. De bestandsnaam ({slug}) is het id.
# Verplicht: naam, soort, omschrijving, laatst_gecontroleerd. Zet telefoonnummers, postcodes en
# openingstijden altijd tussen aanhalingstekens. Vervang elke waarde die met VUL IN begint.
# Controleer met: .venv/bin/wegwijzer check
naam: {naam}
# soort: cjg, gemeente, jeugdhulpaanbieder, jgz, huisartsenzorg, onderwijs,
#   vrijwilligersorganisatie, gecertificeerde-instelling, veiligheid, informatiepunt, welzijn
soort: jeugdhulpaanbieder
# omschrijving: wat de organisatie doet, in gewone taal. Eenvoudige Markdown mag.
omschrijving: "VUL IN: in twee of drie zinnen wat deze organisatie doet en voor wie"
# website en email zijn optioneel. Voorbeeld:
# website: https://www.example.org
# telefoonlijnen: per nummer waarvoor mensen bellen (doel) en wanneer er iemand opneemt
# (bereikbaar, OpenStreetMap-notatie, of "24/7" voor dag en nacht). Een lijn die opneemt als
# het niet veilig is: crisis: true (dan is bereikbaar verplicht). Voorbeeld:
# telefoonlijnen:
#   - nummer: "046-8506910"
#     doel: Vragen over opvoeden en opgroeien
#     bereikbaar: "Mo-Fr 08:30-17:00; PH off"
#   - nummer: "0800-2000"
#     doel: Advies of melding bij huiselijk geweld en kindermishandeling
#     bereikbaar: "24/7"
#     crisis: true
# laatst_gecontroleerd: de datum waarop iemand heeft bevestigd dat alles klopt (JJJJ-MM-DD).
laatst_gecontroleerd: {vandaag}
# voorbeelddata: true zolang gegevens nog niet uit een bron komen; de site meldt dat dan.
voorbeelddata: true

locaties:
  # Een online loket heeft alleen een website nodig.
  - id: online
    naam: {naam_online}
    soort: online
    website: "VUL IN: het webadres van het loket, bijvoorbeeld https://www.example.org/contact"
  # Een plek om naar toe te gaan heeft adres, coördinaten en gemeente (CBS-code) nodig:
  # - id: hoofdlocatie
  #   naam: {naam}
  #   soort: kantoor          # cjg, inlooppunt, jip, consultatiebureau, school,
  #                           # peuterspeelzaal, praktijk, kantoor, gemeentehuis, online
  #   adres:
  #     straat: Raadhuisplein 1
  #     postcode: "6171 EA"
  #     plaats: Stein
  #   coordinaten: {{lat: 50.9690, lon: 5.7667}}
  #   gemeente: GM0971        # moet een bestand hebben in gemeenten/
  #   openingstijden: "Mo-Fr 08:30-17:00; PH off"   # OpenStreetMap-notatie, PH = feestdagen
  #   op_afspraak: true       # alleen op afspraak: de site zegt nooit "nu open"
  #   telefoonlijnen:         # eigen nummers van deze locatie, zoals hierboven
  #     - nummer: "046-8506910"
  #       doel: Een afspraak maken
  #   toegankelijkheid: Rolstoeltoegankelijk, lift aanwezig.
  #   geldig_vanaf: 2018-01-01   # bij een verhuizing: vanaf wanneer, en vervangt: <oude id>

diensten:
  - id: informatie-en-advies
    naam: "VUL IN: de naam van de dienst, zoals ouders hem kennen"
    omschrijving: "VUL IN: wat de dienst inhoudt, voor wie hij is en wat ouders kunnen verwachten"
    # themas: ids uit taxonomie/themas.yaml
    themas: [opvoeden]
    # doelgroep: aanstaande-ouders, ouders, kinderen, jongeren, professionals
    doelgroep: [ouders]
    # leeftijd van het kind, van en tot en met: in jaren, of "-9 maanden" voor de zwangerschap
    leeftijd: {{van: 0, tot: 18}}
    # toegang: vrij-toegankelijk, verwijzing of beschikking. Bij verwijzing of beschikking
    # ook: verwijzers: [huisarts, poh-jeugd, jeugdarts, medisch-specialist, gemeente, wijkteam,
    #   cjg, gecertificeerde-instelling, rechter, schoolmaatschappelijk-werk,
    #   jeugdhulpaanbieder, veilig-thuis, zelf]
    toegang: vrij-toegankelijk
    # financiering: gratis, zorg-in-natura, pgb, zorgverzekeringswet, eigen-bijdrage
    financiering: [gratis]
    # uitvoering: professionals en/of vrijwilligers
    uitvoering: [professionals]
    # locaties: ids van locaties hierboven, of <aanbieder>/<id> van een andere aanbieder
    locaties: [online]
    # waar: op-locatie (standaard), aan-huis (bij het gezin thuis), op-school (met
    #   scholen: [basisonderwijs, voortgezet-onderwijs, ...]) of online
    # werkgebied: CBS-codes van gemeenten (GM0971), jeugdregio's uit taxonomie/jeugdregios.yaml
    #   (westelijke-mijnstreek) of [NL] voor heel het land; nodig bij aan-huis en op-school
    werkgebied: ["VUL IN: CBS-codes (GM0971), een jeugdregio of NL voor heel het land"]
    talen: [nl]
    aanmelden: "VUL IN: hoe ouders zich aanmelden, bijvoorbeeld: bel of mail ons"
"""


def slugify(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")


def render(name: str, today: dt.date) -> str:
    clean = " ".join(name.split())
    # JSON strings are valid YAML: any name (with ':' '#' or quotes) stays one value.
    return TEMPLATE.format(
        naam=json.dumps(clean, ensure_ascii=False),
        naam_online=json.dumps(f"{clean} online", ensure_ascii=False),
        slug=slugify(name),
        vandaag=today.isoformat(),
    )


def write_provider(root: Path, name: str, today: dt.date | None = None) -> int:
    slug = slugify(name)
    if not slug:
        print(f"'{name}' geeft geen bruikbare bestandsnaam; gebruik letters of cijfers")
        return 2
    path = Path(root) / "providers" / f"{slug}.yaml"
    return write_new(
        root,
        path,
        render(name, today or dt.date.today()),
        "kies een andere naam of wijzig dat bestand",
    )


def write_new(root: Path, path: Path, text: str, when_it_exists: str) -> int:
    """Write a new record file from a template, never over an existing one; say what to do."""
    if path.exists():
        print(f"{path.relative_to(root)} bestaat al; {when_it_exists}")
        return 1
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    print(
        f"{path.relative_to(root)} aangemaakt. Vervang elke waarde die met VUL IN begint en "
        "controleer met: .venv/bin/wegwijzer check"
    )
    return 0
