"""Coordinates inside the real country: the land border from Natural Earth (npm world-atlas),
committed small with its source; a point outside gets its distance to the border."""

from __future__ import annotations

import json

import pytest

from wegwijzer.records import border


def test_the_data_file_records_source_and_version_and_is_small():
    data = json.loads(border.DATA.read_text("utf-8"))
    assert "Natural Earth" in data["bron"] and "world-atlas 2.0.2" in data["versie"]
    assert border.DATA.stat().st_size < 40_000
    assert all(lat > 50 for ring in data["ringen"] for _, lat in ring)  # no Caribbean


@pytest.mark.parametrize(
    ("place", "lat", "lon"),
    [
        ("Heerlen", 50.8882, 5.9795),
        ("Vaals, raadhuis (1.75 km off in the 1:10m border)", 50.7707, 6.0178),
        ("Kerkrade", 50.8650, 6.0620),
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
        ("Aachen", 50.7760, 6.0840, 6),
        ("Aachen, Vaalserquartier", 50.7800, 6.0450, 4),
        ("Liège", 50.6326, 5.5797, 16),
        ("Antwerpen", 51.2194, 4.4025, 15),
        ("Noordzee voor Zandvoort", 52.37, 4.30, 14),
    ],
)
def test_places_abroad_fail_with_their_distance(place, lat, lon, km):
    assert round(border.outside_km(lat, lon)) == km, place


def test_grid_shortcut_agrees_with_the_full_test():
    points = [
        (50.7 + i * 0.0137, 3.3 + j * 0.0191) for i in range(0, 210, 3) for j in range(0, 210, 3)
    ]
    assert [border.inside(a, b) for a, b in points] == [border._crossings(a, b) for a, b in points]
