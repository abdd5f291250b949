"""Every kind of Dutch number becomes a `tel:` link that dials, by phonenumbers' rules."""

from __future__ import annotations

import pytest

from wegwijzer.records import phones


@pytest.mark.parametrize(
    ("written", "href"),
    [
        ("14 079", "tel:14079"),  # municipal 14-number: no +31 form, dialled as written
        ("14 0079", None),  # not a 14-number (too long): shown as text
        ("0800-2000", "tel:+318002000"),  # Veilig Thuis, free
        ("0900-8844", "tel:+319008844"),  # 0900 (paid) of 8 digits
        ("0800 1234567", "tel:+318001234567"),  # 0800 of 11 digits
        ("112", "tel:112"),  # emergency short number
        ("06-12345678", "tel:+31612345678"),  # mobile
        ("023-5485600", "tel:+31235485600"),  # geographic
        ("088-1234567", "tel:+31881234567"),  # company number
        ("+32 2 555 12 12", "tel:+3225551212"),  # foreign (Belgium)
        ("+49 30 12345678", "tel:+493012345678"),  # foreign (Germany)
        ("12345", None),
        ("bel ons", None),
    ],
)
def test_tel_href_per_kind(written, href):
    assert phones.tel_href(written) == href


def test_invalid_number_says_what_to_write():
    number, message = phones.parse("12345")
    assert number is None
    assert 'schrijf bijvoorbeeld "046-8506910"' in message
