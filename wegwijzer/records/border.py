"""Is a point inside the Netherlands' land border, and how far from it?

Reads `data/nl_border.json` (OpenStreetMap's border and coastline via npm
`@geo-maps/countries-land-100m`, ODbL, simplified; made by `scripts/nl_border.py`, which
records source, version, licence and its error in the file) and emits, for a WGS84 point,
None when it lies inside the border or within `MARGIN_KM` of it, else its distance to the
border in kilometres. The margin covers the file's error (`fout_km`: the source's 100 m,
100 m of simplification, rounding), so every Dutch address stays in, while Voeren (BE,
0.5-1.3 km from Limburg), Aachen or a typo are caught. Inland water is not a border: the file
has the outer rings only (mainland and islands), even-odd over all of them. Baarle-Hertog's
enclaves are not in the source at this resolution but one, so a Baarle address passes.
Municipality boundaries are not in the package registries, so the province check (`geo.py`)
stays a box.
"""

from __future__ import annotations

import json
import math
from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data" / "nl_border.json"
MARGIN_KM = 0.3
KM_PER_DEGREE = 111.32


@cache
def _rings() -> list[list[tuple[float, float]]]:
    data = json.loads(DATA.read_text("utf-8"))
    return [[(lon, lat) for lon, lat in ring] for ring in data["ringen"]]


def source() -> str:
    data = json.loads(DATA.read_text("utf-8"))
    return f"{data['bron']} ({data['versie']})"


CELL = 0.05  # degrees; a national set has thousands of locations, most far from the border


@cache
def _border_cells() -> frozenset[tuple[int, int]]:
    """Grid cells that a border segment passes through (with one cell to spare)."""
    cells = set()
    for ring in _rings():
        for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
            for cx in range(int(min(x1, x2) // CELL) - 1, int(max(x1, x2) // CELL) + 2):
                for cy in range(int(min(y1, y2) // CELL) - 1, int(max(y1, y2) // CELL) + 2):
                    cells.add((cx, cy))
    return frozenset(cells)


@cache
def _cell_inside(cx: int, cy: int) -> bool:
    """A cell no border crosses lies wholly inside or outside: its centre says which."""
    return _crossings((cy + 0.5) * CELL, (cx + 0.5) * CELL)


def inside(lat: float, lon: float) -> bool:
    cell = (int(lon // CELL), int(lat // CELL))
    if cell not in _border_cells():
        return _cell_inside(*cell)
    return _crossings(lat, lon)


def _crossings(lat: float, lon: float) -> bool:
    crossings = 0
    for ring in _rings():
        for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
            if (y1 > lat) != (y2 > lat) and lon < x1 + (lat - y1) * (x2 - x1) / (y2 - y1):
                crossings += 1
    return crossings % 2 == 1


def distance_km(lat: float, lon: float) -> float:
    """Distance to the nearest border segment (flat projection at this latitude)."""
    scale = math.cos(math.radians(lat))
    best = math.inf
    for ring in _rings():
        for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1], strict=True):
            ax, ay = (x1 - lon) * scale, y1 - lat
            bx, by = (x2 - lon) * scale, y2 - lat
            dx, dy = bx - ax, by - ay
            length = dx * dx + dy * dy
            t = 0.0 if length == 0 else max(0.0, min(1.0, -(ax * dx + ay * dy) / length))
            best = min(best, math.hypot(ax + t * dx, ay + t * dy))
    return best * KM_PER_DEGREE


def outside_km(lat: float, lon: float) -> float | None:
    if inside(lat, lon):
        return None
    distance = distance_km(lat, lon)
    return None if distance <= MARGIN_KM else distance
