"""Where each record's page lives: the single source of truth for record page paths and URLs.

Reads record ids (a provider's slug, a service's provider and local id, a municipality's page
slug, a theme id) and emits two strings per kind of record page:

- the docs path of the page's generated Markdown source (``*_source``):
  ``aanbieders/<provider>.md``, ``diensten/<provider>/<service>.md``,
  ``gemeenten/<municipality>.md``, ``sociale-kaart/thema/<theme>.md``;
- the site-relative URL MkDocs serves that source at (``*_page``; directory URLs, each path
  segment percent-encoded): ``aanbieders/<provider>/``, ``diensten/<provider>/<service>/``,
  ``gemeenten/<municipality>/``, ``sociale-kaart/thema/<theme>/``.

A location has no page of its own: it is the section ``#locatie-<id>`` (``location_anchor``)
of its provider's page. ``site_path`` and ``page`` turn any docs path into its site path and
URL. The page generators, the open data, the map data and the search index all take record
URLs from here, so they cannot disagree, whatever characters an id holds.
"""

from __future__ import annotations

from urllib.parse import quote

from .records.model import Location, Municipality, Service

PROVIDERS = "aanbieders"
SERVICES = "diensten"
MUNICIPALITIES = "gemeenten"
THEMES = "sociale-kaart/thema"


# --------------------------------------------------------------------------- generated sources


def provider_source(provider_id: str) -> str:
    return f"{PROVIDERS}/{provider_id}.md"


def service_source(service: Service) -> str:
    return f"{SERVICES}/{service.provider_id}/{service.local_id}.md"


def municipality_source(municipality: Municipality) -> str:
    return f"{MUNICIPALITIES}/{municipality.id}.md"


def theme_source(theme_id: str) -> str:
    return f"{THEMES}/{theme_id}.md"


def location_anchor(location: Location) -> str:
    """Fragment (without "#") of a location's section on its provider's page."""
    return f"locatie-{location.local_id}"


# --------------------------------------------------------------------------- site URLs


def site_path(source: str) -> str:
    """Docs path to the site path MkDocs serves it at: `aanbieders/x.md` -> `aanbieders/x/`."""
    if source == "index.md" or source.endswith("/index.md"):
        return source[: -len("index.md")]
    if source.endswith(".md"):
        return source[:-3] + "/"
    return source


def page(source: str) -> str:
    """Site-relative URL of a docs path: its site path with every segment percent-encoded."""
    return "/".join(quote(part, safe="") for part in site_path(source).split("/"))


def provider_page(provider_id: str) -> str:
    return page(provider_source(provider_id))


def service_page(service: Service) -> str:
    return page(service_source(service))


def municipality_page(municipality: Municipality) -> str:
    return page(municipality_source(municipality))


def theme_page(theme_id: str) -> str:
    return page(theme_source(theme_id))
