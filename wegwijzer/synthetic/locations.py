"""Locations: where each provider receives people, with address, map point and hours.

Reads the providers (with their number of locations), the municipalities and the
tables (location kinds per provider kind, name patterns, notes, accessibility texts,
opening hours). Emits each provider's `locations` records: a CJG location in every
municipality of a CJG's region, a town hall for a municipality, the rest drawn by kind;
a street address with a postcode from the municipality's own ranges, coordinates near
its centre and on land in its province, OSM opening hours, sometimes a phone line,
"op afspraak" (by appointment only), an e-mail address or accessibility note; an online
location has a website instead of an address. Also the indexes `locations_in` (per municipality) and `cjg_location`.
"""

from __future__ import annotations

from typing import Any

from ..records import border
from .state import Muni, Provider, State, slugify, unique, weighted
from .tables import (
    ACCESSIBILITY,
    LOCATION_KINDS,
    LOCATION_NAMES,
    LOCATION_NOTES,
    OPENING_HOURS,
    STREET_NAMES,
    WIJKEN,
    WORDS,
)

# The provincial capitals: on land, whatever the random walk around a centre found.
CAPITALS = {
    "Groningen": (53.2194, 6.5665),
    "Fryslân": (53.2012, 5.7999),
    "Drenthe": (52.9928, 6.5642),
    "Overijssel": (52.5168, 6.0830),
    "Flevoland": (52.5185, 5.4714),
    "Gelderland": (51.9851, 5.8987),
    "Utrecht": (52.0907, 5.1214),
    "Noord-Holland": (52.3874, 4.6462),
    "Zuid-Holland": (52.0705, 4.3007),
    "Zeeland": (51.4988, 3.6110),
    "Noord-Brabant": (51.6978, 5.3037),
    "Limburg": (50.8514, 5.6910),
}


class Locations(State):
    def locations(self) -> None:
        for provider in self.providers:
            used: set[str] = set()
            plan: list[tuple[str, Muni]] = []
            region_munis = self.regions[provider.region]
            if provider.kind == "cjg":
                plan += [("cjg", m) for m in region_munis]
            elif provider.kind == "gemeente":
                plan.append(("gemeentehuis", provider.home))
            while len(plan) < provider.n_locations:
                kind = weighted(self.rng, LOCATION_KINDS[provider.kind])
                if provider.kind == "cjg" and not any(k == "online" for k, _ in plan):
                    kind = "online"
                muni = provider.home if self.rng.random() < 0.6 else self.rng.choice(region_munis)
                plan.append((kind, muni))
            for kind, muni in plan[: provider.n_locations]:
                self._add_location(provider, kind, muni, used)

    def _place(self, muni: Muni) -> str:
        return muni.name

    def _postcode(self, muni: Muni) -> str:
        rng = self.rng
        low, high = rng.choices(muni.ranges, weights=[h - lo + 1 for lo, h in muni.ranges])[0]
        letters = "ABCDEGHJKLMNPRSTVWXZ"
        while True:
            pair = rng.choice(letters) + rng.choice(letters)
            if pair not in ("SA", "SD", "SS"):
                return f"{rng.randint(low, high)} {pair}"

    def _coordinates(self, muni: Muni) -> dict:
        rng = self.rng
        south, west, north, east = self.boxes[muni.province]
        # A place on land: the check knows the real border, and a box has sea and Belgium in it.
        for spread in (1, 2, 4, 8, 16, 32):
            lat = min(max(muni.center[0] + rng.uniform(-0.02, 0.02) * spread, south), north)
            lon = min(max(muni.center[1] + rng.uniform(-0.03, 0.03) * spread, west), east)
            if border.outside_km(round(lat, 5), round(lon, 5)) is None:
                break
        else:
            lat, lon = CAPITALS[muni.province]
        return {"lat": round(lat, 5), "lon": round(lon, 5)}

    def _location_name(self, provider: Provider, kind: str, muni: Muni) -> str:
        """The kind's name pattern (`LOCATION_NAMES`), filled in.

        Draws a wijk, a second wijk (`buurt`), a street and a word whatever the kind.
        """
        rng = self.rng
        wijk, buurt = rng.choice(WIJKEN), rng.choice(WIJKEN)
        street, word = rng.choice(STREET_NAMES), rng.choice(WORDS)
        return LOCATION_NAMES[kind].format(
            plaats=self._place(muni),
            aanbieder=provider.name,
            wijk=wijk,
            buurt=buurt,
            straat=street,
            woord=word,
        )

    def _add_location(self, provider: Provider, kind: str, muni: Muni, used: set[str]) -> None:
        rng = self.rng
        if kind == "online" and any(loc["soort"] == "online" for loc in provider.locations):
            kind = "kantoor"  # one online location per provider is enough
        name = self._location_name(provider, kind, muni)
        if provider.kind == "huisartsenzorg" and not provider.locations:
            name = provider.name
        names = {loc["naam"] for loc in provider.locations}
        base = name
        while name in names:  # two locations of one provider never share a name
            name = f"{base} {rng.choice(WIJKEN)}"
        local = unique(slugify(name.removeprefix(provider.name + ", "), 70), used)
        record: dict[str, Any] = {"id": local, "naam": name, "soort": kind}
        if rng.random() < 0.4:
            word = rng.choice(WORDS)
            record["omschrijving"] = rng.choice(LOCATION_NOTES).format(woord=word)
        if kind == "online":
            record["website"] = f"https://www.{provider.domain}.nl/online"
        else:
            number = rng.randint(1, 240)
            suffix = rng.choice(["", "", "", "", "a", "b", "-1"])
            record["adres"] = {
                "straat": f"{rng.choice(STREET_NAMES)} {number}{suffix}",
                "postcode": self._postcode(muni),
                "plaats": self._place(muni),
            }
            record["coordinaten"] = self._coordinates(muni)
            record["gemeente"] = muni.code
        hours = OPENING_HOURS.get(kind, OPENING_HOURS["kantoor"])
        if kind != "online" or rng.random() < 0.6:
            record["openingstijden"] = weighted(rng, hours)
        if kind in ("praktijk", "kantoor") and rng.random() < 0.2:
            record["op_afspraak"] = True  # shown as "op afspraak", never as "nu open"
        if rng.random() < 0.35:
            record["telefoonlijnen"] = [self._phone_line(self._phone(muni.province), "locatie")]
        if rng.random() < 0.15:
            record["email"] = f"{slugify(muni.name, 20).replace('-', '')}@{provider.domain}.nl"
        if kind != "online" and rng.random() < 0.5:
            record["toegankelijkheid"] = rng.choice(ACCESSIBILITY)
        provider.locations.append(record)
        provider.location_munis.append(muni.code if kind != "online" else "")
        global_id = f"{provider.slug}/{local}"
        if kind != "online":
            self.locations_in[muni.code].append((global_id, kind))
        if kind == "cjg":
            self.cjg_location.setdefault(muni.code, global_id)
