"""Make wegwijzer/records/data/nl_border.json: the Netherlands' land border, simplified.

A development step, run by hand when the source changes; the site and the checks only read
the committed result. The source is npm's `world-atlas` (Natural Earth's 1:10m admin-0
countries as TopoJSON, public domain), fetched without adding it to package.json:

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    .venv/bin/python scripts/nl_border.py package/countries-10m.json

It decodes the TopoJSON arcs of country 528 (Netherlands), keeps the European part (the
Caribbean islands have no municipality in this project), simplifies every ring with
Douglas-Peucker at 0.001° (about 100 m, less than the source's own 200 m grid) and writes
the rings as [lon, lat] with the source and version recorded in the file.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "wegwijzer" / "records" / "data" / "nl_border.json"
TOLERANCE = 0.001
VERSION = "world-atlas 2.0.2, countries-10m.json"


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((round(x * sx + tx, 5), round(y * sy + ty, 5)))
        arcs.append(points)
    return arcs


def ring(arcs: list, indexes: list[int]) -> list[tuple[float, float]]:
    points: list[tuple[float, float]] = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])
    return points


def simplify(points: list, tolerance: float) -> list:
    """Douglas-Peucker, iterative (rings have thousands of points)."""
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = points[first], points[last]
        dx, dy = x2 - x1, y2 - y1
        norm = (dx * dx + dy * dy) ** 0.5
        best, index = 0.0, None
        for i in range(first + 1, last):
            px, py = points[i]
            if norm == 0:
                dist = ((px - x1) ** 2 + (py - y1) ** 2) ** 0.5
            else:
                dist = abs(dy * px - dx * py + x2 * y1 - y2 * x1) / norm
            if dist > best:
                best, index = dist, i
        if index is not None and best > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, k in zip(points, keep, strict=True) if k]


def main(source: str) -> None:
    topology = json.loads(Path(source).read_text("utf-8"))
    arcs = decode_arcs(topology)
    country = next(
        g for g in topology["objects"]["countries"]["geometries"] if g.get("id") == "528"
    )
    polygons = country["arcs"] if country["type"] == "MultiPolygon" else [country["arcs"]]
    rings = []
    for polygon in polygons:
        outer = ring(arcs, polygon[0])
        if min(lat for _, lat in outer) < 50:  # the Caribbean Netherlands
            continue
        for indexes in polygon:
            simple = simplify(ring(arcs, indexes), TOLERANCE)
            if len(simple) >= 4:
                rings.append([[lon, lat] for lon, lat in simple])
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(
        json.dumps(
            {
                "bron": "Natural Earth 1:10m Admin 0 – Countries (publiek domein), via npm "
                "world-atlas; gemaakt met scripts/nl_border.py",
                "versie": VERSION,
                "vereenvoudigd": f"Douglas-Peucker, {TOLERANCE} graden",
                "ringen": rings,
            },
            separators=(",", ":"),
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"{OUT.name}: {len(rings)} ringen, {sum(map(len, rings))} punten")


if __name__ == "__main__":
    main(sys.argv[1])
