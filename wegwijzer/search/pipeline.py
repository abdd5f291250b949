"""Dutch search pipeline shared by the build (lunr.py) and the browser (lunr.js 2.3.9).

Reads: search documents as plain dicts (``{"id": ..., "naam": ..., ...}``).
Emits: a serialized lunr index (``build_index``, a JSON-ready dict whose ``pipeline`` is
``["stemmer-nl"]``), the tokens a text becomes (``tokens``) and ranked results for a query
(``search``), computed exactly the way ``overrides/assets/javascripts/zoek-pipeline.js`` does
with lunr.js + lunr-languages (``lunr.stemmer.support.js``, ``lunr.nl.js``) in the browser.

Why not ``lunr.lunr(..., languages="nl")``: lunr.py's language support downloads NLTK data
(fails offline) and its trimmer strips letters with diacritics ("één" becomes "n"). This module
ports lunr-languages' Dutch trimmer and stop-word list to Python (the snowball stemmer lives in
``wegwijzer.search.stemmer_nl``) and registers them under the labels lunr.js uses ("trimmer-nl",
"stopWordFilter-nl", "stemmer-nl"), so the index loads in lunr.js after
``lunr.stemmer.support(lunr); lunr.nl(lunr);``. ``wegwijzer.search.collection`` builds the
search page's shards from the same analysis (``Analysed``).

Text analysis, identical on both sides:

1. tokenize like ``lunr.tokenizer``: lower-case, split on JavaScript ``\\s`` and ``-``
   (lunr.py splits on fewer whitespace characters, so it is not used);
2. ``trimmer-nl``: strip leading/trailing characters that are not letters or ASCII digits;
3. ``stopWordFilter-nl``: drop the Dutch stop words of lunr.nl.js; that list contains the
   empty string, so tokens the trimmer emptied ("–", "&") are dropped too;
4. ``stemmer-nl``: the Dutch snowball stemmer of lunr.nl.js, which also folds á ä é ë í ï ó ö
   ú ü to plain vowels ("één" -> "een", "geïnteresseerd" -> "geinteresseerd").

Query semantics (``search`` and ``wegwijzerZoek``): every clause skips lunr's search pipeline
(``usePipeline: false``) because the terms are analysed here, not by lunr:

* each query term is tokenized and trimmed as above; stop words are ignored, except the last
  term of the query (still being typed, "onder" -> "onderwijs"), which only gets a prefix clause;
* exact clause on the stem, boost 10;
* if the term has >= 3 characters: prefix clause ``stem*`` (boost 3), plus ``term*`` with the
  accents folded when that is not already covered by ``stem*`` ("maak" stems to "mak");
* if the term has >= 5 characters: fuzzy clause on the stem, boost 1, edit distance 1, or 2 when
  the stem has >= 8 characters ("echtscheidng" is two edits away from the stem "echtscheid");
* synonyms (optional table ``{key: [stem, ...]}``, built from the taxonomy by
  ``wegwijzer.search.synonyms.query_synonyms``): every run of 1 to ``MAX_PHRASE`` consecutive stems
  of the query's words that are not stop words, joined with a space ("scheiding", "weinig geld"),
  that is a key adds an exact clause with boost 2 for each stem it maps to ("echtscheid",
  "geldzorg"), unless that exact term is already a clause;
* every clause is optional (lunr's OR with BM25 ranking); at most ``MAX_QUERY_TERMS`` terms;
* results are sorted by score (rounded to 6 decimals, so both engines break ties alike), then
  by ref.

Lengths are counted in UTF-16 code units, as JavaScript does.
"""

from __future__ import annotations

import math
import re
from typing import Any

from lunr.builder import Builder
from lunr.idf import idf as lunr_idf
from lunr.index import Index
from lunr.pipeline import Pipeline
from lunr.query import Query
from lunr.vector import Vector

from .stemmer_nl import stem, utf16_len

__all__ = [
    "MAX_QUERY_TERMS",
    "Analysed",
    "STOP_WORDS",
    "build_index",
    "query_clauses",
    "search",
    "stem",
    "stemmer",
    "stop_word_filter",
    "tokenize",
    "tokens",
    "trim",
    "trimmer",
    "words",
]

MAX_QUERY_TERMS = 10
MAX_PHRASE = 3  # longest synonym phrase looked up in a query, in words
EXACT_BOOST = 10
PREFIX_BOOST = 3
FUZZY_BOOST = 1
SYNONYM_BOOST = 2

# ---------------------------------------------------------------------------------------------
# Tokenizer: lunr.tokenizer splits on /[\s\-]+/ (JavaScript \s, not Python's). Characters
# outside the Basic Multilingual Plane (emoji) separate words too: JavaScript sees them as two
# UTF-16 code units and sorts them differently from Python, which would make the serialized
# term list "out of order" for lunr.js.
_JS_WHITESPACE = "\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff"
_SEPARATOR = re.compile("[" + _JS_WHITESPACE + "\\-\ud800-\udfff\U00010000-\U0010ffff]+")


def _as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, (list, tuple)):
        return " ".join(_as_text(item) for item in value)
    return str(value)


def tokenize(text: Any) -> list[str]:
    """Split a text into lower-cased tokens like ``lunr.tokenizer`` (lists are joined first)."""
    return [part for part in _SEPARATOR.split(_as_text(text).lower()) if part]


def words(text: Any) -> list[str]:
    """The trimmed words of a text as written (case kept): for finding abbreviations."""
    return [w for w in (trim(part) for part in _SEPARATOR.split(_as_text(text))) if w]


# ---------------------------------------------------------------------------------------------
# Trimmer: lunr.trimmerSupport.generateTrimmer(lunr.nl.wordCharacters), which adds "0-9".
_NL_WORD_CHARACTERS = (
    "A-Za-z\xaa\xba\xc0-\xd6\xd8-\xf6\xf8-\u02b8\u02e0-\u02e4\u1d00-\u1d25\u1d2c-\u1d5c"
    "\u1d62-\u1d65\u1d6b-\u1d77\u1d79-\u1dbe\u1e00-\u1eff\u2071\u207f\u2090-\u209c\u212a\u212b"
    "\u2132\u214e\u2160-\u2188\u2c60-\u2c7f\ua722-\ua787\ua78b-\ua7ad\ua7b0-\ua7b7\ua7f7-\ua7ff"
    "\uab30-\uab5a\uab5c-\uab64\ufb00-\ufb06\uff21-\uff3a\uff41-\uff5a"
    "0-9"
)
# \Z, not $: JavaScript's $ (without the m flag) never matches before a final newline.
_TRIM = re.compile("^[^" + _NL_WORD_CHARACTERS + "]+|[^" + _NL_WORD_CHARACTERS + "]+\\Z")


def trim(word: str) -> str:
    """Strip leading and trailing non-word characters like ``lunr.nl.trimmer``."""
    return _TRIM.sub("", word)


# ---------------------------------------------------------------------------------------------
# Stop words: the string lunr.nl.js (lunr-languages 1.22.0) passes to generateStopWordFilter,
# split on " " as there. It starts with a space, so the empty string is a stop word too: lunr.js
# drops the tokens the trimmer emptied.
_NL_STOP_WORDS = (
    " aan al alles als altijd andere ben bij daar dan dat de der deze die dit doch doen "
    "door dus een eens en er ge geen geweest haar had heb hebben heeft hem het hier hij "
    "hoe hun iemand iets ik in is ja je kan kon kunnen maar me meer men met mij mijn moet "
    "na naar niet niets nog nu of om omdat onder ons ook op over reeds te tegen toch toen "
    "tot u uit uw van veel voor want waren was wat werd wezen wie wil worden wordt zal ze "
    "zelf zich zij zijn zo zonder zou"
)
STOP_WORDS = frozenset(_NL_STOP_WORDS.split(" "))


# ---------------------------------------------------------------------------------------------
# lunr.py pipeline functions, registered under lunr.js's labels.


def trimmer(token, i=None, tokens=None):
    return token.update(lambda s, metadata=None: trim(s))


def stop_word_filter(token, i=None, tokens=None):
    if str(token) not in STOP_WORDS:
        return token
    return None


def stemmer(token, i=None, tokens=None):
    return token.update(lambda s, metadata=None: stem(s))


Pipeline.register_function(trimmer, "trimmer-nl")
Pipeline.register_function(stop_word_filter, "stopWordFilter-nl")
Pipeline.register_function(stemmer, "stemmer-nl")


# Trim + stop words + stem in one memoized step; used for documents (same result as running
# the three registered functions one after the other).
_TERM_CACHE: dict[str, str | None] = {}
_TERM_CACHE_MAX = 200_000


def _analyse(token: str) -> str | None:
    try:
        return _TERM_CACHE[token]
    except KeyError:
        pass
    word = trim(token)
    result = None if word in STOP_WORDS else stem(word)
    if len(_TERM_CACHE) >= _TERM_CACHE_MAX:
        _TERM_CACHE.clear()
    _TERM_CACHE[token] = result
    return result


def tokens(text: Any) -> list[str]:
    """The index terms a text becomes: tokenize, trimmer-nl, stopWordFilter-nl, stemmer-nl."""
    cache = _TERM_CACHE
    out = []
    # Empty parts of the split are dropped by _analyse: "" is a stop word.
    for token in _SEPARATOR.split(_as_text(text).lower()):
        term = cache[token] if token in cache else _analyse(token)
        if term is not None:
            out.append(term)
    return out


# ---------------------------------------------------------------------------------------------
# Building the index.


class Analysed:
    """A field value already analysed by ``tokens()``: its term counts, in order of appearance.

    A service is indexed in many shards (its own municipality, its region, the whole country);
    analysing and counting its text once saves that work in every further shard.
    """

    __slots__ = ("counts", "length")

    def __init__(self, terms: list[str]):
        counts: dict[str, int] = {}
        for term in terms:
            counts[term] = counts.get(term, 0) + 1
        self.counts = counts
        self.length = len(terms)


class _DutchBuilder(Builder):
    """lunr.py Builder with the same output, computed faster.

    ``add`` runs the analysis above (memoized per token) instead of lunr.py's per-character
    tokenizer and per-token pipeline calls; ``_create_field_vectors`` builds each sorted vector
    at once instead of one binary-search insert per term, with the same float operations;
    ``serialized`` goes straight to ``Index.serialize()``'s output, without the token set and
    the ``Vector`` objects that only a query in Python would need.
    """

    def add(self, doc, attributes=None):
        doc_ref = str(doc[self._ref])
        if doc_ref in self._documents:
            raise ValueError(f"zoekindex: dubbele ref {doc_ref!r}")
        self._documents[doc_ref] = attributes or {}
        self.document_count += 1
        inverted_index = self.inverted_index
        fields = self._fields
        for field_name, field in fields.items():
            value = field.extractor(doc) if field.extractor is not None else doc.get(field_name)
            analysed = value if isinstance(value, Analysed) else Analysed(tokens(value))
            field_ref = f"{field_name}/{doc_ref}"  # str(lunr.field_ref.FieldRef)
            field_terms = analysed.counts  # shared with other shards: never changed here
            self.field_term_frequencies[field_ref] = field_terms
            self.field_lengths[field_ref] = analysed.length
            for term in field_terms:
                posting = inverted_index.get(term)
                if posting is None:
                    posting = {name: {} for name in fields}
                    posting["_index"] = self.term_index
                    self.term_index += 1
                    inverted_index[term] = posting
                posting[field_name][doc_ref] = {}

    def _calculate_average_field_lengths(self):
        # As lunr.py, but an index without documents does not divide by zero.
        totals = dict.fromkeys(self._fields, 0)
        counts = dict.fromkeys(self._fields, 0)
        for field_ref, length in self.field_lengths.items():
            field_name = field_ref.split("/", 1)[0]
            totals[field_name] += length
            counts[field_name] += 1
        self.average_field_length = {
            name: totals[name] / counts[name] if counts[name] else 0 for name in self._fields
        }

    def _create_field_vectors(self):
        k1, b = self._k1, self._b
        n = self.document_count
        terms = {
            term: (posting["_index"], lunr_idf(posting, n))
            for term, posting in self.inverted_index.items()
        }
        field_vectors = {}
        for field_ref, term_frequencies in self.field_term_frequencies.items():
            field_name, doc_ref = field_ref.split("/", 1)
            entries = []
            if term_frequencies:
                field_length = self.field_lengths[field_ref]
                average = self.average_field_length[field_name]
                field_boost = self._fields[field_name].boost
                doc_boost = self._documents[doc_ref].get("boost", 1)
                length_norm = k1 * (1 - b + b * (field_length / average))
                for term, tf in term_frequencies.items():
                    term_index, idf = terms[term]
                    # The BM25 expression of lunr.py's Builder, in the same order of operations.
                    score = idf * ((k1 + 1) * tf) / (length_norm + tf) * field_boost * doc_boost
                    entries.append((term_index, round(score, 3)))
                entries.sort()
            field_vectors[field_ref] = Vector([x for entry in entries for x in entry])
        self.field_vectors = field_vectors

    def serialized(self) -> dict:
        """``self.build().serialize()``, computed directly (same values, same order)."""
        self._calculate_average_field_lengths()
        k1, b = self._k1, self._b
        n = self.document_count
        fields = list(self._fields)
        terms = {}
        for term, posting in self.inverted_index.items():
            with_term = sum(len(posting[name]) for name in fields)
            x = (n - with_term + 0.5) / (with_term + 0.5)
            terms[term] = (posting["_index"], math.log(1 + abs(x)))  # lunr.idf.idf
        field_vectors = []
        documents = self._documents
        for field_ref, term_frequencies in self.field_term_frequencies.items():
            field_name, doc_ref = field_ref.split("/", 1)
            flat: list = []
            if term_frequencies:
                average = self.average_field_length[field_name]
                length_norm = k1 * (1 - b + b * (self.field_lengths[field_ref] / average))
                boost = self._fields[field_name].boost
                doc_boost = documents[doc_ref].get("boost", 1)
                k1_1 = k1 + 1
                entries = []
                for term, tf in term_frequencies.items():
                    term_index, idf = terms[term]
                    score = idf * (k1_1 * tf) / (length_norm + tf) * boost * doc_boost
                    entries.append((term_index, round(score, 3)))
                entries.sort()
                for entry in entries:
                    flat += entry
            field_vectors.append([field_ref, flat])
        from lunr import __TARGET_JS_VERSION__

        return {
            "version": __TARGET_JS_VERSION__,
            "fields": fields,
            "fieldVectors": field_vectors,
            "invertedIndex": [[t, self.inverted_index[t]] for t in sorted(self.inverted_index)],
            "pipeline": self.search_pipeline.serialize(),
        }


def _new_builder() -> Builder:
    builder = _DutchBuilder()
    builder.pipeline.add(trimmer, stop_word_filter, stemmer)
    builder.search_pipeline.add(stemmer)
    return builder


def build_index(documents: list[dict], ref: str, fields: list[dict | str]) -> dict:
    """Build a Dutch lunr index and return ``Index.serialize()`` (JSON-ready, for lunr.js).

    ``fields`` are names or lunr.py field dicts: ``{"field_name": "naam", "boost": 10,
    "extractor": callable}``. A field value may be a string, a list of strings (joined with
    spaces) or missing/None.
    """
    builder = _new_builder()
    builder.ref(ref)
    for field in fields:
        if isinstance(field, dict):
            builder.field(**field)
        else:
            builder.field(field)
    for document in documents:
        builder.add(document)
    return builder.serialized()


# ---------------------------------------------------------------------------------------------
# Querying (mirrors wegwijzerZoek in zoek-pipeline.js).

_FOLD = str.maketrans("áäéëíïóöúü", "aaeeiioouu")


def query_clauses(query: str, synonyms: dict[str, list[str]] | None = None) -> list[dict[str, Any]]:
    """The lunr clauses a query becomes: ``{"term", "boost", "wildcard", "edit_distance"}``."""
    words = [trim(token) for token in tokenize(query)]
    words = [word for word in words if word][:MAX_QUERY_TERMS]
    clauses: list[dict[str, Any]] = []
    stems: list[str] = []  # of the words that are not stop words, for the synonyms
    for position, word in enumerate(words):
        length = utf16_len(word)
        is_last = position == len(words) - 1
        stop_word = word in STOP_WORDS
        if stop_word and not is_last:
            continue
        stemmed = stem(word)
        if not stop_word:
            stems.append(stemmed)
            clauses.append({"term": stemmed, "boost": EXACT_BOOST, "wildcard": False})
        if length >= 3:
            clauses.append({"term": stemmed, "boost": PREFIX_BOOST, "wildcard": True})
            folded = word.translate(_FOLD)
            if not folded.startswith(stemmed):
                clauses.append({"term": folded, "boost": PREFIX_BOOST, "wildcard": True})
        if length >= 5 and not stop_word:
            distance = 2 if utf16_len(stemmed) >= 8 else 1
            clauses.append(
                {
                    "term": stemmed,
                    "boost": FUZZY_BOOST,
                    "wildcard": False,
                    "edit_distance": distance,
                }
            )
    if synonyms:
        clauses += _synonym_clauses(clauses, stems, synonyms)
    return clauses


def _synonym_clauses(clauses, stems: list[str], synonyms: dict[str, list[str]]) -> list[dict]:
    exact = {c["term"] for c in clauses if not c["wildcard"] and "edit_distance" not in c}
    out = []
    for start in range(len(stems)):
        for end in range(start + 1, min(start + MAX_PHRASE, len(stems)) + 1):
            for term in synonyms.get(" ".join(stems[start:end]), ()):
                if term not in exact:
                    exact.add(term)
                    out.append({"term": term, "boost": SYNONYM_BOOST, "wildcard": False})
    return out


def _score_key(score: float) -> float:
    # Same float operations as Math.floor(score * 1e6 + 0.5) / 1e6 in zoek-pipeline.js.
    return math.floor(score * 1e6 + 0.5) / 1e6


def _load(index: Index | dict | str) -> Index:
    if isinstance(index, Index):
        return index
    return Index.load(index)


def search(
    index: Index | dict | str, query: str, synonyms: dict[str, list[str]] | None = None
) -> list[tuple[str, float]]:
    """Run a query like ``wegwijzerZoek``; returns ``[(ref, score), ...]``, best first."""
    lunr_index = _load(index)
    clauses = query_clauses(query, synonyms)
    if not clauses:
        return []

    def fill(q: Query) -> None:
        for clause in clauses:
            q.term(
                clause["term"],
                use_pipeline=False,
                boost=clause["boost"],
                wildcard=Query.WILDCARD_TRAILING if clause["wildcard"] else Query.WILDCARD_NONE,
                edit_distance=clause.get("edit_distance", 0),
            )

    results = lunr_index.query(callback=fill)
    ranked = sorted(results, key=lambda r: (-_score_key(r["score"]), r["ref"]))
    return [(r["ref"], r["score"]) for r in ranked]
