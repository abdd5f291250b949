"""The order of search results on the page, after lunr's ranking: the same rule as
`browser/zoeken/50-zoeken.js` (``orden``), so the parity tests can check the page against it.

Reads the ranked hits (``pipeline.search``: ``[(ref, score)]``, best first), the documents of
a shard (result cards: ``soort`` missing for a service, else ``aanbieder``, ``cjg``,
``route``, ``handboek``; ``eigen``; ``oud`` for an ended route; ``trefwoorden``) and the
query. Emits the refs in the order a reader sees them:

1. an ended route only when the query asks for the history (``asks_history``: a year such
   as 2016, or "vroeger", "oud", "eerder", "geschiedenis");
2. "services first when the query is about help": services of the chosen municipality (and
   other documents the query names) come first, then the other services, then providers,
   routes, handbook pages and CJG locations the query does not name. A document is named when
   every query word (stop words left out) starts a word of its title or ``trefwoorden``: so
   "poh jeugd" brings up the handbook page on the POH-jeugd, "aanmelden gemeente" the route;
3. within each group, lunr's order.
"""

from __future__ import annotations

import re
import unicodedata

from .pipeline import STOP_WORDS

HISTORY_WORDS = {"vroeger", "oud", "oude", "eerder", "eerdere", "geschiedenis", "voorheen"}
_YEAR = re.compile(r"^(?:19|20)\d\d$")


def words(text: str) -> list[str]:
    """Like ``woorden`` in 20-laden.js: lower case, without accents, letters and digits."""
    plain = unicodedata.normalize("NFD", str(text or "").lower())
    plain = "".join(ch for ch in plain if not "\u0300" <= ch <= "\u036f")
    return [w for w in re.split(r"[^a-z0-9]+", plain) if w]


def asks_history(query: str) -> bool:
    return any(w in HISTORY_WORDS or _YEAR.match(w) for w in words(query))


def query_words(query: str) -> list[str]:
    return [w for w in words(query) if len(w) > 1 and w not in STOP_WORDS]


def named(document: dict, query: str) -> bool:
    wanted = query_words(query)
    if not wanted:
        return False
    own = words(f"{document.get('naam', '')} {document.get('trefwoorden', '')}")
    return all(any(w.startswith(q) for w in own) for q in wanted)


def group(document: dict, query: str) -> int:
    service = not document.get("soort")
    if service and document.get("eigen"):
        return 0
    if not service and named(document, query):
        return 0 if document.get("eigen") else 1
    return 1 if service else 2


def ordered(hits: list[tuple[str, float]], documents: dict, query: str) -> list[str]:
    history = asks_history(query)
    kept = [
        (group(documents[ref], query), position, ref)
        for position, (ref, _score) in enumerate(hits)
        if ref in documents and (history or not documents[ref].get("oud"))
    ]
    return [ref for _, _, ref in sorted(kept)]
