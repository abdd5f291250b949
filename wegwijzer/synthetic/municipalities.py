"""Municipalities: names, CBS codes, places on the map, postcode ranges and youth regions.

Reads the sizes and the tables (municipalities per province, postcode bands, name
roots, suffixes, rivers, region stems). Emits `State.munis` and `by_code`: each
municipality with a unique Dutch-looking name and slug, a unique synthetic CBS code, a
centre inside its province's box, its own postcode ranges (never overlapping another's)
and its youth region; and `State.regions`, region name -> municipalities.
"""

from __future__ import annotations

from .state import Muni, State, slugify
from .tables import (
    DIRECTIONS,
    FRISIAN_SUFFIXES,
    POSTCODE_BANDS,
    PROVINCE_COUNTS,
    RIVERS,
    ROOTS,
    STEMS,
    SUFFIXES,
)


class Municipalities(State):
    def municipalities(self) -> None:
        rng = self.rng
        slots = [p for p, n in PROVINCE_COUNTS.items() for _ in range(n)]
        chosen = sorted(
            rng.sample(range(len(slots)), self.sizes.gemeenten),
        )
        codes = sorted(rng.sample(range(1, 2000), self.sizes.gemeenten))
        rng.shuffle(codes)
        names: set[str] = set()
        for index, code in zip(chosen, codes, strict=True):
            province = slots[index]
            slot = index - slots.index(province)
            name = self._municipality_name(province, names)
            south, west, north, east = self.boxes[province]
            center = (
                rng.uniform(south + 0.03, north - 0.03),
                rng.uniform(west + 0.03, east - 0.03),
            )
            muni = Muni(
                code=f"GM{code:04d}",
                name=name,
                slug=slugify(name),
                province=province,
                center=center,
                weight=rng.lognormvariate(0, 0.8),
                slot=slot,
            )
            self.munis.append(muni)
            self.by_code[muni.code] = muni
        for province in PROVINCE_COUNTS:
            members = [m for m in self.munis if m.province == province]
            if members:
                self._postcodes(province, members)
                self._regions(province, members)

    def _municipality_name(self, province: str, used: set[str]) -> str:
        rng = self.rng
        for _ in range(1000):
            style = rng.random()
            root = rng.choice(ROOTS)
            if province == "Fryslân" and rng.random() < 0.4:
                name = root + rng.choice(FRISIAN_SUFFIXES)
            else:
                suffix = rng.choice(SUFFIXES)
                name = root + (suffix if root[-1] != suffix[0] else suffix[1:])
            if style < 0.08:
                river = rng.choice(sorted(RIVERS))
                name = f"{name} aan {RIVERS[river]} {river}"
            elif style < 0.14:
                name = f"{rng.choice(DIRECTIONS)}-{name}"
            elif style < 0.18:
                name = f"{rng.choice(('De', 'Het'))} {name}"
            elif style < 0.21:
                name = f"{name}-{rng.choice(ROOTS)}{rng.choice(SUFFIXES)}"
            slug = slugify(name)
            if name not in used and slug not in self._used_muni_slugs:
                used.add(name)
                self._used_muni_slugs.add(slug)
                return name
        raise RuntimeError("geen unieke gemeentenaam gevonden")

    def _postcodes(self, province: str, members: list[Muni]) -> None:
        """Give each municipality its own slice of the province's bands (never overlapping).

        The slices are sized for the province's real number of municipalities, whatever the
        size of the set, so a municipality's ranges look the same in a small set as in the
        national one.
        """
        rng = self.rng
        digits = [d for low, high in POSTCODE_BANDS[province] for d in range(low, high + 1)]
        size = len(digits) // PROVINCE_COUNTS[province]
        for muni in members:
            chunk = digits[muni.slot * size : (muni.slot + 1) * size]
            runs: list[tuple[int, int]] = []
            for d in chunk:  # consecutive runs (a chunk may cross a band boundary)
                if runs and d == runs[-1][1] + 1:
                    runs[-1] = (runs[-1][0], d)
                else:
                    runs.append((d, d))
            if len(runs) == 1 and runs[0][1] - runs[0][0] >= 6 and rng.random() < 0.25:
                low, high = runs[0]  # a gap of unused numbers inside the municipality
                cut = rng.randint(low + 1, high - 3)
                runs = [(low, cut), (cut + 2, high)]
            muni.ranges = runs

    def _regions(self, province: str, members: list[Muni]) -> None:
        rng = self.rng
        ordered = sorted(members, key=lambda m: (round(m.center[1], 1), m.center[0]))
        groups: list[list[Muni]] = []
        i = 0
        while i < len(ordered):
            size = rng.randint(4, 10)
            rest = len(ordered) - i - size
            if 0 < rest < 3:  # no tiny last region
                size += rest
            groups.append(ordered[i : i + size])
            i += size
        directions = list(DIRECTIONS)
        rng.shuffle(directions)
        for group in groups:
            biggest = max(group, key=lambda m: m.weight)
            stem = STEMS.get(province)
            if stem and directions and (len(groups) > 1 or rng.random() < 0.5):
                name = f"{directions.pop()}-{stem}" if len(groups) > 1 else stem
            else:
                name = f"Regio {biggest.name}"
            while name in self.regions:
                name = f"Regio {biggest.name} {province}"
                if name in self.regions:
                    name = f"{name} {len(self.regions)}"
            self.regions[name] = group
            for muni in group:
                muni.region = name
