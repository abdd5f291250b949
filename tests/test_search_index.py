"""Search shards: which services each municipality's shard holds, the manifest, postcodes,
content-hashed names, deterministic bytes, and a fixed query set (stemming, acronyms, typos,
synonyms) answered by lunr.py exactly as by lunr.js + zoek-pipeline.js in node.

The catalog is built here from the model classes, so the expectations do not move when the
sample records change.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import json

import pytest
from test_search_pipeline import _rounded, _run_node

from wegwijzer.records.model import Catalog, Location, Municipality, Provider, Service, Theme
from wegwijzer.search import index as si
from wegwijzer.search import pipeline as sp
from wegwijzer.search.synonyms import expansion_text, query_synonyms
from wegwijzer.search.unpack import unpack

TODAY = dt.date(2026, 11, 22)
STEIN, BEEK, HEEMSTEDE = "GM0971", "GM0888", "GM0397"

THEMES = [
    ("opvoeden", "Opvoeden", ["opvoedingsvragen", "ouderschap"]),
    ("echtscheiding", "Scheiden en uit elkaar gaan", ["scheiding", "uit elkaar", "vechtscheiding"]),
    ("geldzorgen", "Geldzorgen", ["weinig geld", "opvoeden met weinig geld", "armoede"]),
    ("psychische-klachten", "Psychische klachten", ["ggz", "angst", "somberheid"]),
    ("gezondheid", "Gezondheid en groei", ["jeugdgezondheidszorg", "consultatiebureau"]),
    ("jongeren-informatie", "Informatie voor jongeren", ["JIP", "jongerenloket", "18 worden"]),
    ("pgb", "Persoonsgebonden budget (PGB)", ["persoonsgebonden budget", "budget"]),
]
ABBREVIATIONS = {
    "CJG": "Centrum voor Jeugd en Gezin",
    "JGZ": "jeugdgezondheidszorg (consultatiebureau en jeugdarts)",
    "GGZ": "geestelijke gezondheidszorg",
    "JIP": "Jongeren Informatie Punt",
    "POH": "praktijkondersteuner huisarts",
    "PGB": "persoonsgebonden budget",
    "ZIN": "zorg in natura",
    "OKT": "Ouder- en Kindteam",
}
LABELS = {
    "dienst.doelgroep": {"ouders": "Ouders en opvoeders", "kinderen": "Kinderen", "jongeren": "Jongeren"},
    "dienst.toegang": {"vrij-toegankelijk": "Vrij toegankelijk", "verwijzing": "Verwijzing nodig"},
    "dienst.financiering": {"gratis": "Gratis", "pgb": "PGB", "zorg-in-natura": "Zorg in natura"},
}  # fmt: skip

# (id, name, description, themes, area, locations, extra fields)
SERVICES = [
    ("cjg-stein/opvoedspreekuur", "Opvoedspreekuur",
     "Vragen over opvoeden en opgroeien? Ouders kunnen zonder verwijzing terecht bij het CJG.",
     ["opvoeden"], [STEIN], ["cjg-stein/cjg"], {"age_min_months": 0, "age_max_months": 215}),
    ("cjg-stein/scheiding", "Kinderen en echtscheiding",
     "Groepstraining voor kinderen van gescheiden ouders.",
     ["echtscheiding"], [STEIN], ["cjg-stein/cjg"], {"audience": ["kinderen"]}),
    ("cjg-stein/oud", "Beëindigde cursus", "Deze cursus bestaat niet meer.",
     ["opvoeden"], [STEIN], [], {"status": "beeindigd"}),
    ("cjg-stein/later", "Nieuwe cursus", "Deze cursus begint volgend jaar.",
     ["opvoeden"], [STEIN], [], {"valid_from": dt.date(2027, 3, 1)}),
    ("cjg-wm/jgz", "Consultatiebureau",
     "De JGZ volgt groei en ontwikkeling van kinderen van 0 tot 4 jaar.",
     ["gezondheid"], [STEIN, BEEK], [], {"age_min_months": -9, "age_max_months": 47}),
    ("cjg-wm/poh", "POH-jeugd bij de huisarts",
     "De praktijkondersteuner jeugd helpt bij lichte psychische klachten.",
     ["psychische-klachten"], [STEIN, BEEK], [], {"access": "verwijzing"}),
    ("pgb/loket", "PGB-loket",
     "Hulp bij het aanvragen van een persoonsgebonden budget of zorg in natura (ZIN).",
     ["pgb"], [STEIN], [], {"funding": ["pgb", "zorg-in-natura"]}),
    ("beek/jip", "Jongerenloket Beek",
     "Het JIP helpt jongeren met vragen over geld, school en werk.",
     ["jongeren-informatie"], [], ["beek/jip"],
     {"audience": ["jongeren"], "age_min_months": 144, "age_max_months": 275}),
    ("beek/cursus", "Cursus",
     "Voor een ouder die geïnteresseerd is in positief opvoeden.",
     ["opvoeden"], [BEEK], [], {}),
    ("heemstede/coaching", "Coaching en gesprekken",
     "Gesprekken voor ouders, ook bij een echtscheiding of bij opvoeden met weinig geld.",
     ["opvoeden"], [HEEMSTEDE], ["heemstede/cjg"], {}),
    ("heemstede/meedoen", "Meedoen",
     "Steun voor gezinnen in armoede: sport, zwemles en schoolspullen.",
     ["opvoeden"], [HEEMSTEDE], [], {}),
    ("heemstede/okt", "Ouder- en Kindteam", "Het OKT helpt ouders en kinderen thuis.",
     ["opvoeden"], [HEEMSTEDE], [], {}),
    ("landelijk/kindertelefoon", "De Kindertelefoon",
     "Kinderen bellen of chatten anoniem met de Kindertelefoon, ook bij angst of somberheid.",
     ["psychische-klachten"], ["NL"], [], {"audience": ["kinderen"], "phone": "0800-0432"}),
    ("landelijk/ggz-info", "GGZ-informatielijn",
     "Informatie over de GGZ voor jongeren en ouders.",
     ["psychische-klachten"], ["NL"], [], {}),
]  # fmt: skip

LOCATIONS = [
    ("cjg-stein/cjg", "CJG Stein", STEIN, "Stein", "Mo-Fr 08:30-17:00; PH off"),
    ("beek/jip", "JIP Beek", BEEK, "Beek", "We 13:00-17:00"),
    ("heemstede/cjg", "CJG Heemstede", HEEMSTEDE, "Heemstede", "Mo-Th 09:00-17:00; PH off"),
]


def make_catalog(reverse: bool = False) -> Catalog:
    """The test catalog; `reverse` inserts every record in the opposite order."""
    catalog = Catalog(today=TODAY, labels=LABELS)

    def ordered(items):
        return list(reversed(items)) if reverse else list(items)

    for theme_id, label, synonyms in ordered(THEMES):
        catalog.themes[theme_id] = Theme(theme_id, label, f"Over {label}.", synonyms)
    catalog.abbreviations.update(dict(ordered(list(ABBREVIATIONS.items()))))
    for code, name, region, postcodes in ordered(
        [
            (STEIN, "Stein", "Westelijke Mijnstreek", [(6129, 6129), (6170, 6171)]),
            (BEEK, "Beek", "Westelijke Mijnstreek", [(6176, 6176), (6190, 6191)]),
            (HEEMSTEDE, "Heemstede", "Zuid-Kennemerland", [(2101, 2106)]),
        ]
    ):
        catalog.municipalities[code] = Municipality(
            id=name.lower(), code=code, name=name, province="Limburg", region=region,
            postcodes=postcodes, last_reviewed=TODAY, raw={}, source=f"{name}.md",
        )  # fmt: skip
    for slug in ordered(sorted({s[0].split("/")[0] for s in SERVICES})):
        catalog.providers[slug] = Provider(
            id=slug, name=slug.upper().replace("-", " "), kind="cjg", description="",
            raw={}, source=f"providers/{slug}.yaml", last_reviewed=TODAY, phone="046-8506910",
        )  # fmt: skip
    for loc_id, name, code, city, hours_text in ordered(LOCATIONS):
        provider, local = loc_id.split("/")
        catalog.locations[loc_id] = Location(
            id=loc_id, local_id=local, provider_id=provider, name=name, kind="cjg", raw={},
            source="x", line=1, municipality=code,
            address={"straat": "Plein 1", "postcode": "6171 AA", "plaats": city},
            opening_hours=hours_text,
        )  # fmt: skip
    for service_id, name, text, themes, area, locations, extra in ordered(SERVICES):
        provider, local = service_id.split("/")
        fields = {
            "audience": ["ouders"], "access": "vrij-toegankelijk", "funding": ["gratis"],
            "phone": "046-8506910", **extra,
        }  # fmt: skip
        catalog.services[service_id] = Service(
            id=service_id, local_id=local, provider_id=provider, name=name, description=text,
            raw={}, source="x", line=1, themes=themes, area=area, location_ids=locations,
            **fields,
        )  # fmt: skip
    return catalog


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return make_catalog()


@pytest.fixture(scope="module")
def built(catalog) -> si.SearchFiles:
    return si.build(catalog)


def file_of(built: si.SearchFiles, code: str) -> dict:
    """The search file (parsed) that serves municipality `code` ('alles': the whole catalogue)."""
    if code == si.ALL:
        return json.loads(built.files[f"{si.FOLDER}/{built.manifest['alles']}"])
    (entry,) = [m for m in built.manifest["gemeenten"] if m["code"] == code]
    return json.loads(built.files[f"{si.FOLDER}/{entry['shard']}"])


def shard_of(built: si.SearchFiles, code: str) -> dict:
    """The municipality's shard, expanded from its search file as the browser does."""
    return unpack(file_of(built, code), code)


def ids(shard: dict, refs) -> list[str]:
    """The services among `refs` (providers, CJG locations and routes have a `soort`)."""
    docs = shard["documents"]
    return [docs[ref]["url"][len("diensten/") : -1] for ref in refs if not docs[ref].get("soort")]


# --- shards and documents ---------------------------------------------------------------------


@pytest.mark.parametrize("code", [STEIN, BEEK, HEEMSTEDE])
def test_shard_holds_the_services_residents_can_use(built, catalog, code):
    shard = shard_of(built, code)
    assert shard["gemeente"] == code
    assert sorted(ids(shard, shard["documents"])) == sorted(s.id for s in catalog.services_in(code))


def test_shard_contents(built):
    stein = set(ids(shard_of(built, STEIN), shard_of(built, STEIN)["documents"]))
    beek = set(ids(shard_of(built, BEEK), shard_of(built, BEEK)["documents"]))
    national = {"landelijk/kindertelefoon", "landelijk/ggz-info"}
    assert national <= stein and national <= beek
    assert "cjg-wm/jgz" in stein and "cjg-wm/jgz" in beek  # regional
    assert "beek/jip" in beek and "beek/jip" not in stein  # by its location only
    assert "cjg-stein/oud" not in stein and "cjg-stein/later" not in stein  # not current
    assert not any(s.startswith("heemstede/") for s in stein)


def test_documents_hold_what_a_card_needs(built):
    shard = shard_of(built, BEEK)
    services = [d for d in shard["documents"].values() if not d.get("soort")]
    by_id = dict(zip(ids(shard, shard["documents"]), services, strict=True))
    jip = by_id["beek/jip"]
    assert jip == {
        "naam": "Jongerenloket Beek",
        "aanbieder": "BEEK",
        "tekst": "Het JIP helpt jongeren met vragen over geld, school en werk.",
        "url": "diensten/beek/jip/",
        "telefoon": "046-8506910",
        "tel": "tel:+31468506910",
        "themas": ["jongeren-informatie"],
        "voor": ["jongeren"],
        "toegang": "vrij-toegankelijk",
        "kosten": ["gratis"],
        "leeftijd": [144, 275],
        "waar": "JIP Beek",
        "eigen": True,
        "roosters": [jip["roosters"][0]],
    }
    schedule = shard["roosters"][jip["roosters"][0]]
    assert schedule["week"][2] == [["13:00", "17:00"]]  # woensdag
    assert by_id["landelijk/kindertelefoon"]["eigen"] is False
    assert by_id["landelijk/kindertelefoon"]["waar"] == "Landelijk"
    assert by_id["cjg-wm/jgz"]["waar"] == "Regio Westelijke Mijnstreek"
    assert by_id["cjg-wm/jgz"]["eigen"] is True
    assert by_id["cjg-wm/jgz"]["leeftijd"] == [-9, 47]


def _term_vectors(shard: dict) -> dict:
    """`field/ref` -> its vector with terms instead of a shard's term numbers."""
    term = {entry["_index"]: t for t, entry in shard["index"]["invertedIndex"]}
    return {
        ref: [(term[v[i]], v[i + 1]) for i in range(0, len(v), 2)]
        for ref, v in shard["index"]["fieldVectors"]
    }


def test_a_service_scores_the_same_in_every_shard(built):
    stein, beek = shard_of(built, STEIN), shard_of(built, BEEK)
    vectors = _term_vectors(stein)
    shared = [(ref, v) for ref, v in _term_vectors(beek).items() if ref in vectors]
    assert len(shared) >= 4 * 4  # jgz, poh and the national services, four fields each
    assert all(vectors[ref] == v for ref, v in shared)


# --- manifest, file names, determinism ----------------------------------------------------------


def test_manifest(built, catalog):
    manifest = built.manifest
    assert [m["naam"] for m in manifest["gemeenten"]] == ["Beek", "Heemstede", "Stein"]
    stein = next(m for m in manifest["gemeenten"] if m["code"] == STEIN)
    assert stein["postcodes"] == [[6129, 6129], [6170, 6171]]
    for entry in manifest["gemeenten"]:
        assert f"{si.FOLDER}/{entry['shard']}" in built.files
    assert f"{si.FOLDER}/{manifest['namen']}" in built.files
    # a file per group of municipalities in a region (Beek and Stein share one), the names
    # file and the whole catalogue (it is small here)
    assert f"{si.FOLDER}/{manifest['alles']}" in built.files
    shards = {m["code"]: m["shard"] for m in manifest["gemeenten"]}
    assert shards[BEEK] == shards[STEIN] != shards[HEEMSTEDE]
    assert len(built.files) == 2 + 2
    assert manifest["synoniemen"] == query_synonyms(catalog)


def test_the_whole_catalogue_shard_holds_every_service_and_its_phone_lines(built, catalog):
    data = shard_of(built, si.ALL)
    assert data["gemeente"] == si.ALL
    docs = data["documents"]
    assert len([d for d in docs.values() if not d.get("soort")]) == len(catalog.active_services())
    assert not any(d["eigen"] for d in docs.values())
    for doc in docs.values():
        for key, _number, tel, crisis in doc.get("lijnen", []):
            assert key in data["roosters"] and tel.startswith("tel:") and crisis in (0, 1)


def test_a_catalogue_over_the_budget_gets_no_whole_catalogue_shard(catalog, monkeypatch):
    monkeypatch.setattr(si, "FIRST_SEARCH_BUDGET", 100)
    built = si.build(catalog)
    assert built.manifest["alles"] is None
    assert not [p for p in built.files if "/alles." in p]


def test_file_names_are_content_hashed(built):
    for path, data in built.files.items():
        name = path.rsplit("/", 1)[1]
        stem, digest, ext = name.split(".")
        assert ext == "json" and digest == hashlib.sha256(data).hexdigest()[:10], name
        json.loads(data)


def test_two_builds_give_the_same_bytes():
    first = si.build(make_catalog())
    second = si.build(make_catalog(reverse=True))
    assert first.files == second.files
    assert json.dumps(first.manifest) == json.dumps(second.manifest)


def test_a_changed_record_gets_new_file_names():
    # Statistics are national (a service scores the same in every shard), so any change
    # renames every shard: a browser never combines an old shard with a new page.
    before = si.build(make_catalog())
    changed = make_catalog()
    changed.services["heemstede/okt"].name = "Ouder- en Kindteam Heemstede"
    after = si.build(changed)
    assert not set(before.files) & set(after.files) - {f"{si.FOLDER}/{before.manifest['namen']}"}
    assert before.manifest["namen"] != after.manifest["namen"]


def test_names_file(built):
    names = json.loads(built.files[f"{si.FOLDER}/{built.manifest['namen']}"])
    rows = {row[0]: row for row in names["diensten"]}
    assert list(rows) == sorted(rows, key=str.casefold)
    jip = rows["Jongerenloket Beek"]
    assert names["aanbieders"][jip[1]] == ["beek", "BEEK"]
    assert jip[2] == "jip"
    assert names["plaatsen"][jip[3]] == "Beek"
    assert names["plaatsen"][rows["De Kindertelefoon"][3]] == "Landelijk"
    assert "Beëindigde cursus" not in rows


@pytest.mark.parametrize(
    "source",
    [
        "Gewoon een zin.\nEn nog een regel.",
        "Bel 0800-2000 of 112: dag en nacht.",
        "- een\n- twee",
        "1. eerst\n2. dan",
        "Met **vet** en _schuin_ en [een link](https://example.org).",
        "Kop\n---\n\ntekst",
        "    code",
        "a < b & c > d",
        "<script>alert(1)</script> tekst",
    ],
)
def test_plain_text_equals_markdown_text(source):
    from wegwijzer.html import markdown_text

    assert si.plain_text(source) == markdown_text(source)


# --- postcodes ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("postcode", "code"),
    [
        ("6171", STEIN),
        ("6171 AB", STEIN),
        (" 6129ab ", STEIN),
        ("6191 XY", BEEK),
        ("2101", HEEMSTEDE),
        ("2106", HEEMSTEDE),
        ("2107", None),
        ("9999", None),
        ("617", None),
        ("abcd", None),
        ("", None),
    ],
)
def test_postcode_to_municipality(catalog, postcode, code):
    assert si.municipality_for_postcode(catalog, postcode) == code


# --- synonyms -------------------------------------------------------------------------------


def test_query_synonyms(catalog):
    table = query_synonyms(catalog)
    assert sp.stem("scheiding") == "scheiding" and sp.stem("echtscheiding") == "echtscheid"
    assert table["scheiding"] == ["echtscheid"]
    assert table["weinig geld"] == ["geldzorg"]
    assert table["armoed"] == ["geldzorg"]
    assert table["ggz"] == ["geestelijk", "gezondheidszorg", "klacht", "psychisch"]
    assert table["geestelijk gezondheidszorg"] == ["ggz"]
    assert table["zin"] == ["natura", "zorg"]
    assert table["okt"] == ["kindteam", "ouder"]
    assert "18" not in table  # "18 worden": a number alone expands nothing


def test_expansion_text(catalog):
    assert expansion_text(catalog, "Steun bij armoede.") == "geldzorgen"
    assert "GGZ geestelijke gezondheidszorg" in expansion_text(catalog, "Vragen over de GGZ?")
    assert "GGZ" in expansion_text(catalog, "Geestelijke gezondheidszorg voor jeugd")
    assert "CJG" in expansion_text(catalog, "Vraag het de CJG-medewerker of het CJG's team")
    assert expansion_text(catalog, "Heeft u zin in een kop koffie?") == ""  # not "ZIN"
    assert expansion_text(catalog, "In de IJmond") == ""


# --- queries: Python and lunr.js agree ----------------------------------------------------------

QUERIES = {
    STEIN: [
        "ouders", "opvoed", "opvoedng", "echtscheidng", "scheiding", "ggz", "GGZ",
        "geestelijke gezondheidszorg", "jgz", "cjg", "poh", "pgb", "zin", "zorg in natura",
        "consultatiebureu", "kinderen", "onder", "angst", "18", "", "—",
    ],
    BEEK: ["ouders", "jip", "jongerenloket", "geinteresseerd", "één", "de"],
    HEEMSTEDE: ["scheiding", "geldzorgen", "weinig geld", "okt", "ouder en kindteam", "armoede"],
}  # fmt: skip
EXPECTED = [
    (STEIN, "ouders", "cjg-stein/opvoedspreekuur"),
    (STEIN, "opvoed", "cjg-stein/opvoedspreekuur"),  # prefix while typing
    (STEIN, "opvoedng", "cjg-stein/opvoedspreekuur"),  # typo
    (STEIN, "echtscheidng", "cjg-stein/scheiding"),  # typo
    (STEIN, "consultatiebureu", "cjg-wm/jgz"),  # typo
    (STEIN, "ggz", "landelijk/ggz-info"),
    (STEIN, "ggz", "cjg-wm/poh"),  # theme psychische klachten has the synonym GGZ
    (STEIN, "geestelijke gezondheidszorg", "landelijk/ggz-info"),  # says "GGZ" only
    (STEIN, "jgz", "cjg-wm/jgz"),
    (STEIN, "cjg", "cjg-stein/opvoedspreekuur"),
    (STEIN, "poh", "cjg-wm/poh"),
    (STEIN, "pgb", "pgb/loket"),
    (STEIN, "zin", "pgb/loket"),
    (STEIN, "angst", "cjg-wm/poh"),  # a synonym of its theme
    (BEEK, "ouders", "beek/cursus"),  # "ouders" finds "ouder"
    (BEEK, "jip", "beek/jip"),
    (BEEK, "geinteresseerd", "beek/cursus"),
    (HEEMSTEDE, "scheiding", "heemstede/coaching"),  # says "echtscheiding" only
    (HEEMSTEDE, "geldzorgen", "heemstede/meedoen"),  # says "armoede" only
    (HEEMSTEDE, "geldzorgen", "heemstede/coaching"),  # says "weinig geld" only
    (HEEMSTEDE, "weinig geld", "heemstede/coaching"),
    (HEEMSTEDE, "okt", "heemstede/okt"),
]


@pytest.fixture(scope="module")
def js_answers(built):
    """Per municipality: the shard as browser/zoeken/15-uitpakken.js expands it from the
    search file, and lunr.js's answers (zoek-pipeline.js) to the queries over it."""
    answers = {}
    for code, queries in QUERIES.items():
        payload = {
            "bestand": file_of(built, code),
            "code": code,
            "queries": queries,
            "synoniemen": built.manifest["synoniemen"],
        }
        answers[code] = _run_node("unpack_shard.cjs", payload)
    return answers


@pytest.mark.parametrize("code", [*QUERIES, si.ALL])
def test_the_browser_expands_a_search_file_as_python_does(built, code):
    js = _run_node("unpack_shard.cjs", {"bestand": file_of(built, code), "code": code})
    assert js["shard"] == shard_of(built, code)


@pytest.mark.parametrize(
    ("code", "position"), [(c, i) for c, q in QUERIES.items() for i in range(len(q))]
)
def test_python_and_lunr_js_give_the_same_results(built, js_answers, code, position):
    query = QUERIES[code][position]
    synonyms = built.manifest["synoniemen"]
    shard = shard_of(built, code)
    python = sp.search(shard["index"], query, synonyms)
    js = js_answers[code]["results"][position]
    assert _rounded(python) == [(r["ref"], round(r["score"], 3)) for r in js["results"]], query
    clauses = [
        {"editDistance" if key == "edit_distance" else key: value for key, value in c.items()}
        for c in sp.query_clauses(query, synonyms)
    ]
    assert clauses == js["clauses"], query


@pytest.mark.parametrize(("code", "query", "expected"), EXPECTED)
def test_queries_find(built, code, query, expected):
    shard = shard_of(built, code)
    found = ids(
        shard, [ref for ref, _ in sp.search(shard["index"], query, built.manifest["synoniemen"])]
    )
    assert expected in found[:3], (query, found)


def test_synonyms_bridge_what_stemming_cannot(built):
    shard = shard_of(built, HEEMSTEDE)
    without = ids(shard, [ref for ref, _ in sp.search(shard["index"], "scheiding")])
    assert "heemstede/coaching" not in without  # "scheiding" and "echtscheiding": other stems
    with_synonyms = sp.search(shard["index"], "scheiding", built.manifest["synoniemen"])
    assert "heemstede/coaching" in ids(shard, [ref for ref, _ in with_synonyms])


def test_sample_shards_are_small(built):
    for data in built.files.values():
        assert len(gzip.compress(data)) < 20_000
