"""One lunr index for a whole collection, serialized for any subset of it (a shard).

Reads the documents of a collection already analysed by the Dutch pipeline
(``search_pipeline.Analysed`` per field) and emits, for any list of refs, the serialized lunr
index (JSON text in lunr-schema, as ``lunr.Index.serialize()`` writes it) that lunr.js 2.3.9
loads with ``wegwijzerLaadIndex`` and lunr.py with ``Index.load``.

Why not one ``search_pipeline.build_index`` per shard: a national service is in all 342
municipality shards and a regional one in ten; building each shard from scratch repeats that
work hundreds of times. Here the statistics come from the whole collection, so each document's
field vectors are computed and serialized once; a shard only gathers the postings of its
documents' terms (``common`` prepares those of the documents every shard holds). It also
means a service scores the same for a query in every shard.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass

from .pipeline import Analysed

__all__ = ["CollectionIndex", "Common"]


class CollectionIndex:
    """One lunr index for a whole collection, serialized for any subset of it (a shard).

    BM25 statistics (the idf of each term, the average length of each field) and the term
    indices are those of the whole collection, so a document's field vectors are the same in
    every shard: they are computed and serialized once, and a shard only gathers the postings
    of its documents' terms. lunr.js and lunr.py's ``Index.load`` need no more than that: each
    vector sorted by term index and each of its terms in the inverted index. A document gets
    the same score for a query whatever shard it is in. For a shard of every document, in
    order, ``serialize`` equals ``build_index`` on the same documents and fields.

    ``documents``: ``(ref, [Analysed of each field])`` in collection order; refs must be plain
    ASCII letters and digits (they are written into the JSON as they are).
    """

    def __init__(self, documents: list[tuple[str, list[Analysed]]], fields: list[dict]):
        from lunr import __TARGET_JS_VERSION__

        self.fields = [f["field_name"] for f in fields]
        boosts = [f.get("boost", 1) for f in fields]
        self._head = json.dumps(
            {"version": __TARGET_JS_VERSION__, "fields": self.fields}, separators=(",", ":")
        )[:-1]
        self._documents = {}
        term_index: dict[str, int] = {}
        frequency: dict[str, int] = {}  # documents with the term, counted once per field
        totals = [0] * len(self.fields)
        for ref, analysed in documents:
            if not _REF.match(ref) or ref in self._documents:
                raise ValueError(f"zoekindex: ongeldige of dubbele ref {ref!r}")
            self._documents[ref] = analysed
            for position, value in enumerate(analysed):
                totals[position] += value.length
                for term in value.counts:
                    if term not in term_index:
                        term_index[term] = len(term_index)
                    frequency[term] = frequency.get(term, 0) + 1
        n = len(documents)
        averages = [total / n if n else 0 for total in totals]
        idf = {}
        for term, with_term in frequency.items():
            x = (n - with_term + 0.5) / (with_term + 0.5)
            idf[term] = math.log(1 + abs(x))  # lunr.idf.idf
        k1, b = 1.2, 0.75  # lunr's defaults
        self._vectors: dict[str, str] = {}
        self._posting = {ref: f'"{ref}":{{}}' for ref in self._documents}
        for ref, analysed in documents:
            parts = []
            for position, value in enumerate(analysed):
                flat: list = []
                if value.counts:
                    norm = k1 * (1 - b + b * (value.length / averages[position]))
                    boost = boosts[position]
                    entries = sorted(
                        # The BM25 expression of lunr.py's Builder (doc boost 1), same order.
                        (
                            term_index[term],
                            round(idf[term] * ((k1 + 1) * tf) / (norm + tf) * boost * 1, 3),
                        )
                        for term, tf in value.counts.items()
                    )
                    for entry in entries:
                        flat += entry
                parts.append(
                    json.dumps([f"{self.fields[position]}/{ref}", flat], separators=(",", ":"))
                )
            self._vectors[ref] = ",".join(parts)
        self._term_index = term_index

    def _postings(self, refs) -> dict[str, list[list[str]]]:
        """term -> per field, the posting entries (`"ref":{}`) of the documents `refs`."""
        postings: dict[str, list[list[str]]] = {}
        width = len(self.fields)
        for ref in refs:
            posting = self._posting[ref]
            for position, value in enumerate(self._documents[ref]):
                for term in value.counts:
                    lists = postings.get(term)
                    if lists is None:
                        lists = postings[term] = [[] for _ in range(width)]
                    lists[position].append(posting)
        return postings

    def _entry(self, term: str, per_field: list[str]) -> str:
        fields = ",".join(
            f'"{name}":{{{joined}}}' for name, joined in zip(self.fields, per_field, strict=True)
        )
        term_json = json.dumps(term, ensure_ascii=False)
        return f'[{term_json},{{{fields},"_index":{self._term_index[term]}}}]'

    def common(self, refs: list[str]) -> Common:
        """Postings of documents that many shards share (the national ones), built once."""
        joined = {
            term: [",".join(entries) for entries in lists]
            for term, lists in self._postings(refs).items()
        }
        return Common(
            refs=frozenset(refs),
            joined=joined,
            entries={term: self._entry(term, parts) for term, parts in joined.items()},
        )

    def shard_json(self, refs: list[str], common: Common | None = None) -> str:
        """The serialized lunr index (JSON text) of the documents `refs`, in that order.

        `common` (from ``common()``) holds documents that are all among `refs`; their
        postings are reused instead of gathered again.
        """
        if common is not None and not common.refs <= set(refs):
            raise ValueError("zoekindex: de gedeelde documenten horen niet allemaal in deze shard")
        shared = common.refs if common is not None else frozenset()
        postings = self._postings([ref for ref in refs if ref not in shared])
        terms = set(postings)
        if common is not None:
            terms |= common.entries.keys()
        inverted = []
        for term in sorted(terms):
            lists = postings.get(term)
            if lists is None:
                inverted.append(common.entries[term])
                continue
            base = common.joined.get(term) if common is not None else None
            parts = [
                ",".join(([base[i]] if base and base[i] else []) + entries)
                for i, entries in enumerate(lists)
            ]
            inverted.append(self._entry(term, parts))
        vectors = ",".join(self._vectors[ref] for ref in refs)
        return (
            f'{self._head},"fieldVectors":[{vectors}],"invertedIndex":[{",".join(inverted)}],'
            '"pipeline":["stemmer-nl"]}'
        )

    def serialize(self, refs: list[str]) -> dict:
        return json.loads(self.shard_json(refs))


@dataclass(frozen=True)
class Common:
    """Postings of documents shared by many shards (``CollectionIndex.common``)."""

    refs: frozenset[str]
    joined: dict[str, list[str]]  # term -> per field, its posting entries joined
    entries: dict[str, str]  # term -> its whole inverted-index entry as JSON text


_REF = re.compile(r"^[A-Za-z0-9]+\Z")
