"""Third-party browser assets, served by the site itself (never from a CDN).

Reads the npm packages in `node_modules/` (installed from package-lock.json)
and emits `{site path: bytes}` under `assets/vendor/`.
"""

from __future__ import annotations

from pathlib import Path

# site path under assets/vendor/ -> file in node_modules
FILES = {
    "leaflet/leaflet.js": "leaflet/dist/leaflet.js",
    "leaflet/leaflet.css": "leaflet/dist/leaflet.css",
    "leaflet/images/marker-icon.png": "leaflet/dist/images/marker-icon.png",
    "leaflet/images/marker-icon-2x.png": "leaflet/dist/images/marker-icon-2x.png",
    "leaflet/images/marker-shadow.png": "leaflet/dist/images/marker-shadow.png",
    "leaflet/images/layers.png": "leaflet/dist/images/layers.png",
    "leaflet/images/layers-2x.png": "leaflet/dist/images/layers-2x.png",
    "markercluster/leaflet.markercluster.js": "leaflet.markercluster/dist/leaflet.markercluster.js",
    "markercluster/MarkerCluster.css": "leaflet.markercluster/dist/MarkerCluster.css",
    "markercluster/MarkerCluster.Default.css": "leaflet.markercluster/dist/MarkerCluster.Default.css",
    "lunr/lunr.min.js": "lunr/lunr.min.js",
    "lunr/lunr.stemmer.support.js": "lunr-languages/min/lunr.stemmer.support.min.js",
    "lunr/lunr.nl.js": "lunr-languages/min/lunr.nl.min.js",
}


class MissingAssets(Exception):
    pass


def assets(root: Path) -> dict[str, bytes]:
    modules = Path(root) / "node_modules"
    missing = [src for src in FILES.values() if not (modules / src).is_file()]
    if missing:
        raise MissingAssets(
            "JavaScript-pakketten ontbreken ("
            + ", ".join(missing[:3])
            + "); voer 'npm ci' uit (make site doet dat)"
        )
    return {f"assets/vendor/{dst}": (modules / src).read_bytes() for dst, src in FILES.items()}
