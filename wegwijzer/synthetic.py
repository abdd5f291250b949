"""Synthetic Wegwijzer repositories of any size, for benchmarks and tests.

Reads the repository this package lives in (or `--bron`): its schemas, taxonomy,
mkdocs.yml, hooks, overrides, browser and the content pages that are not municipality
routes. Emits a complete repository in a target folder that `wegwijzer check`
accepts with zero errors and that MkDocs builds as a site:

- `providers/<slug>.yaml`: organisations with nested locations and services, each
  file starting with the `yaml-language-server` schema line;
- `content/gemeenten/<slug>.md`: one route page per municipality whose front matter
  references existing providers, locations and services, with dated route history;
- `taxonomie/themas.yaml`, `schemas/`, `mkdocs.yml`, `hooks/`, `overrides/`, `browser/` and
  the other `content/` pages copied from the source repository; the handbook pages are
  copied with every `[[reference]]` pointed at a synthetic record of the same shape
  (the real ones cite sample records a synthetic set does not have); `node_modules`
  is a symlink to the source's.

Everything is invented and marked `voorbeelddata: true`: Dutch-looking names,
synthetic but unique CBS codes, coordinates inside the municipality's province
(`geo.PROVINCES`), postcodes inside the municipality's own four-digit ranges (ranges
never overlap), valid Dutch phone numbers with the province's area codes, OSM
opening hours, themes from the taxonomy, ages including prenatal ("-9 maanden").
`laatst_gecontroleerd` lies mostly within 12 months before the reference date
(`--datum`, default 2026-11-22); about one in ten is older, which `check` reports
as a warning, as it would in real data.

Deterministic: one `random.Random(seed)` drives everything, no global state, no
clock, no set iteration; two runs with the same arguments write byte-identical files.

    python -m wegwijzer.synthetic DEST --gemeenten 342 --aanbieders 5000 \\
        --diensten 20000 --locaties 10000 --seed 1
    python -m wegwijzer.synthetic DEST --schaal 10k      # 10,000 records, national ratio
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import shutil
import sys
import textwrap
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .records.model import age_months
from .records.yamlload import resolve_plain

REPO = Path(__file__).resolve().parent.parent
REFERENCE_DATE = dt.date(2026, 11, 22)
MARKER = ".wegwijzer-synthetisch"
SCHEMA_LINE = "# yaml-language-server: $schema=../schemas/provider.schema.json"
GEMEENTE_SCHEMA_LINE = "# yaml-language-server: $schema=../../schemas/gemeente.schema.json"
COPIED = ("schemas", "hooks", "overrides", "browser")


@dataclass(frozen=True)
class Sizes:
    gemeenten: int
    aanbieders: int
    diensten: int
    locaties: int

    @property
    def records(self) -> int:
        return self.gemeenten + self.aanbieders + self.diensten + self.locaties

    def __str__(self) -> str:
        return (
            f"{self.gemeenten} gemeenten, {self.aanbieders} aanbieders, "
            f"{self.diensten} diensten, {self.locaties} locaties ({self.records} records)"
        )


NATIONAL = Sizes(gemeenten=342, aanbieders=5000, diensten=20000, locaties=10000)


def scaled(total_records: int) -> Sizes:
    """A set of about `total_records` records in the national ratio 342 : 5000 : 20000 : 10000."""
    factor = total_records / NATIONAL.records
    return Sizes(
        gemeenten=max(1, min(NATIONAL.gemeenten, round(NATIONAL.gemeenten * factor))),
        aanbieders=round(NATIONAL.aanbieders * factor),
        diensten=round(NATIONAL.diensten * factor),
        locaties=round(NATIONAL.locaties * factor),
    )


def parse_scale(text: str) -> Sizes:
    """ "nl" (national), "1k", "10k", "2500": a set of that many records."""
    text = text.strip().lower()
    if text in ("nl", "landelijk", "nationaal"):
        return NATIONAL
    match = re.fullmatch(r"(\d+(?:\.\d+)?)(k?)", text)
    if not match:
        raise ValueError(f"onbekende schaal '{text}'; gebruik bijvoorbeeld 1k, 10k of nl")
    return scaled(round(float(match.group(1)) * (1000 if match.group(2) else 1)))


# --------------------------------------------------------------------------- geography

# Municipalities per province (2023, 342 in total).
PROVINCE_COUNTS = {
    "Groningen": 10,
    "Fryslân": 18,
    "Drenthe": 12,
    "Overijssel": 25,
    "Flevoland": 6,
    "Gelderland": 51,
    "Utrecht": 26,
    "Noord-Holland": 44,
    "Zuid-Holland": 50,
    "Zeeland": 13,
    "Noord-Brabant": 56,
    "Limburg": 31,
}
# Four-digit postcode bands per province, disjoint (roughly the real ones).
POSTCODE_BANDS = {
    "Noord-Holland": [(1000, 1299), (1400, 2199)],
    "Flevoland": [(1300, 1399), (8200, 8319)],
    "Zuid-Holland": [(2200, 3399)],
    "Utrecht": [(3400, 3999)],
    "Gelderland": [(4000, 4199), (6500, 7399)],
    "Zeeland": [(4300, 4599)],
    "Noord-Brabant": [(4600, 5899)],
    "Limburg": [(5900, 6499)],
    "Overijssel": [(7400, 7799), (8000, 8199)],
    "Drenthe": [(7800, 7999), (9400, 9499)],
    "Fryslân": [(8400, 9299)],
    "Groningen": [(9300, 9399), (9500, 9999)],
}
AREA_CODES = {
    "Groningen": ["050", "0598", "0596", "0594", "0597"],
    "Fryslân": ["058", "0512", "0513", "0515", "0519", "0566"],
    "Drenthe": ["0592", "0591", "0528", "0593", "0599"],
    "Overijssel": ["038", "053", "0546", "0570", "0548", "0523"],
    "Flevoland": ["036", "0320", "0527", "0321"],
    "Gelderland": ["026", "024", "055", "0318", "0344", "0314", "0575", "0341"],
    "Utrecht": ["030", "033", "0343", "0348", "0346"],
    "Noord-Holland": ["020", "023", "072", "075", "035", "0229", "0223", "0251"],
    "Zuid-Holland": ["010", "070", "071", "079", "015", "078", "0172", "0180"],
    "Zeeland": ["0118", "0113", "0115", "0114", "0111"],
    "Noord-Brabant": ["040", "073", "076", "013", "0411", "0492", "0413", "0416"],
    "Limburg": ["043", "046", "077", "045", "0475", "0495", "0478"],
}
# Inner boxes (south, west, north, east): inside geo.PROVINCES, so check never objects.
_BOX_MARGIN = 0.03


def _province_boxes() -> dict[str, tuple[float, float, float, float]]:
    from .records.geo import PROVINCES

    return {
        name: (s + _BOX_MARGIN, w + _BOX_MARGIN, n - _BOX_MARGIN, e - _BOX_MARGIN)
        for name, (s, w, n, e) in PROVINCES.items()
    }


# --------------------------------------------------------------------------- words


def _words(text: str) -> list[str]:
    """A word list written compactly: split on '|' if present, else on spaces."""
    return text.split("|") if "|" in text else text.split()


_ROOTS = _words(
    "Alde Bemmel Bergen Bruin Dal Eek Elst Gaas Geer Grave Haar Hal Hees Helm Hil Hoog Hout "
    "Kam Kort Lang Lin Loos Maar Mark Mid Molen Nij Oos Op Ouder Ram Ros Ruur Schaar Sloe "
    "Stad Ter Til Ulf Veen Vlie Wage Wer Wijn Zand Zeven Zwart Beek Bosch Dongen Eind Gulp "
    "Herk Kesse Lier Mook Nuen Rijs Sterk Venn Weer Ys Aarle Baar Drie Eer Goor Heu Kloos"
)
_SUFFIXES = _words(
    "dam dijk veen wijk horst broek hoven berg rode loo meer sloot waard wolde ingen um hem "
    "zijl werd voort donk beek heide oord kerk stede burg lo sum ne huizen bergen"
)
_FRISIAN_SUFFIXES = _words("dyk wâld mar gea ryp hûs terp wei fean")
_RIVERS = {
    "Maas": "de",
    "Rijn": "den",
    "Vecht": "de",
    "IJssel": "den",
    "Amstel": "de",
    "Lek": "de",
    "Linge": "de",
    "Dommel": "de",
    "Aa": "de",
    "Regge": "de",
    "Berkel": "de",
    "Roer": "de",
    "Geul": "de",
    "Eem": "de",
    "Zaan": "de",
}
_DIRECTIONS = ("Noord", "Zuid", "Oost", "West", "Midden")
_STEMS = {
    "Groningen": "Groningen",
    "Fryslân": "Fryslân",
    "Drenthe": "Drenthe",
    "Overijssel": "Overijssel",
    "Flevoland": "Flevoland",
    "Gelderland": "Gelderland",
    "Utrecht": "Utrecht",
    "Zeeland": "Zeeland",
    "Noord-Brabant": "Brabant",
    "Limburg": "Limburg",
}
_STREET_NAMES = _words(
    "Kerkstraat|Dorpsstraat|Molenweg|Stationsstraat|Schoolstraat|Raadhuisplein|Markt|"
    "Julianastraat|Wilhelminastraat|Beatrixlaan|Nieuwstraat|Hoofdstraat|Industrieweg|"
    "Sportlaan|Parallelweg|Emmastraat|Prins Bernhardlaan|Oranjestraat|Lindenlaan|"
    "Eikenlaan|Kastanjelaan|Irisstraat|Havenstraat|Veldweg|Dijkstraat|Kanaalweg|"
    "Burgemeester Smitsstraat|Pastoor van Arsstraat|Marktplein|Wethouder Jansenlaan|"
    "Zuidsingel|Noordsingel|Oostwal|Achterstraat|Broekweg|Hofstraat|Gasthuisstraat|"
    "Torenstraat|Heuvelstraat|Bosrand|Weidelaan|Meidoornstraat|Rijksweg|Europaplein|"
    "Stadhuisplein|Zorgpark"
)
_WIJKEN = _words(
    "Centrum|Noord|Zuid|Oost|West|De Hoven|Het Veld|De Akkers|Molenwijk|Kerkbuurt|"
    "Bloemenwijk|De Weide|Stadshart|Nieuwland|De Haven|Vogelwijk|Bomenbuurt"
)
_SURNAMES = _words(
    "De Vries|Jansen|Van Dijk|Bakker|Visser|Smit|Meijer|De Boer|Mulder|De Groot|Bos|Vos|"
    "Peters|Hendriks|Van Leeuwen|Dekker|Brouwer|De Wit|Dijkstra|Smits|De Graaf|"
    "Van der Meer|Van der Linden|Kok|Jacobs|De Haan|Vermeulen|Van den Berg|"
    "Van der Heijden|Van der Veen|Van den Broek|De Bruijn|De Jong|Schouten|Van Beek|"
    "Willems|Van Vliet|Hoekstra|Maas|Verhoeven|Koster|Van Dam|Prins|Blom|Huisman|Peeters|"
    "Kuipers|Postma|Zijlstra|Wouters"
)
_WORDS = _words(
    "De Regenboog|De Vlinder|Het Kompas|De Brug|Het Anker|De Sterrenhemel|De Linde|"
    "Horizon|Kleurrijk|De Zonnebloem|De Boomhut|Het Baken|Eigenwijs|Groeikracht|"
    "Samen Sterk|De Wilgen|Lichtpunt|Perspectief|Opmaat|Koers|Stap voor Stap|"
    "Vlinderkracht|De Waterlelie|Het Vogelnest|De Klimop|Spring|De Vuurtoren|Het Palet|"
    "De Wegwijzer|Kinderkracht|De Eik|Het Startpunt|De Ontmoeting|Onder Dak|De Toekomst"
)
_ACCESSIBILITY = [
    "Gelijkvloers en toegankelijk met een rolstoel.",
    "Lift aanwezig; parkeren voor de deur.",
    "Ingang met hellingbaan. Bushalte op 100 meter.",
    "Vijf minuten lopen van het station.",
    "Eerste verdieping, met lift. Fietsenstalling bij de ingang.",
    "Invalidenparkeerplaats naast de ingang; toilet aangepast.",
    "Niet toegankelijk met een rolstoel; op verzoek een afspraak op een andere plek.",
    "Ringleiding aan de balie. Hulphonden welkom.",
]
_OPENING_HOURS = {
    "kantoor": [
        ("Mo-Fr 08:30-17:00; PH off", 8),
        ("Mo-Th 08:30-17:00; Fr 08:30-12:30; PH off", 3),
        ("Mo-Fr 09:00-12:00,13:00-17:00; PH off", 2),
        ("Mo-Fr 08:30-17:00; Dec 24,Dec 31 08:30-12:00; PH off", 1),
        ('Mo-Fr 09:00-17:00 "op afspraak"; PH off', 1),
    ],
    "cjg": [
        ("Mo-Fr 08:30-17:00; PH off", 5),
        ("Mo-Th 08:30-17:00; Fr 08:30-12:30; PH off", 3),
        ("Mo-Fr 09:00-17:00; We 09:00-17:00,19:00-21:00; PH off", 1),
        ("Mo-Fr 08:30-12:30; PH off", 1),
        ("Mo 13:00-17:00; Tu-Fr 08:30-17:00; PH off", 1),
    ],
    "inlooppunt": [
        ("Mo,We,Fr 09:00-12:00; PH off", 3),
        ("Tu,Th 13:00-16:00; PH off", 2),
        ("We 13:00-17:00; Sa 11:00-15:00; PH off", 1),
        ("Mo-Fr 09:00-12:00; PH off", 2),
    ],
    "jip": [
        ("Mo-Fr 12:00-17:00; PH off", 2),
        ("We 13:00-17:00; Sa 11:00-15:00; PH off", 2),
        ("Fr-Sa 20:00-02:00; PH off", 1),
        ("Mo-Th 13:00-17:00,19:00-21:00; PH off", 1),
    ],
    "consultatiebureau": [
        ("Tu,Th 08:30-12:00,13:00-16:30; PH off", 3),
        ("Mo,We 08:30-12:30; PH off", 2),
        ("Mo-Fr 08:30-16:30; PH off", 2),
        ("Tu 08:30-12:00; Fr 13:00-16:30; PH off", 1),
    ],
    "school": [
        ("Mo-Fr 08:00-16:00; Jul 18-Aug 30 off; PH off", 2),
        ("Mo-Fr 08:15-15:30; PH off", 2),
    ],
    "peuterspeelzaal": [("Mo-Th 08:30-12:30; PH off", 2), ("Mo-Fr 08:30-12:00; PH off", 1)],
    "praktijk": [
        ("Mo-Fr 08:00-17:00; PH off", 4),
        ("Mo-Fr 08:00-18:00; Sa 10:00-14:00; PH off", 1),
        ("Mo-Th 09:00-17:00; PH off", 1),
    ],
    "gemeentehuis": [
        ("Mo-Fr 08:30-17:00; PH off", 3),
        ("Mo-Fr 08:30-16:30; Th 08:30-16:30,18:00-20:00; PH off", 1),
    ],
    "online": [("Mo-Fr 09:00-21:00; PH off", 2), ("24/7", 1), ("Mo-Su 14:00-22:00", 1)],
}
_LANGUAGES = ["en", "ar", "tr", "pl", "uk", "ti", "so", "de", "fr"]  # ISO 639-1

# --------------------------------------------------------------------------- provider kinds

_KIND_WEIGHTS = [
    ("jeugdhulpaanbieder", 45),
    ("huisartsenzorg", 12),
    ("onderwijs", 10),
    ("welzijn", 8),
    ("vrijwilligersorganisatie", 8),
    ("jgz", 4),
    ("informatiepunt", 5),
    ("gecertificeerde-instelling", 2),
    ("veiligheid", 2),
]
# Extra locations and services beyond the minimum go to kinds with these weights.
_LOCATION_WEIGHT = {
    "cjg": 4,
    "gemeente": 1.5,
    "jgz": 4,
    "jeugdhulpaanbieder": 2,
    "huisartsenzorg": 0.6,
    "onderwijs": 0.8,
    "welzijn": 2,
    "vrijwilligersorganisatie": 1.2,
    "informatiepunt": 1,
    "gecertificeerde-instelling": 1.5,
    "veiligheid": 1,
}
_SERVICE_WEIGHT = {
    "cjg": 4,
    "gemeente": 2,
    "jgz": 3,
    "jeugdhulpaanbieder": 2.5,
    "huisartsenzorg": 0.6,
    "onderwijs": 1,
    "welzijn": 2,
    "vrijwilligersorganisatie": 1.5,
    "informatiepunt": 1,
    "gecertificeerde-instelling": 1.5,
    "veiligheid": 1,
}
# A few organisations of these kinds work nationally (helplines, chat services).
_NATIONAL_KINDS = ("veiligheid", "informatiepunt", "jeugdhulpaanbieder")
_LOCATION_KINDS = {
    "cjg": [("consultatiebureau", 4), ("inlooppunt", 2), ("jip", 1), ("kantoor", 1)],
    "gemeente": [("kantoor", 3), ("inlooppunt", 1)],
    "jgz": [("consultatiebureau", 6), ("school", 1), ("kantoor", 1)],
    "jeugdhulpaanbieder": [("kantoor", 4), ("praktijk", 4), ("online", 1)],
    "huisartsenzorg": [("praktijk", 1)],
    "onderwijs": [("school", 5), ("kantoor", 1)],
    "welzijn": [("inlooppunt", 3), ("kantoor", 2), ("jip", 1)],
    "vrijwilligersorganisatie": [("kantoor", 2), ("inlooppunt", 2), ("peuterspeelzaal", 1)],
    "informatiepunt": [("jip", 3), ("inlooppunt", 3), ("online", 1)],
    "gecertificeerde-instelling": [("kantoor", 1)],
    "veiligheid": [("kantoor", 3), ("online", 1)],
}


@dataclass(frozen=True)
class _Svc:
    """A service template: what a provider of some kind typically offers."""

    key: str
    naam: str
    themas: tuple[str, ...]
    doelgroep: tuple[str, ...]
    toegang: str
    financiering: tuple[str, ...]
    leeftijd: tuple[Any, Any] | None
    tekst: str
    verwijzers: tuple[str, ...] = ()
    uitvoering: tuple[str, ...] = ("professionals",)
    aanmelden: str = ""


_REFER_SPECIALIST = ("gemeente", "huisarts", "jeugdarts", "medisch-specialist")
_S = _Svc
_SERVICES: dict[str, list[_Svc]] = {
    "cjg": [
        _S(
            "informatie-en-advies",
            "Informatie en advies",
            ("opvoeden", "opgroeien", "zwangerschap-en-baby"),
            ("aanstaande-ouders", "ouders", "kinderen", "jongeren", "professionals"),
            "vrij-toegankelijk",
            ("gratis",),
            ("-9 maanden", 23),
            "Heeft u een vraag over opgroeien of opvoeden? Kom langs, bel of stel uw vraag "
            "online. Een medewerker denkt met u mee en zoekt samen met u uit wat helpt. Geen "
            "vraag is te klein.",
            aanmelden="Loop binnen of bel. U hebt geen verwijzing nodig.",
        ),
        _S(
            "opvoedondersteuning",
            "Opvoedondersteuning thuis",
            ("opvoeden", "begeleiding"),
            ("ouders",),
            "vrij-toegankelijk",
            ("gratis",),
            (0, 18),
            "Lukt het opvoeden even niet zoals u wilt? Een medewerker komt bij u thuis en "
            "kijkt samen met u wat er nodig is. U krijgt een paar gesprekken en tips die "
            "passen bij uw gezin.",
            aanmelden="Bel ons; een medewerker belt u terug voor een afspraak.",
        ),
        _S(
            "cursus-positief-opvoeden",
            "Cursus Positief Opvoeden",
            ("opvoeden",),
            ("ouders",),
            "vrij-toegankelijk",
            ("gratis", "eigen-bijdrage"),
            (2, 12),
            "In vier bijeenkomsten leert u met andere ouders hoe u goed gedrag van uw kind "
            "stimuleert en rustig blijft bij driftbuien.",
        ),
        _S(
            "zwangerschapsgroep",
            "Groepsbijeenkomsten zwangerschap",
            ("zwangerschap-en-baby",),
            ("aanstaande-ouders",),
            "vrij-toegankelijk",
            ("gratis",),
            ("-9 maanden", "3 maanden"),
            "Samen met andere aanstaande ouders praat u over de zwangerschap, de bevalling en "
            "de eerste weken met de baby.",
        ),
        _S(
            "scheidingsspreekuur",
            "Spreekuur scheiden",
            ("echtscheiding",),
            ("ouders", "kinderen"),
            "vrij-toegankelijk",
            ("gratis",),
            (0, 18),
            "Gaat u uit elkaar? In het spreekuur krijgt u advies over het ouderschapsplan en "
            "over hoe u uw kinderen erbij helpt.",
        ),
        _S(
            "gezinscoach",
            "Gezinscoach en gezinsplan",
            ("gezinsplan-en-coordinatie", "begeleiding"),
            ("ouders", "kinderen", "jongeren"),
            "vrij-toegankelijk",
            ("gratis",),
            (0, 23),
            "Zijn er meer hulpverleners bij uw gezin betrokken? De gezinscoach maakt met u één "
            "plan en zorgt dat iedereen samenwerkt.",
        ),
        _S(
            "opvoeden-met-weinig-geld",
            "Opvoeden met weinig geld",
            ("geldzorgen", "opvoeden"),
            ("ouders",),
            "vrij-toegankelijk",
            ("gratis",),
            (0, 18),
            "Geldzorgen maken opvoeden zwaarder. Wij helpen u met regelingen voor kinderen en "
            "denken mee over schulden.",
        ),
        _S(
            "dappere-kinderen",
            "Training Dappere kinderen",
            ("psychische-klachten",),
            ("kinderen", "ouders"),
            "vrij-toegankelijk",
            ("gratis",),
            (8, 12),
            "Een groepstraining voor kinderen die vaak bang of gespannen zijn. Ouders krijgen "
            "twee eigen bijeenkomsten.",
        ),
    ],
    "gemeente": [
        _S(
            "toegangsteam-jeugd",
            "Toegangsteam jeugd",
            ("specialistische-jeugdhulp", "pgb"),
            ("ouders", "kinderen", "jongeren", "professionals"),
            "beschikking",
            ("zorg-in-natura", "pgb"),
            (0, 18),
            "Is er meer nodig dan lichte hulp? Een medewerker van het toegangsteam bespreekt "
            "met u wat er nodig is. Dat kan leiden tot zorg in natura of een persoonsgebonden "
            "budget (PGB).",
            verwijzers=("gemeente", "huisarts", "jeugdarts", "medisch-specialist", "cjg"),
            aanmelden="Bel de gemeente of vraag uw huisarts of jeugdarts om een verwijzing.",
        ),
        _S(
            "wijkteam",
            "Sociaal wijkteam",
            ("begeleiding", "opvoeden", "geldzorgen", "veiligheid"),
            ("ouders", "kinderen", "jongeren"),
            "vrij-toegankelijk",
            ("gratis",),
            None,
            "Het wijkteam helpt bij vragen over opvoeden, geld, wonen en zorg. Ook bij zorgen "
            "over veiligheid in het gezin is het wijkteam het lokale team.",
        ),
        _S(
            "pgb-loket",
            "PGB-loket jeugd",
            ("pgb",),
            ("ouders",),
            "vrij-toegankelijk",
            ("gratis",),
            (0, 18),
            "Wilt u de hulp voor uw kind zelf inkopen met een persoonsgebonden budget? Het "
            "PGB-loket legt uit wat u moet regelen en behandelt de aanvraag.",
        ),
        _S(
            "leerplicht",
            "Leerplicht en schoolverzuim",
            ("onderwijs-en-school",),
            ("ouders", "kinderen", "jongeren"),
            "vrij-toegankelijk",
            ("gratis",),
            (5, 23),
            "De leerplichtambtenaar helpt als uw kind niet naar school gaat of dreigt uit te "
            "vallen, en zoekt samen met school naar een oplossing.",
        ),
        _S(
            "jeugdfonds",
            "Jeugdfonds Sport en Cultuur",
            ("vrijetijd-en-sport", "geldzorgen"),
            ("kinderen", "jongeren"),
            "verwijzing",
            ("gratis",),
            (4, 18),
            "Kinderen uit gezinnen met weinig geld kunnen toch sporten, dansen of muziekles "
            "volgen. Een intermediair vraagt het voor u aan.",
            verwijzers=("cjg", "schoolmaatschappelijk-werk", "gemeente"),
        ),
        _S(
            "schuldhulp",
            "Schuldhulpverlening voor gezinnen",
            ("geldzorgen",),
            ("ouders",),
            "vrij-toegankelijk",
            ("gratis",),
            None,
            "Heeft u schulden? De gemeente helpt u een overzicht te maken en een regeling te "
            "treffen, zodat er rust komt voor u en uw kinderen.",
        ),
    ],
    "jeugdhulpaanbieder": [
        _S(
            "ambulante-gezinsbegeleiding",
            "Ambulante gezinsbegeleiding",
            ("begeleiding", "opvoeden", "specialistische-jeugdhulp"),
            ("ouders", "kinderen", "jongeren"),
            "beschikking",
            ("zorg-in-natura", "pgb"),
            (0, 18),
            "Een gezinsbegeleider komt bij u thuis en werkt met het hele gezin aan rust, "
            "structuur en duidelijke afspraken.",
            verwijzers=("gemeente", "huisarts", "jeugdarts", "gecertificeerde-instelling"),
        ),
        _S(
            "behandeling-angst-somberheid",
            "Behandeling bij angst en somberheid",
            ("psychische-klachten", "specialistische-jeugdhulp"),
            ("kinderen", "jongeren"),
            "verwijzing",
            ("zorg-in-natura", "pgb"),
            (6, 18),
            "Een behandeling met gesprekken en oefeningen voor kinderen en jongeren die veel "
            "piekeren, bang of somber zijn.",
            verwijzers=_REFER_SPECIALIST,
        ),
        _S(
            "adhd-diagnostiek",
            "Onderzoek en behandeling bij ADHD",
            ("psychische-klachten", "ontwikkeling", "specialistische-jeugdhulp"),
            ("kinderen", "jongeren", "ouders"),
            "verwijzing",
            ("zorg-in-natura",),
            (4, 18),
            "Wij onderzoeken of er sprake is van ADHD en geven behandeling en oudertraining.",
            verwijzers=_REFER_SPECIALIST,
        ),
        _S(
            "autisme-begeleiding",
            "Begeleiding bij autisme",
            ("ontwikkeling", "begeleiding", "specialistische-jeugdhulp"),
            ("kinderen", "jongeren", "ouders"),
            "beschikking",
            ("zorg-in-natura", "pgb"),
            (3, 23),
            "Individuele begeleiding voor kinderen en jongeren met autisme, thuis, op school "
            "of in de vrije tijd.",
            verwijzers=("gemeente", "huisarts", "jeugdarts", "medisch-specialist"),
        ),
        _S(
            "traumabehandeling",
            "Traumabehandeling (EMDR)",
            ("psychische-klachten", "veiligheid", "specialistische-jeugdhulp"),
            ("kinderen", "jongeren"),
            "verwijzing",
            ("zorg-in-natura",),
            (4, 18),
            "Na een schokkende gebeurtenis helpt EMDR om herinneringen minder heftig te maken.",
            verwijzers=_REFER_SPECIALIST,
        ),
        _S(
            "dagbehandeling",
            "Dagbehandeling jonge kinderen",
            ("ontwikkeling", "specialistische-jeugdhulp"),
            ("kinderen", "ouders"),
            "beschikking",
            ("zorg-in-natura",),
            ("18 maanden", 7),
            "Jonge kinderen met een achterstand in hun ontwikkeling krijgen een paar dagen per "
            "week behandeling in een kleine groep.",
            verwijzers=("gemeente", "jeugdarts", "medisch-specialist"),
        ),
        _S(
            "logeeropvang",
            "Logeeropvang",
            ("begeleiding", "specialistische-jeugdhulp"),
            ("kinderen", "jongeren", "ouders"),
            "beschikking",
            ("zorg-in-natura", "pgb"),
            (4, 18),
            "Uw kind logeert een weekend per maand bij ons, zodat u even op adem kunt komen.",
            verwijzers=("gemeente",),
        ),
        _S(
            "pleegzorg",
            "Pleegzorg",
            ("specialistische-jeugdhulp", "veiligheid"),
            ("kinderen", "jongeren"),
            "beschikking",
            ("zorg-in-natura",),
            (0, 21),
            "Als een kind (tijdelijk) niet thuis kan wonen, zoeken wij een passend pleeggezin.",
            verwijzers=("gemeente", "gecertificeerde-instelling", "rechter"),
        ),
        _S(
            "ouder-kindbehandeling",
            "Ouder-kindbehandeling rond de geboorte",
            ("zwangerschap-en-baby", "psychische-klachten", "specialistische-jeugdhulp"),
            ("aanstaande-ouders", "ouders"),
            "verwijzing",
            ("zorg-in-natura",),
            ("-9 maanden", 4),
            "Voor aanstaande en jonge ouders die zich zorgen maken over de band met hun baby. "
            "De behandeling kan al in de zwangerschap beginnen.",
            verwijzers=("huisarts", "jeugdarts", "medisch-specialist"),
        ),
        _S(
            "sociale-vaardigheden",
            "Sociale vaardigheidstraining",
            ("ontwikkeling", "pesten"),
            ("kinderen", "jongeren"),
            "verwijzing",
            ("zorg-in-natura", "eigen-bijdrage"),
            (8, 16),
            "In een groep oefenen kinderen hoe ze contact maken, voor zichzelf opkomen en "
            "omgaan met plagen en pesten.",
            verwijzers=("huisarts", "jeugdarts", "cjg"),
        ),
        _S(
            "verslavingszorg-jongeren",
            "Hulp bij alcohol, drugs en gamen",
            ("verslaving", "psychische-klachten"),
            ("jongeren", "ouders"),
            "vrij-toegankelijk",
            ("gratis",),
            (12, 23),
            "Anoniem advies en korte behandeling voor jongeren die te veel drinken, blowen of "
            "gamen, en voor hun ouders.",
        ),
        _S(
            "begeleid-wonen",
            "Begeleid wonen voor jongeren",
            ("begeleiding", "specialistische-jeugdhulp"),
            ("jongeren",),
            "beschikking",
            ("zorg-in-natura", "pgb"),
            (16, 23),
            "Jongeren leren zelfstandig wonen met begeleiding bij geld, school, werk en het "
            "huishouden.",
            verwijzers=("gemeente", "gecertificeerde-instelling"),
        ),
        _S(
            "intensieve-gezinsbehandeling",
            "Intensieve ambulante gezinsbehandeling",
            ("specialistische-jeugdhulp", "veiligheid", "opvoeden"),
            ("ouders", "kinderen", "jongeren"),
            "beschikking",
            ("zorg-in-natura",),
            (0, 18),
            "Als uithuisplaatsing dreigt, werkt een behandelaar enkele maanden intensief met "
            "het gezin, ook 's avonds en in het weekend.",
            verwijzers=("gemeente", "gecertificeerde-instelling", "veilig-thuis"),
        ),
        _S(
            "vaktherapie",
            "Speltherapie en beeldende therapie",
            ("psychische-klachten",),
            ("kinderen",),
            "verwijzing",
            ("zorg-in-natura", "pgb", "eigen-bijdrage"),
            (3, 12),
            "Kinderen die moeilijk over hun gevoelens praten, verwerken ervaringen in spel, "
            "tekenen of muziek.",
            verwijzers=("huisarts", "jeugdarts", "gemeente"),
        ),
    ],
    "huisartsenzorg": [
        _S(
            "poh-jeugd",
            "POH-jeugd",
            ("psychische-klachten", "opvoeden"),
            ("ouders", "kinderen", "jongeren"),
            "verwijzing",
            ("gratis",),
            (0, 18),
            "De praktijkondersteuner jeugd helpt kinderen en jongeren met bijvoorbeeld "
            "somberheid, angst of gedragsproblemen in een paar gesprekken in de praktijk.",
            verwijzers=("huisarts",),
            aanmelden="Maak een afspraak met uw huisarts; die verwijst u door.",
        ),
        _S(
            "spreekuur-kinderen",
            "Huisartsenzorg voor kinderen en jongeren",
            ("gezondheid",),
            ("ouders", "kinderen", "jongeren"),
            "vrij-toegankelijk",
            ("zorgverzekeringswet",),
            (0, 23),
            "De huisarts is er voor alle gezondheidsvragen van uw kind en verwijst zo nodig "
            "door naar jeugdhulp of een specialist.",
        ),
        _S(
            "jongerenspreekuur",
            "Jongerenspreekuur",
            ("gezondheid", "opgroeien"),
            ("jongeren",),
            "vrij-toegankelijk",
            ("zorgverzekeringswet",),
            (12, 23),
            "Een spreekuur zonder ouders, over seksualiteit, stress, alcohol of andere vragen.",
        ),
    ],
    "jgz": [
        _S(
            "consultatiebureau",
            "Consultatiebureau",
            ("gezondheid", "zwangerschap-en-baby", "ontwikkeling"),
            ("ouders", "kinderen"),
            "vrij-toegankelijk",
            ("gratis",),
            (0, 4),
            "Op het consultatiebureau volgen wij de groei en ontwikkeling van uw kind en krijgt "
            "uw kind de vaccinaties van het Rijksvaccinatieprogramma.",
            aanmelden="Na de geboorte krijgt u vanzelf een uitnodiging.",
        ),
        _S(
            "jeugdarts-op-school",
            "Jeugdarts en jeugdverpleegkundige op school",
            ("gezondheid", "onderwijs-en-school"),
            ("kinderen", "jongeren", "ouders"),
            "vrij-toegankelijk",
            ("gratis",),
            (4, 18),
            "De jeugdverpleegkundige ziet uw kind op vaste momenten op school en is er voor "
            "vragen over gezondheid, gedrag en verzuim.",
        ),
        _S(
            "prenataal-huisbezoek",
            "Prenataal huisbezoek",
            ("zwangerschap-en-baby",),
            ("aanstaande-ouders",),
            "vrij-toegankelijk",
            ("gratis",),
            ("-9 maanden", "0 maanden"),
            "In de zwangerschap komt een jeugdverpleegkundige bij u thuis om kennis te maken en "
            "uw vragen te beantwoorden.",
        ),
        _S(
            "vaccinaties",
            "Vaccinaties",
            ("gezondheid",),
            ("ouders", "kinderen", "jongeren"),
            "vrij-toegankelijk",
            ("gratis",),
            (0, 18),
            "Alle vaccinaties van het Rijksvaccinatieprogramma, op het consultatiebureau of "
            "tijdens een prikmiddag.",
        ),
        _S(
            "stevig-ouderschap",
            "Stevig Ouderschap",
            ("zwangerschap-en-baby", "opvoeden"),
            ("aanstaande-ouders", "ouders"),
            "verwijzing",
            ("gratis",),
            ("-3 maanden", "18 maanden"),
            "Extra huisbezoeken voor ouders die het in de eerste anderhalf jaar zwaar hebben.",
            verwijzers=("jeugdarts", "huisarts"),
        ),
        _S(
            "jgz-doorzorg",
            "JGZ Doorzorg",
            ("gezinsplan-en-coordinatie", "gezondheid"),
            ("ouders", "kinderen"),
            "verwijzing",
            ("gratis",),
            (0, 18),
            "Extra zorg van de jeugdverpleegkundige als er zorgen zijn over de ontwikkeling of "
            "de situatie thuis.",
            verwijzers=("jeugdarts", "huisarts"),
        ),
    ],
    "onderwijs": [
        _S(
            "schoolmaatschappelijk-werk",
            "Schoolmaatschappelijk werk",
            ("onderwijs-en-school", "begeleiding"),
            ("kinderen", "jongeren", "ouders"),
            "vrij-toegankelijk",
            ("gratis",),
            (4, 18),
            "De schoolmaatschappelijk werker praat met leerlingen en ouders als er zorgen zijn "
            "over thuis, vrienden of school.",
        ),
        _S(
            "ondersteuningsteam",
            "Ondersteuningsteam school",
            ("onderwijs-en-school",),
            ("ouders", "professionals"),
            "verwijzing",
            ("gratis",),
            (4, 18),
            "School, ouders, jeugdarts en schoolmaatschappelijk werk bespreken samen wat een "
            "leerling nodig heeft.",
            verwijzers=("schoolmaatschappelijk-werk", "jeugdarts"),
        ),
        _S(
            "huiswerkbegeleiding",
            "Huiswerkbegeleiding",
            ("onderwijs-en-school",),
            ("kinderen", "jongeren"),
            "vrij-toegankelijk",
            ("eigen-bijdrage",),
            (10, 18),
            "Na schooltijd maken leerlingen hun huiswerk onder begeleiding.",
        ),
        _S(
            "passend-onderwijs",
            "Arrangement passend onderwijs",
            ("onderwijs-en-school", "ontwikkeling"),
            ("kinderen", "ouders"),
            "verwijzing",
            ("gratis",),
            (4, 12),
            "Extra ondersteuning in de klas voor kinderen die dat nodig hebben.",
            verwijzers=("schoolmaatschappelijk-werk", "jeugdarts", "gemeente"),
        ),
    ],
    "welzijn": [
        _S(
            "jongerenwerk",
            "Jongerenwerk",
            ("jongeren-informatie", "vrijetijd-en-sport"),
            ("jongeren",),
            "vrij-toegankelijk",
            ("gratis",),
            (12, 23),
            "Jongerenwerkers zijn op straat en in het jongerencentrum. Je kunt er terecht met "
            "vragen, ideeën of gewoon om te chillen.",
        ),
        _S(
            "maatschappelijk-werk",
            "Algemeen maatschappelijk werk",
            ("geldzorgen", "begeleiding"),
            ("ouders", "jongeren"),
            "vrij-toegankelijk",
            ("gratis",),
            None,
            "Hulp bij problemen met geld, relaties, wonen of werk, in een paar gesprekken.",
        ),
        _S(
            "kinderwerk",
            "Kinderwerk",
            ("vrijetijd-en-sport", "sociale-contacten-en-vrijwilligers"),
            ("kinderen",),
            "vrij-toegankelijk",
            ("gratis",),
            (4, 12),
            "Knutselen, sport en spel na schooltijd in het buurthuis.",
            uitvoering=("professionals", "vrijwilligers"),
        ),
        _S(
            "opvoedspreekuur-buurthuis",
            "Opvoedspreekuur in het buurthuis",
            ("opvoeden",),
            ("ouders",),
            "vrij-toegankelijk",
            ("gratis",),
            (0, 12),
            "Eén ochtend per week kunt u zonder afspraak binnenlopen met vragen over opvoeden.",
        ),
    ],
    "vrijwilligersorganisatie": [
        _S(
            "gezinsondersteuning",
            "Gezinsondersteuning door vrijwilligers",
            ("opvoeden", "sociale-contacten-en-vrijwilligers"),
            ("ouders",),
            "vrij-toegankelijk",
            ("gratis",),
            (0, 6),
            "Een ervaren vrijwilliger komt een paar uur per week bij u thuis en helpt u op weg, "
            "als een steun in de rug.",
            uitvoering=("vrijwilligers",),
        ),
        _S(
            "maatje",
            "Maatje voor jongeren",
            ("sociale-contacten-en-vrijwilligers", "opgroeien"),
            ("jongeren",),
            "vrij-toegankelijk",
            ("gratis",),
            (12, 23),
            "Een vrijwilliger trekt een jaar lang met je op: samen sporten, praten of je "
            "huiswerk plannen.",
            uitvoering=("vrijwilligers",),
        ),
        _S(
            "kinderen-en-scheiding",
            "Groep voor kinderen van gescheiden ouders",
            ("echtscheiding",),
            ("kinderen",),
            "vrij-toegankelijk",
            ("gratis", "eigen-bijdrage"),
            (6, 12),
            "In acht bijeenkomsten praten kinderen met leeftijdgenoten over de scheiding van "
            "hun ouders.",
            uitvoering=("professionals", "vrijwilligers"),
        ),
        _S(
            "voorleesproject",
            "Voorleesproject",
            ("ontwikkeling",),
            ("kinderen", "ouders"),
            "vrij-toegankelijk",
            ("gratis",),
            (2, 8),
            "Een vrijwilliger leest twintig weken lang thuis voor en laat ouders zien hoe "
            "voorlezen de taal van hun kind helpt.",
            uitvoering=("vrijwilligers",),
        ),
        _S(
            "jonge-mantelzorgers",
            "Steun voor jonge mantelzorgers",
            ("jonge-mantelzorgers",),
            ("kinderen", "jongeren"),
            "vrij-toegankelijk",
            ("gratis",),
            (8, 23),
            "Zorg je thuis voor een ouder, broer of zus? Bij ons ontmoet je anderen die dat "
            "ook doen, en kun je even ontspannen.",
            uitvoering=("professionals", "vrijwilligers"),
        ),
        _S(
            "kledingbank",
            "Kinderkledingbank",
            ("geldzorgen",),
            ("ouders",),
            "verwijzing",
            ("gratis",),
            (0, 16),
            "Gezinnen met weinig geld halen hier gratis goede kinderkleding.",
            verwijzers=("cjg", "gemeente", "schoolmaatschappelijk-werk"),
            uitvoering=("vrijwilligers",),
        ),
    ],
    "informatiepunt": [
        _S(
            "jongeren-informatie",
            "Jongeren Informatie Punt",
            ("jongeren-informatie", "opgroeien"),
            ("jongeren",),
            "vrij-toegankelijk",
            ("gratis",),
            (12, 23),
            "Vragen over school, werk, geld, wonen of relaties? Loop binnen of chat met een "
            "jongerenwerker.",
        ),
        _S(
            "inloopspreekuur",
            "Inloopspreekuur",
            ("opvoeden", "geldzorgen"),
            ("ouders", "jongeren"),
            "vrij-toegankelijk",
            ("gratis",),
            None,
            "Zonder afspraak binnenlopen met vragen over opvoeden, geld of formulieren.",
        ),
        _S(
            "online-chat",
            "Online chat over opvoeden",
            ("opvoeden", "opgroeien"),
            ("ouders", "jongeren"),
            "vrij-toegankelijk",
            ("gratis",),
            (0, 23),
            "Stel uw vraag anoniem in de chat; een professional antwoordt dezelfde dag.",
        ),
    ],
    "gecertificeerde-instelling": [
        _S(
            "jeugdbescherming",
            "Jeugdbescherming",
            ("veiligheid", "specialistische-jeugdhulp"),
            ("ouders", "kinderen", "jongeren"),
            "verwijzing",
            ("gratis",),
            (0, 18),
            "Na een uitspraak van de kinderrechter begeleidt een jeugdbeschermer het gezin, "
            "zodat het kind veilig kan opgroeien.",
            verwijzers=("rechter", "veilig-thuis"),
        ),
        _S(
            "jeugdreclassering",
            "Jeugdreclassering",
            ("veiligheid",),
            ("jongeren",),
            "verwijzing",
            ("gratis",),
            (12, 23),
            "Begeleiding van jongeren die met politie of justitie in aanraking zijn gekomen.",
            verwijzers=("rechter",),
        ),
        _S(
            "vrijwillig-kader",
            "Hulp in het vrijwillig kader",
            ("veiligheid", "gezinsplan-en-coordinatie"),
            ("ouders", "kinderen"),
            "verwijzing",
            ("gratis",),
            (0, 18),
            "Zonder maatregel van de rechter werken wij met ouders aan de veiligheid van hun "
            "kinderen.",
            verwijzers=("gemeente", "veilig-thuis"),
        ),
    ],
    "veiligheid": [
        _S(
            "advies-en-melding",
            "Advies en melding huiselijk geweld en kindermishandeling",
            ("veiligheid",),
            ("ouders", "kinderen", "jongeren", "professionals"),
            "vrij-toegankelijk",
            ("gratis",),
            None,
            "Maakt u zich zorgen over een kind of over geweld in een gezin? Bel voor advies of "
            "om een melding te doen. Bij direct gevaar belt u 112.",
        ),
        _S(
            "crisisdienst-jeugd",
            "Crisisdienst jeugd",
            ("veiligheid", "specialistische-jeugdhulp"),
            ("ouders", "kinderen", "jongeren", "professionals"),
            "verwijzing",
            ("gratis",),
            (0, 18),
            "Dag en nacht bereikbaar als de veiligheid van een kind acuut in gevaar is.",
            verwijzers=("huisarts", "gemeente", "veilig-thuis", "cjg"),
        ),
        _S(
            "chatlijn-kinderen",
            "Chat- en belservice voor kinderen",
            ("veiligheid", "opgroeien"),
            ("kinderen", "jongeren"),
            "vrij-toegankelijk",
            ("gratis",),
            (8, 18),
            "Kinderen en jongeren praten anoniem met een getrainde vrijwilliger over wat hen "
            "dwarszit.",
            uitvoering=("vrijwilligers",),
        ),
    ],
}
del _S

_PROVIDER_TEXTS = {
    "cjg": "Het Centrum voor Jeugd en Gezin (CJG) {regio} is er voor elke ouder, jongere en "
    "professional met vragen over opgroeien en opvoeden. U krijgt informatie, advies en "
    "ondersteuning, dichtbij huis.",
    "gemeente": "De gemeente {plaats} regelt de toegang tot gespecialiseerde jeugdhulp. "
    "Medewerkers gaan met ouders, jongeren en professionals in gesprek over wat nodig is.",
    "jgz": "De jeugdgezondheidszorg volgt de groei en ontwikkeling van alle kinderen van 0 tot "
    "18 jaar in de regio {regio}.",
    "jeugdhulpaanbieder": "{naam} biedt jeugdhulp aan kinderen, jongeren en gezinnen in de "
    "regio {regio}. Onze behandelaars werken thuis, op school en in de praktijk.",
    "huisartsenzorg": "{naam} is de huisartsenpraktijk voor inwoners van {plaats}. Voor "
    "vragen over de gezondheid of het gedrag van uw kind kunt u bij ons terecht.",
    "onderwijs": "{naam} in {plaats} werkt samen met ouders, het CJG en de jeugdarts, zodat "
    "elk kind de ondersteuning krijgt die het nodig heeft.",
    "welzijn": "{naam} organiseert welzijnswerk in {plaats}: jongerenwerk, kinderwerk en "
    "maatschappelijk werk, voor iedereen die een steuntje in de rug kan gebruiken.",
    "vrijwilligersorganisatie": "Bij {naam} zetten vrijwilligers zich in voor gezinnen en "
    "jongeren in {plaats}. Onze hulp is gratis en laagdrempelig.",
    "informatiepunt": "{naam} is een plek waar jongeren en ouders zonder afspraak terecht "
    "kunnen met vragen over school, werk, geld en opvoeden.",
    "gecertificeerde-instelling": "{naam} voert jeugdbescherming en jeugdreclassering uit in "
    "de regio {regio}, altijd na een beslissing van de kinderrechter of in overleg met het "
    "lokale team.",
    "veiligheid": "{naam} is het advies- en meldpunt voor huiselijk geweld en "
    "kindermishandeling in de regio {regio}. Bij direct gevaar belt u altijd 112.",
}
_EXTRA_SENTENCES = [
    "Wij werken nauw samen met het CJG, de huisartsen en de scholen in de regio.",
    "U kunt ons bellen op werkdagen; buiten kantoortijd helpt de crisisdienst.",
    "Onze medewerkers spreken naast Nederlands ook Engels.",
    "Wij vinden het belangrijk dat u en uw kind zelf meebeslissen over de hulp.",
    "Heeft u een klacht? Bespreek die eerst met uw hulpverlener of vraag naar onze "
    "klachtenregeling.",
    "Wij houden ons aan de meldcode huiselijk geweld en kindermishandeling.",
    "Op onze website leest u meer over de manier waarop wij werken.",
]
_LISTS = [
    ["informatie en advies", "kortdurende begeleiding", "verwijzing naar gespecialiseerde hulp"],
    ["individuele gesprekken", "groepstrainingen", "ondersteuning van ouders"],
    ["hulp thuis", "hulp op school", "hulp in de praktijk"],
]

# --------------------------------------------------------------------------- data classes


@dataclass
class _Muni:
    code: str
    name: str
    slug: str
    province: str
    center: tuple[float, float]
    weight: float
    slot: int  # index among the province's municipalities at national scale
    ranges: list[tuple[int, int]] = field(default_factory=list)
    region: str = ""


@dataclass
class _Provider:
    slug: str
    name: str
    kind: str
    home: _Muni
    region: str
    domain: str
    phone: str
    n_locations: int = 0
    n_services: int = 0
    locations: list[dict] = field(default_factory=list)
    services: list[dict] = field(default_factory=list)
    national: bool = False  # a national helpline or organisation: werkgebied [NL]
    location_munis: list[str] = field(default_factory=list)  # CBS code per location
    service_keys: dict[str, str] = field(default_factory=dict)  # template key -> local id


def slugify(text: str, limit: int = 60) -> str:
    text = text.replace("IJ", "ij").replace("ĳ", "ij")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    if len(slug) > limit:
        slug = slug[:limit].rsplit("-", 1)[0]
    return slug or "x"


def _unique(base: str, used: set[str]) -> str:
    value, n = base, 2
    while value in used:
        value = f"{base}-{n}"
        n += 1
    used.add(value)
    return value


def _weighted(rng: random.Random, options: list[tuple[Any, float]]) -> Any:
    values, weights = zip(*options, strict=True)
    return rng.choices(values, weights=weights)[0]


# --------------------------------------------------------------------------- generator


class _Generator:
    def __init__(self, sizes: Sizes, seed: int, today: dt.date, themes: list[str]):
        if not 1 <= sizes.gemeenten <= NATIONAL.gemeenten:
            raise ValueError(f"--gemeenten moet tussen 1 en {NATIONAL.gemeenten} liggen")
        if min(sizes.aanbieders, sizes.diensten, sizes.locaties) < 0:
            raise ValueError("aantallen mogen niet negatief zijn")
        if not themes:
            raise ValueError("de taxonomie bevat geen thema's")
        self.sizes = sizes
        self.seed = seed
        self.rng = random.Random(seed)
        self.today = today
        self.themes = themes
        self.theme_set = set(themes)
        self.boxes = _province_boxes()
        self.munis: list[_Muni] = []
        self.by_code: dict[str, _Muni] = {}
        self.regions: dict[str, list[_Muni]] = {}  # region name -> municipalities
        self.providers: list[_Provider] = []
        self.provider_slugs: set[str] = set()
        self.phones: set[str] = set()
        self.cjg_of_region: dict[str, _Provider] = {}
        self.gemeente_of: dict[str, _Provider] = {}
        self.cjg_location: dict[str, str] = {}  # CBS code -> global id of CJG location
        self.locations_in: dict[str, list[tuple[str, str]]] = defaultdict(list)  # code -> ids
        self.services_in: dict[tuple[str, str], list[str]] = defaultdict(list)  # (code, key)
        self.kind_in_region: dict[tuple[str, str], list[_Provider]] = defaultdict(list)
        self.kind_in_province: dict[tuple[str, str], list[_Provider]] = defaultdict(list)

    # ------------------------------------------------------------------ municipalities

    def municipalities(self) -> None:
        rng = self.rng
        slots = [p for p, n in PROVINCE_COUNTS.items() for _ in range(n)]
        chosen = sorted(
            rng.sample(range(len(slots)), self.sizes.gemeenten),
        )
        codes = sorted(rng.sample(range(1, 2000), self.sizes.gemeenten))
        rng.shuffle(codes)
        names: set[str] = set()
        for index, code in zip(chosen, codes, strict=True):
            province = slots[index]
            slot = index - slots.index(province)
            name = self._municipality_name(province, names)
            south, west, north, east = self.boxes[province]
            center = (
                rng.uniform(south + 0.03, north - 0.03),
                rng.uniform(west + 0.03, east - 0.03),
            )
            muni = _Muni(
                code=f"GM{code:04d}",
                name=name,
                slug=slugify(name),
                province=province,
                center=center,
                weight=rng.lognormvariate(0, 0.8),
                slot=slot,
            )
            self.munis.append(muni)
            self.by_code[muni.code] = muni
        for province in PROVINCE_COUNTS:
            members = [m for m in self.munis if m.province == province]
            if members:
                self._postcodes(province, members)
                self._regions(province, members)

    def _municipality_name(self, province: str, used: set[str]) -> str:
        rng = self.rng
        for _ in range(1000):
            style = rng.random()
            root = rng.choice(_ROOTS)
            if province == "Fryslân" and rng.random() < 0.4:
                name = root + rng.choice(_FRISIAN_SUFFIXES)
            else:
                suffix = rng.choice(_SUFFIXES)
                name = root + (suffix if root[-1] != suffix[0] else suffix[1:])
            if style < 0.08:
                river = rng.choice(sorted(_RIVERS))
                name = f"{name} aan {_RIVERS[river]} {river}"
            elif style < 0.14:
                name = f"{rng.choice(_DIRECTIONS)}-{name}"
            elif style < 0.18:
                name = f"{rng.choice(('De', 'Het'))} {name}"
            elif style < 0.21:
                name = f"{name}-{rng.choice(_ROOTS)}{rng.choice(_SUFFIXES)}"
            slug = slugify(name)
            if name not in used and slug not in self._used_muni_slugs:
                used.add(name)
                self._used_muni_slugs.add(slug)
                return name
        raise RuntimeError("geen unieke gemeentenaam gevonden")

    _used_muni_slugs: set[str]

    def _postcodes(self, province: str, members: list[_Muni]) -> None:
        """Give each municipality its own slice of the province's bands (never overlapping).

        The slices are sized for the province's real number of municipalities, whatever the
        size of the set, so a municipality's ranges look the same in a small set as in the
        national one.
        """
        rng = self.rng
        digits = [d for low, high in POSTCODE_BANDS[province] for d in range(low, high + 1)]
        size = len(digits) // PROVINCE_COUNTS[province]
        for muni in members:
            chunk = digits[muni.slot * size : (muni.slot + 1) * size]
            runs: list[tuple[int, int]] = []
            for d in chunk:  # consecutive runs (a chunk may cross a band boundary)
                if runs and d == runs[-1][1] + 1:
                    runs[-1] = (runs[-1][0], d)
                else:
                    runs.append((d, d))
            if len(runs) == 1 and runs[0][1] - runs[0][0] >= 6 and rng.random() < 0.25:
                low, high = runs[0]  # a gap of unused numbers inside the municipality
                cut = rng.randint(low + 1, high - 3)
                runs = [(low, cut), (cut + 2, high)]
            muni.ranges = runs

    def _regions(self, province: str, members: list[_Muni]) -> None:
        rng = self.rng
        ordered = sorted(members, key=lambda m: (round(m.center[1], 1), m.center[0]))
        groups: list[list[_Muni]] = []
        i = 0
        while i < len(ordered):
            size = rng.randint(4, 10)
            rest = len(ordered) - i - size
            if 0 < rest < 3:  # no tiny last region
                size += rest
            groups.append(ordered[i : i + size])
            i += size
        directions = list(_DIRECTIONS)
        rng.shuffle(directions)
        for group in groups:
            biggest = max(group, key=lambda m: m.weight)
            stem = _STEMS.get(province)
            if stem and directions and (len(groups) > 1 or rng.random() < 0.5):
                name = f"{directions.pop()}-{stem}" if len(groups) > 1 else stem
            else:
                name = f"Regio {biggest.name}"
            while name in self.regions:
                name = f"Regio {biggest.name} {province}"
                if name in self.regions:
                    name = f"{name} {len(self.regions)}"
            self.regions[name] = group
            for muni in group:
                muni.region = name

    # ------------------------------------------------------------------ providers

    def provider_plan(self) -> None:
        rng = self.rng
        budget = self.sizes.aanbieders
        plan: list[tuple[str, _Muni, str]] = []
        region_names = list(self.regions)
        for region in region_names:
            if len(plan) < budget:
                home = max(self.regions[region], key=lambda m: m.weight)
                plan.append(("cjg", home, region))
        for muni in self.munis:
            if len(plan) < budget:
                plan.append(("gemeente", muni, muni.region))
        weights = [m.weight for m in self.munis]
        while len(plan) < budget:
            kind = _weighted(rng, _KIND_WEIGHTS)
            home = rng.choices(self.munis, weights=weights)[0]
            plan.append((kind, home, home.region))
        for kind, home, region in plan:
            self._add_provider(kind, home, region)

    def _region_short(self, region: str) -> str:
        return region.removeprefix("Regio ")

    def _provider_name(self, kind: str, home: _Muni, region: str) -> str:
        rng = self.rng
        place, short = home.name, self._region_short(region)
        word, surname = rng.choice(_WORDS), rng.choice(_SURNAMES)
        options = {
            "cjg": [f"CJG {short}", f"Centrum voor Jeugd en Gezin {short}"],
            "gemeente": [f"Gemeente {place}"],
            "jeugdhulpaanbieder": [
                f"Kinderpraktijk {word}",
                f"Jeugd-GGZ {place}",
                f"Praktijk voor Kind en Gezin {surname}",
                f"{word} Jeugdhulp",
                f"Stichting {word}",
                f"Gezinshuis {surname}",
                f"Orthopedagogenpraktijk {surname}",
                f"Kinder- en Jeugdpsychologen {place}",
                f"{word} Jeugd en Gezin",
                f"Zorgboerderij {word}",
                f"Jeugdzorg {short}",
            ],
            "huisartsenzorg": [
                f"Huisartsenpraktijk {surname}",
                f"Huisartsenpraktijk {rng.choice(_STREET_NAMES)}",
                f"Gezondheidscentrum {word}",
                f"Huisartsen {place} {rng.choice(_WIJKEN)}",
            ],
            "onderwijs": [
                f"Basisschool {word}",
                f"{word.removeprefix('De ').removeprefix('Het ')} College",
                f"Samenwerkingsverband Passend Onderwijs {short}",
                f"Kindcentrum {word}",
                f"Openbare Basisschool {word}",
            ],
            "welzijn": [
                f"Welzijn {place}",
                f"Stichting Welzijn {short}",
                f"Buurtwerk {place}",
                f"Maatschappelijk Werk {short}",
            ],
            "vrijwilligersorganisatie": [
                f"Gezinsmaatjes {place}",
                f"Humanitas {place}",
                f"Buddyzorg {short}",
                f"Stichting Leergeld {place}",
                f"Voorleesexpress {place}",
                f"Vrijwilligerscentrale {place}",
            ],
            "jgz": [f"JGZ {short}", f"GGD {short} Jeugdgezondheidszorg"],
            "informatiepunt": [
                f"Jongeren Informatie Punt {place}",
                f"Inlooppunt {place}",
                f"Informatiepunt Opvoeden {place}",
            ],
            "gecertificeerde-instelling": [
                f"Jeugdbescherming {short}",
                f"Jeugdbescherming {home.province}",
                f"Stichting Jeugdreclassering {home.province}",
            ],
            "veiligheid": [f"Veilig Thuis {short}", f"Crisisdienst Jeugd {short}"],
        }[kind]
        return rng.choice(options)

    def _add_provider(self, kind: str, home: _Muni, region: str) -> None:
        name = self._provider_name(kind, home, region)
        slug = slugify(name)
        if slug in self.provider_slugs:
            name = f"{name} {home.name}" if home.name not in name else name
            slug = slugify(name)
        slug = _unique(slug, self.provider_slugs)
        if slug != slugify(name):  # numbered: keep the name unique too
            name = f"{name} ({slug.rsplit('-', 1)[-1]})"
        domain = slug.replace("-", "")[:40]
        provider = _Provider(
            slug=slug,
            name=name,
            kind=kind,
            home=home,
            region=region,
            domain=domain,
            phone=self._phone(home.province, business=kind not in ("huisartsenzorg",)),
            national=kind in _NATIONAL_KINDS and self.rng.random() < 0.005,
        )
        self.providers.append(provider)
        self.kind_in_region[(region, kind)].append(provider)
        self.kind_in_province[(home.province, kind)].append(provider)
        if kind == "cjg":
            self.cjg_of_region[region] = provider
        elif kind == "gemeente":
            self.gemeente_of[home.code] = provider

    def _phone(self, province: str, business: bool = True) -> str:
        rng = self.rng
        for _ in range(100):
            roll = rng.random()
            if business and roll < 0.08:
                prefix = rng.choice(["088", "085"])
                number = f"{prefix}-{rng.randint(1, 9)}{rng.randint(0, 999999):06d}"
            elif roll < 0.12:
                number = f"06-{rng.randint(1, 5)}{rng.randint(0, 9999999):07d}"
            else:
                area = rng.choice(AREA_CODES[province])
                digits = 10 - len(area)
                rest = rng.randint(0, 10 ** (digits - 1) - 1)
                number = f"{area}-{rng.randint(2, 9)}{rest:0{digits - 1}d}"
            if number not in self.phones:
                self.phones.add(number)
                return number
        raise RuntimeError("geen uniek telefoonnummer")

    # ------------------------------------------------------------------ counts

    def _distribute(self, total: int, minimum, weight_of) -> list[int]:
        """Split `total` over the providers: each its minimum if it fits, the rest by weight."""
        rng = self.rng
        providers = self.providers
        counts = [0] * len(providers)
        if not providers:
            return counts
        wanted = [minimum(p) for p in providers]
        if sum(wanted) <= total:
            counts = wanted[:]
        else:  # not enough for every minimum: one each in plan order, then the rest
            left = total
            for i in range(len(providers)):
                if left and wanted[i]:
                    counts[i], left = 1, left - 1
            for i in range(len(providers)):
                extra = min(left, wanted[i] - counts[i])
                counts[i] += extra
                left -= extra
            return counts
        weights = [weight_of(p) * rng.uniform(0.5, 2.0) for p in providers]
        for i in rng.choices(range(len(providers)), weights=weights, k=total - sum(counts)):
            counts[i] += 1
        return counts

    def counts(self) -> None:
        def min_locations(p: _Provider) -> int:
            if p.kind == "cjg":
                return len(self.regions[p.region])
            return 1

        def min_services(p: _Provider) -> int:
            return {"cjg": 2, "gemeente": 2}.get(p.kind, 1)

        for p, n in zip(
            self.providers,
            self._distribute(
                self.sizes.locaties, min_locations, lambda p: _LOCATION_WEIGHT[p.kind]
            ),
            strict=True,
        ):
            p.n_locations = n
        for p, n in zip(
            self.providers,
            self._distribute(self.sizes.diensten, min_services, lambda p: _SERVICE_WEIGHT[p.kind]),
            strict=True,
        ):
            p.n_services = n

    # ------------------------------------------------------------------ locations

    def locations(self) -> None:
        for provider in self.providers:
            used: set[str] = set()
            plan: list[tuple[str, _Muni]] = []
            region_munis = self.regions[provider.region]
            if provider.kind == "cjg":
                plan += [("cjg", m) for m in region_munis]
            elif provider.kind == "gemeente":
                plan.append(("gemeentehuis", provider.home))
            while len(plan) < provider.n_locations:
                kind = _weighted(self.rng, _LOCATION_KINDS[provider.kind])
                if provider.kind == "cjg" and not any(k == "online" for k, _ in plan):
                    kind = "online"
                muni = provider.home if self.rng.random() < 0.6 else self.rng.choice(region_munis)
                plan.append((kind, muni))
            for kind, muni in plan[: provider.n_locations]:
                self._add_location(provider, kind, muni, used)

    def _place(self, muni: _Muni) -> str:
        return muni.name

    def _postcode(self, muni: _Muni) -> str:
        rng = self.rng
        low, high = rng.choices(muni.ranges, weights=[h - lo + 1 for lo, h in muni.ranges])[0]
        letters = "ABCDEGHJKLMNPRSTVWXZ"
        while True:
            pair = rng.choice(letters) + rng.choice(letters)
            if pair not in ("SA", "SD", "SS"):
                return f"{rng.randint(low, high)} {pair}"

    def _coordinates(self, muni: _Muni) -> dict:
        rng = self.rng
        south, west, north, east = self.boxes[muni.province]
        lat = min(max(muni.center[0] + rng.uniform(-0.02, 0.02), south), north)
        lon = min(max(muni.center[1] + rng.uniform(-0.03, 0.03), west), east)
        return {"lat": round(lat, 5), "lon": round(lon, 5)}

    def _location_name(self, provider: _Provider, kind: str, muni: _Muni) -> str:
        rng = self.rng
        place = self._place(muni)
        return {
            "cjg": f"CJG {place}",
            "consultatiebureau": f"Consultatiebureau {place} {rng.choice(_WIJKEN)}",
            "inlooppunt": f"Inlooppunt {place} {rng.choice(_WIJKEN)}",
            "jip": f"JIP {place}",
            "school": f"{provider.name}, locatie {rng.choice(_STREET_NAMES)}",
            "peuterspeelzaal": f"Peuterspeelzaal {rng.choice(_WORDS)}",
            "praktijk": f"{provider.name}, praktijk {place}",
            "kantoor": f"{provider.name}, kantoor {place}",
            "gemeentehuis": f"Gemeentehuis {place}",
            "online": f"{provider.name} online",
        }[kind]

    def _add_location(self, provider: _Provider, kind: str, muni: _Muni, used: set[str]) -> None:
        rng = self.rng
        if kind == "online" and any(loc["soort"] == "online" for loc in provider.locations):
            kind = "kantoor"  # one online location per provider is enough
        name = self._location_name(provider, kind, muni)
        if provider.kind == "huisartsenzorg" and not provider.locations:
            name = provider.name
        names = {loc["naam"] for loc in provider.locations}
        base = name
        while name in names:  # two locations of one provider never share a name
            name = f"{base} {rng.choice(_WIJKEN)}"
        local = _unique(slugify(name.removeprefix(provider.name + ", "), 70), used)
        record: dict[str, Any] = {"id": local, "naam": name, "soort": kind}
        if rng.random() < 0.4:
            record["omschrijving"] = rng.choice(
                [
                    "Alleen op afspraak.",
                    "Loop gerust binnen tijdens de openingstijden.",
                    f"In het gebouw van {rng.choice(_WORDS)}, ingang aan de achterkant.",
                    "Hier vinden ook groepsbijeenkomsten plaats.",
                ]
            )
        if kind == "online":
            record["website"] = f"https://www.{provider.domain}.nl/online"
        else:
            number = rng.randint(1, 240)
            suffix = rng.choice(["", "", "", "", "a", "b", "-1"])
            record["adres"] = {
                "straat": f"{rng.choice(_STREET_NAMES)} {number}{suffix}",
                "postcode": self._postcode(muni),
                "plaats": self._place(muni),
            }
            record["coordinaten"] = self._coordinates(muni)
            record["gemeente"] = muni.code
        hours = _OPENING_HOURS.get(kind, _OPENING_HOURS["kantoor"])
        if kind != "online" or rng.random() < 0.6:
            record["openingstijden"] = _weighted(rng, hours)
        if rng.random() < 0.35:
            record["telefoon"] = self._phone(muni.province)
        if rng.random() < 0.15:
            record["email"] = f"{slugify(muni.name, 20).replace('-', '')}@{provider.domain}.nl"
        if kind != "online" and rng.random() < 0.5:
            record["toegankelijkheid"] = rng.choice(_ACCESSIBILITY)
        provider.locations.append(record)
        provider.location_munis.append(muni.code if kind != "online" else "")
        global_id = f"{provider.slug}/{local}"
        if kind != "online":
            self.locations_in[muni.code].append((global_id, kind))
        if kind == "cjg":
            self.cjg_location.setdefault(muni.code, global_id)

    # ------------------------------------------------------------------ services

    def services(self) -> None:
        for provider in self.providers:
            used = {loc["id"] for loc in provider.locations}
            templates = list(_SERVICES[provider.kind])
            first = templates[:2] if provider.kind in ("cjg", "gemeente") else []
            rest = templates[len(first) :]
            self.rng.shuffle(rest)
            order = first + rest
            for i in range(provider.n_services):
                template = order[i % len(order)]
                round_ = i // len(order)
                self._add_service(provider, template, round_, used)

    def _age(self, template: _Svc) -> dict | None:
        rng = self.rng
        if template.leeftijd is None or rng.random() < 0.08:
            return None
        low, high = template.leeftijd
        if isinstance(low, int) and rng.random() < 0.3:
            low = max(0, low + rng.choice([-1, 1, 2]))
        if isinstance(high, int) and rng.random() < 0.3:
            high = min(27, high + rng.choice([-1, 1, 2, 5]))
        if age_months(low) > age_months(high, upper=True):
            low, high = template.leeftijd
        return {"van": low, "tot": high}

    def _review_date(self) -> dt.date:
        rng = self.rng
        if rng.random() < 0.9:
            return self.today - dt.timedelta(days=rng.randint(0, 340))
        return self.today - dt.timedelta(days=rng.randint(380, 1100))

    def _add_service(self, provider: _Provider, t: _Svc, round_: int, used: set[str]) -> None:
        rng = self.rng
        name = t.naam
        codes = dict.fromkeys(c for c in provider.location_munis if c) or {provider.home.code: 0}
        places = [self.by_code[c] for c in codes]
        if round_:
            place = places[(round_ - 1) % len(places)].name
            name = f"{t.naam} {place}" if round_ <= len(places) else f"{t.naam} (groep {round_})"
        suffix = slugify(name.removeprefix(t.naam), 30) if round_ else ""
        local = _unique(f"{t.key}-{suffix}" if suffix else t.key, used)
        provider.service_keys.setdefault(t.key, local)
        themes = [x for x in t.themas if x in self.theme_set] or [self.themes[0]]
        if rng.random() < 0.1:
            extra = rng.choice(self.themes)
            if extra not in themes:
                themes.append(extra)
        record: dict[str, Any] = {
            "id": local,
            "naam": name,
            "omschrijving": self._service_text(t),
            "themas": themes,
            "doelgroep": list(t.doelgroep),
        }
        age = self._age(t)
        if age:
            record["leeftijd"] = age
        record["toegang"] = t.toegang
        if t.verwijzers:
            k = rng.randint(1, len(t.verwijzers))
            record["verwijzers"] = list(t.verwijzers[:k])
        funding = [f for f in t.financiering if f == t.financiering[0] or rng.random() < 0.7]
        record["financiering"] = funding
        record["uitvoering"] = list(t.uitvoering)
        refs = self._service_locations(provider)
        if refs:
            record["locaties"] = refs
        record["werkgebied"] = self._area(provider)
        record["talen"] = self._languages()
        if t.aanmelden or rng.random() < 0.5:
            record["aanmelden"] = t.aanmelden or rng.choice(
                [
                    "Bel of mail ons; u hoort binnen een week van ons.",
                    "Aanmelden kan via de website of telefonisch.",
                    "Vraag uw huisarts, jeugdarts of het CJG om een verwijzing.",
                    "Loop binnen tijdens de openingstijden.",
                ]
            )
        if rng.random() < 0.15:
            record["telefoon"] = self._phone(provider.home.province)
        if rng.random() < 0.15:
            record["email"] = f"{local[:20].strip('-')}@{provider.domain}.nl"
        if rng.random() < 0.2:
            record["website"] = f"https://www.{provider.domain}.nl/aanbod/{local}"
        roll = rng.random()
        if roll < 0.02:  # planned
            record["geldig_vanaf"] = dt.date(self.today.year + 1, rng.choice([1, 3, 9]), 1)
            record["status"] = "gepland"
        elif roll < 0.03:  # ended
            record["geldig_vanaf"] = dt.date(rng.randint(2015, 2020), 1, 1)
            record["geldig_tot"] = dt.date(self.today.year - 1, 12, 31)
            record["status"] = "beeindigd"
        elif roll < 0.2:
            record["geldig_vanaf"] = dt.date(
                rng.randint(2015, self.today.year), rng.randint(1, 12), 1
            )
            if record["geldig_vanaf"] > self.today:
                record["geldig_vanaf"] = dt.date(self.today.year, 1, 1)
            if rng.random() < 0.2:
                record["geldig_tot"] = dt.date(self.today.year + rng.randint(1, 3), 12, 31)
        if rng.random() < 0.1:
            record["laatst_gecontroleerd"] = self._review_date()
        provider.services.append(record)
        for code in [c for c in provider.location_munis if c] or [provider.home.code]:
            self.services_in[(code, t.key)].append(f"{provider.slug}/{local}")

    def _service_text(self, t: _Svc) -> str:
        rng = self.rng
        text = t.tekst
        if rng.random() < 0.5:
            text += " " + rng.choice(_EXTRA_SENTENCES)
        if rng.random() < 0.15:
            text += "\n\nWat u kunt verwachten:\n\n" + "\n".join(
                f"- {item};" for item in rng.choice(_LISTS)
            )
        return text

    def _service_locations(self, provider: _Provider) -> list[str]:
        rng = self.rng
        own = [loc["id"] for loc in provider.locations]
        refs: list[str] = []
        if own and rng.random() < 0.88:
            refs = rng.sample(own, min(len(own), rng.choice([1, 1, 1, 2, 2, 3])))
        if rng.random() < 0.04:
            nearby = [
                gid
                for gid, _kind in self.locations_in.get(provider.home.code, [])
                if not gid.startswith(provider.slug + "/")
            ]
            if nearby:
                refs.append(rng.choice(nearby))
        return refs

    def _area(self, provider: _Provider) -> list[str]:
        rng = self.rng
        if provider.national:
            return ["NL"]
        region = [m.code for m in self.regions[provider.region]]
        if provider.kind == "cjg":
            return region
        if provider.kind == "gemeente":
            return [provider.home.code]
        others = [c for c in region if c != provider.home.code]
        extra = rng.sample(others, rng.randint(0, len(others))) if others else []
        return [provider.home.code, *sorted(extra)]

    def _languages(self) -> list[str]:
        rng = self.rng
        roll = rng.random()
        if roll < 0.75:
            return ["nl"]
        if roll < 0.93:
            return ["nl", "en"]
        return ["nl", "en", *sorted(rng.sample(_LANGUAGES[1:], 2))]

    # ------------------------------------------------------------------ rendering

    def provider_files(self) -> dict[str, str]:
        files = {}
        bron = (
            f"Synthetische gegevens (wegwijzer.synthetic, seed {self.seed}): namen, adressen, "
            "coördinaten en telefoonnummers zijn verzonnen."
        )
        rng = self.rng
        for p in self.providers:
            text = _PROVIDER_TEXTS[p.kind].format(
                naam=p.name, plaats=p.home.name, regio=self._region_short(p.region)
            )
            if rng.random() < 0.6:
                text += " " + rng.choice(_EXTRA_SENTENCES)
            if rng.random() < 0.25:
                text += "\n\nWat wij doen:\n\n" + "\n".join(
                    f"- {item};" for item in rng.choice(_LISTS)
                )
            if rng.random() < 0.2:
                text += f"\n\nMeer informatie staat op [onze website](https://www.{p.domain}.nl)."
            data: dict[str, Any] = {
                "naam": p.name,
                "soort": p.kind,
                "omschrijving": text,
                "website": f"https://www.{p.domain}.nl",
            }
            if rng.random() < 0.8:
                data["email"] = f"info@{p.domain}.nl"
            data["telefoon"] = p.phone
            if rng.random() < 0.4:
                data["telefoon_toelichting"] = rng.choice(
                    [
                        "Op werkdagen van 8.30 tot 17.00 uur.",
                        "Bereikbaar op werkdagen tussen 9.00 en 12.30 uur.",
                        "Dag en nacht bereikbaar.",
                        "Voor vragen en aanmelden.",
                    ]
                )
            data["laatst_gecontroleerd"] = self._review_date()
            data["voorbeelddata"] = True
            data["bron"] = bron
            if p.locations:
                data["locaties"] = p.locations
            if p.services:
                data["diensten"] = p.services
            files[f"providers/{p.slug}.yaml"] = SCHEMA_LINE + "\n" + dump(data, spaced=True)
        return files

    def municipality_files(self) -> dict[str, str]:
        files = {}
        bron = f"Synthetische gegevens (wegwijzer.synthetic, seed {self.seed})."
        for muni in sorted(self.munis, key=lambda m: m.slug):
            data: dict[str, Any] = {
                "naam": muni.name,
                "cbs_code": muni.code,
                "provincie": muni.province,
                "jeugdregio": _region_id(muni.region),
                "postcodes": [f"{lo}" if lo == hi else f"{lo}-{hi}" for lo, hi in muni.ranges],
                "laatst_gecontroleerd": self._review_date(),
                "voorbeelddata": True,
                "bron": bron,
            }
            routes = self._routes(muni)
            if routes:
                data["routes"] = routes
            body = (
                f"Op deze pagina staat hoe ouders, jongeren en professionals in {muni.name} de "
                f"weg vinden naar hulp bij opgroeien en opvoeden. {muni.name} hoort bij de "
                f"jeugdregio {muni.region} in de provincie {muni.province}.\n\n"
                "Twijfelt u waar u moet beginnen? Bel dan het CJG: samen zoeken we uit wat "
                "past.\n"
            )
            text = "---\n" + GEMEENTE_SCHEMA_LINE + "\n" + dump(data) + "---\n\n" + body
            files[f"content/gemeenten/{muni.slug}.md"] = text
        regions = [
            {
                "id": _region_id(name),
                "naam": name,
                "gemeenten": [{"code": m.code, "naam": m.name} for m in members],
            }
            for name, members in self.regions.items()
        ]
        files["taxonomie/jeugdregios.yaml"] = (
            "# yaml-language-server: $schema=../schemas/regios.schema.json\n"
            + dump({"jeugdregios": regions})
        )
        return files

    # ------------------------------------------------------------------ routes

    def _any_ref(self, muni: _Muni) -> str | None:
        for provider in self.providers:
            if provider.home.code == muni.code:
                return provider.slug
        for provider in self.providers:
            if provider.region == muni.region:
                return provider.slug
        return self.providers[0].slug if self.providers else None

    def _service_ref(self, provider: _Provider | None, key: str) -> str | None:
        if provider and key in provider.service_keys:
            return f"{provider.slug}/{provider.service_keys[key]}"
        return None

    def _routes(self, muni: _Muni) -> list[dict]:
        rng = self.rng
        fallback = self._any_ref(muni)
        if fallback is None:
            return []
        cjg = self.cjg_of_region.get(muni.region)
        gemeente = self.gemeente_of.get(muni.code)
        cjg_entry = self.cjg_location.get(muni.code) or (cjg.slug if cjg else None)
        cjg_info = self._service_ref(cjg, "informatie-en-advies")
        toegang = self._service_ref(gemeente, "toegangsteam-jeugd")
        wijkteam = self._service_ref(gemeente, "wijkteam")
        jips = [
            gid
            for gid, kind in self.locations_in.get(muni.code, [])
            if kind in ("jip", "inlooppunt")
        ]
        poh = self.services_in.get((muni.code, "poh-jeugd"), [])
        gi = self.kind_in_province.get((muni.province, "gecertificeerde-instelling"), [])
        veilig = self.kind_in_region.get((muni.region, "veiligheid"), [])
        entry = cjg_entry or fallback
        access_now = toegang or (gemeente.slug if gemeente else None) or cjg_info or entry
        team = wijkteam or (gemeente.slug if gemeente else None) or entry

        def route(start: dt.date, end: dt.date | None, via_cjg: bool, extra_entry: bool) -> dict:
            who = (cjg_info or entry) if via_cjg else access_now
            first = [
                {
                    "wie": entry,
                    "toelichting": f"Voor vragen over opgroeien en opvoeden in {muni.name}; "
                    "zonder verwijzing.",
                }
            ]
            if extra_entry and jips:
                first.append(
                    {"wie": rng.choice(jips), "toelichting": "Inlooppunt en jongereninformatie."}
                )
            referrers: list[dict] = [
                {
                    "soort": "cjg" if via_cjg else "gemeente",
                    "wie": who,
                    "toelichting": "Na een gesprek over wat er nodig is.",
                },
                {"soort": "huisarts"},
            ]
            if poh and not via_cjg:
                referrers.append(
                    {
                        "soort": "poh-jeugd",
                        "wie": rng.choice(poh),
                        "toelichting": "Samen met de huisarts.",
                    }
                )
            referrers += [{"soort": "jeugdarts"}, {"soort": "medisch-specialist"}]
            if gi:
                referrers.append({"soort": "gecertificeerde-instelling", "wie": gi[0].slug})
            else:
                referrers.append({"soort": "gecertificeerde-instelling"})
            result: dict[str, Any] = {"geldig_vanaf": start}
            if end:
                result["geldig_tot"] = end
            result["samenvatting"] = (
                f"Ouders en jongeren in {muni.name} kunnen met elke vraag terecht bij het CJG. "
                + (
                    "Het CJG regelt ook de toegang tot gespecialiseerde jeugdhulp."
                    if via_cjg
                    else f"De gemeente {muni.name} regelt de toegang tot gespecialiseerde "
                    "jeugdhulp; huisarts, jeugdarts en medisch specialist verwijzen ook direct."
                )
            )
            result["eerste_aanspreekpunt"] = first
            result["toegang_specialistisch"] = [
                {
                    "wie": who,
                    "hoe": "Bespreekt met het gezin welke hulp nodig is en geeft de "
                    "beschikking af.",
                }
            ]
            result["verwijzers"] = referrers
            result["financiering"] = {
                "zorg_in_natura": "De gemeente koopt de hulp in; u regelt zelf niets.",
                "pgb": "Met een PGB koopt u de hulp zelf in; de SVB betaalt de hulpverlener.",
                "pgb_aanvragen_bij": (gemeente.slug if gemeente and not via_cjg else who),
            }
            safety: dict[str, Any] = {
                "toelichting": "Bij zorgen over de veiligheid van een kind belt u Veilig Thuis "
                "(0800-2000); bij direct gevaar 112. Het lokale team doet het casemanagement.",
            }
            safety["lokaal_team"] = veilig[0].slug if veilig and via_cjg else team
            result["veiligheid"] = safety
            steps = [
                {
                    "titel": "Vraag stellen",
                    "tekst": "U stelt uw vraag aan het CJG, de huisarts of de jeugdarts.",
                    "wie": entry,
                },
                {
                    "titel": "Samen kijken wat nodig is",
                    "tekst": "In een gesprek bespreekt u wat er speelt en wat al helpt.",
                },
                {
                    "titel": "Hulp regelen",
                    "tekst": "Is meer hulp nodig, dan regelt de toegang een beschikking.",
                    "wie": who,
                },
            ]
            if rng.random() < 0.5:
                steps.append(
                    {
                        "titel": "Evaluatie",
                        "tekst": "Na een paar maanden kijkt u samen of de hulp werkt.",
                    }
                )
            result["stappen"] = steps
            contacts = [ref for ref in (entry, who, gemeente.slug if gemeente else None) if ref]
            result["contacten"] = list(dict.fromkeys(contacts))
            return result

        roll = rng.random()
        if roll < 0.25:  # the 2017 change: access moved from the CJG to the municipality
            return [
                route(dt.date(2017, 1, 1), None, False, True),
                route(dt.date(2015, 1, 1), dt.date(2016, 12, 31), True, False),
            ]
        if roll < 0.33:  # two changes (2017, 2018)
            return [
                route(dt.date(2018, 1, 1), None, False, True),
                route(dt.date(2017, 1, 1), dt.date(2017, 12, 31), False, False),
                route(dt.date(2015, 1, 1), dt.date(2016, 12, 31), True, False),
            ]
        return [route(dt.date(2015, 1, 1), None, rng.random() < 0.2, rng.random() < 0.5)]

    # ------------------------------------------------------------------ handbook

    def handbook(self, sources: dict[str, str]) -> dict[str, str]:
        """The repository's handbook pages with every `[[reference]]` pointing at a synthetic
        record of the same shape: a provider for `[[aanbieder]]`, a current service for
        `[[aanbieder/id]]` (a label after `|` is kept). Without records, the label stays."""
        providers = [p.slug for p in self.providers]
        services = [
            f"{p.slug}/{svc['id']}"
            for p in self.providers
            for svc in p.services
            if not ({"status", "geldig_tot"} & set(svc))
            and svc.get("geldig_vanaf", dt.date.min) <= self.today
        ]
        chosen: dict[str, str | None] = {}

        def replace(match: re.Match) -> str:
            ref, bar, label = match.group(1).partition("|")
            ref = ref.strip()
            if ref not in chosen:
                pool = services if "/" in ref else providers
                chosen[ref] = pool[(len(chosen) * 7919) % len(pool)] if pool else None
            target = chosen[ref]
            if target is None:
                return label.strip() or ref
            return f"[[{target}{bar}{label}]]"

        return {path: _REFERENCE.sub(replace, text) for path, text in sorted(sources.items())}

    # ------------------------------------------------------------------ all

    def run(self) -> dict[str, str]:
        self._used_muni_slugs = set()
        self.municipalities()
        self.provider_plan()
        self.counts()
        self.locations()
        self.services()
        files = self.provider_files()
        files.update(self.municipality_files())
        return files


_REFERENCE = re.compile(
    r"\[\[([a-z0-9]+(?:-[a-z0-9]+)*(?:/[a-z0-9]+(?:-[a-z0-9]+)*)?(?:\|[^\[\]\n]*)?)\]\]"
)

# --------------------------------------------------------------------------- YAML writer

_PLAIN = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ][^\n#:\"'`]*\Z")
_FLOW_UNSAFE = re.compile(r"[,\[\]{}]")
_URL = re.compile(r"https?://[^\s#,\[\]{}\"'`]+\Z")
_YAML11_WORDS = {"yes", "no", "on", "off", "y", "n", "true", "false", "null"}


def scalar(value: Any, flow: bool = False) -> str:
    """One scalar in a form every YAML reader reads back as the same value and type."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value)
    plain = (
        (_PLAIN.match(text) or _URL.match(text))
        and text == text.strip()
        and text.lower() not in _YAML11_WORDS
        and not (flow and _FLOW_UNSAFE.search(text))
        and resolve_plain(text) == text
    )
    return text if plain else json.dumps(text, ensure_ascii=False)


def _is_scalar(value: Any) -> bool:
    return not isinstance(value, dict | list)


def _block(text: str, pad: str) -> list[str]:
    lines = []
    for paragraph in text.split("\n"):
        if not paragraph:
            lines.append("")
        elif paragraph.startswith("- "):
            lines.append(pad + paragraph)
        else:
            lines += [
                pad + line
                for line in textwrap.wrap(
                    paragraph, 88, break_long_words=False, break_on_hyphens=False
                )
            ]
    return lines


def _mapping(data: dict, indent: int, spaced: bool) -> list[str]:
    pad = " " * indent
    out: list[str] = []
    for key, value in data.items():
        if isinstance(value, str) and "\n" in value:
            out.append(f"{pad}{key}: |")
            out += _block(value, pad + "  ")
        elif isinstance(value, str) and len(value) > 100 and " " in value:
            out.append(f"{pad}{key}: >-")
            out += _block(value, pad + "  ")
        elif _is_scalar(value):
            out.append(f"{pad}{key}: {scalar(value)}")
        elif isinstance(value, dict):
            out.append(f"{pad}{key}:")
            out += _mapping(value, indent + 2, False)
        elif all(_is_scalar(v) for v in value):
            flow = f"{pad}{key}: [{', '.join(scalar(v, flow=True) for v in value)}]"
            if len(flow) <= 100:
                out.append(flow)
            else:
                out.append(f"{pad}{key}:")
                out += [f"{pad}  - {scalar(v)}" for v in value]
        else:
            if spaced:
                out.append("")
            out.append(f"{pad}{key}:")
            for i, item in enumerate(value):
                if spaced and i:
                    out.append("")
                lines = _mapping(item, indent + 4, False)
                lines[0] = f"{pad}  - {lines[0].lstrip()}"
                out += lines
    return out


def dump(data: dict, spaced: bool = False) -> str:
    """YAML for a record: block mappings, flow lists of scalars, `|` for Markdown text."""
    return "\n".join(_mapping(data, 0, spaced)) + "\n"


# --------------------------------------------------------------------------- repository


def taxonomy_ids(text: str) -> list[str]:
    data = yaml.safe_load(text) or {}
    return [t["id"] for t in data.get("themas", []) if isinstance(t, dict) and "id" in t]


def records(
    sizes: Sizes,
    seed: int = 0,
    today: dt.date = REFERENCE_DATE,
    themes=None,
    handbook: dict[str, str] | None = None,
) -> dict[str, str]:
    """The generated files, `{repository path: text}`: a pure function of its arguments.

    Record files always; with `handbook` (`{path: Markdown}` of the real handbook pages)
    also those pages with their record references pointed at synthetic records.
    """
    if themes is None:
        themes = taxonomy_ids((REPO / "taxonomie" / "themas.yaml").read_text("utf-8"))
    generator = _Generator(sizes, seed, today, list(themes))
    files = generator.run()
    if handbook:
        files.update(generator.handbook(handbook))
    return files


def _copy_tree(src: Path, dest: Path, skip) -> None:
    for path in sorted(src.rglob("*")):
        rel = path.relative_to(src)
        if skip(rel) or path.is_dir():
            continue
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)


def _region_id(name: str) -> str:
    """The id of a synthetic region in taxonomie/jeugdregios.yaml."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")


def write_repository(
    dest: Path,
    sizes: Sizes,
    seed: int = 0,
    today: dt.date = REFERENCE_DATE,
    source: Path = REPO,
    overwrite: bool = False,
) -> dict[str, int]:
    """Write a complete synthetic repository into `dest`; returns counts for a summary."""
    dest, source = Path(dest), Path(source)
    if dest.exists() and any(dest.iterdir()):
        if not (dest / MARKER).exists():
            raise FileExistsError(
                f"{dest} is niet leeg en geen synthetische set; kies een lege map"
            )
        if not overwrite:
            raise FileExistsError(f"{dest} bestaat al; gebruik --overschrijf")
        for child in sorted(dest.iterdir()):
            if child.is_symlink() or child.is_file():
                child.unlink()
            else:
                shutil.rmtree(child)
    dest.mkdir(parents=True, exist_ok=True)
    taxonomy = (source / "taxonomie" / "themas.yaml").read_text("utf-8")
    handbook_dir = source / "content" / "handboek"
    handbook = {
        path.relative_to(source).as_posix(): path.read_text("utf-8")
        for path in sorted(handbook_dir.rglob("*.md") if handbook_dir.is_dir() else [])
    }
    files = records(sizes, seed, today, taxonomy_ids(taxonomy), handbook)
    files["taxonomie/themas.yaml"] = taxonomy
    for name in COPIED:
        if (source / name).is_dir():
            _copy_tree(source / name, dest / name, lambda rel: "__pycache__" in rel.parts)
    shutil.copyfile(source / "mkdocs.yml", dest / "mkdocs.yml")

    def skip_content(rel: Path) -> bool:
        parts = rel.parts
        if parts[0] == "handboek" and rel.suffix == ".md":
            return True  # rewritten by records()
        return parts[0] == "gemeenten" and rel.suffix == ".md" and rel.name != "index.md"

    if (source / "content").is_dir():
        _copy_tree(source / "content", dest / "content", skip_content)
    for rel, text in sorted(files.items()):
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(text.encode("utf-8"))
    modules = source / "node_modules"
    if modules.exists() and not (dest / "node_modules").exists():
        (dest / "node_modules").symlink_to(modules.resolve(), target_is_directory=True)
    (dest / MARKER).write_text(
        f"Synthetische set: {sizes}, seed {seed}, datum {today.isoformat()}.\n", "utf-8"
    )
    return {
        "bestanden": len(files),
        "bytes": sum(len(t.encode("utf-8")) for t in files.values()),
    }


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m wegwijzer.synthetic",
        description="Maak een synthetische Wegwijzer-repository (voor benchmarks en tests).",
    )
    parser.add_argument("dest", type=Path, help="doelmap (leeg, of een eerdere synthetische set)")
    parser.add_argument(
        "--schaal",
        help="1k, 10k, nl (342 gemeenten, 5000 aanbieders, 20000 diensten, 10000 locaties) "
        "of een aantal records; de losse aantallen hieronder gaan voor",
    )
    parser.add_argument("--gemeenten", type=int)
    parser.add_argument("--aanbieders", type=int)
    parser.add_argument("--diensten", type=int)
    parser.add_argument("--locaties", type=int)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--datum",
        type=dt.date.fromisoformat,
        default=REFERENCE_DATE,
        help=f"peildatum voor laatst_gecontroleerd (standaard {REFERENCE_DATE})",
    )
    parser.add_argument("--bron", type=Path, default=REPO, help="repository om uit te kopiëren")
    parser.add_argument("--overschrijf", action="store_true", help="vervang een eerdere set")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        base = parse_scale(args.schaal) if args.schaal else scaled(1000)
        sizes = Sizes(
            gemeenten=args.gemeenten if args.gemeenten is not None else base.gemeenten,
            aanbieders=args.aanbieders if args.aanbieders is not None else base.aanbieders,
            diensten=args.diensten if args.diensten is not None else base.diensten,
            locaties=args.locaties if args.locaties is not None else base.locaties,
        )
        summary = write_repository(
            args.dest, sizes, args.seed, args.datum, args.bron, args.overschrijf
        )
    except (ValueError, FileExistsError) as err:
        print(f"fout: {err}", file=sys.stderr)
        return 2
    mb = summary["bytes"] / 1e6
    print(f"{args.dest}: {sizes}; {summary['bestanden']} recordbestanden, {mb:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())

__all__ = [
    "NATIONAL",
    "REFERENCE_DATE",
    "Sizes",
    "dump",
    "main",
    "parse_scale",
    "records",
    "scaled",
    "write_repository",
]
