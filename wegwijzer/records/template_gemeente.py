"""`wegwijzer new gemeente <naam>`: a municipality's route page for the editor to fill in.

Emits `gemeenten/<slug>.yaml`, the route data with every field explained in a comment and
every value the editor must write starting with `VUL IN` (so `wegwijzer check` reports each
until it is filled, see records/placeholders.py), and `content/gemeenten/<slug>.md`, the page
text in plain language below the route.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from .template import slugify, write_new

TEMPLATE = """\
# yaml-language-server: $schema=../schemas/gemeente.schema.json
# De route naar jeugdhulp in {naam_tekst}. Vervang elke waarde die met VUL IN begint.
# De tekst van de pagina staat in content/gemeenten/{slug}.md.
# Controleer met: .venv/bin/wegwijzer check
naam: {naam}
# cbs_code: GM en vier cijfers, te vinden bij het CBS (bijvoorbeeld GM0917 voor Heerlen)
cbs_code: "VUL IN: de CBS-code, bijvoorbeeld GM0917"
# provincie: Groningen, Fryslân, Drenthe, Overijssel, Flevoland, Gelderland, Utrecht,
#   Noord-Holland, Zuid-Holland, Zeeland, Noord-Brabant of Limburg
provincie: "VUL IN: de provincie, bijvoorbeeld Limburg"
jeugdregio: "VUL IN: de jeugdregio, bijvoorbeeld Parkstad Limburg"
# postcodes: de eerste vier cijfers, of een reeks: ["6411-6422", "6431"]
postcodes: ["VUL IN: de postcodes van de gemeente, bijvoorbeeld 6411-6422"]
laatst_gecontroleerd: {vandaag}
voorbeelddata: true
routes:
  # De route die nu geldt. Verandert hij, laat deze dan staan met geldig_tot en voeg een
  # nieuwe route toe met geldig_vanaf.
  - geldig_vanaf: {vandaag}
    samenvatting: "VUL IN: in twee zinnen waar ouders met een vraag terechtkunnen"
    eerste_aanspreekpunt:
      # wie: een aanbieder (providers/<id>.yaml) of <aanbieder>/<id> van een locatie of dienst
      - wie: "VUL IN: bijvoorbeeld cjg-parkstad of cjg-parkstad/inloop-heerlen"
    # verwijzers: soort is cjg, gemeente, huisarts, jeugdarts, medisch-specialist,
    #   gecertificeerde-instelling of schoolmaatschappelijk-werk
    verwijzers:
      - soort: huisarts
      - soort: jeugdarts
    veiligheid:
      toelichting: "VUL IN: wat ouders doen als een kind niet veilig is, en wie helpt"
"""

# The page text: plain Markdown, shown below the route (the route itself is in the YAML file).
PAGE = """\
## Voor ouders en jongeren

Schrijf hier in gewone taal hoe de route in {naam_tekst} loopt. De gegevens van de route
(wie, waar, welke stappen) staan in gemeenten/{slug}.yaml.
"""


def render(name: str, today: dt.date) -> str:
    clean = " ".join(name.split())
    return TEMPLATE.format(
        naam=json.dumps(clean, ensure_ascii=False),
        naam_tekst=clean,
        slug=slugify(name),
        vandaag=today.isoformat(),
    )


def write_municipality(root: Path, name: str, today: dt.date | None = None) -> int:
    slug = slugify(name)
    if not slug:
        print(f"'{name}' geeft geen bruikbare bestandsnaam; gebruik letters of cijfers")
        return 2
    root = Path(root)
    data, page = root / "gemeenten" / f"{slug}.yaml", root / "content" / "gemeenten" / f"{slug}.md"
    if page.exists() and not data.exists():
        print(f"{page.relative_to(root)} bestaat al; verwijder die pagina of kies een andere naam")
        return 1
    status = write_new(root, data, render(name, today or dt.date.today()), "wijzig dat bestand")
    if status == 0 and not page.exists():
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(PAGE.format(naam_tekst=" ".join(name.split()), slug=slug), "utf-8")
        print(f"{page.relative_to(root)} aangemaakt: de tekst van de pagina, onder de route.")
    return status
