""" "Bedoel je …?" only where following the suggestion cannot do harm.

Reads a reference that does not resolve and the catalog; emits the tail of the message.
A close match is only offered among records of the same kind in the same place: for a
route of a municipality, the providers that serve that municipality (a location there, or
it in a service's `werkgebied`) and the locations and services of the named provider; for
a service, the locations of its own provider. `gemeente-heerlen` never becomes
`gemeente-stein`: a look-alike elsewhere in the country is a different organisation, so the
message says what to create instead, with the command that makes it.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable

from .model import Catalog

CUTOFF = 0.6  # safe because only records of the same place are candidates


def _close(value: str, options: Iterable[str]) -> str | None:
    match = difflib.get_close_matches(value, sorted(set(options)), n=1, cutoff=CUTOFF)
    return match[0] if match else None


def serves(catalog: Catalog, provider_id: str, code: str | None) -> bool:
    """Whether a provider works in municipality `code` (a location there, or in an area)."""
    provider = catalog.providers.get(provider_id)
    if provider is None or not code:
        return False
    if any(loc.municipality == code for loc in provider.locations):
        return True
    return any(code in s.area or "NL" in s.area for s in provider.services)


def _new_provider(slug: str) -> str:
    name = slug.replace("-", " ").capitalize()
    return (
        f"; bestaat die organisatie nog niet, maak dan providers/{slug}.yaml met: "
        f'.venv/bin/wegwijzer new provider "{name}"'
    )


def route_reference(ref: str, code: str | None, catalog: Catalog) -> str:
    """Message tail for a route's `wie` (or contact) that names no record."""
    provider, _, local = ref.partition("/")
    if local and provider in catalog.providers:
        own = [r.local_id for r in catalog.providers[provider].locations]
        own += [s.local_id for s in catalog.providers[provider].services]
        near = _close(local, own)
        if near:
            return f"; bedoel je '{provider}/{near}'?"
        return (
            f"; {provider} heeft geen locatie of dienst '{local}': voeg die toe aan "
            f"providers/{provider}.yaml of kies uit: {', '.join(sorted(own)) or '(geen)'}"
        )
    nearby = [pid for pid in catalog.providers if serves(catalog, pid, code)]
    near = _close(provider, nearby)
    if near:
        return f"; bedoel je '{near}{'/' + local if local else ''}'?"
    return _new_provider(provider)


def location_reference(ref: str, provider_id: str, own: list, catalog: Catalog) -> str:
    """Message tail for a service's location that does not exist (`own`: the location ids
    of the file itself, which may not be in the catalog while it has errors)."""
    owner, _, local = ref.rpartition("/")
    owner = owner or provider_id
    provider = catalog.providers.get(owner)
    if owner == provider_id:
        options = [i for i in own if isinstance(i, str)]
    elif provider is None:
        return _new_provider(owner)
    else:
        options = [loc.local_id for loc in provider.locations]
    near = _close(local, options)
    if near:
        return f"; bedoel je '{near if owner == provider_id else owner + '/' + near}'?"
    where = "hierboven onder locaties" if owner == provider_id else f"in providers/{owner}.yaml"
    return f"; voeg {where} een locatie met id '{local}' toe"
