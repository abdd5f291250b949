"""Dutch search pipeline shared by the build (lunr.py) and the browser (lunr.js 2.3.9).

Reads: search documents as plain dicts (``{"id": ..., "naam": ..., ...}``).
Emits: a serialized lunr index (``build_index``, a JSON-ready dict whose ``pipeline`` is
``["stemmer-nl"]``), the tokens a text becomes (``tokens``) and ranked results for a query
(``search``), computed exactly the way ``overrides/assets/javascripts/zoek-pipeline.js`` does
with lunr.js + lunr-languages (``lunr.stemmer.support.js``, ``lunr.nl.js``) in the browser.

Why not ``lunr.lunr(..., languages="nl")``: lunr.py's language support downloads NLTK data
(fails offline) and its trimmer strips letters with diacritics ("één" becomes "n"). This module
ports lunr-languages' Dutch trimmer, stop-word list and snowball stemmer to Python and registers
them under the labels lunr.js uses ("trimmer-nl", "stopWordFilter-nl", "stemmer-nl"), so the
index loads in lunr.js after ``lunr.stemmer.support(lunr); lunr.nl(lunr);``.

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

__all__ = [
    "MAX_QUERY_TERMS",
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
]

MAX_QUERY_TERMS = 10
EXACT_BOOST = 10
PREFIX_BOOST = 3
FUZZY_BOOST = 1

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
# Stemmer: a line-by-line port of the snowball-generated DutchStemmer in lunr.nl.js and the
# SnowballProgram of lunr.stemmer.support.js. Strings are handled as UTF-16 code units, like
# JavaScript's charCodeAt, so that region positions (R1 >= 3 ...) agree for every input.


def _grouping(bits: list[int], minimum: int) -> frozenset[str]:
    return frozenset(
        chr(minimum + i) for i in range(len(bits) * 8) if bits[i >> 3] & (1 << (i & 7))
    )


_G_V = _grouping([17, 65, 16, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 128], 97)
_G_V_I = _grouping([1, 0, 0, 17, 65, 16, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 128], 73)
_G_V_J = _grouping([17, 67, 16, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 128], 97)

# Among(s, substring_i, result): s as a tuple of code units.
_Among = tuple[tuple[int, ...], int, int]


def _among(*entries: tuple[str, int, int]) -> tuple[_Among, ...]:
    return tuple((tuple(ord(c) for c in s), sub, result) for s, sub, result in entries)


_A_0 = _among(
    ("", -1, 6), ("\u00e1", 0, 1), ("\u00e4", 0, 1), ("\u00e9", 0, 2), ("\u00eb", 0, 2),
    ("\u00ed", 0, 3), ("\u00ef", 0, 3), ("\u00f3", 0, 4), ("\u00f6", 0, 4), ("\u00fa", 0, 5),
    ("\u00fc", 0, 5),
)  # fmt: skip
_ACCENTED = frozenset("\u00e1\u00e4\u00e9\u00eb\u00ed\u00ef\u00f3\u00f6\u00fa\u00fc")
_A_1 = _among(("", -1, 3), ("I", 0, 2), ("Y", 0, 1))
_A_2 = _among(("dd", -1, -1), ("kk", -1, -1), ("tt", -1, -1))
_A_3 = _among(("ene", -1, 2), ("se", -1, 3), ("en", -1, 2), ("heden", 2, 1), ("s", -1, 3))
_A_4 = _among(
    ("end", -1, 1), ("ig", -1, 2), ("ing", -1, 1), ("lijk", -1, 3), ("baar", -1, 4),
    ("bar", -1, 5),
)  # fmt: skip
_A_5 = _among(("aa", -1, -1), ("ee", -1, -1), ("oo", -1, -1), ("uu", -1, -1))


class _DutchStemmer:
    """SnowballProgram state plus the DutchStemmer routines (names as in lunr.nl.js)."""

    __slots__ = ("current", "cursor", "limit", "limit_backward", "bra", "ket", "p1", "p2", "e")

    # -- SnowballProgram ------------------------------------------------------------------
    def set_current(self, word: str) -> None:
        self.current = word
        self.cursor = 0
        self.limit = len(word)
        self.limit_backward = 0
        self.bra = 0
        self.ket = self.limit

    def in_grouping(self, group: frozenset[str]) -> bool:
        if self.cursor < self.limit and self.current[self.cursor] in group:
            self.cursor += 1
            return True
        return False

    def out_grouping(self, group: frozenset[str]) -> bool:
        if self.cursor < self.limit and self.current[self.cursor] not in group:
            self.cursor += 1
            return True
        return False

    def out_grouping_b(self, group: frozenset[str]) -> bool:
        if self.cursor > self.limit_backward and self.current[self.cursor - 1] not in group:
            self.cursor -= 1
            return True
        return False

    def eq_s(self, s: str) -> bool:
        size = len(s)
        if self.limit - self.cursor < size:
            return False
        if self.current[self.cursor : self.cursor + size] != s:
            return False
        self.cursor += size
        return True

    def eq_s_b(self, s: str) -> bool:
        size = len(s)
        if self.cursor - self.limit_backward < size:
            return False
        if self.current[self.cursor - size : self.cursor] != s:
            return False
        self.cursor -= size
        return True

    def find_among(self, v: tuple[_Among, ...]) -> int:
        i, j = 0, len(v)
        c, lim = self.cursor, self.limit
        common_i = common_j = 0
        first_key_inspected = False
        current = self.current
        while True:
            k = i + ((j - i) >> 1)
            diff = 0
            common = min(common_i, common_j)
            w = v[k][0]
            for i2 in range(common, len(w)):
                if c + common == lim:
                    diff = -1
                    break
                diff = ord(current[c + common]) - w[i2]
                if diff:
                    break
                common += 1
            if diff < 0:
                j, common_j = k, common
            else:
                i, common_i = k, common
            if j - i <= 1:
                if i > 0 or j == i or first_key_inspected:
                    break
                first_key_inspected = True
        while True:
            s, substring_i, result = v[i]
            if common_i >= len(s):
                self.cursor = c + len(s)
                return result
            i = substring_i
            if i < 0:
                return 0

    def find_among_b(self, v: tuple[_Among, ...]) -> int:
        i, j = 0, len(v)
        c, lb = self.cursor, self.limit_backward
        common_i = common_j = 0
        first_key_inspected = False
        current = self.current
        while True:
            k = i + ((j - i) >> 1)
            diff = 0
            common = min(common_i, common_j)
            w = v[k][0]
            for i2 in range(len(w) - 1 - common, -1, -1):
                if c - common == lb:
                    diff = -1
                    break
                diff = ord(current[c - 1 - common]) - w[i2]
                if diff:
                    break
                common += 1
            if diff < 0:
                j, common_j = k, common
            else:
                i, common_i = k, common
            if j - i <= 1:
                if i > 0 or j == i or first_key_inspected:
                    break
                first_key_inspected = True
        while True:
            s, substring_i, result = v[i]
            if common_i >= len(s):
                self.cursor = c - len(s)
                return result
            i = substring_i
            if i < 0:
                return 0

    def replace_s(self, c_bra: int, c_ket: int, s: str) -> None:
        adjustment = len(s) - (c_ket - c_bra)
        self.current = self.current[:c_bra] + s + self.current[c_ket:]
        self.limit += adjustment
        if self.cursor >= c_ket:
            self.cursor += adjustment
        elif self.cursor > c_bra:
            self.cursor = c_bra

    def slice_from(self, s: str) -> None:
        if (
            self.bra < 0
            or self.bra > self.ket
            or self.ket > self.limit
            or self.limit > len(self.current)
        ):
            raise ValueError("faulty slice operation")
        self.replace_s(self.bra, self.ket, s)

    def slice_del(self) -> None:
        self.slice_from("")

    # -- DutchStemmer ---------------------------------------------------------------------
    def r_prelude(self) -> None:
        v_1 = self.cursor
        # Fast path: without á ä é ë í ï ó ö ú ü the first loop only walks the cursor to the end,
        # and the cursor is reset right after it.
        if not _ACCENTED.isdisjoint(self.current):
            self.r_prelude_fold()
        self.cursor = v_1
        self.bra = v_1
        if self.eq_s("y"):
            self.ket = self.cursor
            self.slice_from("Y")
        else:
            self.cursor = v_1
        while True:
            v_2 = self.cursor
            if self.in_grouping(_G_V):
                v_3 = self.cursor
                self.bra = v_3
                if self.eq_s("i"):
                    self.ket = self.cursor
                    if self.in_grouping(_G_V):
                        self.slice_from("I")
                        self.cursor = v_2
                else:
                    self.cursor = v_3
                    if self.eq_s("y"):
                        self.ket = self.cursor
                        self.slice_from("Y")
                        self.cursor = v_2
                    elif self.habr1(v_2):
                        break
            elif self.habr1(v_2):
                break

    def r_prelude_fold(self) -> None:
        # The first loop of r_prelude in lunr.nl.js.
        while True:
            self.bra = self.cursor
            among_var = self.find_among(_A_0)
            if among_var:
                self.ket = self.cursor
                if among_var == 1:
                    self.slice_from("a")
                    continue
                if among_var == 2:
                    self.slice_from("e")
                    continue
                if among_var == 3:
                    self.slice_from("i")
                    continue
                if among_var == 4:
                    self.slice_from("o")
                    continue
                if among_var == 5:
                    self.slice_from("u")
                    continue
                if among_var == 6 and self.cursor < self.limit:
                    self.cursor += 1
                    continue
            break

    def habr1(self, v_1: int) -> bool:
        self.cursor = v_1
        if v_1 >= self.limit:
            return True
        self.cursor += 1
        return False

    def r_mark_regions(self) -> None:
        self.p1 = self.limit
        self.p2 = self.p1
        if not self.habr2():
            self.p1 = self.cursor
            if self.p1 < 3:
                self.p1 = 3
            if not self.habr2():
                self.p2 = self.cursor

    def habr2(self) -> bool:
        while not self.in_grouping(_G_V):
            if self.cursor >= self.limit:
                return True
            self.cursor += 1
        while not self.out_grouping(_G_V):
            if self.cursor >= self.limit:
                return True
            self.cursor += 1
        return False

    def r_postlude(self) -> None:
        # Fast path: without "I" or "Y" (marked by r_prelude) this loop only walks the cursor.
        if "I" not in self.current and "Y" not in self.current:
            return
        while True:
            self.bra = self.cursor
            among_var = self.find_among(_A_1)
            if among_var:
                self.ket = self.cursor
                if among_var == 1:
                    self.slice_from("y")
                elif among_var == 2:
                    self.slice_from("i")
                elif among_var == 3:
                    if self.cursor >= self.limit:
                        return
                    self.cursor += 1

    def r_r1(self) -> bool:
        return self.p1 <= self.cursor

    def r_r2(self) -> bool:
        return self.p2 <= self.cursor

    def r_undouble(self) -> None:
        v_1 = self.limit - self.cursor
        if self.find_among_b(_A_2):
            self.cursor = self.limit - v_1
            self.ket = self.cursor
            if self.cursor > self.limit_backward:
                self.cursor -= 1
                self.bra = self.cursor
                self.slice_del()

    def r_e_ending(self) -> None:
        self.e = False
        self.ket = self.cursor
        if self.eq_s_b("e"):
            self.bra = self.cursor
            if self.r_r1():
                v_1 = self.limit - self.cursor
                if self.out_grouping_b(_G_V):
                    self.cursor = self.limit - v_1
                    self.slice_del()
                    self.e = True
                    self.r_undouble()

    def r_en_ending(self) -> None:
        if self.r_r1():
            v_1 = self.limit - self.cursor
            if self.out_grouping_b(_G_V):
                self.cursor = self.limit - v_1
                if not self.eq_s_b("gem"):
                    self.cursor = self.limit - v_1
                    self.slice_del()
                    self.r_undouble()

    def r_standard_suffix(self) -> None:  # noqa: C901 - mirrors the generated code
        v_1 = self.limit - self.cursor
        self.ket = self.cursor
        among_var = self.find_among_b(_A_3)
        if among_var:
            self.bra = self.cursor
            if among_var == 1:
                if self.r_r1():
                    self.slice_from("heid")
            elif among_var == 2:
                self.r_en_ending()
            elif among_var == 3 and self.r_r1() and self.out_grouping_b(_G_V_J):
                self.slice_del()
        self.cursor = self.limit - v_1
        self.r_e_ending()
        self.cursor = self.limit - v_1
        self.ket = self.cursor
        if self.eq_s_b("heid"):
            self.bra = self.cursor
            if self.r_r2():
                v_2 = self.limit - self.cursor
                if not self.eq_s_b("c"):
                    self.cursor = self.limit - v_2
                    self.slice_del()
                    self.ket = self.cursor
                    if self.eq_s_b("en"):
                        self.bra = self.cursor
                        self.r_en_ending()
        self.cursor = self.limit - v_1
        self.ket = self.cursor
        among_var = self.find_among_b(_A_4)
        if among_var:
            self.bra = self.cursor
            if among_var == 1:
                if self.r_r2():
                    self.slice_del()
                    v_3 = self.limit - self.cursor
                    self.ket = self.cursor
                    deleted_ig = False
                    if self.eq_s_b("ig"):
                        self.bra = self.cursor
                        if self.r_r2():
                            v_4 = self.limit - self.cursor
                            if not self.eq_s_b("e"):
                                self.cursor = self.limit - v_4
                                self.slice_del()
                                deleted_ig = True
                    if not deleted_ig:
                        self.cursor = self.limit - v_3
                        self.r_undouble()
            elif among_var == 2:
                if self.r_r2():
                    v_5 = self.limit - self.cursor
                    if not self.eq_s_b("e"):
                        self.cursor = self.limit - v_5
                        self.slice_del()
            elif among_var == 3:
                if self.r_r2():
                    self.slice_del()
                    self.r_e_ending()
            elif among_var == 4:
                if self.r_r2():
                    self.slice_del()
            elif among_var == 5 and self.r_r2() and self.e:
                self.slice_del()
        self.cursor = self.limit - v_1
        if self.out_grouping_b(_G_V_I):
            v_6 = self.limit - self.cursor
            if self.find_among_b(_A_5) and self.out_grouping_b(_G_V):
                self.cursor = self.limit - v_6
                self.ket = self.cursor
                if self.cursor > self.limit_backward:
                    self.cursor -= 1
                    self.bra = self.cursor
                    self.slice_del()

    def stem(self, word: str) -> str:
        self.set_current(word)
        self.e = False
        self.p1 = self.p2 = 0
        v_1 = self.cursor
        self.r_prelude()
        self.cursor = v_1
        self.r_mark_regions()
        self.limit_backward = v_1
        self.cursor = self.limit
        self.r_standard_suffix()
        self.cursor = self.limit_backward
        self.r_postlude()
        return self.current


_STEMMER = _DutchStemmer()
_STEM_CACHE: dict[str, str] = {}
_STEM_CACHE_MAX = 200_000


def _to_utf16_units(word: str) -> str:
    data = word.encode("utf-16-le", "surrogatepass")
    return "".join(chr(data[i] | data[i + 1] << 8) for i in range(0, len(data), 2))


def _from_utf16_units(units: str) -> str:
    return units.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "surrogatepass")


def _stem_uncached(word: str) -> str:
    if word.isascii():
        return _STEMMER.stem(word)
    if any(ord(ch) > 0xFFFF for ch in word):
        return _from_utf16_units(_STEMMER.stem(_to_utf16_units(word)))
    return _STEMMER.stem(word)


def stem(word: str) -> str:
    """Stem one (lower-case, trimmed) word exactly like ``lunr.nl.stemmer``."""
    try:
        return _STEM_CACHE[word]
    except KeyError:
        pass
    result = _stem_uncached(word)
    if len(_STEM_CACHE) >= _STEM_CACHE_MAX:
        _STEM_CACHE.clear()
    _STEM_CACHE[word] = result
    return result


def _utf16_len(text: str) -> int:
    return len(text) if text.isascii() else len(text.encode("utf-16-le", "surrogatepass")) // 2


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


def _analyse(token: str) -> str | None:
    try:
        return _TERM_CACHE[token]
    except KeyError:
        pass
    word = trim(token)
    result = None if word in STOP_WORDS else stem(word)
    if len(_TERM_CACHE) >= _STEM_CACHE_MAX:
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


class _DutchBuilder(Builder):
    """lunr.py Builder with the same output, computed faster.

    ``add`` runs the analysis above (memoized per token) instead of lunr.py's per-character
    tokenizer and per-token pipeline calls; ``_create_field_vectors`` builds each sorted vector
    at once instead of one binary-search insert per term, with the same float operations.
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
            terms = tokens(value)
            field_ref = f"{field_name}/{doc_ref}"  # str(lunr.field_ref.FieldRef)
            field_terms: dict[str, int] = {}
            for term in terms:
                field_terms[term] = field_terms.get(term, 0) + 1
            self.field_term_frequencies[field_ref] = field_terms
            self.field_lengths[field_ref] = len(terms)
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
    return builder.build().serialize()


# ---------------------------------------------------------------------------------------------
# Querying (mirrors wegwijzerZoek in zoek-pipeline.js).

_FOLD = str.maketrans("áäéëíïóöúü", "aaeeiioouu")


def query_clauses(query: str) -> list[dict[str, Any]]:
    """The lunr clauses a query becomes: ``{"term", "boost", "wildcard", "edit_distance"}``."""
    words = [trim(token) for token in tokenize(query)]
    words = [word for word in words if word][:MAX_QUERY_TERMS]
    clauses: list[dict[str, Any]] = []
    for position, word in enumerate(words):
        length = _utf16_len(word)
        is_last = position == len(words) - 1
        stop_word = word in STOP_WORDS
        if stop_word and not is_last:
            continue
        stemmed = stem(word)
        if not stop_word:
            clauses.append({"term": stemmed, "boost": EXACT_BOOST, "wildcard": False})
        if length >= 3:
            clauses.append({"term": stemmed, "boost": PREFIX_BOOST, "wildcard": True})
            folded = word.translate(_FOLD)
            if not folded.startswith(stemmed):
                clauses.append({"term": folded, "boost": PREFIX_BOOST, "wildcard": True})
        if length >= 5 and not stop_word:
            distance = 2 if _utf16_len(stemmed) >= 8 else 1
            clauses.append(
                {
                    "term": stemmed,
                    "boost": FUZZY_BOOST,
                    "wildcard": False,
                    "edit_distance": distance,
                }
            )
    return clauses


def _score_key(score: float) -> float:
    # Same float operations as Math.floor(score * 1e6 + 0.5) / 1e6 in zoek-pipeline.js.
    return math.floor(score * 1e6 + 0.5) / 1e6


def _load(index: Index | dict | str) -> Index:
    if isinstance(index, Index):
        return index
    return Index.load(index)


def search(index: Index | dict | str, query: str) -> list[tuple[str, float]]:
    """Run a query like ``wegwijzerZoek``; returns ``[(ref, score), ...]``, best first."""
    lunr_index = _load(index)
    clauses = query_clauses(query)
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
