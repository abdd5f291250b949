"""The Dutch snowball stemmer of lunr-languages (``lunr.nl.js``), ported to Python.

Reads one lower-cased, trimmed word; emits its stem exactly as ``lunr.nl.stemmer`` does in the
browser (lunr.js 2.3.9 + lunr-languages 1.22.0), including the folding of á ä é ë í ï ó ö ú ü to
plain vowels ("één" -> "een"). ``wegwijzer.search.pipeline`` uses it for the index (lunr.py) and
the query clauses; tests/test_search/pipeline.py compares it word by word with lunr.nl.js.

The port is line by line from the snowball-generated ``DutchStemmer`` and the
``SnowballProgram`` of ``lunr.stemmer.support.js``, so a difference is easy to trace. Strings are
handled as UTF-16 code units, like JavaScript's ``charCodeAt``, so that region positions (R1 >= 3
...) agree for every input.
"""

from __future__ import annotations

__all__ = ["stem", "utf16_len"]


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


def utf16_len(text: str) -> int:
    return len(text) if text.isascii() else len(text.encode("utf-16-le", "surrogatepass")) // 2
