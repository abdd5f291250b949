"""Synonyms and abbreviations of the taxonomy, for the search index and the search queries.

Reads the catalog's themes (id, label, synonyms) and abbreviations (``taxonomie/themas.yaml``)
and emits what bridges words that stem differently ("scheiding" / "echtscheiding", "weinig
geld" / "geldzorgen", "GGZ" / "geestelijke gezondheidszorg"):

- ``query_synonyms``: the table the browser (``wegwijzerZoek``) and ``search_pipeline.search``
  use at query time: a phrase of 1 to 3 stems -> stems to add to the query. A theme's synonym
  or label points to the words of the theme's id, which every service with that theme has in
  its indexed ``themas`` field; an abbreviation points to its meaning, the meaning back to the
  abbreviation;
- ``expansion_text``: the words added at index time to a service's low-boost ``extra`` field
  for the groups its own text mentions, so that a service that only says "armoede" is found
  with "geldzorgen" and one that says "GGZ" with "geestelijke gezondheidszorg".

Abbreviations count in a text only when written in capitals ("ZIN", not the word "zin").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..records.model import Catalog
from .pipeline import MAX_PHRASE, tokens

MAX_EXPANSIONS = 12  # stems one synonym key may add to a query
# A word in capitals and digits, not part of a longer word: "CJG" in "CJG-medewerker" and
# "CJG's", not "IJ" in "IJmond".
_CAPITALS = re.compile(r"(?<!\w)[A-Z][A-Z0-9]+(?!\w)")


@dataclass(frozen=True)
class Group:
    """Words that mean one theme or one abbreviation."""

    canonical: tuple[str, ...]  # stems a member adds: the theme id's words, or the meaning
    phrases: tuple[tuple[str, ...], ...]  # stem sequences that stand for the group
    found_text: str  # added to the extra field of a service whose text mentions the group
    abbreviation: str = ""  # as written ("GGZ"); found in a text only in capitals
    reverse: tuple[str, ...] = ()  # abbreviation groups: the meaning's phrase -> abbreviation


@dataclass(frozen=True)
class Groups:
    groups: tuple[Group, ...]
    by_phrase: dict  # stem sequence -> indices of the theme groups it stands for
    by_abbreviation: dict  # abbreviation as written ("GGZ") -> group index
    longest: int  # longest phrase, in stems
    starts: frozenset  # first stems of the phrases


def theme_words(theme_id: str) -> str:
    """The words of a theme id: "psychische-klachten" -> "psychische klachten"."""
    return theme_id.replace("-", " ")


@lru_cache(maxsize=8)
def _groups_cached(key: tuple) -> Groups:
    themes, abbreviations = key
    groups: list[Group] = []
    for theme_id, label, synonyms in themes:
        phrases = {tuple(tokens(value)) for value in (theme_words(theme_id), label, *synonyms)}
        groups.append(
            Group(
                canonical=tuple(tokens(theme_words(theme_id))),
                phrases=tuple(sorted(p for p in phrases if p)),
                found_text=theme_words(theme_id),
            )
        )
    for abbreviation, meaning in abbreviations:
        groups.append(
            Group(
                canonical=tuple(dict.fromkeys(tokens(meaning))),
                phrases=(tuple(tokens(abbreviation)),),
                found_text=f"{abbreviation} {meaning}",
                abbreviation=abbreviation,
                reverse=tuple(tokens(meaning.split("(", 1)[0])),  # without the explanation
            )
        )
    by_phrase: dict[tuple[str, ...], list[int]] = {}
    by_abbreviation: dict = {}
    for i, group in enumerate(groups):
        if group.abbreviation:
            by_abbreviation[group.abbreviation] = i
            if group.reverse:
                by_phrase.setdefault(group.reverse, []).append(i)
        else:
            for phrase in group.phrases:
                by_phrase.setdefault(phrase, []).append(i)
    longest = max((len(p) for p in by_phrase), default=0)
    starts = frozenset(p[0] for p in by_phrase)
    return Groups(tuple(groups), by_phrase, by_abbreviation, longest, starts)


def groups(catalog: Catalog) -> Groups:
    key = (
        tuple(
            (t.id, t.label, tuple(t.synonyms))
            for t in sorted(catalog.themes.values(), key=lambda t: t.id)
        ),
        tuple(sorted(catalog.abbreviations.items())),
    )
    return _groups_cached(key)


def query_synonyms(catalog: Catalog) -> dict[str, list[str]]:
    """Query expansion table: a phrase of stems ("scheid", "weinig geld") -> stems to add.

    Phrases longer than ``search_pipeline.MAX_PHRASE`` stems are left out, and so are phrases
    of numbers only ("18 worden" -> "18"), which would expand every age a parent types.
    """
    table: dict[str, set[str]] = {}
    for group in groups(catalog).groups:
        pairs = [(phrase, group.canonical) for phrase in group.phrases]
        if group.reverse:
            pairs.append((group.reverse, tuple(tokens(group.abbreviation))))
        for phrase, targets in pairs:
            if not phrase or len(phrase) > MAX_PHRASE or all(w.isdigit() for w in phrase):
                continue
            added = [t for t in targets if t not in phrase]
            if added:
                table.setdefault(" ".join(phrase), set()).update(added)
    return {key: sorted(value)[:MAX_EXPANSIONS] for key, value in sorted(table.items())}


def expansion_text(catalog: Catalog, text: str) -> str:
    """Words for a service's extra field: the groups its text (name, description) mentions.

    A theme mentioned ("armoede", "weinig geld") adds the theme's own words ("geldzorgen"); an
    abbreviation in capitals ("GGZ") or its meaning adds both. The synonyms of the service's
    own themes are not added: a query with a synonym already asks for the theme's words, and
    those are in the ``themas`` field.
    """
    index = groups(catalog)
    found: set[int] = set()
    stems = tokens(text)
    for start, first in enumerate(stems):
        if first not in index.starts:
            continue
        for end in range(start + 1, min(start + index.longest, len(stems)) + 1):
            found.update(index.by_phrase.get(tuple(stems[start:end]), ()))
    for word in _CAPITALS.findall(text):
        position = index.by_abbreviation.get(word)
        if position is not None:
            found.add(position)
    return " ".join(index.groups[i].found_text for i in sorted(found))
