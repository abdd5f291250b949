"""Dutch phone numbers: validation, the dialable form for `tel:` links, a quoted hint.

Reads the number as an editor wrote it ("046-8506910", "0800-2000", "14 079", "112") and
emits the form a phone dials from the Netherlands, by phonenumbers' rules for each kind:
the international form (`+31468506910`) for numbers that can be dialled from abroad
(geographic, mobile, 0800/0900, 085/088, foreign), the national digits for numbers that
cannot (municipal 14-numbers: `14079`, which has no +31 form), and the short code for short
numbers (`112`). Or a Dutch message why it is not a number.
"""

from __future__ import annotations

from functools import lru_cache

import phonenumbers
from phonenumbers import shortnumberinfo

_FORMAT = phonenumbers.PhoneNumberFormat


@lru_cache(maxsize=65536)
def parse(text: str) -> tuple[str | None, str | None]:
    """(dialable number, None) when valid, else (None, Dutch message)."""
    try:
        number = phonenumbers.parse(text, "NL")
    except phonenumbers.NumberParseException:
        return None, f"'{text}' is geen telefoonnummer; schrijf bijvoorbeeld \"046-8506910\""
    if phonenumbers.is_valid_number(number):
        if phonenumbers.can_be_internationally_dialled(number):
            return phonenumbers.format_number(number, _FORMAT.E164), None
        # A 14-number ("14 079") only works inside the country, dialled as written.
        national = phonenumbers.format_number(number, _FORMAT.NATIONAL)
        return "".join(ch for ch in national if ch.isdigit()), None
    if not text.strip().startswith("+") and shortnumberinfo.is_valid_short_number(number):
        return phonenumbers.national_significant_number(number), None  # 112
    return None, (
        f"'{text}' is geen geldig Nederlands telefoonnummer (aantal cijfers of netnummer "
        'klopt niet); schrijf bijvoorbeeld "046-8506910"'
    )


def tel_href(text: str) -> str | None:
    """`tel:` URL for a valid number, else None (the page then shows the text only)."""
    number, _ = parse(text)
    return f"tel:{number}" if number else None


def suggest(digits: str) -> str:
    """How an unquoted number should have been written: 0201234567 -> "020-1234567"."""
    try:
        number = phonenumbers.parse(digits, "NL")
    except phonenumbers.NumberParseException:
        return digits
    national = phonenumbers.national_significant_number(number)
    area = phonenumbers.length_of_geographical_area_code(number)
    if not area and national.startswith("6"):
        area = 1
    if not area:
        return digits
    return f"0{national[:area]}-{national[area:]}"
