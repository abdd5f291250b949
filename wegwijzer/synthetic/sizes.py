"""How big a synthetic set is: the four counts, the national set and scales like "10k".

Reads nothing. Emits `Sizes` (municipalities, providers, services, locations), the
national set `NATIONAL` and sets of any number of records in the national ratio.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Sizes:
    gemeenten: int
    aanbieders: int
    diensten: int
    locaties: int

    @property
    def records(self) -> int:
        return self.gemeenten + self.aanbieders + self.diensten + self.locaties

    def __str__(self) -> str:
        return (
            f"{self.gemeenten} gemeenten, {self.aanbieders} aanbieders, "
            f"{self.diensten} diensten, {self.locaties} locaties ({self.records} records)"
        )


NATIONAL = Sizes(gemeenten=342, aanbieders=5000, diensten=20000, locaties=10000)


def scaled(total_records: int) -> Sizes:
    """A set of about `total_records` records in the national ratio 342 : 5000 : 20000 : 10000."""
    factor = total_records / NATIONAL.records
    return Sizes(
        gemeenten=max(1, min(NATIONAL.gemeenten, round(NATIONAL.gemeenten * factor))),
        aanbieders=round(NATIONAL.aanbieders * factor),
        diensten=round(NATIONAL.diensten * factor),
        locaties=round(NATIONAL.locaties * factor),
    )


def parse_scale(text: str) -> Sizes:
    """ "nl" (national), "1k", "10k", "2500": a set of that many records."""
    text = text.strip().lower()
    if text in ("nl", "landelijk", "nationaal"):
        return NATIONAL
    match = re.fullmatch(r"(\d+(?:\.\d+)?)(k?)", text)
    if not match:
        raise ValueError(f"onbekende schaal '{text}'; gebruik bijvoorbeeld 1k, 10k of nl")
    return scaled(round(float(match.group(1)) * (1000 if match.group(2) else 1)))
