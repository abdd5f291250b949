"""Coordinates inside the real country: the land border from OpenStreetMap (npm
@geo-maps/countries-land-100m), committed small with its source; a point outside gets its
distance to the border. Close enough (about 0.2 km) to tell Voeren (BE) from Limburg."""

from __future__ import annotations

import json

import pytest

from wegwijzer.records import border


def test_the_data_file_records_source_and_version_and_is_small():
    data = json.loads(border.DATA.read_text("utf-8"))
    assert "OpenStreetMap" in data["bron"] and "ODbL" in data["licentie"]
    assert "@geo-maps/countries-land-100m 0.6.0" in data["versie"]
    assert border.DATA.stat().st_size < 60_000
    # What the margin must cover: the source's 100 m, the simplification and the rounding.
    assert data["fout_km"] < border.MARGIN_KM < 0.45
    assert all(lat > 50 for ring in data["ringen"] for _, lat in ring)  # no Caribbean


@pytest.mark.parametrize(
    ("place", "lat", "lon"),
    [
        ("Heerlen", 50.8882, 5.9795),
        ("Vaals, raadhuis (1.75 km off in Natural Earth's 1:10m border)", 50.7707, 6.0178),
        ("Vaals, Drielandenpunt (on the border)", 50.7543, 6.0207),
        ("Kerkrade", 50.8650, 6.0620),
        ("Eijsden", 50.7770, 5.7110),
        ("Mesch, by Voeren", 50.7630, 5.7340),
        ("Sluis", 51.3086, 3.3860),
        ("Cadzand-Bad, at the sea", 51.3740, 3.3850),
        ("Retranchement, 0.2 km from Belgium", 51.3580, 3.3780),
        # Baarle-Hertog's Belgian enclaves lie inside Baarle-Nassau; the 100 m source has
        # one of them as a hole, so a Baarle address passes (it may be Dutch or Belgian).
        ("Baarle-Nassau", 51.4440, 4.9290),
        ("Hoek van Holland", 51.9770, 4.1300),
        ("Maastricht", 50.8514, 5.6910),
        ("Vlissingen, boulevard", 51.4430, 3.5750),
        ("Schiermonnikoog", 53.48, 6.17),
        ("Nieuweschans", 53.1850, 7.2030),
    ],
)
def test_dutch_places_pass(place, lat, lon):
    assert border.outside_km(lat, lon) is None, place


@pytest.mark.parametrize(
    ("place", "lat", "lon", "km"),
    [
        ("Aachen", 50.7760, 6.0840, 4),
        ("Aachen, Vaalserquartier", 50.7800, 6.0450, 1.4),
        ("Voeren (BE), the point of issue 12", 50.756, 5.80, 0.5),
        ("Sint-Martens-Voeren (BE)", 50.7460, 5.8130, 1.1),
        ("'s-Gravenvoeren (BE)", 50.7600, 5.7600, 1.3),
        ("Kanne (BE), by Maastricht", 50.8120, 5.6700, 0.6),
        ("Herzogenrath (DE), by Kerkrade", 50.8700, 6.0950, 0.5),
        ("Essen (BE), by Roosendaal", 51.4640, 4.4690, 0.8),
        ("Liège", 50.6326, 5.5797, 16),
        ("Antwerpen", 51.2194, 4.4025, 15),
        ("Noordzee voor Zandvoort", 52.37, 4.30, 14),
    ],
)
def test_places_abroad_fail_with_their_distance(place, lat, lon, km):
    assert round(border.outside_km(lat, lon), 1 if km < 2 else 0) == km, place


def test_grid_shortcut_agrees_with_the_full_test():
    points = [
        (50.7 + i * 0.0137, 3.3 + j * 0.0191) for i in range(0, 210, 3) for j in range(0, 210, 3)
    ]
    assert [border.inside(a, b) for a, b in points] == [border._crossings(a, b) for a, b in points]
