"""Where the Netherlands and its provinces are, coarsely.

Emits yes/no answers for "is this WGS84 point in the Netherlands" and "in this
province". Bounding boxes, not borders: they catch typos, swapped latitude and
longitude, and points in the wrong part of the country, which is what an
editor gets wrong; they are not a cadastre.
"""

from __future__ import annotations

# (south, west, north, east) in degrees. The Dutch mainland plus the Wadden islands.
NETHERLANDS = (50.75, 3.35, 53.56, 7.23)

# Generous boxes (about 5 km margin): a location just across a provincial border still passes.
PROVINCES = {
    "Groningen": (52.84, 6.15, 53.56, 7.23),
    "Fryslân": (52.80, 4.85, 53.50, 6.45),
    "Drenthe": (52.60, 6.10, 53.21, 7.10),
    "Overijssel": (52.20, 5.75, 52.85, 7.10),
    "Flevoland": (52.25, 5.10, 52.85, 6.00),
    "Gelderland": (51.73, 5.00, 52.52, 6.83),
    "Utrecht": (51.95, 4.78, 52.31, 5.63),
    "Noord-Holland": (52.17, 4.45, 53.19, 5.35),
    "Zuid-Holland": (51.65, 3.83, 52.33, 5.00),
    "Zeeland": (51.20, 3.35, 51.75, 4.30),
    "Noord-Brabant": (51.22, 4.20, 51.83, 6.05),
    "Limburg": (50.75, 5.55, 51.78, 6.23),
}
MARGIN = 0.05


def inside(lat: float, lon: float, box: tuple[float, float, float, float], margin=0.0) -> bool:
    south, west, north, east = box
    return south - margin <= lat <= north + margin and west - margin <= lon <= east + margin


def in_netherlands(lat: float, lon: float) -> bool:
    return inside(lat, lon, NETHERLANDS)


def in_province(lat: float, lon: float, province: str) -> bool:
    box = PROVINCES.get(province)
    return box is None or inside(lat, lon, box, MARGIN)
