"""Make wegwijzer/records/data/nl_border.json: the Netherlands' land border, simplified.

A development step, run by hand when the source changes; the site and the checks only read
the committed result. The source is npm's `@geo-maps/countries-land-100m` (OpenStreetMap's
country borders cut at the coastline, at an absolute error of 100 m; data under the ODbL,
© OpenStreetMap contributors), fetched without adding it to package.json:

    npm pack @geo-maps/countries-land-100m@0.6.0
    tar xzf geo-maps-countries-land-100m-0.6.0.tgz
    .venv/bin/python scripts/nl_border.py package/map.geo.json

It takes the feature `A3: NLD`, keeps its European part (the Caribbean islands have no
municipality in this project) and the outer rings (the mainland and the islands). Holes in
the land are inland water (lakes, rivers), not a border, so they are left out: a point on a
lake is "in the Netherlands", which is what the check asks. Each ring is simplified with
Douglas-Peucker at `TOLERANCE_KM` in a flat projection at 52° N and rounded to 4 decimals
(about 10 m), and written as [lon, lat] with the source and version recorded in the file.
Natural Earth 1:10m (npm world-atlas, the source before) was up to 1.8 km off, too coarse to
tell Voeren (BE) from Limburg.
"""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "wegwijzer" / "records" / "data" / "nl_border.json"
TOLERANCE_KM = 0.1
SOURCE_ERROR_KM = 0.1  # the package's stated absolute error
VERSION = "@geo-maps/countries-land-100m 0.6.0 (OpenStreetMap, december 2017)"
KM_PER_DEGREE = 111.32
KM_PER_DEGREE_LON = math.cos(math.radians(52.0)) * KM_PER_DEGREE


def netherlands(path: Path) -> dict:
    """The NLD feature; the file has one feature a line, so 125 MB need not be parsed whole."""
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if '"A3":"NLD"' in line:
                return json.loads(line.strip().rstrip(","))
    raise SystemExit(f"{path}: geen feature met A3 NLD")


def simplify(points: list, tolerance_km: float) -> tuple[list, float]:
    """Douglas-Peucker in km (iterative: the mainland has 2,000 points); also the largest
    distance of a dropped point to the simplified line, the error it adds."""
    flat = [(x * KM_PER_DEGREE_LON, y * KM_PER_DEGREE) for x, y in points]
    keep = [False] * len(flat)
    keep[0] = keep[-1] = True
    stack = [(0, len(flat) - 1)]
    worst = 0.0
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = flat[first], flat[last]
        dx, dy = x2 - x1, y2 - y1
        norm = math.hypot(dx, dy)
        best, index = 0.0, None
        for i in range(first + 1, last):
            px, py = flat[i]
            if norm == 0:
                dist = math.hypot(px - x1, py - y1)
            else:
                dist = abs(dy * px - dx * py + x2 * y1 - y2 * x1) / norm
            if dist > best:
                best, index = dist, i
        if index is not None and best > tolerance_km:
            keep[index] = True
            stack += [(first, index), (index, last)]
        else:
            worst = max(worst, best)
    return [p for p, k in zip(points, keep, strict=True) if k], worst


def main(source: str) -> None:
    feature = netherlands(Path(source))
    geometry = feature["geometry"]
    polygons = geometry["coordinates"]
    if geometry["type"] == "Polygon":
        polygons = [polygons]
    rings, worst = [], 0.0
    for polygon in polygons:
        outer = polygon[0][:-1] if polygon[0][0] == polygon[0][-1] else polygon[0]
        if min(lat for _, lat in outer) < 50:  # the Caribbean Netherlands
            continue
        simple, error = simplify(outer, TOLERANCE_KM)
        if len(simple) >= 3:
            rings.append([[round(lon, 4), round(lat, 4)] for lon, lat in simple])
            worst = max(worst, error)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(
        json.dumps(
            {
                "bron": "OpenStreetMap via npm @geo-maps/countries-land-100m (grenzen op land "
                "en de kustlijn, absolute fout 100 m); © OpenStreetMap-bijdragers, ODbL 1.0; "
                "gemaakt met scripts/nl_border.py",
                "versie": VERSION,
                "licentie": "ODbL 1.0 (https://opendatacommons.org/licenses/odbl/1.0/)",
                "vereenvoudigd": f"Douglas-Peucker, {TOLERANCE_KM * 1000:.0f} m; alleen de "
                "buitenranden (binnenwater is geen grens)",
                "fout_km": round(SOURCE_ERROR_KM + worst + 0.01, 2),
                "ringen": rings,
            },
            separators=(",", ":"),
        )
        + "\n",
        encoding="utf-8",
    )
    size = OUT.stat().st_size
    print(
        f"{OUT.name}: {len(rings)} ringen, {sum(map(len, rings))} punten, {size} bytes; "
        f"vereenvoudiging hooguit {worst * 1000:.0f} m, met de bron en de afronding "
        f"hooguit {(SOURCE_ERROR_KM + worst + 0.01) * 1000:.0f} m"
    )


if __name__ == "__main__":
    main(sys.argv[1])
