"""A municipality's search shard, expanded from the compact file of its group.

Reads a search file as ``search.index`` writes it (parsed JSON) and a municipality code and
emits what the search page works with for that municipality: ``{"gemeente", "index",
"documents", "roosters"}``, with ``index`` the serialized lunr index (lunr.js and lunr.py
load it) of the municipality's documents, ``documents`` their result cards and ``roosters``
the schedules those cards name.

The browser does the same in browser/zoeken/15-uitpakken.js; this port is what the tests
compare it with (the same output for the same file) and search with in lunr.py, so the
Python and browser results can be compared. Change both together.

The file (``search.index.group_json``)::

    {"gemeenten": [code, ...],            the municipalities the file serves
     "velden": [field name, ...],         the lunr fields
     "termen": [term, ...],               sorted vocabulary
     "aanbieders": [[slug, name], ...],   providers of the services in the file
     "waarden": [id, ...],                the facet values of the cards (themas, voor,
                                          kosten: lists of positions; toegang: one)
     "roosters": {key: schedule},
     "documenten": [{"ref", "v": per field [gap, weight in thousandths, ...],
                     "k": the card, a service's with "a" (provider) and "id" for its page,
                     "in": [positions in gemeenten]: where it is local (its own),
                     "overal": 1 when it is in every municipality's shard,
                     and for a service: "waar", "roosters", "lijnen" and "anders":
                     {position: {"waar", "roosters"}} where a location in that
                     municipality is shown first}, ...]}

A document is in a municipality's shard when it is ``overal`` or local there; ``eigen``
says it is local. The code ``alles`` (the whole-catalogue file) takes every document.
"""

from __future__ import annotations

from lunr import __TARGET_JS_VERSION__

ALL = "alles"


def unpack(data: dict, code: str) -> dict:
    """The shard of municipality `code` from a parsed search file."""
    codes = data["gemeenten"]
    mine = codes.index(code) if code in codes else None
    fields = data["velden"]
    terms = data["termen"]
    providers = data["aanbieders"]
    members = [d for d in data["documenten"] if code == ALL or d.get("overal") or mine in d["in"]]
    # Vectors with positions in the file's vocabulary, then the terms the shard uses
    # numbered in sorted order.
    positions: list[list[list[int]]] = []
    used: set[int] = set()
    for d in members:
        per_field = []
        for flat in d["v"]:
            at = -1 if not flat else 0
            absolute = []
            for i in range(0, len(flat), 2):
                at = flat[i] + (at if i else 0)
                absolute.append(at)
            used.update(absolute)
            per_field.append(absolute)
        positions.append(per_field)
    numbered = sorted(used)
    number = {at: i for i, at in enumerate(numbered)}
    postings = {at: {field: {} for field in fields} for at in numbered}
    vectors = []
    documents = {}
    schedules = {}
    for d, per_field in zip(members, positions, strict=True):
        ref = d["ref"]
        for field, flat, absolute in zip(fields, d["v"], per_field, strict=True):
            vector = []
            for i, at in enumerate(absolute):
                vector += (number[at], flat[2 * i + 1] / 1000)
                postings[at][field][ref] = {}
            vectors.append([f"{field}/{ref}", vector])
        card = {k: v for k, v in d["k"].items() if k not in ("a", "id")}
        if "a" in d["k"]:
            slug, name = providers[d["k"]["a"]]
            card["aanbieder"] = name
            card["url"] = f"diensten/{slug}/{d['k']['id']}/"
        for key in ("themas", "voor", "kosten"):
            if key in card:
                card[key] = [data["waarden"][i] for i in card[key]]
        if isinstance(card.get("toegang"), int):
            card["toegang"] = data["waarden"][card["toegang"]]
        card["eigen"] = mine in d["in"]
        if "waar" in d:
            local = d.get("anders", {}).get(str(mine))
            card["waar"] = (local or d)["waar"]
            card["roosters"] = list((local or d).get("roosters", []))
            if "lijnen" in d:
                card["lijnen"] = d["lijnen"]
            for key in card["roosters"] + [line[0] for line in d.get("lijnen", [])]:
                schedules[key] = data["roosters"][key]
        documents[ref] = card
    inverted = []
    for at in numbered:
        entry = dict(postings[at])
        entry["_index"] = number[at]
        inverted.append([terms[at], entry])
    index = {
        "version": __TARGET_JS_VERSION__,
        "fields": fields,
        "fieldVectors": vectors,
        "invertedIndex": inverted,
        "pipeline": ["stemmer-nl"],
    }
    return {"gemeente": code, "index": index, "documents": documents, "roosters": schedules}
