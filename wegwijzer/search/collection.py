"""One lunr index for a whole collection, written compactly for any subset of it (a file).

Reads the documents of a collection already analysed by the Dutch pipeline
(``search_pipeline.Analysed`` per field) and emits, for any list of refs, the compact form of
their lunr index that ``search.unpack`` (and browser/zoeken/15-uitpakken.js, the same rule)
expands into the serialized lunr index (lunr-schema, as ``lunr.Index.serialize()`` writes it)
that lunr.js 2.3.9 loads with ``wegwijzerLaadIndex`` and lunr.py with ``Index.load``:

- ``terms``: the sorted vocabulary of the documents;
- per document, per field, its vector as ``[gap, score, gap, score, ...]``: the position of
  each term in ``terms`` as the gap to the previous one (sorted, so small numbers), and its
  BM25 weight in thousandths (lunr rounds weights to 3 decimals; an integer needs no dot).

Why compact: the serialized lunr index repeats every posting twice (in the field vectors and
in the inverted index, which is only the vectors turned around) and spells out long term
numbers and field names per entry. The inverted index is rebuilt when the file is read.

Why not one ``search_pipeline.build_index`` per file: a national service is in every file
and a regional one in a few; building each from scratch repeats that work. Here the
statistics come from the whole collection, so each document's vectors are computed once and
are the same in every file. Terms are numbered in sorted order wherever the index is expanded,
so a document's vector entries keep one order everywhere.
"""

from __future__ import annotations

import math
import re

from .pipeline import Analysed

__all__ = ["CollectionIndex"]


class CollectionIndex:
    """One lunr index for a whole collection, in compact form for any subset of it.

    BM25 statistics (the idf of each term, the average length of each field) are those of the
    whole collection, so a document's field vectors are the same in every file. Expanded
    (``search.unpack``) for every document, it scores as ``build_index`` on the same
    documents and fields does.

    ``documents``: ``(ref, [Analysed of each field])`` in collection order; refs must be plain
    ASCII letters and digits.
    """

    def __init__(self, documents: list[tuple[str, list[Analysed]]], fields: list[dict]):
        self.fields = [f["field_name"] for f in fields]
        boosts = [f.get("boost", 1) for f in fields]
        self._documents: dict[str, list[Analysed]] = {}
        frequency: dict[str, int] = {}  # documents with the term, counted once per field
        totals = [0] * len(self.fields)
        for ref, analysed in documents:
            if not _REF.match(ref) or ref in self._documents:
                raise ValueError(f"zoekindex: ongeldige of dubbele ref {ref!r}")
            self._documents[ref] = analysed
            for position, value in enumerate(analysed):
                totals[position] += value.length
                for term in value.counts:
                    frequency[term] = frequency.get(term, 0) + 1
        n = len(documents)
        averages = [total / n if n else 0 for total in totals]
        idf = {}
        for term, with_term in frequency.items():
            x = (n - with_term + 0.5) / (with_term + 0.5)
            idf[term] = math.log(1 + abs(x))  # lunr.idf.idf
        k1, b = 1.2, 0.75  # lunr's defaults
        # ref -> per field, (term, weight in thousandths) sorted by term
        self._vectors: dict[str, list[list[tuple[str, int]]]] = {}
        for ref, analysed in documents:
            per_field = []
            for position, value in enumerate(analysed):
                entries = []
                if value.counts:
                    norm = k1 * (1 - b + b * (value.length / averages[position]))
                    boost = boosts[position]
                    for term, tf in value.counts.items():
                        # The BM25 expression of lunr.py's Builder (doc boost 1), rounded as
                        # lunr rounds it; in thousandths, exact as an integer.
                        weight = round(idf[term] * ((k1 + 1) * tf) / (norm + tf) * boost * 1, 3)
                        entries.append((term, round(weight * 1000)))
                per_field.append(sorted(entries))
            self._vectors[ref] = per_field

    def terms(self, refs) -> list[str]:
        """The sorted vocabulary of the documents `refs`."""
        return sorted({term for ref in refs for field in self._vectors[ref] for term, _ in field})

    def vectors(self, ref: str, position: dict[str, int]) -> list[list[int]]:
        """Per field, ``[gap, weight, ...]``: term positions in a vocabulary (``position``,
        term -> its place in ``terms(...)``) as gaps, weights in thousandths."""
        out = []
        for field in self._vectors[ref]:
            flat: list[int] = []
            previous = 0
            for term, weight in field:
                at = position[term]
                flat += (at - previous, weight)
                previous = at
            out.append(flat)
        return out


_REF = re.compile(r"^[A-Za-z0-9]+\Z")
