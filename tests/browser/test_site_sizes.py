"""Every provider and service page of the built site stays at most 40 KB of HTML, and no
generated record page is in the navigation."""

from __future__ import annotations

LIMIT = 40 * 1024


def test_record_pages_stay_small(site_dir):
    pages = [
        *site_dir.joinpath("aanbieders").glob("*/index.html"),
        *site_dir.joinpath("diensten").glob("*/*/index.html"),
    ]
    assert len(pages) > 50
    sizes = {p.relative_to(site_dir).as_posix(): p.stat().st_size for p in pages}
    largest = max(sizes, key=sizes.get)
    assert sizes[largest] <= LIMIT, (largest, sizes[largest])


def test_record_pages_are_not_in_the_navigation(site_dir):
    home = site_dir.joinpath("index.html").read_text("utf-8")
    nav = home[home.index('<nav class="md-nav md-nav--primary"') :]
    nav = nav[: nav.index("</nav>")]
    assert "diensten/" not in nav
    assert "aanbieders/cjg-" not in nav
    assert "gemeenten/stein" not in nav
