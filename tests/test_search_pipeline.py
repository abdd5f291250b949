"""The Dutch search pipeline: Python (lunr.py, build time) and lunr.js 2.3.9 + lunr-languages
(browser) must make the same tokens of every text and the same result list of every query.

The JavaScript side runs in node: tests/js/stem_words.cjs and tests/js/query_index.cjs load
lunr, lunr-languages and overrides/assets/javascripts/zoek-pipeline.js from this repository.
"""

from __future__ import annotations

import itertools
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from lunr.builder import Builder
from lunr.index import Index

from wegwijzer.search import pipeline as sp
from wegwijzer.search.collection import CollectionIndex
from wegwijzer.search.unpack import ALL, unpack

ROOT = Path(__file__).resolve().parent.parent
NL_JS = ROOT / "node_modules" / "lunr-languages" / "lunr.nl.js"

# Domain words (jeugdhulp, CJG, onderwijs, zorg) and general Dutch, inflected forms included.
DOMAIN_WORDS = """
ouders ouder oudere ouderen ouderschap ouderlijk ouderlijke opvoeden opvoeding opvoedingen
opvoedkundig opvoedkundige opvoeder opvoeders opgroeien opgroeiend opgegroeid echtscheiding
echtscheidingen scheiding scheidingen gescheiden scheiden jeugdhulp jeugdhulpaanbieder
jeugdhulpaanbieders jeugdgezondheidszorg jeugdzorg jeugdarts jeugdartsen jeugdverpleegkundige
jeugdverpleegkundigen jeugdwet jeugdregio jeugdige jeugdigen jeugdpreventie jeugdbescherming
kinderen kind kinds kinderopvang kinderpsycholoog kinderpsychologen kinderarts kindermishandeling
kindcentrum jongeren jongere jong jonge jongens meisjes baby baby's peuter peuters kleuter
kleuters puber pubers tieners één eén geïnteresseerd geïnteresseerde naïef naïeve coördinator
coördinatie coöperatie reëel financiële ideeën privé café cafés consultatiebureau
consultatiebureaus peuterspeelzaal peuterspeelzalen schoolmaatschappelijk
schoolmaatschappelijke huisarts huisartsen huisartsenpraktijk huisartsenzorg verwijzing
verwijzingen verwijzen verwijst verwezen doorverwijzing beschikking beschikkingen toegang
toegankelijk vrij vrijwillig vrijwilliger vrijwilligers vrijwilligerswerk gemeente gemeenten
gemeentelijk gemeentelijke wijkteam wijkteams gezinscoach gezinscoaches gezin gezinnen
gezinsbegeleiding begeleiding begeleider begeleiders behandeling behandelingen behandelaar
ondersteuning ondersteunen ondersteunt hulpverlening hulpverlener hulpverleners hulpvraag
hulpvragen hulp helpen geholpen zorg zorgen zorgverlener zorgverleners zorgroute zorgroutes
zorgverzekeringswet persoonsgebonden budget natura pgb geestelijke gezondheidszorg ggz
psychische psychisch psycholoog psychologen psychiater orthopedagoog orthopedagogen
ontwikkeling ontwikkelingen ontwikkelingsachterstand ontwikkelen ontwikkelt autisme adhd
dyslexie angst angsten somberheid depressie verslaving verslavingszorg huiselijk geweld
mishandeling veiligheid veilig veiligheidsroute meldpunt melding meldingen advies adviezen
adviseren informatie inloopspreekuur spreekuur spreekuren opvoedspreekuur cursus cursussen
training trainingen groepstraining voorlichting voorschoolse vroegschoolse educatie onderwijs
school scholen basisschool basisscholen leerling leerlingen leerkracht leerkrachten
leerplicht leerplichtambtenaar passend zorgplicht samenwerkingsverband intern begeleider
logopedie logopedist fysiotherapie diëtist dietist voeding borstvoeding vaccinatie vaccinaties
inenting inentingen groei groeien gewicht overgewicht slapen slaap huilen zwangerschap
zwanger prenataal kraamzorg verloskundige verloskundigen geboorte pleegzorg pleeggezin
pleegouders gezinshuis residentieel ambulant ambulante crisis crisisdienst spoedeisend
gecertificeerde instelling instellingen kinderbeschermingsmaatregel ondertoezichtstelling
voogdij raad rechter rechtbank mediation omgangsregeling ouderschapsplan bemiddeling
mantelzorg mantelzorger respijtzorg dagbesteding logeeropvang wachtlijst wachtlijsten
wachttijd aanmelden aanmelding intake afspraak afspraken bereikbaar bereikbaarheid openingstijden
locatie locaties adres postcode telefoon telefoonnummer website contact contactgegevens
medewerker medewerkers professional professionals praktijkondersteuner poh centrum centra
jeugd gezinnen stein venlo lelystad zoetermeer haarlem velsen beverwijk heemskerk
westelijke mijnstreek zuid-kennemerland ijmond ijmuiden 's-hertogenbosch sittard-geleen
"""

GENERAL_WORDS = """
de het een en van in op te dat die is niet met voor aan zijn er maar om ook als bij dan
nog wel naar uit kan door over tot dit wordt worden werd waren heeft hebben had moet moeten
mogelijk mogelijkheid mogelijkheden mogelijke lichamelijk lichamelijke vrijheid vrijheden
gelijkheid gezondheid gezond gezonde schoonheid waarheid eenheid eenheden overheid
overheden tijd tijden tijdelijk tijdelijke dag dagen dagelijks week weken maand maanden jaar
jaren uur uren leeftijd leeftijden oud oude nieuw nieuwe groot grote klein kleine kleiner
kleinste goed goede beter best slecht slechte snel snelle sneller langzaam lang lange kort
korte hoog hoge laag lage makkelijk moeilijk moeilijke moeilijkheden belangrijk belangrijke
duidelijk duidelijke eigen eigenlijk natuurlijk waarschijnlijk verschillend verschillende
verschil verschillen huis huizen huizenblok woning woningen straat straten stad steden dorp
dorpen land landen wereld water waterig vuur boom bomen bloem bloemen dier dieren hond honden
kat katten vogel vogels auto auto's fiets fietsen fietser fietsers trein treinen bus bussen
lopen loopt liep gelopen werken werkt werkte gewerkt werkend werknemer werknemers werkgever
maken maakt maakte gemaakt maak zeggen zegt zei gezegd gaan gaat ging gegaan komen komt kwam
gekomen zien ziet zag gezien weten weet wist geweten denken denkt dacht gedacht vinden vindt
vond gevonden geven geeft gaf gegeven nemen neemt nam genomen houden houdt hield gehouden
spelen speelt speelde gespeeld speelgoed leren leert leerde geleerd lezen leest las gelezen
schrijven schrijft schreef geschreven rekenen taal talen nederlands engels arabisch turks
pools eten drinken koken boodschappen betalen betaling betalingen kosten gratis eigen
bijdrage verzekering verzekeraar zorgverzekeraar vergoeding vergoedingen kennis kennissen
vriend vrienden vriendin vriendinnen familie families broer broers zus zussen moeder moeders
vader vaders opa oma grootouders buren buurt buurten wijk wijken samenleving maatschappij
maatschappelijk maatschappelijke vereniging verenigingen stichting stichtingen bedrijf
bedrijven organisatie organisaties gebouw gebouwen ruimte ruimtes kamer kamers deur deuren
raam ramen tafel tafels stoel stoelen boek boeken brief brieven vraag vragen antwoord
antwoorden probleem problemen oplossing oplossingen plan plannen doel doelen resultaat
resultaten ervaring ervaringen verhaal verhalen nieuws bericht berichten rapport rapporten
verbetering verbeteringen verandering veranderingen veranderen verandert vrijheid
ziekenhuis ziekenhuizen ziekte ziekten ziek zieke patiënt patiënten cliënt cliënten
zeeën knieën Ĳssel ijs ijsje yoghurt yoga haai kaai mooi mooie mooiste gooien gooit
zitten zittend bakken bakker bakkerij bedden bed redden gered heden verleden toekomst
hedendaags goedheid goedheden wijsheid wijsheden baarmoeder eetbaar eetbare zichtbaar
zichtbare bereikbare betaalbaar betaalbare leesbaar lijkt gelijk vergelijkbaar ingang
uitgang richting richtingen lening leningen koning koningen woensdag donderdag zaterdag
zondag maandag dinsdag vrijdag januari februari december zomer winter lente herfst
2015 2017 1-1-2018 0800-2000 112 gm0882 1234ab 3c
"""

WORDS = sorted(set(DOMAIN_WORDS.split()) | set(GENERAL_WORDS.split()))


def _suffix_words() -> list[str]:
    """Stems x suffixes: every branch of the snowball suffix rules, some with accents."""
    stems = ["ouder", "kind", "opvoed", "zorg", "maat", "raad", "gezond", "scheid", "bied",
             "aap", "vuur", "dijk", "yoga", "kaai", "mooi", "zitt", "bakk", "geïnteress", "één"]  # fmt: skip
    suffixes = ["", "en", "ene", "se", "s", "heden", "heid", "end", "ig", "ing", "lijk", "baar",
                "bar", "e", "igheid", "ingen", "gem", "gemen", "ij", "ieden"]  # fmt: skip
    return sorted({a + b + c for a, b, c in itertools.product(stems, suffixes, suffixes)})


TEXTS = [
    "Hulp bij echtscheiding (ouders) – één plan, één gezin.",
    "Vanaf 1-1-2017 regelt de gemeente zelf de toegang tot de gespecialiseerde jeugdhulp.",
    "Het CJG Westelijke Mijnstreek: informatie en advies (baliefunctie), jeugdgezondheidszorg.",
    "POH-Jeugd-GGZ/ kinderpsycholoog; huisartsen verwijzen door naar 's-Hertogenbosch café.",
    "Geïnteresseerd? Bel 0800-2000 of 112 — bij spoed!  Tabs\tand\nnewlines\u00a0nbsp\u2003em.",
    "Lelystad: CJG voor -9 maanden tot 23 jaar; peuterspeelzalen & consultatiebureaus.",
    "Schoolmaatschappelijk werk… “aanhalingstekens” «guillemets» ‘enkel’ [haken] {accolades}",
    "Ĳsselmeer İstanbul straße ﬁets ΣΟΦΟΣ kinderen—jongeren ** * ?",
]


def _node() -> str:
    node = shutil.which("node")
    assert node, "node (20 of nieuwer) is nodig voor de tests van de zoekpijplijn"
    assert (ROOT / "node_modules" / "lunr").is_dir(), "draai eerst npm ci (lunr, lunr-languages)"
    return node


def _run_node(script: str, payload: dict):
    result = subprocess.run(
        [_node(), str(ROOT / "tests" / "js" / script)],
        cwd=ROOT,
        input=json.dumps(payload),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    return json.loads(result.stdout)


TRIM_CASES = [
    ("één", "één"),
    ("(ouders)", "ouders"),
    ("'s-Hertogenbosch", "s-Hertogenbosch"),
    ("café.", "café"),
    ("geïnteresseerd?", "geïnteresseerd"),
    ("«0800»", "0800"),
    ("–", ""),
]


@pytest.fixture(scope="module")
def js_words():
    words = WORDS + _suffix_words() + [raw for raw, _ in TRIM_CASES]
    return words, _run_node("stem_words.cjs", {"words": words, "texts": TEXTS})


# --- trimmer, stop words, stemmer ---------------------------------------------------------------


def test_word_list_is_large_enough():
    assert len(WORDS) >= 300


@pytest.mark.parametrize(("raw", "expected"), TRIM_CASES)
def test_trimmer_keeps_diacritics_and_digits(raw, expected):
    assert sp.trim(raw) == expected


def test_trimmer_matches_lunr_js(js_words):
    words, js = js_words
    trimmed = dict(zip(words, js["trim"], strict=True))
    assert [trimmed[raw] for raw, _ in TRIM_CASES] == [expected for _, expected in TRIM_CASES]
    assert [w for w in words if sp.trim(w) != trimmed[w]] == []


def test_stop_words_are_those_of_lunr_nl_js():
    source = NL_JS.read_text("utf-8")
    words = re.search(r"generateStopWordFilter\('([^']*)'\.split\(' '\)\)", source).group(1)
    assert frozenset(words.split(" ")) == sp.STOP_WORDS
    assert "" in sp.STOP_WORDS  # the list starts with a space: emptied tokens are dropped


def test_stems_match_lunr_js(js_words):
    words, js = js_words
    assert len(words) > 3000
    mismatches = [
        (word, expected, sp.stem(word))
        for word, expected in zip(words, js["stem"], strict=True)
        if sp.stem(word) != expected
    ]
    assert mismatches == []


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("ouders", "ouder"),
        ("ouder", "ouder"),
        ("opvoeding", "opvoed"),
        ("opvoeden", "opvoed"),
        ("echtscheiding", "echtscheid"),
        ("kinderen", "kinder"),
        ("één", "een"),
        ("geïnteresseerd", "geinteresseerd"),
        ("mogelijkheden", "mogelijk"),
        ("maak", "mak"),
    ],
)
def test_stem_examples(word, expected):
    assert sp.stem(word) == expected


def test_tokens_match_lunr_js_pipeline(js_words):
    _, js = js_words
    for text, lunr_pipeline, browser in zip(TEXTS, js["pipeline"], js["tokens"], strict=True):
        assert sp.tokens(text) == browser, text
        assert sp.tokens(text) == lunr_pipeline, text  # lunr.tokenizer + lunr.nl pipeline


def test_tokens_example():
    assert sp.tokens("Hulp bij echtscheiding (ouders) – één plan") == [
        "hulp",
        "echtscheid",
        "ouder",
        "een",
        "plan",
    ]
    assert sp.tokens(None) == []
    assert sp.tokens(["Jeugdhulp", "zorg in natura"]) == ["jeugdhulp", "zorg", "natura"]


def test_emoji_separate_words():
    # lunr.js would keep "ouder😀kind"; see the tokenizer note in search/pipeline.py.
    assert sp.tokens("ouder😀kind 👶baby") == ["ouder", "kind", "baby"]


def test_pipeline_functions_are_registered_under_lunr_js_labels():
    from lunr.pipeline import Pipeline

    for label in ("trimmer-nl", "stopWordFilter-nl", "stemmer-nl"):
        assert label in Pipeline.registered_functions
    pipeline = Pipeline.load(["trimmer-nl", "stopWordFilter-nl", "stemmer-nl"])
    assert pipeline.run_string("(opvoeding)") == ["opvoed"]
    assert pipeline.run_string("onder") == []
    assert pipeline.run_string("–") == []


# --- index --------------------------------------------------------------------------------------

DOCS = [
    {"id": "cjg-stein/opvoedspreekuur", "naam": "Opvoedspreekuur",
     "beschrijving": "Vragen over opvoeden en opgroeien? Ouders kunnen zonder verwijzing terecht "
                     "bij het CJG.",
     "themas": ["opvoeding", "opgroeien"], "gemeente": "Stein"},
    {"id": "cjg-stein/scheiding", "naam": "Kinderen en echtscheiding",
     "beschrijving": "Groepstraining voor kinderen van gescheiden ouders.",
     "themas": ["echtscheiding", "scheiding"], "gemeente": "Stein"},
    {"id": "ggd-zl/consultatiebureau", "naam": "Consultatiebureau",
     "beschrijving": "Jeugdgezondheidszorg voor kinderen van 0 tot 4 jaar: groei, ontwikkeling "
                     "en vaccinaties.",
     "themas": ["jeugdgezondheidszorg"], "gemeente": "Sittard-Geleen"},
    {"id": "ggd-zl/jeugdarts", "naam": "Jeugdarts op school",
     "beschrijving": "De jeugdarts ziet kinderen en jongeren op school; de jeugdverpleegkundige "
                     "ook.",
     "themas": ["jeugdgezondheidszorg", "onderwijs"], "gemeente": "Beek"},
    {"id": "venlo/wijkteam", "naam": "Wijkteam Venlo",
     "beschrijving": "Eén loket voor jeugdhulp, Wmo en schulden. Eén gezin, één plan.",
     "themas": ["jeugdhulp"], "gemeente": "Venlo"},
    {"id": "lelystad/cjg", "naam": "CJG Lelystad",
     "beschrijving": "Voor ouders en jongeren van -9 maanden tot 23 jaar.",
     "themas": ["opvoeding", "jeugdgezondheidszorg"], "gemeente": "Lelystad"},
    {"id": "huisarts/poh-jeugd", "naam": "POH-jeugd bij de huisarts",
     "beschrijving": "De praktijkondersteuner jeugd helpt bij lichte psychische klachten; "
                     "huisartsen verwijzen door.",
     "themas": ["ggz", "verwijzing"], "gemeente": "Stein"},
    {"id": "school/smw", "naam": "Schoolmaatschappelijk werk",
     "beschrijving": "Schoolmaatschappelijk werkers ondersteunen leerlingen en ouders bij "
                     "problemen thuis of op school.",
     "themas": ["onderwijs"], "gemeente": "Zoetermeer"},
    {"id": "peuters/speelzaal", "naam": "Peuterspeelzalen",
     "beschrijving": "Peuterspeelzalen en voorschoolse educatie voor peuters van 2 tot 4 jaar.",
     "themas": ["onderwijs", "opgroeien"], "gemeente": "Zoetermeer"},
    {"id": "veilig-thuis/advies", "naam": "Veilig Thuis",
     "beschrijving": "Advies- en meldpunt huiselijk geweld en kindermishandeling. Bel 0800-2000.",
     "themas": ["veiligheid"], "gemeente": "Stein"},
    {"id": "vrijwilligers/home-start", "naam": "Home-Start",
     "beschrijving": "Vrijwilligers bieden ouders van jonge kinderen steun en praktische hulp.",
     "themas": ["opvoeding"], "gemeente": "Haarlem"},
    {"id": "ggz/kinderpsycholoog", "naam": "Kinderpsycholoog",
     "beschrijving": "Behandeling van kinderen met angst of somberheid, met verwijzing van "
                     "huisarts of jeugdarts.",
     "themas": ["ggz"], "gemeente": "Stein"},
    {"id": "opvoedpoli/ouder", "naam": "Cursus",
     "beschrijving": "Voor een ouder die geïnteresseerd is in positief opvoeden.",
     "themas": ["opvoeding"], "gemeente": "Velsen"},
    {"id": "pgb/loket", "naam": "PGB-loket",
     "beschrijving": "Informatie over het persoonsgebonden budget en zorg in natura voor "
                     "jeugdhulp.",
     "themas": ["financiering"], "gemeente": "Beverwijk"},
    {"id": "cafe/ouders", "naam": "Opvoedcafé",
     "beschrijving": "Ouders ontmoeten elkaar in het café en praten over de opvoeding van pubers.",
     "themas": ["opvoeding"], "gemeente": "Heemskerk"},
]  # fmt: skip
FIELDS = [
    {"field_name": "naam", "boost": 5},
    "beschrijving",
    {"field_name": "themas", "boost": 2},
    "gemeente",
]
QUERIES = [
    "ouders",
    "opvoed",
    "echtscheidng",
    "jeugdgezondheidszorg",
    "één",
    "kinderen",
    "huisarts verwijzing",
    "peuterspeelzaal",
    "schoolmaatschappelijk",
    "0800",
    "onder",
    "geinteresseerd",
    "café",
    "opvoedi",
    "consultatie",
    "jeugdhlp",
    "hulp bij scheiding",
    "Kinderpsycholoog!",
    "pgb zorg in natura",
    "'s-Hertogenbosch",
    "de",
    "—",
    "",
]


@pytest.fixture(scope="module")
def index() -> dict:
    return json.loads(json.dumps(sp.build_index(DOCS, "id", FIELDS)))


@pytest.fixture(scope="module")
def js_results(index):
    return _run_node("query_index.cjs", {"index": index, "queries": QUERIES})


def test_serialized_index_loads_with_the_nl_search_pipeline(index):
    assert index["version"] == "2.3.9"
    assert index["pipeline"] == ["stemmer-nl"]
    assert index["fields"] == ["naam", "beschrijving", "themas", "gemeente"]
    terms = [term for term, _ in index["invertedIndex"]]
    assert "een" in terms and "opvoed" in terms and "echtscheid" in terms
    assert "" not in terms and "bij" not in terms
    assert Index.load(index).pipeline.serialize() == ["stemmer-nl"]


def test_fast_builder_equals_lunr_py_builder():
    # lunr.py's own Builder with the registered functions (its tokenizer agrees on plain text).
    docs = [
        {"id": doc["id"], "naam": doc["naam"], "tekst": doc["beschrijving"] + " " + doc["naam"]}
        for doc in DOCS
    ]
    docs[3]["tekst"] = ""
    builder = Builder()
    builder.pipeline.add(sp.trimmer, sp.stop_word_filter, sp.stemmer)
    builder.search_pipeline.add(sp.stemmer)
    builder.ref("id")
    builder.field("naam", boost=3)
    builder.field("tekst")
    for doc in docs:
        builder.add(doc, attributes={"boost": 2} if doc["id"].startswith("ggz") else None)
    expected = json.loads(json.dumps(builder.build().serialize()))

    fast = sp._DutchBuilder()
    fast.search_pipeline.add(sp.stemmer)
    fast.ref("id")
    fast.field("naam", boost=3)
    fast.field("tekst")
    for doc in docs:
        fast.add(doc, attributes={"boost": 2} if doc["id"].startswith("ggz") else None)
    assert json.loads(json.dumps(fast.build().serialize())) == expected


def test_build_index_edge_cases():
    empty = sp.build_index([], "id", ["naam"])
    assert empty["invertedIndex"] == [] and empty["fieldVectors"] == []
    assert sp.search(empty, "ouders") == []
    no_text = sp.build_index([{"id": "a"}, {"id": "b", "naam": None}], "id", ["naam"])
    assert sp.search(no_text, "ouders") == []
    with pytest.raises(ValueError, match="dubbele ref"):
        sp.build_index([{"id": "a"}, {"id": "a"}], "id", ["naam"])


def _rounded(results):
    return [(ref, round(score, 3)) for ref, score in results]


@pytest.mark.parametrize("position", range(len(QUERIES)))
def test_query_results_match_lunr_js(position, index, js_results):
    query = QUERIES[position]
    js = js_results[position]
    python = sp.search(index, query)
    assert _rounded(python) == [(r["ref"], round(r["score"], 3)) for r in js["results"]], query
    clauses = [
        {"editDistance" if key == "edit_distance" else key: value for key, value in c.items()}
        for c in sp.query_clauses(query)
    ]
    assert clauses == js["clauses"], query


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("ouders", "opvoedpoli/ouder"),  # only "ouder" in that document
        ("opvoed", "cjg-stein/opvoedspreekuur"),  # prefix while typing
        ("echtscheidng", "cjg-stein/scheiding"),  # typo
        ("jeugdhlp", "venlo/wijkteam"),  # typo
        ("jeugdgezondheidszorg", "ggd-zl/consultatiebureau"),
        ("één", "venlo/wijkteam"),
        ("kinderen", "cjg-stein/scheiding"),
        ("geinteresseerd", "opvoedpoli/ouder"),  # without the diaeresis
        ("peuterspeelzaal", "peuters/speelzaal"),
        ("onder", "school/smw"),  # a stop word being typed: prefix of "ondersteunen"
        ("0800", "veilig-thuis/advies"),
    ],
)
def test_queries_find(query, expected, index):
    refs = [ref for ref, _ in sp.search(index, query)]
    assert expected in refs[:3], (query, refs)


def test_query_semantics():
    clauses = sp.query_clauses("hulp bij echtscheidng onder")
    assert [(c["term"], c["wildcard"], c.get("edit_distance", 0)) for c in clauses] == [
        ("hulp", False, 0),
        ("hulp", True, 0),
        ("echtscheidng", False, 0),
        ("echtscheidng", True, 0),
        ("echtscheidng", False, 2),
        ("onder", True, 0),
    ]
    # "maak" stems to "mak": "maak*" is not covered by "mak*" and gets its own prefix clause.
    assert [c["term"] for c in sp.query_clauses("maak")] == ["mak", "mak", "maak"]
    # Stop words only count as the last word (being typed); "–" trims to nothing.
    assert sp.query_clauses("de het –") == [{"term": "het", "boost": 3, "wildcard": True}]
    assert sp.query_clauses("de") == []
    assert sp.query_clauses("") == []


# --- an index for a whole collection, compact per file -----------------------------------------


def _analysed(docs, fields):
    names = [f["field_name"] if isinstance(f, dict) else f for f in fields]
    return [(doc["id"], [sp.Analysed(sp.tokens(doc.get(name))) for name in names]) for doc in docs]


def _expanded(collection: CollectionIndex, refs: list[str]) -> dict:
    """The lunr index of `refs` as the search page gets it: a file of their compact vectors
    (the format of ``search.unpack``), expanded."""
    terms = collection.terms(refs)
    position = {term: i for i, term in enumerate(terms)}
    data = {
        "gemeenten": [],
        "velden": collection.fields,
        "termen": terms,
        "aanbieders": [],
        "roosters": {},
        "documenten": [
            {"ref": ref, "v": collection.vectors(ref, position), "k": {}, "in": [], "overal": 1}
            for ref in refs
        ],
    }
    return unpack(json.loads(json.dumps(data)), ALL)["index"]


def _by_term(index: dict) -> tuple[dict, dict]:
    """(field/ref -> [(term, weight)], term -> postings): an index without its term numbers."""
    term = {entry["_index"]: t for t, entry in index["invertedIndex"]}
    vectors = {
        ref: sorted((term[v[i]], v[i + 1]) for i in range(0, len(v), 2))
        for ref, v in index["fieldVectors"]
    }
    postings = {t: {k: v for k, v in e.items() if k != "_index"} for t, e in index["invertedIndex"]}
    return vectors, postings


def test_collection_index_of_every_document_is_build_index():
    docs = [dict(doc, id=str(i)) for i, doc in enumerate(DOCS)]
    fields = [f if isinstance(f, dict) else {"field_name": f} for f in FIELDS]
    expected = json.loads(json.dumps(sp.build_index(docs, "id", fields)))
    collection = CollectionIndex(_analysed(docs, fields), fields)
    expanded = _expanded(collection, [d["id"] for d in docs])
    # The same vectors and postings; only the terms' numbers differ (sorted order here).
    assert _by_term(expanded) == _by_term(expected)
    assert [t for t, _ in expanded["invertedIndex"]] == [t for t, _ in expected["invertedIndex"]]
    assert {k: v for k, v in expanded.items() if k not in ("fieldVectors", "invertedIndex")} == {
        k: v for k, v in expected.items() if k not in ("fieldVectors", "invertedIndex")
    }
    for query in ("echtscheidng", "kinderen", "opvoed", "peuterspeelzaal"):
        assert _rounded(sp.search(expanded, query)) == _rounded(sp.search(expected, query))


def test_collection_index_shards():
    docs = [dict(doc, id=f"d{i}") for i, doc in enumerate(DOCS)]
    fields = [f if isinstance(f, dict) else {"field_name": f} for f in FIELDS]
    collection = CollectionIndex(_analysed(docs, fields), fields)
    refs = ["d0", "d1", "d3", "d4", "d9", "d11"]
    plain = _expanded(collection, refs)
    terms = {term for term, _ in plain["invertedIndex"]}
    assert "echtscheid" in terms and "peuterspeelzal" not in terms  # d8 is not in the shard
    assert [ref for ref, _ in plain["fieldVectors"]][:2] == ["naam/d0", "beschrijving/d0"]
    assert [ref for ref, _ in sp.search(plain, "echtscheidng")][0] == "d1"
    assert {ref for ref, _ in sp.search(plain, "kinderen")} <= set(refs)
    # The same document has the same vectors in a shard as in the whole collection.
    whole, _ = _by_term(_expanded(collection, [d["id"] for d in docs]))
    vectors, _ = _by_term(plain)
    assert all(whole[ref] == vector for ref, vector in vectors.items())
    with pytest.raises(ValueError, match="ref"):
        CollectionIndex([("a/b", [])], fields)
