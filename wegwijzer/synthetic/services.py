"""Services: what each provider offers, from the templates for its kind.

Reads the providers (with their locations and number of services), the theme ids and
the tables (service templates per provider kind, extra sentences, lists, languages,
sign-up texts). Emits each provider's `services` records: the templates in turn (the
first two of a CJG or municipality first), later rounds named after the provider's
places, with themes from the taxonomy, ages (varied, never inverted: `model.age_months`),
access, funding, locations, area, languages, sometimes contact details, validity dates
and a review date. Also the index `services_in` (per municipality and template) and each
provider's `service_keys`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..records.model import age_months
from .state import Provider, State, slugify, unique
from .tables import EXTRA_SENTENCES, LANGUAGES, LISTS, SERVICES, SIGN_UP, ServiceTemplate


class Services(State):
    def services(self) -> None:
        for provider in self.providers:
            used = {loc["id"] for loc in provider.locations}
            templates = list(SERVICES[provider.kind])
            first = templates[:2] if provider.kind in ("cjg", "gemeente") else []
            rest = templates[len(first) :]
            self.rng.shuffle(rest)
            order = first + rest
            for i in range(provider.n_services):
                template = order[i % len(order)]
                round_ = i // len(order)
                self._add_service(provider, template, round_, used)

    def _age(self, template: ServiceTemplate) -> dict | None:
        rng = self.rng
        if template.leeftijd is None or rng.random() < 0.08:
            return None
        low, high = template.leeftijd
        if isinstance(low, int) and rng.random() < 0.3:
            low = max(0, low + rng.choice([-1, 1, 2]))
        if isinstance(high, int) and rng.random() < 0.3:
            high = min(27, high + rng.choice([-1, 1, 2, 5]))
        if age_months(low) > age_months(high, upper=True):
            low, high = template.leeftijd
        return {"van": low, "tot": high}

    def _add_service(
        self, provider: Provider, t: ServiceTemplate, round_: int, used: set[str]
    ) -> None:
        rng = self.rng
        name = t.naam
        codes = dict.fromkeys(c for c in provider.location_munis if c) or {provider.home.code: 0}
        places = [self.by_code[c] for c in codes]
        if round_:
            place = places[(round_ - 1) % len(places)].name
            name = f"{t.naam} {place}" if round_ <= len(places) else f"{t.naam} (groep {round_})"
        suffix = slugify(name.removeprefix(t.naam), 30) if round_ else ""
        local = unique(f"{t.key}-{suffix}" if suffix else t.key, used)
        provider.service_keys.setdefault(t.key, local)
        themes = [x for x in t.themas if x in self.theme_set] or [self.themes[0]]
        if rng.random() < 0.1:
            extra = rng.choice(self.themes)
            if extra not in themes:
                themes.append(extra)
        record: dict[str, Any] = {
            "id": local,
            "naam": name,
            "omschrijving": self._service_text(t),
            "themas": themes,
            "doelgroep": list(t.doelgroep),
        }
        age = self._age(t)
        if age:
            record["leeftijd"] = age
        record["toegang"] = t.toegang
        if t.verwijzers:
            k = rng.randint(1, len(t.verwijzers))
            record["verwijzers"] = list(t.verwijzers[:k])
        funding = [f for f in t.financiering if f == t.financiering[0] or rng.random() < 0.7]
        record["financiering"] = funding
        record["uitvoering"] = list(t.uitvoering)
        refs = self._service_locations(provider)
        if refs:
            record["locaties"] = refs
        record["werkgebied"] = self._area(provider)
        record["talen"] = self._languages()
        if t.aanmelden or rng.random() < 0.5:
            record["aanmelden"] = t.aanmelden or rng.choice(SIGN_UP)
        if rng.random() < 0.15:
            number = self._phone(provider.home.province)
            record["telefoonlijnen"] = [self._phone_line(number, "dienst")]
        if rng.random() < 0.15:
            record["email"] = f"{local[:20].strip('-')}@{provider.domain}.nl"
        if rng.random() < 0.2:
            record["website"] = f"https://www.{provider.domain}.nl/aanbod/{local}"
        roll = rng.random()
        if roll < 0.02:  # planned
            record["geldig_vanaf"] = dt.date(self.today.year + 1, rng.choice([1, 3, 9]), 1)
            record["status"] = "gepland"
        elif roll < 0.03:  # ended
            record["geldig_vanaf"] = dt.date(rng.randint(2015, 2020), 1, 1)
            record["geldig_tot"] = dt.date(self.today.year - 1, 12, 31)
            record["status"] = "beeindigd"
        elif roll < 0.2:
            record["geldig_vanaf"] = dt.date(
                rng.randint(2015, self.today.year), rng.randint(1, 12), 1
            )
            if record["geldig_vanaf"] > self.today:
                record["geldig_vanaf"] = dt.date(self.today.year, 1, 1)
            if rng.random() < 0.2:
                record["geldig_tot"] = dt.date(self.today.year + rng.randint(1, 3), 12, 31)
        if rng.random() < 0.1:
            record["laatst_gecontroleerd"] = self._review_date()
        provider.services.append(record)
        for code in [c for c in provider.location_munis if c] or [provider.home.code]:
            self.services_in[(code, t.key)].append(f"{provider.slug}/{local}")

    def _service_text(self, t: ServiceTemplate) -> str:
        rng = self.rng
        text = t.tekst
        if rng.random() < 0.5:
            text += " " + rng.choice(EXTRA_SENTENCES)
        if rng.random() < 0.15:
            text += "\n\nWat u kunt verwachten:\n\n" + "\n".join(
                f"- {item};" for item in rng.choice(LISTS)
            )
        return text

    def _service_locations(self, provider: Provider) -> list[str]:
        rng = self.rng
        own = [loc["id"] for loc in provider.locations]
        refs: list[str] = []
        if own and rng.random() < 0.88:
            refs = rng.sample(own, min(len(own), rng.choice([1, 1, 1, 2, 2, 3])))
        if rng.random() < 0.04:
            nearby = [
                gid
                for gid, _kind in self.locations_in.get(provider.home.code, [])
                if not gid.startswith(provider.slug + "/")
            ]
            if nearby:
                refs.append(rng.choice(nearby))
        return refs

    def _area(self, provider: Provider) -> list[str]:
        rng = self.rng
        if provider.national:
            return ["NL"]
        region = [m.code for m in self.regions[provider.region]]
        if provider.kind == "cjg":
            return region
        if provider.kind == "gemeente":
            return [provider.home.code]
        others = [c for c in region if c != provider.home.code]
        extra = rng.sample(others, rng.randint(0, len(others))) if others else []
        return [provider.home.code, *sorted(extra)]

    def _languages(self) -> list[str]:
        rng = self.rng
        roll = rng.random()
        if roll < 0.75:
            return ["nl"]
        if roll < 0.93:
            return ["nl", "en"]
        return ["nl", "en", *sorted(rng.sample(LANGUAGES[1:], 2))]
