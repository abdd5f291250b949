"""Providers: which organisations there are, their names, and how many records each gets.

Reads the municipalities and regions and the tables (kind weights, name patterns,
national kinds, location and service weights). Emits `State.providers`: one CJG per
youth region, one municipal organisation per municipality, the rest drawn by kind
weight with a home municipality drawn by its weight, each with a unique name, slug,
web domain and phone number; the indexes by region and province; and per provider
the number of locations and services it gets (`n_locations`, `n_services`).
"""

from __future__ import annotations

from .state import Muni, Provider, State, slugify, unique, weighted
from .tables import (
    KIND_WEIGHTS,
    LOCATION_WEIGHT,
    NATIONAL_KINDS,
    PROVIDER_NAMES,
    SERVICE_WEIGHT,
    STREET_NAMES,
    SURNAMES,
    WIJKEN,
    WORDS,
)


class Providers(State):
    def provider_plan(self) -> None:
        rng = self.rng
        budget = self.sizes.aanbieders
        plan: list[tuple[str, Muni, str]] = []
        region_names = list(self.regions)
        for region in region_names:
            if len(plan) < budget:
                home = max(self.regions[region], key=lambda m: m.weight)
                plan.append(("cjg", home, region))
        for muni in self.munis:
            if len(plan) < budget:
                plan.append(("gemeente", muni, muni.region))
        weights = [m.weight for m in self.munis]
        while len(plan) < budget:
            kind = weighted(rng, KIND_WEIGHTS)
            home = rng.choices(self.munis, weights=weights)[0]
            plan.append((kind, home, home.region))
        for kind, home, region in plan:
            self._add_provider(kind, home, region)

    def _provider_name(self, kind: str, home: Muni, region: str) -> str:
        """One of the kind's name patterns (`PROVIDER_NAMES`), filled in.

        Draws a word, a surname, a street and a wijk whatever the kind, then the pattern.
        """
        rng = self.rng
        word, surname = rng.choice(WORDS), rng.choice(SURNAMES)
        street, wijk = rng.choice(STREET_NAMES), rng.choice(WIJKEN)
        return rng.choice(PROVIDER_NAMES[kind]).format(
            plaats=home.name,
            regio=self._region_short(region),
            provincie=home.province,
            woord=word,
            woord_kaal=word.removeprefix("De ").removeprefix("Het "),
            achternaam=surname,
            straat=street,
            wijk=wijk,
        )

    def _add_provider(self, kind: str, home: Muni, region: str) -> None:
        name = self._provider_name(kind, home, region)
        slug = slugify(name)
        if slug in self.provider_slugs:
            name = f"{name} {home.name}" if home.name not in name else name
            slug = slugify(name)
        slug = unique(slug, self.provider_slugs)
        if slug != slugify(name):  # numbered: keep the name unique too
            name = f"{name} ({slug.rsplit('-', 1)[-1]})"
        domain = slug.replace("-", "")[:40]
        provider = Provider(
            slug=slug,
            name=name,
            kind=kind,
            home=home,
            region=region,
            domain=domain,
            phone=self._phone(home.province, business=kind not in ("huisartsenzorg",)),
            national=kind in NATIONAL_KINDS and self.rng.random() < 0.005,
        )
        self.providers.append(provider)
        self.kind_in_region[(region, kind)].append(provider)
        self.kind_in_province[(home.province, kind)].append(provider)
        if kind == "cjg":
            self.cjg_of_region[region] = provider
        elif kind == "gemeente":
            self.gemeente_of[home.code] = provider

    def _distribute(self, total: int, minimum, weight_of) -> list[int]:
        """Split `total` over the providers: each its minimum if it fits, the rest by weight."""
        rng = self.rng
        providers = self.providers
        counts = [0] * len(providers)
        if not providers:
            return counts
        wanted = [minimum(p) for p in providers]
        if sum(wanted) <= total:
            counts = wanted[:]
        else:  # not enough for every minimum: one each in plan order, then the rest
            left = total
            for i in range(len(providers)):
                if left and wanted[i]:
                    counts[i], left = 1, left - 1
            for i in range(len(providers)):
                extra = min(left, wanted[i] - counts[i])
                counts[i] += extra
                left -= extra
            return counts
        weights = [weight_of(p) * rng.uniform(0.5, 2.0) for p in providers]
        for i in rng.choices(range(len(providers)), weights=weights, k=total - sum(counts)):
            counts[i] += 1
        return counts

    def counts(self) -> None:
        def min_locations(p: Provider) -> int:
            if p.kind == "cjg":
                return len(self.regions[p.region])
            return 1

        def min_services(p: Provider) -> int:
            return {"cjg": 2, "gemeente": 2}.get(p.kind, 1)

        for p, n in zip(
            self.providers,
            self._distribute(self.sizes.locaties, min_locations, lambda p: LOCATION_WEIGHT[p.kind]),
            strict=True,
        ):
            p.n_locations = n
        for p, n in zip(
            self.providers,
            self._distribute(self.sizes.diensten, min_services, lambda p: SERVICE_WEIGHT[p.kind]),
            strict=True,
        ):
            p.n_services = n
