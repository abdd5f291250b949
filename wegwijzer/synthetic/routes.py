"""Routes: how a municipality's families reach help, with the history of that route.

Reads the municipalities, providers, locations and services and the indexes the
earlier stages built (CJG per region, municipal organisation, CJG location, youth
information points, POH-jeugd services, certified institutions, Veilig Thuis). Emits
the `routes` of one municipality page: first point of contact, access to specialist
youth care, referrers, funding, safety, steps and contacts, every reference pointing at
an existing record; one route since 2015, or a change in 2017 (and 2018) with the
earlier routes dated.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from .state import Muni, Provider, State


class Routes(State):
    def _any_ref(self, muni: Muni) -> str | None:
        for provider in self.providers:
            if provider.home.code == muni.code:
                return provider.slug
        for provider in self.providers:
            if provider.region == muni.region:
                return provider.slug
        return self.providers[0].slug if self.providers else None

    def _service_ref(self, provider: Provider | None, key: str) -> str | None:
        if provider and key in provider.service_keys:
            return f"{provider.slug}/{provider.service_keys[key]}"
        return None

    def _routes(self, muni: Muni) -> list[dict]:
        rng = self.rng
        fallback = self._any_ref(muni)
        if fallback is None:
            return []
        cjg = self.cjg_of_region.get(muni.region)
        gemeente = self.gemeente_of.get(muni.code)
        cjg_entry = self.cjg_location.get(muni.code) or (cjg.slug if cjg else None)
        cjg_info = self._service_ref(cjg, "informatie-en-advies")
        toegang = self._service_ref(gemeente, "toegangsteam-jeugd")
        wijkteam = self._service_ref(gemeente, "wijkteam")
        jips = [
            gid
            for gid, kind in self.locations_in.get(muni.code, [])
            if kind in ("jip", "inlooppunt")
        ]
        poh = self.services_in.get((muni.code, "poh-jeugd"), [])
        gi = self.kind_in_province.get((muni.province, "gecertificeerde-instelling"), [])
        veilig = self.kind_in_region.get((muni.region, "veiligheid"), [])
        entry = cjg_entry or fallback
        access_now = toegang or (gemeente.slug if gemeente else None) or cjg_info or entry
        team = wijkteam or (gemeente.slug if gemeente else None) or entry

        def route(start: dt.date, end: dt.date | None, via_cjg: bool, extra_entry: bool) -> dict:
            who = (cjg_info or entry) if via_cjg else access_now
            first = [
                {
                    "wie": entry,
                    "toelichting": f"Voor vragen over opgroeien en opvoeden in {muni.name}; "
                    "zonder verwijzing.",
                }
            ]
            if extra_entry and jips:
                first.append(
                    {"wie": rng.choice(jips), "toelichting": "Inlooppunt en jongereninformatie."}
                )
            referrers: list[dict] = [
                {
                    "soort": "cjg" if via_cjg else "gemeente",
                    "wie": who,
                    "toelichting": "Na een gesprek over wat er nodig is.",
                },
                {"soort": "huisarts"},
            ]
            if poh and not via_cjg:
                referrers.append(
                    {
                        "soort": "poh-jeugd",
                        "wie": rng.choice(poh),
                        "toelichting": "Samen met de huisarts.",
                    }
                )
            referrers += [{"soort": "jeugdarts"}, {"soort": "medisch-specialist"}]
            if gi:
                referrers.append({"soort": "gecertificeerde-instelling", "wie": gi[0].slug})
            else:
                referrers.append({"soort": "gecertificeerde-instelling"})
            result: dict[str, Any] = {"geldig_vanaf": start}
            if end:
                result["geldig_tot"] = end
            result["samenvatting"] = (
                f"Ouders en jongeren in {muni.name} kunnen met elke vraag terecht bij het CJG. "
                + (
                    "Het CJG regelt ook de toegang tot gespecialiseerde jeugdhulp."
                    if via_cjg
                    else f"De gemeente {muni.name} regelt de toegang tot gespecialiseerde "
                    "jeugdhulp; huisarts, jeugdarts en medisch specialist verwijzen ook direct."
                )
            )
            result["eerste_aanspreekpunt"] = first
            result["toegang_specialistisch"] = [
                {
                    "wie": who,
                    "hoe": "Bespreekt met het gezin welke hulp nodig is en geeft de "
                    "beschikking af.",
                }
            ]
            result["verwijzers"] = referrers
            result["financiering"] = {
                "zorg_in_natura": "De gemeente koopt de hulp in; u regelt zelf niets.",
                "pgb": "Met een PGB koopt u de hulp zelf in; de SVB betaalt de hulpverlener.",
                "pgb_aanvragen_bij": (gemeente.slug if gemeente and not via_cjg else who),
            }
            safety: dict[str, Any] = {
                "toelichting": "Bij zorgen over de veiligheid van een kind belt u Veilig Thuis "
                "(0800-2000); bij direct gevaar 112. Het lokale team doet het casemanagement.",
            }
            safety["lokaal_team"] = veilig[0].slug if veilig and via_cjg else team
            result["veiligheid"] = safety
            steps = [
                {
                    "titel": "Vraag stellen",
                    "tekst": "U stelt uw vraag aan het CJG, de huisarts of de jeugdarts.",
                    "wie": entry,
                },
                {
                    "titel": "Samen kijken wat nodig is",
                    "tekst": "In een gesprek bespreekt u wat er speelt en wat al helpt.",
                },
                {
                    "titel": "Hulp regelen",
                    "tekst": "Is meer hulp nodig, dan regelt de toegang een beschikking.",
                    "wie": who,
                },
            ]
            if rng.random() < 0.5:
                steps.append(
                    {
                        "titel": "Evaluatie",
                        "tekst": "Na een paar maanden kijkt u samen of de hulp werkt.",
                    }
                )
            result["stappen"] = steps
            contacts = [ref for ref in (entry, who, gemeente.slug if gemeente else None) if ref]
            result["contacten"] = list(dict.fromkeys(contacts))
            return result

        roll = rng.random()
        if roll < 0.25:  # the 2017 change: access moved from the CJG to the municipality
            return [
                route(dt.date(2017, 1, 1), None, False, True),
                route(dt.date(2015, 1, 1), dt.date(2016, 12, 31), True, False),
            ]
        if roll < 0.33:  # two changes (2017, 2018)
            return [
                route(dt.date(2018, 1, 1), None, False, True),
                route(dt.date(2017, 1, 1), dt.date(2017, 12, 31), False, False),
                route(dt.date(2015, 1, 1), dt.date(2016, 12, 31), True, False),
            ]
        return [route(dt.date(2015, 1, 1), None, rng.random() < 0.2, rng.random() < 0.5)]
